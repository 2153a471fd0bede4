import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { documentFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { hashMore, hashString } from './hash.js';
import { WordClusters } from './word-clusters.js';
import { NUM_LABELS } from './labels.js';
import { MODEL_FILE, modelDir, nerModel } from './model.js';
import { TaggerStage, decodeModel, encodeModel, type StageWeights } from './tagger-model.js';
import { tagDocument } from './tagger.js';

function tinyStage(): StageWeights {
  const hashes = Uint32Array.from([hashString('w=Paris'), hashString('w=Smith')].sort((a, b) => a - b));
  const weights = new Int8Array(hashes.length * NUM_LABELS);
  weights[hashes.indexOf(hashString('w=Paris')) * NUM_LABELS + 12] = 127; // U-LOC
  weights[hashes.indexOf(hashString('w=Smith')) * NUM_LABELS + 4] = -64; // U-PER
  const transitions = new Float32Array((NUM_LABELS + 1) * NUM_LABELS).map((_, i) => i / 100);
  return { hashes, weights, scale: 2.5, transitions };
}

describe('model file', () => {
  it('round-trips weights, scale, transitions and metadata', () => {
    const stage = tinyStage();
    const bytes = encodeModel([stage, stage], { data: 'test', seed: 1 });
    const { header, stages } = decodeModel(bytes);
    expect(header.meta).toEqual({ data: 'test', seed: 1 });
    expect(stages).toHaveLength(2);
    expect([...stages[1].hashes]).toEqual([...stage.hashes]);
    expect([...stages[1].weights]).toEqual([...stage.weights]);
    expect(stages[1].scale).toBe(2.5);
    expect([...stages[1].transitions]).toEqual([...stage.transitions]);
  });

  it('scores with int8 weights times the scale', () => {
    const tagger = new TaggerStage(tinyStage());
    const features = { ids: Uint32Array.from([hashString('w=Paris'), hashString('w=Smith'), hashString('unknown')]), offsets: Int32Array.from([0, 2, 3]) };
    const e = tagger.emissions(features, 0, 2);
    expect(e[12]).toBeCloseTo(127 * 2.5);
    expect(e[4]).toBeCloseTo(-64 * 2.5);
    expect([...e.subarray(NUM_LABELS)].every((v) => v === 0)).toBe(true);
  });

  it('rejects files that are not models', () => {
    expect(() => decodeModel(new TextEncoder().encode('hello world, not a model'))).toThrow(/magic/);
    const bytes = encodeModel([tinyStage()], {});
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 10))).toThrow(/Truncated/);
  });

  it('loads the committed model, which re-encodes to the same bytes', () => {
    const bytes = readFileSync(new URL(MODEL_FILE, modelDir()));
    const { header, stages } = decodeModel(bytes);
    expect(header.stages.length).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(encodeModel(stages, header.meta)).equals(bytes)).toBe(true);
  });
});

describe('features', () => {
  it('continues hashes exactly like hashing the joined string', () => {
    expect(hashMore(hashString('l-1='), 'paris')).toBe(hashString('l-1=paris'));
    expect(hashMore(hashString('p3='), 'london', 0, 3)).toBe(hashString('p3=lon'));
  });

  it('gives document-level evidence: the same word cased elsewhere, gazetteer matches', () => {
    const text = 'PARIS TALKS\n\nOfficials met in Paris on Monday.';
    const tokens = tokenize(text);
    const gazetteer = Gazetteer.fromLines([['city', 'Paris']]);
    const f = documentFeatures({ text, tokens, sentences: splitSentences(text, tokens) }, { gazetteer, clusters: WordClusters.empty() });
    const idsOf = (i: number) => new Set(f.ids.subarray(f.offsets[i], f.offsets[i + 1]));
    expect(idsOf(0).has(hashString('dc=1'))).toBe(true); // "PARIS" is written "Paris" mid-sentence elsewhere
    expect(idsOf(0).has(hashString('caps'))).toBe(true);
    expect(idsOf(0).has(hashString('gcityU'))).toBe(true);
    expect(idsOf(5).has(hashString('w=Paris'))).toBe(true);
  });
});

describe('committed tagger', () => {
  it('finds people, places and organizations in plain news text', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Berlin on Monday, the German government said. Shares of Siemens AG rose.';
    const tokens = tokenize(text);
    const spans = tagDocument({ text, tokens, sentences: splitSentences(text, tokens) }, nerModel());
    const found = spans.map((s) => `${['PER', 'ORG', 'LOC', 'MISC'][s.cls]}:${text.slice(s.start, s.end)}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Angela Merkel', 'PER:Emmanuel Macron', 'LOC:Berlin', 'MISC:German', 'ORG:Siemens AG']));
  });
});
