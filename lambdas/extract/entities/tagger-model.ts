import { NUM_LABELS } from './labels.js';
import type { DocumentFeatures } from './features.js';
import { SortedHashIndex } from './sorted-hash-index.js';

// The trained weights and their compact binary file:
//   "NFNER1\n" | u32 header length | JSON header | per stage: u32 hashes[rows], i8 weights[rows × labels],
//   f32 transitions[(labels + 1) × labels]
// Weights are int8 (w = q·scale, one scale per stage: the largest weight maps to 127, nothing is
// clipped); feature ids are 32-bit string hashes, rows sorted by hash. Scoring sums the int8
// codes and scales once, and loading only indexes the hashes by bucket.
const MAGIC = 'NFNER1\n';

export interface StageWeights {
  /** Sorted feature hashes, one per weight row. */
  hashes: Uint32Array;
  weights: Int8Array;
  scale: number;
  transitions: Float32Array;
}

export interface ModelHeader {
  labels: number;
  stages: { rows: number; scale: number }[];
  /** Free-form provenance: training data, epochs, seed, dev score. */
  meta: Record<string, string | number>;
}

export class TaggerStage {
  private readonly index: SortedHashIndex;

  constructor(readonly w: StageWeights) {
    this.index = new SortedHashIndex(w.hashes);
  }

  /** Emission scores of tokens [from, to) of a document, from its features (and optional extra features). */
  emissions(features: DocumentFeatures, from: number, to: number, extra?: DocumentFeatures): Float32Array {
    const out = new Float32Array((to - from) * NUM_LABELS);
    this.accumulate(features, from, to, out);
    if (extra) this.accumulate(extra, from, to, out);
    const scale = this.w.scale;
    for (let k = 0; k < out.length; k++) out[k] *= scale;
    return out;
  }

  private accumulate(features: DocumentFeatures, from: number, to: number, out: Float32Array): void {
    const L = NUM_LABELS;
    const values = this.w.weights;
    for (let i = from; i < to; i++) {
      const base = (i - from) * L;
      for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
        const r = this.index.find(features.ids[f]);
        if (r < 0) continue;
        const row = r * L;
        for (let y = 0; y < L; y++) out[base + y] += values[row + y];
      }
    }
  }
}

export function encodeModel(stages: StageWeights[], meta: ModelHeader['meta']): Uint8Array {
  const header: ModelHeader = {
    labels: NUM_LABELS,
    stages: stages.map((s) => ({ rows: s.hashes.length, scale: s.scale })),
    meta,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const parts: Uint8Array[] = [new TextEncoder().encode(MAGIC), u32(json.length), json];
  for (const s of stages) {
    parts.push(new Uint8Array(s.hashes.buffer, s.hashes.byteOffset, s.hashes.byteLength));
    parts.push(new Uint8Array(s.weights.buffer, s.weights.byteOffset, s.weights.byteLength));
    parts.push(new Uint8Array(s.transitions.buffer, s.transitions.byteOffset, s.transitions.byteLength));
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function decodeModel(bytes: Uint8Array): { header: ModelHeader; stages: StageWeights[] } {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('Not a newsfacts NER model file (bad magic).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + jsonLength))) as ModelHeader;
  at += jsonLength;
  if (header.labels !== NUM_LABELS) throw new Error(`Model has ${header.labels} labels, this code expects ${NUM_LABELS}.`);
  // Copy each array out so that typed-array alignment never depends on the header length.
  const take = (length: number) => {
    if (at + length > bytes.length) throw new Error('Truncated NER model file.');
    const copy = new Uint8Array(length);
    copy.set(bytes.subarray(at, at + length));
    at += length;
    return copy.buffer;
  };
  const stages = header.stages.map(({ rows, scale }) => ({
    hashes: new Uint32Array(take(rows * 4)),
    weights: new Int8Array(take(rows * NUM_LABELS)),
    scale,
    transitions: new Float32Array(take((NUM_LABELS + 1) * NUM_LABELS * 4)),
  }));
  return { header, stages };
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}
