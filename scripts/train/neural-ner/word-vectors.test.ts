import { describe, expect, it } from 'vitest';
import { buildWordVectors, orthonormalizeColumns } from './word-vectors.js';

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
};

describe('word vectors', () => {
  it('puts words used in the same contexts near each other, and away from words used otherwise', () => {
    const texts: string[] = [];
    for (const city of ['Nairobi', 'Lusaka', 'Harare']) texts.push(`He flew to ${city} on Monday . They met in ${city} yesterday .`.repeat(5));
    for (const day of ['Monday', 'Friday', 'Sunday']) texts.push(`The talks end on ${day} morning . Shares fell on ${day} again .`.repeat(5));
    const v = buildWordVectors(texts, { vocabulary: 1000, contexts: 50, dims: 8, seed: 1, minCount: 2 });
    const vec = (w: string) => {
      const r = v.find(w);
      expect(r).toBeGreaterThanOrEqual(0);
      return v.vectors.subarray(r * v.dims, (r + 1) * v.dims);
    };
    expect(cosine(vec('nairobi'), vec('lusaka'))).toBeGreaterThan(0.9);
    expect(cosine(vec('friday'), vec('sunday'))).toBeGreaterThan(0.9);
    expect(cosine(vec('nairobi'), vec('friday'))).toBeLessThan(0.5);
    expect(v.find('unseen')).toBe(-1);
  });

  it('orthonormalizes the columns of a matrix', () => {
    const m = Float32Array.from([1, 2, 3, 4, 5, 7, 1, 0, 2]);
    orthonormalizeColumns(m, 3, 3);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        let dot = 0;
        for (let r = 0; r < 3; r++) dot += m[r * 3 + a] * m[r * 3 + b];
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 4);
      }
    }
  });
});
