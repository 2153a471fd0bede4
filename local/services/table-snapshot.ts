import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BatchWriteItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

type StoredItem = Record<string, AttributeValue>;

/**
 * Local mode keeps its table in DynamoDB Local's memory and persists it as a snapshot file: one
 * gzip-compressed JSON line per item, in DynamoDB's own attribute-value form (binary values as
 * base64). DynamoDB Local's on-disk store syncs every item write to disk, which on a typical
 * Linux disk made ingestion several times slower than the same work in memory
 * (docs/LOCAL-MODE.md has the figures).
 */
export async function saveTableSnapshot(client: DynamoDBClient, tableName: string, file: string): Promise<number> {
  const lines: string[] = [];
  let start: StoredItem | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of out.Items ?? []) lines.push(JSON.stringify(item, encodeBinary));
    start = out.LastEvaluatedKey;
  } while (start);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed over the old one, so a crash mid-write never leaves half a snapshot.
  writeFileSync(`${file}.tmp`, gzipSync(lines.join('\n')));
  renameSync(`${file}.tmp`, file);
  return lines.length;
}

/** Loads a snapshot into an empty table; returns the number of items, 0 when there is no file. */
export async function loadTableSnapshot(client: DynamoDBClient, tableName: string, file: string, concurrency = 8): Promise<number> {
  if (!existsSync(file)) return 0;
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const items = text ? text.split('\n').map((line) => JSON.parse(line, decodeBinary) as StoredItem) : [];
  const batches: StoredItem[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let pending = batches[next++].map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
        if (attempt > 10) throw new Error(`DynamoDB Local left ${pending.length} item(s) of the snapshot unwritten.`);
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
        pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return items.length;
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
 * `maxDelayMs` while they keep coming (a long backfill), one save at a time. `flush` saves now
 * if anything changed (at shutdown).
 */
export class SnapshotScheduler {
  private timer: NodeJS.Timeout | undefined;
  private firstChangeAt = 0;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: () => Promise<unknown>,
    private readonly options: { quietMs: number; maxDelayMs: number; onError: (error: unknown) => void; now?: () => number },
  ) {}

  changed(): void {
    const now = this.options.now?.() ?? Date.now();
    this.dirty = true;
    if (!this.firstChangeAt) this.firstChangeAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.quietMs, this.firstChangeAt + this.options.maxDelayMs - now));
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
      try {
        await this.save();
      } catch (error) {
        this.dirty = true;
        this.options.onError(error);
      }
    });
    await this.saving;
    return !this.dirty;
  }
}
