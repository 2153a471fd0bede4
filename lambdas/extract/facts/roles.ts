// Who holds which title where: "Russian Deputy Prime Minister Yury Borisov", "Tareck El Aissami,
// the Venezuelan vice-president for economic issues", "X, chief executive of Y", "the CDC's Dr. Michael Jhung".
import type { Entity, RoleFact } from '../types.js';
import type { Document, MentionRef } from './document.js';
import { TITLE_WORDS } from './lexicon.js';

/** Nouns that make a run of title words a title (modifiers like "deputy" or "foreign" alone do not). */
const CORE_TITLES = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'governor', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'executive', 'officer', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'leader', 'judge',
  'justice', 'attorney', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'dr.', 'dr', 'professor', 'prof.',
  'speaker', 'founder', 'co-founder', 'ceo', 'cfo', 'coo', 'cto', 'manager', 'economist', 'analyst', 'strategist',
  'adviser', 'advisor', 'aide', 'commissioner', 'premier', 'general', 'admiral', 'commander', 'captain', 'sheriff',
  'prosecutor', 'attorney-general', 'treasurer', 'editor', 'president-elect', 'vice-chairman', 'undersecretary',
  'whip', 'lawmaker', 'delegate', 'dean', 'provost', 'emir', 'sultan', 'sheikh', 'coach', 'chief', 'official',
  'mp', 'mep', 'councillor', 'councilman', 'councilwoman', 'researcher', 'scientist', 'epidemiologist', 'physician',
]);
/** Honorifics that are not job titles when alone. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'lady', 'lord', 'dame']);
/** A title token in lower case, with the full stop of "Dr." attached. */
const titleKey = (doc: Document, i: number) => (doc.lower[i] === '.' && i > 0 ? doc.lower[i - 1] + '.' : doc.lower[i]);
const COMPLEMENT = new Set(['of', 'for', 'at', 'to']);

const isTitleToken = (doc: Document, i: number) => {
  const w = doc.lower[i];
  if (w === '.' && i > 0 && doc.tokens[i - 1].end === doc.tokens[i].start && TITLE_WORDS.has(doc.lower[i - 1] + '.')) return true;
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, ''));
};
const hasCore = (doc: Document, first: number, last: number) => {
  for (let k = first; k <= last; k++) {
    const w = doc.lower[k] === '.' ? doc.lower[k - 1] + '.' : doc.lower[k];
    if (CORE_TITLES.has(w) || CORE_TITLES.has(w.replace(/\.$/, ''))) return true;
  }
  return false;
};

/** The entity an organization-like modifier stands for: a NORP's country, or the organization itself. */
function orgOf(m: MentionRef | undefined): string | undefined {
  if (!m) return undefined;
  if (m.entity.type === 'NORP') return m.entity.relatedTo;
  if (m.entity.type === 'ORGANIZATION' || m.entity.type === 'LOCATION') return m.entity.id;
  return undefined;
}

interface TitlePhrase {
  /** Token range of the title as written. */
  first: number;
  last: number;
  org?: string;
  /** One past the last token of the whole phrase. */
  end: number;
}

/**
 * "[the] [Venezuelan|CDC's] vice-president [for economic issues|of Acme]" from token k:
 * an optional determiner and modifier, a run of title words with a core title, and a complement.
 */
function titlePhrase(doc: Document, k: number, limit: number): TitlePhrase | undefined {
  if (/^(the|a|an)$/.test(doc.lower[k])) k++;
  let org: string | undefined;
  const modifier = doc.mentionOfToken(k);
  if (modifier && modifier.start === doc.tokens[k].start && modifier.entity.type !== 'PERSON') {
    org = orgOf(modifier);
    while (k < limit && doc.tokens[k].start < modifier.end) k++;
    if (/^['’]s$/.test(doc.lower[k] ?? '')) k++;
  }
  const first = k;
  while (k < limit && isTitleToken(doc, k)) k++;
  let last = k - 1;
  if (last < first || !hasCore(doc, first, last)) return undefined;
  if (k < limit && COMPLEMENT.has(doc.lower[k])) {
    let c = k + 1;
    if (doc.lower[c] === 'the') c++;
    const target = doc.mentionOfToken(c);
    if (target && target.entity.type !== 'PERSON' && target.start === doc.tokens[c].start) {
      org = orgOf(target) ?? org;
      while (c < limit && doc.tokens[c].start < target.end) c++;
      return { first, last, org, end: c };
    }
    // A lower-case complement belongs to the title: "vice-president for economic issues".
    let m = k + 1;
    while (m < limit && m - k <= 5 && /^\p{Ll}/u.test(doc.tokens[m].text) && !COMPLEMENT.has(doc.lower[m]) && doc.lower[m] !== 'and' && doc.lower[m] !== 'who') m++;
    if (m > k + 1 && (m === limit || /^[,.;:)]$/.test(doc.tokens[m].text))) { last = m - 1; k = m; }
  }
  return { first, last, org, end: k };
}

function titleText(doc: Document, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
}

const ORG_WORDS = /\b(inc|corp|co|ltd|llc|plc|party|ministry|bank|university|college|committee|council|news|group|company|association|foundation|agency|department|office|union|organization|organisation|institute|times|post|press|network|fund|alliance|court|senate|house|republic|kingdom|states|club|team|airlines?|motors|holdings|international|national|federal|government|commission|service|services|center|centre|school|church|army|force|forces)\b/i;

/** Two to four capitalised words with no organization word: "Tareck El Aissami". */
export function looksLikePersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || ORG_WORDS.test(name) || /[\d&+]/.test(name)) return false;
  return words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|der|al|bin|la|le|di|du)$/u.test(w)) && !words.every((w) => /^\p{Lu}+$/u.test(w));
}

/** Roles of every PERSON mention: titles in front, appositions after, and appositions before. */
export function extractRoles(doc: Document): RoleFact[] {
  const out: RoleFact[] = [];
  const seen = new Set<string>();
  // A title attached to a name says it is a person even when the tagger typed it otherwise.
  const persons = doc.mentions.filter((m) => m.entity.type === 'PERSON' || ((m.entity.type === 'ORGANIZATION' || m.entity.type === 'MISC') && looksLikePersonName(m.text)));
  for (const m of persons) {
    const a = doc.tokenAt(m.start);
    const b = doc.tokenAt(m.end - 1);
    const sentence = doc.sentenceOfToken[a];
    const s = doc.ctx.sentences[sentence];
    if (!s) continue;
    // The name itself must look like one: a tagger slip ("Secretary has said.") gets no role.
    if (!/^\p{Lu}/u.test(m.text) || /\s\p{Ll}+[.,]?$/u.test(m.text) || /[.,;:]$/.test(m.text)) continue;
    const add = (entity: Entity, first: number, last: number, org: string | undefined, spanStart: number, spanEnd: number, confidence: number) => {
      // Honorifics next to the name belong to the name ("NAO head Sir John Bourn" → "head").
      while (last > first && HONORIFICS.has(titleKey(doc, last))) last--;
      const onlyHonorific = first === last && (HONORIFICS.has(titleKey(doc, first)) || /^(dr|prof)\.?$/.test(titleKey(doc, first)));
      if (onlyHonorific && !org) return;
      const title = titleText(doc, first, last).replace(/\s+/g, ' ');
      const key = `${entity.id}|${title.toLowerCase()}|${org ?? ''}`;
      if (seen.has(key) || HONORIFICS.has(title.toLowerCase())) return;
      seen.add(key);
      out.push({ type: 'role', sentence, start: spanStart, end: spanEnd, confidence, person: entity.id, title, ...(org ? { org } : {}) });
    };
    // Title inside the mention when the tagger kept it ("Deputy Prime Minister Yury Borisov").
    let nameStart = a;
    while (nameStart < b && isTitleToken(doc, nameStart)) nameStart++;
    // Titles in front: "[Russian] Deputy Prime Minister Yury Borisov", "the CDC's Dr. Michael Jhung".
    let k = nameStart - 1;
    while (k >= s.tokenStart && isTitleToken(doc, k)) k--;
    const titleFirst = k + 1;
    const titleLast = nameStart - 1;
    if (titleLast >= titleFirst && hasCore(doc, titleFirst, titleLast)) {
      let org: string | undefined;
      let spanStart = doc.tokens[titleFirst].start;
      let p = k;
      if (p >= s.tokenStart && /^['’]s$/.test(doc.lower[p])) p--;
      const modifier = p >= s.tokenStart ? doc.mentionOfToken(p) : undefined;
      if (modifier && modifier.end <= doc.tokens[titleFirst].start && modifier.entity.type !== 'PERSON') {
        org = orgOf(modifier);
        spanStart = modifier.start;
      }
      add(m.entity, titleFirst, titleLast, org, spanStart, m.end, 0.8);
    }
    // Apposition after: "Tareck El Aissami, the Venezuelan vice-president for economic issues,".
    if (doc.tokens[b + 1]?.text === ',') {
      const phrase = titlePhrase(doc, b + 2, s.tokenEnd);
      if (phrase && (phrase.end >= s.tokenEnd || /^[,.;:)]$/.test(doc.tokens[phrase.end].text))) {
        add(m.entity, phrase.first, phrase.last, phrase.org, m.start, doc.tokens[phrase.end - 1].end, 0.75);
      }
    }
    // Apposition before: "the Venezuelan vice-president for economic issues, Tareck El Aissami".
    if (a - 1 > s.tokenStart && doc.tokens[a - 1].text === ',') {
      for (let d = a - 2; d >= s.tokenStart && a - d <= 12; d--) {
        if (!/^(the|a|an)$/.test(doc.lower[d])) continue;
        const phrase = titlePhrase(doc, d, a - 1);
        if (phrase && phrase.end === a - 1) add(m.entity, phrase.first, phrase.last, phrase.org, doc.tokens[d].start, m.end, 0.75);
        break;
      }
    }
  }
  return out;
}
