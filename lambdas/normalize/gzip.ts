// gzip input, decompressed under a size limit; a stream that would blow far past the limit from a
// tiny input is reported as a decompression bomb rather than just "too large".
import { gunzipSync } from 'node:zlib';
import type { NormalizeError } from './article.js';

/** Compression ratio above which output beyond the limit counts as a bomb (news text gzips about 3:1). */
const BOMB_RATIO = 100;
/** gzip inside gzip is unwrapped at most this many times. */
const MAX_LAYERS = 3;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; error: NormalizeError };

export function gunzipLimited(input: Uint8Array, maxBytes: number): GunzipResult {
  let bytes = input;
  for (let layer = 0; layer < MAX_LAYERS && isGzip(bytes); layer++) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return overLimit(input.length, maxBytes);
      return { ok: false, error: { code: 'MALFORMED_GZIP', message: `The gzip stream is corrupt or truncated (${shortReason(error)}).` } };
    }
    if (bytes.length > maxBytes) return overLimit(input.length, maxBytes);
  }
  if (isGzip(bytes)) {
    return { ok: false, error: { code: 'DECOMPRESSION_BOMB', message: `The file nests gzip more than ${MAX_LAYERS} levels deep.` } };
  }
  return { ok: true, bytes };
}

function overLimit(compressedBytes: number, maxBytes: number): GunzipResult {
  if (maxBytes / Math.max(compressedBytes, 1) >= BOMB_RATIO) {
    return {
      ok: false,
      error: { code: 'DECOMPRESSION_BOMB', message: `${compressedBytes} compressed bytes expand past the ${maxBytes}-byte limit (ratio over ${BOMB_RATIO}:1).` },
    };
  }
  return { ok: false, error: { code: 'TOO_LARGE', message: `The decompressed file is over the ${maxBytes}-byte limit.` } };
}

function shortReason(error: unknown): string {
  return String((error as Error)?.message ?? error).slice(0, 80);
}
