import { SortedHashIndex } from '../../../lambdas/extract/entities/sorted-hash-index.js';
import { WindowNetwork, type NetworkShape } from './window-network.js';
import { WordVectors } from './word-vectors.js';

// The neural tagger's file: "NFNN1\n" | u32 header length | JSON header | u32 feature hashes[rows]
// | E, W1 and the word vectors as int8 with one f32 scale per row (w ≈ q·scale, largest |w| of the
// row → 127) | f32 b1, W2, b2, transitions | u32 word hashes[words]. int8 per row keeps the file a quarter of
// float32's while rows of very different magnitude (frequent and rare features) both keep precision.
const MAGIC = 'NFNN1\n';

export interface NeuralModelHeader {
  shape: NetworkShape;
  words: number;
  stacked: boolean;
  meta: Record<string, string | number>;
}

export function encodeNeuralModel(network: WindowNetwork, featureHashes: Uint32Array, vectors: WordVectors, stacked: boolean, meta: NeuralModelHeader['meta']): Uint8Array {
  const { shape } = network;
  const header: NeuralModelHeader = { shape, words: vectors.hashes.length, stacked, meta };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const parts: Uint8Array[] = [new TextEncoder().encode(MAGIC), bytesOf(Uint32Array.of(json.length)), json, bytesOf(featureHashes)];
  for (const [m, width] of [[network.E, shape.hidden], [network.W1, network.W1.length / shape.hidden], [vectors.vectors, vectors.dims]] as const) {
    const { q, scales } = quantizeRows(m, width);
    parts.push(bytesOf(q), bytesOf(scales));
  }
  parts.push(bytesOf(network.b1), bytesOf(network.W2), bytesOf(network.b2), bytesOf(network.T), bytesOf(vectors.hashes));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function decodeNeuralModel(bytes: Uint8Array): { header: NeuralModelHeader; network: WindowNetwork; index: SortedHashIndex; vectors: WordVectors } {
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('Not a neural NER model file (bad magic).');
  let at = MAGIC.length;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new Error('Truncated neural NER model file.');
    // A copy, so that each typed array starts aligned (a Buffer's slice would share its pool).
    const copy = new Uint8Array(length);
    copy.set(bytes.subarray(at, at + length));
    at += length;
    return copy.buffer;
  };
  const jsonLength = new Uint32Array(take(4))[0];
  const header = JSON.parse(new TextDecoder().decode(take(jsonLength))) as NeuralModelHeader;
  const { rows, hidden, dims, labels } = header.shape;
  const inputWidth = 5 * dims;
  const hashes = new Uint32Array(take(rows * 4));
  const rowsOf = (count: number, width: number) => {
    const q = new Int8Array(take(count * width));
    const scales = new Float32Array(take(count * 4));
    const m = new Float32Array(count * width);
    for (let r = 0; r < count; r++) for (let c = 0; c < width; c++) m[r * width + c] = q[r * width + c] * scales[r];
    return m;
  };
  const E = rowsOf(rows, hidden);
  const W1 = rowsOf(hidden, inputWidth);
  const vectorRows = rowsOf(header.words, dims);
  const b1 = new Float32Array(take(hidden * 4));
  const W2 = new Float32Array(take(labels * hidden * 4));
  const b2 = new Float32Array(take(labels * 4));
  const T = new Float32Array(take((labels + 1) * labels * 4));
  const vectors = new WordVectors(new Uint32Array(take(header.words * 4)), vectorRows, dims);
  return { header, network: new WindowNetwork(header.shape, vectorRows, 1, { E, W1, b1, W2, b2, T }), index: new SortedHashIndex(hashes), vectors };
}

function quantizeRows(m: Float32Array, width: number): { q: Int8Array; scales: Float32Array } {
  const count = m.length / width;
  const q = new Int8Array(m.length);
  const scales = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let max = 0;
    for (let c = 0; c < width; c++) max = Math.max(max, Math.abs(m[r * width + c]));
    const scale = (max || 1) / 127;
    scales[r] = scale;
    for (let c = 0; c < width; c++) q[r * width + c] = Math.round(m[r * width + c] / scale);
  }
  return { q, scales };
}

function bytesOf(a: Uint32Array | Float32Array | Int8Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
