// The story in a client-rendered page's JSON state (`<script type="application/json">`, as
// Next.js and others embed it): the last step before a page is refused. Saved before its script
// ran, such a page shows nothing in its markup, but a browser shows the story.
import { cleanInline } from './clean-text.js';
import { nodeToText, parseHtmlDocument } from './markup.js';

const STATE_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']application\/json["'][^>]*>([\s\S]*?)<\/script>/gi;
/** State blobs larger than this are not read (a hostile page's megabytes of JSON). */
const MAX_STATE_CHARS = 5_000_000;
/** JSON is walked this deep at most. */
const MAX_DEPTH = 32;
/** A string of prose: a sentence's worth of words. */
const PROSE_WORDS = 8;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const hasMarkup = (text: string) => /<(?:p|br|div|h\d|li|span|a|strong|em)\b[^>]*>/i.test(text);

/** The text of one state value as paragraphs: markup is read as markup, plain strings as they are. */
function paragraphsOf(text: string): string[] {
  if (!hasMarkup(text)) return text.split(/\n\s*\n/).map((p) => cleanInline(p)).filter(Boolean);
  const document = parseHtmlDocument(text);
  return document.body ? nodeToText(document.body).split('\n\n').filter(Boolean) : [];
}

/** Field names of a block's text, before any other string field. */
const TEXT_FIELD = /^(?:text|content|body|html|value|paragraph|plaintext|markup)$/i;

/** An array element's text: the element if a string, else its text field, else its longest string field. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
  let best = '';
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    if (typeof field !== 'string') continue;
    if (TEXT_FIELD.test(name)) return field;
    if (field.length > best.length) best = field;
  }
  return best;
}

/**
 * The story in the page's JSON state: of every array (a list of paragraph blocks) and every long
 * string (a body of HTML), the one holding the most prose. Empty when there is none.
 */
export function pageStateText(html: string): string[] {
  let best: { prose: number; paragraphs: () => string[] } = { prose: 0, paragraphs: () => [] };
  for (const match of html.matchAll(STATE_SCRIPT)) {
    if (match[1].length > MAX_STATE_CHARS) continue;
    let state: unknown;
    try {
      state = JSON.parse(match[1]);
    } catch {
      continue;
    }
    const stack: Array<[unknown, number]> = [[state, 0]];
    for (let top = stack.pop(); top; top = stack.pop()) {
      const [value, depth] = top;
      if (typeof value === 'string') {
        const prose = words(value) >= PROSE_WORDS * 3 ? value.length : 0;
        if (prose > best.prose) best = { prose, paragraphs: () => paragraphsOf(value) };
        continue;
      }
      if (!value || typeof value !== 'object' || depth >= MAX_DEPTH) continue;
      const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
      if (Array.isArray(value)) {
        const texts = value.map(textOf);
        const prose = texts.filter((t) => words(t) >= PROSE_WORDS).reduce((sum, t) => sum + t.length, 0);
        if (prose > best.prose) best = { prose, paragraphs: () => texts.flatMap((t) => (t.trim() ? paragraphsOf(t) : [])) };
      }
      for (const child of children) if (child && typeof child === 'object') stack.push([child, depth + 1]);
      else if (typeof child === 'string' && child.length > 200) stack.push([child, depth + 1]);
    }
  }
  return best.paragraphs();
}
