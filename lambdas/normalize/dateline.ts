// Datelines at the head of a story: the place in capitals, then the wire or syndication chain and
// sometimes a date, e.g. "CARACAS (UrduPoint News / Sputnik - 17th February, 2022)",
// "SALVADOR, Feb 26 -" (Reuters), "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "NEW DELHI:".
// The dateline stays in the text as written; this only reads its metadata.
import { parsePublishedAt } from './dates.js';

export interface Dateline {
  /** The place in reading case: "Caracas", "New York". */
  place: string;
  /** Sources named in the dateline, outermost first. */
  sources: string[];
  /** ISO date when the dateline carries a full date. */
  date: string | null;
  /** The dateline as written, e.g. "SALVADOR, Feb 26 -". */
  text: string;
}

const PLACE_WORD = "[A-Z][A-Z.'’\\-]*";
const PLACE = `(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,4})`;
const MONTH_NAMES = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Optional state/country after the place: ", Calif.", ", Brazil", ", D.C." (not a month). */
const REGION = "(?:,\\s*([A-Z][A-Za-z.'’]*\\.?(?:\\s[A-Z][A-Za-z.'’]*\\.?)?))?";
const DASH = '(?:\\s*[-–—]+\\s+|\\s+[-–—]+\\s*|\\s*[–—]\\s*)';
const MONTH_DAY = '((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})';

/** The story itself starts with a capital, a digit or a quote. */
const STORY_START = '(?=["“‘\'\\dA-Z\\u00C0-\\u00DE])';
const WITH_PARENS = new RegExp(`^${PLACE}${REGION}(?:,\\s*${MONTH_DAY})?\\s*\\(([^()]{1,160})\\)(?:${DASH}|\\s+|:\\s*)${STORY_START}`);
const WITH_DATE = new RegExp(`^${PLACE}${REGION},\\s*${MONTH_DAY}${DASH}`);
const PLAIN = new RegExp(`^${PLACE}${REGION}(?:${DASH}|:\\s+)${STORY_START}`);

export function parseDateline(paragraph: string): Dateline | null {
  let m = WITH_PARENS.exec(paragraph);
  if (m && acceptPlace(m[1], m[2])) {
    const inner = m[4];
    const [sourcePart, datePart] = splitSourceAndDate(inner);
    const sources = sourcePart.split(/\s*[/;]\s*|\s*,\s*(?![A-Z][a-z]+\.?\))/).map((s) => s.trim()).filter(looksLikeSourceName);
    if (sources.length === 0 && !datePart) return null;
    return { place: readingCase(m[1]), sources, date: datePart ? parsePublishedAt(datePart) : null, text: m[0].trimEnd() };
  }
  m = WITH_DATE.exec(paragraph);
  if (m && acceptPlace(m[1], m[2])) return { place: readingCase(m[1]), sources: [], date: null, text: m[0].trimEnd() };
  m = PLAIN.exec(paragraph);
  if (m && acceptPlace(m[1], m[2]) && m[1].replace(/[^A-Z]/g, '').length >= 4) {
    return { place: readingCase(m[1]), sources: [], date: null, text: m[0].trimEnd() };
  }
  return null;
}

function acceptPlace(place: string, region: string | undefined): boolean {
  if (place.replace(/[^A-Z]/g, '').length < 3) return false;
  if (region && MONTH_NAMES.test(region)) return false;
  return true;
}

/** "UrduPoint News / Sputnik - 17th February, 2022" → sources part and date part. */
function splitSourceAndDate(inner: string): [string, string | null] {
  const m = /^(.*?)\s+[-–—]+\s+(.*\d.*)$/.exec(inner);
  if (m && parsePublishedAt(m[2])) return [m[1], m[2]];
  if (parsePublishedAt(inner) && /\d{4}/.test(inner)) return ['', inner];
  return [inner, null];
}

function looksLikeSourceName(name: string): boolean {
  return /^[\p{L}\d]/u.test(name) && name.split(/\s+/).length <= 6 && !/\d{4}/.test(name);
}

const LOWER_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'el', 'of', 'on', 'upon', 'am', 'en']);

/** "NEW YORK" → "New York", "RIO DE JANEIRO" → "Rio de Janeiro"; abbreviations like "D.C." kept. */
export function readingCase(place: string): string {
  return place
    .split(/\s+/)
    .map((word, i) => {
      if (/^[A-Z](?:\.[A-Z])+\.?$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && LOWER_PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_all, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}
