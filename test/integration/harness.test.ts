import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { integrationEnv } from './support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());

describe('integration harness', () => {
  it('serves the table with the GSIs and projections of the schema', async () => {
    const { Table } = await env.dynamodb.send(new DescribeTableCommand({ TableName: env.tableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['gsi1', 'gsi2']);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    for (const index of Table?.GlobalSecondaryIndexes ?? []) {
      expect(index.Projection).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['s', 'st'] });
    }
  });

  it('puts and gets an item in DynamoDB Local', async () => {
    const item = { pk: 'HARNESS#1', sk: 'ITEM', gsi1pk: 'H', gsi1sk: '1', name: 'Ünïcode “quotes”' };
    await env.documentClient.send(new PutCommand({ TableName: env.tableName, Item: item }));
    const { Item } = await env.documentClient.send(new GetCommand({ TableName: env.tableName, Key: { pk: 'HARNESS#1', sk: 'ITEM' } }));
    expect(Item).toEqual(item);
  });

  it('puts and gets an object in s3rver with the test/test credentials', async () => {
    const key = 'incoming/harness/ü file (1).txt';
    const body = 'Caracas, 16 February — “Hello”.\n';
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: body }));
    const object = await env.s3.send(new GetObjectCommand({ Bucket: env.bucket, Key: key }));
    expect(await object.Body?.transformToString('utf-8')).toBe(body);
  });

  it('pages ListObjectsV2 with continuation tokens', async () => {
    for (let i = 0; i < 3; i++) await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: `paging/${i}.txt`, Body: String(i) }));
    const first = await env.s3.send(new ListObjectsV2Command({ Bucket: env.bucket, Prefix: 'paging/', MaxKeys: 2 }));
    expect(first.Contents?.map((o) => o.Key)).toEqual(['paging/0.txt', 'paging/1.txt']);
    const second = await env.s3.send(new ListObjectsV2Command({ Bucket: env.bucket, Prefix: 'paging/', MaxKeys: 2, ContinuationToken: first.NextContinuationToken }));
    expect(second.Contents?.map((o) => o.Key)).toEqual(['paging/2.txt']);
  });

  it('exposes the endpoints to code that reads the environment (handlers)', () => {
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBe(env.dynamoDbEndpoint);
    expect(process.env.AWS_ENDPOINT_URL_S3).toBe(env.s3Endpoint);
    expect(process.env.TABLE_NAME).toBe(env.tableName);
  });
});
