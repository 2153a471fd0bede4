import { describe, expect, it } from 'vitest';
import { InvalidCursorError, StoreBusyError, type ArticleReader } from '../store/article-store.js';
import { acceptsGzip, apiRequestFromEvent, createApiGatewayHandler, type FaultLogger } from './api-gateway-v2.js';
import { InMemoryArticleReader } from '../../test/support/in-memory-article-reader.js';
import { httpApiEvent, responseOfResult } from '../../test/support/http-api-event.js';
import { createResponseValidator } from '../../test/support/openapi-conformance.js';
import { createQueryApi } from '../query/query-api.js';
import { SAMPLE_ARTICLES } from '../../test/support/sample-articles.js';

function recordingLogger(): FaultLogger & { entries: { level: string; message: string; extra: unknown[] }[] } {
  const entries: { level: string; message: string; extra: unknown[] }[] = [];
  return {
    entries,
    error: (message, ...extra) => entries.push({ level: 'error', message, extra }),
    warn: (message, ...extra) => entries.push({ level: 'warn', message, extra }),
  };
}

/** A reader whose every method fails with the given error. */
function failingReader(error: Error): ArticleReader {
  const fail = async () => {
    throw error;
  };
  return {
    getArticle: fail,
    listArticles: fail,
    searchEntities: fail,
    getEntity: fail,
    listEntityArticles: fail,
    listEntityFacts: fail,
    listCoMentions: fail,
    listSimilar: fail,
    listStories: fail,
    listFacts: fail,
  };
}

describe('API Gateway v2 events to requests', () => {
  it('decodes the raw query string, keeping repetitions apart', () => {
    const request = apiRequestFromEvent(httpApiEvent('GET', '/entities', 'q=el+a%C3%AFssami&type=PERSON&type=LOCATION&empty='));
    expect(request.query).toEqual({ q: 'el aïssami', type: ['PERSON', 'LOCATION'], empty: '' });
  });

  it('keeps the path encoded so an encoded slash stays inside its segment', () => {
    expect(apiRequestFromEvent(httpApiEvent('GET', '/articles/a%2Fb')).path).toBe('/articles/a%2Fb');
  });

  it('drops a named stage from the path', () => {
    expect(apiRequestFromEvent(httpApiEvent('GET', '/prod/health', '', {}, 'prod')).path).toBe('/health');
    expect(apiRequestFromEvent(httpApiEvent('GET', '/production/health', '', {}, 'prod')).path).toBe('/production/health');
  });

  it('lower-cases header names', () => {
    expect(apiRequestFromEvent(httpApiEvent('GET', '/health', '', { Accept: 'application/json' })).headers).toEqual({ accept: 'application/json' });
  });
});

describe('the handler', () => {
  it('answers through the query API', async () => {
    const handle = createApiGatewayHandler(createQueryApi(new InMemoryArticleReader(SAMPLE_ARTICLES)), recordingLogger());
    const result = await handle(httpApiEvent('GET', '/entities', 'q=bor'));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!).items[0].id).toBe('per-yury-borisov');
    expect(result.isBase64Encoded).toBe(false);
  });

  it('turns a malformed query escape into a 400, never a 500', async () => {
    const handle = createApiGatewayHandler(createQueryApi(new InMemoryArticleReader(SAMPLE_ARTICLES)), recordingLogger());
    const result = await handle(httpApiEvent('GET', '/articles', 'limit=%E0%A4%A'));
    expect(result.statusCode).toBe(400);
  });

  it('answers an unexpected fault with a logged 500 problem that reveals nothing', async () => {
    const logger = recordingLogger();
    const handle = createApiGatewayHandler(createQueryApi(failingReader(new Error('connect ECONNREFUSED 10.0.0.7:8000 table secret-table'))), logger);
    const result = await handle(httpApiEvent('GET', '/entities/per-x'));
    expect(result.statusCode).toBe(500);
    expect(result.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(result.body!)).toMatchObject({ code: 'INTERNAL_ERROR', status: 500, instance: '/entities/per-x', requestId: 'req-1' });
    expect(result.body).not.toMatch(/ECONNREFUSED|secret-table|10\.0\.0\.7|at /);
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0].level).toBe('error');
    expect(JSON.stringify(logger.entries[0].extra)).toContain('req-1');
  });

  it('answers store throttling with 503 and Retry-After', async () => {
    const throttled = new StoreBusyError({ cause: Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' }) });
    const logger = recordingLogger();
    const handle = createApiGatewayHandler(createQueryApi(failingReader(throttled)), logger);
    const result = await handle(httpApiEvent('GET', '/facts'));
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(result.body!).code).toBe('SERVICE_UNAVAILABLE');
    expect(logger.entries.map((e) => e.level)).toEqual(['warn']);
  });

  it('answers a cursor the store refused (its DynamoDB adapter translates a refused start key) as an invalid cursor, not a 500', async () => {
    const refused = new InvalidCursorError({ cause: Object.assign(new Error('The provided starting key is invalid'), { name: 'ValidationException' }) });
    const logger = recordingLogger();
    const handle = createApiGatewayHandler(createQueryApi(failingReader(refused)), logger);
    const result = await handle(httpApiEvent('GET', '/facts', 'cursor=abc'));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body!).code).toBe('INVALID_CURSOR');
    // A client's mistake, not a fault: nothing to log.
    expect(logger.entries).toEqual([]);
    // Store errors are matched by the port's types only: a raw DynamoDB error is a fault.
    for (const raw of [
      Object.assign(new Error('One or more parameter values were invalid'), { name: 'ValidationException' }),
      Object.assign(new Error('The provided starting key is invalid'), { name: 'ValidationException' }),
    ]) {
      expect((await createApiGatewayHandler(createQueryApi(failingReader(raw)), recordingLogger())(httpApiEvent('GET', '/facts'))).statusCode).toBe(500);
    }
  });

  it('still maps bad input to 4xx when the store is down', async () => {
    const handle = createApiGatewayHandler(createQueryApi(failingReader(new Error('down'))), recordingLogger());
    expect((await handle(httpApiEvent('GET', '/facts', 'limit=0'))).statusCode).toBe(400);
    expect((await handle(httpApiEvent('DELETE', '/facts'))).statusCode).toBe(405);
    expect((await handle(httpApiEvent('GET', '/nope'))).statusCode).toBe(404);
  });
});

describe('paths as API Gateway delivers them (already decoded)', () => {
  it('routes a decoded path and refuses ids that are not URL-safe', async () => {
    const handle = createApiGatewayHandler(createQueryApi(new InMemoryArticleReader(SAMPLE_ARTICLES)), recordingLogger());
    expect((await handle(httpApiEvent('GET', '/entities/per-yury-borisov'))).statusCode).toBe(200);
    expect((await handle(httpApiEvent('GET', '/entities/per-ü'))).statusCode).toBe(400);
    expect((await handle(httpApiEvent('GET', '/entities/100%'))).statusCode).toBe(400);
    expect((await handle(httpApiEvent('GET', '/entities/a b/articles'))).statusCode).toBe(400);
  });
});

describe('response encoding and size', () => {
  const big = { ...SAMPLE_ARTICLES[0], articleId: 'aHuge00000000000000004', text: 'The committee met again on Tuesday. '.repeat(200_000) };
  const handle = createApiGatewayHandler(createQueryApi(new InMemoryArticleReader([...SAMPLE_ARTICLES, big])), recordingLogger());
  const validator = createResponseValidator();

  it('reads Accept-Encoding like RFC 9110', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('compresses large answers for clients that accept gzip, and only those', async () => {
    const zipped = await handle(httpApiEvent('GET', '/openapi.json', '', { 'accept-encoding': 'gzip, br' }));
    expect(zipped).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-encoding': 'gzip', vary: 'accept-encoding' } });
    const plain = await handle(httpApiEvent('GET', '/openapi.json'));
    expect(plain).toMatchObject({ statusCode: 200, isBase64Encoded: false, headers: { vary: 'accept-encoding' } });
    expect(responseOfResult(zipped).body).toBe(plain.body);
    const small = await handle(httpApiEvent('GET', '/health', '', { 'accept-encoding': 'gzip' }));
    expect(small.isBase64Encoded).toBe(false);
  });

  it('answers an article over the 6 MB payload limit compressed, or with a 422 problem instead of failing', async () => {
    const path = '/articles/aHuge00000000000000004';
    const zipped = await handle(httpApiEvent('GET', path, 'include=text', { 'accept-encoding': 'gzip' }));
    expect(zipped.statusCode).toBe(200);
    expect(zipped.body!.length).toBeLessThan(6 * 1024 * 1024);
    expect(JSON.parse(responseOfResult(zipped).body).text).toBe(big.text);
    const refused = await handle(httpApiEvent('GET', path, 'include=text'));
    expect(refused.statusCode).toBe(422);
    expect(JSON.parse(refused.body!)).toMatchObject({ code: 'RESPONSE_TOO_LARGE', instance: path });
    expect(validator.check({ method: 'GET', path }, responseOfResult(refused))).toEqual([]);
    expect((await handle(httpApiEvent('GET', path))).statusCode).toBe(200);
  }, 30_000); // compresses 7 MB: well under a second alone, slower on a busy machine
});
