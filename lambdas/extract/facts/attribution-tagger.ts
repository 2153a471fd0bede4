// The learned attribution tagger: an averaged perceptron over source / cue / content BIO labels
// with first-order Viterbi decoding, trained on PolNeAR train (scripts/train/train-attribution.ts).
// The model ships inside the bundle as base64 (attribution-model.ts), so nothing is read from disk.
import { gunzipSync } from 'node:zlib';
import {
  CONTENT, CUE, isBegin, NUM_ATTRIBUTION_LABELS, roleOf, SOURCE, sentenceFeatures, type CueLexicon, type TokenTable,
} from './attribution-features.js';
import { ATTRIBUTION_MODEL } from './attribution-model.js';

const L = NUM_ATTRIBUTION_LABELS;
const MAGIC = 'NFAT1';
/** Perceptron scores are sharp: read as log potentials they make every posterior ≈ 1. This spreads them (chosen on dev). */
const TEMPERATURE = 20;

export interface AttributionModel {
  lexicon: CueLexicon;
  /** Feature id → row of `weights` (L int8 per row). */
  rows: FeatureRows;
  /** The int8 weights of the file times its scale. */
  weights: Float32Array;
  /** (L + 1) × L transition scores, the last row being the sentence start. */
  transitions: Float32Array;
  /** The second look at each candidate; a model file without one keeps every candidate. */
  filter?: FilterModel;
}

/** The filter's logistic model (attribution-filter.ts), stored after the tagger's weights. */
export interface FilterModel {
  /** Feature id → weight. */
  weights: Map<number, number>;
  bias: number;
  /** Candidates scoring below this are dropped. */
  threshold: number;
}

/** The tagger's parameters as training leaves them: int8 weights with one scale, rows sorted by feature id. */
export interface TaggerParameters {
  lexicon: CueLexicon;
  hashes: Uint32Array;
  weights: Int8Array;
  scale: number;
  transitions: Float32Array;
}

/**
 * Binary layout: magic, lexicon (count; word length, word bytes, bucket), scale, transitions,
 * rows (count; hashes; int8 weights), then optionally the filter (count; hashes; float32
 * weights; bias; threshold).
 */
export function encodeAttributionModel(m: TaggerParameters, filter?: FilterModel): Buffer {
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const u32 = (x: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(x); parts.push(b); };
  const f32 = (x: number) => { const b = Buffer.alloc(4); b.writeFloatLE(x); parts.push(b); };
  const words = [...m.lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  u32(words.length);
  for (const [word, bucket] of words) {
    const bytes = Buffer.from(word, 'utf8');
    parts.push(Buffer.from([bytes.length, bucket]), bytes);
  }
  f32(m.scale);
  parts.push(Buffer.from(m.transitions.buffer, m.transitions.byteOffset, m.transitions.byteLength));
  u32(m.hashes.length);
  parts.push(Buffer.from(m.hashes.buffer, m.hashes.byteOffset, m.hashes.byteLength));
  parts.push(Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength));
  if (filter) {
    const entries = [...filter.weights].sort((a, b) => a[0] - b[0]);
    u32(entries.length);
    for (const [id] of entries) u32(id);
    for (const [, w] of entries) f32(w);
    f32(filter.bias);
    f32(filter.threshold);
  }
  return Buffer.concat(parts);
}

export function decodeAttributionModel(bytes: Buffer): AttributionModel {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not an attribution model');
  let at = MAGIC.length;
  const words = bytes.readUInt32LE(at);
  at += 4;
  const lexicon: CueLexicon = new Map();
  for (let k = 0; k < words; k++) {
    const length = bytes[at];
    const bucket = bytes[at + 1];
    lexicon.set(bytes.toString('utf8', at + 2, at + 2 + length), bucket);
    at += 2 + length;
  }
  const scale = bytes.readFloatLE(at);
  at += 4;
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++, at += 4) transitions[k] = bytes.readFloatLE(at);
  const count = bytes.readUInt32LE(at);
  at += 4;
  const rows = new FeatureRows(count);
  for (let r = 0; r < count; r++, at += 4) rows.set(bytes.readUInt32LE(at), r);
  // Scaled once here, so that a token's scores are plain sums.
  const weights = Float32Array.from(new Int8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * L)), (q) => q * scale);
  at += count * L;
  if (at >= bytes.length) return { lexicon, rows, weights, transitions };
  const entries = bytes.readUInt32LE(at);
  at += 4;
  const ids = Array.from({ length: entries }, (_, k) => bytes.readUInt32LE(at + 4 * k));
  at += 4 * entries;
  const filterWeights = new Map(ids.map((id, k) => [id, bytes.readFloatLE(at + 4 * k)]));
  at += 4 * entries;
  const filter: FilterModel = { weights: filterWeights, bias: bytes.readFloatLE(at), threshold: bytes.readFloatLE(at + 4) };
  return { lexicon, rows, weights, transitions, filter };
}

/** Open-addressing table from feature id to row: the lookup of every feature of every token. */
export class FeatureRows {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  set(key: number, row: number): void {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.values[i] >= 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.values[i] = row;
  }

  /** The row of a feature id, or -1. */
  get(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.values[i] >= 0) {
      if (this.keys[i] === key) return this.values[i];
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

let cached: AttributionModel | undefined;

/** The committed model, decoded on first use. */
export function attributionModel(): AttributionModel {
  cached ??= decodeAttributionModel(gunzipSync(Buffer.from(ATTRIBUTION_MODEL, 'base64')));
  return cached;
}

/** Whether label y may follow label p (p = L at the sentence start): an inside label continues its own role. */
export function allowed(p: number, y: number): boolean {
  if (y === 0 || isBegin(y)) return true;
  return p !== L && p !== 0 && roleOf(p) === roleOf(y);
}

/** For each label, the labels that may precede it, so the inner loop skips the rest. */
const PREVIOUS: Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, y)));
const STARTS = Uint8Array.from({ length: L }, (_, y) => (allowed(L, y) ? 1 : 0));

/** Best BIO-valid label sequence for n tokens. */
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  let score = new Float64Array(L);
  let next = new Float64Array(L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = STARTS[y] ? emissions[y] + transitions[L * L + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      const previous = PREVIOUS[y];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < previous.length; k++) {
        const p = previous[k];
        const s = score[p] + transitions[p * L + y];
        if (s > best) { best = s; arg = p; }
      }
      next[y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let arg = 0;
  for (let y = 1; y < L; y++) if (score[y] > score[arg]) arg = y;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}

/**
 * Posterior of each label at each token (forward-backward over the scores divided by
 * `temperature`, read as log potentials, rescaled at every step): how sure the tagger is of what
 * Viterbi chose, for the confidence of an attribution.
 */
export function marginals(emissions: Float64Array, n: number, transitions: Float32Array | Float64Array, temperature: number): Float64Array {
  const e = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, emissions[i * L + y]);
    for (let y = 0; y < L; y++) e[i * L + y] = Math.exp((emissions[i * L + y] - max) / temperature);
  }
  const t = new Float64Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) t[p * L + y] = allowed(p, y) ? Math.exp(transitions[p * L + y] / temperature) : 0;
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const normalize = (v: Float64Array, at: number) => {
    let sum = 0;
    for (let y = 0; y < L; y++) sum += v[at + y];
    if (sum > 0) for (let y = 0; y < L; y++) v[at + y] /= sum;
  };
  for (let y = 0; y < L; y++) alpha[y] = t[L * L + y] * e[y];
  normalize(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let sum = 0;
      for (let p = 0; p < L; p++) sum += alpha[(i - 1) * L + p] * t[p * L + y];
      alpha[i * L + y] = sum * e[i * L + y];
    }
    normalize(alpha, i * L);
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      let sum = 0;
      for (let y = 0; y < L; y++) sum += t[p * L + y] * e[(i + 1) * L + y] * beta[(i + 1) * L + y];
      beta[i * L + p] = sum;
    }
    normalize(beta, i * L);
  }
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) out[i * L + y] = alpha[i * L + y] * beta[i * L + y];
    normalize(out, i * L);
  }
  return out;
}

/** Labels of the tokens of [first, end), and with `posterior` the marginal of each chosen label when a cue was found. */
export function tagSentence(model: AttributionModel, table: TokenTable, quoted: Uint8Array, first: number, end: number, posterior?: Float64Array): Uint8Array {
  const n = end - first;
  const { ids, offsets } = sentenceFeatures(table, quoted, first, end);
  const emissions = new Float64Array(n * L);
  const { rows, weights } = model;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = rows.get(ids[k]);
      if (row < 0) continue;
      // Unrolled for the seven labels: this is the hottest loop of the fact extractors.
      const base = row * L;
      emissions[at] += weights[base];
      emissions[at + 1] += weights[base + 1];
      emissions[at + 2] += weights[base + 2];
      emissions[at + 3] += weights[base + 3];
      emissions[at + 4] += weights[base + 4];
      emissions[at + 5] += weights[base + 5];
      emissions[at + 6] += weights[base + 6];
    }
  }
  const labels = viterbi(emissions, n, model.transitions);
  // Without a cue there is no attribution to be sure of.
  if (posterior && labels.some((y) => roleOf(y) === CUE)) {
    const p = marginals(emissions, n, model.transitions, TEMPERATURE);
    for (let i = 0; i < n; i++) posterior[i] = p[i * L + labels[i]];
  }
  return labels;
}

/** A labelled span, token range inclusive. */
export interface TaggedSpan {
  role: number;
  first: number;
  last: number;
}

export function spansOf(labels: Uint8Array, first: number): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y === 0) continue;
    if (isBegin(y) || spans.length === 0 || spans[spans.length - 1].last !== first + i - 1 || spans[spans.length - 1].role !== roleOf(y)) {
      spans.push({ role: roleOf(y), first: first + i, last: first + i });
    } else spans[spans.length - 1].last = first + i;
  }
  return spans;
}

/** One attribution read off the labels: a cue with its nearest source and the contents nearest to it. */
export interface TaggedAttribution {
  cue: TaggedSpan;
  source?: TaggedSpan;
  contents: TaggedSpan[];
}

const gap = (a: TaggedSpan, b: TaggedSpan) => (a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0);

/** Groups spans around cues: each content goes to its nearest cue (the one before it on a tie), each cue takes its nearest source. */
export function groupSpans(spans: TaggedSpan[]): TaggedAttribution[] {
  const cues = spans.filter((s) => s.role === CUE);
  if (!cues.length) return [];
  const groups: TaggedAttribution[] = cues.map((cue) => ({ cue, contents: [] }));
  for (const content of spans.filter((s) => s.role === CONTENT)) {
    let best = 0;
    for (let c = 1; c < cues.length; c++) {
      const d = gap(cues[c], content);
      if (d < gap(cues[best], content) || (d === gap(cues[best], content) && cues[c].last < content.first)) best = c;
    }
    groups[best].contents.push(content);
  }
  const sources = spans.filter((s) => s.role === SOURCE);
  for (const g of groups) {
    let best: TaggedSpan | undefined;
    for (const s of sources) if (!best || gap(s, g.cue) < gap(best, g.cue)) best = s;
    g.source = best;
  }
  return groups.filter((g) => g.contents.length > 0);
}
