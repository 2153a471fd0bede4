import { decodeSignature, encodeSignature, type StoryCandidate } from '../../extract/syndication/index.js';
import type { ArticleStory, ArticleSummary } from '../article-store.js';
import { PK, parseIndexSortKey, type Item } from './keys.js';

/**
 * Near-duplicate items of one article generation (docs/DATA-MODEL.md, "Stories"): one entry per
 * LSH band key, holding what a candidate needs to be verified and shown (signature, story id,
 * summary) so that no article record is read for it, one entry in its story's partition, and
 * for a story's first copy one in the story list. Each is under 1 KB, one write unit; all are
 * listed in the manifest like every other entry.
 */
export function storyEntries(story: ArticleStory, sk: string, gen: string, summary: string): Item[] {
  const sg = encodeSignature(story.signature);
  const { articleId } = parseIndexSortKey(sk);
  return [
    ...story.bands.map((band) => ({ pk: PK.band(band), sk, gen, sg, sty: story.storyId, s: summary })),
    { pk: PK.story(story.storyId), sk, gen, s: summary },
    // The story's first copy lists it; a copy adds nothing there, so a story copied 10,000 times is one entry.
    ...(story.storyId === articleId ? [{ pk: PK.stories, sk, gen, sty: story.storyId }] : []),
  ];
}

/** What the article record keeps of its story: the signature (for /similar) and the story id. */
export function storyRecordAttributes(story: ArticleStory): { sg: string; sty: string } {
  return { sg: encodeSignature(story.signature), sty: story.storyId };
}

/** A band entry as a candidate, with the summary it carries. */
export function bandEntryCandidate(item: Item): (StoryCandidate & { summary: ArticleSummary; gen: string }) | null {
  const signature = decodeSignature(String(item.sg ?? ''));
  if (!signature) return null;
  const { date, articleId, gen } = parseIndexSortKey(item.sk);
  return { articleId, storyId: String(item.sty), signature, date, gen, summary: JSON.parse(item.s as string) as ArticleSummary };
}
