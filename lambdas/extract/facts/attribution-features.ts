// Token features of the attribution tagger (source / cue / content, BIO). Shared by the runtime
// tagger and its training (scripts/train/train-attribution.ts), so both see the same ids.
import { hashMore, hashString } from '../entities/hash.js';
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

const T = (name: string) => hashString(`${name}=`);
const TEMPLATES = {
  bias: hashString('bias'), w: T('w'), wm1: T('w-1'), wp1: T('w+1'), wm2: T('w-2'), wp2: T('w+2'),
  bm: T('w-1|w'), bp: T('w|w+1'), suf: T('suf'), shape: T('sh'), shapes: T('sh-1|sh|sh+1'), quote: T('q'), quoteEdge: T('q-1|q|q+1'),
  ner: T('ner'), nerm1: T('ner-1'), nerp1: T('ner+1'), cue: T('cue'), cuem1: T('cue-1'), cuep1: T('cue+1'),
  left: T('lcue'), right: T('rcue'), leftWord: T('lcue-w'), rightWord: T('rcue-w'), leftThat: T('lcue-that'),
  pos: T('pos'), toEnd: T('to-end'), leftStrength: T('lcue-b'), rightStrength: T('rcue-b'), thatSince: T('that-since-cue'),
  leftSubject: T('lcue-subj'), rightAfter: T('rcue-next'), wLeft: T('w|lcue'), wRight: T('w|rcue'), commas: T('commas-since-cue'), sides: T('l|r'),
};

function distanceBucket(d: number): number {
  if (d < 0) return 9;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  if (d <= 25) return 6;
  return 7;
}

function shapeOf(text: string): string {
  if (/^\p{Lu}+$/u.test(text) && text.length > 1) return 'X';
  if (/^\p{Lu}/u.test(text)) return 'Xx';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text.length === 1 ? text : text.slice(0, 2);
}

/** Per-document values the features of every sentence read. Computed once per article. */
export interface TokenTable {
  cueBucket: Uint8Array;
  shape: string[];
  ner: string[];
}

export function tokenTable(doc: Document, lexicon: CueLexicon): TokenTable {
  const n = doc.tokens.length;
  const cueBucket = new Uint8Array(n);
  const shape: string[] = new Array(n);
  const ner: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    cueBucket[i] = lexicon.get(doc.lower[i]) ?? 0;
    shape[i] = shapeOf(doc.tokens[i].text);
    const m = doc.mentionOfToken(i);
    ner[i] = m ? `${m.start === doc.tokens[i].start ? 'B' : 'I'}${m.entity.type}` : '-';
  }
  return { cueBucket, shape, ner };
}

/**
 * Feature ids of every token of [first, end), as CSR arrays: ids[offsets[i]..offsets[i+1]) are
 * those of token first+i. `quoted[k]` is 1 for a token inside quotation marks.
 */
export function sentenceFeatures(doc: Document, table: TokenTable, quoted: Uint8Array, first: number, end: number): { ids: Uint32Array; offsets: Int32Array } {
  const n = end - first;
  const offsets = new Int32Array(n + 1);
  const ids: number[] = [];
  const word = (k: number) => (k < first ? '<s>' : k >= end ? '</s>' : doc.lower[k]);
  const strong = (k: number) => table.cueBucket[k] >= STRONG_CUE_BUCKET && !quoted[k];
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
  let thatSince = false;
  for (let i = 0; i < n; i++) {
    const k = first + i;
    offsets[i] = ids.length;
    const w = doc.lower[k];
    const add = (template: number, value: string) => ids.push(hashMore(template, value));
    ids.push(TEMPLATES.bias);
    add(TEMPLATES.w, w);
    add(TEMPLATES.wm1, word(k - 1));
    add(TEMPLATES.wp1, word(k + 1));
    add(TEMPLATES.wm2, word(k - 2));
    add(TEMPLATES.wp2, word(k + 2));
    add(TEMPLATES.bm, `${word(k - 1)}|${w}`);
    add(TEMPLATES.bp, `${w}|${word(k + 1)}`);
    if (w.length > 3) add(TEMPLATES.suf, w.slice(-3));
    add(TEMPLATES.shape, table.shape[k]);
    add(TEMPLATES.shapes, `${k > first ? table.shape[k - 1] : '<s>'}|${table.shape[k]}|${k + 1 < end ? table.shape[k + 1] : '</s>'}`);
    const q = quoted[k];
    add(TEMPLATES.quote, String(q));
    add(TEMPLATES.quoteEdge, `${k > first ? quoted[k - 1] : 2}${q}${k + 1 < end ? quoted[k + 1] : 2}`);
    add(TEMPLATES.ner, table.ner[k]);
    add(TEMPLATES.nerm1, k > first ? table.ner[k - 1] : '<s>');
    add(TEMPLATES.nerp1, k + 1 < end ? table.ner[k + 1] : '</s>');
    add(TEMPLATES.cue, `${table.cueBucket[k]}${q}`);
    add(TEMPLATES.cuem1, String(k > first ? table.cueBucket[k - 1] : 0));
    add(TEMPLATES.cuep1, String(k + 1 < end ? table.cueBucket[k + 1] : 0));
    const l = leftCue[i];
    const r = rightCue[i];
    const ld = distanceBucket(l < 0 ? -1 : k - l);
    const rd = distanceBucket(r < 0 ? -1 : r - k);
    add(TEMPLATES.left, String(ld));
    add(TEMPLATES.right, String(rd));
    add(TEMPLATES.sides, `${ld}|${rd}`);
    add(TEMPLATES.toEnd, String(distanceBucket(end - 1 - k)));
    if (l >= 0) {
      add(TEMPLATES.leftWord, `${doc.lower[l]}|${ld}`);
      add(TEMPLATES.leftStrength, `${table.cueBucket[l]}|${ld}`);
      add(TEMPLATES.leftSubject, `${l > first ? table.shape[l - 1] : '<s>'}|${l > first ? table.ner[l - 1] : '<s>'}|${ld}`);
      add(TEMPLATES.leftThat, doc.lower[l + 1] === 'that' ? 'that' : doc.tokens[l + 1]?.text === ',' ? ',' : '-');
    }
    if (r >= 0) {
      add(TEMPLATES.rightWord, `${doc.lower[r]}|${rd}`);
      add(TEMPLATES.rightStrength, `${table.cueBucket[r]}|${rd}`);
      add(TEMPLATES.rightAfter, `${r + 1 < end ? table.shape[r + 1] : '</s>'}|${rd}`);
    }
    add(TEMPLATES.wLeft, `${w}|${ld}`);
    add(TEMPLATES.wRight, `${w}|${rd}`);
    if (l < 0 || k - l === 1) { commas = 0; thatSince = false; }
    add(TEMPLATES.thatSince, thatSince ? 'y' : 'n');
    if (w === 'that') thatSince = true;
    add(TEMPLATES.commas, String(Math.min(commas, 3)));
    if (w === ',') commas++;
    add(TEMPLATES.pos, i === 0 ? 'first' : i === n - 1 ? 'last' : String(Math.min(3, Math.floor((4 * i) / n))));
  }
  offsets[n] = ids.length;
  return { ids: Uint32Array.from(ids), offsets };
}
