import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { readIngestConfig } from '../lambdas/config/ingest-config.js';
import { readQueryConfig } from '../lambdas/config/query-config.js';
import { createIngestHandler, ingestHandlerDeps } from '../lambdas/handlers/ingest-handler.js';
import { createQueryHandler, queryHandlerDeps } from '../lambdas/handlers/query-handler.js';
import { listReplayable, replayRecord } from '../lambdas/replay/replay-plan.js';
import { startApiServer, type HttpApiHandler, type RunningApiServer } from './api-gateway-adapter.js';
import { localDynamoDbClient, localS3Client } from './clients.js';
import { createTable } from './create-table.js';
import { IngestDispatcher, type DispatchOutcome } from './ingest-dispatcher.js';
import { INCOMING_PREFIX, LOCAL_BUCKET, LOCAL_HOST, LOCAL_REGION, LOCAL_TABLE, type LocalModeConfig } from './local-config.js';
import { SequencerClock, toS3EventRecord } from './s3-notifications.js';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from './services/dynamodb-local.js';
import { assertPortFree } from './services/ports.js';
import { startS3Server, type RunningS3Server } from './services/s3-server.js';
import { SnapshotScheduler, loadTableSnapshot, saveTableSnapshot } from './services/table-snapshot.js';
import { createStaticSite } from './static-site.js';

export interface LocalMode {
  apiUrl: string;
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  bucket: string;
  tableName: string;
  dataDir: string;
  dispatcher: IngestDispatcher;
  /** Resolves if DynamoDB Local ends on its own (crash), with its exit code. */
  dynamoDbExited: Promise<number | null>;
  /** Stops taking requests, lets running ingests finish (up to drainMs), then stops the services. */
  stop(drainMs?: number): Promise<void>;
}

export interface LocalModeOptions extends LocalModeConfig {
  log?: (line: string) => void;
  /**
   * DynamoDB Local options for benchmarks and tests: `inMemory` skips the snapshot under dataDir
   * (nothing persists), `javaOptions` go to the JVM. `npm start` sets neither.
   */
  dynamoDb?: { inMemory?: boolean; javaOptions?: string[] };
  /**
   * A query handler to serve instead of the one local mode builds (the local-mode bench builds
   * its own, over a read cache whose counters it reads).
   */
  queryHandler?: HttpApiHandler;
}

/**
 * Starts local mode: DynamoDB Local and s3rver with data under dataDir, the table and bucket,
 * the real ingest handler fed with S3-shaped notifications (via SQS-shaped events) for keys under
 * incoming/, and the real query handler behind an HTTP server that speaks API Gateway v2.
 *
 * The table lives in DynamoDB Local's memory and persists as a snapshot file under
 * dataDir/dynamodb, saved when ingestion pauses (at least every 30 s during a long one) and at
 * stop. A run that ended without a clean stop leaves its marker file behind; the next start then
 * replays the bucket, so what the last snapshot missed is ingested again (and what it has is
 * skipped after one read).
 */
export async function startLocalMode(options: LocalModeOptions): Promise<LocalMode> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(options.dataDir);

  // Fail fast, before Java starts, when any port is taken.
  await assertPortFree(options.apiPort, LOCAL_HOST, 'HTTP API', 'NEWSFACTS_API_PORT');
  await assertPortFree(options.s3Port, LOCAL_HOST, 'S3 endpoint', 'NEWSFACTS_S3_PORT');
  await assertPortFree(options.ddbPort, '0.0.0.0', 'DynamoDB Local', 'NEWSFACTS_DDB_PORT');

  let dynamo: RunningDynamoDbLocal | undefined;
  let s3: RunningS3Server | undefined;
  let api: RunningApiServer | undefined;
  let handlerDynamoDb: DynamoDBClient | undefined;
  let handlerS3: S3Client | undefined;
  const stopServices = async () => {
    await api?.stop().catch(() => undefined);
    handlerDynamoDb?.destroy();
    handlerS3?.destroy();
    await s3?.stop().catch(() => undefined);
    await dynamo?.stop().catch(() => undefined);
  };
  try {
    const startingDynamo = startDynamoDbLocal({ port: options.ddbPort, detached: true, javaOptions: options.dynamoDb?.javaOptions });
    const startingS3 = startS3Server({ port: options.s3Port, host: LOCAL_HOST, directory: join(dataDir, 's3'), buckets: [LOCAL_BUCKET] });
    // Keep both handles even when one of them fails, so the other is stopped too.
    const [dynamoResult, s3Result] = await Promise.allSettled([startingDynamo, startingS3]);
    if (dynamoResult.status === 'fulfilled') dynamo = dynamoResult.value;
    if (s3Result.status === 'fulfilled') s3 = s3Result.value;
    if (dynamoResult.status === 'rejected') throw dynamoResult.reason;
    if (s3Result.status === 'rejected') throw s3Result.reason;
    if (!dynamo || !s3) throw new Error('unreachable');

    const ddbClient = localDynamoDbClient(dynamo.endpoint);
    await createTable(ddbClient, LOCAL_TABLE);
    const persist = !options.dynamoDb?.inMemory;
    const tableDir = join(dataDir, 'dynamodb');
    const snapshotFile = join(tableDir, 'table.ndjson.gz');
    const runningMarker = join(tableDir, 'running');
    let recover = false;
    if (persist) {
      const loaded = await loadTableSnapshot(ddbClient, LOCAL_TABLE, snapshotFile);
      if (loaded) log(`loaded ${loaded} items from ${snapshotFile}`);
      // A marker left behind, or a table folder of an older version (DynamoDB Local's own files).
      recover = existsSync(runningMarker) || (!existsSync(snapshotFile) && existsSync(join(tableDir, 'shared-local-instance.db')));
      mkdirSync(tableDir, { recursive: true });
      writeFileSync(runningMarker, `${process.pid}\n`);
    }
    const snapshots = new SnapshotScheduler(() => saveTableSnapshot(ddbClient, LOCAL_TABLE, snapshotFile), {
      quietMs: 2_000, maxDelayMs: 30_000, onError: (error) => log(`could not save the table snapshot: ${(error as Error).message}`),
    });
    const s3Client = localS3Client(s3.endpoint);
    await s3Client.send(new HeadBucketCommand({ Bucket: LOCAL_BUCKET })).catch(() => s3Client.send(new CreateBucketCommand({ Bucket: LOCAL_BUCKET })));
    s3Client.destroy();

    // The real handlers, built from the same configuration as on Lambda (the environment's
    // settings, with local mode's table and prefix) and with clients of the local services.
    handlerDynamoDb = localDynamoDbClient(dynamo.endpoint);
    handlerS3 = localS3Client(s3.endpoint);
    const ingestConfig = readIngestConfig({ ...process.env, TABLE_NAME: LOCAL_TABLE, INCOMING_PREFIX });
    const ingest = createIngestHandler(ingestHandlerDeps(ingestConfig, { dynamoDb: handlerDynamoDb, s3: handlerS3 }));
    const query = options.queryHandler ?? createQueryHandler(queryHandlerDeps(readQueryConfig({ ...process.env, TABLE_NAME: LOCAL_TABLE }), { dynamoDb: handlerDynamoDb }));

    const dispatcher = new IngestDispatcher({ handler: ingest, region: LOCAL_REGION, queueName: 'newsfacts-local-ingest', log });
    dispatcher.onOutcome((outcome: DispatchOutcome) => {
      if (outcome.ok) log(`ingest ${outcome.eventName} ${outcome.key} (${outcome.ms} ms${outcome.attempts > 1 ? `, attempt ${outcome.attempts}` : ''})`);
      if (persist) snapshots.changed();
    });
    const sequencers = new SequencerClock();
    s3.onObjectEvent((event) => {
      // On AWS the bucket notification filters on the prefix; same here.
      if (event.bucket !== LOCAL_BUCKET || !event.key.startsWith(INCOMING_PREFIX)) return;
      void dispatcher.dispatch(event.key, toS3EventRecord(event, sequencers.next(), LOCAL_REGION));
    });

    if (recover) {
      const replayed = await replayBucket(localS3Client(s3.endpoint), dispatcher);
      log(`the last run did not stop cleanly: replaying the ${replayed} object(s) under ${INCOMING_PREFIX} (those already in the table are skipped)`);
    }

    // The explorer (web/dist, built by `npm start`'s prestart) at / and the API docs at /docs, next to the API.
    api = await startApiServer({ port: options.apiPort, host: LOCAL_HOST, handler: query, log, cors: options.corsAllowOrigins?.length ? { allowOrigins: options.corsAllowOrigins } : undefined, site: createStaticSite() });
    const [runningApi, runningS3, runningDynamo] = [api, s3, dynamo];

    return {
      apiUrl: runningApi.url,
      s3Endpoint: runningS3.endpoint,
      dynamoDbEndpoint: runningDynamo.endpoint,
      bucket: LOCAL_BUCKET,
      tableName: LOCAL_TABLE,
      dataDir,
      dispatcher,
      dynamoDbExited: runningDynamo.exited,
      async stop(drainMs = 10_000) {
        // Stop intake first (HTTP API, S3 events), let running ingests finish, then the database.
        await runningApi.stop();
        const s3Stopped = runningS3.stop();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([dispatcher.idle(), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
        clearTimeout(timer);
        await s3Stopped;
        // Without a saved snapshot the marker stays, and the next start replays the bucket.
        if (persist && (await snapshots.flush())) rmSync(runningMarker, { force: true });
        ddbClient.destroy();
        handlerDynamoDb?.destroy();
        handlerS3?.destroy();
        await runningDynamo.stop();
      },
    };
  } catch (err) {
    await stopServices();
    throw err;
  }
}

/** Sends every object under incoming/ through the dispatcher as a replayed upload (scripts/replay). */
async function replayBucket(s3: S3Client, dispatcher: IngestDispatcher): Promise<number> {
  const listPage = async (token: string | undefined) => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: INCOMING_PREFIX, ContinuationToken: token }));
    return {
      objects: (out.Contents ?? []).map((o) => ({ key: o.Key!, size: o.Size ?? 0, eTag: o.ETag, lastModified: o.LastModified })),
      nextToken: out.IsTruncated ? out.NextContinuationToken : undefined,
    };
  };
  let count = 0;
  for await (const object of listReplayable(listPage, { prefix: INCOMING_PREFIX })) {
    void dispatcher.dispatch(object.key, replayRecord(LOCAL_BUCKET, object, LOCAL_REGION));
    count++;
  }
  s3.destroy();
  return count;
}
