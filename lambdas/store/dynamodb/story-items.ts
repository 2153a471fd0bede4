import { bandSketch, decodeSignature, encodeSignature, type StoryCandidate } from '../../extract/syndication/index.js';
import type { ArticleStory, ArticleSummary } from '../article-store.js';
import { PK, parseIndexSortKey, type Item } from './keys.js';

/**
 * Near-duplicate items of one article generation (docs/DATA-MODEL.md, "Stories"): one entry per
 * LSH band key, a pointer to the article (its keys: date, id, generation) with the sketch that
 * tells a chance match from a copy before its record is read (`h`, bandSketch), one entry in its
 * story's partition, and for a story's first copy one in the story list. The signature, story id
 * and summary are kept once, on the article record, where a candidate's are read (one BatchGetItem
 * for all the candidates of an article) instead of a copy in each of its band entries. Each is
 * under 1 KB, one write unit; all are listed in the manifest like every other entry.
 */
export function storyEntries(story: ArticleStory, sk: string, gen: string, summary: string): Item[] {
  const { articleId } = parseIndexSortKey(sk);
  const sketch = bandSketch(story.signature);
  return [
    ...story.bands.map((band) => ({ pk: PK.band(band), sk, gen, ...(sketch ? { h: sketch } : {}) })),
    { pk: PK.story(story.storyId), sk, gen, s: summary },
    // The story's first copy lists it; a copy adds nothing there, so a story copied 10,000 times is one entry.
    ...(story.storyId === articleId ? [{ pk: PK.stories, sk, gen, sty: story.storyId }] : []),
  ];
}

/** What the article record keeps of its story: the signature (read by candidates' searches and /similar) and the story id. */
export function storyRecordAttributes(story: ArticleStory): { sg: string; sty: string } {
  return { sg: encodeSignature(story.signature), sty: story.storyId };
}

/** The attributes of an article record a candidate is made of. */
export const CANDIDATE_RECORD_PROJECTION = 'pk, sg, sty, s';

/**
 * An article record as a candidate (less its date, its band entry's), with its summary; null for a
 * record without a signature (a rejected file, an article stored before signatures).
 */
export function recordCandidate(record: Item): (Omit<StoryCandidate, 'date'> & { summary: ArticleSummary }) | null {
  const signature = decodeSignature(String(record.sg ?? ''));
  if (!signature || typeof record.s !== 'string') return null;
  const summary = JSON.parse(record.s) as ArticleSummary;
  return { articleId: summary.articleId, storyId: String(record.sty ?? summary.articleId), signature, summary };
}
