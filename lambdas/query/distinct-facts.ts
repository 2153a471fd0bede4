import type { FactCopy, FactRecord, Page } from '../store/article-store.js';
import type { Fact } from '../extract/types.js';

/** Where a fact sits in its article (offsets, sentence) and how sure the extractor was: copies differ in these only. */
const PLACE_KEYS = new Set(['start', 'end', 'sentence', 'confidence']);

/** What a fact says, the same for every copy of it: the fact without its positions. */
export function factIdentity(fact: Fact): string {
  return JSON.stringify(fact, (key, value) => (PLACE_KEYS.has(key) ? undefined : value));
}

/**
 * distinct=story: of the copies of one fact in articles of one story, the first on the page
 * stands for all, listing every copy (itself first). An article without a story is a story of
 * its own. Copies are collapsed within the page: a copy on a later page is shown there again.
 */
export function distinctFacts(page: Page<FactRecord>, distinct: 'story' | undefined): Page<FactRecord> {
  if (distinct !== 'story') return page;
  const first = new Map<string, FactRecord & { copies: FactCopy[] }>();
  for (const record of page.items) {
    const key = `${record.storyId ?? record.articleId}\u0000${factIdentity(record.fact)}`;
    const copy: FactCopy = { articleId: record.articleId, publishedAt: record.publishedAt, sources: record.sources };
    const seen = first.get(key);
    if (seen) seen.copies.push(copy);
    else first.set(key, { ...record, copies: [copy] });
  }
  return { items: [...first.values()], nextCursor: page.nextCursor };
}
