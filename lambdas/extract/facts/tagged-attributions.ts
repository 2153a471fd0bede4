// Attributions read off the learned tagger's labels, sentence by sentence, as raw quotes for
// speaker resolution: the reported speech, thoughts and stances that the rules do not cover.
import { mainSpeaker, PREPOSITIONS, type RawQuote } from './attributions.js';
import { hashString } from '../entities/hash.js';
import { STRONG_CUE_BUCKET, tokenTable, type TokenTable } from './attribution-features.js';
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

function speakerOf(doc: Document, s: TaggedSpan): SpeakerCandidate {
  if (s.first === s.last && PRONOUNS.has(doc.lower[s.first])) return { first: s.first, last: s.last, kind: 'pronoun' };
  const named = doc.entitiesIn(doc.tokens[s.first].start, doc.tokens[s.last].end).length > 0 || /^\p{Lu}/u.test(doc.tokens[s.last].text);
  return { first: s.first, last: s.last, kind: named ? 'name' : 'nominal' };
}

/** Every candidate the tagger proposes in the article, before the filter; `ruled` as for taggedSentence. */
export function tagCandidates(doc: Document, model: AttributionModel, table: TokenTable, quoted: Uint8Array, mask: Uint8Array, ruled?: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.ctx.sentences) {
    const range = taggedSentence(table, quoted, s.tokenStart, s.tokenEnd, ruled);
    if (!range) continue;
    const posterior = new Float64Array(range[1] - range[0]);
    const labels = tagSentence(model, table, quoted, range[0], range[1], posterior);
    const sure = (span: TaggedSpan) => {
      let sum = 0;
      for (let k = span.first; k <= span.last; k++) sum += posterior[k - range[0]];
      return sum / (span.last - span.first + 1);
    };
    for (const group of groupSpans(spansOf(labels, range[0]))) {
      for (const c of group.contents) {
        let last = c.last;
        while (last > c.first && /^[.,;:]$/.test(doc.tokens[last].text)) last--;
        const content = { role: c.role, first: c.first, last };
        const span = doc.tokenSpan(content.first, content.last);
        out.push({
          group, content, sentence: range,
          sure: { cue: sure(group.cue), content: sure(c), source: group.source ? sure(group.source) : 0.5 },
          direct: quotedShare(doc.text, mask, span.start, span.end) >= 0.5,
        });
      }
    }
  }
  return out;
}

/**
 * Every attribution the tagger finds and its filter keeps; `mask` marks the characters inside
 * quotations, `ruled` the tokens the rules' attributions already explain.
 */
export function taggedAttributions(doc: Document, mask: Uint8Array, ruled?: Uint8Array): RawQuote[] {
  const model = attributionModel();
  const table = tokenTable(doc, model.lexicon);
  const quoted = Uint8Array.from(doc.tokens, (t) => mask[t.start]);
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
