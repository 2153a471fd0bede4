import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { titleRuns } from './title-runs.js';

const runs = (text: string) => {
  const tokens = tokenize(text);
  return titleRuns(text, tokens, splitSentences(text, tokens)).map((r) => text.slice(tokens[r.tokenStart].start, tokens[r.tokenEnd - 1].end));
};

describe('title-case titles of works', () => {
  it('reads a capitalised run with a capitalised pronoun, auxiliary or particle as one title', () => {
    expect(runs("Their single Sometimes You Can't Make It On Your Own took the top spot in the chart.")).toEqual([
      "Sometimes You Can't Make It On Your Own",
    ]);
    expect(runs('The tracks include It\'s Now or Never at number 27 and a new version of the song.')).toEqual(["It's Now or Never"]);
    expect(runs('The album How To Dismantle An Atomic Bomb was released by the band last year.')).toEqual(['How To Dismantle An Atomic Bomb']);
  });

  it('leaves names alone: no title word, "I", a possessive, "and" or "for" between two names', () => {
    expect(runs('The Bank of England and the Institute of Fiscal Studies said on Monday that rates would rise.')).toEqual([]);
    expect(runs('He said that World Group I and Pan Am were not part of the deal at all.')).toEqual([]);
    expect(runs("He played the song Elvis's Wooden Heart at the concert in London last night.")).toEqual([]);
    expect(runs('It won an award for Marlon Brando for On Your Marks in the year it was released.')).toEqual(['On Your Marks']);
  });

  it('skips a run at the start of a sentence and sentences set mostly in capitals or title case', () => {
    expect(runs('Are You Lonesome Tonight was played at number twenty in the charts this week.')).toEqual([]);
    expect(runs('How To Fix Your Phone When It Stops Working In The Rain')).toEqual([]);
    expect(runs('NEWS: WE ARE THE WORLD IS BACK ON THE RADIO WITH ITS STARS')).toEqual([]);
  });

  it('ends a title at a line break', () => {
    const text = 'In a column that ran on the front page of the paper he wrote that Reform Was A Sign Of Leadership\nMarco Rubio said that it was not so.';
    expect(runs(text)).toEqual(['Reform Was A Sign Of Leadership']);
  });

  it('drops a run holding a word of a name found elsewhere in the story, unless that name is inside a run', async () => {
    const { withoutKnownNames } = await import('./title-runs.js');
    const text = 'A column said Christie Is Over Marco Rubio on Monday, and Rubio said he was not over.';
    const tokens = tokenize(text);
    const found = titleRuns(text, tokens, splitSentences(text, tokens));
    expect(found.length).toBe(1);
    const rubio = tokens.findLastIndex((t) => t.text === 'Rubio');
    expect(withoutKnownNames(found, tokens, [{ tokenStart: rubio, tokenEnd: rubio + 1 }])).toEqual([]);
    const inside = tokens.findIndex((t) => t.text === 'Marco');
    expect(withoutKnownNames(found, tokens, [{ tokenStart: inside, tokenEnd: inside + 2 }])).toEqual(found);
  });
});
