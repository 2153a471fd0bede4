import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWebNewsSet, webNewsDocument } from './web-news-set.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('the web-news set', () => {
  it('reads inline TIMEX3 annotations as offsets into the plain text, ampersands kept', () => {
    const doc = webNewsDocument({ id: 'x', dct: '2024-01-09', timeml: 'A & B met on <TIMEX3 type="DATE" value="2024-01-08">Monday</TIMEX3>.\n' });
    expect(doc).toEqual({
      id: 'x',
      dct: '2024-01-09',
      text: 'A & B met on Monday.\n',
      timex: [{ start: 13, end: 19, text: 'Monday', type: 'DATE', value: '2024-01-08' }],
    });
  });

  it('holds 25+ dated stories whose annotations are well-formed TIMEX3, without a leading preposition', () => {
    const first = loadWebNewsSet(join(here, 'web-news-set.json'));
    const second = loadWebNewsSet(join(here, 'web-news-set-2.json'));
    expect(first.length).toBeGreaterThanOrEqual(25);
    expect(second.length).toBeGreaterThanOrEqual(15);
    const third = loadWebNewsSet(join(here, 'web-news-set-3.json'));
    expect(third.length).toBeGreaterThanOrEqual(15);
    const fourth = loadWebNewsSet(join(here, 'web-news-set-4.json'));
    expect(fourth.length).toBeGreaterThanOrEqual(12);
    const fifth = loadWebNewsSet(join(here, 'web-news-set-5.json'));
    expect(fifth.length).toBeGreaterThanOrEqual(10);
    const sixth = loadWebNewsSet(join(here, 'web-news-set-6.json'));
    expect(sixth.length).toBeGreaterThanOrEqual(10);
    const seventh = loadWebNewsSet(join(here, 'web-news-set-7.json'));
    expect(seventh.length).toBeGreaterThanOrEqual(10);
    const eighth = loadWebNewsSet(join(here, 'web-news-set-8.json'));
    expect(eighth.length).toBeGreaterThanOrEqual(10);
    const ninth = loadWebNewsSet(join(here, 'web-news-set-9.json'));
    expect(ninth.length).toBeGreaterThanOrEqual(10);
    const docs = [...first, ...second, ...third, ...fourth, ...fifth, ...sixth, ...seventh, ...eighth, ...ninth];
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const doc of docs) {
      expect(doc.dct).toMatch(/^20[2-9]\d-\d\d-\d\d$/);
      expect(doc.text).not.toMatch(/[<>]/);
      expect(doc.timex.length).toBeGreaterThan(0);
      for (const t of doc.timex) {
        expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
        // ("at least", "at most" are modifiers, which TimeML keeps.)
        expect(t.text).not.toMatch(/^(?:on|in|at(?!\s+(?:least|most)\b)|by|since|for|until|from)\s/i);
        expect(t.value).toMatch(/^(?:PRESENT_REF|PAST_REF|FUTURE_REF|PT?[\dX]+[YMWDQH]|PT\d+H\d+M|\d{2,4}(?:-(?:\d\d|Q\d|H\d|SP|SU|FA|WI|W\d\d(?:-WE)?)(?:-\d\d)?)?(?:T(?:\d\d:\d\d(?:Z|[+-]\d\d)?|MO|AF|EV|NI))?)$/);
      }
    }
  });
});
