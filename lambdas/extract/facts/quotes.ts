// Who said what: direct quotations with their attribution, continuations of a quote after its
// attribution, then reported speech in the sentences the quotations did not explain.
import type { QuoteFact } from '../types.js';
import {
  attributionAfter, attributionBefore, CLOSERS, dashAttribution, sentenceTokens, trimContent, type Attribution, type RawQuote,
} from './attributions.js';
import type { Document } from './document.js';
import { findQuotations, quotationMask, quotedShare, type Quotation } from './quotations.js';
import { MAX_SENTENCE_TOKENS, reportedSpeech, subSentences } from './reported-speech.js';
import { resolveSpeaker, type ResolveState } from './speakers.js';
import { endAtCoordinatedCue, taggedAttributions, taggingContext } from './tagged-attributions.js';

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
    if (!attribution && /[.!?]$/.test(content.text)) {
      attribution = dashAttribution(doc, ct + 1);
      trailing = false;
    }
    if (!attribution && sameParagraph(k)) {
      attribution = attributionAfter(doc, k, ceiling);
      // "“… found.” He added, “…”": after a finished sentence, an attribution that opens the next
      // quotation belongs to that one.
      if (attribution && /[.!?]$/.test(content.text) && opensQuotation(doc, attribution)) attribution = undefined;
      trailing = !!attribution;
    }
    if (!attribution) {
      const completes = /[.!?]\s*$/.test(content.text) || CLOSERS.test(doc.tokens[ct + 1]?.text ?? '.') || doc.tokens[ct + 1] === undefined || doc.sentenceOfToken[ct + 1] !== doc.sentenceOfToken[ct];
      attribution = attributionBefore(doc, ot, floor, completes);
      // "said “…” every time…": a quote that does not finish its clause is part of reported speech.
      const punctuatedBefore = /[:,]\s*$/.test(doc.text.slice(Math.max(0, q.open - 3), q.open));
      if (attribution && !punctuatedBefore && !/[.!?]\s*$/.test(content.text) && !CLOSERS.test(doc.tokens[ct + 1]?.text ?? '.')) attribution = undefined;
    }
    if (!attribution) {
      // A trailing attribution after a short aside: "“…” at the convention, he said."
      for (let m = ct + 1; m < ceiling && m - ct < 20; m++) {
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

  // Pass 4: what the learned tagger finds where no rule did (thoughts, stances, noun cues, other verbs).
  const tagging = taggingContext(doc, mask);
  endAtCoordinatedCue(doc, tagging, raws);
  addTagged(raws, taggedAttributions(doc, mask, ruledTokens(doc, raws), tagging));

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

/** Whether ", “" or ": “" follows the attribution, introducing another quotation. */
function opensQuotation(doc: Document, attribution: Attribution): boolean {
  const after = Math.max(attribution.cue.last, attribution.speaker.last) + 1;
  const punct = doc.tokens[after]?.text;
  const mark = doc.tokens[after + 1]?.text ?? '';
  return (punct === ',' || punct === ':') && /^(?:[“"«]|``|'')$/.test(mark);
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
 * Tokens the rules' attributions explain (their cues and contents): a sentence whose only likely
 * cues are these is not read by the tagger, whose findings there would be dropped anyway.
 */
function ruledTokens(doc: Document, raws: RawQuote[]): Uint8Array {
  const ruled = new Uint8Array(doc.tokens.length);
  for (const r of raws) {
    if (r.cue) ruled.fill(1, r.cue.first, r.cue.last + 1);
    ruled.fill(1, doc.tokenAt(r.content.start), doc.tokenAt(r.content.end - 1) + 1);
  }
  return ruled;
}

/**
 * Adds the tagged attributions whose content no rule attribution touches and whose cue is not a
 * rule attribution's cue (the rule already read that cue's content), keeping `raws` sorted by content start.
 */
function addTagged(raws: RawQuote[], tagged: RawQuote[]): void {
  const ruleCues = new Set<number>();
  for (const r of raws) if (r.cue) for (let k = r.cue.first; k <= r.cue.last; k++) ruleCues.add(k);
  for (const t of tagged) {
    if (t.cue && ruleCues.has(t.cue.first)) continue;
    const at = firstFrom(raws, t.content.start);
    const clashes = (r: RawQuote | undefined) => r !== undefined && r.content.start < t.content.end && t.content.start < r.content.end;
    let overlapping = false;
    for (let k = at - 1; k >= 0 && k >= at - 8 && !overlapping; k--) overlapping = clashes(raws[k]);
    for (let k = at; k < raws.length && raws[k].content.start < t.content.end && !overlapping; k++) overlapping = clashes(raws[k]);
    if (!overlapping) raws.splice(at, 0, t);
  }
}
