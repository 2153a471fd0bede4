/** One clean article, the output of normalization and the input of extraction. */
export interface Article {
  title: string | null;
  body: string;
  /** ISO date (YYYY-MM-DD) or datetime; null when the source does not say. */
  publishedAt: string | null;
  /** The first (originating) source, e.g. "UrduPoint News"; null when unknown. */
  source: string | null;
  /** The whole syndication chain as written, outermost first: ["UrduPoint News", "Sputnik"]. */
  sources: string[];
  /** Place name of the dateline, e.g. "Caracas". */
  dateline: string | null;
  /** ISO 639-1 code, e.g. "en"; null when undetermined. */
  language: string | null;
  url: string | null;
  author: string | null;
  /** Who submitted the item (a handle in a feed header line): metadata, not an entity. */
  submittedBy: string | null;
  /** The format the input was recognised as: text, html, json, rss, atom, sgml… */
  format: string;
  /** HTML pages only (extension): how the body was found; see HtmlExtraction. */
  extraction?: HtmlExtraction;
  /** HTML pages only (extension): true when the page says the story is behind a subscription (the body may be a teaser). */
  paywalled?: boolean;
  /** HTML pages only (extension): picture captions, kept out of the body. */
  captions?: string[];
}

/**
 * How the body of a page was found: `readability` (the main-content pass), `json-ld` (the page's
 * structured articleBody, longer than the visible text), or a fallback when the main-content pass
 * found too little: `readability-relaxed` (again, on the page without pre-cleaning),
 * `text-block` (the largest run of text blocks with little link text), `page-text` (all the text);
 * and *(extension)* `page-state`, the story in a client-rendered page's JSON state script, when the
 * markup holds too little text.
 */
export type HtmlExtraction = 'readability' | 'json-ld' | 'readability-relaxed' | 'text-block' | 'page-text' | 'page-state';

/** Stable error codes for input that cannot become an article. Users and the API see these. */
export const NORMALIZE_ERROR_CODES = [
  'EMPTY_FILE',
  'BINARY_DATA',
  'UNSUPPORTED_FORMAT',
  'MALFORMED_JSON',
  'MALFORMED_XML',
  'NO_ARTICLE_TEXT',
  'TOO_LARGE',
  'DECOMPRESSION_BOMB',
  'BAD_ENCODING',
  // Appended: a .gz whose stream is corrupt or truncated; an unexpected fault inside the normalizer.
  'MALFORMED_GZIP',
  'INTERNAL_ERROR',
] as const;
export type NormalizeErrorCode = (typeof NORMALIZE_ERROR_CODES)[number];

export interface NormalizeError {
  code: NormalizeErrorCode;
  /** One line, safe to show to users; never contains more than a short excerpt of the input. */
  message: string;
}

/** An item of a multi-article input (feed, array, SGML file) that could not become an article. */
export interface SkippedItem {
  /** Position of the item in the input, 0-based. */
  index: number;
  error: NormalizeError;
}

export type NormalizeResult =
  | { ok: true; articles: Article[]; skipped?: SkippedItem[] }
  | { ok: false; error: NormalizeError };

export interface NormalizeInput {
  bytes: Uint8Array;
  /** File name or S3 key; its extension is a hint only, content decides first. */
  fileName: string;
  /** Maximum size after decompression, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The text every extraction offset indexes into (docs/CONTRACTS.md, extraction CLI). */
export function articleText(article: Pick<Article, 'title' | 'body'>): string {
  return (article.title ? article.title + '\n\n' : '') + article.body;
}
