import { concatFeatures, documentFeatures, priorFeatures, type DocumentInput, type FeatureResources } from '../../../lambdas/extract/entities/features.js';
import { hashString } from '../../../lambdas/extract/entities/hash.js';
import { spansOf } from '../../../lambdas/extract/entities/labels.js';
import type { SortedHashIndex } from '../../../lambdas/extract/entities/sorted-hash-index.js';
import type { CharSpan } from '../../../lambdas/extract/entities/tagger.js';
import { viterbi } from '../../../lambdas/extract/entities/viterbi.js';
import { WINDOW, type WindowNetwork, type NetworkSample } from './window-network.js';
import type { WordVectors } from './word-vectors.js';

// The neural tagger's inputs and decoding: the perceptron's sparse features (optionally with the
// perceptron's first-pass labels across the document, i.e. stacking), character trigrams, a
// flag per window position without a word vector, and the word vectors; BILOU-constrained
// Viterbi over the network's log-probabilities.

const PAD = [-2, -1, 0, 1, 2].map((k) => [hashString(`nv${k}=pad`), hashString(`nv${k}=oov`)]);

/** Sparse feature ids of every token (same layout as documentFeatures), with trigrams and vector flags. */
export function neuralFeatureIds(doc: DocumentInput, resources: FeatureResources, vectors: WordVectors, prior?: Uint8Array) {
  const base = documentFeatures(doc, resources);
  const withPrior = prior ? concatFeatures(base, priorFeatures(doc, prior)) : base;
  const words = doc.tokens.map((t) => vectors.find(t.text.toLowerCase()));
  const extra: number[] = [];
  const n = doc.tokens.length;
  const offsets = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n);
  const sentenceStart = new Int32Array(n);
  for (const s of doc.sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) [sentenceStart[i], sentenceEnd[i]] = [s.tokenStart, s.tokenEnd];
  for (let i = 0; i < n; i++) {
    offsets[i] = extra.length;
    const w = `^${doc.tokens[i].text.toLowerCase()}$`;
    for (let k = 0; k + 3 <= w.length; k++) extra.push(hashString(`g3=${w.slice(k, k + 3)}`));
    for (let k = -WINDOW; k <= WINDOW; k++) {
      const j = i + k;
      if (j < sentenceStart[i] || j >= sentenceEnd[i]) extra.push(PAD[k + WINDOW][0]);
      else if (words[j] < 0) extra.push(PAD[k + WINDOW][1]);
    }
  }
  offsets[n] = extra.length;
  return { features: concatFeatures(withPrior, { ids: Uint32Array.from(extra), offsets }), words: Int32Array.from(words) };
}

/** The network's samples, one per sentence; features not in `index` are dropped. */
export function sentenceSamples(doc: DocumentInput, ids: ReturnType<typeof neuralFeatureIds>, index: SortedHashIndex, gold?: Uint8Array): NetworkSample[] {
  const { features, words } = ids;
  return doc.sentences.map((s) => {
    const n = s.tokenEnd - s.tokenStart;
    const offsets = new Int32Array(n + 1);
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      offsets[i] = rows.length;
      for (let k = features.offsets[s.tokenStart + i]; k < features.offsets[s.tokenStart + i + 1]; k++) {
        const r = index.find(features.ids[k]);
        if (r >= 0) rows.push(r);
      }
    }
    offsets[n] = rows.length;
    return {
      rows: Int32Array.from(rows), offsets, words: words.slice(s.tokenStart, s.tokenEnd),
      gold: gold ? gold.slice(s.tokenStart, s.tokenEnd) : new Uint8Array(n),
    };
  });
}

/** BILOU labels of the document's tokens. */
export function labelSamples(network: WindowNetwork, samples: NetworkSample[], tokens: number, sentences: DocumentInput['sentences']): Uint8Array {
  const labels = new Uint8Array(tokens);
  samples.forEach((sample, k) => {
    const n = sample.gold.length;
    labels.set(viterbi(network.decodingScores(sample), n, network.T), sentences[k].tokenStart);
  });
  return labels;
}

export interface NeuralTagger {
  network: WindowNetwork;
  index: SortedHashIndex;
  vectors: WordVectors;
  resources: FeatureResources;
}

/** Names in the document as character spans; `prior` are the perceptron's first-pass labels when the network was trained stacked. */
export function neuralTagDocument(doc: DocumentInput, tagger: NeuralTagger, prior?: Uint8Array): CharSpan[] {
  const ids = neuralFeatureIds(doc, tagger.resources, tagger.vectors, prior);
  const labels = labelSamples(tagger.network, sentenceSamples(doc, ids, tagger.index), doc.tokens.length, doc.sentences);
  const spans: CharSpan[] = [];
  for (const s of doc.sentences) {
    for (const span of spansOf(labels.subarray(s.tokenStart, s.tokenEnd))) {
      spans.push({ start: doc.tokens[s.tokenStart + span.start].start, end: doc.tokens[s.tokenStart + span.end - 1].end, cls: span.cls });
    }
  }
  return spans;
}
