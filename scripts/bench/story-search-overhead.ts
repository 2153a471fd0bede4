// Part of section 4 (DynamoDB): what the near-duplicate search and its items add to the ingest
// use case's wall time per article (issue 19's "ingest throughput within 10 %"). The same stories
// go into three fresh tables: through the real store, through the same store with the search's
// reads taken out (its items still written), and with the search and its items taken out, the
// order turning story by story, so that load on this shared machine falls on all alike.
import { readFileSync } from 'node:fs';
import { bandKeys, signatureOf } from '../../lambdas/extract/syndication/index.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { articleText } from '../../lambdas/normalize/article.js';
import type { ArticleWriter } from '../../lambdas/store/article-store.js';
import { indexSortKey, PK, SK, type Item } from '../../lambdas/store/dynamodb/keys.js';
import { storyEntries, storyRecordAttributes } from '../../lambdas/store/dynamodb/story-items.js';
import { normalizeFile, type CorpusFile } from './corpora.js';
import { cpuMsSince, median, processCpuMs } from './report.js';

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
  /**
   * CPU of the DynamoDB Local process per article, median (null where it cannot be read): the
   * emulator runs on the same cores, so a backfill's rate follows this process's CPU plus its.
   */
  withEmulatorCpuMs: number | null;
  itemsOnlyEmulatorCpuMs: number | null;
  withoutEmulatorCpuMs: number | null;
  /** Median over the stories of (CPU of both processes, with) / (the same, without). */
  totalCpuRatio: number | null;
}

/** Generation of the background's items: older than any event of the measurement. */
const BACKGROUND_GEN = '00000000000000000001';

/**
 * What a table that already holds these stories gives the search to read: each story's band and
 * story entries and its record's signature, story id and summary (the items the search reads; its
 * other items are left out), each story its own, dated before the stories measured. A busy table
 * meets candidates that a fresh one does not, and reads their records.
 */
export function storedStoryItems(files: CorpusFile[]): Item[] {
  return files.flatMap((file, i) => normalizeFile(file.path, file.name).flatMap((article) => {
    const signature = signatureOf(articleText(article));
    if (!signature) return [];
    const articleId = `background-${i}`;
    const story = { signature, bands: bandKeys(signature), storyId: articleId };
    const summary = JSON.stringify({ articleId, title: article.title, publishedAt: '2004-01-01' });
    return [
      ...storyEntries(story, indexSortKey('2004-01-01', articleId, BACKGROUND_GEN), BACKGROUND_GEN, summary),
      { pk: PK.article(articleId), sk: SK.article, gen: BACKGROUND_GEN, st: 'processed', s: summary, ...storyRecordAttributes(story) },
    ];
  }));
}

let sequence = 2_000_000n;
const nextSequencer = () => (sequence++).toString(16).toUpperCase().padStart(20, '0');

async function timedIngest(store: ArticleWriter, key: string, bytes: Uint8Array, emulatorPid: number | undefined): Promise<{ wall: number; cpu: number; emulatorCpu: number | null }> {
  const emulatorCpu = processCpuMs(emulatorPid);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const outcome = await ingestObjectEvent(
    { kind: 'created', bucket: 'newsfacts-bench', key, versionId: null, sequencer: nextSequencer(), size: bytes.length },
    { store, objects: { read: async () => bytes }, maxObjectBytes: 10 * 1024 * 1024 },
  );
  if (outcome.status !== 'processed') throw new Error(`ingest of ${key} ended ${JSON.stringify(outcome)}`);
  const result = { wall: performance.now() - wall, cpu: cpuMsSince(cpu) };
  const emulatorAfter = processCpuMs(emulatorPid);
  // A thread of the emulator that ended meanwhile takes its counter with it: such a reading is unknown.
  return { ...result, emulatorCpu: emulatorCpu === null || emulatorAfter === null || emulatorAfter < emulatorCpu ? null : emulatorAfter - emulatorCpu };
}

/**
 * Ingests each file into the three stores (their tables fresh), the order turning; the first
 * `warmUp` files are not counted. `emulatorPid`: the DynamoDB Local process, whose CPU is read too.
 */
export async function measureStorySearchOverhead(withStories: ArticleWriter, itemsOnly: ArticleWriter, plain: ArticleWriter, files: CorpusFile[], options: { warmUp?: number; emulatorPid?: number } = {}): Promise<StorySearchOverhead> {
  const { warmUp = 5, emulatorPid } = options;
  const stores = [withStories, withoutCandidateReads(itemsOnly), withoutStories(plain)];
  const runs = stores.map(() => ({ wall: [] as number[], cpu: [] as number[], emulatorCpu: [] as number[] }));
  const ratios = { with: [] as number[], itemsOnly: [] as number[], totalCpu: [] as number[] };
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(file.path);
    const key = `incoming/overhead/${file.name}`;
    const timed: Array<{ wall: number; cpu: number; emulatorCpu: number | null }> = [];
    for (let k = 0; k < stores.length; k++) {
      const which = (i + k) % stores.length;
      timed[which] = await timedIngest(stores[which], key, bytes, emulatorPid);
    }
    if (i < warmUp) continue;
    timed.forEach((t, which) => {
      runs[which].wall.push(t.wall);
      runs[which].cpu.push(t.cpu);
      if (t.emulatorCpu !== null) runs[which].emulatorCpu.push(t.emulatorCpu);
    });
    ratios.with.push(timed[0].wall / timed[2].wall);
    ratios.itemsOnly.push(timed[1].wall / timed[2].wall);
    const [w, , o] = timed;
    if (w.emulatorCpu !== null && o.emulatorCpu !== null) ratios.totalCpu.push((w.cpu + w.emulatorCpu) / (o.cpu + o.emulatorCpu));
  }
  const emulatorMedian = (which: number) => (runs[which].emulatorCpu.length ? median(runs[which].emulatorCpu) : null);
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
    withEmulatorCpuMs: emulatorMedian(0),
    itemsOnlyEmulatorCpuMs: emulatorMedian(1),
    withoutEmulatorCpuMs: emulatorMedian(2),
    totalCpuRatio: ratios.totalCpu.length ? median(ratios.totalCpu) : null,
  };
}
