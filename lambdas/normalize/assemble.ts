// The last step shared by every format: dateline metadata from the body's first paragraph, the
// source chain, language, and NFC on every string field.
import type { Article } from './article.js';
import { nfc } from './clean-text.js';
import { parseDateline } from './dateline.js';
import { detectLanguage } from './language.js';

export interface ArticleDraft {
  format: string;
  title?: string | null;
  body: string;
  publishedAt?: string | null;
  /** Sources known from metadata (publisher, feed title), used when the dateline names none. */
  sources?: string[];
  language?: string | null;
  url?: string | null;
  author?: string | null;
  submittedBy?: string | null;
  dateline?: string | null;
}

export function assembleArticle(draft: ArticleDraft): Article {
  const title = draft.title ? nfc(draft.title) : null;
  const body = nfc(draft.body);
  const firstParagraph = body.slice(0, 400).split('\n', 1)[0];
  const dateline = parseDateline(firstParagraph);
  const sources = unique(dateline?.sources.length ? dateline.sources : (draft.sources ?? [])).map(nfc);
  const detected = detectLanguage((title ? title + '\n\n' : '') + body);
  return {
    title: title || null,
    body,
    publishedAt: draft.publishedAt ?? dateline?.date ?? null,
    source: sources[0] ?? null,
    sources,
    dateline: draft.dateline ?? dateline?.place ?? null,
    language: detected ?? draft.language ?? null,
    url: draft.url ? nfc(draft.url.trim()) : null,
    author: draft.author ? nfc(draft.author) : null,
    submittedBy: draft.submittedBy ?? null,
    format: draft.format,
  };
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.map((v) => v.trim()).filter((v) => v && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}
