// Issue 14's seventh round: classes read off web-news batch 14 and the tune split's errors, one
// block each, in the TimeML TIMEX3 conventions.
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

// 2024-12-06 is a Friday.
describe('what a noun is "expected" to bring from, after, over or late on a day is still to come', () => {
  it('points ahead', () => {
    expect(table('Storm warnings have been issued, with winds of up to 90mph expected from Saturday evening.', '2024-12-06')).toEqual({ 'Saturday evening': 'TIME 2024-12-07TEV' });
    expect(table('Roads were closed, with heavy snow expected over the weekend.', '2024-12-04')).toEqual({ 'the weekend': 'DATE 2024-W49-WE' });
    expect(table('Shops reopened, with big crowds expected after Thursday.', '2024-12-06')).toEqual({ Thursday: 'DATE 2024-12-12' });
    expect(table('Flights were cancelled, with more storms expected late on Tuesday.', '2024-12-06')).toEqual({ Tuesday: 'DATE 2024-12-10' });
  });

  it('stays past when the expectation was told with was/were', () => {
    expect(table('The rain, which was expected from Tuesday, arrived early.', '2024-12-06')).toEqual({ Tuesday: 'DATE 2024-12-03' });
    expect(table('Big crowds were expected over the weekend.', '2024-12-06')).toEqual({ 'the weekend': 'DATE 2024-W48-WE' });
  });
});
