// Scores normalize() on the varied news-page set: 4-gram shingle F1 of the body against the marked
// article text, refusals, and the paywall flag. The held-out split is reported as aggregates only,
// so that tuning never sees which of its pages fail.
import type { Article } from '../../../lambdas/normalize/article.js';
import { normalize } from '../../../lambdas/normalize/index.js';
import { shingleF1 } from '../shingle-f1.js';
import type { Split, TestPage } from './page-set.js';

export interface PageScore {
  page: TestPage;
  f1: number;
  precision: number;
  recall: number;
  /** The error code when the page was refused. */
  refused: string | null;
  article: Article | null;
}

export function scorePage(page: TestPage): PageScore {
  const result = normalize({ bytes: page.bytes, fileName: `${page.template}.html` });
  if (!result.ok) return { page, f1: 0, precision: 0, recall: 0, refused: result.error.code, article: null };
  const article = result.articles[0];
  return { page, ...shingleF1(article.body, page.expected), refused: null, article };
}

export interface SplitSummary {
  split: Split;
  pages: number;
  meanF1: number;
  refused: number;
  /** Paywalled pages flagged, of paywalled pages; unflagged pages wrongly flagged. */
  paywallFlagged: number;
  paywallPages: number;
  paywallFalse: number;
}

export function summarize(split: Split, scores: PageScore[]): SplitSummary {
  const mine = scores.filter((s) => s.page.split === split);
  const flagged = (s: PageScore) => (s.article as { paywalled?: boolean } | null)?.paywalled === true;
  return {
    split,
    pages: mine.length,
    meanF1: mine.reduce((a, s) => a + s.f1, 0) / Math.max(1, mine.length),
    refused: mine.filter((s) => s.refused).length,
    paywallPages: mine.filter((s) => s.page.paywalled).length,
    paywallFlagged: mine.filter((s) => s.page.paywalled && flagged(s)).length,
    paywallFalse: mine.filter((s) => !s.page.paywalled && flagged(s)).length,
  };
}
