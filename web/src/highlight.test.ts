import { describe, expect, it } from 'vitest';
import { segmentText, spansOfArticle, type TextSpan } from './highlight.js';

const text = 'Yury Borisov said "Russia will help" on February 17.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

const article = {
  entities: [
    { id: 'per-yury-borisov', name: 'Yury Borisov', type: 'PERSON' as const, aliases: [], mentions: [at('Yury Borisov')] },
    { id: 'loc-russia', name: 'Russia', type: 'LOCATION' as const, aliases: [], mentions: [at('Russia')] },
  ],
  timex: [{ ...at('February 17'), type: 'DATE' as const, value: '2022-02-17' }],
  quantities: [],
  facts: [{
    type: 'quote' as const, sentence: 0, ...at('Yury Borisov said "Russia will help"'), confidence: 0.9, direct: true,
    speaker: { ...at('Yury Borisov'), entityId: 'per-yury-borisov' }, content: at('Russia will help'),
  }],
};

describe('spans and segments of an article', () => {
  it('names every mention, time expression and fact with what it resolves to', () => {
    const spans = spansOfArticle(article);
    expect(spans.map((s) => [s.key, s.kind, text.slice(s.start, s.end)])).toEqual([
      ['e0.0', 'entity', 'Yury Borisov'],
      ['e1.0', 'entity', 'Russia'],
      ['t0', 'timex', 'February 17'],
      ['f0', 'fact', 'Yury Borisov said "Russia will help"'],
    ]);
    expect(spans[2].value).toBe('2022-02-17');
    expect(spans[3].speaker).toEqual({ text: 'Yury Borisov', entityId: 'per-yury-borisov' });
    expect(spans[3].label).toBe('Quote by Yury Borisov');
  });

  it('cuts the text so that nested spans cover whole segments, outermost first, and loses no character', () => {
    const segments = segmentText(text, spansOfArticle(article));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const borisov = segments.find((s) => s.text === 'Yury Borisov')!;
    expect(borisov.spans.map((s) => s.key)).toEqual(['f0', 'e0.0']);
    const russia = segments.find((s) => s.text === 'Russia')!;
    expect(russia.spans.map((s) => s.key)).toEqual(['f0', 'e1.0']);
    expect(segments.find((s) => s.text === ' on ')!.spans).toEqual([]);
  });

  it('splits partly overlapping spans and clips spans that run past the text', () => {
    const spans: TextSpan[] = [
      { key: 'a', kind: 'fact', start: 0, end: 6, label: 'a' },
      { key: 'b', kind: 'fact', start: 3, end: 99, label: 'b' },
      { key: 'c', kind: 'fact', start: 50, end: 60, label: 'c' },
    ];
    const segments = segmentText('abcdefghij', spans);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.key)])).toEqual([
      ['abc', ['a']],
      ['def', ['b', 'a']],
      ['ghij', ['b']],
    ]);
  });
});
