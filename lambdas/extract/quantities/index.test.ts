import { describe, expect, it } from 'vitest';
import type { Article } from '../../normalize/article.js';
import { extractQuantities } from './index.js';

const article = {} as Article;
const quantities = (text: string) => extractQuantities({ text, tokens: [], sentences: [], article });
const only = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('extractQuantities', () => {
  it('normalizes money with symbols, glued and spelled scales, and suffix currencies', () => {
    expect(only('Revenue was $1.13bn last quarter.')).toMatchObject({ text: '$1.13bn', kind: 'MONEY', value: 1_130_000_000, currency: 'USD', unit: 'USD' });
    expect(only('a deal worth £600m')).toMatchObject({ text: '£600m', value: 600_000_000, currency: 'GBP' });
    expect(only('net profit of 5.93 mln dlrs')).toMatchObject({ text: '5.93 mln dlrs', value: 5_930_000, currency: 'USD' });
    expect(only('it costs 40 euros')).toMatchObject({ value: 40, currency: 'EUR' });
    expect(only('paid 20 Canadian dollars')).toMatchObject({ value: 20, currency: 'CAD' });
    expect(only('just 50 cents')).toMatchObject({ value: 0.5, currency: 'USD' });
    expect(only('€2.5 billion in aid')).toMatchObject({ value: 2_500_000_000, currency: 'EUR' });
    expect(only('a budget of 59.2 trillion rupiah')).toMatchObject({ kind: 'MONEY', value: 59.2e12, currency: 'IDR' });
  });

  it('marks hedged figures approximate and includes the hedge in the span', () => {
    expect(only('trade increased by almost 50% last year')).toMatchObject({ text: 'almost 50%', kind: 'PERCENT', value: 50, approximate: true });
    expect(only('more than 3 percent')).toMatchObject({ text: 'more than 3 percent', value: 3, approximate: true });
    expect(only('rose 4.5 pct')).not.toHaveProperty('approximate');
  });

  it('gives counted nouns as units and tells measures from counts', () => {
    expect(only('7.2 million of Sputnik V vaccine doses have been delivered')).toMatchObject({ text: '7.2 million', kind: 'QUANTITY', value: 7_200_000, unit: 'vaccine doses' });
    expect(only('exports of 155,221 bags')).toMatchObject({ kind: 'QUANTITY', value: 155_221, unit: 'bags' });
    expect(only('there are 20 cooperation agreements between the countries')).toMatchObject({ text: '20', kind: 'CARDINAL', value: 20, unit: 'cooperation agreements' });
    expect(only('twenty-five soldiers were hurt')).toMatchObject({ kind: 'CARDINAL', value: 25, unit: 'soldiers' });
  });

  it('gives the figures of a range or list the unit of the last one', () => {
    const found = quantities('sold at 1,750 to 1,780 dlrs per tonne, and at 35 and 45 dlrs under New York, some 1 to 2 billion euros');
    expect(found.map((q) => [q.value, q.kind, q.currency])).toEqual([
      [1750, 'MONEY', 'USD'], [1780, 'MONEY', 'USD'], [35, 'MONEY', 'USD'], [45, 'MONEY', 'USD'], [1_000_000_000, 'MONEY', 'EUR'], [2_000_000_000, 'MONEY', 'EUR'],
    ]);
    expect(quantities('between 4,340, 4,345 and 4,350 bags').map((q) => q.unit)).toEqual(['bags', 'bags', 'bags']);
  });

  it('reads ordinals', () => {
    expect(only('the third round')).toMatchObject({ kind: 'ORDINAL', value: 3 });
    expect(only('his 21st goal')).toMatchObject({ kind: 'ORDINAL', value: 21 });
  });

  it('leaves dates, years, clock times, durations and ages to the time stage', () => {
    expect(quantities('on January 20, on 17th February, 2022, in 2020, at 9:30 p.m., on 2022-02-16, for 24 hours, a 35-year-old')).toEqual([]);
    expect(quantities('No one came.')).toEqual([]);
    expect(quantities('They restated 2000 and 2003 results after the 2001 attacks.')).toEqual([]);
    expect(quantities('Shares rose by 1200 GMT.')).toEqual([]);
  });

  it('leaves numbers that are part of names alone', () => {
    expect(quantities('She told BBC Radio 4 that firms in the FTSE 100 index rose.')).toEqual([]);
    expect(only('The shares closed at 274.5 pence.')).toMatchObject({ kind: 'MONEY', currency: 'GBP', value: 2.745 });
  });

  it('keeps offsets aligned with the text', () => {
    const text = 'Sales: “$5 million,” he said, and 12% more.';
    for (const q of quantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('extractQuantities on arbitrary text', () => {
  it('never throws, and every figure is a finite number whose span matches the text', async () => {
    const fc = await import('fast-check');
    const pieces = ['one-two', 'ten-nine', '$', '£', '5', '1,234', '.5', 'bn', 'm', ' million', '%', ' percent', 'first', '21st', 'May', ' ', ',', 'dlrs', 'of', 'doses', 'January', '2020', ':', '-', 'a dozen', 'US$', 'twenty-five'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        for (const q of quantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.value === null || Number.isFinite(q.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
