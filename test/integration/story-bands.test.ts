import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../local/create-table.js';
import { encodeSignature, signatureOf } from '../../lambdas/extract/syndication/index.js';
import { batchWrite } from '../../lambdas/store/dynamodb/batch-write.js';
import { indexSortKey, PK, SK, type Item } from '../../lambdas/store/dynamodb/keys.js';
import { CANDIDATES_PER_BAND, readBandCandidates } from '../../lambdas/store/dynamodb/story-bands.js';
import { tableOf } from '../../lambdas/store/dynamodb/table.js';
import { SAMPLE_STORY } from '../support/story-copies.js';
import { integrationEnv } from './support/env.js';

// The band read on DynamoDB Local: one PartiQL statement when the band keys' entries fit its
// page, a Query per key when they do not. What the emulator answers (its paging, its key
// condition) is what the unit test's fake assumes.
const env = integrationEnv();
const tableName = `bands-${randomUUID().slice(0, 8)}`;
const requests: string[] = [];
const table = tableOf({ client: env.dynamodb, tableName });
const FULL = CANDIDATES_PER_BAND + 5;

beforeAll(async () => {
  await createTable(env.dynamodb, tableName);
  env.dynamodb.middlewareStack.add((next, context) => async (args) => {
    requests.push(String((context as { commandName?: string }).commandName));
    return next(args);
  }, { step: 'initialize', name: 'countBandRequests' });
  const signature = encodeSignature(signatureOf(SAMPLE_STORY)!);
  const items: Item[] = [];
  // Band "full" holds FULL entries a day apart; band "short" two of the same articles.
  for (let i = 0; i < FULL; i++) {
    const articleId = `a${String(i).padStart(2, '0')}`;
    const sk = indexSortKey(`2022-03-${String(i + 1).padStart(2, '0')}`, articleId, '01');
    items.push({ pk: PK.band('full'), sk }, { pk: PK.article(articleId), sk: SK.article, sg: signature, sty: 'story', s: JSON.stringify({ articleId }) });
    if (i < 2) items.push({ pk: PK.band('short'), sk });
  }
  await batchWrite(table.db, tableName, items.map((Item) => ({ PutRequest: { Item } })));
});
afterAll(() => env.destroy());

const read = async (bands: string[]) => {
  requests.length = 0;
  const candidates = await readBandCandidates(table, bands);
  return { ids: candidates.map((c) => c.articleId).sort(), requests: [...requests] };
};
const newest = Array.from({ length: CANDIDATES_PER_BAND }, (_, i) => `a${String(FULL - CANDIDATES_PER_BAND + i).padStart(2, '0')}`);

describe('readBandCandidates on DynamoDB Local', () => {
  it('reads short bands in one statement', async () => {
    expect(await read(['short', 'empty'])).toEqual({ ids: ['a00', 'a01'], requests: ['ExecuteStatementCommand', 'BatchGetItemCommand'] });
  });

  it('reads a band too full for the statement by Query, its newest CANDIDATES_PER_BAND', async () => {
    const { ids, requests } = await read(['full']);
    expect(ids).toEqual(newest);
    expect(requests).toEqual(['ExecuteStatementCommand', 'QueryCommand', 'BatchGetItemCommand']);
  });

  it('keeps a full band that fits the statement to its newest CANDIDATES_PER_BAND', async () => {
    const { ids, requests } = await read(['full', 'short']);
    expect(requests).toEqual(['ExecuteStatementCommand', 'BatchGetItemCommand']);
    // The short band's two entries are the full band's oldest: they come back through it.
    expect(ids).toEqual(['a00', 'a01', ...newest].sort());
  });
});
