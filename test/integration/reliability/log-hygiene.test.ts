import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDynamoDbArticleStore } from '../../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../../lambdas/store/ids.js';
import { encodeS3Key } from '../../../lambdas/aws/s3-notification.js';
import { integrationEnv } from '../support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });

// A sentence no other test or dictionary holds, long enough that any full copy in a log is a leak.
const MARKER = `The quartermaster ${randomUUID()} confirmed that the violet ledger of Port Arkady was sealed at dawn before the council met.`;
const FAKE_SECRET = `wJalrXUtnFEMI/K7MDENG/${randomUUID().replace(/-/g, '')}`;

function sqsEvent(key: string, sequencer: string, receiveCount: number): SQSEvent {
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: env.bucket }, object: { key: encodeS3Key(key), size: 1000, sequencer } } }] };
  const record: SQSRecord = {
    messageId: randomUUID(), receiptHandle: 'r', body: JSON.stringify(body), md5OfBody: '', eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest', awsRegion: 'us-east-1', messageAttributes: {},
    attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
  };
  return { Records: [record] };
}

/** Everything written to stdout and stderr while `work` runs (the Lambda logger writes there). */
async function captureOutput(work: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write),
  );
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks.join('');
}

/** The longest run of the marker that appears in the text. */
function longestMarkerRun(text: string): number {
  let best = 0;
  for (let start = 0; start < MARKER.length; start += 5) {
    let lo = best;
    while (start + lo < MARKER.length && text.includes(MARKER.slice(start, start + lo + 1))) lo++;
    best = Math.max(best, lo);
  }
  return best;
}

describe('ingest logs', () => {
  it('carry no article text beyond short excerpts and no secrets', async () => {
    const prefix = `incoming/log-hygiene-${randomUUID()}`;
    const processed = `${prefix}/story.txt`;
    const malformed = `${prefix}/broken.json`;
    const feed = `${prefix}/feed.xml`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: processed, Body: `Port Arkady ledger sealed\n\nPORT ARKADY, May 2 - ${MARKER} "${MARKER}" said the clerk.` }));
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: malformed, Body: `{"title": "${MARKER}", "body": "${MARKER}` }));
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: feed, Body: `<rss><channel><item><title>${MARKER}</title><description>${MARKER}` }));

    let output = await captureOutput(async () => {
      const { handler } = await import('../../../lambdas/handlers/ingest.js');
      for (const key of [processed, malformed, feed]) expect(await handler(sqsEvent(key, '0A', 1))).toEqual({ batchItemFailures: [] });
    });
    expect((await store.getArticle(articleIdForKey(processed)))?.status).toBe('processed');
    expect((await store.getArticle(articleIdForKey(malformed)))?.status).toBe('rejected');

    // A failing read on its last receive: the error path logs too. The handler is loaded afresh
    // with a secret key in its environment, which must not reach the logs either.
    const realSecret = process.env.AWS_SECRET_ACCESS_KEY;
    const missingBucket = `no-such-bucket-${randomUUID().slice(0, 8)}`;
    output += await captureOutput(async () => {
      process.env.AWS_SECRET_ACCESS_KEY = FAKE_SECRET;
      vi.resetModules();
      try {
        const { handler } = await import('../../../lambdas/handlers/ingest.js');
        const event = sqsEvent(`${prefix}/poison.txt`, '0B', 5);
        event.Records[0].body = event.Records[0].body.replace(env.bucket, missingBucket);
        const response = await handler(event);
        expect(response.batchItemFailures).toHaveLength(1);
      } finally {
        process.env.AWS_SECRET_ACCESS_KEY = realSecret;
        vi.resetModules();
      }
    });

    // The logs are really there (so the checks below are not vacuous) …
    expect(output).toContain(processed);
    expect(output).toContain('Object event failed');
    // … and hold at most a short excerpt of the article, and no secret.
    expect(output).not.toContain(MARKER);
    expect(longestMarkerRun(output)).toBeLessThanOrEqual(100);
    expect(output).not.toContain(FAKE_SECRET);
    expect(output).not.toMatch(/(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/);
  });
});
