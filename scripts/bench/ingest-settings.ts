// Section "ingest-settings": the SQS batch size, Lambda memory and concurrency of the ingest function,
// chosen from measurements of the real handler. Each run is a fresh Node process (the "sandbox")
// running the ingest handler bundled as the stack bundles it, fed SQS events of S3 records as local
// mode's dispatcher builds them, against DynamoDB Local and s3rver started here.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { localDynamoDbClient, localS3Client } from '../../local/clients.js';
import { createTable } from '../../local/create-table.js';
import { LOCAL_REGION } from '../../local/local-config.js';
import { startDynamoDbLocal } from '../../local/services/dynamodb-local.js';
import { findFreePort } from '../../local/services/ports.js';
import { LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY, startS3Server } from '../../local/services/s3-server.js';
import { lambdaBuildOptions } from './cold-start.js';
import { readIngestSettings } from './cost-model.js';
import { bbcFiles, spread } from './corpora.js';
import { linearFit, memoryFloorMb, pairedComparison, throughput, type BlockMeasure } from './invocation-stats.js';
import type { WorkerBlock, WorkerObject, WorkerPlan, WorkerResult } from './ingest-settings-worker.js';
import { fmt, median, round, table, type BenchContext, type SectionResult } from './report.js';

const BUCKET = 'newsfacts-bench';
const PREFIX = 'incoming/';
export const BATCH_SIZES = [1, 5, 10, 25];
export const CONCURRENCY = [1, 2, 4];
export interface IngestSettingsOptions {
  /** Fresh processes for the batch-size comparison, and rounds of the concurrency runs. */
  rounds: number;
  /** Cycles per batch-size process: each ingests the cycle's stories once per batch size, in rotated order. */
  cycles: number;
  /** Stories per cycle block (divisible by every batch size). */
  cycleStories: number;
  /** Stories per concurrency run. */
  runStories: number;
  /** Stories of the memory run, in one process. */
  memoryStories: number;
}
const DEFAULTS: IngestSettingsOptions = { rounds: 3, cycles: 2, cycleStories: 50, runStories: 100, memoryStories: 200 };

interface Run {
  label: string;
  result: WorkerResult & { machineBusy: number };
}

/** Busy and total CPU time of all cores so far (ms), from the kernel's counters. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
}

/** The ingest handler and this driver bundled with the stack's esbuild options, next to a copy of the NER model. */
async function bundleWorker(ctx: BenchContext, dir: string): Promise<string> {
  const outfile = join(dir, 'worker.mjs');
  await build({ ...lambdaBuildOptions(ctx.repoRoot), entryPoints: [join(ctx.repoRoot, 'scripts/bench/ingest-settings-worker.ts')], outfile });
  cpSync(join(ctx.repoRoot, 'lambdas/extract/entities/model'), join(dir, 'model'), { recursive: true });
  return outfile;
}

function runWorker(file: string, plan: WorkerPlan, env: Record<string, string>): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const planPath = `${plan.resultPath}.plan.json`;
    writeFileSync(planPath, JSON.stringify(plan));
    // stdout carries the handler's INFO log lines, as on Lambda; they are written and dropped.
    const child = spawn(process.execPath, [file, planPath], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`ingest worker exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
      resolve(JSON.parse(readFileSync(plan.resultPath, 'utf8')) as WorkerResult);
    });
  });
}

const rotate = <T>(items: T[], by: number) => items.map((_, i) => items[(i + by) % items.length]);
const mb = (kb: number) => kb / 1024;

export async function benchIngestSettings(ctx: BenchContext, options: IngestSettingsOptions = DEFAULTS): Promise<SectionResult> {
  const settings = readIngestSettings(ctx.repoRoot);
  const configuredBatch = settings.batchSize;
  const storyFiles = spread(bbcFiles(ctx.dataDir), options.memoryStories);
  if (storyFiles.length < options.memoryStories) throw new Error(`need ${options.memoryStories} BBC stories, found ${storyFiles.length}`);
  const cycleFiles = spread(storyFiles, options.cycleStories);
  // Every upload is a copy of a BBC story under its own key: a key is ingested once per table.
  const uploads = new Map<string, string>();
  const objectsOf = (prefix: string, files: typeof storyFiles): WorkerObject[] =>
    files.map((f) => {
      const key = `${PREFIX}${prefix}/${f.name}`;
      uploads.set(key, f.path);
      return { key, size: readFileSync(f.path).length };
    });
  const stories = objectsOf('all', storyFiles);
  const warmup = objectsOf('warm', cycleFiles);
  const cycleObjects = (cycle: number, batchSize: number) => objectsOf(`c${cycle}b${batchSize}`, cycleFiles);
  const concurrencyStories = spread(stories, options.runStories);
  for (let c = 0; c < options.cycles; c++) for (const b of BATCH_SIZES) cycleObjects(c, b);

  const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-bench-settings-'));
  const ddbPort = await findFreePort();
  const s3Port = await findFreePort();
  ctx.log(`ingest-settings: DynamoDB Local on ${ddbPort}, s3rver on ${s3Port}; bundling the handler, uploading ${uploads.size} objects`);
  const [ddb, s3] = await Promise.all([
    startDynamoDbLocal({ port: ddbPort }),
    startS3Server({ port: s3Port, directory: join(scratch, 's3'), buckets: [BUCKET], resetOnStop: true }),
  ]);
  const dynamo = localDynamoDbClient(ddb.endpoint);
  const s3Client = localS3Client(s3.endpoint);
  try {
    const workerFile = await bundleWorker(ctx, join(scratch, 'bundle'));
    for (const [key, path] of uploads) await s3Client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: readFileSync(path) }));
    // The function's environment as the stack sets it (lib/constructs/newsfacts-function.ts), pointed at the local services.
    const baseEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: 'newsfacts-ingest',
      LOG_LEVEL: 'INFO',
      INCOMING_PREFIX: PREFIX,
      MAX_RECEIVE_COUNT: '3',
      AWS_REGION: LOCAL_REGION,
      AWS_DEFAULT_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: LOCAL_SECRET_ACCESS_KEY,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    let runNo = 0;
    /** Peak RSS of every process, for the memory floor: a process that ingested more may have grown more. */
    const peaks: { label: string; stories: number; maxRssKb: number }[] = [];
    const run = async (label: string, blocks: WorkerBlock[], concurrency: number, warm: WorkerObject[] = warmup): Promise<Run['result']> => {
      const tableName = `settings-${++runNo}`;
      await createTable(dynamo, tableName);
      const before = machineTimes();
      const measured = await runWorker(workerFile, { bucket: BUCKET, region: LOCAL_REGION, warmup: warm, blocks, concurrency, resultPath: join(scratch, `${tableName}.json`) }, { ...baseEnv, TABLE_NAME: tableName });
      const after = machineTimes();
      // Share of all cores busy during the run: this worker, DynamoDB Local, s3rver and whatever else runs on the machine.
      const result = { ...measured, machineBusy: (after.busy - before.busy) / Math.max(1, after.total - before.total) };
      if (result.failedRecords > 0) throw new Error(`${label}: the handler reported ${result.failedRecords} failed records`);
      // The articles are really there: look a few up through the store.
      const store = createDynamoDbArticleStore({ client: dynamo, tableName });
      const objects = blocks.flatMap((b) => b.objects);
      for (const object of [objects[0], objects[objects.length >> 1], objects[objects.length - 1]]) {
        if (!(await store.getArticle(articleIdForKey(object.key)))) throw new Error(`${label}: ${object.key} was not stored`);
      }
      await dynamo.send(new DeleteTableCommand({ TableName: tableName }));
      peaks.push({ label, stories: warm.length + objects.length, maxRssKb: result.maxRssKb });
      ctx.log(`ingest-settings: ${label}: ${fmt(throughput(objects.length, result.totalWallMs), 1)} articles/s, max RSS ${fmt(mb(result.maxRssKb), 0)} MB, machine ${fmt(result.machineBusy * 100, 0)} % busy`);
      return result;
    };

    // 1. Batch size, paired: in each process the same stories go through every batch size, cycle after
    //    cycle in rotated order, one invocation at a time; after a warm-up on those stories, so every
    //    block finds its entities known (the steady state of a busy table).
    const pairedBlocks: BlockMeasure[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const blocks: WorkerBlock[] = [];
      for (let c = 0; c < options.cycles; c++) {
        for (const batchSize of rotate(BATCH_SIZES, round * options.cycles + c)) blocks.push({ batchSize, objects: cycleObjects(c, batchSize) });
      }
      const result = await run(`batch sizes ${BATCH_SIZES.join('/')}, ${options.cycles} cycles, process ${round + 1}`, blocks, 1);
      for (const [i, b] of result.blocks.entries()) pairedBlocks.push({ cycle: round * options.cycles + Math.floor(i / BATCH_SIZES.length), ...b });
    }
    // 2. Memory per batch size: a fresh process per size, the cycle stories once (no warm-up beyond them).
    const memoryBySize = new Map<number, Run['result']>();
    for (const batchSize of BATCH_SIZES) memoryBySize.set(batchSize, await run(`memory at batch size ${batchSize}`, [{ batchSize, objects: cycleObjects(0, batchSize) }], 1, []));
    // 3. Concurrency: the configured batch size, 1, 2, 4 invocations in flight in one process.
    const concurrencyRuns = new Map<number, Run['result'][]>(CONCURRENCY.map((c) => [c, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (const concurrency of rotate(CONCURRENCY, round)) {
        concurrencyRuns.get(concurrency)!.push(await run(`concurrency ${concurrency}, round ${round + 1}`, [{ batchSize: configuredBatch, objects: concurrencyStories }], concurrency));
      }
    }
    // 4. Memory over many stories: one process at the configured batch size.
    const memoryRun = await run(`memory, ${options.memoryStories} stories`, [{ batchSize: configuredBatch, objects: stories }], 1);

    return report(settings, options, pairedBlocks, memoryBySize, concurrencyRuns, memoryRun, peaks);
  } finally {
    dynamo.destroy();
    s3Client.destroy();
    await s3.stop().catch(() => undefined);
    await ddb.stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function report(
  settings: ReturnType<typeof readIngestSettings>,
  options: IngestSettingsOptions,
  pairedBlocks: BlockMeasure[],
  memoryBySize: Map<number, Run['result']>,
  concurrencyRuns: Map<number, Run['result'][]>,
  memoryRun: Run['result'],
  peaks: { label: string; stories: number; maxRssKb: number }[],
): SectionResult {
  const { rounds, cycles, cycleStories, runStories, memoryStories } = options;
  const batches = pairedComparison(pairedBlocks, 1);
  // Fixed CPU per invocation: CPU per invocation of each block against its batch size.
  const cpuFit = linearFit(pairedBlocks.map((b) => ({ x: b.batchSize, y: b.cpuMs / (b.articles / b.batchSize) })));
  const single = batches[0];
  const configured = batches.find((b) => b.batchSize === settings.batchSize);
  const largest = batches[batches.length - 1];
  const rssOf = (batchSize: number) => memoryBySize.get(batchSize)?.maxRssKb ?? NaN;
  const rates = CONCURRENCY.map((c) => ({
    concurrency: c,
    articlesPerSecond: median(concurrencyRuns.get(c)!.map((r) => throughput(runStories, r.totalWallMs))),
    cpuMsPerArticle: median(concurrencyRuns.get(c)!.map((r) => r.totalCpuMs / runStories)),
    maxRssKb: median(concurrencyRuns.get(c)!.map((r) => r.maxRssKb)),
    machineBusy: median(concurrencyRuns.get(c)!.map((r) => r.machineBusy)),
  }));
  // Cores the handler's own thread kept busy: articles/s × CPU seconds per article (1.0 = one core, the most one Node.js thread can use).
  const threadCores = (r: (typeof rates)[number]) => (r.articlesPerSecond * r.cpuMsPerArticle) / 1000;
  const base = rates[0].articlesPerSecond;
  const largestPeak = peaks.reduce((a, p) => (p.maxRssKb > a.maxRssKb ? p : a));
  const floor = memoryFloorMb(largestPeak.maxRssKb);
  const best = rates.reduce((a, r) => (r.articlesPerSecond > a.articlesPerSecond ? r : a));
  const handlerCpu = configured?.cpuMsPerArticle ?? median(concurrencyRuns.get(1)!.map((r) => r.totalCpuMs / runStories));

  const figures: SectionResult['figures'] = {
    rounds,
    paired_cycles: rounds * cycles,
    configured_batch_size: settings.batchSize,
    configured_memory_mb: settings.memoryMb,
    configured_max_concurrency: settings.maxConcurrency,
    handler_cpu_ms_per_article: round(handlerCpu),
    invocation_overhead_cpu_ms: round(cpuFit.intercept),
    per_record_cpu_ms: round(cpuFit.slope),
    memory_stories: memoryStories,
    memory_max_rss_mb: round(mb(memoryRun.maxRssKb)),
    memory_rss_after_import_mb: round(mb(memoryRun.rssAfterImportKb)),
    memory_peak_heap_mb: round(memoryRun.peakHeapUsedBytes / 2 ** 20),
    memory_largest_peak_rss_mb: round(mb(largestPeak.maxRssKb)),
    memory_largest_peak_stories: largestPeak.stories,
    memory_floor_mb: floor,
  };
  for (const b of batches) {
    Object.assign(figures, {
      [`batch_${b.batchSize}_wall_ms_per_article`]: round(b.wallMsPerArticle),
      [`batch_${b.batchSize}_wall_ratio_to_1`]: round(b.wallRatioToBaseline, 2),
      [`batch_${b.batchSize}_cpu_ms_per_article`]: round(b.cpuMsPerArticle),
      [`batch_${b.batchSize}_max_rss_mb`]: round(mb(rssOf(b.batchSize))),
    });
  }
  for (const r of rates) {
    Object.assign(figures, {
      [`concurrency_${r.concurrency}_articles_per_s`]: round(r.articlesPerSecond),
      [`concurrency_${r.concurrency}_cpu_ms_per_article`]: round(r.cpuMsPerArticle),
      [`concurrency_${r.concurrency}_thread_cores`]: round(threadCores(r), 2),
      [`concurrency_${r.concurrency}_machine_busy_pct`]: Math.round(r.machineBusy * 100),
    });
  }

  const markdown = [
    'The real ingest handler (lambdas/handlers/ingest.ts), bundled with the stack\'s esbuild options and its',
    'NER model, runs in a fresh Node.js process per run with the function\'s environment (LOG_LEVEL INFO,',
    '`--enable-source-maps`) pointed at DynamoDB Local and s3rver started by the bench. Each invocation is an',
    'SQS event of N messages, each carrying one S3 `ObjectCreated:Put` record, built with local mode\'s own',
    'helpers (local/s3-notifications.ts); every run writes to a fresh table, and a few of its articles are read',
    'back through the store afterwards. The stories are BBC stories spread over the five topics, each uploaded',
    'under as many keys as it is ingested. CPU time is the worker process\'s (`process.cpuUsage`): normalization,',
    'extraction, SDK marshalling and logging, not DynamoDB Local (a JVM) nor s3rver (the bench process). The',
    'handler runs the records of a batch concurrently (Powertools `BatchProcessor` processes in parallel by',
    'default), so an invocation\'s wall time is less than the sum of its records\' times when they wait on I/O.',
    '',
    `**Batch size**, paired: ${rounds} fresh processes; each ingests ${cycleStories} stories once as a warm-up (model load, JIT, and`,
    `every entity known afterwards, the steady state of a busy table), then ${cycles} cycles in which the same ${cycleStories} stories`,
    `(under new keys) go through every batch size in turn, the order rotated from cycle to cycle, one invocation at a`,
    `time. Wall and CPU ms per article are medians over the ${rounds * cycles} cycles; "vs batch size 1" is the median of the ratio`,
    'taken within each cycle, between blocks that ran moments apart, which cancels most of the drifting load of a',
    `shared machine. Peak RSS per batch size is from a separate fresh process per size ingesting the ${cycleStories} stories.`,
    '',
    table(
      ['SQS batch size', 'wall ms per article', 'vs batch size 1', 'CPU ms per article', 'peak RSS (fresh process)'],
      batches.map((b) => [
        `${b.batchSize}${b.batchSize === settings.batchSize ? ' (configured)' : ''}`,
        fmt(b.wallMsPerArticle, 1),
        `${fmt(b.wallRatioToBaseline * 100, 0)} %`,
        fmt(b.cpuMsPerArticle, 1),
        `${fmt(mb(rssOf(b.batchSize)), 0)} MB`,
      ]),
    ),
    '',
    `Batching could amortize two things here. A fixed CPU cost per invocation (Powertools batch processing, the`,
    `event's parsing, logging): a least-squares line through CPU ms per invocation against the batch size gives`,
    `${fmt(cpuFit.intercept, 1)} ms per invocation plus ${fmt(cpuFit.slope, 1)} ms per record, so the fixed part is ${Math.abs(cpuFit.intercept) < 0.05 * cpuFit.slope ? 'within the noise' : `${fmt((cpuFit.intercept / cpuFit.slope) * 100, 0)} % of one record`}.`,
    `And the I/O waits: with the records of a batch in flight together, one record's DynamoDB and S3 round trips`,
    `overlap another's CPU work, so the wall time per article — what Lambda bills, per invocation — is`,
    `${fmt(single.wallMsPerArticle, 1)} ms at batch size 1${configured && configured !== single ? `, ${fmt(configured.wallMsPerArticle, 1)} ms at ${configured.batchSize}` : ''} and ${fmt(largest.wallMsPerArticle, 1)} ms at ${largest.batchSize}`,
    `(${fmt(largest.wallRatioToBaseline * 100, 0)} % of batch size 1 within a cycle). Peak memory grows with the records in flight (last column).`,
    'What batching also saves on AWS is invocations and SQS requests (priced in SCALING.md) and Lambda\'s own',
    'per-invocation work, which no local run sees.',
    '',
    `**Memory**: ${memoryStories} stories through one process at batch size ${settings.batchSize}: peak RSS`,
    `${fmt(mb(memoryRun.maxRssKb), 0)} MB (\`process.resourceUsage().maxRSS\`), ${fmt(mb(memoryRun.rssAfterImportKb), 0)} MB right after importing the handler,`,
    `largest V8 heap in use ${fmt(round(memoryRun.peakHeapUsedBytes / 2 ** 20), 0)} MB. RSS creeps up with the stories a process has ingested (V8 lets its heap`,
    `grow before collecting); the largest peak of any run here was ${fmt(mb(largestPeak.maxRssKb), 0)} MB, after ${largestPeak.stories} stories (${largestPeak.label}).`,
    `With 50 % headroom over that, the Lambda memory floor is ${fmt(floor)} MB; above it, memory buys CPU share (SCALING.md).`,
    '',
    `**Concurrency**: ${runStories} stories in invocations of ${settings.batchSize} (the configured batch size), 1, 2 and 4 invocations in flight in`,
    `one process, ${rounds} rounds:`,
    '',
    table(
      ['invocations in flight', 'articles/s', 'vs 1', 'CPU ms per article', 'handler thread busy (cores)', 'machine busy (2 cores)', 'peak RSS'],
      rates.map((r) => [r.concurrency, fmt(r.articlesPerSecond, 1), `${fmt(r.articlesPerSecond / base, 2)}×`, fmt(r.cpuMsPerArticle, 1), fmt(threadCores(r), 2), `${fmt(r.machineBusy * 100, 0)} %`, `${fmt(mb(r.maxRssKb), 0)} MB`]),
    ),
    '',
    `"Handler thread busy" is articles/s × CPU seconds per article: one Node.js thread can keep at most one core`,
    `busy. "Machine busy" is the share of both cores' time that was not idle during the run (the handler, DynamoDB`,
    `Local's JVM, s3rver and other work on this shared machine). Throughput peaks at ${fmt(best.articlesPerSecond, 1)} articles/s with ${best.concurrency} in flight`,
    `(${fmt(best.articlesPerSecond / base, 2)}× one in flight). More invocations in one process only fill the`,
    'I/O waits of the others, and this machine saturates once its two cores are busy with the handler thread and',
    'the emulator. On Lambda each concurrent invocation has its own sandbox and CPU share, so the concurrency',
    'setting follows from the time per article and the peak rate (SCALING.md), not from this table.',
  ].join('\n');
  return { title: 'Ingest settings: SQS batch size, memory, concurrency', markdown, figures };
}

