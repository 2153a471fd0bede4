// Delivery scenarios against DynamoDB Local + S3: the same events applied cleanly to a reference
// table and adversarially (faults injected, or shuffled, duplicated and concurrent) to another;
// the two tables must hold the same items.
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ingestObjectEvent, type IngestDeps, type IngestOutcome } from '../../lambdas/ingest/ingest-object.js';
import type { ObjectEvent } from '../../lambdas/ingest/object-event.js';
import { S3ObjectReader } from '../../lambdas/aws/s3-object-reader.js';
import type { ArticleStore } from '../../lambdas/store/article-store.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { mapConcurrent } from '../../lambdas/store/map-concurrent.js';
import { normalizeSequencer } from '../../lambdas/store/sequencer.js';
import { localDocumentClient, localDynamoDbClient } from '../../local/clients.js';
import { createTable } from '../../local/create-table.js';
import { LOCAL_REGION } from '../../local/local-config.js';
import { LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY } from '../../local/services/s3-server.js';
import { faultyDynamoDbClient, type FaultCounts } from './faulty-dynamodb.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import { objectBody } from './stories.js';
import { diffSnapshots, tableSnapshot, type SnapshotDiff } from './table-snapshot.js';

export interface ChaosEnv {
  dynamoDbEndpoint: string;
  s3: S3Client;
  bucket: string;
}

/** Receive time used by every run, so reference and chaos runs write identical items. */
const FIXED_NOW = () => new Date('2026-01-01T00:00:00.000Z');
const MAX_BYTES = 1_000_000;

export interface DeliveryStats {
  deliveries: number;
  /** Deliveries that threw and were delivered again (the queue's redelivery). */
  redeliveries: number;
  /** Events that still failed after the last receive (on AWS: the dead-letter queue). */
  gaveUp: number;
  outcomes: Record<string, number>;
}

/** Applies an event as SQS + Lambda would: a throw means the message comes back, up to maxReceives times. */
async function deliver(event: ObjectEvent, deps: IngestDeps, stats: DeliveryStats, maxReceives: number, rng: SeededRandom): Promise<void> {
  for (let receive = 1; receive <= maxReceives; receive++) {
    stats.deliveries++;
    let outcome: IngestOutcome;
    try {
      outcome = await ingestObjectEvent(event, deps);
    } catch {
      if (receive === maxReceives) {
        stats.gaveUp++;
        return;
      }
      stats.redeliveries++;
      await new Promise((r) => setTimeout(r, rng.int(5, 20 * receive)));
      continue;
    }
    stats.outcomes[outcome.status] = (stats.outcomes[outcome.status] ?? 0) + 1;
    return;
  }
}

async function freshTable(endpoint: string, label: string): Promise<{ store: ArticleStore; name: string; snapshot: (withoutNames?: boolean) => ReturnType<typeof tableSnapshot>; destroy: () => void }> {
  const client = localDynamoDbClient(endpoint);
  const name = `chaos-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await createTable(client, name);
  const doc = localDocumentClient(client);
  return { store: createDynamoDbArticleStore({ client, tableName: name }), name, snapshot: (withoutNames) => tableSnapshot(doc, name, { withoutNames }), destroy: () => client.destroy() };
}

const sequencerOf = (n: number) => n.toString(16).toUpperCase().padStart(20, '0');

export interface FaultScenarioOptions {
  seed: number;
  objects: number;
  /** Share of DynamoDB attempts that fail. */
  faultRate: number;
  concurrency: number;
  maxReceives: number;
  /** Attempts the SDK makes per call (its default is 3); fewer lets more faults reach the queue-level retry. */
  sdkMaxAttempts?: number;
}

export interface FaultScenarioReport extends DeliveryStats {
  objects: number;
  articles: number;
  faults: FaultCounts;
  diff: SnapshotDiff;
  ms: number;
}

/**
 * Ingests `objects` files once cleanly into a reference table, then again into a table behind a
 * client that throttles, fails with 500s (before and after applying) and leaves UnprocessedItems;
 * the SDK's retry strategy and queue-style redelivery must make the two tables equal.
 */
export async function runFaultScenario(env: ChaosEnv, options: FaultScenarioOptions): Promise<FaultScenarioReport> {
  const rng = seededRandom(options.seed);
  const prefix = `incoming/chaos-faults-${options.seed}-${Date.now()}`;
  const events: ObjectEvent[] = [];
  let articles = 0;
  for (let i = 0; i < options.objects; i++) {
    const key = `${prefix}/story-${i}.${rng.chance(0.3) ? 'json' : 'txt'}`;
    const { body, articles: n } = objectBody(rng, `object ${i}`);
    const finalBody = key.endsWith('.json') && !body.startsWith('[') ? JSON.stringify({ title: `Object ${i}`, body }) : body;
    articles += n;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: finalBody }));
    events.push({ kind: 'created', bucket: env.bucket, key, versionId: null, sequencer: sequencerOf(i + 1), size: Buffer.byteLength(finalBody) });
  }
  const objects = new S3ObjectReader(env.s3);
  const reference = await freshTable(env.dynamoDbEndpoint, 'reference');
  const chaos = await freshTable(env.dynamoDbEndpoint, 'faults');
  const faulty = faultyDynamoDbClient(
    { endpoint: env.dynamoDbEndpoint, region: LOCAL_REGION, maxAttempts: options.sdkMaxAttempts ?? 3, credentials: { accessKeyId: LOCAL_ACCESS_KEY_ID, secretAccessKey: LOCAL_SECRET_ACCESS_KEY } },
    // Few calls are batches (entity names), so they fail more often to exercise UnprocessedItems.
    { rng: seededRandom(options.seed + 1), rate: options.faultRate, batchRate: Math.max(options.faultRate, 0.6) },
  );
  try {
    const quiet: DeliveryStats = { deliveries: 0, redeliveries: 0, gaveUp: 0, outcomes: {} };
    await mapConcurrent(events, options.concurrency, (e) => deliver(e, { store: reference.store, objects, maxObjectBytes: MAX_BYTES, now: FIXED_NOW }, quiet, 1, rng));
    if (quiet.gaveUp > 0) throw new Error('the reference run failed without any injected fault');

    const started = Date.now();
    const stats: DeliveryStats = { deliveries: 0, redeliveries: 0, gaveUp: 0, outcomes: {} };
    const store = createDynamoDbArticleStore({ client: faulty.client, tableName: chaos.name });
    await mapConcurrent(events, options.concurrency, (e) => deliver(e, { store, objects, maxObjectBytes: MAX_BYTES, now: FIXED_NOW }, stats, options.maxReceives, rng));
    const ms = Date.now() - started;
    const diff = diffSnapshots(await reference.snapshot(), await chaos.snapshot());
    return { objects: options.objects, articles, ...stats, faults: faulty.counts, diff, ms };
  } finally {
    faulty.client.destroy();
    reference.destroy();
    chaos.destroy();
  }
}

export interface ScheduleScenarioOptions {
  seed: number;
  keys: number;
  /** Each key gets 1..maxOpsPerKey operations: a create, then re-uploads and deletes. */
  maxOpsPerKey: number;
  /** Each event is delivered 1..maxCopies times. */
  maxCopies: number;
  concurrency: number;
  /** Optional DynamoDB faults on top (0 = none). */
  faultRate?: number;
  maxReceives?: number;
}

export interface ScheduleScenarioReport extends DeliveryStats {
  keys: number;
  events: number;
  /** Keys whose newest event is a delete. */
  deletedKeys: number;
  /** Keys whose stored object record is not the newest event's. */
  wrongNewest: number;
  diff: SnapshotDiff;
  ms: number;
}

/**
 * A seeded schedule of creates, re-uploads and deletes per key, applied to S3 in order; their
 * events are then delivered shuffled, duplicated and concurrently. Every item but the name index
 * (article partitions, entity, source and fact entries) must equal those of a reference table
 * that received only the newest event per key.
 */
export async function runScheduleScenario(env: ChaosEnv, options: ScheduleScenarioOptions): Promise<ScheduleScenarioReport> {
  const rng = seededRandom(options.seed);
  const prefix = `incoming/chaos-schedule-${options.seed}-${Date.now()}`;
  const remaining = Array.from({ length: options.keys }, (_, k) => ({ key: `${prefix}/key-${k}.${rng.chance(0.4) ? 'json' : 'txt'}`, ops: rng.int(1, options.maxOpsPerKey), done: 0 }));
  const events: ObjectEvent[] = [];
  const newest = new Map<string, ObjectEvent>();
  let clock = 0;
  // Interleave the keys' operations randomly, as independent uploaders would.
  while (remaining.some((r) => r.done < r.ops)) {
    const slot = rng.pick(remaining.filter((r) => r.done < r.ops));
    const remove = slot.done > 0 && rng.chance(0.3);
    const sequencer = sequencerOf(++clock);
    let event: ObjectEvent;
    if (remove) {
      await env.s3.send(new DeleteObjectCommand({ Bucket: env.bucket, Key: slot.key }));
      event = { kind: 'removed', bucket: env.bucket, key: slot.key, versionId: null, sequencer, size: null };
    } else {
      const { body } = objectBody(rng, `${slot.key} v${slot.done}`);
      const finalBody = slot.key.endsWith('.json') && !body.startsWith('[') ? JSON.stringify({ title: `Version ${slot.done}`, body }) : body;
      await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: slot.key, Body: finalBody }));
      event = { kind: 'created', bucket: env.bucket, key: slot.key, versionId: null, sequencer, size: Buffer.byteLength(finalBody) };
    }
    slot.done++;
    events.push(event);
    newest.set(slot.key, event);
  }

  const objects = new S3ObjectReader(env.s3);
  const reference = await freshTable(env.dynamoDbEndpoint, 'newest');
  const chaos = await freshTable(env.dynamoDbEndpoint, 'schedule');
  const faulty = options.faultRate
    ? faultyDynamoDbClient({ endpoint: env.dynamoDbEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: LOCAL_ACCESS_KEY_ID, secretAccessKey: LOCAL_SECRET_ACCESS_KEY } }, { rng: seededRandom(options.seed + 1), rate: options.faultRate })
    : null;
  try {
    const quiet: DeliveryStats = { deliveries: 0, redeliveries: 0, gaveUp: 0, outcomes: {} };
    await mapConcurrent([...newest.values()], options.concurrency, (e) => deliver(e, { store: reference.store, objects, maxObjectBytes: MAX_BYTES, now: FIXED_NOW }, quiet, 1, rng));
    if (quiet.gaveUp > 0) throw new Error('the reference run failed');

    const deliveries = rng.shuffle(events.flatMap((e) => Array.from({ length: rng.int(1, options.maxCopies) }, () => e)));
    const store = faulty ? createDynamoDbArticleStore({ client: faulty.client, tableName: chaos.name }) : chaos.store;
    const stats: DeliveryStats = { deliveries: 0, redeliveries: 0, gaveUp: 0, outcomes: {} };
    const started = Date.now();
    await mapConcurrent(deliveries, options.concurrency, (e) => deliver(e, { store, objects, maxObjectBytes: MAX_BYTES, now: FIXED_NOW }, stats, options.maxReceives ?? 10, rng));
    const ms = Date.now() - started;

    let wrongNewest = 0;
    for (const [key, event] of newest) {
      const state = await chaos.store.objectState(key);
      if (state.applied?.sequencer !== normalizeSequencer(event.sequencer)) wrongNewest++;
    }
    const diff = diffSnapshots(await reference.snapshot(true), await chaos.snapshot(true));
    const deletedKeys = [...newest.values()].filter((e) => e.kind === 'removed').length;
    return { keys: options.keys, events: events.length, deletedKeys, wrongNewest, ...stats, diff, ms };
  } finally {
    faulty?.client.destroy();
    reference.destroy();
    chaos.destroy();
  }
}
