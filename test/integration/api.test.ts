import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApiEvent, responseOfResult } from '../support/http-api-event.js';
import { createResponseValidator } from '../support/openapi-conformance.js';
import type { Problem } from '../../lambdas/query/problem.js';
import { rawRequests } from '../support/request-arbitraries.js';
import { extract } from '../../lambdas/extract/index.js';
import { ENTITY_TYPES, FACT_TYPES, type Extraction } from '../../lambdas/extract/types.js';
import type { Article } from '../../lambdas/normalize/article.js';
import type { ArticleDetail, ArticleSummary, EntityDetail, EntitySummary, FactRecord, Page } from '../../lambdas/store/article-store.js';
import { readQueryConfig } from '../../lambdas/config/query-config.js';
import { createQueryHandler, queryHandlerDeps } from '../../lambdas/handlers/query-handler.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { integrationEnv } from './support/env.js';

// The real query handler over DynamoDB Local, seeded through the store's write side with
// articles run through the real extractor; every response is checked against openapi.json.
const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
// The handler as the Lambda builds it (read cache included), on the emulator's client.
const handler = createQueryHandler(queryHandlerDeps(readQueryConfig({ TABLE_NAME: env.tableName }), { dynamoDb: env.dynamodb }));
const validator = createResponseValidator();

interface Response {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function send(method: string, rawPath: string, rawQueryString = '', headers: Record<string, string> = {}): Promise<Response> {
  const result = await handler(httpApiEvent(method, rawPath, rawQueryString, headers));
  const response = responseOfResult(result);
  expect(validator.check({ method, path: rawPath }, response), `${method} ${rawPath}?${rawQueryString}`).toEqual([]);
  return response;
}

async function get<T>(path: string, query: Record<string, string> = {}, status = 200): Promise<T> {
  const response = await send('GET', path, new URLSearchParams(query).toString());
  expect(response.status, `${path} ${JSON.stringify(query)}: ${response.body}`).toBe(status);
  return JSON.parse(response.body) as T;
}

/** Follows nextCursor to the end; fails on a page over the limit or an item seen twice. */
async function allPages<T>(path: string, query: Record<string, string>, key: (item: T) => string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  const limit = Number(query.limit ?? 20);
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await get(path, cursor ? { ...query, cursor } : query);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 200);
  expect(cursor).toBeNull();
  expect(new Set(items.map(key)).size).toBe(items.length);
  return { items, pages };
}

const SOURCE = 'Meridian Wire';
const STORIES = [
  'LISBON, March 1 (Meridian Wire) - Portuguese Foreign Minister Quillon Varnette met Brazilian President Tomas Ostrander on Tuesday. "We will sign a new trade pact next month," Varnette told reporters.',
  'LISBON, March 2 (Meridian Wire) - Quillon Varnette said talks with Brazil were going well. "The pact is nearly ready," Varnette said on Wednesday.',
  'PORTO, March 3 (Meridian Wire) - Exports to Brazil rose by 8 percent in 2022, Quillon Varnette said. "This is only the beginning," Varnette added.',
  'BRASILIA, March 4 (Meridian Wire) - Tomas Ostrander welcomed Quillon Varnette to Brasilia. "Portugal is a close friend," Ostrander said. "We agree," Varnette replied.',
  'LISBON, March 5 (Meridian Wire) - Quillon Varnette signed the trade pact on Sunday. "It is done," Varnette told journalists.',
];

interface Seeded {
  articleId: string;
  key: string;
  publishedAt: string;
  article: Article;
  extraction: Extraction;
}
const seeded: Seeded[] = STORIES.map((body, i) => {
  const key = i === 0 ? 'incoming/API Test + Wire/ü varnette (1).txt' : `incoming/api-test/varnette-${i + 1}.txt`;
  const publishedAt = `2023-03-0${i + 1}`;
  const article: Article = {
    title: `Trade talks, day ${i + 1}`, body, publishedAt, source: SOURCE, sources: [SOURCE], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text',
  };
  return { articleId: articleIdForKey(key), key, publishedAt, article, extraction: extract(article) };
});
const rejectedKey = 'incoming/api-test/broken.bin';
const rejectedId = articleIdForKey(rejectedKey);

// The extractor evolves: expectations come from what it produced for these stories, not from
// hard-coded entity ids. Names invented for this file (Varnette, Ostrander) are preferred because
// no other test writes them to the shared table, which makes exact counts safe.
const INVENTED = /varnette|ostrander/;
const mine = new Set(seeded.map((s) => s.articleId));

/** The entity named in the most of these stories. */
function mostMentioned(): { id: string; articleIds: string[]; invented: boolean } {
  const counts = new Map<string, string[]>();
  for (const s of seeded) for (const e of s.extraction.entities) counts.set(e.id, [...(counts.get(e.id) ?? []), s.articleId]);
  const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || Number(INVENTED.test(b[0])) - Number(INVENTED.test(a[0])));
  const [id, articleIds] = ranked[0] ?? ['', []];
  return { id, articleIds, invented: INVENTED.test(id) };
}

/** The resolved speaker of the most quotes in these stories. */
function speakerQuotes(): { speaker: string; count: number } {
  const counts = new Map<string, number>();
  for (const s of seeded) for (const f of s.extraction.facts) if (f.type === 'quote' && f.speaker.entityId) counts.set(f.speaker.entityId, (counts.get(f.speaker.entityId) ?? 0) + 1);
  const [speaker, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return { speaker, count };
}
const newestFirst = (ids: string[]) => seeded.filter((s) => ids.includes(s.articleId)).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((s) => s.articleId);

beforeAll(async () => {
  for (const s of seeded) {
    await store.replaceObject({ bucket: env.bucket, key: s.key, versionId: null, sequencer: '01' }, await store.objectState(s.key), '2026-11-28T12:00:00.000Z', {
      articles: [{ articleId: s.articleId, article: s.article, extraction: s.extraction }],
    });
  }
  await store.replaceObject({ bucket: env.bucket, key: rejectedKey, versionId: null, sequencer: '01' }, await store.objectState(rejectedKey), '2026-11-28T12:00:00.000Z', {
    rejected: { articleId: rejectedId, error: { code: 'BINARY_DATA', message: 'The file holds binary data, not text.' } },
  });
});

describe('query API over DynamoDB Local', () => {
  it('answers /health and serves its OpenAPI document', async () => {
    expect(await get('/health')).toEqual({ status: 'ok' });
    const doc = await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/entities/{entityId}/facts');
  });

  it('returns each stored article with its decoded key and exactly its extraction', async () => {
    for (const s of seeded) {
      const article = await get<ArticleDetail>(`/articles/${s.articleId}`);
      expect(article).toMatchObject({ articleId: s.articleId, key: s.key, status: 'processed', publishedAt: s.publishedAt, source: SOURCE, sources: [SOURCE] });
      expect(article.text).toBeUndefined();
      expect(article.entities.map((e) => e.id).sort()).toEqual(s.extraction.entities.map((e) => e.id).sort());
      expect(article.facts).toEqual(s.extraction.facts);
      expect(article.timex).toEqual(s.extraction.timex);
      expect(article.quantities).toEqual(s.extraction.quantities);
    }
    const withText = await get<ArticleDetail>(`/articles/${seeded[0].articleId}`, { include: 'text' });
    expect(withText.text).toBe(seeded[0].extraction.text);
    expect(withText.key).toBe('incoming/API Test + Wire/ü varnette (1).txt');
  });

  it('shows a rejected file as a rejected article with its error code', async () => {
    const article = await get<ArticleDetail>(`/articles/${rejectedId}`);
    expect(article).toMatchObject({ status: 'rejected', key: rejectedKey, error: { code: 'BINARY_DATA' } });
    const { items } = await allPages<ArticleSummary>('/articles', { status: 'rejected', limit: '100' }, (a) => a.articleId);
    expect(items.map((a) => a.articleId)).toContain(rejectedId);
    expect(items.every((a) => a.status === 'rejected')).toBe(true);
  });

  it('lists a source’s articles newest first across pages of 2', async () => {
    const { items, pages } = await allPages<ArticleSummary>('/articles', { source: SOURCE, limit: '2' }, (a) => a.articleId);
    expect(items.map((a) => a.articleId)).toEqual(newestFirst(seeded.map((s) => s.articleId)));
    expect(pages).toBe(3);
  });

  it('filters articles by entity and inclusive date bounds', async () => {
    const { id, articleIds } = mostMentioned();
    expect(articleIds.length).toBeGreaterThanOrEqual(2);
    const inRange = seeded.filter((s) => articleIds.includes(s.articleId) && s.publishedAt >= '2023-03-02' && s.publishedAt <= '2023-03-04').map((s) => s.articleId);
    const page = await get<Page<ArticleSummary>>('/articles', { entity: id, source: SOURCE, from: '2023-03-02', to: '2023-03-04' });
    expect(page.items.map((a) => a.articleId)).toEqual(newestFirst(inRange));
    const { items } = await allPages<ArticleSummary>('/articles', { entity: id, from: '2023-03-02', to: '2023-03-04', limit: '100' }, (a) => a.articleId);
    expect(items.map((a) => a.articleId).filter((a) => mine.has(a))).toEqual(newestFirst(inRange));
  });

  it('accepts datetime bounds with offsets, ordered by instant rather than by text', async () => {
    // 10:00+03:00 is 07:00Z, before 08:00Z, although its text sorts after it.
    for (const path of ['/articles', '/facts']) {
      const page = await get<Page<unknown>>(path, { from: '2023-03-01T10:00:00+03:00', to: '2023-03-01T08:00:00Z' });
      expect(page.items).toEqual([]);
    }
    // 01:00+03:00 on 1 March is 22:00Z on 28 February: the article of 1 March is inside.
    const day = await get<Page<ArticleSummary>>('/articles', { source: SOURCE, from: '2023-03-01T01:00:00+03:00', to: '2023-03-01T23:59:59+00:00' });
    expect(day.items.map((a) => a.articleId)).toEqual([seeded[0].articleId]);
  });

  it('finds the entity by a word prefix, case- and accent-insensitively, and by type', async () => {
    const { id } = mostMentioned();
    const stored = await get<EntityDetail>(`/entities/${id}`);
    const word = stored.name.split(' ').pop()!;
    for (const q of [word.slice(0, 4).toLowerCase(), word.toUpperCase(), word.replace('e', 'é')]) {
      const { items } = await get<Page<EntitySummary>>('/entities', { q });
      expect(items.map((e) => e.id), q).toContain(id);
    }
    const sameType = await get<Page<EntitySummary>>('/entities', { q: word, type: stored.type });
    expect(sameType.items.map((e) => e.id)).toContain(id);
    const otherType = await get<Page<EntitySummary>>('/entities', { q: word, type: stored.type === 'LAW' ? 'WORK' : 'LAW' });
    expect(otherType.items.map((e) => e.id)).not.toContain(id);
  });

  it('describes an entity: article count and first/last seen', async () => {
    const { id, articleIds, invented } = mostMentioned();
    const entity = await get<EntityDetail>(`/entities/${id}`);
    const dates = seeded.filter((s) => articleIds.includes(s.articleId)).map((s) => s.publishedAt).sort();
    const { items } = await allPages<ArticleSummary>(`/entities/${id}/articles`, { limit: '100' }, (a) => a.articleId);
    expect(entity.articleCount).toBe(items.length);
    expect(entity.articleCountExact).toBe(true);
    if (invented) {
      expect(entity.articleCount).toBe(articleIds.length);
      expect(entity.firstSeen?.slice(0, 10)).toBe(dates[0]);
      expect(entity.lastSeen?.slice(0, 10)).toBe(dates.at(-1));
    } else {
      expect(entity.articleCount).toBeGreaterThanOrEqual(articleIds.length);
      expect(entity.firstSeen!.slice(0, 10) <= dates[0]).toBe(true);
      expect(entity.lastSeen!.slice(0, 10) >= dates.at(-1)!).toBe(true);
    }
  });

  it('pages an entity’s articles newest first with limit 1', async () => {
    const { id, articleIds } = mostMentioned();
    const { items, pages } = await allPages<ArticleSummary>(`/entities/${id}/articles`, { limit: '1' }, (a) => a.articleId);
    expect(items.map((a) => a.articleId).filter((a) => mine.has(a))).toEqual(newestFirst(articleIds));
    // DynamoDB may hand back a cursor after the last item; the page after it is then empty.
    expect(pages === items.length || pages === items.length + 1).toBe(true);
    const dates = items.map((a) => (a.publishedAt ?? a.receivedAt).slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists quotes by speaker with their provenance, on /facts and under the entity', async () => {
    const { speaker, count } = speakerQuotes();
    expect(count).toBeGreaterThanOrEqual(2);
    const bySpeaker = await allPages<FactRecord>('/facts', { speaker, limit: '1' }, (r) => `${r.articleId}:${r.fact.start}`);
    const ours = bySpeaker.items.filter((r) => mine.has(r.articleId));
    expect(ours).toHaveLength(count);
    for (const record of ours) {
      const source = seeded.find((s) => s.articleId === record.articleId)!;
      expect(record).toMatchObject({ publishedAt: source.publishedAt, sources: [SOURCE] });
      expect(record.fact).toMatchObject({ type: 'quote', speaker: { entityId: speaker } });
      expect(source.extraction.text).toContain(record.evidence);
      expect(record.evidence.length).toBeGreaterThan(0);
    }
    const underEntity = await allPages<FactRecord>(`/entities/${speaker}/facts`, { type: 'quote', limit: '2' }, (r) => `${r.articleId}:${r.fact.start}`);
    expect(underEntity.items.filter((r) => mine.has(r.articleId))).toHaveLength(count);
    expect(underEntity.items.every((r) => r.fact.type === 'quote')).toBe(true);
    // A fact is dated by the calendar time it refers to, else by its article (openapi.json, /facts).
    const factDate = (r: FactRecord) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(r.fact.date ?? '')?.[0] ?? r.publishedAt!;
    const inRange = (r: FactRecord) => factDate(r) >= '2023-03-02' && factDate(r) <= '2023-03-04\uffff';
    const dated = await allPages<FactRecord>('/facts', { speaker, from: '2023-03-02', to: '2023-03-04' }, (r) => `${r.articleId}:${r.fact.start}`);
    expect(dated.items.filter((r) => mine.has(r.articleId))).toHaveLength(ours.filter(inRange).length);
    expect(dated.items.every(inRange)).toBe(true);
  });

  it('answers 404 problems for unknown ids and routes, 405 with Allow for other methods', async () => {
    for (const path of ['/articles/aNoSuchArticle', '/entities/per-no-such-person', '/entities/per-no-such-person/articles', '/entities/per-no-such-person/facts']) {
      const response = await send('GET', path);
      expect(response.status).toBe(404);
      expect((JSON.parse(response.body) as Problem).code).toBe('NOT_FOUND');
    }
    expect((await send('GET', '/nothing/here')).status).toBe(404);
    const wrongMethod = await send('POST', '/articles');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, HEAD');
  });

  it('answers 400 problems naming each bad parameter', async () => {
    const cases: [string, string, string[]][] = [
      ['/articles', 'limit=0', ['limit']],
      ['/articles', 'limit=abc&status=done&colour=red', ['colour', 'limit', 'status']],
      ['/articles', 'limit=5&limit=6', ['limit']],
      ['/articles', 'from=2023-03-05&to=2023-03-01', ['to']],
      ['/entities', '', ['q']],
      ['/entities', 'q=x', ['q']],
      ['/entities', 'q=varn&type=person', ['type']],
      ['/facts', 'type=rumour&speaker=%20bad', ['speaker', 'type']],
      [`/articles/${seeded[0].articleId}`, 'include=everything', ['include']],
    ];
    for (const [path, query, names] of cases) {
      const response = await send('GET', path, query);
      expect(response.status, `${path}?${query}`).toBe(400);
      const problem = JSON.parse(response.body) as Problem;
      expect(problem.code).toBe('INVALID_REQUEST');
      expect(problem.errors?.map((e) => e.name).sort()).toEqual(names);
    }
  });
});

describe('cursors cannot be tampered with', () => {
  async function firstCursor(path: string, query: Record<string, string>): Promise<string> {
    const page = await get<Page<unknown>>(path, query);
    expect(page.nextCursor).not.toBeNull();
    return page.nextCursor!;
  }
  const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f: string; k: Record<string, unknown> };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  async function expectInvalidCursor(path: string, query: Record<string, string>): Promise<void> {
    const response = await send('GET', path, new URLSearchParams(query).toString());
    expect(response.status, `${path} ${JSON.stringify(query)}: ${response.body}`).toBe(400);
    expect((JSON.parse(response.body) as Problem).code).toBe('INVALID_CURSOR');
  }

  it('refuses garbage, truncated and bit-flipped cursors', async () => {
    const cursor = await firstCursor('/articles', { source: SOURCE, limit: '2' });
    for (const bad of ['garbage', cursor.slice(0, 10), cursor.slice(0, -3), cursor.replace(/[A-Za-z]/, (c) => (c === 'e' ? 'f' : 'e')), encode({})]) {
      await expectInvalidCursor('/articles', { source: SOURCE, limit: '2', cursor: bad });
    }
  });

  it('refuses a cursor replayed on another query', async () => {
    const cursor = await firstCursor('/articles', { source: SOURCE, limit: '2' });
    await expectInvalidCursor('/articles', { limit: '2', cursor });
    await expectInvalidCursor('/facts', { limit: '2', cursor });
    await expectInvalidCursor(`/entities/${mostMentioned().id}/articles`, { limit: '2', cursor });
  });

  it('refuses a crafted cursor whose key DynamoDB itself refuses (outside the queried dates) as invalid, not as a fault', async () => {
    const query = { source: SOURCE, from: '1900-01-01', limit: '1' };
    const { f, k } = decode(await firstCursor('/articles', query));
    await expectInvalidCursor('/articles', { ...query, cursor: encode({ f, k: { ...k, sk: `1800-01-01${String(k.sk).slice(10)}` } }) });
  });

  it('refuses a crafted cursor that keeps the fingerprint but points elsewhere', async () => {
    const cursor = await firstCursor('/articles', { source: SOURCE, limit: '2' });
    const { f, k } = decode(cursor);
    const partitionAttribute = Object.keys(k).find((name) => name.endsWith('pk') && name !== 'pk') ?? 'pk';
    await expectInvalidCursor('/articles', { source: SOURCE, limit: '2', cursor: encode({ f, k: { ...k, [partitionAttribute]: 'E#per-someone-else' } }) });
    await expectInvalidCursor('/articles', { source: SOURCE, limit: '2', cursor: encode({ f, k: { ...k, pk: 12 } }) });
    await expectInvalidCursor('/articles', { source: SOURCE, limit: '2', cursor: encode({ f, k: { [partitionAttribute]: k[partitionAttribute] } }) });
    await expectInvalidCursor('/articles', { source: SOURCE, limit: '2', cursor: encode({ f, k: { ...k, extra: 'x' } }) });
  });
});

describe('no request produces a 5xx (real handler, DynamoDB Local)', () => {
  // NEWSFACTS_API_FUZZ_RUNS raises the count for a longer hunt (e.g. 5000).
  const runs = Number(process.env.NEWSFACTS_API_FUZZ_RUNS) || 300;
  it(`answers ${runs} random requests below 500, each conforming to openapi.json`, async () => {
    const { id } = mostMentioned();
    const ids = [...seeded.map((s) => s.articleId), rejectedId, id, 'per-no-such-person'];
    const cursors = [
      (await get<Page<unknown>>('/articles', { source: SOURCE, limit: '2' })).nextCursor!,
      (await get<Page<unknown>>(`/entities/${id}/articles`, { limit: '1' })).nextCursor!,
    ];
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(rawRequests(ids, cursors), async (request) => {
        const response = await send(request.method, request.rawPath, request.rawQueryString, request.headers);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${request.method} ${request.rawPath}?${request.rawQueryString}: ${response.body}`).toBeLessThan(500);
      }),
      { numRuns: runs },
    );
    if (process.env.NEWSFACTS_TEST_VERBOSE) console.log('statuses', Object.fromEntries(statuses));
    for (const status of [200, 400, 404]) expect(statuses.get(status) ?? 0).toBeGreaterThan(5);
  });
});

describe('every valid request succeeds (real handler, DynamoDB Local)', () => {
  const runs = Math.max(100, Math.round((Number(process.env.NEWSFACTS_API_FUZZ_RUNS) || 300) / 2));
  it(`answers ${runs} random valid queries with 200 and a next page that continues the first`, async () => {
    const { id } = mostMentioned();
    const { speaker } = speakerQuotes();
    const entityIds = [id, speaker, 'per-no-such-person'];
    const day = fc.date({ min: new Date('2022-12-01T00:00:00Z'), max: new Date('2023-04-01T00:00:00Z'), noInvalidDate: true });
    const bound = fc.oneof(
      day.map((d) => d.toISOString().slice(0, 10)),
      fc.tuple(day, fc.integer({ min: -12, max: 14 })).map(([d, h]) => d.toISOString().slice(0, 19) + (h === 0 ? 'Z' : `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`)),
    );
    const limit = fc.integer({ min: 1, max: 100 }).map(String);
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const request = fc.oneof(
      fc.record({ path: fc.constant('/articles'), query: fc.record({ entity: optional(fc.constantFrom(...entityIds)), source: optional(fc.constantFrom(SOURCE, 'Sputnik', 'No Such Wire')), from: optional(bound), to: optional(bound), status: optional(fc.constantFrom('processed', 'rejected')), limit: optional(limit) }) }),
      fc.record({ path: fc.constant('/articles'), query: fc.record({ title: fc.constantFrom('trade', 'TALKS day', 'tra', 'day 3', 'zz', 'the', 'd'), source: optional(fc.constantFrom(SOURCE, 'No Such Wire')), from: optional(bound), to: optional(bound), status: optional(fc.constantFrom('processed', 'rejected')), limit: optional(limit) }) }),
      fc.record({ path: fc.constant('/entities'), query: fc.record({ q: fc.constantFrom('va', 'varn', 'Quillon', 'ostr', 'lis', 'tomas ostrander', 'zz'), type: optional(fc.constantFrom(...ENTITY_TYPES)), limit: optional(limit) }) }),
      fc.record({ path: fc.constantFrom(...entityIds).map((e) => `/entities/${e}/articles`), query: fc.record({ limit: optional(limit) }) }),
      fc.record({ path: fc.constantFrom(...entityIds).map((e) => `/entities/${e}/facts`), query: fc.record({ type: optional(fc.constantFrom(...FACT_TYPES)), limit: optional(limit) }) }),
      fc.record({ path: fc.constant('/facts'), query: fc.record({ type: optional(fc.constantFrom(...FACT_TYPES)), speaker: optional(fc.constantFrom(...entityIds)), from: optional(bound), to: optional(bound), limit: optional(limit) }) }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ path, query }) => {
        const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const reversed = defined.from && defined.to && Date.parse(defined.from.length === 10 ? `${defined.from}T00:00:00Z` : defined.from) > Date.parse(defined.to.length === 10 ? `${defined.to}T23:59:59.999Z` : defined.to);
        const unknownEntity = path.includes('per-no-such-person/');
        const expected = reversed ? 400 : unknownEntity ? 404 : 200;
        const first = await send('GET', path, new URLSearchParams(defined).toString());
        expect(first.status, `${path} ${JSON.stringify(defined)}: ${first.body}`).toBe(expected);
        if (expected !== 200) return;
        const page = JSON.parse(first.body) as Page<unknown>;
        if (!page.nextCursor) return;
        const next = await send('GET', path, new URLSearchParams({ ...defined, cursor: page.nextCursor }).toString());
        expect(next.status, `${path} ${JSON.stringify(defined)} page 2: ${next.body}`).toBe(200);
        const seen = new Set(page.items.map((item) => JSON.stringify(item)));
        for (const item of (JSON.parse(next.body) as Page<unknown>).items) expect(seen.has(JSON.stringify(item))).toBe(false);
      }),
      { numRuns: runs },
    );
  });
});

