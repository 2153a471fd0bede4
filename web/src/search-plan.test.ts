import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './api.js';
import { matchesText, mergeArticles, planSearch } from './search-plan.js';

describe('planSearch', () => {
  it('searches names, sources and titles for words', () => {
    expect(planSearch('  yury   bor ')).toEqual({ entityQuery: 'yury bor', dateRange: null, text: 'yury bor' });
    expect(planSearch('y')).toEqual({ entityQuery: null, dateRange: null, text: 'y' });
  });

  it('reads a year, a month or a day as a publication date range', () => {
    expect(planSearch('2022').dateRange).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(planSearch('2024-02').dateRange).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(planSearch('2022-02-17')).toEqual({ entityQuery: null, dateRange: { from: '2022-02-17', to: '2022-02-17' }, text: '' });
  });

  it('treats an impossible date as words', () => {
    expect(planSearch('2022-13').dateRange).toBeNull();
    expect(planSearch('2023-02-29').dateRange).toBeNull();
  });
});

const article = (articleId: string, publishedAt: string | null, title: string | null, source: string | null = null): ArticleSummary => ({
  articleId, key: `incoming/${articleId}.txt`, status: 'processed', title, publishedAt, receivedAt: '2026-01-01T00:00:00Z', source, sources: source ? [source] : [], dateline: null, language: 'en',
});

describe('matching and merging articles', () => {
  it('matches titles, sources and keys without regard to case or accents', () => {
    expect(matchesText(article('a', null, 'Lula visita São Paulo'), 'sao paulo')).toBe(true);
    expect(matchesText(article('a', null, 'Other', 'BBC News'), 'bbc')).toBe(true);
    expect(matchesText(article('a', null, 'Other'), 'incoming/a')).toBe(true);
    expect(matchesText(article('a', null, 'Other'), 'bbc')).toBe(false);
  });

  it('lists each article once, newest first (receipt time when undated)', () => {
    const merged = mergeArticles([[article('a', '2022-01-01', 'A'), article('b', '2023-01-01', 'B')], [article('a', '2022-01-01', 'A'), article('c', null, 'C')]]);
    expect(merged.map((a) => a.articleId)).toEqual(['c', 'b', 'a']);
  });
});
