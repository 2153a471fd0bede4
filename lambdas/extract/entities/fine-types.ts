import type { Token } from '../types.js';
import type { EntityType } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { EVENT_HEADS, KNOWN_ORGANIZATIONS, LAW_HEADS, NORP_WORDS, ORG_SUFFIXES, PERSON_TITLES, PRODUCT_HEADS } from './lexicon.js';

// Acronyms and multi-word names of well-known bodies are organizations whatever the tagger says
// ("OPEC+" reads as OPEC); single common words of the list ("Congress") are left to the tagger.
const KNOWN_ORG_KEYS = new Set(
  KNOWN_ORGANIZATIONS.filter((name) => name.includes(' ') || !/\p{Ll}/u.test(name)).map((name) => name.toLowerCase()),
);

// The tagger knows the four CoNLL classes; names it calls MISC (and a few it calls ORG) are
// refined here into NORP / EVENT / LAW / PRODUCT / WORK where a word list or pattern is reliable.

export interface TypedMention {
  start: number;
  end: number;
  text: string;
  /** Token range of the mention, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
}

const BASE_TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

export function baseType(cls: number): EntityType {
  return BASE_TYPES[cls];
}

export function isDemonym(word: string, gazetteer: Gazetteer): boolean {
  if (NORP_WORDS.has(word)) return true;
  if (gazetteer.has('demonym', [word])) return true;
  return /s$/.test(word) && gazetteer.has('demonym', [word.slice(0, -1)]); // "Russians"
}

export function refineType(m: TypedMention, tokens: Token[], text: string, gazetteer: Gazetteer): EntityType {
  const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
  if (KNOWN_ORG_KEYS.has(m.text.toLowerCase().replace(/\++$/, ''))) return 'ORGANIZATION';
  if (m.type !== 'PERSON' && isTitledAppositive(m, tokens, words)) return 'PERSON';
  const last = words[words.length - 1];
  const next = tokens[m.tokenEnd]?.text.toLowerCase() ?? '';
  const codeLike = words.length > 1 && /^(?:\p{Lu}{1,3}|\p{N}[\p{L}\p{N}-]*)$/u.test(last); // "Sputnik V", "Boeing 737"
  if (m.type === 'MISC' || m.type === 'ORGANIZATION') {
    if (PRODUCT_HEADS.has(next) && (m.type === 'MISC' || codeLike)) return 'PRODUCT';
  }
  if (m.type !== 'MISC') return m.type;
  if (words.length === 1 && isDemonym(words[0], gazetteer)) return 'NORP';
  if (words.every((w) => isDemonym(w, gazetteer))) return 'NORP';
  if (EVENT_HEADS.has(last)) return 'EVENT';
  if (LAW_HEADS.has(last)) return 'LAW';
  const before = text.slice(Math.max(0, m.start - 1), m.start);
  const after = text.slice(m.end, m.end + 1);
  if (/["“‘]/.test(before) && /["”’]/.test(after)) return 'WORK'; // a quoted title
  return 'MISC';
}

/**
 * "Russian-Venezuelan" (one token) names two nationalities: split it into one NORP mention per
 * part when every part is a demonym.
 */
export function splitCompoundDemonyms(m: TypedMention, gazetteer: Gazetteer): TypedMention[] {
  if (m.tokenEnd - m.tokenStart !== 1 || !m.text.includes('-')) return [m];
  const parts = m.text.split('-');
  if (parts.length < 2 || !parts.every((p) => isDemonym(p, gazetteer))) return [m];
  const out: TypedMention[] = [];
  let at = m.start;
  for (const p of parts) {
    out.push({ ...m, start: at, end: at + p.length, text: p, type: 'NORP' });
    at += p.length + 1;
  }
  return out;
}

/**
 * "Sputnik V vaccine", "Boeing 737 jets": a model code between a name and a product noun belongs
 * to the name; the tagger often stops before it.
 */
export function extendWithModelCode(m: TypedMention, ctx: { text: string; tokens: Token[] }): void {
  const code = ctx.tokens[m.tokenEnd];
  const head = ctx.tokens[m.tokenEnd + 1];
  if (!code || !head || code.start !== m.end + 1) return;
  if (!/^(?:\p{Lu}{1,2}|\p{N}[\p{L}\p{N}-]*)$/u.test(code.text) || !PRODUCT_HEADS.has(head.text.toLowerCase())) return;
  m.end = code.end;
  m.tokenEnd++;
  m.text = ctx.text.slice(m.start, m.end);
}

/**
 * "the Venezuelan vice-president for economic issues, Tareck El Aissami": a name of two to four
 * capitalised words set off by a comma right after a role phrase (a title word followed only by
 * lower-case words) names a person.
 */
function isTitledAppositive(m: TypedMention, tokens: Token[], words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^(?:El|Al|al|el|bin|ibn|de|da|van|von|der|del|la|le)$/u.test(w))) return false;
  if (words.some((w) => ORG_SUFFIXES.has(w.toLowerCase()))) return false;
  if (tokens[m.tokenStart - 1]?.text !== ',') return false;
  for (let k = m.tokenStart - 2, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const w = tokens[k].text;
    if (PERSON_TITLES.has(w.toLowerCase())) return true;
    if (!/^\p{Ll}/u.test(w)) return false;
  }
  return false;
}

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'mme', 'mme.']);

/** "Mr Gates" names Gates: an honorific the tagger took into a person's name is left out of it. */
export function dropHonorific(m: TypedMention, ctx: { text: string; tokens: Token[] }): void {
  if (m.type !== 'PERSON' || m.tokenEnd - m.tokenStart < 2) return;
  if (!HONORIFICS.has(ctx.tokens[m.tokenStart].text.toLowerCase())) return;
  m.tokenStart++;
  m.start = ctx.tokens[m.tokenStart].start;
  m.text = ctx.text.slice(m.start, m.end);
}
