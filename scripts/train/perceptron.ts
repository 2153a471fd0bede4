import { concatFeatures, documentFeatures, priorFeatures, type DocumentFeatures } from '../../lambdas/extract/entities/features.js';
import type { FeatureResources } from '../../lambdas/extract/entities/features.js';
import { NUM_LABELS } from '../../lambdas/extract/entities/labels.js';
import type { StageWeights } from '../../lambdas/extract/entities/tagger-model.js';
import { viterbi } from '../../lambdas/extract/entities/viterbi.js';
import type { PreparedDocument } from './prepare.js';

// Structured averaged perceptron (Collins 2002) over BILOU labels with Viterbi decoding.
// Averaging is lazy: u accumulates c·Δ so that the average is w − u / c.

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Feature ids seen fewer times than this get no weights. */
  minCount: number;
  /** Perceptrons trained on differently shuffled samples (seeds seed, seed + 1, …) whose weights are averaged (default 1). */
  mix?: number;
  log?: (line: string) => void;
}

/** One sentence: the feature rows of token i are rows[offsets[i]..offsets[i+1]), and its gold labels. */
export interface PerceptronSample {
  rows: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}
type Sample = PerceptronSample;

export interface PerceptronOptions {
  /** Feature rows and labels of the weight table. */
  rows: number;
  labels: number;
  epochs: number;
  seed: number;
  /** Best label sequence for emissions (n × labels) and transitions ((labels + 1) × labels, the last row the start). */
  decode: (emissions: Float64Array, n: number, transitions: Float64Array) => ArrayLike<number>;
  onEpoch?: (epoch: number, tokenErrorRate: number) => void;
}

/**
 * The averaged structured perceptron (Collins 2002) with first-order transitions, over samples
 * shuffled each epoch by a seeded generator: the same samples and seed give the same weights.
 * Returns the averaged emission weights (rows × labels) and transitions.
 */
export function trainAveragedPerceptron(samples: PerceptronSample[], options: PerceptronOptions): { w: Float64Array; t: Float64Array } {
  const { rows: R, labels: L } = options;
  const w = new Float64Array(R * L);
  const u = new Float64Array(R * L);
  const t = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const random = mulberry32(options.seed);
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const { rows, offsets, gold } = samples[si];
      const n = gold.length;
      const emissions = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const base = rows[k] * L;
          for (let y = 0; y < L; y++) emissions[i * L + y] += w[base + y];
        }
      }
      const pred = options.decode(emissions, n, t);
      tokens += n;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) continue;
        wrong = true;
        errors++;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const base = rows[k] * L;
          w[base + gold[i]] += 1;
          u[base + gold[i]] += c;
          w[base + pred[i]] -= 1;
          u[base + pred[i]] -= c;
        }
      }
      if (wrong) {
        for (let i = 0; i < n; i++) {
          const gp = i === 0 ? L : gold[i - 1];
          const pp = i === 0 ? L : pred[i - 1];
          if (gp === pp && gold[i] === pred[i]) continue;
          t[gp * L + gold[i]] += 1;
          tu[gp * L + gold[i]] += c;
          t[pp * L + pred[i]] -= 1;
          tu[pp * L + pred[i]] -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch + 1, errors / tokens);
  }
  for (let k = 0; k < w.length; k++) w[k] -= u[k] / c;
  for (let k = 0; k < t.length; k++) t[k] -= tu[k] / c;
  return { w, t };
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains one stage; `priors[d]` (if given) are the previous pass's labels for document d. */
export function trainStage(
  docs: PreparedDocument[],
  resources: FeatureResources,
  options: TrainOptions,
  priors?: Uint8Array[],
): StageWeights {
  const L = NUM_LABELS;
  const featuresPerDoc: DocumentFeatures[] = docs.map((d, i) => {
    const base = documentFeatures(d.doc, resources);
    return priors ? concatFeatures(base, priorFeatures(d.doc, priors[i])) : base;
  });
  const counts = new Map<number, number>();
  for (const f of featuresPerDoc) for (const id of f.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const hashes: number[] = [];
  for (const [id, count] of counts) {
    if (count >= options.minCount) {
      rowOf.set(id, hashes.length);
      hashes.push(id);
    }
  }
  const samples: Sample[] = [];
  docs.forEach((d, di) => {
    const f = featuresPerDoc[di];
    for (const s of d.doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      const offsets = new Int32Array(n + 1);
      const rows: number[] = [];
      for (let i = 0; i < n; i++) {
        offsets[i] = rows.length;
        for (let k = f.offsets[s.tokenStart + i]; k < f.offsets[s.tokenStart + i + 1]; k++) {
          const r = rowOf.get(f.ids[k]);
          if (r !== undefined) rows.push(r);
        }
      }
      offsets[n] = rows.length;
      samples.push({ rows: Int32Array.from(rows), offsets, gold: d.gold.slice(s.tokenStart, s.tokenEnd) });
    }
  });

  const R = hashes.length;
  // Averaging perceptrons trained in different sample orders (parameter mixing, McDonald et al. 2010)
  // smooths out how much one shuffle's luck moves the scores.
  const mix = options.mix ?? 1;
  let w: Float64Array | undefined;
  let t: Float64Array | undefined;
  for (let m = 0; m < mix; m++) {
    const one = trainAveragedPerceptron(samples, {
      rows: R, labels: L, epochs: options.epochs, seed: options.seed + m, decode: viterbi,
      onEpoch: (epoch, errorRate) => options.log?.(`  ${mix > 1 ? `order ${m + 1}/${mix}, ` : ''}epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% token errors, ${R} feature rows`),
    });
    if (!w || !t) ({ w, t } = one);
    else {
      for (let k = 0; k < w.length; k++) w[k] += one.w[k];
      for (let k = 0; k < t.length; k++) t[k] += one.t[k];
    }
  }
  // The scale of the sum does not matter: Viterbi's argmax is the same, and quantize rescales.
  return quantize(hashes, w!, t!);
}

/**
 * int8 weights, w ≈ q·scale with scale = max|w| / 127: no clipping, because the few large weights
 * (bias, strong cues) matter most. Rows whose weights all round to zero are dropped; rows are
 * sorted by hash.
 */
function quantize(hashes: number[], w: Float64Array, t: Float64Array): StageWeights {
  const L = NUM_LABELS;
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]));
  const scale = (max || 1) / 127;
  const order = hashes.map((_, r) => r).sort((a, b) => hashes[a] - hashes[b]);
  const keptHashes: number[] = [];
  const kept: number[] = [];
  const row = new Array<number>(L);
  for (const r of order) {
    let any = false;
    for (let y = 0; y < L; y++) {
      const q = Math.round(w[r * L + y] / scale);
      row[y] = q;
      if (q !== 0) any = true;
    }
    if (!any) continue;
    keptHashes.push(hashes[r]);
    kept.push(...row);
  }
  return { hashes: Uint32Array.from(keptHashes), weights: Int8Array.from(kept), scale, transitions: Float32Array.from(t) };
}
