// Part of section 4 (DynamoDB): what the near-duplicate search and its items add to the ingest
// use case's wall time per article (issue 19's "ingest throughput within 10 %"). The same stories
// go into two fresh tables, one through the real store and one through the same store with the
// search and its items taken out, alternating which goes first story by story, so that load on
// this shared machine falls on both alike.
import { readFileSync } from 'node:fs';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import type { ArticleWriter } from '../../lambdas/store/article-store.js';
import type { CorpusFile } from './corpora.js';
import { cpuMsSince, median } from './report.js';

/** The store as it was before syndication: no candidates found, no story given, no band or story items written. */
export function withoutStories(store: ArticleWriter): ArticleWriter {
  return {
    objectState: (key) => store.objectState(key),
    storyCandidates: async () => [],
    replaceObject: (ref, expected, receivedAt, result) =>
      store.replaceObject(ref, expected, receivedAt, 'articles' in result ? { articles: result.articles.map(({ story: _story, ...article }) => article) } : result),
    deleteObject: (ref, expected) => store.deleteObject(ref, expected),
    settleObject: (ref, state) => store.settleObject(ref, state),
  };
}

export interface StorySearchOverhead {
  articles: number;
  withMs: number;
  withoutMs: number;
  withCpuMs: number;
  withoutCpuMs: number;
  /** Median over the stories of (wall with) / (wall without). */
  pairedRatio: number;
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

/** Ingests each file into both stores (their tables fresh), alternating the order; the first `warmUp` files are not counted. */
export async function measureStorySearchOverhead(withStories: ArticleWriter, plain: ArticleWriter, files: CorpusFile[], warmUp = 5): Promise<StorySearchOverhead> {
  const withoutSearch = withoutStories(plain);
  const runs = { with: [] as number[], without: [] as number[], withCpu: [] as number[], withoutCpu: [] as number[], ratio: [] as number[] };
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(file.path);
    const key = `incoming/overhead/${file.name}`;
    const first = i % 2 === 0;
    const a = first ? await timedIngest(withStories, key, bytes) : null;
    const b = await timedIngest(withoutSearch, key, bytes);
    const withRun = a ?? (await timedIngest(withStories, key, bytes));
    if (i < warmUp) continue;
    runs.with.push(withRun.wall);
    runs.without.push(b.wall);
    runs.withCpu.push(withRun.cpu);
    runs.withoutCpu.push(b.cpu);
    runs.ratio.push(withRun.wall / b.wall);
  }
  return {
    articles: runs.with.length,
    withMs: median(runs.with),
    withoutMs: median(runs.without),
    withCpuMs: median(runs.withCpu),
    withoutCpuMs: median(runs.withoutCpu),
    pairedRatio: median(runs.ratio),
  };
}
