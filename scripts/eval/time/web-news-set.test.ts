import { describe, expect, it } from 'vitest';
import { loadWebNewsSet, WEB_NEWS_SET_FILES, webNewsDocument } from './web-news-set.js';

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
    // Stories each batch holds at least, batch 1 first.
    const sizes = [25, 15, 15, 12, 10, 10, 10, 10, 10, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
    expect(WEB_NEWS_SET_FILES).toHaveLength(sizes.length);
    const batches = WEB_NEWS_SET_FILES.map((file) => loadWebNewsSet(file));
    batches.forEach((batch, i) => {
      expect(batch.length, `batch ${i + 1}`).toBeGreaterThanOrEqual(sizes[i]);
    });
    const docs = batches.flat();
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const doc of docs) {
      expect(doc.dct).toMatch(/^20[2-9]\d-\d\d-\d\d$/);
      expect(doc.text).not.toMatch(/[<>]/);
      expect(doc.timex.length).toBeGreaterThan(0);
      for (const t of doc.timex) {
        expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
        // ("at least", "at most" are modifiers, which TimeML keeps.)
        expect(t.text).not.toMatch(/^(?:on|in|at(?!\s+(?:least|most)\b)|by|since|for|until|from)\s/i);
        expect(t.value).toMatch(/^(?:PRESENT_REF|PAST_REF|FUTURE_REF|PT?[\dX]+[YMWDQH]|PT\d+H\d+M|P\d+Y\d+M|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-(?:\d\d|SP|SU|FA|WI)|\d{2,4}(?:-(?:\d\d|Q\d|H\d|SP|SU|FA|WI|W\d\d(?:-WE)?)(?:-\d\d)?)?(?:T(?:\d\d:\d\d(?:Z|[+-]\d\d)?|MO|AF|EV|NI))?)$/);
      }
    }
  });
});
