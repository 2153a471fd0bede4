import type { Sentence, Token } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './word-clusters.js';
import { hashMore, hashString } from './hash.js';
import { CLASSES, classOf, partOf } from './labels.js';
import { NORP_WORDS, ORG_SUFFIXES, PERSON_TITLES } from './lexicon.js';

/** One document (an article) as the tagger sees it. */
export interface DocumentInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** The word lists and clusters features look words up in. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: WordClusters;
  /**
   * Optional feature families a model was trained with (its header's `features`): "agg" and "aggc",
   * context aggregation by words or by word clusters (below). A model without them is computed
   * exactly as before.
   */
  extensions?: readonly string[];
}

/** Distinct neighbouring words kept per side for a word's context aggregation. */
const AGGREGATE_LIMIT = 12;

/** Feature ids of every token of a document: ids[offsets[i] .. offsets[i + 1]) belong to token i. */
export interface DocumentFeatures {
  ids: Uint32Array;
  offsets: Int32Array;
}

const CLASS_NAMES = CLASSES as readonly string[];

// Hashes of the fixed feature-name prefixes, so that ids build without string concatenation.
const H = {
  b: hashString('b'),
  w: hashString('w='),
  l: hashString('l='),
  s: hashString('s='),
  ss: hashString('ss='),
  p: [0, 1, 2, 3, 4].map((k) => hashString(`p${k}=`)),
  x: [0, 1, 2, 3, 4].map((k) => hashString(`x${k}=`)),
  lm1: hashString('l-1='),
  lp1: hashString('l+1='),
  lm2: hashString('l-2='),
  lp2: hashString('l+2='),
  sm1: hashString('s-1='),
  sp1: hashString('s+1='),
  s3: hashString('s3='),
  ll: hashString('ll='),
  lr: hashString('lr='),
  first: hashString('first'),
  firstss: hashString('first|ss='),
  caps: hashString('caps'),
  capsl: hashString('caps|l='),
  capsss: hashString('caps|ss='),
  dc: [0, 1, 2, 3].map((k) => hashString(`dc=${k}`)),
  dn: Array.from({ length: 8 }, (_, k) => hashString(`dn=${k}`)),
  title1: hashString('title-1'),
  title2: hashString('title-2'),
  orgsfx: hashString('orgsfx'),
  orgsfx1: hashString('orgsfx+1'),
  orgsfx2: hashString('orgsfx+2'),
  norp: hashString('norp'),
  ag: [hashString('ag-1='), hashString('ag+1=')],
};

// Cluster feature ids, by prefix and cluster id: the same few thousand strings recur in every document.
const CLUSTER_FEATURES = new Map<string, number[]>();
function clusterFeature(prefix: string, id: number): number {
  let ids = CLUSTER_FEATURES.get(prefix);
  if (!ids) CLUSTER_FEATURES.set(prefix, (ids = []));
  return (ids[id] ??= hashString(prefix + id));
}

/** Word shape: Xxxx → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d"; long forms keep up to 4 chars per run. */
export function shapeOf(word: string): [full: string, short: string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[i];
    else {
      const ch = word[i];
      c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
    if (c === last) run++;
    else run = 1;
    if (run <= 4) full += c;
    if (c !== last) short += c;
    last = c;
  }
  return [full, short];
}

/** Is the sentence set in capitals (a headline or a wire slug)? */
function isCapsSentence(tokens: Token[], s: Sentence): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (!/\p{L}.*\p{L}/u.test(t)) continue;
    letters++;
    if (!/\p{Ll}/u.test(t)) upper++;
  }
  return letters >= 2 && upper / letters >= 0.7;
}

/**
 * Features of every token: the word and its neighbours, shape, affixes, sentence position,
 * headline casing, gazetteer matches and cue words, and document-level evidence (how the same
 * word is cased elsewhere in the article, whether it is part of a longer name there).
 */
export function documentFeatures(doc: DocumentInput, resources: FeatureResources): DocumentFeatures {
  const { tokens, sentences } = doc;
  const { gazetteer, clusters } = resources;
  const n = tokens.length;
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const hasLetter = words.map((w) => /\p{L}/u.test(w));
  // "OPEC+" reads as OPEC for the word features.
  const plain = words.map((w) => (w.length > 1 && w.endsWith('+') ? w.replace(/\++$/, '') : ''));
  const clusterRows = lower.map((lw, i) => clusters.find(plain[i] ? plain[i].toLowerCase() : lw));
  const sentenceOf = new Int32Array(n);
  const capsSentence: boolean[] = [];
  const gaz: string[][] = words.map(() => []);
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = si;
    capsSentence.push(isCapsSentence(tokens, s));
    gazetteer.annotate(words, lower, s.tokenStart, s.tokenEnd, gaz);
  });

  // How each word is written mid-sentence in ordinary (not all-caps) sentences of this document.
  const casing = new Map<string, number>(); // bit 1: capitalised seen, bit 2: lower case seen
  const inName = new Map<string, number>(); // bit 1: first of a longer name, 2: middle, 4: last
  sentences.forEach((s, si) => {
    if (capsSentence[si]) return;
    let runStart = -1;
    for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
      const cap = i < s.tokenEnd && /^\p{Lu}/u.test(words[i]);
      if (i < s.tokenEnd && i > s.tokenStart && /^\p{L}/u.test(words[i])) {
        casing.set(lower[i], (casing.get(lower[i]) ?? 0) | (cap ? 1 : 2));
      }
      if (cap && runStart < 0) runStart = i;
      if (!cap && runStart >= 0) {
        if (i - runStart >= 2) {
          for (let k = runStart; k < i; k++) {
            const bit = k === runStart ? 1 : k === i - 1 ? 4 : 2;
            inName.set(lower[k], (inName.get(lower[k]) ?? 0) | bit);
          }
        }
        runStart = -1;
      }
    }
  });

  // Context aggregation (Ratinov & Roth 2009): for a capitalised word, the words next to its other
  // occurrences in the document ("engineering group Jarvis", "shares in Jarvis" speak for the
  // "Jarvis said" of another sentence). Per word: neighbour → occurrences, left and right.
  // "aggc": the same with the neighbours' word clusters (400 clusters) instead of the words.
  const aggregateWords = resources.extensions?.includes('agg') ?? false;
  const aggregateClusters = (resources.extensions?.includes('aggc') ?? false) && clusters.granularities > 1;
  const aggregate = aggregateWords || aggregateClusters;
  const contexts = new Map<string, [Map<string, number>, Map<string, number>]>();
  const leftOf = (i: number) => (i > sentences[sentenceOf[i]].tokenStart ? lower[i - 1] : '<s>');
  const rightOf = (i: number) => (i + 1 < sentences[sentenceOf[i]].tokenEnd ? lower[i + 1] : '</s>');
  if (aggregate) {
    for (let i = 0; i < n; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      let sides = contexts.get(lower[i]);
      if (!sides) contexts.set(lower[i], (sides = [new Map(), new Map()]));
      const l = leftOf(i);
      const r = rightOf(i);
      sides[0].set(l, (sides[0].get(l) ?? 0) + 1);
      sides[1].set(r, (sides[1].get(r) ?? 0) + 1);
    }
  }

  let ids = new Uint32Array(Math.max(64, n * 64));
  let count = 0;
  const offsets = new Int32Array(n + 1);
  const emit = (h: number) => {
    if (count === ids.length) {
      const grown = new Uint32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = h;
  };
  const emitString = (f: string) => emit(hashString(f));
  const emitPair = (prefix: number, value: string) => emit(hashMore(prefix, value));
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    const s = sentences[sentenceOf[i]];
    const caps = capsSentence[sentenceOf[i]];
    const w = words[i];
    const lw = lower[i];
    const [shape, short] = shapes[i];
    const lo = s.tokenStart;
    const hi = s.tokenEnd;
    const first = i === lo;
    emit(H.b);
    emitPair(H.w, w);
    emitPair(H.l, lw);
    if (plain[i]) {
      emitPair(H.w, plain[i]);
      emitPair(H.l, plain[i].toLowerCase());
    }
    const row = clusterRows[i];
    if (row >= 0) for (let g = 0; g < clusters.granularities; g++) emit(clusterFeature(`c${g}=`, clusters.cluster(row, g)));
    const fine = clusters.granularities - 1;
    if (i > lo && clusterRows[i - 1] >= 0) emit(clusterFeature('c-1=', clusters.cluster(clusterRows[i - 1], fine)));
    if (i + 1 < hi && clusterRows[i + 1] >= 0) emit(clusterFeature('c+1=', clusters.cluster(clusterRows[i + 1], fine)));
    emitPair(H.s, shape);
    emitPair(H.ss, short);
    for (let k = 1; k <= 4 && k < lw.length; k++) {
      emit(hashMore(H.p[k], lw, 0, k));
      emit(hashMore(H.x[k], lw, lw.length - k));
    }
    const l1 = i - 1 >= lo ? lower[i - 1] : '<s>';
    const l2 = i - 2 >= lo ? lower[i - 2] : '<s>';
    const r1 = i + 1 < hi ? lower[i + 1] : '</s>';
    const r2 = i + 2 < hi ? lower[i + 2] : '</s>';
    const s1 = i - 1 >= lo ? shapes[i - 1][1] : '<s>';
    const s2 = i + 1 < hi ? shapes[i + 1][1] : '</s>';
    emitPair(H.lm1, l1);
    emitPair(H.lp1, r1);
    emitPair(H.lm2, l2);
    emitPair(H.lp2, r2);
    emitPair(H.sm1, s1);
    emitPair(H.sp1, s2);
    emitPair(hashMore(hashMore(hashMore(hashMore(H.s3, s1), '|'), short), '|'), s2);
    emitPair(hashMore(hashMore(H.ll, l1), '|'), lw);
    emitPair(hashMore(hashMore(H.lr, lw), '|'), r1);
    if (first) {
      emit(H.first);
      emitPair(H.firstss, short);
    }
    if (caps) {
      emit(H.caps);
      emitPair(H.capsl, lw);
      emitPair(H.capsss, short);
    }
    if (hasLetter[i]) {
      const cased = casing.get(lw) ?? 0;
      const named = inName.get(lw) ?? 0;
      emit(H.dc[cased]);
      emit(H.dn[named]);
      if (first || caps) {
        emitString(`dc*=${cased}|${caps ? 'c' : 'f'}`);
        emitString(`dn*=${named}|${caps ? 'c' : 'f'}`);
      }
    }
    for (const g of gaz[i]) emitString(g);
    if (i > lo) for (const g of gaz[i - 1]) emitString(`<${g}`);
    if (i + 1 < hi) for (const g of gaz[i + 1]) emitString(`>${g}`);
    if (PERSON_TITLES.has(l1)) emit(H.title1);
    if (PERSON_TITLES.has(l2)) emit(H.title2);
    if (ORG_SUFFIXES.has(lw)) emit(H.orgsfx);
    if (ORG_SUFFIXES.has(r1)) emit(H.orgsfx1);
    if (ORG_SUFFIXES.has(r2)) emit(H.orgsfx2);
    if (NORP_WORDS.has(w)) emit(H.norp);
    const sides = aggregate && /^\p{Lu}/u.test(w) ? contexts.get(lw) : undefined;
    if (sides) {
      // Only the contexts of the word's other occurrences: its own neighbours are features already.
      const own = [l1, r1];
      for (let side = 0; side < 2; side++) {
        let kept = 0;
        for (const [context, count] of sides[side]) {
          if (context === own[side] && count === 1) continue;
          if (aggregateWords) emitPair(H.ag[side], context);
          if (aggregateClusters) {
            const row = clusters.find(context);
            if (row >= 0) emit(clusterFeature(side ? 'agc+1=' : 'agc-1=', clusters.cluster(row, 1)));
          }
          if (++kept === AGGREGATE_LIMIT) break;
        }
      }
    }
  }
  offsets[n] = count;
  return { ids: ids.slice(0, count), offsets };
}

/**
 * Second-pass features: the class the first pass gave the same word across the document (by
 * vote), with the word's shape, and the first pass's own BILOU part for this token.
 */
export function priorFeatures(doc: DocumentInput, prior: Uint8Array): DocumentFeatures {
  const n = doc.tokens.length;
  const lower = doc.tokens.map((t) => t.text.toLowerCase());
  const votesByWord = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const cls = classOf(prior[i]);
    if (cls < 0) continue;
    const votes = votesByWord.get(lower[i]) ?? [0, 0, 0, 0];
    votes[cls]++;
    votesByWord.set(lower[i], votes);
  }
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    const votes = votesByWord.get(lower[i]);
    if (votes) {
      let best = 0;
      for (let c = 1; c < 4; c++) if (votes[c] > votes[best]) best = c;
      ids.push(hashString(`d2=${CLASS_NAMES[best]}`), hashString(`d2s=${CLASS_NAMES[best]}|${shapeOf(doc.tokens[i].text)[1]}`));
    }
    if (prior[i] !== 0) ids.push(hashString(`d2own=${partOf(prior[i])}`));
  }
  offsets[n] = ids.length;
  return { ids: Uint32Array.from(ids), offsets };
}

/** Token by token, the ids of `a` followed by those of `b`. */
export function concatFeatures(a: DocumentFeatures, b: DocumentFeatures): DocumentFeatures {
  const n = a.offsets.length - 1;
  const ids = new Uint32Array(a.ids.length + b.ids.length);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    ids.set(a.ids.subarray(a.offsets[i], a.offsets[i + 1]), at);
    at += a.offsets[i + 1] - a.offsets[i];
    ids.set(b.ids.subarray(b.offsets[i], b.offsets[i + 1]), at);
    at += b.offsets[i + 1] - b.offsets[i];
  }
  offsets[n] = at;
  return { ids, offsets };
}
