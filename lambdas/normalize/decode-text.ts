// Bytes to a JavaScript string: BOMs, UTF-16 without BOM, charset declarations, and legacy
// single-byte text (windows-1252, a superset of ISO-8859-1's printable range) detected, not mangled.
import type { NormalizeError } from './article.js';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: NormalizeError };

export function decodeBytes(input: Uint8Array): DecodeResult {
  let bytes = input;
  const bom = sniffBom(bytes);
  if (bom) return decodeUtf16OrUtf8(bytes.subarray(bom.length), bom.encoding);
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return decodeUtf16OrUtf8(bytes, utf16);
  if (bytes.includes(0)) {
    // Stray NULs (padding, a broken export) in otherwise textual bytes are dropped, as a browser
    // shows them: nothing (other stray controls go later, with the text's). Binary data is refused.
    if (!isTextWithStrayNuls(bytes)) return { ok: false, error: { code: 'BINARY_DATA', message: 'The file holds binary data (NUL bytes), not text.' } };
    bytes = bytes.filter((byte) => byte !== 0);
  }

  const utf8 = tryUtf8(bytes);
  const declared = declaredCharset(bytes);
  // Valid UTF-8 with multi-byte sequences is almost never real single-byte text, so it wins over a
  // (frequently wrong) single-byte declaration; otherwise the declaration is honoured.
  if (utf8 !== null && (declared === null || declared === 'utf-8' || /[^\u0000-\u007F]/.test(utf8))) {
    const repaired = repairDoubleEncoding(utf8);
    return repaired === null ? { ok: true, text: utf8, encoding: 'utf-8' } : { ok: true, text: repaired, encoding: 'utf-8 (double-encoded, repaired)' };
  }
  // UTF-8 with a few windows-1252 bytes among it (word-processor quotes pasted into a UTF-8 CMS):
  // each byte that starts no valid sequence is read as windows-1252, so the UTF-8 letters around
  // it do not turn into "Ã©" as they would if the whole page were read as windows-1252.
  // A single-byte declaration is honoured below.
  if (utf8 === null && (declared === null || declared === 'utf-8')) {
    const mixed = decodeMixedUtf8(bytes, declared === 'utf-8');
    if (mixed !== null) return { ok: true, text: mixed, encoding: 'utf-8 (with windows-1252 bytes)' };
  }
  if (declared && declared !== 'utf-8') {
    const text = declared === 'windows-1252' ? decodeWindows1252(bytes) : decodeWith(bytes, declared);
    if (text !== null) return { ok: true, text, encoding: declared };
  }
  const cyrillic = undeclaredCyrillic(bytes);
  if (cyrillic) {
    const text = decodeWith(bytes, cyrillic);
    if (text !== null) return { ok: true, text, encoding: cyrillic };
  }
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Words of three or more letters at 0xC0–0xFF in a row: Western text never writes them (its accented letters sit between ASCII ones), Cyrillic in windows-1251 or KOI8-R writes nothing else. */
const CYRILLIC_MIN_WORDS = 5;

/**
 * Undeclared single-byte Cyrillic (pages whose server sent the charset in a header only, text
 * files): runs of letters at 0xC0–0xFF hold most of those letters. windows-1251 when most are
 * lower case in it (0xE0–0xFF), KOI8-R when they are lower case there (0xC0–0xDF); null otherwise.
 */
function undeclaredCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | null {
  let low = 0;
  let high = 0;
  let run = 0;
  let words = 0;
  let inWords = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0;
    if (b >= 0xc0) {
      run++;
      if (b >= 0xe0) high++;
      else low++;
      continue;
    }
    if (run >= 3) {
      words++;
      inWords += run;
    }
    run = 0;
  }
  if (words < CYRILLIC_MIN_WORDS || inWords * 2 < low + high) return null;
  return high >= low ? 'windows-1251' : 'koi8-r';
}

/** Controls other than tab, line breaks and form feed, and ESC (which legacy CJK encodings use). */
const isOddControl = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;

/** Other controls a page with stray NULs may still hold: a person reads past 1 byte in 50; random bytes have about 1 in 10. */
const MAX_ODD_CONTROL_SHARE = 0.02;
/** Share of ASCII among the other bytes of single-byte text (markup and Latin text); random bytes have half. */
const MIN_ASCII_SHARE = 0.75;

/**
 * Whether bytes holding NULs are still text: the other bytes have few control characters, where
 * binary formats are full of them, and they are ASCII or legacy single-byte text for the most part
 * or valid UTF-8 (Cyrillic or CJK text), where random bytes are neither.
 */
export function isTextWithStrayNuls(bytes: Uint8Array): boolean {
  let others = 0;
  let odd = 0;
  let ascii = 0;
  for (const byte of bytes) {
    if (byte === 0) continue;
    others++;
    if (isOddControl(byte)) odd++;
    else if (byte < 0x80) ascii++;
  }
  if (others < 16 || odd > others * MAX_ODD_CONTROL_SHARE) return false;
  return ascii >= others * MIN_ASCII_SHARE || tryUtf8(bytes.filter((byte) => byte !== 0)) !== null;
}

/** windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control of the same value). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Hand-written because Node's TextDecoder decodes the "windows-1252" label as plain ISO-8859-1
 * (curly quotes, dashes and € come out as C1 controls). ISO-8859-1 text decodes the same way. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function sniffBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** ASCII-range text in UTF-16 has a zero in every other byte. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Valid multi-byte UTF-8 sequences that make bytes UTF-8 with stray single bytes: windows-1252 text almost never holds one ("Ã©" is 2 bytes of a valid sequence). */
const MIXED_MIN_SEQUENCES = 3;

/**
 * Reads valid UTF-8 sequences as UTF-8 and every other byte of 0x80 or more as windows-1252, when
 * the bytes hold at least 3 valid multi-byte sequences and (unless the page declares UTF-8) no
 * fewer of them than stray bytes; otherwise null (single-byte text).
 */
export function decodeMixedUtf8(bytes: Uint8Array, declaredUtf8: boolean): string | null {
  // Counted first without building anything: windows-1252 text (no sequence) costs one pass.
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) stray++;
    else {
      sequences++;
      i += length - 1;
    }
  }
  if (sequences < MIXED_MIN_SEQUENCES || (!declaredUtf8 && sequences < stray)) return null;
  const chunks: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : utf8SequenceLength(bytes, i);
    if (length <= 1) codes.push(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b);
    else if (length === 2) codes.push(((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
    else if (length === 3) codes.push(((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
    else codes.push(((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f));
    if (length > 1) i += length - 1;
    if (codes.length >= 8192) {
      chunks.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  chunks.push(String.fromCodePoint(...codes));
  return chunks.join('');
}

/** The length of the valid UTF-8 sequence that starts at `i` (a byte of 0x80 or more), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const n = bytes.length;
  if (b < 0xc2 || b > 0xf4) return 0;
  const b1 = i + 1 < n ? bytes[i + 1] : 0;
  if (b <= 0xdf) return b1 >= 0x80 && b1 <= 0xbf ? 2 : 0;
  const b2 = i + 2 < n ? bytes[i + 2] : 0;
  if (b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return b1 >= lo && b1 <= hi && b2 >= 0x80 && b2 <= 0xbf ? 3 : 0;
  }
  const b3 = i + 3 < n ? bytes[i + 3] : 0;
  const lo = b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xf4 ? 0x8f : 0xbf;
  return b1 >= lo && b1 <= hi && b2 >= 0x80 && b2 <= 0xbf && b3 >= 0x80 && b3 <= 0xbf ? 4 : 0;
}

function decodeUtf16OrUtf8(bytes: Uint8Array, encoding: string): DecodeResult {
  const text = new TextDecoder(encoding).decode(bytes);
  let replacements = 0;
  for (const ch of text) if (ch === '\uFFFD') replacements++;
  if (replacements > Math.max(2, text.length * 0.01)) {
    return { ok: false, error: { code: 'BAD_ENCODING', message: `The file does not decode as ${encoding.toUpperCase()} (${replacements} invalid sequences).` } };
  }
  return { ok: true, text, encoding };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding an HTML <meta> or XML declaration names in the first 2 KB, as a WHATWG encoding name. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 2048));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (!match) return null;
  try {
    return new TextDecoder(match[1]).encoding;
  } catch {
    return null;
  }
}

/** UTF-8 read as windows-1252 and saved as UTF-8 again: "Ã©" for "é", "â€™" for "’". */
const MOJIBAKE = /[ÂÃ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0080-\u00BF\u2018-\u201D\u2122\u0153\u02DC]/g;
const WINDOWS_1252_BYTE = new Map(WINDOWS_1252_HIGH.map((code, i) => [code, 0x80 + i]));

/**
 * Undoes double encoding when the text carries its signature at least twice and the whole text
 * maps back to bytes that are valid UTF-8; otherwise null (the text is left as it is).
 */
export function repairDoubleEncoding(text: string): string | null {
  if ((text.match(MOJIBAKE)?.length ?? 0) < 2) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTE.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return tryUtf8(bytes);
}
