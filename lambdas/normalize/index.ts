import { DEFAULT_MAX_BYTES, type Article, type NormalizeInput, type NormalizeResult } from './article.js';

// Baseline until the full normalizer lands: UTF-8 plain text and JSON objects.
export function normalize(input: NormalizeInput): NormalizeResult {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, error: { code: 'EMPTY_FILE', message: 'The file is empty.' } };
  if (bytes.length > (input.maxBytes ?? DEFAULT_MAX_BYTES)) return { ok: false, error: { code: 'TOO_LARGE', message: 'The file is over the size limit.' } };
  if (bytes.includes(0)) return { ok: false, error: { code: 'BINARY_DATA', message: 'The file holds binary data, not text.' } };
  const raw = new TextDecoder('utf-8').decode(bytes).normalize('NFC');
  const base: Article = { title: null, body: '', publishedAt: null, source: null, sources: [], dateline: null, language: null, url: null, author: null, submittedBy: null, format: 'text' };
  if (/^\s*[{[]/.test(raw)) {
    try {
      const obj = JSON.parse(raw);
      const body = String(obj.body ?? obj.text ?? obj.content ?? '').trim();
      if (!body) return { ok: false, error: { code: 'NO_ARTICLE_TEXT', message: 'The JSON has no article body.' } };
      return { ok: true, articles: [{ ...base, format: 'json', title: obj.title ?? null, body, publishedAt: obj.publishedAt ?? null, source: obj.source ?? null, sources: obj.source ? [obj.source] : [] }] };
    } catch {
      return { ok: false, error: { code: 'MALFORMED_JSON', message: 'The file is not valid JSON.' } };
    }
  }
  const body = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const header = /^date (\d{4}-\d{2}-\d{2})(?: \((@\w+)\))?\n+/.exec(body);
  return { ok: true, articles: [{ ...base, body: header ? body.slice(header[0].length) : body, publishedAt: header?.[1] ?? null, submittedBy: header?.[2] ?? null }] };
}
