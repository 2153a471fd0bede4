import type { ArticleSummary, Page, PageRequest, StorySummary } from '../article-store.js';
import { mapConcurrent } from '../map-concurrent.js';
import { PK, parseIndexSortKey } from './keys.js';
import { readPage, type QuerySpec } from './paging.js';
import { queryAll, type Table } from './table.js';

/** Copies of one story a listing reads at most: past it the size is a lower bound (a story copied very often). */
export const STORY_SIZE_MAX_ENTRIES = 1_000;
const STORY_QUERIES_IN_FLIGHT = 8;

/**
 * Stories newest first: a page of the story list (one entry per story, by its first copy's date),
 * then each story's copies read from its partition, oldest first, for its size, earliest copy and
 * sources. Counted on read: nothing per story is updated by each copy (docs/SCALING.md).
 */
export async function listStories(table: Table, range: QuerySpec['range'], page: PageRequest): Promise<Page<StorySummary>> {
  const heads = await readPage(table, [{ partition: PK.stories, range, newestFirst: true }], page, (item) => {
    const { articleId, gen } = parseIndexSortKey(item.sk);
    return [{ order: item.sk, articleId, gen, value: String(item.sty) }];
  });
  const items = await mapConcurrent(heads.items, STORY_QUERIES_IN_FLIGHT, async (storyId): Promise<StorySummary | null> => {
    const copies = await queryAll(table, {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.story(storyId) }, ProjectionExpression: 'sk, s',
    }, STORY_SIZE_MAX_ENTRIES + 1);
    // Two generations of one copy can both be there for a moment: the newer stands.
    const byArticle = new Map<string, { gen: string; summary: ArticleSummary }>();
    for (const copy of copies.slice(0, STORY_SIZE_MAX_ENTRIES)) {
      const { articleId, gen } = parseIndexSortKey(copy.sk);
      const seen = byArticle.get(articleId);
      if (!seen || seen.gen < gen) byArticle.set(articleId, { gen, summary: JSON.parse(copy.s as string) as ArticleSummary });
    }
    const summaries = [...byArticle.values()].map((c) => c.summary);
    // The first copy founded the story; when it was deleted since, the oldest copy left stands in.
    const earliest = summaries.find((s) => s.articleId === storyId) ?? summaries[0];
    if (!earliest) return null;
    const sources = [...new Set([earliest, ...summaries].flatMap((s) => s.sources))];
    return { storyId, size: summaries.length, sizeExact: copies.length <= STORY_SIZE_MAX_ENTRIES, earliest, sources };
  });
  return { items: items.filter((s): s is StorySummary => s !== null), nextCursor: heads.nextCursor };
}
