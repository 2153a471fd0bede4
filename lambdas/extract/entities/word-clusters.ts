import { hashString } from './hash.js';

// Word → cluster ids (one per granularity), induced from unlabeled news at training time.
// File: "NFWC1\n" | u32 words | u32 granularities | u32 hashes[words] (sorted, of the lower-cased word)
//       | u16 ids[granularities][words]
const MAGIC = 'NFWC1\n';

export class WordClusters {
  constructor(
    private readonly hashes: Uint32Array,
    private readonly ids: Uint16Array[],
  ) {}

  static empty(): WordClusters {
    return new WordClusters(new Uint32Array(0), []);
  }

  get granularities(): number {
    return this.ids.length;
  }

  /** Row of a lower-cased word, or -1. */
  find(lowerWord: string): number {
    const h = hashString(lowerWord);
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.hashes[mid];
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  cluster(row: number, granularity: number): number {
    return this.ids[granularity][row];
  }
}

export function encodeClusters(words: string[], assignments: Uint16Array[]): Uint8Array {
  const hashed = words.map((w, i) => ({ h: hashString(w), i })).sort((a, b) => a.h - b.h);
  const header = new TextEncoder().encode(MAGIC);
  const out = new Uint8Array(header.length + 8 + words.length * 4 + assignments.length * words.length * 2);
  out.set(header);
  const view = new DataView(out.buffer);
  let at = header.length;
  view.setUint32(at, words.length, true);
  view.setUint32(at + 4, assignments.length, true);
  at += 8;
  for (const { h } of hashed) {
    view.setUint32(at, h, true);
    at += 4;
  }
  for (const a of assignments) {
    for (const { i } of hashed) {
      view.setUint16(at, a[i], true);
      at += 2;
    }
  }
  return out;
}

export function decodeClusters(bytes: Uint8Array): WordClusters {
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('Not a word-cluster file (bad magic).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = MAGIC.length;
  const words = view.getUint32(at, true);
  const granularities = view.getUint32(at + 4, true);
  at += 8;
  if (bytes.length < at + words * 4 + granularities * words * 2) throw new Error('Truncated word-cluster file.');
  const hashes = new Uint32Array(words);
  for (let i = 0; i < words; i++, at += 4) hashes[i] = view.getUint32(at, true);
  const ids: Uint16Array[] = [];
  for (let g = 0; g < granularities; g++) {
    const a = new Uint16Array(words);
    for (let i = 0; i < words; i++, at += 2) a[i] = view.getUint16(at, true);
    ids.push(a);
  }
  return new WordClusters(hashes, ids);
}
