// One fresh "Lambda" process for the ingest-settings bench: imports the real ingest handler (bundled
// like the function, so the process holds what a Lambda sandbox holds), feeds it SQS events of S3
// records the way local mode's dispatcher builds them, and writes what it measured to a JSON file.
// The handler reads its environment at import time; the parent sets it when spawning this process.
import { readFileSync, writeFileSync } from 'node:fs';
import { handler } from '../../lambdas/handlers/ingest.js';
import { lambdaContext } from '../../local/lambda-context.js';
import { SequencerClock, toS3EventRecord, toSqsEvent, toSqsMessage } from '../../local/s3-notifications.js';
import { chunk, type BlockResult } from './invocation-stats.js';
import { cpuMsSince } from './report.js';

export interface WorkerObject {
  key: string;
  size: number;
}

export interface WorkerPlan {
  bucket: string;
  region: string;
  /** Ingested first and not measured: loads the model and warms the JIT, as the first invocations of a sandbox would. */
  warmup: WorkerObject[];
  /** Measured in order: each block's objects in invocations of its batch size, `concurrency` of them in flight. */
  blocks: WorkerBlock[];
  /** Invocations in flight at once in this process. */
  concurrency: number;
  resultPath: string;
}

export interface WorkerBlock {
  batchSize: number;
  objects: WorkerObject[];
}

export interface WorkerResult {
  blocks: BlockResult[];
  failedRecords: number;
  totalWallMs: number;
  totalCpuMs: number;
  /** RSS right after the handler module was imported (KB). */
  rssAfterImportKb: number;
  /** Peak RSS of the whole process life (process.resourceUsage().maxRSS, KB). */
  maxRssKb: number;
  /** Largest V8 heap in use seen between invocations and by a 10 ms sampler (bytes). */
  peakHeapUsedBytes: number;
}

const QUEUE = 'newsfacts-bench-ingest';

async function main(): Promise<void> {
  const planPath = process.argv[2];
  if (!planPath) throw new Error('usage: ingest-settings-worker PLAN.json');
  const plan = JSON.parse(readFileSync(planPath, 'utf8')) as WorkerPlan;
  const rssAfterImportKb = Math.round(process.memoryUsage().rss / 1024);
  let peakHeapUsedBytes = 0;
  const sampleHeap = () => (peakHeapUsedBytes = Math.max(peakHeapUsedBytes, process.memoryUsage().heapUsed));
  const sampler = setInterval(sampleHeap, 10);
  const sequencers = new SequencerClock();

  const eventOf = (objects: WorkerObject[]) =>
    toSqsEvent(
      objects.map((o) => toSqsMessage([toS3EventRecord({ eventName: 'ObjectCreated:Put', bucket: plan.bucket, key: o.key, size: o.size, eventTime: new Date().toISOString() }, sequencers.next(), plan.region)])),
      1,
      plan.region,
      QUEUE,
    );
  let failedRecords = 0;
  const invoke = async (objects: WorkerObject[]): Promise<void> => {
    const response = await handler(eventOf(objects), lambdaContext('newsfacts-bench-ingest'));
    failedRecords += response.batchItemFailures.length;
    sampleHeap();
  };

  for (const batch of chunk(plan.warmup, plan.blocks[0]?.batchSize ?? 5)) await invoke(batch);
  failedRecords = 0;

  const blocks: BlockResult[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const block of plan.blocks) {
    const batches = chunk(block.objects, block.batchSize);
    let next = 0;
    const blockCpu = process.cpuUsage();
    const blockStarted = performance.now();
    // A pool of `concurrency` callers, each taking the next batch when its invocation returns.
    await Promise.all(
      Array.from({ length: Math.min(plan.concurrency, batches.length) }, async () => {
        while (next < batches.length) await invoke(batches[next++]);
      }),
    );
    blocks.push({ batchSize: block.batchSize, articles: block.objects.length, wallMs: performance.now() - blockStarted, cpuMs: cpuMsSince(blockCpu) });
  }
  const totalWallMs = performance.now() - started;
  clearInterval(sampler);
  const result: WorkerResult = {
    blocks,
    failedRecords,
    totalWallMs,
    totalCpuMs: cpuMsSince(cpu),
    rssAfterImportKb,
    maxRssKb: process.resourceUsage().maxRSS,
    peakHeapUsedBytes,
  };
  writeFileSync(plan.resultPath, JSON.stringify(result));
}

main().then(
  // SDK sockets must not keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
