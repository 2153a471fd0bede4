import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BatchWriteItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

type StoredItem = Record<string, AttributeValue>;

/**
 * Local mode keeps its table in DynamoDB Local's memory and persists it as a snapshot file: one
 * gzip-compressed JSON line per item, in DynamoDB's own attribute-value form (binary values as
 * base64). DynamoDB Local's on-disk store syncs every item write to disk, which on a typical
 * Linux disk made ingestion several times slower than the same work in memory
 * (docs/LOCAL-MODE.md has the figures). Both directions stream, page by page, so a large table
 * never sits in memory as one string.
 */
export async function saveTableSnapshot(client: DynamoDBClient, tableName: string, file: string): Promise<number> {
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed over the old one, so a crash mid-write never leaves half a snapshot.
  const gzip = createGzip();
  const done = finished(gzip.pipe(createWriteStream(`${file}.tmp`)));
  let count = 0;
  let start: StoredItem | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of out.Items ?? []) {
      if (!gzip.write(`${JSON.stringify(item, encodeBinary)}\n`)) await once(gzip, 'drain');
      count++;
    }
    start = out.LastEvaluatedKey;
  } while (start);
  gzip.end();
  await done;
  renameSync(`${file}.tmp`, file);
  return count;
}

/** Loads a snapshot into an empty table; returns the number of items, 0 when there is no file. */
export async function loadTableSnapshot(client: DynamoDBClient, tableName: string, file: string, concurrency = 8): Promise<number> {
  if (!existsSync(file)) return 0;
  const putBatch = async (items: StoredItem[]) => {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
      if (attempt > 10) throw new Error(`DynamoDB Local left ${pending.length} item(s) of the snapshot unwritten.`);
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  };
  let count = 0;
  let batch: StoredItem[] = [];
  let failure: unknown;
  const inFlight = new Set<Promise<void>>();
  const send = async (items: StoredItem[]) => {
    if (failure) throw failure;
    const write: Promise<void> = putBatch(items)
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };
  for await (const line of createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(JSON.parse(line, decodeBinary) as StoredItem);
    count++;
    if (batch.length === 25) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  await Promise.all(inFlight);
  if (failure) throw failure;
  return count;
}

function encodeBinary(this: unknown, _key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $base64: Buffer.from(value).toString('base64') } : value;
}

function decodeBinary(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$base64' in value && Object.keys(value).length === 1) {
    return new Uint8Array(Buffer.from((value as { $base64: string }).$base64, 'base64'));
  }
  return value;
}

/**
 * When to write the snapshot: once writes have been quiet for `quietMs`, and at least every
 * `maxDelayMs` while they keep coming (a long backfill), one save at a time; but never sooner than
 * 10 times the last save's duration after its start, so that saving a large table takes at most
 * a tenth of the emulator's time. `flush` saves now if anything changed (at shutdown).
 */
export class SnapshotScheduler {
  private timer: NodeJS.Timeout | undefined;
  private firstChangeAt = 0;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();
  /** The earliest time the next save may start. */
  private nextAllowedAt = 0;

  constructor(
    private readonly save: () => Promise<unknown>,
    private readonly options: { quietMs: number; maxDelayMs: number; onError: (error: unknown) => void; now?: () => number },
  ) {}

  changed(): void {
    const now = this.options.now?.() ?? Date.now();
    this.dirty = true;
    if (!this.firstChangeAt) this.firstChangeAt = now;
    clearTimeout(this.timer);
    const due = Math.min(now + this.options.quietMs, this.firstChangeAt + this.options.maxDelayMs);
    const wait = Math.max(0, due - now, this.nextAllowedAt - now);
    this.timer = setTimeout(() => void this.flush(), wait);
    this.timer.unref();
  }

  /** Saves now if anything changed; resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.saving = this.saving.then(async () => {
      if (!this.dirty) return;
      // Changes that land while the table is read mark it dirty again for the next save.
      this.dirty = false;
      this.firstChangeAt = 0;
      const now = this.options.now ?? Date.now;
      const startedAt = now();
      try {
        await this.save();
        this.nextAllowedAt = startedAt + 10 * (now() - startedAt);
      } catch (error) {
        this.dirty = true;
        this.options.onError(error);
      }
    });
    await this.saving;
    return !this.dirty;
  }
}
