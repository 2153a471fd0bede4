/**
 * A compact, order-free summary of an article's wording: MinHash over word shingles. Two copies
 * of one story (new headline, dropped paragraphs, other boilerplate) share most shingles, so most
 * of their minimum hashes agree; unrelated stories on the same topic share almost none. Pure
 * code: the store keeps the signature and its LSH band keys, ingestion and the API compare them.
 */

/** Words per shingle: four words are specific enough that stories on one topic rarely share them. */
export const SHINGLE_WORDS = 4;
/**
 * Hashes in a signature: a Jaccard similarity of 0.5 is estimated within about 0.044 (0.0625 with
 * 64, which let trimmed copies at 0.3–0.4 fall under the version thresholds). The signature is
 * stored once, on the article record, so its length costs no write units.
 */
export const SIGNATURE_HASHES = 128;
/** Hashes of signatures stored before SIGNATURE_HASHES grew: they still compare, over their hashes. */
export const MIN_STORED_HASHES = 64;
/**
 * LSH bands × rows over the first BANDS × ROWS_PER_BAND hashes (tuned in docs/quality/syndication.md):
 * each band is one item written per article, so bands are what a signature costs. One row a band
 * finds a pair at Jaccard J in a band with probability J, not J², so six bands find more copies
 * than twelve of two rows; the price is more candidates to verify (stories cast from one
 * template share single minimum hashes), read once per article and bounded per band.
 */
export const BANDS = 6;
export const ROWS_PER_BAND = 1;
/** Fewer shingles than this (a headline, a brief of a sentence or two) make no signature: too little to tell copies apart. */
export const MIN_SHINGLES = 12;
/**
 * Figures kept per signature: the FIGURE_SKETCH smallest hashes of the text's distinct figures (a
 * bottom-k sketch), so that two texts of up to that many figures are compared exactly and longer
 * tables by estimate.
 */
export const FIGURE_SKETCH = 16;

export interface StorySignature {
  /** The minimum of each of SIGNATURE_HASHES hash functions over the shingles (unsigned 32-bit); 64 in an older stored signature. */
  hashes: Uint32Array;
  /**
   * The smallest FIGURE_SKETCH hashes of the text's figures (tokens with a digit), ascending,
   * padded with 0xffffffff: wire notices and tables cast from one template ("Qtly div 27 cts vs 25
   * cts prior, pay April 15") share their words and differ in their figures. Empty (all padding)
   * with `figures` null for a signature stored before figures were kept.
   */
  numbers: Uint32Array;
  /** Distinct figures of the text; null when unknown (an older stored signature). */
  figures: number | null;
  /** Distinct shingles of the text: with two estimated Jaccards it gives containment. */
  shingles: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case, accent-free word tokens. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
}

/** Number words that carry a figure the way digits do ("five grain ships were loading"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred']);

/** The text's distinct figures: tokens with a digit, and number words from two up ("one" is too often not a figure). */
export function figureTokens(text: string): Set<string> {
  return figuresOf(words(text));
}

function figuresOf(tokens: string[]): Set<string> {
  return new Set(tokens.filter((w) => /\d/.test(w) || NUMBER_WORDS.has(w)));
}

/** FNV-1a over a string's UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finalizer (murmur3's fmix32): turns x ^ seed into an independent-looking hash per seed. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed seeds, one per hash function: signatures stored today must compare with tomorrow's. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_HASHES }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x632be5ab)));

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string): Set<number> {
  return shinglesOf(words(text));
}

function shinglesOf(wordTokens: string[]): Set<number> {
  const tokens = wordTokens.map(hashString);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ tokens[i + j], 0x01000193);
    shingles.add(h >>> 0);
  }
  return shingles;
}

/** The text's signature, or null when it is too short to have one. */
export function signatureOf(text: string): StorySignature | null {
  const tokens = words(text);
  const shingles = shinglesOf(tokens);
  if (shingles.size < MIN_SHINGLES) return null;
  const hashes = new Uint32Array(SIGNATURE_HASHES);
  const values = Uint32Array.from(shingles);
  // One hash function at a time over a typed array, mix() written out: the same values, about
  // twice as fast as a call per shingle and function (this loop is most of what signing costs).
  for (let i = 0; i < SIGNATURE_HASHES; i++) {
    const seed = SEEDS[i];
    let min = 0xffffffff;
    for (let j = 0; j < values.length; j++) {
      let x = values[j] ^ seed;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x >>>= 0;
      if (x < min) min = x;
    }
    hashes[i] = min;
  }
  const figures = [...figuresOf(tokens)].map((token) => mix(hashString(token)));
  figures.sort((x, y) => x - y);
  const numbers = new Uint32Array(FIGURE_SKETCH).fill(0xffffffff);
  numbers.set(figures.slice(0, FIGURE_SKETCH));
  return { hashes, numbers, figures: figures.length, shingles: shingles.size };
}

/**
 * The signature's LSH band keys: band number and a hash of its rows. Two signatures share a band
 * key with probability J^ROWS_PER_BAND per band (J their Jaccard similarity), so copies almost
 * always share one and unrelated texts rarely.
 */
export function bandKeys(signature: StorySignature): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix(Math.imul(h, 0x01000193) ^ signature.hashes[band * ROWS_PER_BAND + row]);
    keys.push(`${band.toString(36)}${h.toString(36).padStart(7, '0')}`);
  }
  return keys;
}

/**
 * The signature as text, for storage: base64 of its hashes and figure hashes (little-endian), then
 * the shingle and figure counts ("<base64>.<shingles>.<figures>").
 */
export function encodeSignature(signature: StorySignature): string {
  const all = [...signature.hashes, ...signature.numbers];
  const bytes = new Uint8Array(all.length * 4);
  const view = new DataView(bytes.buffer);
  all.forEach((h, i) => {
    view.setUint32(i * 4, h, true);
  });
  return `${Buffer.from(bytes).toString('base64')}.${signature.shingles}${signature.figures === null ? '' : `.${signature.figures}`}`;
}

/** Number hashes in signatures stored before the figure sketch (their figures are read as unknown). */
const LEGACY_NUMBER_HASHES = 8;

/**
 * Reads a stored signature: the current layout, or an older one (64 hashes; before the figure
 * sketch, 8 number hashes and no figure count, its figures read as unknown).
 */
export function decodeSignature(encoded: string): StorySignature | null {
  const [hashPart, count, figureCount] = encoded.split('.');
  const bytes = Buffer.from(hashPart ?? '', 'base64');
  const legacy = figureCount === undefined;
  const hashCount = bytes.length / 4 - (legacy ? LEGACY_NUMBER_HASHES : FIGURE_SKETCH);
  if (!count || bytes.length % 4 !== 0 || !(hashCount === SIGNATURE_HASHES || hashCount === MIN_STORED_HASHES)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = (from: number, length: number) => Uint32Array.from({ length }, (_, i) => view.getUint32((from + i) * 4, true));
  const hashes = read(0, hashCount);
  if (legacy) return { hashes, numbers: new Uint32Array(FIGURE_SKETCH).fill(0xffffffff), figures: null, shingles: Number(count) };
  return { hashes, numbers: read(hashCount, FIGURE_SKETCH), figures: Number(figureCount), shingles: Number(count) };
}
