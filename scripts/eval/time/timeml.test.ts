import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeML } from './timeml.js';

describe('parseTimeML', () => {
  const doc = parseTimeML(readFileSync(new URL('../../../test/fixtures/time/mini.tml', import.meta.url), 'utf8'), 'mini');

  it('reads the creation time and the text without tags, with references decoded', () => {
    expect(doc.dct).toBe('1998-11-20');
    expect(doc.text).toBe('\nShares of A&B fell Friday after two weeks of gains.\n');
  });

  it('gives each TIMEX3 with offsets into that text, skipping empty ones', () => {
    expect(doc.timex).toEqual([
      { start: 20, end: 26, text: 'Friday', type: 'DATE', value: '1998-11-20' },
      { start: 33, end: 42, text: 'two weeks', type: 'DURATION', value: 'P2W' },
    ]);
    for (const t of doc.timex) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('rejects a document without a creation time', () => {
    expect(() => parseTimeML('<TimeML><TEXT>x</TEXT></TimeML>', 'bad')).toThrow(/creation time/);
  });
});
