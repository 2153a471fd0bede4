import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../lambdas/extract/time/index.js';
import type { Timex } from '../../lambdas/extract/types.js';
import type { Article } from '../../lambdas/normalize/article.js';

/** A plain-text article of this body and publication date, nothing else known. */
export function textArticle(body: string, publishedAt: string | null): Article {
  return {
    title: null, body, publishedAt, source: null, sources: [], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text',
  };
}

/** Every time expression extractTimex finds in the body. */
export function timexesOf(body: string, publishedAt: string | null): Timex[] {
  const tokens = tokenize(body);
  return extractTimex({ text: body, tokens, sentences: splitSentences(body, tokens), article: textArticle(body, publishedAt) });
}

/** text → "TYPE value" of every expression found. */
export function timexTable(body: string, publishedAt: string | null): Record<string, string> {
  return Object.fromEntries(timexesOf(body, publishedAt).map((t) => [t.text, `${t.type} ${t.value}`]));
}
