import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../local/create-table.js';
import type { ObjectEvent, ObjectReader } from '../../lambdas/ingest/object-event.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { createQueryApi } from '../../lambdas/query/query-api.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { createResponseValidator } from '../support/openapi-conformance.js';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../support/story-copies.js';
import { integrationEnv } from './support/env.js';

// Near-duplicates through the real ingest use case and query API on DynamoDB Local. A table of
// its own: band entries are keyed by content, and other test files store the sample too.
const env = integrationEnv();
afterAll(() => env.destroy());
const tableName = `similar-${randomUUID().slice(0, 8)}`;
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName });
const api = createQueryApi(store);
const validator = createResponseValidator();

const files = new Map<string, string>();
const objects: ObjectReader = { read: async (_bucket, key) => (files.has(key) ? new TextEncoder().encode(files.get(key)) : null) };
let sequencer = 0x10;

async function put(key: string, text: string | null) {
  if (text === null) files.delete(key);
  else files.set(key, text);
  const event: ObjectEvent = {
    kind: text === null ? 'removed' : 'created', bucket: env.bucket, key, versionId: null, sequencer: (sequencer++).toString(16).padStart(4, '0'), size: text?.length ?? null,
  };
  return ingestObjectEvent(event, { store, objects, maxObjectBytes: 10_000_000 });
}

async function similar(articleId: string) {
  const path = `/articles/${articleId}/similar`;
  const response = await api({ method: 'GET', path, query: {}, headers: {} });
  expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as { storyId: string | null; items: Array<{ article: { articleId: string }; storyId: string; relation: string; similarity: number }> };
}

const [sampleKey, copyKey, unrelatedKey] = ['incoming/sample.txt', 'incoming/copy.txt', 'incoming/unrelated.txt'];
const [sampleId, copyId, unrelatedId] = [sampleKey, copyKey, unrelatedKey].map(articleIdForKey);

beforeAll(async () => {
  await createTable(env.dynamodb, tableName);
  expect(await put(sampleKey, SAMPLE_STORY)).toMatchObject({ status: 'processed' });
  expect(await put(copyKey, editedSampleCopy())).toMatchObject({ status: 'processed' });
  expect(await put(unrelatedKey, UNRELATED_STORY)).toMatchObject({ status: 'processed' });
}, 60_000);

describe('near-duplicates on DynamoDB Local', () => {
  it('finds the sample and its edited copy similar to each other, in one story named after the first copy, and the unrelated story in neither', async () => {
    const ofSample = await similar(sampleId);
    expect(ofSample.storyId).toBe(sampleId);
    expect(ofSample.items.map((i) => [i.article.articleId, i.relation, i.storyId])).toEqual([[copyId, 'version', sampleId]]);
    const ofCopy = await similar(copyId);
    expect(ofCopy.storyId).toBe(sampleId);
    expect(ofCopy.items.map((i) => i.article.articleId)).toEqual([sampleId]);
    expect(ofCopy.items[0].similarity).toBe(ofSample.items[0].similarity);
    expect(await similar(unrelatedId)).toEqual({ articleId: unrelatedId, storyId: unrelatedId, items: [] });
  });

  it('answers /facts?distinct=story with each of Borisov’s quotes once, listing both copies', async () => {
    const path = '/facts';
    const ask = async (query: Record<string, string>) => {
      const response = await api({ method: 'GET', path, query, headers: {} });
      expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
      return JSON.parse(response.body) as { items: Array<{ articleId: string; storyId?: string; fact: { speaker?: { entityId?: string }; content?: { text: string } }; copies?: Array<{ articleId: string }> }> };
    };
    const all = await ask({ speaker: 'per-yury-borisov', limit: '100' });
    const distinct = await ask({ speaker: 'per-yury-borisov', limit: '100', distinct: 'story' });
    const contents = (items: typeof all.items) => items.map((r) => r.fact.content?.text);
    expect(new Set(all.items.map((r) => r.articleId))).toEqual(new Set([sampleId, copyId]));
    expect(all.items.every((r) => r.storyId === sampleId)).toBe(true);
    // The copy dropped a paragraph: its quotes are a subset of the sample's, so each appears twice but that one's.
    expect(new Set(contents(distinct.items)).size).toBe(distinct.items.length);
    expect(new Set(contents(distinct.items))).toEqual(new Set(contents(all.items)));
    expect(distinct.items.length).toBeLessThan(all.items.length);
    expect(distinct.items.reduce((n, r) => n + (r.copies?.length ?? 0), 0)).toBe(all.items.length);
    expect(distinct.items.some((r) => r.copies?.length === 2)).toBe(true);

    // Two facts a page: each quote still once across the pages, every copy listed.
    const paged: typeof all.items = [];
    let cursor: string | null = null;
    do {
      const page = (await ask({ speaker: 'per-yury-borisov', limit: '2', distinct: 'story', ...(cursor ? { cursor } : {}) })) as typeof all & { nextCursor: string | null };
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged.map((r) => r.fact.content?.text).sort()).toEqual(contents(distinct.items).sort());
    expect(paged.reduce((n, r) => n + (r.copies?.length ?? 0), 0)).toBe(all.items.length);
  });

  it('counts the sample and its copy as two articles and one story of Borisov’s', async () => {
    const path = '/entities/per-yury-borisov';
    const response = await api({ method: 'GET', path, query: {}, headers: {} });
    expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
    expect(JSON.parse(response.body)).toMatchObject({ articleCount: 2, storyCount: 1 });
  });

  it('lists the stories newest first with their size, earliest copy and sources', async () => {
    const path = '/stories';
    const ask = async (query: Record<string, string>) => {
      const response = await api({ method: 'GET', path, query, headers: {} });
      expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
      expect(response.status).toBe(200);
      return JSON.parse(response.body) as { items: Array<{ storyId: string; size: number; sizeExact: boolean; earliest: { articleId: string } }>; nextCursor: string | null };
    };
    const stories = await ask({});
    expect(stories.items.map((s) => [s.storyId, s.size, s.earliest.articleId])).toEqual([
      [unrelatedId, 1, unrelatedId],
      [sampleId, 2, sampleId],
    ]);
    const first = await ask({ limit: '1' });
    expect(first.items.map((s) => s.storyId)).toEqual([unrelatedId]);
    expect((await ask({ limit: '1', cursor: first.nextCursor! })).items.map((s) => s.storyId)).toEqual([sampleId]);
    expect((await ask({ from: '2022-02-01', to: '2022-02-28' })).items.map((s) => s.storyId)).toEqual([sampleId]);
  });

  it('answers 404 for an unknown article', async () => {
    const response = await api({ method: 'GET', path: '/articles/aNobody0000000000000000/similar', query: {}, headers: {} });
    expect(response.status).toBe(404);
  });

  it('leaves no stale membership: a replaced copy that is now another story, and a deleted one, are no longer similar', async () => {
    await put(copyKey, UNRELATED_STORY);
    expect((await similar(sampleId)).items).toEqual([]);
    const nowUnrelated = await similar(copyId);
    expect(nowUnrelated.storyId).toBe(unrelatedId);
    expect(nowUnrelated.items.map((i) => [i.article.articleId, i.relation])).toEqual([[unrelatedId, 'duplicate']]);

    await put(copyKey, editedSampleCopy());
    expect((await similar(sampleId)).items.map((i) => i.article.articleId)).toEqual([copyId]);
    expect((await similar(unrelatedId)).items).toEqual([]);

    expect(await put(copyKey, null)).toEqual({ status: 'deleted' });
    expect((await similar(sampleId)).items).toEqual([]);
    const scan = await env.documentClient.send(new ScanCommand({ TableName: tableName, ProjectionExpression: 'pk, sk' }));
    const left = (scan.Items ?? []).filter((i) => /^[BT]#/.test(String(i.pk)) && String(i.sk).includes(copyId));
    expect(left).toEqual([]);
  });

  it('keeps a story listed when its first copy goes, headed by the oldest copy left, and drops it with its last copy', async () => {
    const stories = async () => {
      const response = await api({ method: 'GET', path: '/stories', query: {}, headers: {} });
      expect(validator.check({ method: 'GET', path: '/stories' }, response)).toEqual([]);
      return (JSON.parse(response.body) as { items: Array<{ storyId: string; size: number; earliest: { articleId: string } }> }).items
        .filter((s) => s.storyId === unrelatedId).map((s) => [s.size, s.earliest.articleId]);
    };
    const heads = async () => {
      const scan = await env.documentClient.send(new ScanCommand({ TableName: tableName, ProjectionExpression: 'pk, sty' }));
      return (scan.Items ?? []).filter((i) => i.pk === 'STORIES' && i.sty === unrelatedId).length;
    };
    const repostKey = 'incoming/unrelated-repost.txt';
    const repostId = articleIdForKey(repostKey);
    await put(repostKey, UNRELATED_STORY);
    // A new version of the first copy, the same story still: one head, not two.
    await put(unrelatedKey, `${UNRELATED_STORY}\n`);
    expect(await stories()).toEqual([[2, unrelatedId]]);
    expect(await heads()).toBe(1);

    expect(await put(unrelatedKey, null)).toEqual({ status: 'deleted' });
    expect(await stories()).toEqual([[1, repostId]]);
    expect(await heads()).toBe(1);

    expect(await put(repostKey, null)).toEqual({ status: 'deleted' });
    expect(await stories()).toEqual([]);
    expect(await heads()).toBe(0);
  });
});
