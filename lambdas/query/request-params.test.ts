import { describe, expect, it } from 'vitest';
import { isIsoDateOrDateTime, parseQuery, QUERY_SCHEMAS } from './request-params.js';

describe('ISO date bounds', () => {
  it.each([
    ['2022-02-17', true],
    ['2024-02-29', true],
    ['2022-02-17T10:00Z', true],
    ['2022-02-17T10:00:00Z', true],
    ['2022-02-17T10:00:00.123456789+03:00', true],
    ['9999-12-31T23:59:59Z', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-02-17T24:00:00Z', false],
    ['2022-02-17T10:60Z', false],
    ['2022-02-17T10:00:00', false],
    ['2022-02-17T10:00:00+24:00', false],
    ['0000-01-01T00:00:00+14:00', false],
    ['9999-12-31T23:00:00-02:00', false],
    ['2022', false],
    ['2022-2-17', false],
    ['17/02/2022', false],
    [' 2022-02-17', false],
  ])('%s → %s', (value, valid) => {
    expect(isIsoDateOrDateTime(value)).toBe(valid);
  });
});

describe('parseQuery', () => {
  it('applies the default limit and converts the limit to a number', () => {
    expect(parseQuery(QUERY_SCHEMAS.page, {})).toEqual({ limit: 20 });
    expect(parseQuery(QUERY_SCHEMAS.page, { limit: '007' })).toEqual({ limit: 7 });
  });

  it('converts datetime bounds to UTC and leaves dates alone', () => {
    expect(parseQuery(QUERY_SCHEMAS.listFacts, { from: '2022-02-17T01:30:00+03:00', to: '2022-02-17' })).toEqual({
      limit: 20, from: '2022-02-16T22:30:00.000Z', to: '2022-02-17',
    });
  });

  it('compares bounds by instant: a day and a datetime inside it are in order both ways', () => {
    expect(() => parseQuery(QUERY_SCHEMAS.listArticles, { from: '2022-02-17', to: '2022-02-17T00:00:00Z' })).not.toThrow();
    expect(() => parseQuery(QUERY_SCHEMAS.listArticles, { from: '2022-02-17T23:59:59Z', to: '2022-02-17' })).not.toThrow();
    expect(() => parseQuery(QUERY_SCHEMAS.listArticles, { from: '2022-02-18T00:00:00+01:00', to: '2022-02-17' })).not.toThrow();
    expect(() => parseQuery(QUERY_SCHEMAS.listArticles, { from: '2022-02-18T00:00:00Z', to: '2022-02-17' })).toThrow(/to: must not be before from/);
  });
});

describe('echoed parameter names', () => {
  it('cuts long names and long lists short', () => {
    const query = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${'x'.repeat(100)}${i}`, '1']));
    try {
      parseQuery(QUERY_SCHEMAS.page, query);
      expect.unreachable();
    } catch (error) {
      const errors = (error as { errors: { name: string }[] }).errors;
      expect(errors).toHaveLength(1);
      expect(errors[0].name).toBe(`${'x'.repeat(64)}…`);
    }
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, '1']));
    expect(() => parseQuery(QUERY_SCHEMAS.page, many)).toThrow();
    try {
      parseQuery(QUERY_SCHEMAS.page, many);
    } catch (error) {
      expect((error as { errors: unknown[] }).errors).toHaveLength(20);
    }
  });
});
