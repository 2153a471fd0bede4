import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/normalize/article.js';
import { splitSentences } from '../../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../../lambdas/extract/time/index.js';
import { filterSpans, keepProbability, spanFeatures, type SpanFilterModel } from './span-filter.js';

const body = 'Kopp is now the second suspect, police said on Friday. "We are now searching," he said.';
const article: Article = {
  title: null, body, publishedAt: '1999-04-02', source: null, sources: [], dateline: null, language: 'en',
  url: null, author: null, submittedBy: null, format: 'text',
};
const tokens = tokenize(body);
const ctx = { text: body, tokens, sentences: splitSentences(body, tokens), article };

describe('the time span filter', () => {
  it('describes a span by its words, value shape, neighbours and whether it sits in a quote', () => {
    const [now, friday, quotedNow] = extractTimex(ctx);
    expect([now.text, friday.text, quotedNow.text]).toEqual(['now', 'Friday', 'now']);
    const plain = spanFeatures(body, now, ctx.sentences[0], 0);
    expect(plain).toEqual(expect.arrayContaining(['bias', 'type=DATE', 'shape=PRESENT_REF', 'head=now', 'prev=is', 'next=the', 'text=now', 'sent=0']));
    expect(plain).not.toContain('in-quote');
    expect(spanFeatures(body, friday, ctx.sentences[0], 0)).toEqual(expect.arrayContaining(['shape=9999-99-99', 'prev=on', 'next=.', 'capitalized-inside']));
    expect(spanFeatures(body, quotedNow, ctx.sentences[1], 1)).toEqual(expect.arrayContaining(['in-quote', 'in-quote+head=now', 'sent=1']));
  });

  it('drops the spans whose weighted features fall below the threshold, and only those', () => {
    const model: SpanFilterModel = { threshold: 0.5, weights: { bias: 1, 'in-quote+head=now': -3 } };
    expect(keepProbability(['bias'], model)).toBeCloseTo(1 / (1 + Math.exp(-1)));
    const kept = filterSpans(body, extractTimex(ctx), ctx.sentences, model);
    expect(kept.map((t) => [t.text, t.start])).toEqual([['now', body.indexOf('now')], ['Friday', body.indexOf('Friday')]]);
  });

  it('keeps every span under a model that knows nothing, and none under one that rejects all', () => {
    const found = extractTimex(ctx);
    expect(filterSpans(body, found, ctx.sentences, { threshold: 0.5, weights: {} })).toEqual(found);
    expect(filterSpans(body, found, ctx.sentences, { threshold: 0.5, weights: { bias: -1 } })).toEqual([]);
  });
});
