import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, bearerToken, getJson, type Fetch } from './api.js';

function recordingFetch(status: number, body: unknown, contentType = 'application/json') {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch: Fetch = async (url, init) => {
    calls.push({ url, headers: init?.headers ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
  };
  return { calls, fetch };
}

afterEach(() => bearerToken.set(null));

describe('getJson', () => {
  it('sends the query without its empty parameters, and no authorization without a token', async () => {
    const { calls, fetch } = recordingFetch(200, { items: [], nextCursor: null });
    await getJson('/articles', { source: 'BBC News', cursor: undefined, q: '', limit: 20 }, { fetch });
    expect(calls).toEqual([{ url: '/articles?source=BBC+News&limit=20', headers: { accept: 'application/json' } }]);
  });

  it('sends the bearer token once one is set', async () => {
    bearerToken.set('eyJ.test.token');
    const { calls, fetch } = recordingFetch(200, {});
    await getJson('/health', {}, { fetch });
    expect(calls[0].headers.authorization).toBe('Bearer eyJ.test.token');
  });

  it('throws the problem document of an error answer, or none when the answer is not one', async () => {
    const problem = { type: 'urn:newsfacts:problem:not-found', title: 'Not found', status: 404, detail: 'No entity has the id "x".', instance: '/entities/x', code: 'NOT_FOUND' };
    const notFound = await getJson('/entities/x', {}, { fetch: recordingFetch(404, problem, 'application/problem+json').fetch }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ApiError);
    expect((notFound as ApiError).problem?.code).toBe('NOT_FOUND');
    expect((notFound as ApiError).message).toBe('No entity has the id "x".');
    const unauthorized = await getJson('/health', {}, { fetch: recordingFetch(401, { message: 'Unauthorized' }).fetch }).catch((e: unknown) => e);
    expect(unauthorized).toMatchObject({ status: 401, problem: null });
  });
});
