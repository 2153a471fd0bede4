import { randomUUID } from 'node:crypto';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { readIngestConfig } from '../../../lambdas/config/ingest-config.js';
import { createIngestHandler, ingestHandlerDeps } from '../../../lambdas/handlers/ingest-handler.js';
import { createDynamoDbArticleStore } from '../../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../../lambdas/store/ids.js';
import { encodeS3Key } from '../../../lambdas/aws/s3-notification.js';
import { redriveLocal } from '../../../scripts/redrive.js';
import { integrationEnv } from '../support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
const handler = createIngestHandler(ingestHandlerDeps(readIngestConfig({ TABLE_NAME: env.tableName }), { dynamoDb: env.dynamodb, s3: env.s3 }));

function lastReceive(bucket: string, key: string, sequencer: string): SQSEvent {
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: encodeS3Key(key), size: 100, sequencer } } }] };
  const record: SQSRecord = {
    messageId: randomUUID(), receiptHandle: 'r', body: JSON.stringify(body), md5OfBody: '', eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest', awsRegion: 'us-east-1', messageAttributes: {},
    attributes: { ApproximateReceiveCount: '99', SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
  };
  return { Records: [record] };
}

describe('npm run redrive in local mode', () => {
  it('replays every PROCESSING_FAILED file with its own sequencer; the fixed ones end processed, the others stay rejected', async () => {
    const prefix = `incoming/redrive-${randomUUID()}/`;
    const fixedBucket = `redrive-fixed-${randomUUID().slice(0, 8)}`;
    const brokenBucket = `redrive-broken-${randomUUID().slice(0, 8)}`;
    const fixed = `${prefix}fixed story.txt`;
    const broken = `${prefix}still broken.txt`;
    // Both fail on every receive (their bucket does not exist) and are recorded on the last one.
    for (const [bucket, key] of [[fixedBucket, fixed], [brokenBucket, broken]]) {
      const response = await handler(lastReceive(bucket, key, '0000000000000000AB'));
      expect(response.batchItemFailures).toHaveLength(1);
      expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'rejected', error: { code: 'PROCESSING_FAILED' } });
    }

    const dry = await redriveLocal({ store, handler, prefix, dryRun: true });
    expect(dry.found.sort()).toEqual([fixed, broken].sort());
    expect(dry.redriven).toEqual([]);

    // The fix: one bucket and its file now exist.
    await env.s3.send(new CreateBucketCommand({ Bucket: fixedBucket }));
    await env.s3.send(new PutObjectCommand({ Bucket: fixedBucket, Key: fixed, Body: 'Harbour reopens\n\nLAGOS, May 2 - The harbour of Lagos reopened on Monday, officials said.' }));
    const report = await redriveLocal({ store, handler, prefix });
    expect(report).toEqual({ found: expect.arrayContaining([fixed, broken]), redriven: [fixed], stillFailing: [broken] });
    expect(await store.getArticle(articleIdForKey(fixed))).toMatchObject({ status: 'processed', key: fixed, bucket: fixedBucket });
    expect(await store.getArticle(articleIdForKey(broken))).toMatchObject({ status: 'rejected', error: { code: 'PROCESSING_FAILED' } });
    expect((await store.objectState(fixed)).applied).toEqual({ sequencer: expect.stringMatching(/AB$/), failed: false });

    // Nothing left to replay for the fixed file; a second run finds only the broken one.
    expect((await redriveLocal({ store, handler, prefix, dryRun: true })).found).toEqual([broken]);
  });
});
