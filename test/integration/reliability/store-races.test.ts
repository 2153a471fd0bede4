import { randomUUID } from 'node:crypto';
import { InternalServerError } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestObjectEvent, type IngestDeps, type IngestOutcome } from '../../../lambdas/ingest/ingest-object.js';
import type { ObjectEvent } from '../../../lambdas/ingest/object-event.js';
import { S3ObjectReader } from '../../../lambdas/aws/s3-object-reader.js';
import { createDynamoDbArticleStore } from '../../../lambdas/store/dynamodb/dynamodb-article-store.js';
import type { ArticleWriter } from '../../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../../lambdas/store/ids.js';
import { localDynamoDbClient } from '../../../local/clients.js';
import { integrationEnv } from '../support/env.js';

// Deterministic versions of the two interleavings the seeded scenarios (delivery.test.ts) found.
const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
const objects = new S3ObjectReader(env.s3);
const deps: IngestDeps = { store, objects, maxObjectBytes: 1_000_000 };
const STORY = 'Acme opens office\n\nLAGOS, March 4 - Acme Corp opened an office in Lagos, chief executive Tunde Bakare said. "We are ready," Bakare said.';

async function created(key: string, sequencer: string): Promise<ObjectEvent> {
  return { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer, size: STORY.length };
}

/**
 * Ingests an older event (01) whose client stalls after its manifest write, before its entries,
 * while a newer event (02) is ingested in full; then lets the older one go on. With `dies`, it
 * times out at its next single-item put (its commit) instead.
 */
async function overtakenMidWrite(key: string, options: { dies: boolean }): Promise<{ older: Promise<IngestOutcome>; olderEvent: ObjectEvent }> {
  await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: STORY }));
  let release!: () => void;
  const newerDone = new Promise<void>((resolve) => (release = resolve));
  let batchWrites = 0;
  const client = localDynamoDbClient(env.dynamoDbEndpoint);
  client.middlewareStack.add((next, context) => async (args) => {
    if (context.commandName === 'BatchWriteItemCommand' && ++batchWrites === 2) await newerDone;
    if (options.dies && context.commandName === 'PutItemCommand') throw new Error('Task timed out');
    return next(args);
  }, { step: 'initialize' });
  const olderEvent = await created(key, '01');
  const older = ingestObjectEvent(olderEvent, { ...deps, store: createDynamoDbArticleStore({ client, tableName: env.tableName }) });
  await new Promise((r) => setTimeout(r, 200));
  expect(await ingestObjectEvent(await created(key, '02'), deps)).toMatchObject({ status: 'processed' });
  release();
  return { older: older.finally(() => client.destroy()), olderEvent };
}

/** Every item an object's generation wrote in any partition (index entries, manifests, records). */
async function itemsOfGeneration(key: string, sequencer: string): Promise<unknown[]> {
  const gen = sequencer.padStart(32, '0');
  const items: unknown[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await env.documentClient.send(new ScanCommand({
      TableName: env.tableName, ConsistentRead: true, ExclusiveStartKey: start,
      FilterExpression: 'contains(sk, :entry) OR (pk = :article AND gen = :gen)',
      ExpressionAttributeValues: { ':entry': `#${articleIdForKey(key)}#${gen}`, ':article': `A#${articleIdForKey(key)}`, ':gen': gen },
    }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

describe('store write races', () => {
  it('an older event still writing cannot overwrite the items of a newer one that committed', async () => {
    const key = `incoming/race-${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: STORY }));
    // The older event's client stalls before its first item write until the newer event is done.
    let release!: () => void;
    const newerDone = new Promise<void>((resolve) => (release = resolve));
    let stalled = false;
    const slowClient = localDynamoDbClient(env.dynamoDbEndpoint);
    slowClient.middlewareStack.add((next, context) => async (args) => {
      if (!stalled && /^(PutItem|BatchWriteItem)Command$/.test(context.commandName ?? '')) {
        stalled = true;
        await newerDone;
      }
      return next(args);
    }, { step: 'initialize' });
    const older = ingestObjectEvent(await created(key, '01'), { ...deps, store: createDynamoDbArticleStore({ client: slowClient, tableName: env.tableName }) });
    await new Promise((r) => setTimeout(r, 200));
    expect(await ingestObjectEvent(await created(key, '02'), deps)).toMatchObject({ status: 'processed' });
    const before = await store.getArticle(articleIdForKey(key), { includeText: true });
    release();
    expect(await older).toEqual({ status: 'stale' });
    slowClient.destroy();

    const after = await store.getArticle(articleIdForKey(key), { includeText: true });
    expect(after!.entities.length).toBeGreaterThan(0);
    expect(after!.text).toContain('Tunde Bakare');
    expect(after).toEqual(before);
  });

  it('an older event whose manifest a newer one cleaned up mid-write takes back every entry it wrote', async () => {
    const key = `incoming/race-entries-${randomUUID()}.txt`;
    const { older } = await overtakenMidWrite(key, { dies: false });
    expect(await older).toEqual({ status: 'stale' });

    // Nothing of the older generation is left in any partition.
    expect(await itemsOfGeneration(key, '1')).toEqual([]);
    expect((await store.listEntityArticles('per-tunde-bakare', { limit: 100 })).items.filter((a) => a.articleId === articleIdForKey(key))).toHaveLength(1);
  });

  it('an older event overtaken between its manifest and its entries, that then dies, leaves nothing once redelivered or overtaken again', async () => {
    for (const cleaner of ['redelivery', 'next commit'] as const) {
      const key = `incoming/race-crash-${randomUUID()}.txt`;
      // No take-back runs: the older writer times out right after its entries.
      const { older, olderEvent } = await overtakenMidWrite(key, { dies: true });
      await expect(older).rejects.toThrow('Task timed out');
      expect(await itemsOfGeneration(key, '1')).not.toEqual([]);

      if (cleaner === 'redelivery') expect(await ingestObjectEvent(olderEvent, deps)).toEqual({ status: 'stale' });
      else expect(await ingestObjectEvent(await created(key, '03'), deps)).toMatchObject({ status: 'processed' });
      expect(await itemsOfGeneration(key, '1')).toEqual([]);
      expect(await itemsOfGeneration(key, cleaner === 'redelivery' ? '2' : '3')).not.toEqual([]);
      expect((await store.listEntityArticles('per-tunde-bakare', { limit: 100 })).items.filter((a) => a.articleId === articleIdForKey(key))).toHaveLength(1);
    }
  });

  it('a put whose answer was lost and that the SDK retried is not taken for a lost race', async () => {
    const key = `incoming/lost-answer-${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: STORY }));
    const client = localDynamoDbClient(env.dynamoDbEndpoint);
    let lost = 0;
    // Inside the SDK's retry loop: the object-record put is applied, then its answer is a 500.
    client.middlewareStack.add((next, context) => async (args) => {
      const item = (args.input as { Item?: { sk?: { S?: string } } }).Item;
      if (context.commandName === 'PutItemCommand' && item?.sk?.S === 'O' && lost === 0) {
        await next(args);
        lost++;
        throw new InternalServerError({ message: 'answer lost', $metadata: { httpStatusCode: 500 } });
      }
      return next(args);
    }, { step: 'finalizeRequest', priority: 'low' });
    const outcome = await ingestObjectEvent(await created(key, '01'), { ...deps, store: createDynamoDbArticleStore({ client, tableName: env.tableName }) });
    client.destroy();
    expect(lost).toBe(1);
    expect(outcome).toMatchObject({ status: 'processed' });
    const article = await store.getArticle(articleIdForKey(key), { includeText: true });
    expect(article!.entities.length).toBeGreaterThan(0);
    expect(article!.text).toContain('Tunde Bakare');
  });

  it('an older create that died after its article record landed, racing a newer delete, is cleared by its redelivery', async () => {
    const key = `incoming/crash-vs-delete-${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: STORY }));
    const client = localDynamoDbClient(env.dynamoDbEndpoint);
    let deleted = false;
    // The delete runs completely between the create's check and its article-record put; the
    // create then dies before its object-record put.
    client.middlewareStack.add((next, context) => async (args) => {
      const raw = (args.input as { Item?: { sk?: string | { S?: string } } }).Item?.sk;
      const sk = typeof raw === 'string' ? raw : raw?.S;
      if (context.commandName === 'PutItemCommand' && sk === 'A' && !deleted) {
        deleted = true;
        expect(await store.deleteObject({ bucket: env.bucket, key, versionId: null, sequencer: '02' }, await store.objectState(key))).toBe('applied');
      }
      if (context.commandName === 'PutItemCommand' && sk === 'O') throw new Error('Task timed out');
      return next(args);
    }, { step: 'initialize' });
    const event = await created(key, '01');
    await expect(ingestObjectEvent(event, { ...deps, store: createDynamoDbArticleStore({ client, tableName: env.tableName }) })).rejects.toThrow('Task timed out');
    client.destroy();
    expect(await store.getArticle(articleIdForKey(key))).not.toBeNull();

    expect(await ingestObjectEvent(event, deps)).toEqual({ status: 'stale' });
    expect(await store.getArticle(articleIdForKey(key))).toBeNull();
  });
  it('an event decided on a state that another event replaced while it was extracted still removes that event\'s articles, even when it dies before its cleanup', async () => {
    for (const dies of [false, true]) {
      const key = `incoming/overtaken-read-${randomUUID()}.json`;
      const pair = JSON.stringify([STORY, STORY.replace('Lagos', 'Abuja')].map((body, i) => ({ title: `Story ${i}`, body })));
      const single = JSON.stringify({ title: 'Story', body: STORY });
      const parts = [1, 2].map((n) => `${articleIdForKey(key)}.${n}`);
      // Event 03 (one article) reads its state first; event 02 (two articles) commits while 03 is extracted.
      const objects = { read: async () => new TextEncoder().encode(single) };
      const commitEarlier = async () => {
        const earlier = { read: async () => new TextEncoder().encode(pair) };
        expect(await ingestObjectEvent({ kind: 'created', bucket: env.bucket, key, versionId: null, sequencer: '02', size: pair.length }, { ...deps, objects: earlier })).toMatchObject({ status: 'processed' });
        for (const id of parts) expect(await store.getArticle(id)).not.toBeNull();
      };
      const client = localDynamoDbClient(env.dynamoDbEndpoint);
      let corrected = false;
      client.middlewareStack.add((next, context) => async (args) => {
        if (context.commandName === 'UpdateItemCommand') corrected = true;
        // The cleanup's read of the article partitions (with the race check, a statement).
        else if (dies && corrected && (context.commandName === 'QueryCommand' || context.commandName === 'ExecuteStatementCommand')) throw new Error('Task timed out');
        return next(args);
      }, { step: 'initialize' });
      const overtaken = createDynamoDbArticleStore({ client, tableName: env.tableName });
      const writer: ArticleWriter = { ...overtaken, openObject: async (k, bands) => { const opened = await overtaken.openObject(k, bands); await commitEarlier(); return opened; } };
      const event: ObjectEvent = { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer: '03', size: single.length };
      const run = ingestObjectEvent(event, { ...deps, objects, store: writer });
      if (dies) {
        await expect(run).rejects.toThrow('Task timed out');
        expect(await ingestObjectEvent(event, { ...deps, objects: { read: async () => new TextEncoder().encode(single) } })).toEqual({ status: 'duplicate' });
      } else {
        expect(await run).toMatchObject({ status: 'processed', articleIds: [articleIdForKey(key)] });
      }
      client.destroy();
      expect(corrected).toBe(true);
      for (const id of parts) expect(await store.getArticle(id)).toBeNull();
      // Nothing of the two-article version is left in any partition.
      const leftovers = await env.documentClient.send(new ScanCommand({
        TableName: env.tableName, ConsistentRead: true,
        FilterExpression: 'contains(pk, :part) OR contains(sk, :part)', ExpressionAttributeValues: { ':part': `${articleIdForKey(key)}.` },
      }));
      expect(leftovers.Items).toEqual([]);
      expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'processed', title: 'Story' });
    }
  });
});
