// Recognising reporting verbs ("said", "told", "according to") in context.
import type { Document } from './document.js';
import { AUXILIARIES, NEEDS_PARTICLE, REPORTING_FORMS, STRONG_REPORTING } from './lexicon.js';

/** Base forms that are too often nouns ("the report", "a claim") to be cues without an auxiliary or a plural subject. */
const BASE_FORM_OK = new Set(['say', 'put', 'tell', 'add', 'write', 'ask', 'argue', 'claim', 'insist', 'warn', 'note', 'predict', 'suggest', 'explain', 'recall', 'admit', 'acknowledge', 'agree', 'tweet', 'contend', 'allege', 'maintain']);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

const NOUN_FORMS = new Set(['states', 'reports', 'notes', 'claims', 'comments', 'answers', 'posts', 'tweets', 'calls', 'charges', 'promises', 'reads', 'remarks', 'counters', 'points', 'estimates', 'forecasts', 'cries', 'demands', 'pledges', 'vows', 'fears', 'hopes', 'thinks', 'replies', 'responses', 'writes', 'states', 'statements', 'jokes', 'quips', 'laughs', 'sighs', 'chants', 'shouts', 'warnings', 'cautions', 'protests', 'boasts', 'brands', 'labels', 'cites', 'praises', 'blasts', 'slams', 'dubs']);

export interface Cue {
  /** Token range, inclusive ("said", "pointed out", "according to"). */
  first: number;
  last: number;
  lemma: string;
  /** "saying", "adding": a participle continuing the clause of another attribution. */
  participle: boolean;
  /** "according to X": the source follows, the content is the rest of the sentence. */
  according: boolean;
}

/** The cue at token i, if the word there reports speech in this context. */
export function cueAt(doc: Document, i: number, loose = false): Cue | undefined {
  const w = doc.lower[i];
  if (w === 'according' && doc.lower[i + 1] === 'to') return { first: i, last: i + 1, lemma: 'according', participle: false, according: true };
  const lemma = REPORTING_FORMS.get(w);
  if (!lemma || (!loose && !STRONG_REPORTING.has(lemma))) return undefined;
  // A capitalised cue inside a sentence is part of a name ("the United States", "Daily Reports").
  if (/^\p{Lu}/u.test(doc.tokens[i].text) && doc.sentenceOfToken[i - 1] === doc.sentenceOfToken[i]) return undefined;
  // Forms that are also plural nouns ("southern states", "news reports") need a clause marker after them.
  if (NOUN_FORMS.has(w) && !/^(that|:|,|\.|“|"|''|``|«)$/.test(doc.lower[i + 1] ?? '.')) return undefined;
  let last = i;
  const particle = NEEDS_PARTICLE[lemma];
  if (particle) {
    if (doc.lower[i + 1] !== particle) return undefined;
    last = i + 1;
  }
  const prev = doc.lower[i - 1] ?? '';
  if (w === lemma && !(lemma === 'say' && w === 'say')) {
    // Base form: needs an auxiliary ("will add") or a plural subject ("officials say").
    if (!BASE_FORM_OK.has(lemma)) return undefined;
    if (!(AUXILIARIES.has(prev) || SUBJECT_PRONOUNS.has(prev) || /[^s'’]s$/.test(prev) || prev === 'to')) return undefined;
  }
  const participle = w.endsWith('ing');
  // ", adding", "… trust,” adding" (the comma inside the quote), "is saying", "and asserting".
  const afterComma = prev === ',' || (/^(?:[”"’»]|'')$/.test(prev) && doc.text[doc.tokens[i - 1].start - 1] === ',');
  if (participle && !(afterComma || prev === 'is' || prev === 'was' || prev === 'are' || prev === 'were' || prev === 'been' || prev === 'and')) return undefined;
  return { first: i, last, lemma, participle, according: false };
}
