// `npm run chaos [-- --scale N --seed S]`: the longer, user-runnable version of the reliability
// tests (test/integration/reliability): a bigger hostile corpus, more injected DynamoDB faults,
// a bigger shuffled/duplicated/concurrent schedule and a bigger local-mode burst. Starts its own
// DynamoDB Local and s3rver on free ports (Java 17 needed, as for `npm start`), prints a table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbArticleStore } from '../lambdas/store/dynamodb/dynamodb-article-store.js';
import { S3ObjectReader } from '../lambdas/aws/s3-object-reader.js';
import { localDynamoDbClient, localS3Client } from '../local/clients.js';
import { createTable } from '../local/create-table.js';
import { startDynamoDbLocal } from '../local/services/dynamodb-local.js';
import { findFreePort } from '../local/services/ports.js';
import { startS3Server } from '../local/services/s3-server.js';
import { hostileCorpus } from './chaos/hostile-corpus.js';
import { exitWithUsageError, parseCliArgs } from './cli/cli-args.js';
import { runBurst } from './chaos/burst.js';
import { runFaultScenario, runScheduleScenario } from './chaos/delivery.js';
import { ingestHostileFiles, runHostileOffline } from './chaos/hostile.js';

interface Row {
  fault: string;
  injection: string;
  runs: string;
  checked: string;
  result: string;
  ok: boolean;
  seconds: number;
}

async function main(): Promise<void> {
  const usage = `Usage: npm run chaos -- [--scale N] [--seed S] [--only SCENARIO[,SCENARIO…]]
  The longer version of the reliability tests: hostile files, injected DynamoDB faults, shuffled,
  duplicated and concurrent deliveries, a local-mode burst; starts its own DynamoDB Local and s3rver.
  --scale  how much of each (0 < N <= 4, default 1)
  --seed   the seed of every random choice (default 1): a failing run is replayed with the same seed
  --only   some scenarios: hostile, faults, schedule, burst`;
  const { values } = parseCliArgs(usage, { options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' }, only: { type: 'string' } } });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0 && scale <= 4) || !Number.isInteger(seed)) exitWithUsageError('--scale must be in (0, 4] and --seed an integer.');
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const wanted = (name: string) => !values.only || values.only.split(',').includes(name);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const rows: Row[] = [];
  const timed = async (run: () => Promise<Omit<Row, 'seconds'>>) => {
    const t = Date.now();
    const row = { ...(await run()), seconds: (Date.now() - t) / 1000 };
    rows.push(row);
    console.error(`  ${row.ok ? 'ok  ' : 'FAIL'} ${row.fault}: ${row.result} (${row.seconds.toFixed(1)} s)`);
  };
  const started = Date.now();
  console.error(`newsfacts chaos run: scale ${scale}, seed ${seed}, ${new Date().toISOString()}`);

  const maxBytes = 128 * 1024;
  const corpusSize = n(2000);
  if (wanted('hostile')) {
    await timed(async () => {
      const r = runHostileOffline({ seed, count: corpusSize, maxBytes });
      const rejected = Object.values(r.rejected).reduce((a, b) => a + b, 0);
      return {
        fault: 'Hostile files (30 kinds) through normalize + extract', injection: `seeded generator, limit ${maxBytes / 1024} KiB`, runs: `${r.files} files`,
        checked: 'no throw, per-file time, heap, outcome ∈ allowed codes',
        result: `${r.processed} processed, ${rejected} rejected, ${r.violations.length} violations, ${r.safetyNet.length} INTERNAL_ERROR; slowest ${r.maxFileMs.toFixed(0)} ms; heap +${(r.heapAfterMb - r.heapBeforeMb).toFixed(1)} MB (peak ${r.peakHeapMb.toFixed(0)} MB)`,
        ok: r.violations.length === 0,
      };
    });
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'newsfacts-chaos-'));
  const [ddbPort, s3Port] = [await findFreePort(), await findFreePort()];
  const [dynamo, s3server] = await Promise.all([startDynamoDbLocal({ port: ddbPort }), startS3Server({ port: s3Port, directory: dataDir, buckets: ['newsfacts-chaos'] })]);
  const s3 = localS3Client(s3server.endpoint);
  const env = { dynamoDbEndpoint: dynamo.endpoint, s3, bucket: 'newsfacts-chaos' };
  try {
    if (wanted('hostile')) {
      await timed(async () => {
        const client = localDynamoDbClient(dynamo.endpoint);
        await createTable(client, 'chaos-hostile');
        const store = createDynamoDbArticleStore({ client, tableName: 'chaos-hostile' });
        const step = Math.max(1, Math.floor(corpusSize / n(60)));
        const slice = [...hostileCorpus({ seed, count: corpusSize, maxBytes })].filter((f) => f.index % step === 0);
        const r = await ingestHostileFiles(slice, { s3, bucket: env.bucket, deps: { store, objects: new S3ObjectReader(s3), maxObjectBytes: maxBytes }, reader: store, prefix: 'hostile', concurrency: 8 });
        client.destroy();
        const rejected = Object.values(r.rejected).reduce((a, b) => a + b, 0);
        return {
          fault: 'Hostile files through the real ingest use case', injection: 'S3 upload + created event → DynamoDB Local', runs: `${r.files} files`,
          checked: 'each readable via the store as processed / rejected with its code',
          result: `${r.processed} processed, ${rejected} rejected, lost ${r.lost}`, ok: r.lost === 0 && r.violations.length === 0,
        };
      });
    }
    if (wanted('faults')) {
      await timed(async () => {
        const r = await runFaultScenario(env, { seed, objects: n(60), faultRate: 0.1, concurrency: 8, maxReceives: 20, sdkMaxAttempts: 2 });
        const f = r.faults.injected;
        return {
          fault: 'DynamoDB throttling / 500s / lost responses / UnprocessedItems', injection: `wrapped DynamoDBClient, 10% of attempts, SDK retry with 2 attempts, then up to 20 queue receives (${f.throttle} throttles, ${f['server-error']} 500s, ${f['lost-response']} lost responses, ${f['unprocessed-items']} partial batches in ${r.faults.calls} calls)`,
          runs: `${r.objects} files (${r.articles} articles), ${r.deliveries} deliveries`, checked: 'every item equals a clean run',
          result: `lost ${r.diff.lost.length}, duplicated ${r.diff.duplicated.length}, differing ${r.diff.differing.length}, redeliveries ${r.redeliveries}, gave up ${r.gaveUp}`,
          ok: r.diff.lost.length + r.diff.duplicated.length + r.diff.differing.length + r.gaveUp === 0,
        };
      });
    }
    if (wanted('schedule')) {
      for (const faultRate of [0, 0.05]) {
        await timed(async () => {
          const r = await runScheduleScenario(env, { seed: seed + (faultRate ? 100 : 0), keys: n(80), maxOpsPerKey: 6, maxCopies: 4, concurrency: 16, faultRate, maxReceives: 10 });
          return {
            fault: `Out-of-order, duplicated, concurrent delivery${faultRate ? ' + 5% DynamoDB faults' : ''}`, injection: 'seeded schedule of creates / re-uploads / deletes, shuffled, 1–4 copies each, 16 workers',
            runs: `${r.keys} keys, ${r.events} events, ${r.deliveries} deliveries`, checked: 'every item but the name index equals the newest-event-per-key reference; object record = newest event',
            result: `lost ${r.diff.lost.length}, duplicated ${r.diff.duplicated.length}, differing ${r.diff.differing.length}, wrong newest ${r.wrongNewest}, gave up ${r.gaveUp}`,
            ok: r.diff.lost.length + r.diff.duplicated.length + r.diff.differing.length + r.wrongNewest + r.gaveUp === 0,
          };
        });
      }
    }
  } finally {
    s3.destroy();
    await Promise.all([dynamo.stop(), s3server.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (wanted('burst')) {
    await timed(async () => {
      const r = await runBurst({ files: n(250), seed });
      return {
        fault: 'Burst of uploads in local mode', injection: 'all PUTs at once to the local S3 API → dispatcher → handler', runs: `${r.files} files`,
        checked: 'each processed and readable', result: `${r.processed} processed, lost ${r.lost}, duplicated ${r.duplicated}; uploads ${(r.uploadMs / 1000).toFixed(1)} s, all ingested after ${(r.totalMs / 1000).toFixed(1)} s (${r.filesPerSecond.toFixed(1)} files/s)`,
        ok: r.lost === 0 && r.duplicated === 0 && r.failedMessages === 0,
      };
    });
  }

  console.log(`\n| Fault or input class | How it is injected | Runs | What was checked | Result | Time |`);
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.fault} | ${r.injection} | ${r.runs} | ${r.checked} | ${r.ok ? '' : '**FAILED** '}${r.result} | ${r.seconds.toFixed(1)} s |`);
  console.log(`\nnpm run chaos -- --scale ${scale} --seed ${seed}: ${((Date.now() - started) / 1000).toFixed(0)} s in all, ${new Date().toISOString().slice(0, 10)}`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`chaos run failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
