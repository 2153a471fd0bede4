import { describe, expect, it } from 'vitest';
import { NUM_LABELS, labelOf } from '../../../lambdas/extract/entities/labels.js';
import { mulberry32 } from '../perceptron.js';
import { crfLoss } from './crf.js';

const L = NUM_LABELS;

describe('crfLoss', () => {
  const random = mulberry32(9);
  const n = 4;
  const scores = Float32Array.from({ length: n * L }, () => random() * 2 - 1);
  const transitions = Float32Array.from({ length: (L + 1) * L }, () => random() - 0.5);
  // "Yury Borisov said ." as B-PER L-PER O O
  const gold = Uint8Array.of(labelOf('B', 0), labelOf('L', 0), 0, 0);
  const loss = (s: Float32Array, t: Float32Array) => crfLoss(s, n, L, t, gold, new Float32Array(n * L), new Float32Array((L + 1) * L));

  it('is a negative log-probability, smaller when the gold labels score higher', () => {
    const base = loss(scores, transitions);
    expect(base).toBeGreaterThan(0);
    const boosted = scores.slice();
    gold.forEach((y, i) => {
      boosted[i * L + y] += 3;
    });
    expect(loss(boosted, transitions)).toBeLessThan(base);
  });

  it('has the gradients that finite differences give', () => {
    const dScores = new Float32Array(n * L);
    const dTransitions = new Float32Array((L + 1) * L);
    crfLoss(scores, n, L, transitions, gold, dScores, dTransitions);
    const eps = 1e-2;
    for (const k of [0, labelOf('B', 0), L + labelOf('L', 0), 2 * L, 3 * L + 5]) {
      const up = scores.slice();
      const down = scores.slice();
      up[k] += eps;
      down[k] -= eps;
      expect(dScores[k]).toBeCloseTo((loss(up, transitions) - loss(down, transitions)) / (2 * eps), 2);
    }
    for (const k of [L * L + labelOf('B', 0), labelOf('B', 0) * L + labelOf('L', 0), 0, labelOf('L', 0) * L]) {
      const up = transitions.slice();
      const down = transitions.slice();
      up[k] += eps;
      down[k] -= eps;
      expect(dTransitions[k]).toBeCloseTo((loss(scores, up) - loss(scores, down)) / (2 * eps), 2);
    }
  });
});
