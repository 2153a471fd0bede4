import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { beginOf, CONTENT, CUE, SOURCE } from '../../lambdas/extract/facts/attribution-features.js';
import { decodeAttributionModel, encodeAttributionModel } from '../../lambdas/extract/facts/attribution-tagger.js';
import { loadSplit } from '../eval/quotes/polnear.js';
import { filterSamples, goldLabels, learnCueLexicon, prepare, trainFilter, trainTagger } from './train-attribution.js';

const mini = fileURLToPath(new URL('../../test/fixtures/facts/polnear-mini', import.meta.url));
const prepared = () => loadSplit(mini, 'train').map((g) => {
  const { doc, quoted, mask } = prepare(g);
  return { doc, quoted, mask, gold: goldLabels(doc, g), contents: g.attributions.flatMap((a) => (a.content ? [a.content.pieces] : [])) };
});
const options = { epochs: 3, minCount: 1, log: () => {} };

describe('attribution training', () => {
  it('labels source, cue and content tokens from the annotation', () => {
    const [d] = prepared();
    const labelOf = (word: string, from = 0) => d.gold[d.doc.tokens.findIndex((t, k) => k >= from && t.text === word)];
    const jones = d.doc.tokens.findIndex((t) => t.text === 'Jones');
    expect(labelOf('Jones')).toBe(beginOf(SOURCE));
    expect(labelOf('said', jones)).toBe(beginOf(CUE));
    expect(labelOf('the', jones)).toBe(beginOf(CONTENT));
    expect(labelOf('close', jones)).toBe(beginOf(CONTENT) + 1);
  });

  it('learns the annotated cues as the lexicon', () => {
    const lexicon = learnCueLexicon(prepared());
    expect(lexicon.get('said')).toBe(5);
    expect(lexicon.has('race')).toBe(false);
  });

  it('is deterministic: the same data gives the same bytes', () => {
    const docs = prepared();
    const once = encodeAttributionModel(trainTagger(docs, options));
    expect(encodeAttributionModel(trainTagger(docs, options)).equals(once)).toBe(true);
    const model = decodeAttributionModel(once);
    expect(model.lexicon.get('said')).toBe(5);
  });

  it('trains a filter that keeps the tagger candidates matching the annotation', () => {
    const docs = prepared();
    const tagger = decodeAttributionModel(encodeAttributionModel(trainTagger(docs, { ...options, epochs: 6 })));
    const samples = filterSamples(docs, tagger);
    expect(samples.some((s) => s.real)).toBe(true);
    const filter = trainFilter(samples, { epochs: 5, threshold: -1 });
    expect(filter.threshold).toBe(-1);
    const model = decodeAttributionModel(encodeAttributionModel(trainTagger(docs, options), filter));
    expect(model.filter?.weights.size).toBe(filter.weights.size);
    expect(model.filter?.bias).toBeCloseTo(filter.bias, 5);
  });
});
