import { randomUUID } from 'node:crypto';
import { TransactionCanceledException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createTable } from '../../local/create-table.js';
import type { ObjectEvent, ObjectReader } from '../../lambdas/ingest/object-event.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { createQueryApi } from '../../lambdas/query/query-api.js';
import type { ArticleStore, ArticleWriter } from '../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { editedSampleCopy, SAMPLE_STORY } from '../support/story-copies.js';
import { localDynamoDbClient } from '../../local/clients.js';
import { integrationEnv } from './support/env.js';

// Two copies of one story ingested at the same moment, on DynamoDB Local: each searches for
// copies before the other has stored anything. The interleavings are forced by holding the
// stores' PartiQL reads (the one part a test cannot time otherwise); the writes are real.
const env = integrationEnv();
afterAll(() => env.destroy());

const files = new Map<string, string>([['incoming/sample.txt', SAMPLE_STORY], ['incoming/copy.txt', editedSampleCopy()]]);
const objects: ObjectReader = { read: async (_bucket, key) => (files.has(key) ? new TextEncoder().encode(files.get(key)) : null) };
const [sampleId, copyId] = ['incoming/sample.txt', 'incoming/copy.txt'].map(articleIdForKey);

/** A promise and its resolver: a point one ingest waits at until the test lets it pass. */
function gate(): { passed: Promise<void>; open: () => void } {
  let open = () => {};
  const passed = new Promise<void>((resolve) => { open = resolve; });
  return { passed, open };
}

type Holds = { before?: (n: number) => Promise<void>; after?: (n: number) => Promise<void> };

/**
 * A store on the table through a client of its own, whose n-th PartiQL statement is held at
 * `before(n)` until sent and its answer at `after(n)` until returned: the first reads the object's
 * state with the near-duplicate search, the second the article's partition with the check for a
 * copy that raced it, after the commit. `client` may add faults of its own.
 */
function heldStore(tableName: string, holds: Holds, client = localDynamoDbClient(env.dynamoDbEndpoint)): ArticleStore {
  let statements = 0;
  client.middlewareStack.add((next, context) => async (args) => {
    if ((context as { commandName?: string }).commandName !== 'ExecuteStatementCommand') return next(args);
    const n = ++statements;
    await holds.before?.(n);
    const out = await next(args);
    await holds.after?.(n);
    return out;
  }, { step: 'initialize', name: 'holdStatements' });
  clients.push(client);
  return createDynamoDbArticleStore({ client, tableName });
}
const clients: DynamoDBClient[] = [];
afterAll(() => { for (const client of clients) client.destroy(); });

/** Both sides of a meeting point: each waits there until the other has arrived. */
function meeting(): { sample: () => Promise<void>; copy: () => Promise<void> } {
  const [sample, copy] = [gate(), gate()];
  return {
    sample: () => { sample.open(); return copy.passed; },
    copy: () => { copy.open(); return sample.passed; },
  };
}

async function freshTable(): Promise<string> {
  const tableName = `races-${randomUUID().slice(0, 8)}`;
  await createTable(env.dynamodb, tableName);
  return tableName;
}

function ingest(key: string, store: ArticleWriter, sequencer: string) {
  const event: ObjectEvent = { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer, size: files.get(key)!.length };
  return ingestObjectEvent(event, { store, objects, maxObjectBytes: 10_000_000 });
}

/** The stories as the API lists them, and each copy's story as /similar names it. */
async function storiesOf(store: ArticleStore) {
  const api = createQueryApi(store);
  const get = async (path: string, query: Record<string, string> = {}) => JSON.parse((await api({ method: 'GET', path, query, headers: {} })).body);
  const stories = (await get('/stories')).items.map((s: { storyId: string; size: number }) => [s.storyId, s.size]);
  const similar = await Promise.all([sampleId, copyId].map(async (id) => (await get(`/articles/${id}/similar`)) as { storyId: string; items: Array<{ article: { articleId: string } }> }));
  const facts = (await get('/facts', { speaker: 'per-yury-borisov' })).items as Array<{ storyId: string }>;
  return { stories, storyIds: similar.map((s) => s.storyId), similar: similar.map((s) => s.items.map((i) => i.article.articleId)), factStories: new Set(facts.map((f) => f.storyId)) };
}

/**
 * Both first searches find nothing: each is answered before either copy is stored. The copy
 * commits after the sample has finished, so only the copy's check after its commit finds the other.
 */
async function laterCopyFindsEarlier(tableName: string, copyClient?: DynamoDBClient) {
  const searched = meeting();
  const sampleDone = gate();
  const sample = ingest('incoming/sample.txt', heldStore(tableName, { after: (n) => (n === 1 ? searched.sample() : Promise.resolve()) }), '0010');
  const copyStore = heldStore(tableName, { after: async (n) => { if (n === 1) { await searched.copy(); await sampleDone.passed; } } }, copyClient);
  const copy = ingest('incoming/copy.txt', copyStore, '0011');
  expect(await sample).toMatchObject({ status: 'processed' });
  sampleDone.open();
  expect(await copy).toMatchObject({ status: 'processed' });
  return storiesOf(copyStore);
}

describe('copies ingested at the same moment', () => {
  it('end in one story when the later copy to commit finds the earlier after its commit', async () => {
    const seen = await laterCopyFindsEarlier(await freshTable());
    expect(seen.stories).toEqual([[sampleId, 2]]);
    expect(seen.storyIds).toEqual([sampleId, sampleId]);
    expect(seen.similar).toEqual([[copyId], [sampleId]]);
    expect(seen.factStories).toEqual(new Set([sampleId]));
  });

  it('end in one story when the move’s transaction is first cancelled by another one on the same records', async () => {
    // DynamoDB cancels a transaction whose items another transaction holds (TransactionConflict):
    // DynamoDB Local serializes them, so the first guarded commit is answered so here, once.
    const client = localDynamoDbClient(env.dynamoDbEndpoint);
    let conflicts = 0;
    client.middlewareStack.add((next, context) => async (args) => {
      if ((context as { commandName?: string }).commandName === 'TransactWriteItemsCommand' && conflicts++ === 0) {
        throw new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }] });
      }
      return next(args);
    }, { step: 'initialize', name: 'injectTransactionConflict' });
    const seen = await laterCopyFindsEarlier(await freshTable(), client);
    expect(conflicts).toBe(2);
    expect(seen.stories).toEqual([[sampleId, 2]]);
    expect(seen.storyIds).toEqual([sampleId, sampleId]);
  });

  it('end in one story, not swapped, when both find each other after both committed', async () => {
    const tableName = await freshTable();
    const [searched, committed] = [meeting(), meeting()];
    // Both first searches answered before either commit; both second searches sent after both commits.
    const holds = (side: 'sample' | 'copy') => ({
      after: (n: number) => (n === 1 ? searched[side]() : Promise.resolve()),
      before: (n: number) => (n === 2 ? committed[side]() : Promise.resolve()),
    });
    const [sample, copy] = await Promise.all([
      ingest('incoming/sample.txt', heldStore(tableName, holds('sample')), '0010'),
      ingest('incoming/copy.txt', heldStore(tableName, holds('copy')), '0011'),
    ]);
    expect([sample.status, copy.status]).toEqual(['processed', 'processed']);

    const seen = await storiesOf(createDynamoDbArticleStore({ client: env.dynamodb, tableName }));
    expect(seen.stories).toHaveLength(1);
    const [[storyId, size]] = seen.stories;
    expect(size).toBe(2);
    expect([sampleId, copyId]).toContain(storyId);
    expect(seen.storyIds).toEqual([storyId, storyId]);
    expect(seen.factStories).toEqual(new Set([storyId]));
  });
});
