// Issue 14's classes of misses, each checked on several of our own sentences in the style of
// present-day web news, with a publication date (TimeML TIMEX3 spans and values).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../normalize/article.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { extractTimex } from './index.js';

function article(body: string, publishedAt: string): Article {
  return {
    title: null, body, publishedAt, source: null, sources: [], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text',
  };
}

/** text → "TYPE value" of every expression found. */
function table(body: string, publishedAt: string): Record<string, string> {
  const tokens = tokenize(body);
  const found = extractTimex({ text: body, tokens, sentences: splitSentences(body, tokens), article: article(body, publishedAt) });
  return Object.fromEntries(found.map((t) => [t.text, `${t.type} ${t.value}`]));
}

describe('day parts and periods', () => {
  it('reads the day, late in the day, the start of the year and the rest of the week', () => {
    // Wednesday 6 March 2024.
    expect(table('Late in the day, the index slipped back and ended 0.4% lower on the day.', '2024-03-06')).toEqual({
      'Late in the day': 'DATE 2024-03-06',
      'the day': 'DATE 2024-03-06',
    });
    expect(table('Prices have risen 12% since the start of the year, and rain is forecast for the rest of the week.', '2024-03-06')).toEqual({
      'the start of the year': 'DATE 2024',
      'the rest of the week': 'DATE 2024-W10',
    });
    expect(table('The festival returns in the third week of July.', '2024-03-06')).toEqual({ 'the third week of July': 'DATE 2024-W29' });
  });
});

describe('durations', () => {
  it('reads compound lengths as one duration, larger unit first, but not a range', () => {
    expect(table('The final lasted four hours and 20 minutes.', '2024-06-03')).toEqual({ 'four hours and 20 minutes': 'DURATION PT4H20M' });
    expect(table('He spent two years and three months in custody.', '2024-06-03')).toEqual({ 'two years and three months': 'DURATION P2Y3M' });
    expect(table('Delays ranged between two hours and 30 minutes.', '2024-06-03')).toEqual({ 'two hours': 'DURATION PT2H', '30 minutes': 'DURATION PT30M' });
  });

  it('reads adjectival and compound lengths, and "yearly" as a set', () => {
    expect(table("It was the index's biggest one-day fall since 2020, and yields on ten-year bonds rose.", '2024-03-06')).toEqual({
      'one-day': 'DURATION P1D',
      '2020': 'DATE 2020',
      'ten-year': 'DURATION P10Y',
    });
    expect(table('The licence fee is reviewed yearly; the new governor will serve a four-year term.', '2024-11-06')).toEqual({
      yearly: 'SET P1Y',
      'four-year': 'DURATION P4Y',
    });
  });

  it('reads a vague stretch before or after an event ("hours before it expired")', () => {
    expect(table('The truce was extended on Monday, hours before it was due to expire.', '2023-11-28')).toMatchObject({ hours: 'DURATION PTXH' });
    expect(table('The deal collapsed days earlier.', '2023-11-28')).toEqual({ days: 'DURATION PXD' });
  });

  it('does not read "a quarter point" as a quarter of a year', () => {
    expect(table('The bank cut its main rate by a quarter point on Thursday.', '2025-04-24')).toEqual({ Thursday: 'DATE 2025-04-24' });
    expect(table('Profits fell for three straight quarters.', '2025-04-24')).toEqual({ 'three straight quarters': 'DURATION P3Q' });
  });
});
