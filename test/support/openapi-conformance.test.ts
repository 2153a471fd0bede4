import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './openapi-conformance.js';

const json = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') => ({
  status,
  headers: { 'content-type': contentType },
  body: JSON.stringify(body),
});
const entity = { id: 'per-x', name: 'X', type: 'PERSON', aliases: [], articleCount: 1, articleCountExact: true, firstSeen: null, lastSeen: null };

describe('response validator', () => {
  const validator = createResponseValidator();
  const get = (path: string) => ({ method: 'GET', path });

  it('accepts a documented response', () => {
    expect(validator.check(get('/entities/per-x'), json(200, entity))).toEqual([]);
  });

  it('catches a missing field, a wrong type and an undocumented property', () => {
    const { lastSeen: _lastSeen, ...missing } = entity;
    expect(validator.check(get('/entities/per-x'), json(200, missing)).join()).toContain('lastSeen');
    expect(validator.check(get('/entities/per-x'), json(200, { ...entity, articleCount: 'one' }))).not.toEqual([]);
    expect(validator.check(get('/entities/per-x'), json(200, { ...entity, secret: 1 })).join()).toContain('additional');
    expect(createResponseValidator({ strict: false }).check(get('/entities/per-x'), json(200, { ...entity, secret: 1 }))).toEqual([]);
  });

  it('checks facts by their type', () => {
    const record = (fact: unknown) => ({ items: [{ fact, articleId: 'a1', publishedAt: null, sources: [], evidence: 'e' }], nextCursor: null });
    const role = { type: 'role', sentence: 0, start: 0, end: 1, confidence: 1, person: 'per-x', title: 'CEO' };
    expect(validator.check(get('/facts'), json(200, record(role)))).toEqual([]);
    expect(validator.check(get('/facts'), json(200, record({ ...role, type: 'quote' })))).not.toEqual([]);
  });

  it('requires problems for errors, with the documented statuses only', () => {
    const problem = { type: 'urn:newsfacts:problem:not-found', title: 'Not found', status: 404, detail: 'd', instance: '/x', code: 'NOT_FOUND' };
    expect(validator.check(get('/entities/per-x'), json(404, problem, 'application/problem+json'))).toEqual([]);
    expect(validator.check(get('/entities/per-x'), json(404, problem))).not.toEqual([]);
    expect(validator.check(get('/entities'), json(404, problem, 'application/problem+json')).join()).toContain('not documented');
    expect(validator.check(get('/nowhere'), json(500, { ...problem, status: 500 }, 'application/problem+json')).join()).toContain('undocumented');
    expect(validator.check({ method: 'POST', path: '/facts' }, json(405, { ...problem, status: 405, code: 'METHOD_NOT_ALLOWED' }, 'application/problem+json')).join()).toContain('Allow');
  });
});
