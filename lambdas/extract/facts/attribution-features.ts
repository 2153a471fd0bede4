// Token features of the attribution tagger (source / cue / content, BIO). Shared by the runtime
// tagger and its training (scripts/train/train-attribution.ts), so both see the same ids.
import { hashString } from '../entities/hash.js';
import { nerModel } from '../entities/model.js';
import type { Document } from './document.js';

/** Labels of the sequence labeller: outside, then begin/inside of source, cue and content. */
export const ATTRIBUTION_LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export const NUM_ATTRIBUTION_LABELS = ATTRIBUTION_LABELS.length;
/** Role of a span: 0 source, 1 cue, 2 content. */
export const SOURCE = 0;
export const CUE = 1;
export const CONTENT = 2;
export const beginOf = (role: number) => 1 + 2 * role;
/** The role of a label, -1 for outside. */
export const roleOf = (label: number): number => (label === 0 ? -1 : (label - 1) >> 1);
export const isBegin = (label: number) => label > 0 && (label - 1) % 2 === 0;

/** Learned cue lexicon: how often a word form is part of an annotated cue, in buckets 1..CUE_BUCKETS. */
export type CueLexicon = Map<string, number>;
export const CUE_BUCKETS = 5;
/** A word whose bucket is at least this counts as a cue when measuring distances to the nearest cue. */
export const STRONG_CUE_BUCKET = 3;

// Feature ids are built from numbers (template id, per-token hashes, small codes) without
// building strings: the tagger reads most sentences of an article, so this is its hot loop.
const T = (name: string) => hashString(name);
const TEMPLATES = {
  bias: T('bias'), w: T('w'), wm1: T('w-1'), wp1: T('w+1'), wm2: T('w-2'), wp2: T('w+2'),
  bm: T('w-1|w'), bp: T('w|w+1'), suf: T('suf'), shape: T('sh'), shapes: T('sh-1|sh|sh+1'), quote: T('q'), quoteEdge: T('q-1|q|q+1'),
  ner: T('ner'), nerm1: T('ner-1'), nerp1: T('ner+1'), cue: T('cue'), cuem1: T('cue-1'), cuep1: T('cue+1'),
  left: T('lcue'), right: T('rcue'), leftWord: T('lcue-w'), rightWord: T('rcue-w'), leftThat: T('lcue-that'),
  pos: T('pos'), wLeft: T('w|lcue'), wRight: T('w|rcue'), commas: T('commas-since-cue'), sides: T('l|r'),
  toEnd: T('to-end'), leftStrength: T('lcue-b'), rightStrength: T('rcue-b'), thatSince: T('that-since-cue'),
  leftSubject: T('lcue-subj'), rightAfter: T('rcue-next'),
  c0: T('c0'), c1: T('c1'), c2: T('c2'), c1m1: T('c1-1'), c1p1: T('c1+1'), leftCluster: T('lcue-c1'), rightCluster: T('rcue-c1'),
};

/** Combines a feature id with one more value (a multiply-xorshift step; collisions are rare at 32 bits). */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

const OUTSIDE = hashString('<s>');
const AFTER = hashString('</s>');
const THAT = hashString('that');
const COMMA = hashString(',');

function distanceBucket(d: number): number {
  if (d < 0) return 9;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  if (d <= 25) return 6;
  return 7;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/** Capitalised, all capitals, lower case, digits, or the punctuation itself. */
function shapeOf(text: string): string {
  const c = text[0];
  if (isUpper(c)) return text.length > 1 && [...text].every(isUpper) ? 'X' : 'Xx';
  if (isLower(c)) return 'x';
  if (c >= '0' && c <= '9') return 'd';
  return text.length === 1 ? text : text.slice(0, 2);
}

/** Per-document values the features of every sentence read, as hashes. Computed once per article. */
export interface TokenTable {
  cueBucket: Uint8Array;
  word: Uint32Array;
  suffix: Uint32Array;
  shape: Uint32Array;
  ner: Uint32Array;
  /** Word clusters of the NER model (coarse to fine), 0 for unknown words: open-ended cues ("rejects", "repealed") share clusters with known ones. */
  clusters: Uint32Array[];
}

export function tokenTable(doc: Document, lexicon: CueLexicon): TokenTable {
  const n = doc.tokens.length;
  const clusters = nerModel().clusters;
  const granularities = Math.min(3, clusters.granularities);
  const table: TokenTable = {
    cueBucket: new Uint8Array(n), word: new Uint32Array(n), suffix: new Uint32Array(n), shape: new Uint32Array(n), ner: new Uint32Array(n),
    clusters: Array.from({ length: 3 }, () => new Uint32Array(n)),
  };
  for (let i = 0; i < n; i++) {
    const w = doc.lower[i];
    table.cueBucket[i] = lexicon.get(w) ?? 0;
    table.word[i] = hashString(w);
    table.suffix[i] = w.length > 3 ? hashString(w.slice(-3)) : 0;
    table.shape[i] = hashString(shapeOf(doc.tokens[i].text));
    const row = clusters.find(w);
    if (row >= 0) for (let g = 0; g < granularities; g++) table.clusters[g][i] = clusters.cluster(row, g) + 1;
    const m = doc.mentionOfToken(i);
    table.ner[i] = m ? hashString(`${m.start === doc.tokens[i].start ? 'B' : 'I'}${m.entity.type}`) : 0;
  }
  return table;
}

/** At most this many features per token (the templates below). */
const MAX_FEATURES = 48;
let scratch = new Uint32Array(64 * MAX_FEATURES);

/**
 * Feature ids of every token of [first, end), as CSR arrays: ids[offsets[i]..offsets[i+1]) are
 * those of token first+i. `quoted[k]` is 1 for a token inside quotation marks. The ids live in a
 * buffer the next call overwrites: copy them to keep them.
 */
export function sentenceFeatures(table: TokenTable, quoted: Uint8Array, first: number, end: number): { ids: Uint32Array; offsets: Int32Array } {
  const n = end - first;
  const offsets = new Int32Array(n + 1);
  if (scratch.length < n * MAX_FEATURES) scratch = new Uint32Array(2 * n * MAX_FEATURES);
  const ids = scratch;
  let at = 0;
  const { word, shape, ner, cueBucket } = table;
  const wordAt = (k: number) => (k < first ? OUTSIDE : k >= end ? AFTER : word[k]);
  const shapeAt = (k: number) => (k < first ? OUTSIDE : k >= end ? AFTER : shape[k]);
  const nerAt = (k: number) => (k < first ? OUTSIDE : k >= end ? AFTER : ner[k]);
  const strong = (k: number) => cueBucket[k] >= STRONG_CUE_BUCKET && !quoted[k];
  // Nearest strong cue to the left and right of each token (not counting the token itself).
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  for (let i = 1, last = -1; i < n; i++) {
    if (strong(first + i - 1)) last = first + i - 1;
    leftCue[i] = last;
  }
  for (let i = n - 2, next = -1; i >= 0; i--) {
    if (strong(first + i + 1)) next = first + i + 1;
    rightCue[i] = next;
  }
  let commas = 0;
  let thatSince = 0;
  for (let i = 0; i < n; i++) {
    const k = first + i;
    offsets[i] = at;
    const w = word[k];
    ids[at++] = TEMPLATES.bias;
    ids[at++] = mix(TEMPLATES.w, w);
    ids[at++] = mix(TEMPLATES.wm1, wordAt(k - 1));
    ids[at++] = mix(TEMPLATES.wp1, wordAt(k + 1));
    ids[at++] = mix(TEMPLATES.wm2, wordAt(k - 2));
    ids[at++] = mix(TEMPLATES.wp2, wordAt(k + 2));
    ids[at++] = mix(mix(TEMPLATES.bm, wordAt(k - 1)), w);
    ids[at++] = mix(mix(TEMPLATES.bp, w), wordAt(k + 1));
    if (table.suffix[k]) ids[at++] = mix(TEMPLATES.suf, table.suffix[k]);
    ids[at++] = mix(TEMPLATES.shape, shape[k]);
    ids[at++] = mix(mix(mix(TEMPLATES.shapes, shapeAt(k - 1)), shape[k]), shapeAt(k + 1));
    const q = quoted[k];
    ids[at++] = mix(TEMPLATES.quote, q);
    ids[at++] = mix(TEMPLATES.quoteEdge, (k > first ? quoted[k - 1] : 2) * 9 + q * 3 + (k + 1 < end ? quoted[k + 1] : 2));
    ids[at++] = mix(TEMPLATES.ner, ner[k]);
    ids[at++] = mix(TEMPLATES.nerm1, nerAt(k - 1));
    ids[at++] = mix(TEMPLATES.nerp1, nerAt(k + 1));
    ids[at++] = mix(TEMPLATES.cue, cueBucket[k] * 2 + q);
    ids[at++] = mix(TEMPLATES.cuem1, k > first ? cueBucket[k - 1] : 0);
    ids[at++] = mix(TEMPLATES.cuep1, k + 1 < end ? cueBucket[k + 1] : 0);
    const l = leftCue[i];
    const r = rightCue[i];
    const ld = distanceBucket(l < 0 ? -1 : k - l);
    const rd = distanceBucket(r < 0 ? -1 : r - k);
    ids[at++] = mix(TEMPLATES.left, ld);
    ids[at++] = mix(TEMPLATES.right, rd);
    ids[at++] = mix(TEMPLATES.sides, ld * 10 + rd);
    ids[at++] = mix(TEMPLATES.toEnd, distanceBucket(end - 1 - k));
    if (l >= 0) {
      ids[at++] = mix(mix(TEMPLATES.leftWord, word[l]), ld);
      ids[at++] = mix(TEMPLATES.leftStrength, cueBucket[l] * 10 + ld);
      ids[at++] = mix(mix(mix(TEMPLATES.leftSubject, shapeAt(l - 1)), nerAt(l - 1)), ld);
      ids[at++] = mix(TEMPLATES.leftThat, word[l + 1] === THAT ? 1 : word[l + 1] === COMMA ? 2 : 0);
    }
    if (r >= 0) {
      ids[at++] = mix(mix(TEMPLATES.rightWord, word[r]), rd);
      ids[at++] = mix(TEMPLATES.rightStrength, cueBucket[r] * 10 + rd);
      ids[at++] = mix(mix(TEMPLATES.rightAfter, shapeAt(r + 1)), rd);
    }
    ids[at++] = mix(mix(TEMPLATES.wLeft, w), ld);
    ids[at++] = mix(mix(TEMPLATES.wRight, w), rd);
    if (l < 0 || k - l === 1) { commas = 0; thatSince = 0; }
    ids[at++] = mix(TEMPLATES.thatSince, thatSince);
    if (w === THAT) thatSince = 1;
    ids[at++] = mix(TEMPLATES.commas, Math.min(commas, 3));
    if (w === COMMA) commas++;
    const [c0, c1, c2] = table.clusters;
    ids[at++] = mix(TEMPLATES.c0, c0[k]);
    ids[at++] = mix(TEMPLATES.c1, c1[k]);
    ids[at++] = mix(TEMPLATES.c2, c2[k]);
    ids[at++] = mix(TEMPLATES.c1m1, k > first ? c1[k - 1] : 1 << 20);
    ids[at++] = mix(TEMPLATES.c1p1, k + 1 < end ? c1[k + 1] : 1 << 20);
    if (l >= 0) ids[at++] = mix(mix(TEMPLATES.leftCluster, c1[l]), ld);
    if (r >= 0) ids[at++] = mix(mix(TEMPLATES.rightCluster, c1[r]), rd);
    ids[at++] = mix(TEMPLATES.pos, i === 0 ? 4 : i === n - 1 ? 5 : Math.min(3, Math.floor((4 * i) / n)));
  }
  offsets[n] = at;
  return { ids: ids.subarray(0, at), offsets };
}
