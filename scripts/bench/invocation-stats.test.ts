import { describe, expect, it } from 'vitest';
import { chunk, concurrencyNeeded, linearFit, memoryFloorMb, pairedComparison, throughput } from './invocation-stats.js';

describe('chunk', () => {
  it('cuts consecutive batches, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2, 3], 5)).toEqual([[1, 2, 3]]);
    expect(chunk([], 3)).toEqual([]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(/positive integer/);
    expect(() => chunk([1], 2.5)).toThrow(/positive integer/);
  });
});

describe('linearFit', () => {
  it('recovers the fixed and per-record cost of exact points', () => {
    const fit = linearFit([1, 5, 10, 25].map((x) => ({ x, y: 3 + 80 * x })));
    expect(fit.intercept).toBeCloseTo(3, 9);
    expect(fit.slope).toBeCloseTo(80, 9);
  });

  it('fits noisy points by least squares', () => {
    // sxx = 5, sxy = 8 around the means (1.5, 3)
    const fit = linearFit([{ x: 0, y: 1 }, { x: 1, y: 1 }, { x: 2, y: 5 }, { x: 3, y: 5 }]);
    expect(fit.slope).toBeCloseTo(1.6, 9);
    expect(fit.intercept).toBeCloseTo(0.6, 9);
  });

  it('needs two distinct x values', () => {
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow();
    expect(() => linearFit([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow(/distinct/);
  });
});

describe('throughput, concurrency and memory floor', () => {
  it('converts counts and milliseconds to rates', () => {
    expect(throughput(100, 4000)).toBe(25);
    expect(Number.isNaN(throughput(1, 0))).toBe(true);
  });

  it('rounds the needed concurrency up', () => {
    // 34.7 articles/s × 0.187 s = 6.5 functions busy → 7
    expect(concurrencyNeeded(34.7, 187)).toBe(7);
    expect(concurrencyNeeded(10, 100)).toBe(1);
  });

  it('puts headroom over the peak RSS and rounds to the step', () => {
    // 200 MB × 1.5 = 300 MB → 320 MB in 64 MB steps
    expect(memoryFloorMb(200 * 1024)).toBe(320);
    expect(memoryFloorMb(100 * 1024, 1, 128)).toBe(128);
  });
});

describe('pairedComparison', () => {
  it('takes each ratio within a cycle, so a slow cycle does not bias one batch size', () => {
    const blocks = [
      // cycle 0 on a quiet machine, cycle 1 twice as slow for everyone, cycle 2 quiet again
      { cycle: 0, batchSize: 1, articles: 10, wallMs: 1000, cpuMs: 400 },
      { cycle: 0, batchSize: 10, articles: 10, wallMs: 800, cpuMs: 400 },
      { cycle: 1, batchSize: 1, articles: 10, wallMs: 2000, cpuMs: 420 },
      { cycle: 1, batchSize: 10, articles: 10, wallMs: 1600, cpuMs: 410 },
      { cycle: 2, batchSize: 10, articles: 10, wallMs: 800, cpuMs: 390 },
      { cycle: 2, batchSize: 1, articles: 10, wallMs: 1000, cpuMs: 400 },
    ];
    const [one, ten] = pairedComparison(blocks, 1);
    expect(one).toEqual({ batchSize: 1, cycles: 3, wallMsPerArticle: 100, cpuMsPerArticle: 40, wallRatioToBaseline: 1 });
    expect(ten.wallRatioToBaseline).toBeCloseTo(0.8, 9);
    expect(ten.wallMsPerArticle).toBe(80);
    expect(ten.cpuMsPerArticle).toBe(40);
  });

  it('needs the baseline batch size', () => {
    expect(() => pairedComparison([{ cycle: 0, batchSize: 5, articles: 5, wallMs: 1, cpuMs: 1 }], 1)).toThrow(/baseline/);
  });
});
