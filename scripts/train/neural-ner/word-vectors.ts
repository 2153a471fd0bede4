import { tokenize } from '../../../lambdas/extract/text/tokenize.js';
import { hashString } from '../../../lambdas/extract/entities/hash.js';
import { SortedHashIndex } from '../../../lambdas/extract/entities/sorted-hash-index.js';
import { mulberry32 } from '../perceptron.js';

// Dense word vectors from unlabeled news for the neural tagger: each frequent lower-cased word is
// described by positive PMI with the words at offsets −2, −1, +1, +2 (Levy & Goldberg 2014), and
// a randomized range finder (one power iteration, Halko et al. 2011) keeps the top subspace of
// that matrix. Words never labelled but seen in the news get vectors near the labelled words used
// alike, which is what should carry to unseen names.

export interface WordVectorOptions {
  vocabulary: number;
  contexts: number;
  dims: number;
  seed: number;
  minCount: number;
}

export const WORD_VECTOR_DEFAULTS: WordVectorOptions = { vocabulary: 40_000, contexts: 2_000, dims: 64, seed: 20260101, minCount: 3 };

export class WordVectors {
  private readonly index: SortedHashIndex;

  /** `hashes` sorted; row r of `vectors` (dims wide) is the word whose hash is hashes[r]. */
  constructor(readonly hashes: Uint32Array, readonly vectors: Float32Array, readonly dims: number) {
    this.index = new SortedHashIndex(hashes);
  }

  /** Row of a lower-cased word, or -1. */
  find(lowerWord: string): number {
    return this.index.find(hashString(lowerWord));
  }
}

export function buildWordVectors(texts: string[], options: WordVectorOptions = WORD_VECTOR_DEFAULTS, log: (line: string) => void = () => {}): WordVectors {
  const docs = texts.map((t) => tokenize(t).map((tok) => tok.text.toLowerCase()));
  const counts = new Map<string, number>();
  for (const d of docs) for (const w of d) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].filter(([, c]) => c >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, options.vocabulary).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const C = Math.min(options.contexts, vocab.length);
  const OFFSETS = [-2, -1, 1, 2];
  const D = OFFSETS.length * C;
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const contextTotals = new Float64Array(D);
  let total = 0;
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) {
      const w = index.get(d[i]);
      if (w === undefined) continue;
      OFFSETS.forEach((off, k) => {
        const c = index.get(d[i + off] ?? '');
        if (c === undefined || c >= C) return;
        const dim = k * C + c;
        rows[w].set(dim, (rows[w].get(dim) ?? 0) + 1);
        contextTotals[dim]++;
        total++;
      });
    }
  }
  // Context-distribution smoothing (α = 0.75) keeps rare contexts from dominating the PMI.
  let smoothed = 0;
  for (let c = 0; c < D; c++) smoothed += contextTotals[c] ** 0.75;
  const dims: Int32Array[] = [];
  const values: Float32Array[] = [];
  for (const row of rows) {
    let rowTotal = 0;
    for (const v of row.values()) rowTotal += v;
    const entries = [...row].sort((a, b) => a[0] - b[0]);
    const kept: [number, number][] = [];
    for (const [dim, n] of entries) {
      const pmi = Math.log((n * smoothed) / (rowTotal * contextTotals[dim] ** 0.75));
      if (pmi > 0) kept.push([dim, pmi]);
    }
    dims.push(Int32Array.from(kept.map(([dim]) => dim)));
    values.push(Float32Array.from(kept.map(([, v]) => v)));
  }
  log(`word vectors: ${docs.length} documents, ${total} context pairs, ${vocab.length} words, ${options.dims} dimensions`);
  const N = vocab.length;
  const k = options.dims;
  const random = mulberry32(options.seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const omega = new Float32Array(D * k).map(gaussian);
  // Y = A·Ω, then one power iteration Y = A·(Aᵀ·Y): the range of Y approaches A's top singular subspace.
  const times = (right: Float32Array): Float32Array => {
    const out = new Float32Array(N * k);
    for (let w = 0; w < N; w++) {
      const d = dims[w];
      const v = values[w];
      for (let j = 0; j < d.length; j++) {
        const base = d[j] * k;
        for (let c = 0; c < k; c++) out[w * k + c] += v[j] * right[base + c];
      }
    }
    return out;
  };
  const transposeTimes = (left: Float32Array): Float32Array => {
    const out = new Float32Array(D * k);
    for (let w = 0; w < N; w++) {
      const d = dims[w];
      const v = values[w];
      for (let j = 0; j < d.length; j++) {
        const base = d[j] * k;
        for (let c = 0; c < k; c++) out[base + c] += v[j] * left[w * k + c];
      }
    }
    return out;
  };
  const y = times(transposeTimes(orthonormalizeColumns(times(omega), N, k)));
  orthonormalizeColumns(y, N, k);
  // Each column unit norm over N words: scale so that a coordinate has about unit variance.
  const scale = Math.sqrt(N);
  for (let i = 0; i < y.length; i++) y[i] *= scale;
  const order = vocab.map((w, i) => ({ h: hashString(w), i })).sort((a, b) => a.h - b.h);
  const vectors = new Float32Array(N * k);
  order.forEach(({ i }, r) => {
    vectors.set(y.subarray(i * k, (i + 1) * k), r * k);
  });
  return new WordVectors(Uint32Array.from(order.map(({ h }) => h)), vectors, k);
}

/** Modified Gram–Schmidt on the k columns of a row-major N × k matrix, in place. */
export function orthonormalizeColumns(m: Float32Array, N: number, k: number): Float32Array {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let r = 0; r < N; r++) dot += m[r * k + c] * m[r * k + p];
      for (let r = 0; r < N; r++) m[r * k + c] -= dot * m[r * k + p];
    }
    let norm = 0;
    for (let r = 0; r < N; r++) norm += m[r * k + c] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < N; r++) m[r * k + c] /= norm;
  }
  return m;
}
