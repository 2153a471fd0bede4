// Who said what: direct quotations with their attribution, continuations of a quote after its
// attribution, and reported speech ("X said that …", "…, X said.", "according to X, …").
import type { QuoteFact, Span } from '../types.js';
import { cueAt, type Cue } from './cues.js';
import { AUXILIARIES as AUXILIARY_WORDS, CLAUSE_BREAKERS as CLAUSE_WORDS, SPEAKER_NOUNS, STRONG_REPORTING } from './lexicon.js';
import { Document } from './document.js';
import { findQuotations, quotationMask, quotedShare, type Quotation } from './quotations.js';
import { resolveSpeaker, speakerAfter, speakerBefore, type ResolveState, type SpeakerCandidate } from './speakers.js';

/** An attribution before its speaker is resolved to an entity. */
interface RawQuote {
  speaker: SpeakerCandidate;
  cue?: Cue;
  content: Span;
  direct: boolean;
  confidence: number;
}

/** Reporting verbs whose reported clause may follow without "that" ("said he would go"). */
const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'argue', 'insist', 'claim', 'warn', 'suggest', 'recall', 'contend', 'assert', 'allege', 'predict', 'complain', 'concede', 'believe', 'think', 'write', 'ask', 'acknowledge', 'admit', 'note', 'explain', 'stress', 'emphasize', 'emphasise', 'reply', 'respond', 'continue', 'conclude', 'testify', 'vow', 'promise', 'boast', 'joke', 'quip', 'observe', 'remark', 'muse', 'according']);
const TELL_LIKE = new Set(['tell', 'ask', 'inform', 'warn', 'urge', 'remind']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'about', 'of', 'for', 'from', 'by', 'via', 'through', 'over', 'under', 'outside', 'inside', 'since', 'late', 'early', 'last', 'this']);
const CLOSERS = /^[.!?;]$/;

/** A clause opening with these is an adverbial ("After the vote, X said …"), not what was said. */
const ADVERBIAL_OPENERS = /^(in|on|at|after|before|when|while|as|since|although|though|if|because|despite|during|for|with|without|asked|speaking|following|addressing|responding|like|unlike|earlier|later|separately|meanwhile|instead|still|yet|but|and|so|then|now|today|yesterday|also|however|by|from|to|of|under|over|through|throughout|once|whether|amid|among|against|toward|towards|upon|within)\b[^,]*$/i;
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow', 'recently', 'earlier', 'later', 'afterward', 'afterwards', 'then', 'again', 'once', 'previously', 'last', 'this', 'late', 'early', 'when', 'as', 'while', 'after', 'before', 'because', 'although', 'though', 'but', 'and', 'adding', 'referring', 'citing', 'noting', 'explaining', 'according']);

/**
 * After "X said" (at token k), what follows must close the attribution (end of sentence, a comma,
 * a time or place adjunct, the listener of "told"), not open a new reported clause.
 */
function closesAttribution(doc: Document, k: number, cue: Cue, clauseMayFollow = false): boolean {
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
interface Attribution {
  speaker: SpeakerCandidate;
  cue: Cue;
}

function sentenceTokens(doc: Document, tokenIndex: number): { first: number; end: number } {
  const s = doc.ctx.sentences[doc.sentenceOfToken[Math.min(tokenIndex, doc.tokens.length - 1)]];
  return s ? { first: s.tokenStart, end: s.tokenEnd } : { first: 0, end: doc.tokens.length };
}

/** "X said" / "said X" / "X, a spokesman, said" starting at token k, within [k, ceiling). */
function attributionAfter(doc: Document, k: number, ceiling: number): Attribution | undefined {
  if (k >= ceiling) return undefined;
  // Right after a closing quote any reporting verb will do: the construction itself is the evidence.
  const cue = cueAt(doc, k, true);
  if (cue) {
    const speaker = speakerAfter(doc, cue.last, ceiling);
    return speaker && closesAttribution(doc, speaker.last + 1, cue) ? { speaker, cue } : undefined;
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

/** "X said:" / "X told CNN," / "according to X," ending right before token `end`, not before `floor`. */
function attributionBefore(doc: Document, end: number, floor: number, completesSentence = false): Attribution | undefined {
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
    const speaker = speakerBefore(doc, cue.first, floor) ?? speakerAfter(doc, cue.last, end) ?? (cue.participle ? mainSpeaker(doc, cue.first) : undefined);
    if (speaker) return { speaker, cue };
  }
  if (colon >= 0) return colonIntroduction(doc, colon, floor);
  // "Sanders shot back, “…”": a comma introduction when the quotation completes the sentence.
  if (lead === ',' && completesSentence) return colonIntroduction(doc, end - 1, floor);
  return undefined;
}

/** The speaker of the main clause that a participle cue continues ("Borisov said, adding that …"). */
function mainSpeaker(doc: Document, participle: number): SpeakerCandidate | undefined {
  const s = sentenceTokens(doc, participle);
  for (let k = participle - 1; k >= s.first && participle - k < 20; k--) {
    const cue = cueAt(doc, k);
    if (!cue || cue.according || cue.participle) continue;
    return speakerBefore(doc, cue.first, s.first) ?? speakerAfter(doc, cue.last, participle);
  }
  return sentenceSubject(doc, s.first, participle);
}

/** The name or pronoun opening a sentence, when a verb follows it: the subject. */
function sentenceSubject(doc: Document, first: number, ceiling: number): SpeakerCandidate | undefined {
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
function colonIntroduction(doc: Document, mark: number, floor: number): Attribution | undefined {
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
function trimContent(doc: Document, start: number, end: number): Span | undefined {
  const text = doc.text;
  while (start < end && /\s/.test(text[start])) start++;
  // A dateline opening the story is not part of what was said: "CARACAS (Sputnik) - ".
  const dateline = /^\p{Lu}[\p{Lu} .,'-]+(?:\([^)\n]{0,120}\))?\s*[—–-]*\s*/u.exec(text.slice(start, Math.min(end, start + 200)));
  if (dateline && /\p{Lu}{3}/u.test(dateline[0]) && !/\p{Ll}/u.test(dateline[0].replace(/\([^)]*\)/, ''))) start += dateline[0].length;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return end - start >= 8 ? doc.span(start, end) : undefined;
}

export function extractQuotes(doc: Document, state: ResolveState): QuoteFact[] {
  const quotations = findQuotations(doc.text);
  const mask = quotationMask(doc.text.length, quotations);
  // Where the quotation around each offset closes, so content cut by a sentence break inside a quote can run to its end.
  const closeOf = new Int32Array(doc.text.length);
  for (const q of quotations) closeOf.fill(q.close, q.open, q.close);
  const raws: RawQuote[] = [];
  const unattributed: Quotation[] = [];
  let previousCloseToken = -1;
  let attributedCloseToken = -1;

  // Pass 1: quotations with an attribution next to them.
  for (let qi = 0; qi < quotations.length; qi++) {
    const q = quotations[qi];
    const ot = doc.tokenAt(q.open);
    const ct = doc.tokenAt(q.close - 1);
    let contentEnd = q.contentEnd;
    while (contentEnd > q.contentStart && /[\s,]/.test(doc.text[contentEnd - 1])) contentEnd--;
    const content = doc.span(q.contentStart, contentEnd);
    const floor = Math.max(sentenceTokens(doc, ot).first, previousCloseToken + 1);
    const mixedFloor = Math.max(sentenceTokens(doc, ot).first, attributedCloseToken + 1);
    const previousClose = previousCloseToken;
    previousCloseToken = ct;
    if (content.text.trim().length === 0) continue;
    const after = sentenceTokens(doc, ct + 1);
    const ceiling = Math.min(after.end, doc.tokenAt(quotations[qi + 1]?.open ?? Infinity));
    let attribution: Attribution | undefined;
    let k = ct + 1;
    if (doc.tokens[k] && /^[,—–-]$/.test(doc.tokens[k].text)) k++;
    // The attribution after a quote sits in the same paragraph.
    const sameParagraph = (m: number) => doc.tokens[m] !== undefined && !doc.text.slice(q.close, doc.tokens[m].start).includes('\n');
    let trailing = false;
    // "Mr Brown said: “…”" is settled before looking at what follows the quote.
    if (/:\s*$/.test(doc.text.slice(Math.max(0, q.open - 3), q.open))) attribution = attributionBefore(doc, ot, floor, true);
    if (!attribution && sameParagraph(k)) { attribution = attributionAfter(doc, k, ceiling); trailing = !!attribution; }
    if (!attribution) {
      const completes = /[.!?]\s*$/.test(content.text) || CLOSERS.test(doc.tokens[ct + 1]?.text ?? '.') || doc.tokens[ct + 1] === undefined || doc.sentenceOfToken[ct + 1] !== doc.sentenceOfToken[ct];
      attribution = attributionBefore(doc, ot, floor, completes);
      // "said “…” every time…": a quote that does not finish its clause is part of reported speech.
      const punctuatedBefore = /[:,]\s*$/.test(doc.text.slice(Math.max(0, q.open - 3), q.open));
      if (attribution && !punctuatedBefore && !/[.!?]\s*$/.test(content.text) && !CLOSERS.test(doc.tokens[ct + 1]?.text ?? '.')) attribution = undefined;
    }
    if (!attribution) {
      // A trailing attribution after a short aside: "“…” at the convention, he said."
      for (let m = ct + 1; m < ceiling && m - ct < 12; m++) {
        if (CLOSERS.test(doc.tokens[m].text) || !sameParagraph(m)) break;
        if (doc.tokens[m].text === ',') { attribution = attributionAfter(doc, m + 1, ceiling); trailing = !!attribution; break; }
      }
    }
    if (!attribution && /:\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open))) {
      // The attribution ends the previous sentence or paragraph with a colon.
      const prev = sentenceTokens(doc, Math.max(0, ot - 1));
      attribution = attributionBefore(doc, ot, Math.max(prev.first, previousClose + 1));
    }
    if (!attribution) { unattributed.push(q); continue; }
    attributedCloseToken = ct;
    const words = content.text.trim().split(/\s+/).length;
    if (trailing && ot > mixedFloor && doc.tokens.slice(mixedFloor, ot).some((t) => /\p{L}/u.test(t.text))) {
      // "Clinton would have to “go more to center,” Cuban said": the claim starts before the quote.
      const from = Math.max(0, q.open - 2000);
      const paragraphStart = from + doc.text.slice(from, q.open).lastIndexOf('\n') + 1;
      const mixed = trimContent(doc, Math.max(doc.tokens[mixedFloor].start, paragraphStart), q.close);
      if (mixed) {
        raws.push({ speaker: attribution.speaker, cue: attribution.cue, content: mixed, direct: quotedShare(doc.text, mask, mixed.start, mixed.end) >= 0.5, confidence: 0.75 });
        continue;
      }
    }
    raws.push({ speaker: attribution.speaker, cue: attribution.cue, content, direct: true, confidence: words >= 4 ? 0.9 : 0.6 });
  }

  // Pass 2: reported speech in sentences the quotations did not already explain.
  // Sentences a quotation explains are done, except for a clause after its attribution
  // ("…,” Stevens says, but she cautions that …").
  const takenUntil = new Float64Array(doc.ctx.sentences.length).fill(-1);
  for (const r of raws) {
    const from = doc.sentenceAt(Math.min(r.content.start - 1, doc.tokens[r.speaker.first].start));
    const end = Math.max(r.content.end, doc.tokens[r.speaker.last].end, r.cue ? doc.tokens[r.cue.last].end : 0);
    const to = doc.sentenceAt(end - 1);
    for (let k = from; k <= to; k++) takenUntil[k] = Math.max(takenUntil[k], k === to ? end : Infinity);
  }
  doc.ctx.sentences.forEach((sentence, index) => {
    let first = sentence.tokenStart;
    if (takenUntil[index] >= 0) {
      if (takenUntil[index] >= sentence.end) return;
      first = doc.tokenAt(takenUntil[index]);
      while (first < sentence.tokenEnd && /^[,;:—–-]$|^but$|^and$/i.test(doc.tokens[first].text)) first++;
      if (sentence.tokenEnd - first < 5) return;
    }
    for (const [a, b] of subSentences(doc, first, sentence.tokenEnd, mask)) {
      // Real sentences are far shorter; a run-on token stream is not read for reported speech.
      if (b - a > MAX_SENTENCE_TOKENS) continue;
      for (const r of reportedSpeech(doc, a, b, mask, closeOf)) raws.push(r);
    }
  });

  // Pass 3: a quotation standing alone right after an attribution continues it ("“…,” he said. “…”").
  raws.sort((a, b) => a.content.start - b.content.start);
  for (const q of unattributed) {
    const ot = doc.tokenAt(q.open);
    const s = sentenceTokens(doc, ot);
    const atSentenceStart = ot === s.first || /(?:\n|[.!?](?:["”’]|'')?)\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open));
    if (!atSentenceStart) continue;
    const previous = lastBefore(raws, q.open);
    if (!previous) continue;
    const gapSentences = doc.sentenceAt(q.open) - doc.sentenceAt(previous.content.end);
    const between = doc.text.slice(previous.content.end, q.open);
    if (gapSentences > 2 || between.length > 400 || /\n[^\n]*[a-z][^\n]*\n/.test(between.replace(/“[^”]*”|"[^"]*"|''.*?''/g, ''))) continue;
    const content = doc.span(q.contentStart, q.contentEnd);
    if (content.text.trim().split(/\s+/).length < 3) continue;
    raws.splice(firstFrom(raws, content.start), 0, { speaker: previous.speaker, cue: previous.cue, content, direct: true, confidence: 0.75 });
  }

  // Resolve speakers in text order so that pronouns see the speakers before them.
  const facts: QuoteFact[] = [];
  for (const r of raws) {
    const sentence = doc.sentenceAt(Math.min(r.content.start, doc.tokens[r.speaker.first].start));
    const speaker = resolveSpeaker(doc, r.speaker, sentence, state);
    const cue = r.cue ? doc.tokenSpan(r.cue.first, r.cue.last) : undefined;
    const start = Math.min(r.content.start, speaker.start, cue?.start ?? Infinity);
    const end = Math.max(r.content.end, speaker.end, cue?.end ?? 0);
    const confidence = speaker.entityId ? r.confidence : r.confidence * 0.85;
    facts.push({
      type: 'quote', sentence: doc.sentenceAt(start), start, end, confidence: Math.round(confidence * 100) / 100,
      speaker, ...(cue ? { cue } : {}), content: r.content, direct: r.direct,
    });
  }
  return facts;
}

/**
 * Token ranges of the plain sentences inside [first, end): a full stop, question or exclamation
 * mark outside quotation marks, followed by a capital, or a line break, ends one. Guards against
 * upstream sentences that run two together.
 */
function subSentences(doc: Document, first: number, end: number, mask: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  for (let k = first; k < end - 1; k++) {
    const t = doc.tokens[k];
    const next = doc.tokens[k + 1];
    const lineBreak = doc.text.slice(t.end, next.start).includes('\n');
    let stop = lineBreak;
    if (!stop && /^[.!?]$/.test(t.text) && !mask[t.start] && /^\p{Lu}/u.test(next.text) && doc.tokens[k - 1]?.text.length > 2) stop = true;
    if (!stop && /^(?:[”"’»]|'')$/.test(t.text) && /[.!?]$/.test(doc.text.slice(t.start - 1, t.start)) && /^\p{Lu}/u.test(next.text) && !doc.text.slice(t.end, next.start).includes(',')) stop = true;
    if (stop) {
      if (k + 1 - from > 0) out.push([from, k + 1]);
      from = k + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out;
}


/** Index of the first attribution (sorted by content start) whose content starts at or after `offset`. */
function firstFrom(raws: RawQuote[], offset: number): number {
  let lo = 0;
  let hi = raws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raws[mid].content.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest attribution whose content ends before `offset` (raws sorted by content start). */
function lastBefore(raws: RawQuote[], offset: number): RawQuote | undefined {
  for (let k = firstFrom(raws, offset) - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    if (raws[k].content.end <= offset) return raws[k];
  }
  return undefined;
}

/**
 * Reported speech in one sentence [first, end): the sentence-final "…, X said." form first,
 * then "X said (that) …" and "according to X, …". Content that is mostly inside quotation
 * marks is flagged direct (a mixed quote).
 */
function reportedSpeech(doc: Document, first: number, end: number, mask: Uint8Array, closeOf: Int32Array): RawQuote[] {
  const out: RawQuote[] = [];
  const contentFrom = (a: number, b: number) => {
    let endOffset = doc.tokens[b].end;
    const close = closeOf[endOffset - 1] || (b === last ? closeOf[doc.tokens[end - 1].end - 1] : 0);
    if (close > endOffset) endOffset = close;
    // A clause that goes on after a quotation (", part of …", " and Trump vowed …") ends with the quotation.
    for (let o = doc.tokens[a].start; o < endOffset; o++) {
      const c = closeOf[o];
      if (!c || c >= endOffset) continue;
      if (/^\s*(,|--|—|and\b|but\b|while\b)/.test(doc.text.slice(c, c + 8)) && !/^\s*,?\s*(and|or)\s+(?:[“"]|``|'')/.test(doc.text.slice(c, c + 12))) { endOffset = c; break; }
      o = c - 1;
    }
    return trimContent(doc, doc.tokens[a].start, endOffset);
  };
  let last = end - 1;
  while (last > first && /^[.!?"”’»)]$/.test(doc.tokens[last].text)) last--;
  let mainFound = false;
  for (const finalOnly of [true, false]) for (let i = first; i <= last; i++) {
    if (mask[doc.tokens[i].start]) continue;
    const cue = cueAt(doc, i, true);
    if (!cue) continue;
    const strong = STRONG_REPORTING.has(cue.lemma) || cue.according;
    if (cue.according) {
      const speaker = speakerAfter(doc, cue.last, end);
      if (!speaker) continue;
      if (i === first) {
        // "According to X, CONTENT."
        let k = speaker.last + 1;
        while (k <= last && doc.tokens[k].text !== ',') k++;
        const content = k < last ? contentFrom(k + 1, last) : undefined;
        if (content) return [{ speaker, cue, content, direct: quotedShare(doc.text, mask, content.start, content.end) >= 0.5, confidence: 0.7 }];
      } else if (doc.tokens[i - 1].text === ',' && i - 1 > first) {
        // "CONTENT, according to X."
        const content = contentFrom(first, i - 2);
        if (content) return [{ speaker, cue, content, direct: quotedShare(doc.text, mask, content.start, content.end) >= 0.5, confidence: 0.7 }];
      }
      continue;
    }
    // "CONTENT, X said [adjuncts]." and "CONTENT, said X."
    // "is insisting", "was saying": a progressive is a finite verb with its own subject.
    const progressive = cue.participle && /^(is|was|are|were|been|be)$/.test(doc.lower[i - 1] ?? '');
    const clausal = cue.participle && !progressive;
    if (mainFound && !clausal) continue;
    const before = clausal ? undefined : speakerBefore(doc, cue.first, first);
    const inverted = !before && !clausal ? speakerAfter(doc, cue.last, end) : undefined;
    if (clausal && !finalOnly) {
      // "…, saying (that) CONTENT", "… and asserting that …": the subject of the main clause speaks.
      const subject = mainSpeaker(doc, i);
      let k = cue.last + 1;
      if (doc.lower[k] === 'that' || doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === ':') k++;
      const stop = k <= last ? clauseLast(doc, k, last) : last;
      const content = subject && k <= stop && stop - k >= 1 ? contentFrom(k, stop) : undefined;
      if (subject && content) {
        const direct = quotedShare(doc.text, mask, content.start, content.end) >= 0.5;
        if (strong || direct) { out.push({ speaker: subject, cue, content, direct, confidence: 0.6 }); mainFound = true; i = stop; }
      }
      continue;
    }
    const speaker = before ?? inverted;
    if (!speaker) continue;
    const speakerStart = before ? before.first : cue.first;
    const attributionEnd = inverted ? inverted.last + 1 : cue.last + 1;
    if (finalOnly && strong && speakerStart - 1 > first + 2 && doc.tokens[speakerStart - 1].text === ',' && !cue.participle && closesAttribution(doc, attributionEnd, cue, true)) {
      const content = contentFrom(first, speakerStart - 2);
      if (content && !/^(?:[“"«]|``|'')/.test(content.text) && !ADVERBIAL_OPENERS.test(content.text)) {
        const share = quotedShare(doc.text, mask, content.start, content.end);
        out.push({ speaker, cue, content, direct: share >= 0.5, confidence: 0.7 });
        // "…, Borisov said, specifying that …": the participle adds a second claim.
        const rest = participleClause(doc, (inverted ? inverted.last : cue.last) + 1, last, mask);
        if (rest) out.push({ speaker, cue: rest.cue, content: rest.content, direct: rest.direct, confidence: 0.65 });
        return out;
      }
    }
    if (finalOnly) continue;
    if (!before || clausal) continue;
    // "X said (that) CONTENT", "X told reporters (that) CONTENT".
    let k = cue.last + 1;
    if (TELL_LIKE.has(cue.lemma)) {
      let m = k;
      while (m <= last && m - k < 6 && doc.lower[m] !== 'that' && doc.tokens[m].text !== ',') m++;
      if (doc.lower[m] === 'that' || (m <= last && doc.tokens[m].text === ',')) k = m;
      else continue;
    }
    if (PREPOSITIONS.has(doc.lower[k]) || TIME_WORDS.has(doc.lower[k])) {
      // "said in a statement that …", "said on Wednesday that …".
      let m = k;
      while (m <= last && m - k < 10 && doc.lower[m] !== 'that' && doc.tokens[m].text !== ',' && doc.tokens[m].text !== ':') m++;
      if (m > last || m - k >= 10) continue;
      k = m;
    }
    const introduced = doc.lower[k] === 'that' || doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === ':';
    if (introduced) k++;
    if (k > last || last - k < 2) continue;
    if (/^[.;!?]$/.test(doc.tokens[k].text)) continue;
    const stop = clauseLast(doc, k, last);
    const content = contentFrom(k, stop);
    if (!content) continue;
    const direct = quotedShare(doc.text, mask, content.start, content.end) >= 0.5;
    // Weaker verbs ("called it …", "described …") only report speech when what follows is quoted;
    // verbs that also take plain objects ("announced the plan", "wrote the introduction") need "that".
    if (!strong && !direct) continue;
    if (!direct && !introduced && !BARE_CLAUSE_VERBS.has(cue.lemma)) continue;
    out.push({ speaker: before, cue, content, direct, confidence: strong ? 0.7 : 0.6 });
    mainFound = true;
    i = stop;
  }
  if (!out.length) {
    // "He pledged to relocate the embassy to the “eternal capital of the Jewish people.”": the
    // subject says what the mostly-quoted rest of the sentence says, whatever the verb.
    const verbal = quotedPredicate(doc, first, last, mask, contentFrom);
    if (verbal) out.push(verbal);
  }
  return out;
}

const MIN_QUOTED_WORDS = 4;
const MAX_SENTENCE_TOKENS = 300;

function quotedPredicate(doc: Document, first: number, last: number, mask: Uint8Array, contentFrom: (a: number, b: number) => Span | undefined): RawQuote | undefined {
  // Only when a real quotation (not a scare-quoted word or two) sits in the sentence.
  let quotedWords = 0;
  for (let k = first; k <= last; k++) if (mask[doc.tokens[k].start] && /\p{L}/u.test(doc.tokens[k].text)) quotedWords++;
  if (quotedWords < MIN_QUOTED_WORDS) return undefined;
  const subject = sentenceSubject(doc, first, last);
  if (!subject || mask[doc.tokens[subject.first].start]) return undefined;
  if (subject.kind === 'nominal' && !SPEAKER_NOUNS.has(doc.lower[subject.last])) return undefined;
  let v = subject.last + 1;
  while (v <= last && AUXILIARY_WORDS.has(doc.lower[v])) v++;
  if (v >= last || mask[doc.tokens[v].start] || !/^\p{Ll}/u.test(doc.tokens[v].text)) return undefined;
  if (CLAUSE_WORDS.has(doc.lower[v]) || PREPOSITIONS.has(doc.lower[v])) return undefined;
  const k = doc.lower[v + 1] === 'that' ? v + 2 : v + 1;
  if (k > last) return undefined;
  const content = contentFrom(k, clauseLast(doc, k, last));
  if (!content || quotedShare(doc.text, mask, content.start, content.end) < 0.5) return undefined;
  // A quoted title ("host of “The Nightly Show with Larry Wilmore”") is a name, not speech.
  const words = content.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6) return undefined;
  return { speaker: subject, cue: { first: v, last: v, lemma: doc.lower[v], participle: false, according: false }, content, direct: true, confidence: 0.5 };
}

/** The last token of a reported clause starting at k: before ", adding …" or "and asserting …". */
function clauseLast(doc: Document, k: number, last: number): number {
  for (let m = k + 2; m <= last; m++) {
    if (!/^(,|and)$/.test(doc.lower[m - 1]) && !/^(?:[”"’»]|'')$/.test(doc.lower[m - 1])) continue;
    const cue = cueAt(doc, m, true);
    if (cue?.participle) return doc.lower[m - 1] === 'and' && doc.tokens[m - 2].text === ',' ? m - 3 : m - 2;
  }
  return last;
}

/** ", specifying that …" / ", adding that …" after an attribution. */
function participleClause(doc: Document, k: number, last: number, mask: Uint8Array): { cue: Cue; content: Span; direct: boolean } | undefined {
  for (let m = k; m <= last && m - k < 14; m++) {
    if (doc.tokens[m].text !== ',') continue;
    const cue = cueAt(doc, m + 1);
    if (!cue?.participle) return undefined;
    let c = cue.last + 1;
    if (doc.lower[c] === 'that') c++;
    if (c > last) return undefined;
    const content = trimContent(doc, doc.tokens[c].start, doc.tokens[last].end);
    if (!content) return undefined;
    return { cue, content, direct: quotedShare(doc.text, mask, content.start, content.end) >= 0.5 };
  }
  return undefined;
}
