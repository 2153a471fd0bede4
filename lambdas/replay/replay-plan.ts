// The replay use case behind `npm run replay` and local mode's recovery, free of AWS clients so it can be unit-tested:
// which objects to replay, the S3 event notification each becomes, and sending them in batches
// with retries of the entries that failed.
import type { S3EventRecord } from 'aws-lambda';
import { s3EventRecordOf } from '../aws/s3-notification.js';
import { REFRESH_SEQUENCER, REPLAY_SEQUENCER } from '../store/sequencer.js';

export { REFRESH_SEQUENCER, REPLAY_SEQUENCER };

export interface ListedObject {
  /** Decoded key, as ListObjectsV2 returns it. */
  key: string;
  size: number;
  eTag?: string;
  lastModified?: Date;
}

export interface ListPage {
  objects: ListedObject[];
  nextToken?: string;
}

export interface ListFilter {
  prefix: string;
  /** Only objects modified at or after this time. */
  since?: Date;
  /** Stop after this many objects. */
  limit?: number;
}

/** Every replayable object under the prefix, page after page; folder markers are skipped. */
export async function* listReplayable(listPage: (token: string | undefined) => Promise<ListPage>, filter: ListFilter): AsyncGenerator<ListedObject> {
  let token: string | undefined;
  let yielded = 0;
  do {
    const page = await listPage(token);
    for (const object of page.objects) {
      if (!object.key.startsWith(filter.prefix) || object.key.endsWith('/')) continue;
      if (filter.since && object.lastModified && object.lastModified < filter.since) continue;
      yield object;
      if (filter.limit !== undefined && ++yielded >= filter.limit) return;
    }
    token = page.nextToken;
  } while (token);
}

/**
 * The `ObjectCreated:Put` record S3 would have sent for this object; with `refresh`, one that has
 * the object processed again over what the table holds (REFRESH_SEQUENCER).
 */
export function replayRecord(bucket: string, object: ListedObject, region: string, now: Date = new Date(), options: { refresh?: boolean } = {}): S3EventRecord {
  return s3EventRecordOf({
    eventName: 'ObjectCreated:Put', bucket, key: object.key, size: object.size, eTag: object.eTag, sequencer: options.refresh ? REFRESH_SEQUENCER : REPLAY_SEQUENCER,
    region, eventTime: now.toISOString(), origin: 'newsfacts-replay',
  });
}

export interface MessageEntry {
  /** Unique within its batch: letters, digits, `-` and `_`, at most 80 characters (SQS). */
  Id: string;
  MessageBody: string;
  /** The object key, to report failures. */
  key: string;
}

/** One message per object, as S3 sends them, so SQS retries and the DLQ work per object. */
export function toEntries(records: S3EventRecord[]): MessageEntry[] {
  return records.map((record, i) => ({ Id: `m${i}`, MessageBody: JSON.stringify({ Records: [record] }), key: record.s3.object.key }));
}

/** SendMessageBatch: answers the ids of the entries that failed. */
export type SendBatch = (entries: MessageEntry[]) => Promise<{ failedIds: string[] }>;

export interface SendReport {
  sent: number;
  /** Keys (as encoded in the record) that still failed after every attempt. */
  failedKeys: string[];
}

/** Sends entries ten at a time, resending the failed ones with exponential backoff. */
export async function sendInBatches(
  entries: MessageEntry[],
  send: SendBatch,
  options: { batchSize?: number; maxAttempts?: number; sleep?: (ms: number) => Promise<void>; baseDelayMs?: number } = {},
): Promise<SendReport> {
  const { batchSize = 10, maxAttempts = 4, baseDelayMs = 200, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) } = options;
  if (batchSize < 1 || batchSize > 10) throw new Error('An SQS batch holds 1 to 10 messages.');
  let sent = 0;
  const failedKeys: string[] = [];
  for (let i = 0; i < entries.length; i += batchSize) {
    let pending = entries.slice(i, i + batchSize);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const { failedIds } = await send(pending);
      const failed = new Set(failedIds);
      sent += pending.filter((e) => !failed.has(e.Id)).length;
      pending = pending.filter((e) => failed.has(e.Id));
      if (pending.length === 0) break;
      if (attempt >= maxAttempts) {
        failedKeys.push(...pending.map((e) => e.key));
        break;
      }
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
  }
  return { sent, failedKeys };
}
