import { randomUUID } from 'node:crypto';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { readIngestConfig } from '../../lambdas/config/ingest-config.js';
import { createIngestHandler, ingestHandlerDeps } from '../../lambdas/handlers/ingest-handler.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { integrationEnv } from './support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
// The handler as the Lambda builds it, on the emulators' clients; the fifth receive is the last.
const handler = createIngestHandler(ingestHandlerDeps(readIngestConfig({ TABLE_NAME: env.tableName, MAX_RECEIVE_COUNT: '5' }), { dynamoDb: env.dynamodb, s3: env.s3 }));

/** An SQS message carrying an S3 notification, encoded the way S3 encodes keys. */
function sqsRecord(bucket: string, key: string, sequencer: string, receiveCount = 1): SQSRecord {
  const encoded = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: encoded, size: 100, sequencer } } }] };
  return {
    messageId: randomUUID(), receiptHandle: 'r', body: JSON.stringify(body), md5OfBody: '', eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest', awsRegion: 'us-east-1', messageAttributes: {},
    attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
  };
}

describe('the ingest Lambda handler', () => {
  it('decodes S3 keys and processes every record of the batch', async () => {
    const key = `incoming/World News + Politics/ü caracas (1) ${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: 'Talks resume\n\nGENEVA, May 2 - Negotiators from Acme Corp met again on Monday.' }));
    const event: SQSEvent = { Records: [sqsRecord(env.bucket, key, '0A')] };
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ key, status: 'processed', title: expect.stringContaining('Talks') });
  });

  it('reports only the failing message, and on its last receive records the file as rejected', async () => {
    const good = `incoming/good-${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: good, Body: 'A short note about Nairobi.' }));
    const missingBucket = `no-such-bucket-${randomUUID().slice(0, 8)}`;
    const poison = `incoming/poison-${randomUUID()}.txt`;
    const early = sqsRecord(missingBucket, poison, '01', 1);
    const last = sqsRecord(missingBucket, poison, '01', 5);

    expect(await handler({ Records: [sqsRecord(env.bucket, good, '01'), early] })).toEqual({ batchItemFailures: [{ itemIdentifier: early.messageId }] });
    expect(await store.getArticle(articleIdForKey(good))).toMatchObject({ status: 'processed' });
    expect(await store.getArticle(articleIdForKey(poison))).toBeNull();

    expect(await handler({ Records: [last] })).toEqual({ batchItemFailures: [{ itemIdentifier: last.messageId }] });
    expect(await store.getArticle(articleIdForKey(poison))).toMatchObject({ status: 'rejected', error: { code: 'PROCESSING_FAILED' } });

    // After the fix (here: the bucket exists), the redriven message is processed for real.
    await env.s3.send(new CreateBucketCommand({ Bucket: missingBucket }));
    await env.s3.send(new PutObjectCommand({ Bucket: missingBucket, Key: poison, Body: 'Redriven story from Lagos.' }));
    expect(await handler({ Records: [last] })).toEqual({ batchItemFailures: [] });
    expect(await store.getArticle(articleIdForKey(poison))).toMatchObject({ status: 'processed', key: poison });
  });
});
