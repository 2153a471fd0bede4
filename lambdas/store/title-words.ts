import { nameKey } from '../extract/entities/entity-id.js';

/**
 * Title search (GET /articles?title=): which words of a title an article is findable by, and how
 * a query matches them. Shared by the DynamoDB store, which writes one entry per indexed word
 * (docs/DATA-MODEL.md), and the in-memory reader of the tests, so both answer the same.
 */

/** Indexed words per article at most: each costs a write unit (a very long title stays cheap). */
export const MAX_INDEXED_TITLE_WORDS = 16;
/** Words of a title kept for matching a query's other words. */
export const MAX_TITLE_WORDS = 64;
/** Longer words are indexed by their start: a sort key stays short. */
export const MAX_WORD_LENGTH = 40;

/** Words too frequent to be worth an entry each; a query word can still be a prefix of a longer word ("the" finds "theatre"). */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'with',
]);

/** A title or a query as words: lower-case, accent- and punctuation-free, like entity names. */
export function titleWordsOf(text: string | null): string[] {
  return text ? nameKey(text).split(' ').filter(Boolean).slice(0, MAX_TITLE_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH)) : [];
}

/** The words an article is findable by: each once, two characters or more, no stop word, at most 16. */
export function indexedTitleWords(title: string | null): string[] {
  return [...new Set(titleWordsOf(title).filter((w) => w.length >= 2 && !STOP_WORDS.has(w)))].slice(0, MAX_INDEXED_TITLE_WORDS);
}

/**
 * A rejected file has no title: it is findable by the words of its file name instead (the S3
 * key's last path segment split on anything but letters and digits, folded like a title), so
 * `report_2022-02.pdf` has the words `report`, `2022`, `02`, `pdf`.
 */
export function fileNameTitle(key: string): string {
  return (key.split('/').pop() ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * How a query is looked up: its longest word of two characters or more (a stop word only when
 * it has no other) is the prefix searched among indexed words; every other word must start a
 * word of the title too. Null when the query has no such word: it finds nothing.
 */
export function titleLookup(query: string): { word: string; others: string[] } | null {
  const words = titleWordsOf(query);
  const rank = (w: string) => (STOP_WORDS.has(w) ? 0 : 1_000) + w.length;
  const word = words.reduce<string | null>((best, w) => (w.length >= 2 && (!best || rank(w) > rank(best)) ? w : best), null);
  if (!word) return null;
  const others = [...new Set(words.filter((w) => w !== word))];
  return { word, others };
}

/**
 * The indexed words of a title under which a query finds it, alphabetically (the order of the
 * results: by that word, then newest first); empty when it does not match.
 */
export function titleMatches(title: string | null, query: string): string[] {
  const lookup = titleLookup(query);
  if (!lookup) return [];
  const words = titleWordsOf(title);
  if (!lookup.others.every((o) => words.some((w) => w.startsWith(o)))) return [];
  return indexedTitleWords(title).filter((w) => w.startsWith(lookup.word)).sort();
}

/**
 * Sorts dates newest first when keys sort ascending: every digit d becomes 9 - d, so the entries
 * of one word read oldest key first come out newest article first.
 */
export function invertDate(date: string): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)));
}
