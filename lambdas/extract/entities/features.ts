import type { Sentence, Token } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { CLASSES, classOf, partOf } from './labels.js';
import { NORP_WORDS, ORG_SUFFIXES, PERSON_TITLES } from './lexicon.js';

/** One document (an article) as the tagger sees it. */
export interface DocumentInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Feature ids of every token of a document: ids[offsets[i] .. offsets[i + 1]) belong to token i. */
export interface DocumentFeatures {
  ids: Uint32Array;
  offsets: Int32Array;
}

const CLASS_NAMES = CLASSES as readonly string[];

/** Word shape: Xxxx → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d"; long forms keep up to 4 chars per run. */
function shapeOf(word: string): [full: string, short: string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
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
 * word is cased elsewhere in the article, whether it is part of a longer name there, and —
 * when `prior` labels from a first pass are given — how that pass labelled it elsewhere).
 */
export function documentFeatures(doc: DocumentInput, gazetteer: Gazetteer, prior?: Uint8Array): DocumentFeatures {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const sentenceOf = new Int32Array(n);
  const capsSentence: boolean[] = [];
  const gaz: string[][] = words.map(() => []);
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = si;
    capsSentence.push(isCapsSentence(tokens, s));
    gazetteer.annotate(words, s.tokenStart, s.tokenEnd, gaz);
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

  // Second pass: the class the first pass gave the same word elsewhere in the document.
  let priorVotes: Map<string, number[]> | undefined;
  if (prior) {
    priorVotes = new Map();
    for (let i = 0; i < n; i++) {
      const cls = classOf(prior[i]);
      if (cls < 0) continue;
      const votes = priorVotes.get(lower[i]) ?? [0, 0, 0, 0];
      votes[cls]++;
      priorVotes.set(lower[i], votes);
    }
  }

  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  const feats: string[] = [];
  for (let i = 0; i < n; i++) {
    feats.length = 0;
    const s = sentences[sentenceOf[i]];
    const caps = capsSentence[sentenceOf[i]];
    const w = words[i];
    const lw = lower[i];
    const [shape, short] = shapes[i];
    const at = (k: number) => (k < s.tokenStart ? '<s>' : k >= s.tokenEnd ? '</s>' : lower[k]);
    const shapeAt = (k: number) => (k < s.tokenStart ? '<s>' : k >= s.tokenEnd ? '</s>' : shapes[k][1]);
    const first = i === s.tokenStart;
    feats.push('b', `w=${w}`, `l=${lw}`, `s=${shape}`, `ss=${short}`);
    for (let k = 1; k <= 4 && k < lw.length; k++) feats.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(-k)}`);
    const l1 = at(i - 1);
    const r1 = at(i + 1);
    feats.push(`l-1=${l1}`, `l+1=${r1}`, `l-2=${at(i - 2)}`, `l+2=${at(i + 2)}`);
    feats.push(`s-1=${shapeAt(i - 1)}`, `s+1=${shapeAt(i + 1)}`, `s3=${shapeAt(i - 1)}|${short}|${shapeAt(i + 1)}`);
    feats.push(`ll=${l1}|${lw}`, `lr=${lw}|${r1}`);
    if (first) feats.push('first', `first|ss=${short}`);
    if (caps) feats.push('caps', `caps|l=${lw}`, `caps|ss=${short}`);
    const cased = casing.get(lw) ?? 0;
    const named = inName.get(lw) ?? 0;
    if (/\p{L}/u.test(w)) {
      feats.push(`dc=${cased}`, `dn=${named}`);
      if (first || caps) feats.push(`dc*=${cased}|${caps ? 'c' : 'f'}`, `dn*=${named}|${caps ? 'c' : 'f'}`);
    }
    for (const g of gaz[i]) feats.push(g);
    if (i > s.tokenStart) for (const g of gaz[i - 1]) feats.push(`<${g}`);
    if (i + 1 < s.tokenEnd) for (const g of gaz[i + 1]) feats.push(`>${g}`);
    if (PERSON_TITLES.has(l1)) feats.push('title-1');
    if (PERSON_TITLES.has(at(i - 2))) feats.push('title-2');
    if (ORG_SUFFIXES.has(lw)) feats.push('orgsfx');
    if (ORG_SUFFIXES.has(r1)) feats.push('orgsfx+1');
    if (ORG_SUFFIXES.has(at(i + 2))) feats.push('orgsfx+2');
    if (NORP_WORDS.has(w)) feats.push('norp');
    if (priorVotes && prior) {
      const votes = priorVotes.get(lw);
      if (votes) {
        let best = 0;
        for (let c = 1; c < 4; c++) if (votes[c] > votes[best]) best = c;
        feats.push(`d2=${CLASS_NAMES[best]}`, `d2s=${CLASS_NAMES[best]}|${short}`);
      }
      const own = prior[i];
      if (own !== 0) feats.push(`d2own=${partOf(own)}`);
    }
    offsets[i] = ids.length;
    for (const f of feats) ids.push(hashString(f));
  }
  offsets[n] = ids.length;
  return { ids: Uint32Array.from(ids), offsets };
}
