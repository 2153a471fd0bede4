import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../local/create-table.js';
import type { ObjectEvent, ObjectReader } from '../../lambdas/ingest/object-event.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { createQueryApi } from '../../lambdas/query/query-api.js';
import type { ArticleWriter } from '../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { REFRESH_SEQUENCER } from '../../lambdas/store/sequencer.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { editedSampleCopy, SAMPLE_STORY } from '../support/story-copies.js';
import { withoutStories } from '../../scripts/bench/story-search-overhead.js';
import { integrationEnv } from './support/env.js';

// `npm run replay -- --refresh` after an upgrade, through the ingest use case on DynamoDB Local:
// an article stored by code older than near-duplicate signatures is found by no copy until its
// object is processed again.
const env = integrationEnv();
afterAll(() => env.destroy());
const tableName = `refresh-${randomUUID().slice(0, 8)}`;
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName });
const api = createQueryApi(store);

const files = new Map<string, string>([['incoming/sample.txt', SAMPLE_STORY], ['incoming/copy.txt', editedSampleCopy()]]);
const objects: ObjectReader = { read: async (_bucket, key) => (files.has(key) ? new TextEncoder().encode(files.get(key)) : null) };
const [sampleId, copyId] = ['incoming/sample.txt', 'incoming/copy.txt'].map(articleIdForKey);

/** The store as code from before signatures wrote to it: no story, no band or story entries. */
const beforeSignatures = withoutStories(store);

function ingest(key: string, sequencer: string, writer: ArticleWriter = store) {
  const event: ObjectEvent = { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer, size: files.get(key)!.length };
  return ingestObjectEvent(event, { store: writer, objects, maxObjectBytes: 10_000_000 });
}

async function get(path: string) {
  return JSON.parse((await api({ method: 'GET', path, query: {}, headers: {} })).body);
}

beforeAll(async () => {
  await createTable(env.dynamodb, tableName);
  expect(await ingest('incoming/sample.txt', '0010', beforeSignatures)).toMatchObject({ status: 'processed' });
  expect(await ingest('incoming/copy.txt', '0011')).toMatchObject({ status: 'processed' });
}, 60_000);

describe('a refresh of objects stored before signatures', () => {
  it('leaves the old article out of its copy’s story until it is processed again, then joins them', async () => {
    expect((await get(`/articles/${copyId}/similar`)).items).toEqual([]);
    expect((await get('/stories')).items.map((s: { storyId: string }) => s.storyId)).toEqual([copyId]);

    expect(await ingest('incoming/sample.txt', REFRESH_SEQUENCER)).toMatchObject({ status: 'processed', articleIds: [sampleId] });
    const ofSample = await get(`/articles/${sampleId}/similar`);
    expect(ofSample.storyId).toBe(copyId);
    expect(ofSample.items.map((i: { article: { articleId: string } }) => i.article.articleId)).toEqual([copyId]);
    expect((await get(`/articles/${copyId}/similar`)).items.map((i: { article: { articleId: string } }) => i.article.articleId)).toEqual([sampleId]);
    expect((await get('/stories')).items.map((s: { storyId: string; size: number }) => [s.storyId, s.size])).toEqual([[copyId, 2]]);
    // The refreshed article is one article still, under its own id, and the event that stored it first is now stale.
    expect((await get('/articles')).items.map((a: { articleId: string }) => a.articleId).sort()).toEqual([sampleId, copyId].sort());
    expect(await ingest('incoming/sample.txt', '0010')).toEqual({ status: 'stale' });
  });
});
