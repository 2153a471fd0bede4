// Entry point of normalization: bytes of any supported news format to clean Article records
// (docs/CONTRACTS.md, extraction CLI). Never throws: every failure is a NormalizeResult with a stable error code.
import { DEFAULT_MAX_BYTES, type NormalizeError, type NormalizeInput, type NormalizeResult } from './article.js';
import { decodeBytes } from './decode-text.js';
import { binarySignature, detectFormat, looksBinary } from './detect-format.js';
import { feedKind, normalizeFeed } from './feeds.js';
import { gunzipLimited, isGzip } from './gzip.js';
import { normalizeHtml } from './html.js';
import { normalizeJson } from './json.js';
import { normalizePlainText } from './plain-text.js';
import { looksLikeReutersSgml, normalizeReutersSgml } from './reuters-sgml.js';
import { parseXml } from './xml.js';

export type { Article, NormalizeInput, NormalizeResult } from './article.js';

export function normalize(input: NormalizeInput): NormalizeResult {
  try {
    return normalizeBytes(input);
  } catch (error) {
    // Messages are one line (docs/quality/normalize.md, error codes), whatever the fault says.
    return reject('INTERNAL_ERROR', `Normalization failed unexpectedly: ${String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 120)}`);
  }
}

function normalizeBytes(input: NormalizeInput): NormalizeResult {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = input.bytes;
  if (bytes.length === 0) return reject('EMPTY_FILE', 'The file is empty.');
  if (isGzip(bytes)) {
    const unzipped = gunzipLimited(bytes, maxBytes);
    if (!unzipped.ok) return { ok: false, error: unzipped.error };
    bytes = unzipped.bytes;
    if (bytes.length === 0) return reject('EMPTY_FILE', 'The gzip file decompresses to nothing.');
  }
  if (bytes.length > maxBytes) return reject('TOO_LARGE', `The file is ${bytes.length} bytes, over the ${maxBytes}-byte limit.`);

  const signature = binarySignature(bytes);
  if (signature) {
    return signature.kind === 'unsupported'
      ? reject('UNSUPPORTED_FORMAT', `The file is a ${signature.name}, which is not a supported news format.`)
      : reject('BINARY_DATA', `The file is a ${signature.name}, not text.`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return reject('BINARY_DATA', 'The file holds binary data (mostly control characters), not text.');
  if (!/[^\s\u0000-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/.test(text)) return reject('EMPTY_FILE', 'The file holds only whitespace.');

  switch (detectFormat(text, input.fileName)) {
    case 'json':
      return normalizeJson(text);
    case 'html':
      return normalizeHtml(text);
    case 'sgml':
      return normalizeReutersSgml(text);
    case 'xml':
      return normalizeXmlDocument(text);
    case 'text': {
      const article = normalizePlainText(text);
      if (!article.body && !article.title) return reject('NO_ARTICLE_TEXT', 'The file has a header but no article text.');
      return { ok: true, articles: [article] };
    }
  }
}

function normalizeXmlDocument(text: string): NormalizeResult {
  if (looksLikeReutersSgml(text)) return normalizeReutersSgml(text);
  const parsed = parseXml(text);
  if (!parsed.ok) {
    return parsed.tooDeep ? reject('UNSUPPORTED_FORMAT', `${parsed.message}.`) : reject('MALFORMED_XML', `The XML is not well-formed: ${parsed.message}.`);
  }
  const kind = feedKind(parsed.root);
  if (!kind) return reject('UNSUPPORTED_FORMAT', `XML with root <${parsed.root.name}> is not RSS, Atom or Reuters SGML.`);
  return normalizeFeed(parsed.root, kind);
}

function reject(code: NormalizeError['code'], message: string): NormalizeResult {
  return { ok: false, error: { code, message } };
}
