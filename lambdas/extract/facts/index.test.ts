import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../quantities/index.js';
import { extractFacts } from './index.js';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';
import type { QuantityFact, Timex } from '../types.js';

const specs: EntitySpec[] = [{ id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith', 'Smith'] }];

function run(text: string, timex: Timex[] = []) {
  const ctx = factContext(text, specs, timex);
  return extractFacts({ ...ctx, quantities: extractQuantities(ctx) });
}
const timexOf = (text: string, phrase: string, value: string): Timex => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value };
};

describe('extractFacts', () => {
  it('ties a figure to what it measures and attributes it to the speaker of the quote', () => {
    const text = 'Anna Smith spoke. “The bilateral trade increased by almost 50% last year,” Smith said.';
    const facts = run(text, [timexOf(text, 'last year', '2021')]);
    const q = facts.find((f): f is QuantityFact => f.type === 'quantity');
    expect(q).toMatchObject({ measure: 'bilateral trade', attributedTo: 'per-anna-smith', date: '2021' });
    expect(q!.quantity).toMatchObject({ text: 'almost 50%', value: 50, approximate: true });
  });

  it('keeps the owner of a possessive measure and stops at punctuation', () => {
    const facts = run("Separately, AOL's underlying profit rose 8% to $1.2bn (£640m) - a record.");
    expect(facts.find((f): f is QuantityFact => f.type === 'quantity' && f.quantity.kind === 'PERCENT')).toMatchObject({ measure: "AOL's underlying profit" });
  });

  it('names the counted thing with its proper modifiers', () => {
    const q = run('So far 7.2 million of Sputnik V vaccine doses have been delivered.').find((f): f is QuantityFact => f.type === 'quantity');
    expect(q).toMatchObject({ measure: 'Sputnik V vaccine doses' });
    expect(q!.attributedTo).toBeUndefined();
  });

  it('dates a fact by the most specific time in its sentence, not by an opening dateline', () => {
    const text = 'PARIS (Agency - 17th February, 2022) Trade will grow, Anna Smith said on Wednesday.';
    const facts = run(text, [timexOf(text, '17th February, 2022', '2022-02-17'), timexOf(text, 'Wednesday', '2022-02-16')]);
    const quote = facts.find((f) => f.type === 'quote');
    expect(quote).toMatchObject({ date: '2022-02-16' });
  });

  it('returns facts in text order with evidence inside the text', () => {
    const text = 'Anna Smith spoke. “Prices rose 5 percent,” Smith said. Sales were 20 million units.';
    const facts = run(text);
    expect(facts.map((f) => f.start)).toEqual([...facts.map((f) => f.start)].sort((a, b) => a - b));
    for (const f of facts) expect(f.end).toBeLessThanOrEqual(text.length);
  });
});
