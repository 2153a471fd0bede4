import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNewsSet, newsSetText } from './news-set.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('the own news set', () => {
  it('reads a Reuters story body by NEWID with entities decoded, and a BBC file as it is', () => {
    const data = mkdtempSync(join(tmpdir(), 'news-set-'));
    mkdirSync(join(data, 'reuters21578'));
    copyFileSync(join(here, '../../../test/fixtures/time/reuters-mini.sgm'), join(data, 'reuters21578', 'reut2-000.sgm'));
    mkdirSync(join(data, 'bbc', 'tech'), { recursive: true });
    writeFileSync(join(data, 'bbc', 'tech', '001.txt'), 'Headline\n\nBody on Monday.\n');
    expect(newsSetText(data, 'reuters21578/reut2-000.sgm#7')).toBe('Acme <ACM> said profit rose\nin 1986 & will rise again next year.\n Reuter\n');
    expect(newsSetText(data, 'reuters21578/reut2-000.sgm#8')).toBe('Nothing happened on Friday.\n Reuter\n');
    expect(newsSetText(data, 'reuters21578/reut2-000.sgm#9')).toBeNull();
    expect(newsSetText(data, 'bbc/tech/001.txt')).toBe('Headline\n\nBody on Monday.\n');
    expect(newsSetText(data, 'bbc/tech/002.txt')).toBeNull();
  });

  it('holds 20+ stories with a creation time, its basis, and well-formed TIMEX3 annotations in text order', () => {
    const stories = loadNewsSet(join(here, 'news-set.json'));
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const story of stories) {
      expect(story.path).toMatch(/^(?:reuters21578\/reut2-\d{3}\.sgm#\d+|bbc-news-fulltext\/[a-z]+\/\d{3}\.txt)$/);
      expect(story.dct).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(story.dctBasis.length).toBeGreaterThan(10);
      let last = -1;
      for (const t of story.timex) {
        expect(t.start).toBeGreaterThan(last);
        expect(t.end - t.start).toBe(t.text.length);
        expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
        expect(t.value).toMatch(/^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P[\dX.]+[YMWDQ]|PT[\dX]+[HMS]|\d{2,4}(?:-(?:\d\d|Q\d|H\d|SP|SU|FA|WI|W\d\d(?:-WE)?|XX)(?:-\d\d)?)?(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)$/);
        last = t.end - 1;
      }
    }
  });
});
