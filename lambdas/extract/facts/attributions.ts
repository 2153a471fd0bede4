// Attributions next to a quotation or clause: the cue, the speaker before or after it, and the
// checks that tell an attribution from the start of a new reported clause.
import type { Span } from '../types.js';
import { cueAt, type Cue } from './cues.js';
import type { Document } from './document.js';
import { AUXILIARIES as AUXILIARY_WORDS } from './lexicon.js';
import { speakerAfter, speakerBefore, type SpeakerCandidate } from './speakers.js';

/** An attribution before its speaker is resolved to an entity. */
export interface RawQuote {
  speaker: SpeakerCandidate;
  cue?: Cue;
  content: Span;
  direct: boolean;
  confidence: number;
}

/** Reporting verbs whose reported clause may follow without "that" ("said he would go"). */
export const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'argue', 'insist', 'claim', 'warn', 'suggest', 'recall', 'contend', 'assert', 'allege', 'predict', 'complain', 'concede', 'believe', 'think', 'write', 'ask', 'acknowledge', 'admit', 'note', 'explain', 'stress', 'emphasize', 'emphasise', 'reply', 'respond', 'continue', 'conclude', 'testify', 'vow', 'promise', 'boast', 'joke', 'quip', 'observe', 'remark', 'muse', 'according']);
export const TELL_LIKE = new Set(['tell', 'ask', 'inform', 'warn', 'urge', 'remind']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'about', 'of', 'for', 'from', 'by', 'via', 'through', 'over', 'under', 'outside', 'inside', 'since', 'late', 'early', 'last', 'this']);
export const CLOSERS = /^[.!?;]$/;

/** A clause opening with these is an adverbial ("After the vote, X said …"), not what was said. */
export const ADVERBIAL_OPENERS = /^(in|on|at|after|before|when|while|as|since|although|though|if|because|despite|during|for|with|without|asked|speaking|following|addressing|responding|like|unlike|earlier|later|separately|meanwhile|instead|still|yet|but|and|so|then|now|today|yesterday|also|however|by|from|to|of|under|over|through|throughout|once|whether|amid|among|against|toward|towards|upon|within)\b[^,]*$/i;
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow', 'recently', 'earlier', 'later', 'afterward', 'afterwards', 'then', 'again', 'once', 'previously', 'last', 'this', 'late', 'early', 'when', 'as', 'while', 'after', 'before', 'because', 'although', 'though', 'but', 'and', 'adding', 'referring', 'citing', 'noting', 'explaining', 'according']);

/**
 * After "X said" (at token k), what follows must close the attribution (end of sentence, a comma,
 * a time or place adjunct, the listener of "told"), not open a new reported clause.
 */
export function closesAttribution(doc: Document, k: number, cue: Cue, clauseMayFollow = false): boolean {
  const t = doc.tokens[k];
  if (!t) return true;
  if (/^[.,;!?:)—–-]$/.test(t.text) || /^[”’»]/.test(t.text)) return true;
  // A straight quote closes the attribution only if it is not opening a new quotation.
  if (t.text === '"' || t.text === "''") return !/[\p{L}\p{N}]/u.test(doc.text[t.end] ?? '');
  const w = doc.lower[k];
  if ((PREPOSITIONS.has(w) || TIME_WORDS.has(w)) && !clauseMayFollow) return true;
  if (PREPOSITIONS.has(w) || TIME_WORDS.has(w)) {
    // "said on Wednesday." closes; "said Thursday that …" and "said in a statement: “…”" do not.
    for (let m = k; m < k + 10 && doc.tokens[m]; m++) {
      const t = doc.tokens[m].text;
      if (/^[.;!?]$/.test(t)) return true;
      if (doc.lower[m] === 'that' || t === ':' || (/^(?:[“"«]|``|'')$/.test(t) && /[\p{L}\p{N}]/u.test(doc.text[doc.tokens[m].end] ?? ''))) return false;
    }
    return true;
  }
  if (TELL_LIKE.has(cue.lemma)) {
    // "told reporters.", "told CNN on Sunday": a short listener, then the end.
    for (let m = k; m < k + 9 && doc.tokens[m]; m++) {
      if (/^[.,;!?]$/.test(doc.tokens[m].text) || PREPOSITIONS.has(doc.lower[m])) return true;
      if (doc.lower[m] === 'that') return false;
    }
  }
  return false;
}

/** An attribution found next to a quotation or clause: the speaker and the cue. */
export interface Attribution {
  speaker: SpeakerCandidate;
  cue: Cue;
}

export function sentenceTokens(doc: Document, tokenIndex: number): { first: number; end: number } {
  const s = doc.ctx.sentences[doc.sentenceOfToken[Math.min(tokenIndex, doc.tokens.length - 1)]];
  return s ? { first: s.tokenStart, end: s.tokenEnd } : { first: 0, end: doc.tokens.length };
}

/** "X said" / "said X" / "X, a spokesman, said" starting at token k, within [k, ceiling). */
export function attributionAfter(doc: Document, k: number, ceiling: number): Attribution | undefined {
  if (k >= ceiling) return undefined;
  // Right after a closing quote any reporting verb will do: the construction itself is the evidence.
  const cue = cueAt(doc, k, true);
  if (cue) {
    const speaker = speakerAfter(doc, cue.last, ceiling);
    if (!speaker) return undefined;
    // "said a source involved in …", "said Rudy Giuliani, who …": an inverted speaker may carry
    // modifiers; only a new clause or quotation ("said X that …", "said X: “…”") rules it out.
    const next = doc.tokens[speaker.last + 1];
    const opensClause = next !== undefined && (doc.lower[speaker.last + 1] === 'that' || next.text === ':' || /^(?:[“"«]|``|'')$/.test(next.text));
    return opensClause ? undefined : { speaker, cue };
  }
  // Speaker first: find the noun phrase, then the cue right after it (auxiliaries and an apposition allowed).
  const np = speakerAfter(doc, k - 1, ceiling);
  if (!np) return undefined;
  let j = np.last + 1;
  if (doc.tokens[j]?.text === ',') {
    // Apposition: ", the convention chair," between speaker and cue.
    let m = j + 1;
    const abbreviationDot = (x: number) => doc.tokens[x].text === '.' && doc.tokens[x - 1].end === doc.tokens[x].start && doc.tokens[x - 1].text.length <= 5;
    // Up to a few commas: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said".
    let lastComma = -1;
    while (m < ceiling && m - j < 24 && (!CLOSERS.test(doc.tokens[m].text) || abbreviationDot(m)) && !/^(?:[“”"]|``|'')$/.test(doc.tokens[m].text)) {
      if (doc.tokens[m].text === ',') {
        lastComma = m;
        if (cueAt(doc, m + 1, true)) break;
      }
      m++;
    }
    if (lastComma > 0) j = lastComma + 1;
  }
  for (let hops = 0; j < ceiling && hops < 3; j++, hops++) {
    // Right after “…,” NAME any past-tense verb attributes: "Trump barked", "she quipped".
    const c = cueAt(doc, j, true) ?? (/^\p{Ll}+ed$/u.test(doc.tokens[j].text) ? { first: j, last: j, lemma: doc.lower[j], participle: false, according: false } : undefined);
    if (c && !c.according) return closesAttribution(doc, c.last + 1, c) ? { speaker: np, cue: c } : undefined;
    if (!/^(also|later|then|has|had|have|will|would|did|once|again|previously|recently|further|earlier|had|just)$/.test(doc.lower[j])) break;
  }
  return undefined;
}

/**
 * "“…” ― Adriana Rodarte" at the end of a line: a dash and a name closing the line attribute the
 * quotation before them (testimonials, epigraphs, readers' responses). `dash` is the token after the quote.
 */
export function dashAttribution(doc: Document, dash: number): Attribution | undefined {
  const t = doc.tokens[dash];
  if (!t || !/^(?:[―—–]|--)$/.test(t.text)) return undefined;
  const lineEnd = doc.text.indexOf('\n', t.end);
  const ceiling = doc.tokenAt(lineEnd < 0 ? doc.text.length : lineEnd);
  if (doc.text.slice(doc.tokens[dash - 1].end, t.start).includes('\n')) return undefined;
  const speaker = speakerAfter(doc, dash, ceiling);
  if (speaker?.kind !== 'name' || speaker.last + 1 !== ceiling) return undefined;
  return { speaker, cue: { first: dash, last: dash, lemma: t.text, participle: false, according: false } };
}

/** "X said:" / "X told CNN," / "according to X," ending right before token `end`, not before `floor`. */
export function attributionBefore(doc: Document, end: number, floor: number, completesSentence = false): Attribution | undefined {
  let k = end - 1;
  const lead = doc.tokens[k]?.text;
  const punctuated = lead === ':' || lead === ',';
  if (punctuated) k--;
  if (doc.lower[k] === 'that') k--;
  const colon = lead === ':' ? end - 1 : -1;
  for (let hops = 0; k >= floor && hops < (punctuated ? 14 : 1); k--, hops++) {
    const t = doc.tokens[k].text;
    if (/^(?:[.!?;“”"«»]|``|'')$/.test(t)) break;
    let cue = cueAt(doc, k);
    if (!cue && doc.lower[k] === 'to' && doc.lower[k - 1] === 'according') cue = cueAt(doc, k - 1);
    if (!cue) continue;
    if (cue.according) {
      const speaker = speakerAfter(doc, cue.last, end);
      if (speaker) return { speaker, cue };
      continue;
    }
    // After "told" comes the listener ("telling Reuters, “…”"), never the speaker.
    const listenerFollows = TELL_LIKE.has(cue.lemma);
    const speaker = speakerBefore(doc, cue.first, floor)
      ?? (listenerFollows ? undefined : speakerAfter(doc, cue.last, end))
      ?? (cue.participle || listenerFollows ? mainSpeaker(doc, cue.first) : undefined);
    if (speaker) return { speaker, cue };
  }
  if (colon >= 0) return colonIntroduction(doc, colon, floor);
  // "Sanders shot back, “…”": a comma introduction when the quotation completes the sentence.
  if (lead === ',' && completesSentence) return colonIntroduction(doc, end - 1, floor);
  return undefined;
}

/** The speaker of the main clause that a participle cue continues ("Borisov said, adding that …"). */
export function mainSpeaker(doc: Document, participle: number): SpeakerCandidate | undefined {
  const s = sentenceTokens(doc, participle);
  for (let k = participle - 1; k >= s.first && participle - k < 20; k--) {
    const cue = cueAt(doc, k);
    if (!cue || cue.according || cue.participle) continue;
    return speakerBefore(doc, cue.first, s.first) ?? speakerAfter(doc, cue.last, participle);
  }
  return sentenceSubject(doc, s.first, participle);
}

/** The name or pronoun opening a sentence, when a verb follows it: the subject. */
export function sentenceSubject(doc: Document, first: number, ceiling: number): SpeakerCandidate | undefined {
  // Skip a fronted adverbial: "In an incendiary press conference, Trump …".
  if (!speakerAfter(doc, first - 1, ceiling) || /^(in|on|at|after|before|during|later|earlier|still|but|and|however|meanwhile|also|then)$/.test(doc.lower[first])) {
    for (let k = first; k < ceiling && k - first < 12; k++) {
      if (doc.tokens[k].text === ',') { first = k + 1; break; }
      if (doc.lower[k] === 'but' || doc.lower[k] === 'and' || doc.lower[k] === 'still') { first = k + 1; break; }
    }
  }
  const np = speakerAfter(doc, first - 1, ceiling);
  if (!np || np.kind === 'nominal' && !/^(the|a|an)$/.test(doc.lower[np.first])) return np && np.kind !== 'nominal' ? np : undefined;
  const next = doc.tokens[np.last + 1];
  return next && /^\p{Ll}/u.test(next.text) ? np : undefined;
}

/** "Cruz called them on it:" before a quotation: the subject speaks, whatever the verb. */
export function colonIntroduction(doc: Document, mark: number, floor: number): Attribution | undefined {
  const s = sentenceTokens(doc, mark);
  const colon = doc.tokens[mark].text === ':';
  let first = Math.max(s.first, floor);
  // After a comma the introduction is the clause itself ("Sanders shot back, “…”"); after a colon, its last dozen words.
  for (let k = mark - 1; k >= first; k--) {
    if (doc.tokens[k].text === ',' || doc.tokens[k].text === ';' || /^(?:[“”"]|``|'')$/.test(doc.tokens[k].text)) { first = k + 1; break; }
  }
  if (mark - first > (colon ? 25 : 8)) return undefined;
  const candidates = colon ? Math.min(mark - first, 12) : 1;
  for (let c = 0; c < candidates; c++) {
    const at = colon ? Math.max(first, mark - 12) + c : first;
    const speaker = at === first ? sentenceSubject(doc, first, mark) : speakerAfter(doc, at - 1, mark);
    if (!speaker || speaker.kind === 'nominal' && !/^(the|a|an)$/.test(doc.lower[speaker.first])) continue;
    if (at > first && (isLowerWord(doc, at - 1) && !/^(and|but|as|when|while|then)$/.test(doc.lower[at - 1]))) continue;
    let v = speaker.last + 1;
    while (v < mark && AUXILIARY_WORDS.has(doc.lower[v])) v++;
    if (v >= mark || !/^\p{Ll}/u.test(doc.tokens[v].text)) continue;
    return { speaker, cue: { first: v, last: v, lemma: doc.lower[v], participle: false, according: false } };
  }
  return undefined;
}

const isLowerWord = (doc: Document, i: number) => /^\p{Ll}/u.test(doc.tokens[i].text);

/** Trims spaces and closing punctuation from a content span. */
export function trimContent(doc: Document, start: number, end: number): Span | undefined {
  const text = doc.text;
  while (start < end && /\s/.test(text[start])) start++;
  // A dateline opening the story is not part of what was said: "CARACAS (Sputnik) - ".
  const dateline = /^\p{Lu}[\p{Lu} .,'-]+(?:\([^)\n]{0,120}\))?\s*[—–-]*\s*/u.exec(text.slice(start, Math.min(end, start + 200)));
  if (dateline && /\p{Lu}{3}/u.test(dateline[0]) && !/\p{Ll}/u.test(dateline[0].replace(/\([^)]*\)/, ''))) start += dateline[0].length;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return end - start >= 8 ? doc.span(start, end) : undefined;
}
