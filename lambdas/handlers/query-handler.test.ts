import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpApiEvent } from '../../test/support/http-api-event.js';
import { InMemoryArticleReader } from '../../test/support/in-memory-article-reader.js';
import { requestMetrics } from '../aws/request-metrics.js';
import { createQueryHandler } from './query-handler.js';

let emf: Record<string, unknown>[];
beforeEach(() => {
  emf = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) if (line.includes('"_aws"')) emf.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the query handler', () => {
  it('counts each request under its route pattern and status, ids left out', async () => {
    const handler = createQueryHandler({ reader: new InMemoryArticleReader([]), metrics: requestMetrics('newsfacts-query') });
    await handler(httpApiEvent('GET', '/entities/per-nobody'));
    await handler(httpApiEvent('GET', '/health'));
    await handler(httpApiEvent('GET', '/no/such/route'));
    expect(emf.map((b) => [b.route, b.status, b.Requests])).toEqual([
      ['/entities/{entityId}', '404', 1],
      ['/health', '200', 1],
      ['unknown', '404', 1],
    ]);
  });
});
