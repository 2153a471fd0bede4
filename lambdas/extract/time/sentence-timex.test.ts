import { describe, expect, it } from 'vitest';
import type { Timex } from '../types.js';
import { timexForSentence } from './sentence-timex.js';

const t = (start: number, type: Timex['type'], value: string): Timex => ({ start, end: start + 4, text: 'xxxx', type, value });

describe('timexForSentence', () => {
  const timex = [t(0, 'DATE', '2021'), t(10, 'DURATION', 'P1M'), t(20, 'DATE', '2022-02'), t(30, 'DATE', '2022-02-16'), t(40, 'DATE', 'PRESENT_REF'), t(60, 'DATE', '2022-02-15')];

  it('picks the most specific resolved date inside the sentence', () => {
    expect(timexForSentence(timex, { start: 0, end: 50 })?.value).toBe('2022-02-16');
    expect(timexForSentence(timex, { start: 0, end: 25 })?.value).toBe('2022-02');
  });

  it('ignores durations, reference words and expressions outside the sentence', () => {
    expect(timexForSentence(timex, { start: 8, end: 16 })).toBeUndefined();
    expect(timexForSentence(timex, { start: 38, end: 50 })).toBeUndefined();
    expect(timexForSentence(timex, { start: 55, end: 70 })?.value).toBe('2022-02-15');
  });

  it('passes over a dateline in parentheses when the sentence names another date', () => {
    const text = 'CARACAS (Wire - 17th February, 2022) Russia and Venezuela will boost trade, the minister said on Wednesday.';
    const dateline = { start: 16, end: 35, text: '17th February, 2022', type: 'DATE' as const, value: '2022-02-17' };
    const wednesday = { start: 97, end: 106, text: 'Wednesday', type: 'DATE' as const, value: '2022-02-16' };
    expect(text.slice(dateline.start, dateline.end)).toBe(dateline.text);
    expect(text.slice(wednesday.start, wednesday.end)).toBe(wednesday.text);
    const sentence = { start: 0, end: text.length };
    expect(timexForSentence([dateline, wednesday], sentence, text)).toBe(wednesday);
    expect(timexForSentence([dateline], sentence, text)).toBe(dateline);
    expect(timexForSentence([dateline, wednesday], sentence)).toBe(dateline);
  });
});
