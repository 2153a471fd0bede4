import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestObjectEvent, ingestOnLastAttempt, type IngestDeps } from '../../lambdas/ingest/ingest-object.js';
import type { ObjectEvent } from '../../lambdas/ingest/object-event.js';
import { S3ObjectReader } from '../../lambdas/aws/s3-object-reader.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { manifestKeys, unpackJson } from '../../lambdas/store/dynamodb/items.js';
import type { Item } from '../../lambdas/store/dynamodb/keys.js';
import { localDynamoDbClient } from '../../local/clients.js';
import { integrationEnv } from './support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());

const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
const deps: IngestDeps = { store, objects: new S3ObjectReader(env.s3), maxObjectBytes: 1_000_000 };

const STORY_A = `Acme Corp names new chief

NAIROBI, March 3 - Acme Corp said on Tuesday that Jane Wanjiru will lead its Kenyan unit. "We are delighted," Wanjiru said.`;
const STORY_B = `Globex opens office

LAGOS, March 4 - Globex Industries opened an office in Lagos, chief executive Tunde Bakare said.`;

let sequence = 1;
/** Uploads a body and returns the created event S3 would send for it. */
async function upload(key: string, body: string | Uint8Array): Promise<ObjectEvent> {
  await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: body }));
  return { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer: (sequence++).toString(16).padStart(16, '0'), size: typeof body === 'string' ? Buffer.byteLength(body) : body.length };
}
function removal(key: string): ObjectEvent {
  return { kind: 'removed', bucket: env.bucket, key, versionId: null, sequencer: (sequence++).toString(16).padStart(16, '0'), size: null };
}
const uniqueKey = (name: string) => `incoming/test-${randomUUID()}/${name}`;

/** Every item stored for one object (its record and its article partitions), for state comparisons. */
async function itemsOf(key: string): Promise<Record<string, unknown>[]> {
  const base = articleIdForKey(key);
  // Every page: the shared table outgrows one Scan page (1 MB) as the test files fill it.
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await env.documentClient.send(new ScanCommand({
      TableName: env.tableName,
      FilterExpression: 'pk = :o OR begins_with(pk, :a)',
      ExpressionAttributeValues: { ':o': `O#${base}`, ':a': `A#${base}` },
      ConsistentRead: true,
      ExclusiveStartKey: start,
    }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items
    .map(({ updatedAt: _u, ...rest }) => rest)
    .sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`));
}

/**
 * Everything stored for one object's article, in every partition (the article's own, and the
 * index entries its manifests list), with its id, key, generation and times (receipt) blanked out
 * and compressed attributes unpacked: two objects with the same content compare equal.
 */
async function normalizedState(key: string): Promise<unknown[]> {
  const articleId = articleIdForKey(key);
  const own = await itemsOf(key);
  const manifests = own.filter((i) => String(i.sk).startsWith('M#'));
  const listed = manifests.flatMap((m) => manifestKeys(m as Item));
  const entries = await Promise.all(listed.map(async (k) => (await env.documentClient.send(new GetCommand({ TableName: env.tableName, Key: k, ConsistentRead: true }))).Item));
  const blank = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return blank(unpackJson(value));
    if (typeof value === 'string') return value.split(articleId).join('ID').split(key).join('KEY').replace(/[0-9A-F]{32}/g, 'GEN').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
    if (Array.isArray(value)) return value.map(blank);
    if (value instanceof Set) return [...value].map(blank).sort();
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([name]) => name !== 'key').map(([name, v]) => [name, blank(v)]));
    return value;
  };
  expect(entries.every(Boolean)).toBe(true);
  return [...own.filter((i) => String(i.pk).startsWith('A#')), ...(entries as Record<string, unknown>[])].map(blank);
}

describe('ingesting an object event into DynamoDB Local', () => {
  it('stores a processed article that reads back with its entities, facts and text', async () => {
    const key = uniqueKey('World News + Politics/ü caracas (1).txt');
    const outcome = await ingestObjectEvent(await upload(key, STORY_A), deps);
    expect(outcome).toEqual({ status: 'processed', articleIds: [articleIdForKey(key)], extractionMs: expect.any(Number) });

    const article = await store.getArticle(articleIdForKey(key), { includeText: true });
    expect(article).toMatchObject({ status: 'processed', key, bucket: env.bucket });
    expect(article!.text).toContain('Jane Wanjiru');
    expect(article!.entities.length).toBeGreaterThan(0);
    for (const entity of article!.entities) {
      for (const m of entity.mentions) expect(article!.text!.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('records a file it cannot read as a rejected article with a stable code', async () => {
    const key = uniqueKey('empty.txt');
    expect(await ingestObjectEvent(await upload(key, ''), deps)).toMatchObject({ status: 'rejected', code: 'EMPTY_FILE' });
    const article = await store.getArticle(articleIdForKey(key));
    expect(article).toMatchObject({ status: 'rejected', key, error: { code: 'EMPTY_FILE' } });
    const rejected = await store.listArticles({ status: 'rejected' }, { limit: 100 });
    expect(rejected.items.map((a) => a.articleId)).toContain(articleIdForKey(key));
  });

  it('refuses a file of more articles, or a longer article, than one invocation handles, with a stable code', async () => {
    const key = uniqueKey('bulk.json');
    const body = JSON.stringify([1, 2, 3].map((n) => ({ title: `Story ${n}`, body: `Story ${n} from Nairobi: Acme Corp said on Tuesday that it would hire ${n} hundred people.` })));
    expect(await ingestObjectEvent(await upload(key, body), { ...deps, limits: { articlesPerFile: 2 } })).toEqual({ status: 'rejected', articleId: articleIdForKey(key), code: 'TOO_MANY_ARTICLES' });
    expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'rejected', error: { code: 'TOO_MANY_ARTICLES', message: expect.stringContaining('3 articles') } });
    expect(await ingestObjectEvent(await upload(key, body), { ...deps, limits: { articlesPerFile: 3 } })).toMatchObject({ status: 'processed', articleIds: expect.arrayContaining([expect.any(String)]) });
    // One article too long to extract in time is refused as too large.
    const long = uniqueKey('long.txt');
    expect(await ingestObjectEvent(await upload(long, STORY_A), { ...deps, limits: { articleCharacters: 50 } })).toMatchObject({ status: 'rejected', code: 'TOO_LARGE' });
    expect(await store.getArticle(articleIdForKey(long))).toMatchObject({ status: 'rejected', error: { code: 'TOO_LARGE', message: expect.stringContaining('over the limit of 50') } });
  });

  it('rejects an object over the size limit without reading it', async () => {
    const key = uniqueKey('big.txt');
    const event = await upload(key, 'x '.repeat(10));
    const outcome = await ingestObjectEvent({ ...event, size: 2_000_000 }, deps);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'TOO_LARGE' });
  });

  it('leaves the stored state unchanged by duplicate deliveries, even concurrent ones', async () => {
    const key = uniqueKey('dup.txt');
    const event = await upload(key, STORY_A);
    await ingestObjectEvent(event, deps);
    const once = await itemsOf(key);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => ingestObjectEvent(event, deps)));
    expect(outcomes.every((o) => o.status === 'duplicate')).toBe(true);
    expect(await itemsOf(key)).toEqual(once);
  });

  it('replaces the old items when a key is uploaded again, and ignores the older event arriving late', async () => {
    const key = uniqueKey('replace.txt');
    const first = await upload(key, STORY_A);
    const second = await upload(key, STORY_B);
    await ingestObjectEvent(first, deps);
    await ingestObjectEvent(second, deps);
    const text = (await store.getArticle(articleIdForKey(key), { includeText: true }))!.text!;
    expect(text).toContain('Globex');
    expect(text).not.toContain('Acme');
    const items = await itemsOf(key);
    expect(new Set(items.filter((i) => String(i.pk).startsWith('A#')).map((i) => i.gen)).size).toBe(1);
    // The index entries of the old version are gone, the new version's are there.
    const id = articleIdForKey(key);
    const articlesOf = async (entityId: string) => (await store.listEntityArticles(entityId, { limit: 100 })).items.map((a) => a.articleId);
    expect(await articlesOf('per-jane-wanjiru')).not.toContain(id);
    expect(await articlesOf('per-tunde-bakare')).toContain(id);
    expect((await store.listEntityFacts('per-jane-wanjiru', undefined, { limit: 100 })).items.map((f) => f.articleId)).not.toContain(id);

    expect(await ingestObjectEvent(first, deps)).toEqual({ status: 'stale' });
    expect(await itemsOf(key)).toEqual(items);
  });

  it('removes everything on delete, and a create older than the delete stays ignored', async () => {
    const key = uniqueKey('delete.txt');
    const created = await upload(key, STORY_A);
    await ingestObjectEvent(created, deps);
    await env.s3.send(new DeleteObjectCommand({ Bucket: env.bucket, Key: key }));
    expect(await ingestObjectEvent(removal(key), deps)).toEqual({ status: 'deleted' });
    expect(await store.getArticle(articleIdForKey(key))).toBeNull();
    expect((await store.listEntityArticles('per-jane-wanjiru', { limit: 100 })).items.map((a) => a.articleId)).not.toContain(articleIdForKey(key));
    expect((await store.listFacts({ speaker: 'per-jane-wanjiru' }, { limit: 100 })).items.map((f) => f.articleId)).not.toContain(articleIdForKey(key));
    expect(await ingestObjectEvent(created, deps)).toEqual({ status: 'stale' });
    expect((await itemsOf(key)).filter((i) => String(i.pk).startsWith('A#'))).toEqual([]);
  });

  it('converges to the complete state when a write dies halfway and the event is redelivered', async () => {
    const key = uniqueKey('crash.txt');
    const clean = uniqueKey('crash-reference.txt');
    const event = await upload(key, STORY_A);
    // A first copy of the story before both, so that the crashed write and the clean one are each a
    // copy of it (a story's first copy writes its story list entry; docs/DATA-MODEL.md, "Stories").
    await ingestObjectEvent(await upload(uniqueKey('crash-first-copy.txt'), STORY_A), deps);
    await ingestObjectEvent(await upload(clean, STORY_A), deps);

    // A client that fails after a few calls stands in for a Lambda killed mid-write.
    let calls = 0;
    const dyingClient = localDynamoDbClient(env.dynamoDbEndpoint);
    dyingClient.middlewareStack.add((next) => async (args) => {
      if (++calls > 4) throw new Error('Task timed out');
      return next(args);
    }, { step: 'initialize' });
    const dying = createDynamoDbArticleStore({ client: dyingClient, tableName: env.tableName });
    await expect(ingestObjectEvent(event, { ...deps, store: dying })).rejects.toThrow('Task timed out');

    expect(await ingestObjectEvent(event, deps)).toMatchObject({ status: 'processed' });
    expect(await normalizedState(key)).toEqual(await normalizedState(clean));
  });

  it('on the last delivery records the failure first, so a run killed midway leaves the file visible; a run that ends replaces it', async () => {
    const key = uniqueKey('last-attempt.txt');
    const event = await upload(key, STORY_B);
    // The read blocks until released: the run is "killed" while it waits there.
    let reading!: () => void;
    const readStarted = new Promise<void>((resolve) => (reading = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const objects = {
      read: async (...args: Parameters<S3ObjectReader['read']>) => {
        reading();
        await released;
        return deps.objects.read(...args);
      },
    };
    const run = ingestOnLastAttempt(event, { ...deps, objects });
    await readStarted;
    expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'rejected', error: { code: 'PROCESSING_FAILED', message: expect.stringContaining('did not finish') } });

    release();
    expect(await run).toMatchObject({ status: 'processed' });
    expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'processed', title: 'Globex opens office' });
    // A last delivery that throws ends rejected with its own error.
    const failing = { read: async () => { throw new Error('S3 is unreachable'); } };
    const next = await upload(key, STORY_A);
    await expect(ingestOnLastAttempt(next, { ...deps, objects: failing })).rejects.toThrow('S3 is unreachable');
    expect(await store.getArticle(articleIdForKey(key))).toMatchObject({ status: 'rejected', error: { code: 'PROCESSING_FAILED', message: expect.stringContaining('S3 is unreachable') } });
  });

  it('looks up the name index only for names this store has not seen stored yet', async () => {
    const client = localDynamoDbClient(env.dynamoDbEndpoint);
    const lookups: number[] = [];
    client.middlewareStack.add((next, context) => async (args) => {
      const keys = context.commandName === 'BatchGetItemCommand' ? Object.values((args.input as { RequestItems: Record<string, { Keys: { pk: string | { S: string } }[] }> }).RequestItems)[0].Keys : [];
      const pk = (k: { pk: string | { S: string } }) => (typeof k.pk === 'string' ? k.pk : k.pk.S);
      if (keys.length && keys.every((k) => pk(k).startsWith('N#'))) lookups.push(keys.length);
      return next(args);
    }, { step: 'initialize' });
    const warm = createDynamoDbArticleStore({ client, tableName: env.tableName });
    await ingestObjectEvent(await upload(uniqueKey('names-1.txt'), STORY_A), { ...deps, store: warm });
    expect(lookups.length).toBe(1);
    await ingestObjectEvent(await upload(uniqueKey('names-2.txt'), STORY_A), { ...deps, store: warm });
    expect(lookups.length).toBe(1);
    await ingestObjectEvent(await upload(uniqueKey('names-3.txt'), STORY_B), { ...deps, store: warm });
    expect(lookups.length).toBe(2);
    client.destroy();
    // What the warm store skipped is in the index: a cold store finds every name.
    expect((await store.searchEntities('wanjiru', undefined, { limit: 5 })).items.map((e) => e.id)).toContain('per-jane-wanjiru');
  });

  it('pages through lists with cursors and refuses a cursor from another query', async () => {
    const source = `Wire ${randomUUID()}`;
    for (let i = 0; i < 3; i++) {
      const key = uniqueKey(`paged-${i}.json`);
      await ingestObjectEvent(await upload(key, JSON.stringify({ title: `Story ${i}`, body: `Story number ${i} from the wire.`, source, publishedAt: `2024-01-0${i + 1}` })), deps);
    }
    const first = await store.listArticles({ source }, { limit: 2 });
    expect(first.items.map((a) => a.title)).toEqual(['Story 2', 'Story 1']);
    expect(first.nextCursor).not.toBeNull();
    const second = await store.listArticles({ source }, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((a) => a.title)).toEqual(['Story 0']);
    expect(second.nextCursor).toBeNull();
    const exact = await store.listArticles({ source }, { limit: 3 });
    expect([exact.items.length, exact.nextCursor]).toEqual([3, null]);

    // A cursor whose key was edited (an extra attribute, or only the partition) is refused.
    const decoded = JSON.parse(Buffer.from(first.nextCursor!, 'base64url').toString());
    for (const k of [{ ...decoded.k, extra: 'x' }, { gsi1pk: decoded.k.gsi1pk }]) {
      const forged = Buffer.from(JSON.stringify({ ...decoded, k })).toString('base64url');
      await expect(store.listArticles({ source }, { limit: 2, cursor: forged })).rejects.toThrow('cursor');
    }
    await expect(store.listArticles({ source: 'Another wire' }, { limit: 2, cursor: first.nextCursor! })).rejects.toThrow('cursor');
    await expect(store.listArticles({}, { limit: 2, cursor: 'not-a-cursor' })).rejects.toThrow('cursor');
  });
});
