import { describe, expect, it } from 'vitest';
import { tenseMarkers, tenseNear } from './tense.js';

function tenseOf(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return tenseNear(tenseMarkers(sentence, 0, sentence.length), start, start + phrase.length);
}

describe('tense around an expression', () => {
  it('takes the nearest marker', () => {
    expect(tenseOf('The minister said on Wednesday that talks ended.', 'Wednesday')).toBe('past');
    expect(tenseOf('The ministers will meet on Friday, she said.', 'Friday')).toBe('future');
    expect(tenseOf('Officials are expected to decide in January.', 'January')).toBe('future');
  });

  it('does not count passives or adjectival participles as past', () => {
    expect(tenseOf('The case is heard in May.', 'May')).toBe('none');
    expect(tenseOf('Dividends would be paid on a still unspecified date in January.', 'January')).toBe('future');
  });

  it('reads a present-tense schedule as future', () => {
    expect(tenseOf('The two leaders meet separately Monday with the envoy.', 'Monday')).toBe('future');
  });

  it('is none without markers', () => {
    expect(tenseOf('Talks in March.', 'March')).toBe('none');
  });
});
