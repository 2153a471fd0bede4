import { describe, expect, it } from 'vitest';
import { parseDateline, readingCase } from './dateline.js';

describe('parseDateline', () => {
  it.each([
    ['CARACAS (UrduPoint News / Sputnik - 17th February, 2022) Russia and Venezuela', 'Caracas', ['UrduPoint News', 'Sputnik'], '2022-02-17'],
    ['SALVADOR, Feb 26 - Showers continued throughout the week', 'Salvador', [], null],
    ['WASHINGTON (AP) — The Senate passed', 'Washington', ['AP'], null],
    ['LONDON, March 3 (Reuters) - Oil prices rose', 'London', ['Reuters'], null],
    ['NEW DELHI: The government said', 'New Delhi', [], null],
    ['RIO DE JANEIRO, Brazil (AP) — Police said', 'Rio de Janeiro', ['AP'], null],
    ['NEW YORK — Stocks fell', 'New York', [], null],
    ['SEVILLA (EFE) - El Consejo de Gobierno aprobó', 'Sevilla', ['EFE'], null],
    ['Toronto, Feb 26 - Standard Trustco said it expects', 'Toronto', [], null],
    ['West Hartford, Conn., FEb 26 - Coleco said', 'West Hartford', [], null],
    ['Washington (CNN) — The Senate passed', 'Washington', ['CNN'], null],
    ['Kyiv, Ukraine (AP) — Russian forces shelled', 'Kyiv', ['AP'], null],
    ['New York (Reuters) - Stocks fell', 'New York', ['Reuters'], null],
    ['Los Angeles (KABC) — A fire broke out', 'Los Angeles', ['KABC'], null],
  ])('%s', (paragraph, place, sources, date) => {
    const dateline = parseDateline(paragraph);
    expect(dateline).not.toBeNull();
    expect(dateline).toMatchObject({ place, sources, date });
    expect(paragraph.startsWith(dateline!.text)).toBe(true);
  });

  it.each([
    'Russia and Venezuela intend to explore prospects',
    'US stocks fell on Monday - a second day of losses',
    'I went - home early',
    'THE END - of the story is lower case',
    'A (short) note',
    'NATO allies met on Tuesday',
    'Sales, March 3 figures - were up',
    'On Monday, May 2 - the day after',
    'Apple (NASDAQ: AAPL) — The company said',
    'Shares of Apple (AAPL) — rose',
    'The Senate (Democrats) — The vote',
    'Apple (AAPL) — The company said',
  ])('no dateline in %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});

it('puts places in reading case', () => {
  expect(readingCase('SAO PAULO')).toBe('Sao Paulo');
  expect(readingCase('WASHINGTON D.C.')).toBe('Washington D.C.');
  expect(readingCase('PORT-AU-PRINCE')).toBe('Port-Au-Prince');
});
