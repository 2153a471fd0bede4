import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApiGatewayHandler, type FaultLogger } from '../aws/api-gateway-v2.js';
import { httpApiEvent, responseOfResult } from '../../test/support/http-api-event.js';
import { InMemoryArticleReader } from '../../test/support/in-memory-article-reader.js';
import { createResponseValidator } from '../../test/support/openapi-conformance.js';
import { createQueryApi } from './query-api.js';
import { rawRequests } from '../../test/support/request-arbitraries.js';
import { SAMPLE_ARTICLES } from '../../test/support/sample-articles.js';

const IDS = ['aCaracas00000000000001', 'aBroken000000000000003', 'per-yury-borisov', 'loc-russia', 'per-nobody'];

describe('no request produces a 5xx (in-memory reader)', () => {
  it('answers random paths, query strings, methods and headers with a documented response below 500', async () => {
    const api = createQueryApi(new InMemoryArticleReader(SAMPLE_ARTICLES));
    const faults: string[] = [];
    const logger: FaultLogger = { error: (m) => faults.push(m), warn: (m) => faults.push(m) };
    const handle = createApiGatewayHandler(api, logger);
    // Real cursors, so mutations of them reach the reader's cursor checks.
    const cursors: string[] = [];
    for (const [path, query] of [['/articles', { limit: '1' }], ['/entities/per-yury-borisov/articles', { limit: '1' }], ['/facts', { limit: '1' }]] as const) {
      const page = JSON.parse((await api({ method: 'GET', path, query, headers: {} })).body);
      if (page.nextCursor) cursors.push(page.nextCursor);
    }
    expect(cursors).toHaveLength(3);
    const validator = createResponseValidator();
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(rawRequests(IDS, cursors), async (request) => {
        const result = await handle(httpApiEvent(request.method, request.rawPath, request.rawQueryString, request.headers));
        statuses.set(result.statusCode!, (statuses.get(result.statusCode!) ?? 0) + 1);
        expect(result.statusCode).toBeLessThan(500);
        const errors = validator.check({ method: request.method, path: request.rawPath }, responseOfResult(result));
        expect(errors).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(faults).toEqual([]);
    // The generator must reach both successes and each kind of refusal, or the property proves little.
    if (process.env.NEWSFACTS_TEST_VERBOSE) console.log(Object.fromEntries(statuses));
    for (const status of [200, 400, 404, 405]) expect(statuses.get(status) ?? 0).toBeGreaterThan(10);
  }, 60_000); // ~1.5 s alone; the margin is for a busy 2-core CI machine
});
