import { describe, expect, it } from 'vitest';
import { emptyCounts, scoreDocument, scores } from './tempeval-score.js';

const span = (start: number, end: number, value: string, type = 'DATE') => ({ start, end, value, type });

describe('TempEval-3 timex scoring', () => {
  it('counts strict and relaxed matches and judges attributes on relaxed pairs', () => {
    const counts = emptyCounts();
    const gold = [span(0, 9, '2021'), span(20, 29, '2022-02-16'), span(40, 45, 'P1M', 'DURATION')];
    const system = [
      span(0, 9, '2021'), // exact, right value
      span(17, 29, '2022-02-09'), // overlaps ("on Wednesday"), wrong value
      span(60, 64, '2020'), // spurious
    ];
    const errors = scoreDocument(gold, system, counts);
    expect(counts).toEqual({ gold: 3, system: 3, strict: 1, relaxedSystem: 2, relaxedGold: 2, pairs: 2, valueCorrect: 1, typeCorrect: 2 });
    expect(errors).toHaveLength(3); // one wrong value, one spurious, one miss

    const s = scores(counts);
    expect(s.strictP).toBeCloseTo(1 / 3);
    expect(s.relaxedP).toBeCloseTo(2 / 3);
    expect(s.relaxedR).toBeCloseTo(2 / 3);
    expect(s.relaxedF1).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBeCloseTo(0.5);
    expect(s.valueF1).toBeCloseTo(1 / 3);
    expect(s.typeF1).toBeCloseTo(2 / 3);
  });

  it('pairs a gold span with the system span that overlaps it most', () => {
    const counts = emptyCounts();
    scoreDocument([span(10, 20, 'A')], [span(5, 11, 'B'), span(12, 22, 'A')], counts);
    expect(counts.valueCorrect).toBe(1);
  });

  it('scores nothing as zero, not NaN', () => {
    expect(scores(emptyCounts()).valueF1).toBe(0);
  });
});
