// Reported speech in one sentence: "…, X said.", "X said (that) …", "according to X, …",
// participles (", adding that …") and a subject saying the mostly-quoted rest of its sentence.
import type { Span } from '../types.js';
import {
  ADVERBIAL_OPENERS, BARE_CLAUSE_VERBS, closesAttribution, mainSpeaker, PREPOSITIONS, sentenceSubject, TELL_LIKE,
  TIME_WORDS, trimContent, type RawQuote,
} from './attributions.js';
import { cueAt, type Cue } from './cues.js';
import type { Document } from './document.js';
import { AUXILIARIES as AUXILIARY_WORDS, CLAUSE_BREAKERS as CLAUSE_WORDS, SPEAKER_NOUNS, STRONG_REPORTING } from './lexicon.js';
import { quotedShare } from './quotations.js';
import { speakerAfter, speakerBefore } from './speakers.js';

/**
 * Token ranges of the plain sentences inside [first, end): a full stop, question or exclamation
 * mark outside quotation marks, followed by a capital, or a line break, ends one. Guards against
 * upstream sentences that run two together.
 */
export function subSentences(doc: Document, first: number, end: number, mask: Uint8Array): Array<[number, number]> {
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


/**
 * Reported speech in one sentence [first, end): the sentence-final "…, X said." form first,
 * then "X said (that) …" and "according to X, …". Content that is mostly inside quotation
 * marks is flagged direct (a mixed quote).
 */
export function reportedSpeech(doc: Document, first: number, end: number, mask: Uint8Array, closeOf: Int32Array): RawQuote[] {
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
      // "The golf industry, she said, is doing much better": the claim goes on after the attribution.
      const resumes = doc.tokens[attributionEnd]?.text === ',' && last - attributionEnd >= 3 && !cueAt(doc, attributionEnd + 1, true)
        && !PREPOSITIONS.has(doc.lower[attributionEnd + 1]) && !TIME_WORDS.has(doc.lower[attributionEnd + 1]) && /^\p{Ll}/u.test(doc.tokens[attributionEnd + 1].text);
      const content = contentFrom(first, resumes ? last : speakerStart - 2);
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
export const MAX_SENTENCE_TOKENS = 300;

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

