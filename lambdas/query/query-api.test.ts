import { Validator } from '@seriousme/openapi-schema-validator';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, FACT_TYPES } from '../extract/types.js';
import { REJECTION_CODES, type ArticleSummary, type EntitySummary, type FactRecord, type Page } from '../store/article-store.js';
import type { ApiResponse } from './http-types.js';
import { InMemoryArticleReader } from '../../test/support/in-memory-article-reader.js';
import { createResponseValidator } from '../../test/support/openapi-conformance.js';
import openApiDocument from './openapi.json' with { type: 'json' };
import { createQueryApi, QUERY_ROUTE_PATTERNS } from './query-api.js';
import { SAMPLE_ARTICLES } from '../../test/support/sample-articles.js';
import type { Problem } from './problem.js';

const validator = createResponseValidator();
let reader = new InMemoryArticleReader(SAMPLE_ARTICLES);
let api = createQueryApi(reader);
afterEach(() => {
  reader = new InMemoryArticleReader(SAMPLE_ARTICLES);
  api = createQueryApi(reader);
});

/** Calls the API and asserts the response conforms to openapi.json before returning it. */
async function call(path: string, query: Record<string, string | string[]> = {}, method = 'GET'): Promise<ApiResponse> {
  const response = await api({ method, path, query, headers: {} });
  expect(validator.check({ method, path }, response), `${method} ${path} ${JSON.stringify(query)}`).toEqual([]);
  return response;
}
const body = <T>(response: ApiResponse) => JSON.parse(response.body) as T;

async function expectProblem(response: Promise<ApiResponse>, status: number, code: string): Promise<Problem> {
  const r = await response;
  expect(r.status).toBe(status);
  expect(r.headers['content-type']).toBe('application/problem+json');
  const p = body<Problem>(r);
  expect(p.code).toBe(code);
  return p;
}

/** Follows nextCursor to the end, returning every item and the number of pages. */
async function allPages<T>(path: string, query: Record<string, string>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = body(await call(path, cursor ? { ...query, cursor } : query));
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { items, pages };
}

describe('health and description', () => {
  it('answers /health with JSON', async () => {
    const r = await call('/health');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(body(r)).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI 3.1 document describing exactly the routes it routes', async () => {
    const doc = body<typeof openApiDocument>(await call('/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...QUERY_ROUTE_PATTERNS].sort());
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(openApiDocument) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('keeps the document enums in step with the domain types', () => {
    expect(openApiDocument.components.schemas.EntityType.enum).toEqual([...ENTITY_TYPES]);
    expect(openApiDocument.components.schemas.FactType.enum).toEqual([...FACT_TYPES]);
    expect(Object.keys(openApiDocument.components.schemas.Fact.discriminator.mapping)).toEqual([...FACT_TYPES]);
  });
});

describe('articles', () => {
  it('lists articles newest first, 20 by default', async () => {
    const page = body<Page<ArticleSummary>>(await call('/articles'));
    expect(page.items.map((a) => a.articleId)).toEqual(['aBroken000000000000003', 'aMoscow000000000000002', 'aCaracas00000000000001']);
    expect(page.nextCursor).toBeNull();
  });

  it('pages with nextCursor until null, each item once', async () => {
    const { items, pages } = await allPages<ArticleSummary>('/articles', { limit: '1' });
    expect(pages).toBe(3);
    expect(new Set(items.map((a) => a.articleId)).size).toBe(3);
  });

  it('filters by status, entity, source and inclusive dates', async () => {
    const ids = async (query: Record<string, string>) => body<Page<ArticleSummary>>(await call('/articles', query)).items.map((a) => a.articleId);
    expect(await ids({ status: 'rejected' })).toEqual(['aBroken000000000000003']);
    expect(await ids({ entity: 'loc-venezuela' })).toEqual(['aCaracas00000000000001']);
    expect(await ids({ source: 'TASS' })).toEqual(['aMoscow000000000000002']);
    expect(await ids({ from: '2022-02-17', to: '2022-02-17' })).toEqual(['aCaracas00000000000001']);
    expect(await ids({ from: '2022-03-01T00:00:00Z', to: '2022-03-31', status: 'processed' })).toEqual(['aMoscow000000000000002']);
  });

  it('finds articles by the starts of their title words, with source and dates as filters', async () => {
    const ids = async (query: Record<string, string>) => body<Page<ArticleSummary>>(await call('/articles', query)).items.map((a) => a.articleId);
    expect(await ids({ title: 'borisov' })).toEqual(['aMoscow000000000000002']);
    expect(await ids({ title: 'VENEZ coop' })).toEqual(['aCaracas00000000000001']);
    expect(await ids({ title: 'venez havana' })).toEqual([]);
    expect(await ids({ title: 'borisov', source: 'TASS' })).toEqual(['aMoscow000000000000002']);
    expect(await ids({ title: 'borisov', to: '2022-02-28' })).toEqual([]);
    expect(await ids({ title: 'borisov', status: 'rejected' })).toEqual([]);
    // One letter is not looked up: it finds nothing rather than everything.
    expect(await ids({ title: 'b' })).toEqual([]);
  });

  it('finds rejected files by the words of their file name and by their code, never as titles', async () => {
    const ids = async (query: Record<string, string>) => body<Page<ArticleSummary>>(await call('/articles', query)).items.map((a) => a.articleId);
    // incoming/broken.bin: the words broken and bin.
    expect(await ids({ title: 'brok', status: 'rejected' })).toEqual(['aBroken000000000000003']);
    expect(await ids({ title: 'bin', code: 'BINARY_DATA' })).toEqual(['aBroken000000000000003']);
    expect(await ids({ title: 'brok', code: 'EMPTY_FILE' })).toEqual([]);
    expect(await ids({ title: 'brok' })).toEqual([]);
    expect(await ids({ title: 'brok', status: 'processed' })).toEqual([]);
    expect(await ids({ code: 'BINARY_DATA' })).toEqual(['aBroken000000000000003']);
    expect(await ids({ code: 'BINARY_DATA', status: 'rejected' })).toEqual(['aBroken000000000000003']);
    expect(await ids({ code: 'TOO_LARGE' })).toEqual([]);
  });

  it('refuses an unknown code, or a code with status=processed, with a 400 problem', async () => {
    const unknown = await expectProblem(call('/articles', { code: 'binary_data' }), 400, 'INVALID_REQUEST');
    expect(unknown.errors?.[0]?.name).toBe('code');
    expect(unknown.errors?.[0]?.reason).toMatch(/^must be one of EMPTY_FILE, .*PROCESSING_FAILED$/);
    const contradiction = await expectProblem(call('/articles', { code: 'BINARY_DATA', status: 'processed' }), 400, 'INVALID_REQUEST');
    expect(contradiction.errors).toEqual([{ name: 'code', reason: 'only for rejected files: cannot be combined with status=processed' }]);
  });

  it('documents every rejection code the API takes', () => {
    const schemas = (openApiDocument as { components: { schemas: Record<string, { enum?: string[] }> } }).components.schemas;
    expect(schemas.RejectionCode.enum).toEqual([...REJECTION_CODES]);
  });

  it('refuses a title search with an entity, or an empty or overlong title, with a 400 problem', async () => {
    const combined = await expectProblem(call('/articles', { title: 'borisov', entity: 'loc-venezuela' }), 400, 'INVALID_REQUEST');
    expect(combined.errors).toEqual([{ name: 'title', reason: 'cannot be combined with entity' }]);
    await expectProblem(call('/articles', { title: ' ' }), 400, 'INVALID_REQUEST');
    await expectProblem(call('/articles', { title: 'x'.repeat(201) }), 400, 'INVALID_REQUEST');
    await expectProblem(call('/articles', { title: ['a', 'b'] }), 400, 'INVALID_REQUEST');
  });

  it('returns one article with its decoded key, and its text only when asked', async () => {
    const article = body<{ key: string; text?: string; entities: unknown[]; facts: unknown[] }>(await call('/articles/aCaracas00000000000001'));
    expect(article.key).toBe('incoming/World News + Politics/ü caracas (1).txt');
    expect(article.text).toBeUndefined();
    expect(article.facts).toHaveLength(3);
    const withText = body<{ text: string }>(await call('/articles/aCaracas00000000000001', { include: 'text' }));
    expect(withText.text.startsWith('Russia and Venezuela agree')).toBe(true);
  });

  it('shows a rejected article with its error', async () => {
    const article = body<ArticleSummary>(await call('/articles/aBroken000000000000003'));
    expect(article.status).toBe('rejected');
    expect(article.error?.code).toBe('BINARY_DATA');
  });

  it('answers 404 problem for an unknown article', async () => {
    const p = await expectProblem(call('/articles/aUnknown'), 404, 'NOT_FOUND');
    expect(p).toMatchObject({ type: 'urn:newsfacts:problem:not-found', title: 'Not found', status: 404, instance: '/articles/aUnknown' });
    expect(p.detail).toContain('aUnknown');
  });

  it('hands the reader datetime bounds in UTC, so their text order is their time order', async () => {
    const seen: unknown[] = [];
    const spy = Object.assign(Object.create(reader), {
      listArticles: async (filter: unknown) => {
        seen.push(filter);
        return { items: [], nextCursor: null };
      },
    });
    await createQueryApi(spy)({ method: 'GET', path: '/articles', query: { from: '2023-03-01T10:00:00+03:00', to: '2023-03-01' }, headers: {} });
    expect(seen).toEqual([{ from: '2023-03-01T07:00:00.000Z', to: '2023-03-01' }]);
  });

  it('refuses a from after to', async () => {
    const p = await expectProblem(call('/articles', { from: '2022-03-02', to: '2022-03-01' }), 400, 'INVALID_REQUEST');
    expect(p.errors).toEqual([{ name: 'to', reason: 'must not be before from' }]);
  });
});

describe('entities', () => {
  it('finds entities by a case- and accent-insensitive word prefix', async () => {
    const found = async (q: string, type?: string) =>
      body<Page<EntitySummary>>(await call('/entities', type ? { q, type } : { q })).items.map((e) => e.id);
    expect(await found('bor')).toEqual(['per-yury-borisov']);
    expect(await found('BORISOV')).toEqual(['per-yury-borisov']);
    expect(await found('nicolas')).toEqual(['per-nicolas-maduro']);
    expect(await found('yury bor')).toEqual(['per-yury-borisov']);
    expect(await found('bor', 'LOCATION')).toEqual([]);
  });

  it('returns an entity with aliases, article count and first/last seen', async () => {
    const entity = body(await call('/entities/per-yury-borisov'));
    expect(entity).toEqual({
      id: 'per-yury-borisov', name: 'Yury Borisov', type: 'PERSON', aliases: ['Borisov'],
      articleCount: 2, articleCountExact: true, storyCount: 2, firstSeen: '2022-02-17', lastSeen: '2022-03-01',
    });
  });

  it('lists an entity’s articles newest first, paging', async () => {
    const { items, pages } = await allPages<ArticleSummary>('/entities/per-yury-borisov/articles', { limit: '1' });
    expect(pages).toBe(2);
    expect(items.map((a) => a.articleId)).toEqual(['aMoscow000000000000002', 'aCaracas00000000000001']);
  });

  it('lists an entity’s facts with provenance, filtered by type', async () => {
    const all = body<Page<FactRecord>>(await call('/entities/per-yury-borisov/facts'));
    expect(all.items.map((r) => r.fact.type).sort()).toEqual(['quote', 'quote', 'role']);
    const roles = body<Page<FactRecord>>(await call('/entities/per-yury-borisov/facts', { type: 'role' }));
    expect(roles.items).toHaveLength(1);
    expect(roles.items[0]).toMatchObject({ articleId: 'aCaracas00000000000001', publishedAt: '2022-02-17', sources: ['Sputnik'] });
    expect(roles.items[0].evidence).toBe('Russian Deputy Prime Minister Yury Borisov');
  });

  it('ranks the entities most often named with an entity, counted over its articles', async () => {
    const coMentions = body<{ items: { id: string; articleCount: number }[]; articlesRead: number; complete: boolean }>(
      await call('/entities/per-yury-borisov/co-mentions', { limit: '3' }),
    );
    expect(coMentions.articlesRead).toBe(2);
    expect(coMentions.complete).toBe(true);
    expect(coMentions.items).toHaveLength(3);
    expect(coMentions.items.map((e) => e.id)).not.toContain('per-yury-borisov');
    const counts = coMentions.items.map((e) => e.articleCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expectProblem(call('/entities/per-yury-borisov/co-mentions', { cursor: 'x' }), 400, 'INVALID_REQUEST');
  });

  it('answers 404 for an unknown entity on every entity route', async () => {
    for (const path of ['/entities/per-nobody', '/entities/per-nobody/articles', '/entities/per-nobody/facts', '/entities/per-nobody/co-mentions']) {
      await expectProblem(call(path), 404, 'NOT_FOUND');
    }
  });
});

describe('facts', () => {
  it('lists quotes by speaker entity id and date', async () => {
    const quotes = body<Page<FactRecord>>(await call('/facts', { speaker: 'per-yury-borisov' }));
    expect(quotes.items.map((r) => r.articleId)).toEqual(['aMoscow000000000000002', 'aCaracas00000000000001']);
    const march = body<Page<FactRecord>>(await call('/facts', { speaker: 'per-yury-borisov', from: '2022-03-01' }));
    expect(march.items).toHaveLength(1);
    const quantities = body<Page<FactRecord>>(await call('/facts', { type: 'quantity' }));
    expect(quantities.items.map((r) => r.fact.type)).toEqual(['quantity']);
  });
});

describe('validation', () => {
  const cases: [string, Record<string, string | string[]>, string, string][] = [
    ['/articles', { limit: '0' }, 'limit', 'must be an integer from 1 to 100'],
    ['/articles', { limit: '101' }, 'limit', 'must be an integer from 1 to 100'],
    ['/articles', { limit: '1.5' }, 'limit', 'must be an integer from 1 to 100'],
    ['/articles', { limit: ' 5' }, 'limit', 'must be an integer from 1 to 100'],
    ['/articles', { limit: '' }, 'limit', 'must be an integer from 1 to 100'],
    ['/articles', { status: 'done' }, 'status', 'must be one of processed, rejected'],
    ['/articles', { from: '2022-02-30' }, 'from', 'must be an ISO date (YYYY-MM-DD) or datetime with zone (YYYY-MM-DDThh:mm[:ss[.fff]]Z or ±hh:mm)'],
    ['/articles', { to: 'yesterday' }, 'to', 'must be an ISO date (YYYY-MM-DD) or datetime with zone (YYYY-MM-DDThh:mm[:ss[.fff]]Z or ±hh:mm)'],
    ['/articles', { entity: 'per yury' }, 'entity', 'must be 1-200 characters among A-Z a-z 0-9 . _ ~ -, starting with a letter or digit'],
    ['/articles', { source: '' }, 'source', 'must be 1 to 200 characters'],
    ['/articles', { cursor: '' }, 'cursor', 'must be the nextCursor value of a previous page, unchanged'],
    ['/articles', { colour: 'red' }, 'colour', 'unknown parameter (accepted: entity, source, title, from, to, status, code, limit, cursor)'],
    ['/articles', { limit: ['1', '2'] }, 'limit', 'must be given at most once'],
    ['/articles/aCaracas00000000000001', { include: 'html' }, 'include', 'must be text'],
    ['/entities', {}, 'q', 'is required'],
    ['/entities', { q: 'b' }, 'q', 'must be 2 to 100 characters (a name or the start of one)'],
    ['/entities', { q: ' b ' }, 'q', 'must be 2 to 100 characters (a name or the start of one)'],
    ['/entities', { q: 'x'.repeat(101) }, 'q', 'must be 2 to 100 characters (a name or the start of one)'],
    ['/entities', { q: 'bor', type: 'person' }, 'type', `must be one of ${ENTITY_TYPES.join(', ')}`],
    ['/entities/per-yury-borisov', { limit: '5' }, 'limit', 'unknown parameter (this route takes none)'],
    ['/entities/per-yury-borisov/facts', { type: 'rumour' }, 'type', `must be one of ${FACT_TYPES.join(', ')}`],
    ['/facts', { speaker: '-x' }, 'speaker', 'must be 1-200 characters among A-Z a-z 0-9 . _ ~ -, starting with a letter or digit'],
    ['/health', { verbose: '1' }, 'verbose', 'unknown parameter (this route takes none)'],
    ['/articles', Object.fromEntries([['__proto__', 'x']]), '__proto__', 'unknown parameter (accepted: entity, source, title, from, to, status, code, limit, cursor)'],
  ];
  it.each(cases)('%s %j → 400 naming %s', async (path, query, name, reason) => {
    const p = await expectProblem(call(path, query), 400, 'INVALID_REQUEST');
    expect(p.errors).toContainEqual({ name, reason });
    expect(reader.calls).toBe(0);
  });

  it('reports every invalid parameter at once', async () => {
    const p = await expectProblem(call('/articles', { limit: 'x', status: 'y', foo: 'z' }), 400, 'INVALID_REQUEST');
    expect(p.errors?.map((e) => e.name).sort()).toEqual(['foo', 'limit', 'status']);
  });

  it('accepts the bounds: limit 1 and 100, q of 2 and 100 characters, datetimes with offsets', async () => {
    for (const query of [{ limit: '1' }, { limit: '100' }, { from: '2024-02-29T23:59:59.999+14:00' }] as Record<string, string>[]) expect((await call('/articles', query)).status).toBe(200);
    for (const q of ['bo', 'b'.repeat(100)]) expect((await call('/entities', { q })).status).toBe(200);
  });

  it('refuses ids that are not URL-safe, even when encoded', async () => {
    const p = await expectProblem(call('/articles/a%2Fb'), 400, 'INVALID_REQUEST');
    expect(p.errors).toEqual([{ name: 'articleId', reason: expect.stringContaining('must be 1-200 characters') }]);
    await expectProblem(call(`/entities/${'x'.repeat(201)}`), 400, 'INVALID_REQUEST');
  });

  it('decodes percent-encoded ids', async () => {
    expect((await call('/entities/per%2Dyury%2Dborisov')).status).toBe(200);
  });

  it('refuses malformed percent-encoding in the path', async () => {
    const p = await expectProblem(call('/articles/%E0%A4%A'), 400, 'INVALID_REQUEST');
    expect(p.errors).toEqual([{ name: 'path', reason: 'must be valid percent-encoded UTF-8' }]);
  });
});

describe('cursors', () => {
  it('refuses a tampered cursor', async () => {
    const first = body<Page<ArticleSummary>>(await call('/articles', { limit: '1' }));
    const tampered = first.nextCursor!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const p = await expectProblem(call('/articles', { limit: '1', cursor: tampered }), 400, 'INVALID_CURSOR');
    expect(p.errors).toEqual([{ name: 'cursor', reason: expect.any(String) }]);
    await expectProblem(call('/articles', { limit: '1', cursor: 'garbage' }), 400, 'INVALID_CURSOR');
  });

  it('refuses a cursor issued for another query', async () => {
    const first = body<Page<ArticleSummary>>(await call('/articles', { limit: '1' }));
    await expectProblem(call('/articles', { limit: '1', status: 'processed', cursor: first.nextCursor! }), 400, 'INVALID_CURSOR');
    await expectProblem(call('/entities/per-yury-borisov/articles', { limit: '1', cursor: first.nextCursor! }), 400, 'INVALID_CURSOR');
  });
});

describe('routes and methods', () => {
  it('answers 404 problem for an unknown route', async () => {
    for (const path of ['/', '/nope', '/articles/', '/entities//articles', '/articles/x/y', '/ARTICLES']) {
      const p = await expectProblem(call(path), 404, 'ROUTE_NOT_FOUND');
      expect(p.instance).toBe(path);
    }
  });

  it('answers 405 with Allow for a wrong method on a known route', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await call('/articles', {}, method);
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
      expect(body<Problem>(r).code).toBe('METHOD_NOT_ALLOWED');
    }
    expect((await call('/nope', {}, 'POST')).status).toBe(404);
  });

  it('answers HEAD like GET without a body', async () => {
    const r = await call('/entities/per-yury-borisov', {}, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
    expect((await call('/entities/per-nobody', {}, 'HEAD')).status).toBe(404);
  });

  it('accepts lower-case method names', async () => {
    expect((await call('/health', {}, 'get')).status).toBe(200);
  });
});
