import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../cli/api-client.js';
import { summaryLine, waitForIngest, type UploadedFile } from './wait-for-ingest.js';

const uploadedAt = new Date('2026-12-01T10:00:00Z');
const file = (key: string, versionId: string | null = null): UploadedFile => ({ key, articleId: `a-${key}`, versionId, uploadedAt });

/** The API as ingestion fills it in: answers appear after `after` polls of that id. */
function fakeApi(articles: Record<string, { after?: number; body: object }>) {
  const polls = new Map<string, number>();
  const api: ApiClient = {
    url: (path) => new URL(`http://api${path}`),
    async get(path) {
      const id = decodeURIComponent(path.replace('/articles/', ''));
      const n = (polls.get(id) ?? 0) + 1;
      polls.set(id, n);
      const article = articles[id];
      if (!article || n <= (article.after ?? 0)) return { status: 404, body: '{}' };
      return { status: 200, body: JSON.stringify(article.body) };
    },
  };
  return { api, polls };
}
const fresh = { versionId: null, receivedAt: '2026-12-01T10:00:03Z' };

describe('waitForIngest', () => {
  it('polls each file until it is processed or rejected, asking settled ones no more', async () => {
    const { api, polls } = fakeApi({
      'a-x': { after: 2, body: { status: 'processed', ...fresh } },
      'a-y': { body: { status: 'rejected', error: { code: 'EMPTY_FILE', message: 'The file is empty.' }, ...fresh } },
      // A feed: its parts have ids <id>.1, <id>.2, …
      'a-feed.1': { after: 1, body: { status: 'processed', ...fresh } },
    });
    const settled: string[] = [];
    const results = await waitForIngest(api, [file('x'), file('y'), file('feed')], { timeoutMs: 5_000, intervalMs: 1, onSettled: (r) => settled.push(r.file.key) });
    expect(results.map((r) => r.status)).toEqual(['processed', 'rejected', 'processed']);
    expect(results[1]).toMatchObject({ code: 'EMPTY_FILE', message: 'The file is empty.' });
    expect(settled).toEqual(['y', 'feed', 'x']);
    expect(polls.get('a-y')).toBe(1);
    expect(polls.get('a-x')).toBe(3);
  });

  it('does not take an older result of the same key for this upload', async () => {
    const { api } = fakeApi({
      'a-old': { body: { status: 'processed', versionId: null, receivedAt: '2026-12-01T09:00:00Z' } },
      'a-versioned': { body: { status: 'processed', versionId: 'v1', receivedAt: '2026-12-01T11:00:00Z' } },
    });
    const results = await waitForIngest(api, [file('old'), file('versioned', 'v2')], { timeoutMs: 30, intervalMs: 5 });
    expect(results.map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(summaryLine(results)).toBe('processed 0, rejected 0, still pending 2');
  });

  it('sums up by status, rejections by code', () => {
    const results = [
      { file: file('a'), status: 'processed' as const },
      { file: file('b'), status: 'rejected' as const, code: 'TOO_LARGE', message: '' },
      { file: file('c'), status: 'rejected' as const, code: 'BINARY_DATA', message: '' },
      { file: file('d'), status: 'rejected' as const, code: 'TOO_LARGE', message: '' },
    ];
    expect(summaryLine(results)).toBe('processed 1, rejected 3 (BINARY_DATA 1, TOO_LARGE 2), still pending 0');
  });
});
