import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapConcurrent } from '../map-concurrent.js';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

export interface BatchWriteOptions {
  /** Attempts per chunk for UnprocessedItems before giving up (the SDK already retries throttled calls). */
  maxAttempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Chunks in flight at once (default 4): a file of many articles writes thousands of items. */
  concurrency?: number;
}

const BATCH_LIMIT = 25;
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Writes the requests in chunks of 25, a few at a time, and resends UnprocessedItems with
 * exponential backoff and full jitter until none are left; fails loudly (so the message is
 * retried) if they never drain.
 */
export async function batchWrite(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: WriteRequest[],
  options: BatchWriteOptions = {},
): Promise<void> {
  const { maxAttempts = 8, baseDelayMs = 50, sleep = defaultSleep, concurrency = 4 } = options;
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += BATCH_LIMIT) chunks.push(requests.slice(i, i + BATCH_LIMIT));
  await mapConcurrent(chunks, concurrency, async (chunk) => {
    let pending = chunk;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > maxAttempts) {
        throw new Error(`DynamoDB left ${pending.length} write(s) unprocessed after ${maxAttempts} attempts.`);
      }
      if (attempt > 1) await sleep(Math.random() * baseDelayMs * 2 ** (attempt - 2));
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (out.UnprocessedItems?.[tableName] as WriteRequest[] | undefined) ?? [];
    }
  });
}

export type { WriteRequest };
