// A second look at each attribution the tagger proposes: a logistic model over what the
// candidate looks like (its cue words, where its source and content sit, how long the content
// is, how sure the tagger was) that keeps the ones likely to be real. Trained on PolNeAR train
// candidates from taggers that did not see their documents (scripts/train/train-attribution.ts).
import { hashString } from '../entities/hash.js';
import { mix, type TokenTable } from './attribution-features.js';
import type { FilterModel, TaggedAttribution, TaggedSpan } from './attribution-tagger.js';
import type { Document } from './document.js';
import { PRONOUNS } from './lexicon.js';

/** What the filter reads about one candidate: a group from the tagger and one of its contents. */
export interface Candidate {
  group: TaggedAttribution;
  content: TaggedSpan;
  /** Mean posterior of the tagger's labels on the cue, the content and the source (0.5 without one). */
  sure: { cue: number; content: number; source: number };
  direct: boolean;
  /** Token range of the sentence the tagger read. */
  sentence: [number, number];
}

const F = (name: string) => hashString(`filter:${name}`);
const TEMPLATES = {
  cueWord: F('cue-word'), cueFirst: F('cue-first'), cueLast: F('cue-last'), cueLength: F('cue-length'), cueBucket: F('cue-bucket'),
  source: F('source'), sourceHead: F('source-head'), sourceSide: F('source-side'), contentSide: F('content-side'),
  contentGap: F('content-gap'), contentLength: F('content-length'), contentFirst: F('content-first'), contentLast: F('content-last'),
  contentFirstShape: F('content-first-shape'), direct: F('direct'), sure: F('sure'), sureCue: F('sure-cue'), sureContent: F('sure-content'),
  contents: F('contents'), toEnd: F('to-end'), fromStart: F('from-start'), afterCue: F('after-cue'), cueSide: F('cue|side'), cueLengthSide: F('cue|length'),
};

const bucket = (n: number) => (n <= 2 ? n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : n <= 32 ? 6 : 7);
const tenths = (p: number) => Math.min(9, Math.floor(p * 10));

export function candidateFeatures(doc: Document, table: TokenTable, c: Candidate): Uint32Array {
  const ids: number[] = [];
  const { cue, source, contents } = c.group;
  const content = c.content;
  let strongest = 0;
  for (let k = cue.first; k <= cue.last && k - cue.first < 4; k++) {
    ids.push(mix(TEMPLATES.cueWord, table.word[k]));
    strongest = Math.max(strongest, table.cueBucket[k]);
  }
  ids.push(mix(TEMPLATES.cueFirst, table.word[cue.first]), mix(TEMPLATES.cueLast, table.word[cue.last]));
  ids.push(mix(TEMPLATES.cueLength, bucket(cue.last - cue.first + 1)), mix(TEMPLATES.cueBucket, strongest));
  const sourceKind = !source ? 0 : source.first === source.last && PRONOUNS.has(doc.lower[source.first]) ? 1 : /^\p{Lu}/u.test(doc.tokens[source.last].text) ? 2 : 3;
  ids.push(mix(TEMPLATES.source, sourceKind));
  if (source) {
    ids.push(mix(TEMPLATES.sourceHead, table.word[source.last]));
    ids.push(mix(TEMPLATES.sourceSide, source.last < cue.first ? bucket(cue.first - source.last) : 10 + bucket(source.first - cue.last)));
  }
  const after = content.first > cue.last;
  const gap = after ? content.first - cue.last : cue.first - content.last;
  const length = content.last - content.first + 1;
  ids.push(mix(TEMPLATES.contentSide, after ? 1 : 0), mix(TEMPLATES.contentGap, bucket(gap)), mix(TEMPLATES.contentLength, bucket(length)));
  ids.push(mix(TEMPLATES.contentFirst, table.word[content.first]), mix(TEMPLATES.contentLast, table.word[content.last]));
  ids.push(mix(TEMPLATES.contentFirstShape, table.shape[content.first]));
  ids.push(mix(TEMPLATES.direct, c.direct ? 1 : 0), mix(TEMPLATES.contents, Math.min(3, contents.length)));
  ids.push(mix(TEMPLATES.sure, tenths(Math.min(c.sure.cue, c.sure.content, c.sure.source))));
  ids.push(mix(TEMPLATES.sureCue, tenths(c.sure.cue)), mix(TEMPLATES.sureContent, tenths(c.sure.content)));
  ids.push(mix(TEMPLATES.toEnd, bucket(c.sentence[1] - 1 - content.last)), mix(TEMPLATES.fromStart, bucket(content.first - c.sentence[0])));
  ids.push(mix(TEMPLATES.afterCue, cue.last + 1 < c.sentence[1] ? table.word[cue.last + 1] : 0));
  ids.push(mix(mix(TEMPLATES.cueSide, table.word[cue.first]), after ? 1 : 0));
  ids.push(mix(mix(TEMPLATES.cueLengthSide, table.word[cue.first]), bucket(length)));
  return Uint32Array.from(ids);
}

/** The filter's score of a candidate: the log-odds that it is a real attribution. */
export function filterScore(model: FilterModel, ids: Uint32Array): number {
  let s = model.bias;
  for (const id of ids) s += model.weights.get(id) ?? 0;
  return s;
}
