/** 32-bit FNV-1a of a string's UTF-16 code units: the feature id space of the tagger. */
export function hashString(s: string): number {
  return hashMore(0x811c9dc5, s);
}

/**
 * Continues a hash over more text: hashMore(hashString(a), b) === hashString(a + b), so feature
 * ids can be built from parts without concatenating strings.
 */
export function hashMore(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
