// Part of section 4 (DynamoDB): what the near-duplicate search and its items add to the ingest
// use case's wall time per article (issue 19's "ingest throughput within 10 %"). The same stories
// go into three fresh tables: through the real store, through the same store with the search's
// reads taken out (its items still written), and with the search and its items taken out, the
// order turning story by story, so that load on this shared machine falls on all alike.
import { readFileSync } from 'node:fs';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import type { ArticleWriter } from '../../lambdas/store/article-store.js';
import type { CorpusFile } from './corpora.js';
import { cpuMsSince, median } from './report.js';

/** The store as it was before syndication: no candidates found, no story given, no band or story items written. */
export function withoutStories(store: ArticleWriter): ArticleWriter {
  return {
    objectState: (key) => store.objectState(key),
    openObject: stateAlone(store),
    storyCandidates: async () => [],
    replaceObject: (ref, expected, receivedAt, result) =>
      store.replaceObject(ref, expected, receivedAt, 'articles' in result ? { articles: result.articles.map(({ story: _story, ...article }) => article) } : result),
    deleteObject: (ref, expected) => store.deleteObject(ref, expected),
    settleObject: (ref, state) => store.settleObject(ref, state),
  };
}

/** The store with the search's reads taken out: no candidate found, every story a new one, its band and story entries written. */
export function withoutCandidateReads(store: ArticleWriter): ArticleWriter {
  return {
    objectState: (key) => store.objectState(key),
    openObject: stateAlone(store),
    storyCandidates: async () => [],
    replaceObject: (ref, expected, receivedAt, result) => store.replaceObject(ref, expected, receivedAt, result),
    deleteObject: (ref, expected) => store.deleteObject(ref, expected),
    settleObject: (ref, state) => store.settleObject(ref, state),
  };
}

/** The object's state read alone (one GetItem), as before the search rode on that read; no candidates. */
function stateAlone(store: ArticleWriter): ArticleWriter['openObject'] {
  return async (key, bands) => ({ state: await store.objectState(key), candidates: bands.map(() => []) });
}

export interface StorySearchOverhead {
  articles: number;
  withMs: number;
  itemsOnlyMs: number;
  withoutMs: number;
  withCpuMs: number;
  itemsOnlyCpuMs: number;
  withoutCpuMs: number;
  /** Median over the stories of (wall with) / (wall without). */
  pairedRatio: number;
  /** Median over the stories of (wall with the items but no reads) / (wall without). */
  itemsOnlyRatio: number;
}

let sequence = 2_000_000n;
const nextSequencer = () => (sequence++).toString(16).toUpperCase().padStart(20, '0');

async function timedIngest(store: ArticleWriter, key: string, bytes: Uint8Array): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const outcome = await ingestObjectEvent(
    { kind: 'created', bucket: 'newsfacts-bench', key, versionId: null, sequencer: nextSequencer(), size: bytes.length },
    { store, objects: { read: async () => bytes }, maxObjectBytes: 10 * 1024 * 1024 },
  );
  if (outcome.status !== 'processed') throw new Error(`ingest of ${key} ended ${JSON.stringify(outcome)}`);
  return { wall: performance.now() - wall, cpu: cpuMsSince(cpu) };
}

/** Ingests each file into the three stores (their tables fresh), the order turning; the first `warmUp` files are not counted. */
export async function measureStorySearchOverhead(withStories: ArticleWriter, itemsOnly: ArticleWriter, plain: ArticleWriter, files: CorpusFile[], warmUp = 5): Promise<StorySearchOverhead> {
  const stores = [withStories, withoutCandidateReads(itemsOnly), withoutStories(plain)];
  const runs = stores.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const ratios = { with: [] as number[], itemsOnly: [] as number[] };
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(file.path);
    const key = `incoming/overhead/${file.name}`;
    const timed: Array<{ wall: number; cpu: number }> = [];
    for (let k = 0; k < stores.length; k++) {
      const which = (i + k) % stores.length;
      timed[which] = await timedIngest(stores[which], key, bytes);
    }
    if (i < warmUp) continue;
    timed.forEach((t, which) => { runs[which].wall.push(t.wall); runs[which].cpu.push(t.cpu); });
    ratios.with.push(timed[0].wall / timed[2].wall);
    ratios.itemsOnly.push(timed[1].wall / timed[2].wall);
  }
  return {
    articles: runs[0].wall.length,
    withMs: median(runs[0].wall),
    itemsOnlyMs: median(runs[1].wall),
    withoutMs: median(runs[2].wall),
    withCpuMs: median(runs[0].cpu),
    itemsOnlyCpuMs: median(runs[1].cpu),
    withoutCpuMs: median(runs[2].cpu),
    pairedRatio: median(ratios.with),
    itemsOnlyRatio: median(ratios.itemsOnly),
  };
}
