import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../local/create-table.js';
import type { Article } from '../../lambdas/normalize/article.js';
import { createQueryApi } from '../../lambdas/query/query-api.js';
import type { ArticleSummary, Page, RejectionCode } from '../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { createResponseValidator } from '../support/openapi-conformance.js';
import { integrationEnv } from './support/env.js';

// GET /articles?title= on DynamoDB Local, through the real writer and the query API. A table of
// its own, so that the title words of other files' articles cannot join the answers.
const env = integrationEnv();
afterAll(() => env.destroy());
const tableName = `titles-${randomUUID().slice(0, 8)}`;
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName });
const api = createQueryApi(store);
const validator = createResponseValidator();

async function get(query: Record<string, string>, status = 200): Promise<Page<ArticleSummary>> {
  const response = await api({ method: 'GET', path: '/articles', query, headers: {} });
  expect(validator.check({ method: 'GET', path: '/articles' }, response)).toEqual([]);
  expect(response.status, response.body).toBe(status);
  return JSON.parse(response.body) as Page<ArticleSummary>;
}
const ids = async (query: Record<string, string>) => (await get(query)).items.map((a) => a.articleId);

let sequencer = 0x10;
async function put(key: string, title: string, publishedAt: string, source: string) {
  const article: Article = {
    title, body: `${title}. The talks went on for a day.`, publishedAt, source, sources: [source], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text',
  };
  const ref = { bucket: env.bucket, key, versionId: null, sequencer: (sequencer++).toString(16).padStart(4, '0') };
  // Title search reads only the article's metadata: an empty extraction keeps the test to it.
  const text = `${title}\n\n${article.body}`;
  const extraction = { text, sentences: [], entities: [], timex: [], quantities: [], facts: [] };
  return store.replaceObject(ref, await store.objectState(key), '2026-12-01T00:00:00.000Z', { articles: [{ articleId: articleIdForKey(key), article, extraction }] });
}

async function titleItems(family = 'W#'): Promise<Array<{ pk: string; sk: string }>> {
  const out = await env.documentClient.send(new ScanCommand({ TableName: tableName, FilterExpression: 'begins_with(pk, :w)', ExpressionAttributeValues: { ':w': family }, ProjectionExpression: 'pk, sk' }));
  return (out.Items ?? []) as Array<{ pk: string; sk: string }>;
}

const nextRef = (key: string) => ({ bucket: env.bucket, key, versionId: null, sequencer: (sequencer++).toString(16).padStart(4, '0') });
async function reject(key: string, code: RejectionCode, receivedAt: string) {
  return store.replaceObject(nextRef(key), await store.objectState(key), receivedAt, { rejected: { articleId: articleIdForKey(key), error: { code, message: `${code} test` } } });
}
/** File-name entries (WR#) of one file, by word. */
const fileNameWordsOf = async (articleId: string) => (await titleItems('WR#')).filter((i) => i.sk.includes(`#${articleId}#`)).map((i) => i.sk.split('#')[0]).sort();

const keys = ['incoming/t/1.txt', 'incoming/t/2.txt', 'incoming/t/3.txt', 'incoming/t/4.txt'];
const [a1, a2, a3, a4] = keys.map(articleIdForKey);

beforeAll(async () => {
  await createTable(env.dynamodb, tableName);
  await put(keys[0], 'Borisov visits Caracas', '2022-02-16', 'TASS');
  await put(keys[1], 'Borisov returns to Moscow', '2022-02-20', 'Reuters');
  await put(keys[2], 'Border talks in Caracas', '2022-02-18', 'Reuters');
  await put(keys[3], 'São Paulo hosts the trade fair', '2022-03-01', 'Folha');
}, 60_000);

describe('title search on DynamoDB Local', () => {
  it('finds articles by a word start, grouped by the word matched and newest first within it', async () => {
    expect(await ids({ title: 'borisov' })).toEqual([a2, a1]);
    // "border" sorts before "borisov".
    expect(await ids({ title: 'BOR' })).toEqual([a3, a2, a1]);
    expect(await ids({ title: 'sao pau' })).toEqual([a4]);
    expect(await ids({ title: 'caracas bor' })).toEqual([a3, a1]);
    expect(await ids({ title: 'caracas moscow' })).toEqual([]);
  });

  it('filters by source and publication dates', async () => {
    expect(await ids({ title: 'bor', source: 'reuters' })).toEqual([a3, a2]);
    expect(await ids({ title: 'bor', from: '2022-02-17', to: '2022-02-18' })).toEqual([a3]);
    expect(await ids({ title: 'bor', status: 'rejected' })).toEqual([]);
  });

  it('pages with limit 1, each article once, and refuses the cursor on another query', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(cursor ? { title: 'bor', limit: '1', cursor } : { title: 'bor', limit: '1' });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((a) => a.articleId));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual([a3, a2, a1]);
    const first = await get({ title: 'bor', limit: '1' });
    const response = await api({ method: 'GET', path: '/articles', query: { title: 'caracas', limit: '1', cursor: first.nextCursor! }, headers: {} });
    expect(response.status).toBe(400);
  });

  it('leaves no title entry of an older version after re-ingestion, nor any after a delete', async () => {
    expect(await put(keys[1], 'Lavrov returns to Moscow', '2022-02-20', 'Reuters')).toBe('applied');
    expect(await ids({ title: 'borisov' })).toEqual([a1]);
    expect(await ids({ title: 'lavrov' })).toEqual([a2]);
    const ofA2 = (await titleItems()).filter((i) => i.sk.includes(`#${a2}#`)).map((i) => i.sk.split('#')[0]).sort();
    expect(ofA2).toEqual(['lavrov', 'moscow', 'returns']);

    const state = await store.objectState(keys[0]);
    expect(await store.deleteObject({ bucket: env.bucket, key: keys[0], versionId: null, sequencer: (sequencer++).toString(16).padStart(4, '0') }, state)).toBe('applied');
    expect(await ids({ title: 'borisov' })).toEqual([]);
    expect((await titleItems()).filter((i) => i.sk.includes(`#${a1}#`))).toEqual([]);
  });
});

describe('rejected files on DynamoDB Local (issue 17)', () => {
  const rejectedKeys = ['incoming/r/sanctions_report-2022.pdf', 'incoming/r/Sanctions-memo.docx', 'incoming/r/empty-sanctions.txt', 'incoming/r/borisov-visit.bin'];
  const [r1, r2, r3, r4] = rejectedKeys.map(articleIdForKey);

  beforeAll(async () => {
    expect(await reject(rejectedKeys[0], 'UNSUPPORTED_FORMAT', '2026-11-01T10:00:00.000Z')).toBe('applied');
    expect(await reject(rejectedKeys[1], 'UNSUPPORTED_FORMAT', '2026-11-03T10:00:00.000Z')).toBe('applied');
    expect(await reject(rejectedKeys[2], 'EMPTY_FILE', '2026-11-02T10:00:00.000Z')).toBe('applied');
    expect(await reject(rejectedKeys[3], 'BINARY_DATA', '2026-11-04T10:00:00.000Z')).toBe('applied');
  }, 60_000);

  it('finds a rejected file by the words of its file name, newest received first, and never as a title', async () => {
    expect(await ids({ title: 'sanct', status: 'rejected' })).toEqual([r2, r3, r1]);
    expect(await ids({ title: 'report sanctions', status: 'rejected' })).toEqual([r1]);
    expect(await ids({ title: 'pdf', status: 'rejected' })).toEqual([r1]);
    expect(await ids({ title: 'sanct', status: 'rejected', from: '2026-11-02', to: '2026-11-02' })).toEqual([r3]);
    // Title search keeps its meaning: "borisov" finds the processed articles' titles, not this file.
    expect(await ids({ title: 'borisov' })).not.toContain(r4);
    expect(await ids({ title: 'borisov', status: 'rejected' })).toEqual([r4]);
  });

  it('lists the rejected files of one code newest first, alone or with file-name words', async () => {
    expect(await ids({ code: 'UNSUPPORTED_FORMAT' })).toEqual([r2, r1]);
    expect(await ids({ code: 'EMPTY_FILE', status: 'rejected' })).toEqual([r3]);
    expect(await ids({ title: 'sanct', code: 'UNSUPPORTED_FORMAT' })).toEqual([r2, r1]);
    expect(await ids({ code: 'TOO_LARGE' })).toEqual([]);
  });

  it('pages a code through the filter: every page full or ending with a cursor, each file once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<ArticleSummary> = await get(cursor ? { code: 'UNSUPPORTED_FORMAT', limit: '1', cursor } : { code: 'UNSUPPORTED_FORMAT', limit: '1' });
      expect(page.items.length === 1 || page.nextCursor === null || page.items.length === 0).toBe(true);
      seen.push(...page.items.map((a) => a.articleId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([r2, r1]);
  });

  it('drops the file-name entries of a fixed file once it is processed, and of a deleted one', async () => {
    expect(await fileNameWordsOf(r1)).toEqual(['2022', 'pdf', 'report', 'sanctions']);
    // The same key uploaded again, now readable: an article with a title.
    expect(await put(rejectedKeys[0], 'Sanctions report published', '2026-11-05', 'Reuters')).toBe('applied');
    expect(await fileNameWordsOf(r1)).toEqual([]);
    expect(await ids({ title: 'sanct', status: 'rejected' })).toEqual([r2, r3]);
    expect(await ids({ title: 'sanctions report' })).toEqual([r1]);
    expect(await ids({ code: 'UNSUPPORTED_FORMAT' })).toEqual([r2]);

    // Rejected again with another code: the old entries go, the new generation's are found.
    expect(await reject(rejectedKeys[1], 'MALFORMED_XML', '2026-11-06T10:00:00.000Z')).toBe('applied');
    expect(await ids({ title: 'memo', code: 'UNSUPPORTED_FORMAT' })).toEqual([]);
    expect(await ids({ title: 'memo', code: 'MALFORMED_XML' })).toEqual([r2]);
    expect((await titleItems('WR#')).filter((i) => i.sk.includes(`#${r2}#`))).toHaveLength(3);

    const state = await store.objectState(rejectedKeys[2]);
    expect(await store.deleteObject(nextRef(rejectedKeys[2]), state)).toBe('applied');
    expect(await fileNameWordsOf(r3)).toEqual([]);
    expect(await ids({ title: 'empty', status: 'rejected' })).toEqual([]);
  });

  it('finds an old file of a rare code in the first page, under many newer rejections of another', async () => {
    const old = 'incoming/r/old-feed.json';
    expect(await reject(old, 'MALFORMED_JSON', '2026-10-01T10:00:00.000Z')).toBe('applied');
    for (let i = 0; i < 40; i++) await reject(`incoming/r/bulk/page-${i}.html`, 'NO_ARTICLE_TEXT', `2026-11-20T10:00:${String(i).padStart(2, '0')}.000Z`);
    const page = await get({ code: 'MALFORMED_JSON', limit: '5' });
    expect(page.items.map((a) => a.articleId)).toEqual([articleIdForKey(old)]);
    expect(page.nextCursor).toBeNull();
    expect((await get({ title: 'feed', code: 'MALFORMED_JSON' })).items.map((a) => a.articleId)).toEqual([articleIdForKey(old)]);
    // The common code pages as usual: full pages, then the rest.
    const first = await get({ code: 'NO_ARTICLE_TEXT', limit: '25' });
    expect(first.items).toHaveLength(25);
    const second = await get({ code: 'NO_ARTICLE_TEXT', limit: '25', cursor: first.nextCursor! });
    expect(second.items).toHaveLength(15);
    expect(new Set([...first.items, ...second.items].map((a) => a.articleId)).size).toBe(40);
  }, 60_000);

  it('gives a PROCESSING_FAILED file no file-name entries, found by its code instead', async () => {
    const key = 'incoming/r/stuck-upload.txt';
    expect(await reject(key, 'PROCESSING_FAILED', '2026-11-07T10:00:00.000Z')).toBe('applied');
    expect(await fileNameWordsOf(articleIdForKey(key))).toEqual([]);
    expect(await ids({ code: 'PROCESSING_FAILED' })).toEqual([articleIdForKey(key)]);
  });
});
