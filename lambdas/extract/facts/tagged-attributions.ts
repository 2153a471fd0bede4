// Attributions read off the learned tagger's labels, sentence by sentence, as raw quotes for
// speaker resolution: the reported speech, thoughts and stances that the rules do not cover.
import { mainSpeaker, PREPOSITIONS, type RawQuote } from './attributions.js';
import { hashString } from '../entities/hash.js';
import { CUE_BUCKETS, STRONG_CUE_BUCKET, tokenTable, type TokenTable } from './attribution-features.js';
import { candidateFeatures, filterScore, type Candidate } from './attribution-filter.js';
import { attributionModel, groupSpans, spansOf, tagSentence, type AttributionModel, type TaggedSpan } from './attribution-tagger.js';
import type { Document } from './document.js';
import { AUXILIARIES, PRONOUNS } from './lexicon.js';
import { quotedShare } from './quotations.js';
import type { SpeakerCandidate } from './speakers.js';

/** Frequent words that are parts of cues ("has said", "talked about") but never a reason to read a sentence. */
const NOT_TRIGGERS = new Set([...AUXILIARIES, ...PREPOSITIONS, 'also', 'about', 'not', 'that', 'who', 'which', 'it', 'as', 'and', 'but', 'or'].map((w) => hashString(w)));

/** Longer "sentences" are run-on token streams; the tagger was not trained on them. */
export const MAX_TAGGED_TOKENS = 120;

/**
 * The token range the tagger reads for a sentence, or undefined when no word of it is a likely
 * cue that the rules have not already read (`ruled`: tokens of rule attributions' cues and contents).
 */
export function taggedSentence(table: TokenTable, quoted: Uint8Array, first: number, end: number, ruled?: Uint8Array): [number, number] | undefined {
  if (end - first < 3 || end - first > MAX_TAGGED_TOKENS) return undefined;
  for (let k = first; k < end; k++) {
    if (table.cueBucket[k] >= STRONG_CUE_BUCKET && !quoted[k] && !ruled?.[k] && !NOT_TRIGGERS.has(table.word[k])) return [first, end];
  }
  return undefined;
}

/** Words that open a clause the writer adds after reported content (", which makes him an outlier"). */
const ADJUNCT_OPENERS = new Set(['which', 'who', 'whose', 'while', 'although', 'though', 'despite', 'even', 'whereas']);

/**
 * Content after its cue without a last non-restrictive clause (", which …", ", although …")
 * that runs to its end with no comma of its own: the writer's comment, not the source's words.
 */
export function withoutTrailingAdjunct(doc: Document, quoted: Uint8Array, first: number, last: number): number {
  for (let k = last - 1; k > first + 1; k--) {
    if (doc.tokens[k].text !== ',' || quoted[k] || quoted[k + 1]) continue;
    const next = doc.lower[k + 1];
    if (ADJUNCT_OPENERS.has(next)) return k - 1;
    return last;
  }
  return last;
}

function speakerOf(doc: Document, s: TaggedSpan): SpeakerCandidate {
  if (s.first === s.last && PRONOUNS.has(doc.lower[s.first])) return { first: s.first, last: s.last, kind: 'pronoun' };
  const named = doc.entitiesIn(doc.tokens[s.first].start, doc.tokens[s.last].end).length > 0 || /^\p{Lu}/u.test(doc.tokens[s.last].text);
  return { first: s.first, last: s.last, kind: named ? 'name' : 'nominal' };
}

/** Words after which a second clause with its own cue starts ("…, and the court declined to …"). */
const CLAUSE_BREAKS = new Set([',', ';', 'and', 'but', 'although', 'though', 'while', 'whereas'].map((w) => hashString(w)));
/** At most this many tokens (a short source) between a clause break and the cue it opens. */
const BREAK_TO_CUE = 6;
/** Only the words most often annotated as cues (bucket 5: at least 65 % of their uses) open a second clause; weaker ones ("exposed", "hopes") mostly continue the first (chosen on dev). */
const BREAK_BUCKET = CUE_BUCKETS;

/**
 * Where a content span runs into a second attribution the tagger read as content ("… by the end
 * of March and suggested that …", "…, he is ready to move on"): the clause break before a likely
 * cue, or -1.
 */
export function coordinatedBreak(table: TokenTable, quoted: Uint8Array, first: number, last: number): number {
  for (let k = first + 2; k <= last - 1; k++) {
    if (table.cueBucket[k] < BREAK_BUCKET || quoted[k] || NOT_TRIGGERS.has(table.word[k])) continue;
    for (let b = k - 1; b > first && k - b <= BREAK_TO_CUE; b--) {
      if (quoted[b]) break;
      if (CLAUSE_BREAKS.has(table.word[b])) return b;
    }
  }
  return -1;
}

/** Every candidate the tagger proposes in the article, before the filter; `ruled` as for taggedSentence. */
export function tagCandidates(doc: Document, model: AttributionModel, table: TokenTable, quoted: Uint8Array, mask: Uint8Array, ruled?: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const tagRange = (range: [number, number], depth: number) => {
    const posterior = new Float64Array(range[1] - range[0]);
    const labels = tagSentence(model, table, quoted, range[0], range[1], posterior);
    const sure = (span: TaggedSpan) => {
      let sum = 0;
      for (let k = span.first; k <= span.last; k++) sum += posterior[k - range[0]];
      return sum / (span.last - span.first + 1);
    };
    let rest = -1;
    for (const group of groupSpans(spansOf(labels, range[0]))) {
      for (const c of group.contents) {
        let last = c.last;
        // The second clause is tagged on its own, after this one.
        const cut = depth < 2 && c.first > group.cue.last ? coordinatedBreak(table, quoted, c.first, last) : -1;
        if (cut > 0) {
          last = cut - 1;
          if (rest < 0 && range[1] - cut > 3) rest = cut + 1;
        }
        while (last > c.first && /^[.,;:]$/.test(doc.tokens[last].text)) last--;
        if (c.first > group.cue.last) last = withoutTrailingAdjunct(doc, quoted, c.first, last);
        const content = { role: c.role, first: c.first, last };
        const span = doc.tokenSpan(content.first, content.last);
        out.push({
          group, content, sentence: range,
          sure: { cue: sure(group.cue), content: sure(c), source: group.source ? sure(group.source) : 0.5 },
          direct: quotedShare(doc.text, mask, span.start, span.end) >= 0.5,
        });
      }
    }
    if (rest > 0) tagRange([rest, range[1]], depth + 1);
  };
  for (const s of doc.ctx.sentences) {
    const range = taggedSentence(table, quoted, s.tokenStart, s.tokenEnd, ruled);
    if (range) tagRange(range, 0);
  }
  return out;
}

/** What the tagger reads of one article: the model, the per-token table and which tokens are quoted. */
export interface TaggingContext {
  model: AttributionModel;
  table: TokenTable;
  quoted: Uint8Array;
}

export function taggingContext(doc: Document, mask: Uint8Array): TaggingContext {
  const model = attributionModel();
  return { model, table: tokenTable(doc, model.lexicon), quoted: Uint8Array.from(doc.tokens, (t) => mask[t.start]) };
}

/**
 * Ends a rule's reported content (not a quotation) where a second attribution of the sentence
 * starts ("X said the country would leave by March and suggested that …"), so the tagger reads
 * that one.
 */
export function endAtCoordinatedCue(doc: Document, tagging: TaggingContext, raws: RawQuote[]): void {
  for (const r of raws) {
    if (r.direct || !r.cue) continue;
    const first = doc.tokenAt(r.content.start);
    const last = doc.tokenAt(r.content.end - 1);
    if (first <= r.cue.last) continue;
    const cut = coordinatedBreak(tagging.table, tagging.quoted, first, last);
    if (cut < 0) continue;
    let end = cut - 1;
    while (end > first && /^[.,;:]$/.test(doc.tokens[end].text)) end--;
    if (end - first >= 1) r.content = doc.tokenSpan(first, end);
  }
}

/**
 * Every attribution the tagger finds and its filter keeps; `mask` marks the characters inside
 * quotations, `ruled` the tokens the rules' attributions already explain.
 */
export function taggedAttributions(doc: Document, mask: Uint8Array, ruled?: Uint8Array, tagging = taggingContext(doc, mask)): RawQuote[] {
  const { model, table, quoted } = tagging;
  const out: RawQuote[] = [];
  for (const c of tagCandidates(doc, model, table, quoted, mask, ruled)) {
    const score = model.filter ? filterScore(model.filter, candidateFeatures(doc, table, c)) : 0;
    if (model.filter && score < model.filter.threshold) continue;
    const { group } = c;
    // No source beside the cue ("…, accusing her of …", "the claim that …"): the subject of the sentence.
    const speaker = group.source ? speakerOf(doc, group.source) : mainSpeaker(doc, group.cue.first);
    if (!speaker) continue;
    const cue = { first: group.cue.first, last: group.cue.last, lemma: doc.lower[group.cue.first], participle: false, according: doc.lower[group.cue.first] === 'according' };
    const confidence = model.filter ? 1 / (1 + Math.exp(-score)) : Math.min(c.sure.cue, c.sure.content, c.sure.source);
    out.push({ speaker, cue, content: doc.tokenSpan(c.content.first, c.content.last), direct: c.direct, confidence: Math.round(5 + 60 * confidence) / 100 });
  }
  return out;
}
