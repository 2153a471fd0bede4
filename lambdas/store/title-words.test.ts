import { describe, expect, it } from 'vitest';
import { fileNameTitle, indexedTitleWords, invertDate, MAX_INDEXED_TITLE_WORDS, titleLookup, titleMatches } from './title-words.js';

describe('indexed title words', () => {
  it('fold case, accents and punctuation, keep each word once, and leave out one-letter and stop words', () => {
    expect(indexedTitleWords("Russia's Borisov visits São Paulo, and the São Paulo fair")).toEqual(['russia', 'borisov', 'visits', 'sao', 'paulo', 'fair']);
    expect(indexedTitleWords(null)).toEqual([]);
    expect(indexedTitleWords('A to Z')).toEqual([]);
  });

  it('stop at 16 words, so a very long title costs at most 16 entries', () => {
    const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(indexedTitleWords(title)).toHaveLength(MAX_INDEXED_TITLE_WORDS);
  });
});

describe('title queries', () => {
  it('look up their longest word and check the others as word starts', () => {
    expect(titleLookup('bor Cara')).toEqual({ word: 'cara', others: ['bor'] });
    expect(titleLookup('the who')).toEqual({ word: 'who', others: ['the'] });
    expect(titleLookup('y')).toBeNull();
    expect(titleLookup('  ')).toBeNull();
  });

  it('match a title whose words start with every query word, under each indexed word the longest one starts, alphabetically', () => {
    expect(titleMatches('Borisov visits Caracas', 'cara bor')).toEqual(['caracas']);
    expect(titleMatches('Border talks: Borisov on the border', 'bor')).toEqual(['border', 'borisov']);
    expect(titleMatches('Borisov visits Caracas', 'bor havana')).toEqual([]);
    // A query word inside a word is not a match: words are matched by their start.
    expect(titleMatches('Borisov visits Caracas', 'racas')).toEqual([]);
  });

  it('find nothing through a stop word alone, but a stop word may start a longer word or be another query word', () => {
    expect(titleMatches('The Who', 'the')).toEqual([]);
    expect(titleMatches('The theatre reopens', 'the')).toEqual(['theatre']);
    expect(titleMatches('The Who', 'the who')).toEqual(['who']);
  });
});

describe('inverted dates', () => {
  it('sort later dates first', () => {
    const dates = ['2021-12-31', '2022-02-16T10:00:00.000Z', '2022-02-17', '1999-01-01'];
    const byInverted = [...dates].sort((a, b) => (invertDate(a) < invertDate(b) ? -1 : 1));
    expect(byInverted).toEqual(['2022-02-17', '2022-02-16T10:00:00.000Z', '2021-12-31', '1999-01-01']);
  });
});

describe('file names as titles', () => {
  it('take the last path segment, split on anything but letters and digits', () => {
    expect(fileNameTitle('incoming/2022/Sanctions_Report-2022-02.final.PDF')).toBe('Sanctions Report 2022 02 final PDF');
    expect(indexedTitleWords(fileNameTitle('incoming/a/São_Paulo’s.txt'))).toEqual(['sao', 'paulo', 'txt']);
    expect(titleMatches(fileNameTitle('incoming/broken.bin'), 'brok')).toEqual(['broken']);
    expect(fileNameTitle('incoming/')).toBe('');
  });
});
