// Attributions read off the learned tagger's labels, sentence by sentence, as raw quotes for
// speaker resolution: the reported speech, thoughts and stances that the rules do not cover.
import { mainSpeaker, type RawQuote } from './attributions.js';
import { STRONG_CUE_BUCKET, tokenTable, type TokenTable } from './attribution-features.js';
import { attributionModel, groupSpans, spansOf, tagSentence, type TaggedSpan } from './attribution-tagger.js';
import type { Document } from './document.js';
import { PRONOUNS } from './lexicon.js';
import { quotedShare } from './quotations.js';
import type { SpeakerCandidate } from './speakers.js';

/** Longer "sentences" are run-on token streams; the tagger was not trained on them. */
export const MAX_TAGGED_TOKENS = 120;

/** The token range the tagger reads for a sentence, or undefined when no word of it is a likely cue. */
export function taggedSentence(doc: Document, table: TokenTable, quoted: Uint8Array, first: number, end: number): [number, number] | undefined {
  if (end - first < 3 || end - first > MAX_TAGGED_TOKENS) return undefined;
  for (let k = first; k < end; k++) if (table.cueBucket[k] >= STRONG_CUE_BUCKET && !quoted[k]) return [first, end];
  return undefined;
}

function speakerOf(doc: Document, s: TaggedSpan): SpeakerCandidate {
  if (s.first === s.last && PRONOUNS.has(doc.lower[s.first])) return { first: s.first, last: s.last, kind: 'pronoun' };
  const named = doc.entitiesIn(doc.tokens[s.first].start, doc.tokens[s.last].end).length > 0 || /^\p{Lu}/u.test(doc.tokens[s.last].text);
  return { first: s.first, last: s.last, kind: named ? 'name' : 'nominal' };
}

/** Every attribution the tagger finds in the article but in the `skip` sentences, with `mask` marking the characters inside quotations. */
export function taggedAttributions(doc: Document, mask: Uint8Array, skip?: Uint8Array): RawQuote[] {
  const model = attributionModel();
  const table = tokenTable(doc, model.lexicon);
  const quoted = Uint8Array.from(doc.tokens, (t) => mask[t.start]);
  const out: RawQuote[] = [];
  for (const [index, s] of doc.ctx.sentences.entries()) {
    if (skip?.[index]) continue;
    const range = taggedSentence(doc, table, quoted, s.tokenStart, s.tokenEnd);
    if (!range) continue;
    const posterior = new Float64Array(range[1] - range[0]);
    const labels = tagSentence(model, table, quoted, range[0], range[1], posterior);
    const sure = (span: TaggedSpan) => {
      let sum = 0;
      for (let k = span.first; k <= span.last; k++) sum += posterior[k - range[0]];
      return sum / (span.last - span.first + 1);
    };
    for (const g of groupSpans(spansOf(labels, range[0]))) {
      // No source beside the cue ("…, accusing her of …", "the claim that …"): the subject of the sentence.
      const speaker = g.source ? speakerOf(doc, g.source) : mainSpeaker(doc, g.cue.first);
      if (!speaker) continue;
      const cue = { first: g.cue.first, last: g.cue.last, lemma: doc.lower[g.cue.first], participle: false, according: doc.lower[g.cue.first] === 'according' };
      for (const c of g.contents) {
        let last = c.last;
        while (last > c.first && /^[.,;:]$/.test(doc.tokens[last].text)) last--;
        const content = doc.tokenSpan(c.first, last);
        const confidence = Math.min(sure(g.cue), sure(c), g.source ? sure(g.source) : 0.5);
        out.push({ speaker, cue, content, direct: quotedShare(doc.text, mask, content.start, content.end) >= 0.5, confidence: Math.round(10 + 50 * confidence) / 100 });
      }
    }
  }
  return out;
}
