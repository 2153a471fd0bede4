import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../lambdas/extract/entities/labels.js';
import { BBC_TUNING_SET, loadOutOfTimeSet, reutersStoryText, storyText, TUNING_SET_2 } from './out-of-time-set.js';

describe('the out-of-time NER set', () => {
  const set = loadOutOfTimeSet();

  it('holds 30 distinct BBC stories, six per topic', () => {
    expect(new Set(set.map((s) => s.path)).size).toBe(30);
    const topics = new Map<string, number>();
    for (const s of set) topics.set(s.path.split('/')[1], (topics.get(s.path.split('/')[1]) ?? 0) + 1);
    expect([...topics.values()]).toEqual([6, 6, 6, 6, 6]);
    for (const s of set) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores only ordered, non-overlapping, non-empty spans of the four CoNLL types (all three files)', () => {
    for (const story of [...set, ...loadOutOfTimeSet(BBC_TUNING_SET), ...loadOutOfTimeSet(TUNING_SET_2)]) {
      let end = 0;
      for (const [s, e, type] of story.spans) {
        expect(s).toBeGreaterThanOrEqual(end);
        expect(e).toBeGreaterThan(s);
        expect(CLASSES as readonly string[]).toContain(type);
        end = e;
      }
      expect(story.spans.length).toBeGreaterThan(0);
    }
  });

  it('shares no story with the tuning set, which holds 10 others, two per topic', () => {
    const tuning = loadOutOfTimeSet(BBC_TUNING_SET);
    expect(tuning.length).toBe(10);
    const held = new Set(set.map((s) => s.path));
    for (const s of tuning) expect(held.has(s.path)).toBe(false);
  });

  it('has a second tuning file of 10 other BBC stories, two per topic, and 10 Reuters-21578 stories, none in the other sets', () => {
    const second = loadOutOfTimeSet(TUNING_SET_2);
    const bbc = second.filter((s) => s.newid === undefined);
    const reuters = second.filter((s) => s.newid !== undefined);
    expect(bbc.length).toBe(10);
    expect(reuters.length).toBe(10);
    const topics = new Map<string, number>();
    for (const s of bbc) topics.set(s.path.split('/')[1], (topics.get(s.path.split('/')[1]) ?? 0) + 1);
    expect([...topics.values()]).toEqual([2, 2, 2, 2, 2]);
    for (const s of reuters) expect(s.path).toMatch(/^reuters21578\/reut2-\d{3}\.sgm$/);
    const keys = second.map((s) => `${s.path}#${s.newid ?? ''}`);
    expect(new Set(keys).size).toBe(20);
    const others = new Set([...set, ...loadOutOfTimeSet(BBC_TUNING_SET)].map((s) => s.path));
    for (const s of bbc) expect(others.has(s.path)).toBe(false);
  });
});

describe('the text of a Reuters-21578 story', () => {
  const sgml = [
    '<REUTERS TOPICS="YES" NEWID="7"><DATE>19-OCT-1987</DATE><TEXT><TITLE>AT&amp;T &lt;T> GAINS</TITLE>',
    '<DATELINE>    NEW YORK, Oct 19 - </DATELINE><BODY>American Telephone and Telegraph Co &lt;T> said\nit gained.',
    ' Reuter\n&#3;</BODY></TEXT></REUTERS>',
    '<REUTERS NEWID="8"><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>',
  ].join('\n');

  it('is the story as the pipeline reads it: decoded title, a blank line, dateline and unwrapped body without the sign-off', () => {
    expect(reutersStoryText(sgml, 7)).toBe('AT&T <T> GAINS\n\nNEW YORK, Oct 19 - American Telephone and Telegraph Co <T> said it gained.');
  });

  it('is undefined for a story without title or body, or a NEWID the file does not hold', () => {
    expect(reutersStoryText(sgml.replace('<TITLE>NO BODY</TITLE>', ''), 8)).toBeUndefined();
    expect(reutersStoryText(sgml, 9)).toBeUndefined();
  });

  it('reads a BBC file as UTF-8 and a Reuters file as Latin-1', () => {
    expect(storyText(Buffer.from('Zürich\n', 'utf8'), {})).toBe('Zürich\n');
    expect(storyText(Buffer.from(sgml.replace('said', 'sa\u00efd'), 'latin1'), { newid: 7 })).toContain('sa\u00efd');
  });
});
