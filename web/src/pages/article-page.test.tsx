import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../highlight.js';
import { findSpan } from './article-page.js';

const spans: TextSpan[] = [
  { key: 'e0.0', kind: 'entity', start: 10, end: 22, label: 'Yury Borisov (PERSON)', entityId: 'per-yury-borisov' },
  { key: 'f0', kind: 'fact', start: 10, end: 22, label: 'Role' },
  { key: 'f1', kind: 'fact', start: 30, end: 80, label: 'Quote' },
  { key: 't0', kind: 'timex', start: 90, end: 96, label: 'DATE 2022-03-04', value: '2022-03-04' },
];

describe('findSpan (the span a link names)', () => {
  it('finds a span by its key', () => {
    expect(findSpan(spans, 't0')?.value).toBe('2022-03-04');
  });

  it('finds a fact by its evidence offsets before a mention with the same offsets', () => {
    expect(findSpan(spans, 'at10-22')?.key).toBe('f0');
    expect(findSpan(spans, 'at90-96')?.key).toBe('t0');
  });

  it('finds nothing for no span, an unknown key or offsets nothing has', () => {
    expect(findSpan(spans, null)).toBeNull();
    expect(findSpan(spans, 'f9')).toBeNull();
    expect(findSpan(spans, 'at1-2')).toBeNull();
  });
});
