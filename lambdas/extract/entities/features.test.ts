import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { documentFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { WordClusters } from './word-clusters.js';

const text = 'Shares in engineering group Jarvis rose. Analysts said Jarvis would recover.';
const tokens = tokenize(text);
const doc = { text, tokens, sentences: splitSentences(text, tokens) };
const resources = { gazetteer: Gazetteer.fromLines([]), clusters: WordClusters.empty() };
const idsOf = (f: ReturnType<typeof documentFeatures>, i: number) => [...f.ids.subarray(f.offsets[i], f.offsets[i + 1])];

describe('context aggregation features', () => {
  const second = tokens.findLastIndex((t) => t.text === 'Jarvis');
  const said = tokens.findIndex((t) => t.text === 'said');

  it('are off unless the model was trained with them', () => {
    expect(documentFeatures(doc, { ...resources, extensions: [] })).toEqual(documentFeatures(doc, resources));
  });

  it('give a capitalised word the neighbours of its other occurrences, and nothing to other words', () => {
    const plain = documentFeatures(doc, resources);
    const agg = documentFeatures(doc, { ...resources, extensions: ['agg'] });
    // "group" before and "rose" after the first Jarvis: two more features on the second one.
    expect(idsOf(agg, second).length).toBe(idsOf(plain, second).length + 2);
    expect(idsOf(agg, said)).toEqual(idsOf(plain, said));
  });
});
