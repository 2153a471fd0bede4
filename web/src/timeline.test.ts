import { describe, expect, it } from 'vitest';
import { timelineBuckets } from './timeline.js';

describe('timelineBuckets', () => {
  it('counts per day over a short span, keeping empty days', () => {
    expect(timelineBuckets(['2022-02-17', '2022-02-19T08:00:00Z', '2022-02-17'])).toEqual([
      { label: '2022-02-17', count: 2 },
      { label: '2022-02-18', count: 0 },
      { label: '2022-02-19', count: 1 },
    ]);
  });

  it('counts per month past two months, across a year end', () => {
    expect(timelineBuckets(['2021-11-30', '2022-02-01', '2022-02-28'])).toEqual([
      { label: '2021-11', count: 1 },
      { label: '2021-12', count: 0 },
      { label: '2022-01', count: 0 },
      { label: '2022-02', count: 2 },
    ]);
  });

  it('counts per year past sixty months, and ignores what is not a date', () => {
    expect(timelineBuckets(['1999-01-01', '2004-06-01', 'unknown', ''])).toEqual([
      { label: '1999', count: 1 }, { label: '2000', count: 0 }, { label: '2001', count: 0 },
      { label: '2002', count: 0 }, { label: '2003', count: 0 }, { label: '2004', count: 1 },
    ]);
    expect(timelineBuckets([])).toEqual([]);
  });
});
