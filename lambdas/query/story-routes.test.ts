import { describe, expect, it } from 'vitest';
import { InMemoryArticleReader } from '../../test/support/in-memory-article-reader.js';
import { createResponseValidator } from '../../test/support/openapi-conformance.js';
import { SAMPLE_ARTICLES } from '../../test/support/sample-articles.js';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../test/support/story-copies.js';
import type { ArticleDetail } from '../store/article-store.js';
import { createQueryApi } from './query-api.js';

const validator = createResponseValidator();
const base = SAMPLE_ARTICLES[0];
const article = (articleId: string, text: string, publishedAt: string, sources: string[]): ArticleDetail => ({ ...base, articleId, text, publishedAt, sources, facts: [], entities: [], timex: [], quantities: [] });
const reader = new InMemoryArticleReader([
  article('aSample', SAMPLE_STORY, '2022-02-17', ['UrduPoint News', 'Sputnik']),
  article('aCopy', editedSampleCopy(), '2022-02-18', ['Wire Service']),
  article('aOther', UNRELATED_STORY, '2022-03-03', ['Staff Report']),
]);
const api = createQueryApi(reader);

async function call(path: string, query: Record<string, string> = {}) {
  const response = await api({ method: 'GET', path, query, headers: {} });
  expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
  return { status: response.status, body: JSON.parse(response.body) };
}

describe('story routes', () => {
  it('lists an article’s near-duplicates with their relation, and 400s an unknown parameter', async () => {
    const { body } = await call('/articles/aCopy/similar');
    expect(body.storyId).toBe('aSample');
    expect(body.items.map((i: { article: { articleId: string }; relation: string }) => [i.article.articleId, i.relation])).toEqual([['aSample', 'version']]);
    expect((await call('/articles/aOther/similar')).body.items).toEqual([]);
    expect((await call('/articles/aNobody/similar')).status).toBe(404);
    expect((await call('/articles/aCopy/similar', { cursor: 'x' })).status).toBe(400);
  });

  it('lists stories newest first with size, earliest copy and the sources of every copy', async () => {
    const { body } = await call('/stories');
    expect(body.items.map((s: { storyId: string; size: number }) => [s.storyId, s.size])).toEqual([['aOther', 1], ['aSample', 2]]);
    expect(body.items[1].sources).toEqual(['UrduPoint News', 'Sputnik', 'Wire Service']);
    expect((await call('/stories', { from: '2022-03-01' })).body.items.map((s: { storyId: string }) => s.storyId)).toEqual(['aOther']);
    expect((await call('/stories', { from: '2022-03-01', to: '2022-02-01' })).status).toBe(400);
  });
});
