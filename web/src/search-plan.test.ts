import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './api.js';
import { mergeArticles, planSearch, REJECTION_CODES } from './search-plan.js';

describe('planSearch', () => {
  it('searches names, sources and titles for words', () => {
    expect(planSearch('  yury   bor ')).toEqual({ entityQuery: 'yury bor', dateRange: null, text: 'yury bor', rejectionCode: null });
    expect(planSearch('y')).toEqual({ entityQuery: null, dateRange: null, text: 'y', rejectionCode: null });
  });

  it('reads a year, a month or a day as a publication date range', () => {
    expect(planSearch('2022').dateRange).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(planSearch('2024-02').dateRange).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(planSearch('2022-02-17')).toEqual({ entityQuery: null, dateRange: { from: '2022-02-17', to: '2022-02-17' }, text: '', rejectionCode: null });
  });

  it('reads a rejection code however it is typed, and also searches its words', () => {
    expect(planSearch('binary_data')).toMatchObject({ rejectionCode: 'BINARY_DATA', text: 'binary_data' });
    expect(planSearch(' No article  text ').rejectionCode).toBe('NO_ARTICLE_TEXT');
    expect(planSearch('too-large').rejectionCode).toBe('TOO_LARGE');
    expect(planSearch('binary').rejectionCode).toBeNull();
    expect(planSearch('BINARY_DATA_X').rejectionCode).toBeNull();
  });

  it('knows every code (the type of CODES makes the build check it against the API)', () => {
    expect(REJECTION_CODES).toHaveLength(14);
    for (const code of REJECTION_CODES) expect(planSearch(code.toLowerCase()).rejectionCode).toBe(code);
  });

  it('treats an impossible date as words', () => {
    expect(planSearch('2022-13').dateRange).toBeNull();
    expect(planSearch('2023-02-29').dateRange).toBeNull();
  });
});

const article = (articleId: string, publishedAt: string | null, title: string | null, source: string | null = null): ArticleSummary => ({
  articleId, key: `incoming/${articleId}.txt`, status: 'processed', title, publishedAt, receivedAt: '2026-01-01T00:00:00Z', source, sources: source ? [source] : [], dateline: null, language: 'en',
});

describe('merging articles', () => {
  it('lists each article once, newest first (receipt time when undated)', () => {
    const merged = mergeArticles([[article('a', '2022-01-01', 'A'), article('b', '2023-01-01', 'B')], [article('a', '2022-01-01', 'A'), article('c', null, 'C')]]);
    expect(merged.map((a) => a.articleId)).toEqual(['c', 'b', 'a']);
  });
});
