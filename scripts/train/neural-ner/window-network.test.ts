import { describe, expect, it } from 'vitest';
import { NUM_LABELS, labelOf } from '../../../lambdas/extract/entities/labels.js';
import { viterbi } from '../../../lambdas/extract/entities/viterbi.js';
import { mulberry32 } from '../perceptron.js';
import { decodeNeuralModel, encodeNeuralModel } from './neural-model-file.js';
import { WindowNetwork, type NetworkSample } from './window-network.js';
import { WordVectors } from './word-vectors.js';

// A toy task the network can only solve through its inputs: a token is U-PER when the next
// token's sparse feature says "said" (sparse path), and U-LOC when its own word vector points one
// way (dense path); everything else is O.
const PER = labelOf('U', 0);
const LOC = labelOf('U', 2);
const DIMS = 4;
const vectors = new Float32Array([1, 0, 0, 0, /* a place-like word */ 0, 1, 0, 0 /* any other word */]);

function toySamples(count: number, seed: number): NetworkSample[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const n = 4 + Math.floor(random() * 4);
    const kinds = Array.from({ length: n }, () => Math.floor(random() * 3)); // 0 plain, 1 "said", 2 place word
    const rows: number[] = [];
    const offsets = new Int32Array(n + 1);
    const gold = new Uint8Array(n);
    const words = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      offsets[i] = rows.length;
      rows.push(0); // bias-like feature every token has
      if (kinds[i] === 1) rows.push(1); // "w=said"
      if (i + 1 < n && kinds[i + 1] === 1) rows.push(2); // "next=said"
      words[i] = kinds[i] === 2 ? 0 : 1;
      gold[i] = kinds[i] === 2 ? LOC : i + 1 < n && kinds[i + 1] === 1 && kinds[i] === 0 ? PER : 0;
    }
    offsets[n] = rows.length;
    return { rows: Int32Array.from(rows), offsets, words, gold };
  });
}

function accuracy(network: WindowNetwork, samples: NetworkSample[]): number {
  let right = 0;
  let total = 0;
  for (const s of samples) {
    const p = network.logProbabilities(s);
    for (let i = 0; i < s.gold.length; i++) {
      let best = 0;
      for (let y = 1; y < NUM_LABELS; y++) if (p[i * NUM_LABELS + y] > p[i * NUM_LABELS + best]) best = y;
      right += best === s.gold[i] ? 1 : 0;
      total++;
    }
  }
  return right / total;
}

describe('WindowNetwork', () => {
  it('learns labels that depend on a neighbour’s sparse feature and on the word vector', () => {
    const network = new WindowNetwork({ rows: 3, hidden: 8, dims: DIMS, labels: NUM_LABELS }, vectors, 7);
    const train = toySamples(200, 1);
    const held = toySamples(50, 2);
    const before = accuracy(network, held);
    const random = mulberry32(3);
    let first = 0;
    let last = 0;
    for (let epoch = 0; epoch < 10; epoch++) {
      let loss = 0;
      for (const s of train) loss += network.trainSentence(s, { learningRate: 0.1, featureDropout: 0, hiddenDropout: 0 }, random);
      if (epoch === 0) first = loss;
      last = loss;
    }
    expect(last).toBeLessThan(first / 5);
    expect(before).toBeLessThan(0.9);
    expect(accuracy(network, held)).toBe(1);
  });

  it('learns the same task with the CRF loss, decoding with its learned transitions', () => {
    const network = new WindowNetwork({ rows: 3, hidden: 8, dims: DIMS, labels: NUM_LABELS, crf: true }, vectors, 7);
    const random = mulberry32(3);
    for (let epoch = 0; epoch < 10; epoch++) {
      for (const s of toySamples(200, 1)) network.trainSentence(s, { learningRate: 0.1, featureDropout: 0, hiddenDropout: 0 }, random);
    }
    const held = toySamples(50, 2);
    let wrong = 0;
    for (const s of held) {
      const labels = viterbi(network.decodingScores(s), s.gold.length, network.T);
      for (let i = 0; i < s.gold.length; i++) wrong += labels[i] === s.gold[i] ? 0 : 1;
    }
    expect(wrong).toBe(0);
    expect(network.T.some((t) => t !== 0)).toBe(true);
  });

  it('gives log-probabilities that sum to one per token', () => {
    const network = new WindowNetwork({ rows: 3, hidden: 8, dims: DIMS, labels: NUM_LABELS }, vectors, 7);
    const [sample] = toySamples(1, 4);
    const p = network.logProbabilities(sample);
    for (let i = 0; i < sample.gold.length; i++) {
      let sum = 0;
      for (let y = 0; y < NUM_LABELS; y++) sum += Math.exp(p[i * NUM_LABELS + y]);
      expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('round-trips through the int8 file with nearly the same outputs', () => {
    const network = new WindowNetwork({ rows: 3, hidden: 8, dims: DIMS, labels: NUM_LABELS }, vectors, 7);
    const random = mulberry32(5);
    for (const s of toySamples(100, 6)) network.trainSentence(s, { learningRate: 0.1, featureDropout: 0.1, hiddenDropout: 0.1 }, random);
    const words = new WordVectors(Uint32Array.of(11, 22), vectors, DIMS);
    const file = encodeNeuralModel(network, Uint32Array.of(1, 2, 3), words, false, { note: 'test' });
    const decoded = decodeNeuralModel(file);
    expect(Array.from(decoded.index.hashes)).toEqual([1, 2, 3]);
    expect(decoded.header.meta.note).toBe('test');
    const [sample] = toySamples(1, 8);
    const a = network.logProbabilities(sample);
    const b = decoded.network.logProbabilities(sample);
    for (let k = 0; k < a.length; k++) expect(Math.abs(a[k] - b[k])).toBeLessThan(0.15);
    expect(() => decodeNeuralModel(file.subarray(0, file.length - 10))).toThrow(/Truncated/);
  });
});
