import { describe, expect, it } from 'vitest';
import { factContext } from '../../../test/support/fact-context.js';
import { beginOf, CONTENT, CUE, NUM_ATTRIBUTION_LABELS, SOURCE } from './attribution-features.js';
import {
  allowed, attributionModel, decodeAttributionModel, encodeAttributionModel, groupSpans, marginals, spansOf, viterbi,
} from './attribution-tagger.js';
import { Document } from './document.js';
import { coordinatedBreak, taggedAttributions, taggingContext, withoutTrailingAdjunct } from './tagged-attributions.js';

const L = NUM_ATTRIBUTION_LABELS;
const B = (role: number) => beginOf(role);
const I = (role: number) => beginOf(role) + 1;

describe('attribution tagger decoding', () => {
  it('never starts a span with an inside label, and never continues another role', () => {
    expect(allowed(L, I(CUE))).toBe(false);
    expect(allowed(0, I(CONTENT))).toBe(false);
    expect(allowed(B(SOURCE), I(CUE))).toBe(false);
    expect(allowed(B(CUE), I(CUE))).toBe(true);
    // Emissions that favour I-CUE everywhere still decode to a valid sequence: B-CUE, then I-CUE.
    const emissions = new Float64Array(3 * L);
    for (let i = 0; i < 3; i++) emissions[i * L + I(CUE)] = 5;
    expect([...viterbi(emissions, 3, new Float32Array((L + 1) * L))]).toEqual([B(CUE), I(CUE), I(CUE)]);
  });

  it('gives posteriors that sum to one at every token', () => {
    const emissions = Float64Array.from({ length: 4 * L }, (_, k) => (k * 7919) % 13 - 6);
    const p = marginals(emissions, 4, new Float32Array((L + 1) * L), 1);
    for (let i = 0; i < 4; i++) expect(p.slice(i * L, (i + 1) * L).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(p[I(CUE)]).toBe(0);
  });

  it('groups each content with its nearest cue, and each cue with its nearest source', () => {
    // Anna said that A , and Tom thinks B
    const labels = Uint8Array.from([B(SOURCE), B(CUE), 0, B(CONTENT), 0, 0, B(SOURCE), B(CUE), B(CONTENT)]);
    const groups = groupSpans(spansOf(labels, 10));
    expect(groups.map((g) => [g.source?.first, g.cue.first, g.contents.map((c) => c.first)])).toEqual([[10, 11, [13]], [16, 17, [18]]]);
  });

  it('round-trips a model through its binary form', () => {
    const lexicon = new Map([['said', 5], ['according', 4]]);
    const weights = Int8Array.from({ length: 2 * L }, (_, k) => k - 7);
    const transitions = Float32Array.from({ length: (L + 1) * L }, (_, k) => k / 4);
    const model = decodeAttributionModel(encodeAttributionModel({ lexicon, hashes: Uint32Array.from([7, 4000000000]), weights, scale: 0.5, transitions }));
    expect([...model.lexicon]).toEqual([['according', 4], ['said', 5]]);
    expect(model.rows.get(4000000000)).toBe(1);
    expect(model.rows.get(8)).toBe(-1);
    expect(model.weights[L + 2]).toBeCloseTo((L + 2 - 7) * 0.5);
    expect([...model.transitions]).toEqual([...transitions]);
  });
});

describe('the committed attribution model', () => {
  it('loads without network or files and knows the common cues', () => {
    const model = attributionModel();
    expect(model.lexicon.get('said')).toBeGreaterThanOrEqual(4);
    expect(model.lexicon.get('according')).toBeGreaterThanOrEqual(4);
    expect(model.lexicon.has('the')).toBe(false);
  });

  it('finds a belief with its source and content, offsets into the text', () => {
    const text = 'Anna Smith believes the new bridge will never be finished on time.';
    const doc = new Document(factContext(text, [{ id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith'] }]));
    const [found] = taggedAttributions(doc, new Uint8Array(text.length));
    expect(doc.tokenSpan(found.speaker.first, found.speaker.last).text).toBe('Anna Smith');
    expect(found.cue && doc.tokenSpan(found.cue.first, found.cue.last).text).toBe('believes');
    expect(found.content.text).toBe(text.slice(found.content.start, found.content.end));
    expect(found.content.text).toMatch(/^the new bridge will never be finished on time/);
    expect(found.direct).toBe(false);
    expect(found.confidence).toBeGreaterThan(0);
  });
});

describe('content boundaries of tagged attributions', () => {
  const docOf = (text: string) => new Document(factContext(text, [{ id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith'] }]));
  const token = (doc: Document, text: string) => doc.tokens.findIndex((t) => t.text === text);

  it('finds where a content runs into a second clause with a strong cue of its own', () => {
    const doc = docOf('the plan would pass by March and warned that the bridge would cost more');
    const { table, quoted } = taggingContext(doc, new Uint8Array(doc.text.length));
    const last = doc.tokens.length - 1;
    expect(coordinatedBreak(table, quoted, 0, last)).toBe(token(doc, 'and'));
    // A weaker cue word ("exposed", "hopes") does not split the content, nor one inside quotation marks.
    const weak = docOf('it agitated the senator and exposed a clear weakness, and she hopes to win');
    const w = taggingContext(weak, new Uint8Array(weak.text.length));
    expect(coordinatedBreak(w.table, w.quoted, 0, weak.tokens.length - 1)).toBe(-1);
    const quotedDoc = docOf('the plan would pass “and warned that” it would cost more');
    const mask = new Uint8Array(quotedDoc.text.length).fill(1, quotedDoc.text.indexOf('“'), quotedDoc.text.indexOf('”') + 1);
    const q = taggingContext(quotedDoc, mask);
    expect(coordinatedBreak(q.table, q.quoted, 0, quotedDoc.tokens.length - 1)).toBe(-1);
  });

  it('leaves out a last ", which …" clause without a comma of its own', () => {
    const doc = docOf('the reality of climate change, which makes him an outlier');
    const quoted = new Uint8Array(doc.tokens.length);
    expect(withoutTrailingAdjunct(doc, quoted, 0, doc.tokens.length - 1)).toBe(token(doc, 'change'));
    // "the plan, which costs a lot, would fail": the clause closes, so the content goes on.
    const closed = docOf('the plan, which costs a lot, would fail');
    expect(withoutTrailingAdjunct(closed, new Uint8Array(closed.tokens.length), 0, closed.tokens.length - 1)).toBe(closed.tokens.length - 1);
  });
});
