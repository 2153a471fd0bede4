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
// Wire copy writes months in any case ("Feb", "FEB", "FEb"); the name is checked after matching.
const MONTH_DAY = '([A-Za-z]{3,9}\\.?\\s+\\d{1,2})';

/** The story itself starts with a capital, a digit or a quote. */
const STORY_START = '(?=["“‘\'\\dA-Z\\u00C0-\\u00DE])';
const WITH_PARENS = new RegExp(`^${PLACE}${REGION}(?:,\\s*${MONTH_DAY})?\\s*\\(([^()]{1,160})\\)(?:${DASH}|\\s+|:\\s*)${STORY_START}`);
/** With a month-day and a dash the shape is strong enough for a place in mixed case ("Toronto, Feb 26 -"). */
const MIXED_CASE_PLACE = "([A-Z][A-Za-z.'’\\-]*(?:\\s[A-Z][A-Za-z.'’\\-]*){0,3})";
const WITH_DATE = new RegExp(`^${MIXED_CASE_PLACE}${REGION},\\s*${MONTH_DAY}${DASH}${STORY_START}`);
/**
 * A place in mixed case, a source in parentheses and a dash ("Washington (CNN) —", "Kyiv, Ukraine
 * (AP) —"). The same shape opens company news ("Apple (AAPL) — …"), so the source must be a news
 * outlet: a wire service or network, or a US broadcast call sign ("Los Angeles (KABC) —").
 */
const NEWS_OUTLET = /^(?:AP|The Associated Press|Associated Press|AFP|Reuters|CNN|UPI|EFE|dpa|DPA|ANSA|Xinhua|Kyodo|Yonhap|TASS|PTI|ANI|IANS|AAP|CP|The Canadian Press|Bloomberg|BBC|NBC|CBS|ABC|CNBC|NPR|Fox News|Al Jazeera|Anadolu|Bernama|Antara|Sputnik|[KW][A-Z]{2,3}(?:-TV)?)$/;
const MIXED_CASE_WITH_PARENS = new RegExp(`^${MIXED_CASE_PLACE}${REGION}\\s*\\(([\\p{L}][\\p{L}.&' /-]{0,40})\\)${DASH}${STORY_START}`, 'u');
/** Without parentheses or a date the shape is weak, so the story must start like a sentence (not an all-caps headline) and the place is at most three words. */
const PLAIN = new RegExp(`^(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})${REGION}(?:${DASH}|:\\s+)(?=["“‘'\\d]|[A-Z\\u00C0-\\u00DE][a-z\\u00DF-\\u00FF])`);
/** Labels that head wire items the way a place does. */
const NOT_PLACES = /^(?:CORRECTION|CORRECTED|UPDATE|UPDATED|REFILE|REPEAT|BREAKING|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|INTERVIEW|COLUMN|EDITORIAL|OPINION|NEWS|URGENT|FLASH|BULLETIN|ADVISORY|WATCH|LIVE|VIDEO|PHOTOS|UPDATE \d+|NOTE|EDITORS?)$/;

/** Two all-caps words after the dateline mean a table or headline line, not a story. */
const CAPS_RUN = /^[A-Z]{2,}[.,]?\s+[A-Z\d]{2,}\b/;
const CAPS_PHRASE = /^[A-Z]+(?:\s+[A-Z]+)+$/;

export function parseDateline(paragraph: string): Dateline | null {
  const dateline = matchDateline(paragraph);
  if (!dateline || CAPS_RUN.test(paragraph.slice(dateline.text.length).trimStart())) return null;
  return dateline;
}

function matchDateline(paragraph: string): Dateline | null {
  let m = WITH_PARENS.exec(paragraph);
  if (m && acceptPlace(m[1], m[2]) && acceptMonthDay(m[3])) {
    const inner = m[4];
    if (CAPS_PHRASE.test(inner.trim())) return null;
    const [sourcePart, datePart] = splitSourceAndDate(inner);
    const sources = sourcePart.split(/\s*[/;]\s*|\s*,\s*(?![A-Z][a-z]+\.?\))/).map((s) => s.trim()).filter(looksLikeSourceName);
    if (sources.length === 0 && !datePart) return null;
    return { place: readingCase(m[1]), sources, date: datePart ? parsePublishedAt(datePart) : null, text: m[0].trimEnd() };
  }
  m = MIXED_CASE_WITH_PARENS.exec(paragraph);
  if (m && acceptPlace(m[1], m[2])) {
    const sources = m[3].split(/\s*[/;]\s*/).map((s) => s.trim());
    if (sources.every((source) => NEWS_OUTLET.test(source))) return { place: m[1], sources, date: null, text: m[0].trimEnd() };
  }
  m = WITH_DATE.exec(paragraph);
  if (m && acceptPlace(m[1], m[2]) && acceptMonthDay(m[3])) return { place: readingCase(m[1]), sources: [], date: null, text: m[0].trimEnd() };
  m = PLAIN.exec(paragraph);
  if (m && acceptPlace(m[1], m[2]) && m[1].replace(/[^A-Z]/g, '').length >= 4) {
    return { place: readingCase(m[1]), sources: [], date: null, text: m[0].trimEnd() };
  }
  return null;
}

function acceptMonthDay(monthDay: string | undefined): boolean {
  return monthDay === undefined || MONTH_NAMES.test(monthDay);
}

function acceptPlace(place: string, region: string | undefined): boolean {
  if (place.replace(/[^A-Za-z]/g, '').length < 3 || NOT_PLACES.test(place.toUpperCase())) return false;
  if (/\b(?:on|in|at|by|since|until|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(place)) return false;
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
  return /^\p{L}/u.test(name) && name.split(/\s+/).length <= 6 && !/\d{4}/.test(name);
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
