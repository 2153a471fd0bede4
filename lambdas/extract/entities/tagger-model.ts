import { NUM_LABELS } from './labels.js';
import type { DocumentFeatures } from './features.js';

// The trained weights and their compact binary file:
//   "NFNER1\n" | u32 header length | JSON header | per stage: u32 hashes[rows], i8 weights[rows × labels],
//   f32 transitions[(labels + 1) × labels]
// Weights are int8 codes on a square-root grid (w = sign(q)·(q/127)²·scale, one scale per stage);
// feature ids are 32-bit string hashes. Codes are expanded to floats once, at load.
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
  private readonly slots: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly values: Float32Array;

  constructor(readonly w: StageWeights) {
    const levels = new Float32Array(256);
    for (let q = -127; q <= 127; q++) levels[q & 255] = Math.sign(q) * (q / 127) ** 2 * w.scale;
    this.values = new Float32Array(w.weights.length);
    for (let k = 0; k < w.weights.length; k++) this.values[k] = levels[w.weights[k] & 255];
    let size = 1;
    while (size < w.hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    for (let r = 0; r < w.hashes.length; r++) {
      let slot = mix(w.hashes[r]) & this.mask;
      while (this.rows[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = w.hashes[r];
      this.rows[slot] = r;
    }
  }

  private rowOf(hash: number): number {
    let slot = mix(hash) & this.mask;
    for (;;) {
      const r = this.rows[slot];
      if (r < 0) return -1;
      if (this.slots[slot] === hash) return r;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Emission scores of tokens [from, to) of a document. */
  emissions(features: DocumentFeatures, from: number, to: number): Float32Array {
    const L = NUM_LABELS;
    const out = new Float32Array((to - from) * L);
    const values = this.values;
    for (let i = from; i < to; i++) {
      const base = (i - from) * L;
      for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
        const r = this.rowOf(features.ids[f]);
        if (r < 0) continue;
        const row = r * L;
        for (let y = 0; y < L; y++) out[base + y] += values[row + y];
      }
    }
    return out;
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
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
