import { describe, expect, it } from 'vitest';
import { ALLOWED, LABELS, NUM_LABELS, labelOf, labelsOf, spansOf } from './labels.js';
import { viterbi } from './viterbi.js';

const L = (name: string) => LABELS.indexOf(name);

describe('BILOU labels', () => {
  it('round-trips spans through labels', () => {
    const spans = [
      { start: 0, end: 2, cls: 0 },
      { start: 3, end: 4, cls: 2 },
      { start: 4, end: 7, cls: 1 },
    ];
    const labels = labelsOf(spans, 8);
    expect([...labels].map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansOf(labels)).toEqual(spans);
  });

  it('decodes ill-formed sequences without losing names', () => {
    expect(spansOf([L('I-PER'), L('L-PER'), L('O')])).toEqual([{ start: 0, end: 2, cls: 0 }]);
    expect(spansOf([L('B-ORG'), L('I-ORG')])).toEqual([{ start: 0, end: 2, cls: 1 }]);
    expect(spansOf([L('B-ORG'), L('L-LOC')])).toEqual([{ start: 0, end: 1, cls: 1 }, { start: 1, end: 2, cls: 2 }]);
  });

  it('allows only BILOU-valid transitions', () => {
    const ok = (a: string, b: string) => ALLOWED[(a === '^' ? NUM_LABELS : L(a)) * NUM_LABELS + L(b)] === 1;
    expect(ok('^', 'B-PER')).toBe(true);
    expect(ok('^', 'I-PER')).toBe(false);
    expect(ok('B-PER', 'L-PER')).toBe(true);
    expect(ok('B-PER', 'L-ORG')).toBe(false);
    expect(ok('B-PER', 'O')).toBe(false);
    expect(ok('U-LOC', 'B-ORG')).toBe(true);
    expect(ok('L-LOC', 'I-LOC')).toBe(false);
  });
});

describe('viterbi', () => {
  it('finds the best valid sequence even when the greedy choice is invalid', () => {
    const n = 2;
    const emissions = new Float64Array(n * NUM_LABELS);
    // Token 0 slightly prefers O, token 1 strongly prefers L-PER: the only valid way to use L-PER is B-PER first.
    emissions[0 * NUM_LABELS + L('O')] = 1;
    emissions[0 * NUM_LABELS + L('B-PER')] = 0.5;
    emissions[1 * NUM_LABELS + L('L-PER')] = 5;
    const transitions = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
    expect([...viterbi(emissions, n, transitions)].map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER']);
  });

  it('never ends a sentence inside a name', () => {
    const emissions = new Float64Array(NUM_LABELS);
    emissions[labelOf('B', 1)] = 10;
    emissions[L('O')] = 1;
    const out = viterbi(emissions, 1, new Float64Array((NUM_LABELS + 1) * NUM_LABELS));
    expect(LABELS[out[0]]).toBe('O');
    expect(viterbi(new Float64Array(0), 0, new Float64Array((NUM_LABELS + 1) * NUM_LABELS))).toHaveLength(0);
  });
});
