// JSON articles: one object, an array, NDJSON, or a wrapper holding a list ({"articles": [...]}),
// with the field synonyms of docs/CONTRACTS.md (extraction CLI) plus a few common spellings.
import type { Article, NormalizeError, NormalizeResult, SkippedItem } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { parsePublishedAt } from './dates.js';
import { languageTag } from './language.js';
import { htmlFragmentToText, looksLikeMarkup } from './markup.js';

const FIELDS = {
  title: ['title', 'headline', 'heading'],
  body: ['body', 'text', 'content', 'articlebody', 'article_body', 'fulltext', 'full_text', 'story'],
  publishedAt: ['publishedat', 'published_at', 'published', 'date', 'datepublished', 'date_published', 'pubdate', 'pub_date', 'publicationdate', 'publication_date'],
  source: ['source', 'publisher', 'sources'],
  url: ['url', 'link', 'uri'],
  author: ['author', 'byline', 'authors', 'creator'],
  language: ['language', 'lang', 'inlanguage', 'locale'],
  dateline: ['dateline'],
} as const;
const LIST_WRAPPERS = ['articles', 'items', 'data', 'results', 'entries', 'docs', 'stories', 'posts', 'news', 'documents'];

type Json = Record<string, unknown>;

export function normalizeJson(text: string): NormalizeResult {
  const parsed = parseJsonOrNdjson(text);
  if (!parsed.ok) return parsed;
  const records = articleRecords(parsed.value);
  if (records.length === 0) {
    return { ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: 'The JSON holds no article objects (expected title/body-like fields).' } };
  }
  const articles: Article[] = [];
  const skipped: SkippedItem[] = [];
  records.forEach((record, index) => {
    const article = recordToArticle(record);
    if (article) articles.push(article);
    else skipped.push({ index, error: { code: 'NO_ARTICLE_TEXT', message: `JSON item ${index + 1} has no body/text/content.` } });
  });
  if (articles.length === 0) return { ok: false, error: skipped[0].error };
  return skipped.length ? { ok: true, articles, skipped } : { ok: true, articles };
}

function parseJsonOrNdjson(text: string): { ok: true; value: unknown } | { ok: false; error: NormalizeError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim());
    if (lines.length > 1) {
      const values: unknown[] = [];
      for (const [n, line] of lines.entries()) {
        try {
          values.push(JSON.parse(line));
        } catch (lineError) {
          if (n === 0) break;
          return { ok: false, error: { code: 'MALFORMED_JSON', message: `NDJSON line ${n + 1} is not valid JSON: ${reason(lineError)}` } };
        }
      }
      if (values.length === lines.length) return { ok: true, value: values };
    }
    return { ok: false, error: { code: 'MALFORMED_JSON', message: `The file is not valid JSON: ${reason(error)}` } };
  }
}

function reason(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120);
}

function articleRecords(value: unknown, depth = 0): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return [];
  if (hasAny(value, FIELDS.body) || hasAny(value, FIELDS.title)) return [value];
  if (depth < 2) {
    for (const [key, inner] of Object.entries(value)) {
      if (LIST_WRAPPERS.includes(key.toLowerCase())) {
        const found = articleRecords(inner, depth + 1);
        if (found.length) return found;
      }
    }
  }
  return [];
}

function recordToArticle(record: Json): Article | null {
  const field = (names: readonly string[]) => lookup(record, names);
  const body = bodyText(field(FIELDS.body));
  if (!body) return null;
  const title = field(FIELDS.title);
  const source = field(FIELDS.source);
  return assembleArticle({
    format: 'json',
    title: typeof title === 'string' ? cleanInline(looksLikeMarkup(title) ? htmlFragmentToText(title) : title) || null : null,
    body,
    publishedAt: parsePublishedAt(field(FIELDS.publishedAt)),
    sources: names(source),
    language: languageTag(field(FIELDS.language)),
    url: typeof field(FIELDS.url) === 'string' ? (field(FIELDS.url) as string) : null,
    author: names(field(FIELDS.author)).join(', ') || null,
    dateline: typeof field(FIELDS.dateline) === 'string' ? cleanInline(field(FIELDS.dateline) as string) || null : null,
  });
}

function lookup(record: Json, names: readonly string[]): unknown {
  for (const name of names) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === name && record[key] !== null && record[key] !== undefined && record[key] !== '') return record[key];
    }
  }
  return undefined;
}

/** Bodies and names nest a level or two in practice; deeper structures are not read. */
const MAX_VALUE_DEPTH = 8;

function bodyText(value: unknown, depth = 0): string {
  if (depth > MAX_VALUE_DEPTH) return '';
  if (Array.isArray(value)) return joinParagraphs(value.map((item) => bodyText(item, depth + 1)));
  if (isObject(value)) return bodyText(lookup(value, ['text', 'value', 'body', 'content']), depth + 1);
  if (typeof value !== 'string') return '';
  if (looksLikeMarkup(value)) return htmlFragmentToText(value);
  return joinParagraphs(toParagraphs(value).map((p) => p.text));
}

/** A source/author field as names: "AP", ["AP", "Reuters"], {name: "AP"}, [{name: …}]. */
function names(value: unknown, depth = 0): string[] {
  if (depth > MAX_VALUE_DEPTH) return [];
  if (typeof value === 'string') return value.trim() ? [cleanInline(value)] : [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item, depth + 1));
  if (isObject(value)) return names(lookup(value, ['name', 'title', 'id']), depth + 1);
  return [];
}

function hasAny(record: Json, names: readonly string[]): boolean {
  return lookup(record, names) !== undefined;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
