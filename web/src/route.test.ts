import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './route.js';

describe('routes', () => {
  it('reads every page from the fragment', () => {
    expect(parseRoute('')).toEqual({ page: 'search', q: '' });
    expect(parseRoute('#/?q=yury%20bo')).toEqual({ page: 'search', q: 'yury bo' });
    expect(parseRoute('#/entities/per-yury-borisov')).toEqual({ page: 'entity', id: 'per-yury-borisov' });
    expect(parseRoute('#/articles/aX1?span=f2')).toEqual({ page: 'article', id: 'aX1', span: 'f2' });
    expect(parseRoute('#/articles/aX1')).toEqual({ page: 'article', id: 'aX1', span: null });
  });

  it('falls back to search on an unknown or malformed path', () => {
    expect(parseRoute('#/nowhere/at/all')).toEqual({ page: 'search', q: '' });
    expect(parseRoute('#/entities/%E0%A4%A')).toEqual({ page: 'entity', id: '%E0%A4%A' });
  });

  it('writes links that read back as the same route', () => {
    const routes: Route[] = [
      { page: 'search', q: '' },
      { page: 'search', q: 'São Paulo & co?' },
      { page: 'entity', id: 'loc-sao-paulo' },
      { page: 'article', id: 'a/b c', span: 'e1.0' },
      { page: 'article', id: 'aX', span: null },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
