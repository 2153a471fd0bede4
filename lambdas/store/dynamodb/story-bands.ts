import type { StoryCandidate } from '../../extract/syndication/index.js';
import type { ArticleSummary } from '../article-store.js';
import { mapConcurrent } from '../map-concurrent.js';
import { PK } from './keys.js';
import { bandEntryCandidate } from './story-items.js';
import { queryAll, type Table } from './table.js';

/**
 * Entries read per band key, newest first. It bounds the search however many copies a story has
 * (a band of a story copied 10,000 times holds 10,000 entries; docs/SCALING.md): the newest copies
 * carry the story's id as well as the oldest.
 */
export const CANDIDATES_PER_BAND = 25;
const BAND_QUERIES_IN_FLIGHT = 16;

export type BandCandidate = StoryCandidate & { summary: ArticleSummary };

/** The articles sharing any of these band keys: one Query per key, side by side; one entry per article (its newest generation). */
export async function readBandCandidates(table: Table, bands: string[]): Promise<BandCandidate[]> {
  const partitions = await mapConcurrent(bands, BAND_QUERIES_IN_FLIGHT, (band) =>
    queryAll(table, {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.band(band) }, ScanIndexForward: false,
    }, CANDIDATES_PER_BAND),
  );
  const newest = new Map<string, BandCandidate & { gen: string }>();
  for (const item of partitions.flat()) {
    const candidate = bandEntryCandidate(item);
    if (!candidate) continue;
    const seen = newest.get(candidate.articleId);
    if (!seen || seen.gen < candidate.gen) newest.set(candidate.articleId, candidate);
  }
  return [...newest.values()].map(({ gen: _gen, ...candidate }) => candidate);
}
