import type { ArticleSummary, RejectionCode } from './api.js';

/** What one search box asks the API: entities by name, articles by date, source or title, rejected files. */
export interface SearchPlan {
  /** `/entities?q=`: names and aliases starting with it (the API wants at least two characters). */
  entityQuery: string | null;
  /** `/articles?from=&to=`: when the query is a date, a month or a year. */
  dateRange: { from: string; to: string } | null;
  /** `/articles?title=` and `/articles?source=`; with `status=rejected`, the words of rejected files' names. */
  text: string;
  /** `/articles?code=`: when the query names a rejection code ("binary data", "BINARY_DATA"). */
  rejectionCode: RejectionCode | null;
}

/** The codes `GET /articles?code=` takes: a record over the generated enum, so the build fails when the API adds one. */
const CODES: Record<RejectionCode, true> = {
  EMPTY_FILE: true, BINARY_DATA: true, UNSUPPORTED_FORMAT: true, MALFORMED_JSON: true, MALFORMED_XML: true, NO_ARTICLE_TEXT: true, TOO_LARGE: true,
  DECOMPRESSION_BOMB: true, BAD_ENCODING: true, MALFORMED_GZIP: true, INTERNAL_ERROR: true, TOO_MANY_ARTICLES: true, EXTRACTION_FAILED: true, PROCESSING_FAILED: true,
};
export const REJECTION_CODES = Object.keys(CODES) as RejectionCode[];

export function planSearch(input: string): SearchPlan {
  const q = input.trim().replace(/\s+/g, ' ');
  const dateRange = dateRangeOf(q);
  const asCode = q.toUpperCase().replace(/[\s-]+/g, '_');
  const rejectionCode = REJECTION_CODES.find((code) => code === asCode) ?? null;
  return { entityQuery: !dateRange && [...q].length >= 2 ? q : null, dateRange, text: dateRange ? '' : q, rejectionCode };
}

function dateRangeOf(q: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(q);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === null) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(lastDay).padStart(2, '0')}` };
  if (day < 1 || day > lastDay) return null;
  return { from: q, to: q };
}

/** Articles from several answers, each once, newest first. */
export function mergeArticles(lists: ArticleSummary[][]): ArticleSummary[] {
  const byId = new Map<string, ArticleSummary>();
  for (const list of lists) for (const article of list) if (!byId.has(article.articleId)) byId.set(article.articleId, article);
  const dateOf = (a: ArticleSummary) => a.publishedAt ?? a.receivedAt;
  return [...byId.values()].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.articleId.localeCompare(b.articleId));
}
