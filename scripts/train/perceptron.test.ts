import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../lambdas/extract/entities/gazetteer.js';
import { tagDocument } from '../../lambdas/extract/entities/tagger.js';
import { TaggerStage } from '../../lambdas/extract/entities/tagger-model.js';
import { WordClusters } from '../../lambdas/extract/entities/word-clusters.js';
import { prepare } from './prepare.js';
import { trainStage } from './perceptron.js';

describe('one tagger stage', () => {
  const texts = ['Smith visited Paris on Monday.', 'Jones left Berlin on Friday.', 'Brown met Smith in Rome.', 'Paris and Rome welcomed Jones.'];
  const docs = texts.map((text) => {
    const gold = [...text.matchAll(/Smith|Jones|Brown|Paris|Berlin|Rome/g)].map((m) => ({
      start: m.index, end: m.index + m[0].length, cls: /Paris|Berlin|Rome/.test(m[0]) ? 2 : 0,
    }));
    return prepare({ text, gold });
  });
  const resources = { gazetteer: Gazetteer.fromLines([]), clusters: WordClusters.empty() };
  const tagged = (mix: number) => {
    const model = { ...resources, stages: [new TaggerStage(trainStage(docs, resources, { epochs: 5, seed: 3, minCount: 1, mix }))] };
    return docs.map((d) => tagDocument(d.doc, model).map((s) => `${s.cls}:${d.doc.text.slice(s.start, s.end)}`));
  };

  it('learns its training names, one perceptron or several mixed', () => {
    const expected = [['0:Smith', '2:Paris'], ['0:Jones', '2:Berlin'], ['0:Brown', '0:Smith', '2:Rome'], ['2:Paris', '2:Rome', '0:Jones']];
    expect(tagged(1)).toEqual(expected);
    expect(tagged(3)).toEqual(expected);
  });

  it('is deterministic for a seed and a mix, and mixing changes the weights', () => {
    const weights = (mix: number) => trainStage(docs, resources, { epochs: 5, seed: 3, minCount: 1, mix });
    expect(Buffer.from(weights(2).weights).equals(Buffer.from(weights(2).weights))).toBe(true);
    expect(Buffer.from(weights(2).weights).equals(Buffer.from(weights(1).weights))).toBe(false);
  });
});
