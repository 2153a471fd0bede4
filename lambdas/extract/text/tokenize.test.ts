import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps offsets into the text', () => {
    const text = 'Russia’s “big” day — 7.2 million.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps abbreviations whole and leaves sentence periods alone', () => {
    expect(words('Dr. Smith of Acme Inc. met U.S. officials on Feb. 3 in Russia.')).toEqual([
      'Dr.', 'Smith', 'of', 'Acme', 'Inc.', 'met', 'U.S.', 'officials', 'on', 'Feb.', '3', 'in', 'Russia', '.',
    ]);
    expect(words('J. R. Ewing')).toEqual(['J.', 'R.', 'Ewing']);
    expect(words('No. 1 and no more.')).toEqual(['No.', '1', 'and', 'no', 'more', '.']);
  });

  it('keeps decimals, thousands separators, ordinals, times and dates as single tokens', () => {
    expect(words('$1,234.5 billion, 7.2% on 17th Feb at 10:30 on 1996-08-22.')).toEqual([
      '$', '1,234.5', 'billion', ',', '7.2', '%', 'on', '17th', 'Feb', 'at', '10:30', 'on', '1996-08-22', '.',
    ]);
  });

  it('splits every quote and dash style into its own token', () => {
    expect(words('"a" “b” ‘c’ «d» e—f g–h i - j -- k')).toEqual([
      '"', 'a', '"', '“', 'b', '”', '‘', 'c', '’', '«', 'd', '»', 'e', '—', 'f', 'g', '–', 'h', 'i', '-', 'j', '--', 'k',
    ]);
  });

  it('splits possessives and contractions but not names with apostrophes', () => {
    expect(words("Russia's O'Neill's Jones' don't it’s")).toEqual(['Russia', "'s", "O'Neill", "'s", 'Jones', "'", 'do', "n't", 'it', '’s']);
    expect(words("RUSSIA'S BORISOV")).toEqual(['RUSSIA', "'S", 'BORISOV']);
  });

  it('keeps hyphenated words, handles, links and OPEC+ whole', () => {
    expect(words('vice-president @ChaudhryMAli88 https://example.com/a?b=1. OPEC+ #tag a.b@c.org')).toEqual([
      'vice-president', '@ChaudhryMAli88', 'https://example.com/a?b=1', '.', 'OPEC+', '#tag', 'a.b@c.org',
    ]);
  });

  it('handles an ellipsis and empty text', () => {
    expect(words('Wait... what?!')).toEqual(['Wait', '...', 'what', '?!']);
    expect(tokenize('')).toEqual([]);
  });
});
