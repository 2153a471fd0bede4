import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    expect(split('It rose. Then it fell! Why? Nobody knows.')).toEqual(['It rose.', 'Then it fell!', 'Why?', 'Nobody knows.']);
  });

  it('does not split after titles, initials, months or mid-sentence abbreviations', () => {
    expect(split('Dr. J. Smith met Gen. Lee on Feb. 3 in the U.S. capital.')).toEqual(['Dr. J. Smith met Gen. Lee on Feb. 3 in the U.S. capital.']);
  });

  it('splits after an abbreviation when a typical sentence opener follows', () => {
    expect(split('He works for Acme Inc. The company declined to comment.')).toEqual(['He works for Acme Inc.', 'The company declined to comment.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('"We will win." He left. “Never,” she said.')).toEqual(['"We will win."', 'He left.', '“Never,” she said.']);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(split('Prices rose in\n\nthe second half')).toEqual(['Prices rose in', 'the second half']);
  });

  it('ends a headline or dateline line without punctuation, but not a wrapped line', () => {
    expect(split('RUSSIA AND VENEZUELA TALK TRADE\nCARACAS 2022-02-17\nThe talks began.')).toEqual([
      'RUSSIA AND VENEZUELA TALK TRADE',
      'CARACAS 2022-02-17',
      'The talks began.',
    ]);
    expect(split('The minister said the economy of the country grew faster than expected in\nJanuary, according to data.')).toHaveLength(1);
  });

  it('records token ranges that cover every token exactly once', () => {
    const text = 'One. Two three.\n\nFour';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([[0, 2], [2, 5], [5, 6]]);
    expect(splitSentences('', [])).toEqual([]);
  });
});
