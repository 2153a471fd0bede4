import { mulberry32 } from '../perceptron.js';
import { crfLoss } from './crf.js';

// A window network for tagging (after Collobert et al. 2011), in plain Float32Array math with
// hand-written backpropagation:
//   a_i = b1 + Σ_{f ∈ sparse(i)} E[f] + W1 · [v(w_{i−2}); …; v(w_{i+2})]
//   h_i = relu(a_i),  o_i = W2 · h_i + b2,  loss = −log softmax(o_i)[gold_i], or the CRF's
//   sentence −log-likelihood over o and learned BILOU transitions
// The sparse part is a linear layer over the perceptron's binary features (an embedding row per
// feature, summed); v are fixed word vectors from unlabeled news. Trained per sentence with
// AdaGrad, feature dropout and hidden dropout.

export const WINDOW = 2;

export interface NetworkShape {
  /** Sparse feature rows. */
  rows: number;
  hidden: number;
  /** Word-vector width. */
  dims: number;
  labels: number;
  /** Trained with the CRF loss (learned transitions) rather than per-token cross-entropy. */
  crf?: boolean;
}

/** One sentence: sparse rows of token i are rows[offsets[i]..offsets[i+1]); words[i] a word-vector row or −1. */
export interface NetworkSample {
  rows: Int32Array;
  offsets: Int32Array;
  words: Int32Array;
  gold: Uint8Array;
}

export type NetworkWeights = Record<'E' | 'W1' | 'b1' | 'W2' | 'b2' | 'T', Float32Array>;

export interface TrainingSettings {
  learningRate: number;
  featureDropout: number;
  hiddenDropout: number;
}

export class WindowNetwork {
  readonly E: Float32Array;
  readonly W1: Float32Array;
  readonly b1: Float32Array;
  readonly W2: Float32Array;
  readonly b2: Float32Array;
  /** Label transitions ((labels + 1) × labels, last row the sentence start); zeros without the CRF. */
  readonly T: Float32Array;
  private readonly inputWidth: number;
  private readonly projections = new Map<number, Float32Array>();
  // AdaGrad accumulators, made on the first training step.
  private acc?: Record<'E' | 'W1' | 'b1' | 'W2' | 'b2' | 'T', Float32Array>;

  constructor(
    readonly shape: NetworkShape,
    /** Word vectors, row-major (words × dims). */
    readonly vectors: Float32Array,
    seed = 1,
    weights?: NetworkWeights,
  ) {
    const { rows, hidden, dims, labels } = shape;
    this.inputWidth = (2 * WINDOW + 1) * dims;
    if (weights) {
      ({ E: this.E, W1: this.W1, b1: this.b1, W2: this.W2, b2: this.b2, T: this.T } = weights);
      return;
    }
    const random = mulberry32(seed);
    const uniform = (n: number, r: number) => Float32Array.from({ length: n }, () => (2 * random() - 1) * r);
    // About 60 sparse features are summed per token: small rows keep the first activations in range.
    this.E = uniform(rows * hidden, 0.02);
    this.W1 = uniform(hidden * this.inputWidth, Math.sqrt(6 / (this.inputWidth + hidden)) / 2);
    this.b1 = new Float32Array(hidden).fill(0.01);
    this.W2 = uniform(labels * hidden, Math.sqrt(6 / (hidden + labels)));
    this.b2 = new Float32Array(labels);
    this.T = new Float32Array((labels + 1) * labels);
  }

  /** Dense window input of token i (zeros for words without a vector and outside the sentence). */
  private input(words: Int32Array, i: number, out: Float32Array): void {
    const { dims } = this.shape;
    out.fill(0);
    for (let k = -WINDOW; k <= WINDOW; k++) {
      const j = i + k;
      if (j < 0 || j >= words.length || words[j] < 0) continue;
      out.set(this.vectors.subarray(words[j] * dims, (words[j] + 1) * dims), (k + WINDOW) * dims);
    }
  }

  /** Pre-activations of token i into `a` (hidden wide); kept sparse features count `sparseScale` times. */
  private preActivation(sample: NetworkSample, i: number, x: Float32Array, a: Float32Array, keep?: (f: number) => boolean, sparseScale = 1): void {
    const { hidden } = this.shape;
    const X = this.inputWidth;
    const { E, W1 } = this;
    a.fill(0);
    for (let f = sample.offsets[i]; f < sample.offsets[i + 1]; f++) {
      if (keep && !keep(f)) continue;
      const base = sample.rows[f] * hidden;
      for (let u = 0; u < hidden; u++) a[u] += E[base + u];
    }
    for (let u = 0; u < hidden; u++) {
      let s = this.b1[u] + sparseScale * a[u];
      const base = u * X;
      for (let j = 0; j < X; j++) s += W1[base + j] * x[j];
      a[u] = s;
    }
  }

  /** Log-probabilities of every label for every token of the sentence (n × labels). */
  logProbabilities(sample: NetworkSample): Float32Array {
    return this.scores(sample, true);
  }

  /**
   * Inference scores. The dense part W1·[v(w−2); …; v(w+2)] is the sum of five per-word
   * projections, cached per word for the weights' lifetime (training clears the cache): a word
   * costs its 5 · hidden · dims multiplications once, then 5 · hidden additions a token.
   */
  private scores(sample: NetworkSample, normalize: boolean): Float32Array {
    const { hidden, labels, dims } = this.shape;
    const n = sample.offsets.length - 1;
    const out = new Float32Array(n * labels);
    const a = new Float32Array(hidden);
    const X = this.inputWidth;
    const positions = 2 * WINDOW + 1;
    for (let i = 0; i < n; i++) {
      a.set(this.b1);
      for (let f = sample.offsets[i]; f < sample.offsets[i + 1]; f++) {
        const base = sample.rows[f] * hidden;
        for (let u = 0; u < hidden; u++) a[u] += this.E[base + u];
      }
      for (let k = -WINDOW; k <= WINDOW; k++) {
        const j = i + k;
        if (j < 0 || j >= n || sample.words[j] < 0) continue;
        const w = sample.words[j];
        let p = this.projections.get(w);
        if (!p) {
          p = new Float32Array(positions * hidden);
          const v = this.vectors.subarray(w * dims, (w + 1) * dims);
          for (let q = 0; q < positions; q++) {
            for (let u = 0; u < hidden; u++) {
              let sum = 0;
              const base = u * X + q * dims;
              for (let d = 0; d < dims; d++) sum += this.W1[base + d] * v[d];
              p[q * hidden + u] = sum;
            }
          }
          this.projections.set(w, p);
        }
        const at = (k + WINDOW) * hidden;
        for (let u = 0; u < hidden; u++) a[u] += p[at + u];
      }
      for (let u = 0; u < hidden; u++) if (a[u] < 0) a[u] = 0;
      this.output(a, out, i * labels);
      if (normalize) logSoftmax(out, i * labels, labels);
    }
    return out;
  }

  private output(h: Float32Array, out: Float32Array, at: number): void {
    const { hidden, labels } = this.shape;
    for (let y = 0; y < labels; y++) {
      let s = this.b2[y];
      const base = y * hidden;
      for (let u = 0; u < hidden; u++) s += this.W2[base + u] * h[u];
      out[at + y] = s;
    }
  }

  /** Scores Viterbi decodes with `transitions`: raw scores under the CRF loss, log-probabilities under the token loss. */
  decodingScores(sample: NetworkSample): Float32Array {
    return this.scores(sample, !this.shape.crf);
  }

  /** One AdaGrad step on a sentence; returns its loss (token cross-entropy summed, or the CRF's −log-likelihood). */
  trainSentence(sample: NetworkSample, settings: TrainingSettings, random: () => number): number {
    const { rows, hidden, labels } = this.shape;
    const X = this.inputWidth;
    this.projections.clear();
    this.acc ??= {
      E: new Float32Array(rows * hidden), W1: new Float32Array(hidden * X), b1: new Float32Array(hidden),
      W2: new Float32Array(labels * hidden), b2: new Float32Array(labels), T: new Float32Array(this.T.length),
    };
    const acc = this.acc;
    const lr = settings.learningRate;
    const n = sample.offsets.length - 1;
    const gW1 = new Float32Array(hidden * X);
    const gb1 = new Float32Array(hidden);
    const gW2 = new Float32Array(labels * hidden);
    const gb2 = new Float32Array(labels);
    const xs = new Float32Array(n * X);
    const hs = new Float32Array(n * hidden);
    const masks = new Uint8Array(n * hidden);
    const o = new Float32Array(n * labels);
    const dO = new Float32Array(n * labels);
    const a = new Float32Array(hidden);
    const da = new Float32Array(hidden);
    const fScale = 1 / (1 - settings.featureDropout);
    const hScale = 1 / (1 - settings.hiddenDropout);
    const dropped = new Uint8Array(sample.rows.length);
    for (let f = 0; f < dropped.length; f++) dropped[f] = random() < settings.featureDropout ? 1 : 0;
    const keep = (f: number) => dropped[f] === 0;
    for (let i = 0; i < n; i++) {
      const x = xs.subarray(i * X, (i + 1) * X);
      this.input(sample.words, i, x);
      this.preActivation(sample, i, x, a, keep, fScale);
      for (let u = 0; u < hidden; u++) {
        const on = a[u] > 0 && random() >= settings.hiddenDropout;
        masks[i * hidden + u] = on ? 1 : 0;
        hs[i * hidden + u] = on ? a[u] * hScale : 0;
      }
      this.output(hs.subarray(i * hidden, (i + 1) * hidden), o, i * labels);
    }
    let loss = 0;
    if (this.shape.crf) {
      const gT = new Float32Array(this.T.length);
      loss = crfLoss(o, n, labels, this.T, sample.gold, dO, gT);
      adagrad(this.T, acc.T, gT, lr);
    } else {
      for (let i = 0; i < n; i++) {
        logSoftmax(o, i * labels, labels);
        loss -= o[i * labels + sample.gold[i]];
        // softmax − one-hot
        for (let y = 0; y < labels; y++) dO[i * labels + y] = Math.exp(o[i * labels + y]) - (y === sample.gold[i] ? 1 : 0);
      }
    }
    for (let i = 0; i < n; i++) {
      const h = hs.subarray(i * hidden, (i + 1) * hidden);
      const x = xs.subarray(i * X, (i + 1) * X);
      da.fill(0);
      for (let y = 0; y < labels; y++) {
        const g = dO[i * labels + y];
        gb2[y] += g;
        const base = y * hidden;
        for (let u = 0; u < hidden; u++) {
          gW2[base + u] += g * h[u];
          da[u] += g * this.W2[base + u];
        }
      }
      for (let u = 0; u < hidden; u++) da[u] = masks[i * hidden + u] ? da[u] * hScale : 0;
      for (let u = 0; u < hidden; u++) {
        const g = da[u];
        if (g === 0) continue;
        gb1[u] += g;
        const base = u * X;
        for (let j = 0; j < X; j++) gW1[base + j] += g * x[j];
      }
      // Sparse rows: updated at once, only those the token used.
      for (let f = sample.offsets[i]; f < sample.offsets[i + 1]; f++) {
        if (!keep(f)) continue;
        const base = sample.rows[f] * hidden;
        for (let u = 0; u < hidden; u++) {
          const g = da[u] * fScale;
          if (g === 0) continue;
          acc.E[base + u] += g * g;
          this.E[base + u] -= (lr * g) / Math.sqrt(acc.E[base + u] + 1e-8);
        }
      }
    }
    adagrad(this.W1, acc.W1, gW1, lr);
    adagrad(this.b1, acc.b1, gb1, lr);
    adagrad(this.W2, acc.W2, gW2, lr);
    adagrad(this.b2, acc.b2, gb2, lr);
    return loss;
  }
}

function adagrad(w: Float32Array, acc: Float32Array, g: Float32Array, lr: number): void {
  for (let k = 0; k < w.length; k++) {
    const gk = g[k];
    if (gk === 0) continue;
    acc[k] += gk * gk;
    w[k] -= (lr * gk) / Math.sqrt(acc[k] + 1e-8);
  }
}

export function logSoftmax(v: Float32Array, at: number, n: number): void {
  let max = -Infinity;
  for (let y = 0; y < n; y++) max = Math.max(max, v[at + y]);
  let sum = 0;
  for (let y = 0; y < n; y++) sum += Math.exp(v[at + y] - max);
  const log = max + Math.log(sum);
  for (let y = 0; y < n; y++) v[at + y] -= log;
}
