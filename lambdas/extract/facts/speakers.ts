// Finding the source of an attribution next to its reporting verb, and resolving it to an entity.
import type { Entity, SpeakerSpan } from '../types.js';
import { type Document, isCapitalized, isWord, type MentionRef } from './document.js';
import { genderOf, pronounGender, type Gender } from './gender.js';
import { describeSource } from './source-kinds.js';
import {
  AUXILIARIES, REPORTING_FORMS, CLAUSE_BREAKERS, DETERMINERS, DOCUMENT_NOUNS, GROUP_PRONOUNS, NAME_CONNECTORS, ORG_NOUNS,
  PRONOUNS, SPEAKER_NOUNS, TITLE_WORDS,
} from './lexicon.js';

export type SpeakerKind = 'name' | 'pronoun' | 'nominal';

export interface SpeakerCandidate {
  /** Token range, inclusive. */
  first: number;
  last: number;
  kind: SpeakerKind;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'st', 'jr', 'sr', 'prof', 'rev', 'capt', 'sgt', 'maj', 'u.s', 'u.n']);
const POSSESSIVE = /['’]s$/;
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['ally', 'family', 'italy', 'rally', 'daily', 'weekly', 'monthly', 'early', 'july', 'reply', 'supply', 'holly', 'kelly', 'sally', 'emily', 'billy', 'molly', 'wally', 'elderly', 'friendly', 'only']);
/** Words that end a clause fragment but never head a noun phrase. */
const NOT_HEADS = new Set(['almost', 'even', 'still', 'just', 'only', 'never', 'always', 'often', 'ever', 'once', 'again', 'too', 'very', 'much', 'soon', 'yet', 'however', 'perhaps', 'maybe', 'instead', 'rather', 'quite', 'nearly']);
const PREPOSITION_LIKE = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'to', 'from', 'by', 'during', 'after', 'before', 'about', 'who', 'which', 'that', 'when', 'while', 'as', 'and', 'or', 'but', 'not']);
/** Capitalised only because they open a sentence. */
const SENTENCE_OPENERS = new Set(['unless', 'until', 'whether', 'although', 'despite', 'like', 'unlike', 'among', 'about', 'against', 'between', 'into', 'through', 'without', 'within', 'while', 'once', 'indeed', 'still', 'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise', 'perhaps', 'maybe', 'certainly', 'clearly', 'obviously', 'finally', 'first', 'second', 'third', 'then', 'now', 'so', 'yes', 'no', 'oh', 'well', 'in', 'on', 'at', 'for', 'with', 'according', 'currently', 'meanwhile', 'however', 'yet', 'still', 'instead', 'asked', 'speaking', 'in', 'by', 'from', 'during', 'despite', 'to', 'of', 'over', 'under', 'there', 'here', 'what', 'how', 'why', 'some', 'many', 'most', 'all', 'both', 'every', 'each', 'no', 'not', 'even', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function isNameToken(doc: Document, i: number): boolean {
  const w = doc.tokens[i].text;
  if (isCapitalized(w)) {
    const l = doc.lower[i];
    return !PRONOUNS.has(l) && !DETERMINERS.has(l) && !CLAUSE_BREAKERS.has(l) && !AUXILIARIES.has(l) && !SENTENCE_OPENERS.has(l);
  }
  // "." closing an abbreviation inside a name: "Dr. Michael Jhung".
  if (w === '.' && i > 0 && ABBREVIATIONS.has(doc.lower[i - 1]) && doc.tokens[i - 1].end === doc.tokens[i].start) return true;
  if ((w === "'s" || w === '’s') && i > 0 && isCapitalized(doc.tokens[i - 1].text)) return true;
  return false;
}

/** A lower-case word that can be part of a speaker noun phrase ("Russian official", "convention committee"). */
function isNominalWord(doc: Document, i: number): boolean {
  const w = doc.lower[i];
  if (!isWord(doc.tokens[i].text) && !/^-/.test(w)) return false;
  if (DETERMINERS.has(w) || CLAUSE_BREAKERS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w)) return false;
  return true;
}

/** The noun phrase ending at token `end` (inclusive), scanning left no further than `floor`. */
function nounPhraseEndingAt(doc: Document, end: number, floor: number): SpeakerCandidate | undefined {
  if (end < floor) return undefined;
  const w = doc.lower[end];
  if (PRONOUNS.has(w)) return { first: end, last: end, kind: 'pronoun' };
  if (isNameToken(doc, end)) {
    let first = end;
    while (first - 1 >= floor) {
      const k = first - 1;
      if (isNameToken(doc, k)) { first = k; continue; }
      // "Bank of America", "Tareck El Aissami": a connector with a name on each side.
      if (NAME_CONNECTORS.has(doc.lower[k]) && k - 1 >= floor && isNameToken(doc, k - 1) && doc.lower[k] !== 'and') { first = k - 1; continue; }
      // Lower-case job words in front of a name: "spokeswoman Haley Morris", "delegate Beau Correll".
      if (TITLE_WORDS.has(doc.lower[k]) || SPEAKER_NOUNS.has(doc.lower[k])) { first = k; continue; }
      // "the CDC's Dr. Michael Jhung", "the Venezuelan vice-president": a determiner in front.
      if (doc.lower[k] === 'the' && first < end) { first = k; }
      break;
    }
    while (first < end && (NAME_CONNECTORS.has(doc.lower[first]) && doc.lower[first] !== 'the')) first++;
    if (doc.lower[first] === 'the' && first === end) return undefined;
    return { first, last: end, kind: 'name' };
  }
  if (!isNominalWord(doc, end) || !/\p{L}/u.test(w) || /ly$/.test(w) || NOT_HEADS.has(w) || PREPOSITION_LIKE.has(w)) return undefined;
  // A common noun phrase must start with a determiner or a possessive within a few words.
  for (let k = end - 1; k >= Math.max(floor, end - 6); k--) {
    const lk = doc.lower[k];
    if (DETERMINERS.has(lk) || POSSESSIVE.test(lk)) {
      // "a passion that almost suggested": a relative "that" opens no speaker.
      if (lk === 'that' || lk === 'this' || lk === 'one') return undefined;
      let first = k;
      // "the CDC's spokesman": extend over the possessor.
      if (POSSESSIVE.test(lk) && lk.length <= 3) {
        while (first - 1 >= floor && (isNameToken(doc, first - 1) || doc.lower[first - 1] === 'the')) first--;
      } else if (POSSESSIVE.test(lk)) {
        while (first - 1 >= floor && isNameToken(doc, first - 1)) first--;
        if (first - 1 >= floor && doc.lower[first - 1] === 'the') first--;
      }
      // A bare "’s" with no owner before it ("what’s today") is a contraction, not a possessive.
      if (POSSESSIVE.test(doc.lower[first]) && doc.lower[first].length <= 3) return undefined;
      return { first, last: end, kind: 'nominal' };
    }
    if (!isNominalWord(doc, k) && !isNameToken(doc, k)) break;
  }
  // Bare plural or job nouns: "Officials said", "analysts say".
  if (SPEAKER_NOUNS.has(w) && (end === floor || !isNominalWord(doc, end - 1))) return { first: end, last: end, kind: 'nominal' };
  return undefined;
}

/**
 * The speaker left of a reporting verb at token `cue`: skips auxiliaries and adverbs, and one
 * apposition ("Jeff Sessions, a close advisor to Trump, told"). `floor` bounds the search.
 */
export function speakerBefore(doc: Document, cue: number, floor: number): SpeakerCandidate | undefined {
  let i = cue - 1;
  // Auxiliaries and adverbs between speaker and verb: "has long said", "repeatedly claimed".
  while (i >= floor && (AUXILIARIES.has(doc.lower[i]) || (/^\p{Ll}+ly$/u.test(doc.tokens[i].text) && !NOT_ADVERBS.has(doc.lower[i])) || doc.lower[i] === 'long')) i--;
  if (i < floor) return undefined;
  if (doc.tokens[i].text === ',' && doc.tokens[i - 1]?.text === ')') i--;
  if (doc.tokens[i].text === ')') {
    let k = i - 1;
    while (k > floor && doc.tokens[k].text !== '(' && i - k < 12) k--;
    if (k >= floor && doc.tokens[k].text === '(') i = k - 1;
    if (i < floor) return undefined;
  }
  const direct = nounPhraseEndingAt(doc, i, floor);
  if (direct) {
    // Coordinated speakers: "he and Mr. Allen said", "Smith and Jones said".
    if (doc.lower[direct.first - 1] === 'and' && direct.first - 2 >= floor) {
      const other = nounPhraseEndingAt(doc, direct.first - 2, floor);
      if (other && other.kind !== 'nominal') return { first: other.first, last: direct.last, kind: direct.kind };
    }
    return direct;
  }
  if (doc.tokens[i].text === ',') {
    // Apposition: the name before the previous comma.
    for (let k = i - 1; k > floor && i - k <= 24; k--) {
      const t = doc.tokens[k].text;
      if (t === ',') {
        const np = nounPhraseEndingAt(doc, k - 1, floor);
        if (np && np.kind !== 'nominal') return np;
        return undefined;
      }
      if (/^(?:[.;:!?“”"]|``|'')$/.test(t)) return undefined;
    }
  }
  return undefined;
}

/**
 * The speaker right after token `before` ("said Borisov", "said former Florida governor Jeb
 * Bush", "the senator", "a spokesman"): a name run, possibly with job words between names, or
 * a nominal whose head is a speaker noun.
 */
export function speakerAfter(doc: Document, before: number, ceiling: number): SpeakerCandidate | undefined {
  const i = before + 1;
  if (i >= ceiling) return undefined;
  const w = doc.lower[i];
  if (PRONOUNS.has(w)) return w === 'it' || w === 'you' ? undefined : { first: i, last: i, kind: 'pronoun' };
  if (POSSESSIVE.test(w) && w.length <= 2 + 1) return undefined;
  let k = DETERMINERS.has(w) ? i + 1 : i;
  let lastName = -1;
  let lastNoun = -1;
  let lastWord = -1;
  for (; k < ceiling && k - i < 12; k++) {
    const lk = doc.lower[k];
    if (isNameToken(doc, k)) { lastName = k; lastWord = k; continue; }
    // A party and state tag after a name: "Rep. Earl Blumenauer (D-Ore.)".
    if (lk === '(' && lastName === k - 1) {
      let m = k + 1;
      while (m < ceiling && m - k < 8 && doc.tokens[m].text !== ')') m++;
      if (doc.tokens[m]?.text === ')') { k = m; lastName = m; lastWord = m; continue; }
    }
    if ((lk === "'s" || lk === '’s' || POSSESSIVE.test(lk)) && lastWord === k - 1) { lastWord = k; continue; }
    if (NAME_CONNECTORS.has(lk) && lk !== 'and' && lastName === k - 1 && k + 1 < ceiling && (isNameToken(doc, k + 1) || (lk === 'of' && doc.lower[k + 1] === 'the' && isNameToken(doc, k + 2)))) continue;
    if (lk === 'the' && k > i && NAME_CONNECTORS.has(doc.lower[k - 1])) continue;
    // After a name, a verb form ends the phrase ("Tom Jones thanked Acme"); job words do not ("Florida governor Jeb Bush").
    if (lastName >= i && /^\p{Ll}+(ed|ing)$/u.test(doc.tokens[k].text) && !TITLE_WORDS.has(lk)) break;
    if (isNominalWord(doc, k) && /^\p{Ll}/u.test(doc.tokens[k].text) && !REPORTING_FORMS.has(lk) && !PREPOSITION_LIKE.has(lk)) {
      lastWord = k;
      if (SPEAKER_NOUNS.has(lk) || TITLE_WORDS.has(lk)) lastNoun = k;
      continue;
    }
    break;
  }
  if (lastName >= i) return { first: i, last: lastNoun === lastWord ? lastNoun : lastName, kind: 'name' };
  if (lastNoun >= i) return { first: i, last: lastNoun, kind: 'nominal' };
  return undefined;
}

export interface ResolveState {
  /** Entity of the most recent resolved speaker and the sentence it spoke in. */
  lastSpeaker?: { entity: Entity; sentence: number };
  /** Role facts found so far: person entity id → org entity id, for "the Russian official". */
  roleOrgs: Map<string, string | undefined>;
  /** Gender of each person entity, once looked up. */
  genders: Map<string, Gender>;
}

const PERSONAL = (m: MentionRef) => m.entity.type === 'PERSON';
const GROUP = (m: MentionRef) => m.entity.type === 'ORGANIZATION';

/** Builds the speaker span and resolves it: names by their mention, pronouns and nominals by context. */
export function resolveSpeaker(doc: Document, c: SpeakerCandidate, sentence: number, state: ResolveState): SpeakerSpan {
  const span = doc.tokenSpan(c.first, c.last);
  const resolved = resolveEntity(doc, c, span.start, span.end, sentence, state);
  const source = describeSource(doc, c, resolved);
  // An unnamed source is no one in particular: better no entity than the last person mentioned.
  const entity = source.anonymous ? undefined : resolved;
  if (entity && (entity.type === 'PERSON' || entity.type === 'ORGANIZATION')) state.lastSpeaker = { entity, sentence };
  return { ...span, ...(entity ? { entityId: entity.id } : {}), ...source };
}

function resolveEntity(doc: Document, c: SpeakerCandidate, start: number, end: number, sentence: number, state: ResolveState): Entity | undefined {
  if (c.kind === 'name') {
    const inside = doc.entitiesIn(start, end);
    const pick = inside.find(PERSONAL) ?? inside.find(GROUP) ?? inside.find((m) => m.entity.type !== 'NORP' && m.entity.type !== 'LOCATION') ?? inside[0];
    return pick?.entity;
  }
  const head = doc.lower[c.last];
  const recentSpeaker = state.lastSpeaker && sentence - state.lastSpeaker.sentence <= 3 ? state.lastSpeaker.entity : undefined;
  if (c.kind === 'pronoun') {
    if (GROUP_PRONOUNS.has(head)) {
      if (recentSpeaker?.type === 'ORGANIZATION') return recentSpeaker;
      return doc.lastMentionBefore(start, GROUP)?.entity;
    }
    if (head === 'we') return recentSpeaker;
    // "she" skips the men, "he" the women; unknown gender fits both.
    const wanted = pronounGender(head);
    const fits = (e: Entity) => !wanted || !genderOf(doc, e, state.genders) || genderOf(doc, e, state.genders) === wanted;
    const known = (e: Entity) => !!wanted && genderOf(doc, e, state.genders) === wanted;
    if (recentSpeaker?.type === 'PERSON' && (known(recentSpeaker) || (fits(recentSpeaker) && !wanted))) return recentSpeaker;
    // A person known to match beats a closer one of unknown gender.
    const matching = wanted ? doc.lastMentionBefore(start, (m) => PERSONAL(m) && known(m.entity), 1500) : undefined;
    if (matching) return matching.entity;
    if (recentSpeaker?.type === 'PERSON' && fits(recentSpeaker)) return recentSpeaker;
    return doc.lastMentionBefore(start, (m) => PERSONAL(m) && fits(m.entity))?.entity;
  }
  // A document speaks for whoever is named in it ("the Kremlin's statement"), else for no one.
  if (DOCUMENT_NOUNS.has(head)) return doc.entitiesIn(start, end).find((m) => PERSONAL(m) || GROUP(m))?.entity;
  if (ORG_NOUNS.has(head)) {
    if (recentSpeaker?.type === 'ORGANIZATION') return recentSpeaker;
    return doc.lastMentionBefore(start, GROUP)?.entity;
  }
  // "The Russian official": prefer the person whose known role ties them to Russia.
  const norp = doc.entitiesIn(start, end).find((m) => m.entity.type === 'NORP');
  if (norp) {
    const target = norp.entity.relatedTo;
    const match = doc.lastMentionBefore(start, (m) => PERSONAL(m) && target !== undefined && state.roleOrgs.get(m.entity.id) === target, 5000);
    if (match) return match.entity;
  }
  if (recentSpeaker?.type === 'PERSON') return recentSpeaker;
  return doc.lastMentionBefore(start, PERSONAL)?.entity;
}
