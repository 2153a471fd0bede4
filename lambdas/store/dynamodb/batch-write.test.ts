import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { batchWrite, type WriteRequest } from './batch-write.js';

const put = (n: number): WriteRequest => ({ PutRequest: { Item: { pk: `p${n}`, sk: 's' } } });

/** A client that leaves the last `leftover` requests of each call unprocessed, `times` times (faults DynamoDB Local cannot produce). */
function throttlingClient(leftover: number, times: number) {
  const calls: WriteRequest[][] = [];
  const client = {
    async send(command: { input: { RequestItems: Record<string, WriteRequest[]> } }) {
      const requests = command.input.RequestItems.t;
      calls.push(requests);
      const unprocessed = calls.length <= times ? requests.slice(-leftover) : [];
      return { UnprocessedItems: unprocessed.length ? { t: unprocessed } : {} };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, calls };
}

describe('batchWrite', () => {
  it('splits into chunks of 25 and resends unprocessed items until none are left', async () => {
    const { client, calls } = throttlingClient(3, 2);
    const delays: number[] = [];
    await batchWrite(client, 't', Array.from({ length: 30 }, (_, i) => put(i)), { sleep: async (ms) => void delays.push(ms), concurrency: 1 });
    expect(calls.map((c) => c.length)).toEqual([25, 3, 3, 5]);
    const written = new Set(calls.flat().map((r) => ('PutRequest' in r ? r.PutRequest.Item.pk : '')));
    expect(written.size).toBe(30);
    expect(delays).toHaveLength(2);
    expect(delays.every((d) => d >= 0 && d <= 100)).toBe(true);
  });

  it('keeps at most `concurrency` chunks in flight and writes every request once', async () => {
    let inFlight = 0;
    let most = 0;
    const written: string[] = [];
    const client = {
      async send(command: { input: { RequestItems: Record<string, WriteRequest[]> } }) {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        for (const r of command.input.RequestItems.t) written.push('PutRequest' in r ? String(r.PutRequest.Item.pk) : '');
        inFlight--;
        return { UnprocessedItems: {} };
      },
    } as unknown as DynamoDBDocumentClient;
    await batchWrite(client, 't', Array.from({ length: 200 }, (_, i) => put(i)), { concurrency: 3 });
    expect(most).toBe(3);
    expect(written.sort()).toEqual(Array.from({ length: 200 }, (_, i) => `p${i}`).sort());
  });

  it('fails loudly when unprocessed items never drain', async () => {
    const { client } = throttlingClient(1, Infinity);
    await expect(batchWrite(client, 't', [put(1)], { maxAttempts: 3, sleep: async () => {} })).rejects.toThrow('unprocessed after 3 attempts');
  });
});
