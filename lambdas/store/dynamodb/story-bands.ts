import { mayBeOneStory, type StoryCandidate } from '../../extract/syndication/index.js';
import type { ArticleSummary, CandidateReadOptions } from '../article-store.js';
import { mapConcurrent } from '../map-concurrent.js';
import { PK, SK, parseIndexSortKey, type Item } from './keys.js';
import { CANDIDATE_RECORD_PROJECTION, recordCandidate } from './story-items.js';
import { batchGet, queryAll, readPartitions, type Table } from './table.js';

/**
 * Entries read per band key, newest first. It bounds the search however many copies a story has
 * (a band of a story copied 10,000 times holds 10,000 entries; docs/SCALING.md): the newest copies
 * carry the story's id as well as the oldest.
 */
export const CANDIDATES_PER_BAND = 25;
/**
 * Distinct candidates whose records are read at most, those sharing the most band keys first (a
 * copy shares several; an unrelated text one by chance): one BatchGetItem of 100 keys.
 */
export const CANDIDATES_VERIFIED = 100;
const BAND_QUERIES_IN_FLIGHT = 16;

export type BandCandidate = StoryCandidate & { summary: ArticleSummary };

/** What a candidate search reads of a band entry: its keys and sketch. */
export const BAND_ENTRY_PROJECTION = 'pk, sk, h';

/**
 * The articles sharing any of these band keys, then one BatchGetItem of the candidates' article
 * records for their signatures, story ids and summaries. A candidate deleted since its band entry
 * was read has no record and drops out.
 */
export async function readBandCandidates(table: Table, bands: string[], options: CandidateReadOptions = {}): Promise<BandCandidate[]> {
  const consistent = options.consistent === true;
  const keys = bands.map((band) => PK.band(band));
  const read = await readPartitions(table, keys, { consistent, projection: BAND_ENTRY_PROJECTION, limit: keys.length * CANDIDATES_PER_BAND });
  const partitions = read ? keys.map((key) => newestInBand(read.get(key) ?? [])) : await readBandsByQuery(table, bands, consistent);
  return candidatesInBands(table, partitions, options);
}

/**
 * The candidates of band partitions already read (each its newest CANDIDATES_PER_BAND entries),
 * those sharing the most band keys first, their records read by one BatchGetItem. With
 * `sameStoryAs`, an entry whose sketch shows a chance match is passed over, and a search that
 * meets only such entries reads no record.
 */
export async function candidatesInBands(table: Table, partitions: Item[][], options: CandidateReadOptions = {}): Promise<BandCandidate[]> {
  const found = new Map<string, { date: string; bands: number }>();
  const { sameStoryAs } = options;
  for (const partition of partitions) {
    const entries = sameStoryAs ? partition.filter((item) => mayBeOneStory(sameStoryAs, item.h)) : partition;
    // Two generations of one article can both be in a band for a moment: the band counts once.
    const inBand = new Map(entries.map((item) => { const { articleId, date } = parseIndexSortKey(item.sk); return [articleId, date] as const; }));
    for (const [articleId, date] of inBand) {
      if (options.known?.has(articleId)) continue;
      const seen = found.get(articleId);
      if (seen) seen.bands++;
      else found.set(articleId, { date, bands: 1 });
    }
  }
  const chosen = [...found].sort(([a, x], [b, y]) => y.bands - x.bands || y.date.localeCompare(x.date) || a.localeCompare(b)).slice(0, CANDIDATES_VERIFIED);
  if (chosen.length === 0) return [];
  const records = await batchGet(table, chosen.map(([articleId]) => ({ pk: PK.article(articleId), sk: SK.article })), { projection: CANDIDATE_RECORD_PROJECTION, consistent: options.consistent === true });
  return records.flatMap((record) => {
    const candidate = recordCandidate(record);
    const entry = candidate && found.get(candidate.articleId);
    return entry ? [{ ...candidate, date: entry.date }] : [];
  });
}

/** A band partition's newest CANDIDATES_PER_BAND entries: what a Query of the key, newest first, returns. */
export function newestInBand(items: Item[]): Item[] {
  return [...items].sort((a, b) => b.sk.localeCompare(a.sk)).slice(0, CANDIDATES_PER_BAND);
}

/** Each band key's newest CANDIDATES_PER_BAND entries, one Query per key, side by side (keys only). */
function readBandsByQuery(table: Table, bands: string[], consistent: boolean): Promise<Item[][]> {
  return mapConcurrent(bands, BAND_QUERIES_IN_FLIGHT, (band) =>
    queryAll(table, {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.band(band) }, ScanIndexForward: false, ProjectionExpression: 'sk, h', ConsistentRead: consistent,
    }, CANDIDATES_PER_BAND),
  );
}
