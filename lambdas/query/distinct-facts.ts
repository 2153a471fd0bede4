import { createHash } from 'node:crypto';
import type { Fact } from '../extract/types.js';
import { InvalidCursorError, type FactCopy, type FactRecord, type Page, type PageRequest } from '../store/article-store.js';
import { MAX_CURSOR_LENGTH } from './request-params.js';

/** Where a fact sits in its article (offsets, sentence) and how sure the extractor was: copies differ in these only. */
const PLACE_KEYS = new Set(['start', 'end', 'sentence', 'confidence']);
/**
 * Facts read past the page for more copies of its facts: copies of one story arrive close
 * together, so a story's copies are most often within this many facts of each other.
 */
export const COPIES_LOOKAHEAD = 100;
/** A distinct=story cursor: `d.<shown facts' keys>.<the store's cursor>`, each key 8 base64url characters. */
const CURSOR_PREFIX = 'd.';
const KEY_CHARS = 8;

/** What a fact says, the same for every copy of it: the fact without its positions. */
export function factIdentity(fact: Fact): string {
  return JSON.stringify(fact, (key, value) => (PLACE_KEYS.has(key) ? undefined : value));
}

/** One fact of one story (an article without a story is a story of its own), in 48 bits. */
function storyFactKey(record: FactRecord): string {
  return createHash('sha256').update(`${record.storyId ?? record.articleId}\u0000${factIdentity(record.fact)}`).digest('base64url').slice(0, KEY_CHARS);
}

const copyOf = (record: FactRecord): FactCopy => ({ articleId: record.articleId, publishedAt: record.publishedAt, sources: record.sources });

/**
 * distinct=story: each fact of a story once, the first of its copies in the list standing for all
 * and listing every copy (itself first) on its page and in the COPIES_LOOKAHEAD facts after it.
 * The next page's cursor carries the keys of the facts shown so far (the newest that fit in a
 * cursor), so a copy on a later page is not shown again; a copy further than that is.
 */
export async function distinctFactsPage(read: (page: PageRequest) => Promise<Page<FactRecord>>, page: PageRequest): Promise<Page<FactRecord>> {
  const { shown, cursor } = decodeDistinctCursor(page.cursor);
  const current = await read({ limit: page.limit, cursor });
  const ahead = current.nextCursor ? (await read({ limit: COPIES_LOOKAHEAD, cursor: current.nextCursor })).items : [];
  const groups = new Map<string, FactRecord & { copies: FactCopy[] }>();
  for (const record of current.items) {
    const key = storyFactKey(record);
    if (shown.has(key)) continue;
    const group = groups.get(key);
    if (group) group.copies.push(copyOf(record));
    else groups.set(key, { ...record, copies: [copyOf(record)] });
  }
  for (const record of ahead) groups.get(storyFactKey(record))?.copies.push(copyOf(record));
  const nextCursor = current.nextCursor && encodeDistinctCursor([...shown, ...groups.keys()], current.nextCursor);
  return { items: [...groups.values()], nextCursor };
}

function encodeDistinctCursor(keys: string[], storeCursor: string): string {
  const room = Math.floor((MAX_CURSOR_LENGTH - CURSOR_PREFIX.length - 1 - storeCursor.length) / KEY_CHARS);
  return `${CURSOR_PREFIX}${keys.slice(Math.max(0, keys.length - room)).join('')}.${storeCursor}`;
}

/** A cursor this issued, or one the store issued (a page of the same query without the shown keys). */
function decodeDistinctCursor(cursor: string | undefined): { shown: Set<string>; cursor: string | undefined } {
  if (cursor === undefined || !cursor.startsWith(CURSOR_PREFIX)) return { shown: new Set(), cursor };
  const end = cursor.indexOf('.', CURSOR_PREFIX.length);
  const keys = end < 0 ? '' : cursor.slice(CURSOR_PREFIX.length, end);
  if (end < 0 || keys.length % KEY_CHARS !== 0 || !/^[\w-]*$/.test(keys)) throw new InvalidCursorError();
  const shown = new Set(Array.from({ length: keys.length / KEY_CHARS }, (_, i) => keys.slice(i * KEY_CHARS, (i + 1) * KEY_CHARS)));
  return { shown, cursor: cursor.slice(end + 1) };
}
