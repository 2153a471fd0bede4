// Issue 14's sixth round: classes read off the tune split's errors and web-news batch 10, one block
// each, in the TimeML TIMEX3 conventions.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../normalize/article.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { extractTimex } from './index.js';

function article(body: string, publishedAt: string | null): Article {
  return {
    title: null, body, publishedAt, source: null, sources: [], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text',
  };
}

/** text → "TYPE value" of every expression found. */
function table(body: string, publishedAt: string | null): Record<string, string> {
  const tokens = tokenize(body);
  const found = extractTimex({ text: body, tokens, sentences: splitSentences(body, tokens), article: article(body, publishedAt) });
  return Object.fromEntries(found.map((t) => [t.text, `${t.type} ${t.value}`]));
}

describe('"last" + a month', () => {
  it('skips the month just ended, which would be "last month"', () => {
    expect(table('Two helicopters crashed last February.', '1998-03-01')).toEqual({ 'last February': 'DATE 1997-02' });
    expect(table('The plant closed last December.', '1998-01-10')).toEqual({ 'last December': 'DATE 1996-12' });
  });

  it('keeps the latest one for months further back, and "this past" for the month just ended', () => {
    expect(table('Two helicopters crashed last January.', '1998-03-01')).toEqual({ 'last January': 'DATE 1998-01' });
    expect(table('He left last March.', '1998-03-01')).toEqual({ 'last March': 'DATE 1997-03' });
    expect(table('The plant closed this past February.', '1998-03-01')).toEqual({ 'this past February': 'DATE 1998-02' });
  });
});
