import { expect, it } from 'vitest';
import { shingleF1 } from './shingle-f1.js';

it('is 1 for the same words whatever the case and punctuation', () => {
  expect(shingleF1('The cat sat on the mat.', 'the cat, sat on THE mat').f1).toBe(1);
});

it('charges boilerplate to precision and missing text to recall', () => {
  const gold = 'one two three four five six seven eight';
  const extra = shingleF1(`${gold} nine ten eleven twelve`, gold);
  expect(extra.recall).toBe(1);
  expect(extra.precision).toBeCloseTo(5 / 9);
  const missing = shingleF1('one two three four five', gold);
  expect(missing.precision).toBe(1);
  expect(missing.recall).toBeCloseTo(2 / 5);
});

it('counts repeated shingles as a multiset', () => {
  expect(shingleF1('a b c d a b c d', 'a b c d').precision).toBeCloseTo(1 / 5);
});

it('handles empty and very short texts', () => {
  expect(shingleF1('', '').f1).toBe(1);
  expect(shingleF1('', 'some gold text here').f1).toBe(0);
  expect(shingleF1('two words', 'two words').f1).toBe(1);
});
