import { BANDS, ROWS_PER_BAND, SIGNATURE_HASHES, type StorySignature } from './signature.js';

/**
 * A band entry's sketch of its article's signature: the low 16 bits of the 64 hashes after the band
 * rows. Most articles met through a band key are chance matches (one minimum hash of a common
 * phrase in common), and the sketch tells them from copies without reading their records: two
 * texts agree on each hash with probability J (their Jaccard similarity), and on a 16-bit
 * truncation by chance with probability 2⁻¹⁶ more (b-bit minwise hashing, Li & König 2010).
 */
export const BAND_SKETCH_HASHES = 64;
const FIRST_SKETCH_HASH = BANDS * ROWS_PER_BAND;
/**
 * Agreements a copy shows at least: a text as similar as the least a version is (Jaccard
 * CONTAINMENT_MIN_JACCARD, 0.2) agrees on fewer than 4 of 64 hashes with probability 0.0005
 * (binomial), while one met by a single shared hash (Jaccard near 0.02) reaches 4 with about 0.04.
 */
export const SKETCH_MIN_AGREEMENTS = 4;

/** The sketch of a signature of SIGNATURE_HASHES hashes, as text (base64 of 16-bit little-endian values). */
export function bandSketch(signature: StorySignature): string | null {
  if (signature.hashes.length < SIGNATURE_HASHES) return null;
  const bytes = new Uint8Array(BAND_SKETCH_HASHES * 2);
  for (let i = 0; i < BAND_SKETCH_HASHES; i++) {
    const h = signature.hashes[FIRST_SKETCH_HASH + i];
    bytes[i * 2] = h & 0xff;
    bytes[i * 2 + 1] = (h >>> 8) & 0xff;
  }
  return Buffer.from(bytes).toString('base64');
}

/**
 * Whether a stored article whose band entry holds `sketch` may be one story with `signature` (a
 * duplicate or version: compareSignatures decides once its record is read). An entry without a
 * sketch (written before sketches, or unreadable) may always be.
 */
export function mayBeOneStory(signature: StorySignature, sketch: unknown): boolean {
  if (typeof sketch !== 'string' || signature.hashes.length < SIGNATURE_HASHES) return true;
  const bytes = Buffer.from(sketch, 'base64');
  if (bytes.length !== BAND_SKETCH_HASHES * 2) return true;
  let agreements = 0;
  for (let i = 0; i < BAND_SKETCH_HASHES; i++) {
    const h = signature.hashes[FIRST_SKETCH_HASH + i];
    if (bytes[i * 2] === (h & 0xff) && bytes[i * 2 + 1] === ((h >>> 8) & 0xff) && ++agreements >= SKETCH_MIN_AGREEMENTS) return true;
  }
  return false;
}
