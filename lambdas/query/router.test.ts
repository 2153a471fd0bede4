import { describe, expect, it } from 'vitest';
import { Router } from './router.js';

const router = new Router([
  { method: 'GET', pattern: '/entities', handler: 'list' },
  { method: 'GET', pattern: '/entities/{entityId}', handler: 'one' },
  { method: 'GET', pattern: '/entities/{entityId}/facts', handler: 'facts' },
  { method: 'PUT', pattern: '/entities/{entityId}', handler: 'put' },
]);

describe('router', () => {
  it('matches literal and parameter segments, decoding each segment once', () => {
    expect(router.match('GET', '/entities')).toEqual({ kind: 'matched', handler: 'list', params: {}, pattern: '/entities' });
    expect(router.match('GET', '/entities/per-x/facts')).toMatchObject({ handler: 'facts', params: { entityId: 'per-x' } });
    expect(router.match('GET', '/entities/a%2Fb')).toMatchObject({ handler: 'one', params: { entityId: 'a/b' } });
    expect(router.match('GET', '/entities/%2525')).toMatchObject({ params: { entityId: '%25' } });
  });

  it('tells an unknown path from a known path with another method', () => {
    expect(router.match('GET', '/entity')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/entities/')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', 'entities')).toEqual({ kind: 'not-found' });
    expect(router.match('DELETE', '/entities/per-x')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'PUT'] });
  });

  it('reports malformed percent-encoding', () => {
    expect(router.match('GET', '/entities/%E0%A4%A')).toEqual({ kind: 'malformed-path' });
  });

  it('gives parameters no inherited properties', () => {
    const match = router.match('GET', '/entities/constructor');
    expect(match).toMatchObject({ params: { entityId: 'constructor' } });
    if (match.kind === 'matched') expect(Object.getPrototypeOf(match.params)).toBeNull();
  });
});
