/**
 * Lookup in a sorted Uint32Array of hashes through a 65,536-bucket index on the top 16 bits:
 * building it is one linear pass (cheap at cold start), and a lookup scans a bucket of one or
 * two entries.
 */
export class SortedHashIndex {
  private readonly starts = new Uint32Array(65_537);

  constructor(readonly hashes: Uint32Array) {
    let bucket = 0;
    for (let i = 0; i < hashes.length; i++) {
      const b = hashes[i] >>> 16;
      while (bucket <= b) this.starts[bucket++] = i;
    }
    while (bucket <= 65_536) this.starts[bucket++] = hashes.length;
  }

  /** Position of `hash` in the array, or -1. */
  find(hash: number): number {
    const b = hash >>> 16;
    const end = this.starts[b + 1];
    for (let i = this.starts[b]; i < end; i++) {
      const v = this.hashes[i];
      if (v === hash) return i;
      if (v > hash) return -1;
    }
    return -1;
  }
}
