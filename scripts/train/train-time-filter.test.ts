import { describe, expect, it } from 'vitest';
import { trainLogistic } from './train-time-filter.js';

describe('trainLogistic (the time span filter trainer)', () => {
  // Feature 0 is the bias; feature 1 marks spans that are never right, feature 2 spans that always are.
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: [0, 1], label: 0 as const })),
    ...Array.from({ length: 30 }, () => ({ features: [0, 2], label: 1 as const })),
    ...Array.from({ length: 10 }, (_, i) => ({ features: [0], label: (i % 2) as 0 | 1 })),
  ];

  it('learns the sign of each feature and leaves an unseen one at zero', () => {
    const w = trainLogistic(examples, 4, 1);
    expect(w[1]).toBeLessThan(-1);
    expect(w[2]).toBeGreaterThan(1);
    expect(w[3]).toBe(0);
  });

  it('shrinks weights more under a stronger L2 weight, and is deterministic', () => {
    const weak = trainLogistic(examples, 4, 1);
    const strong = trainLogistic(examples, 4, 30);
    expect(Math.abs(strong[1])).toBeLessThan(Math.abs(weak[1]));
    expect([...trainLogistic(examples, 4, 1)]).toEqual([...weak]);
  });
});
