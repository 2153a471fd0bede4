// Trains the attribution tagger (lambdas/extract/facts/attribution-tagger.ts) on PolNeAR train:
// a cue lexicon counted from the annotated cues, then a structured averaged perceptron over
// source / cue / content BIO labels, sentence by sentence. Deterministic: fixed seed, fixed epochs,
// sorted rows and a fixed gzip level reproduce the committed model byte for byte.
// `npx tsx scripts/train/train-attribution.ts [--data DIR] [--epochs N] [--out FILE]`, or
// `npm run train -- --model attribution`.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FactContext } from '../../lambdas/extract/context.js';
import { recognizeEntities } from '../../lambdas/extract/entities/index.js';
import {
  beginOf, CONTENT, CUE, CUE_BUCKETS, NUM_ATTRIBUTION_LABELS, SOURCE, sentenceFeatures, tokenTable, type CueLexicon,
} from '../../lambdas/extract/facts/attribution-features.js';
import { candidateFeatures } from '../../lambdas/extract/facts/attribution-filter.js';
import {
  decodeAttributionModel, encodeAttributionModel, spansOf, tagSentence, viterbi, type AttributionModel, type FilterModel, type TaggerParameters,
} from '../../lambdas/extract/facts/attribution-tagger.js';
import { Document } from '../../lambdas/extract/facts/document.js';
import { findQuotations, quotationMask } from '../../lambdas/extract/facts/quotations.js';
import { tagCandidates, taggedSentence } from '../../lambdas/extract/facts/tagged-attributions.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import { loadSplit, type GoldDocument, type GoldSpan, type Piece } from '../eval/quotes/polnear.js';
import { spansMatch } from '../eval/quotes/score.js';
import { mulberry32, trainAveragedPerceptron, type PerceptronSample } from './perceptron.js';

export const ATTRIBUTION_SEED = 20261203;
/** Parts of train for the filter's held-out candidates. */
const FILTER_FOLDS = 4;
/** Log-odds below which a candidate is dropped (chosen on PolNeAR dev for all-attribution F1). */
const FILTER_THRESHOLD = -2;
const L = NUM_ATTRIBUTION_LABELS;

export interface PreparedAttributionDoc {
  doc: Document;
  quoted: Uint8Array;
  /** Characters inside quotation marks. */
  mask: Uint8Array;
  gold: Uint8Array;
  /** Content pieces of every annotated attribution, to tell the filter which candidates are real. */
  contents: Piece[][];
}

function articleOf(text: string): Article {
  return {
    title: null, body: text, publishedAt: null, source: null, sources: [], dateline: null,
    language: 'en', url: null, author: null, submittedBy: null, format: 'text',
  };
}

/** Tokens, sentences and entities as extract() makes them, and the quotation flag of each token. */
export function prepare(gold: GoldDocument): { doc: Document; quoted: Uint8Array; mask: Uint8Array } {
  const article = articleOf(gold.text);
  const text = articleText(article);
  if (text !== gold.text) throw new Error(`${gold.name}: normalized text differs from the source`);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx: FactContext = { text, tokens, sentences, article, entities: [], timex: [], quantities: [] };
  ctx.entities = recognizeEntities(ctx);
  const doc = new Document(ctx);
  const mask = quotationMask(text.length, findQuotations(text));
  return { doc, mask, quoted: Uint8Array.from(tokens, (t) => mask[t.start]) };
}

/** Token labels of one document: attributions longest content first, each all or nothing, so nested ones do not tear the outer. */
export function goldLabels(doc: Document, gold: GoldDocument): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length);
  const tokensOf = (span: GoldSpan) => span.pieces.map((p) => {
    const first = doc.tokenAt(p.start);
    let last = first;
    while (last + 1 < doc.tokens.length && doc.tokens[last + 1].start < p.end) last++;
    return first < doc.tokens.length && doc.tokens[first].start < p.end ? [first, last] : undefined;
  }).filter((x): x is number[] => !!x);
  const size = (s?: GoldSpan) => (s ? s.end - s.start : 0);
  const ordered = gold.attributions.filter((a) => a.content && a.cue).sort((a, b) => size(b.content) - size(a.content));
  for (const a of ordered) {
    const parts: Array<[number, number[]]> = [];
    for (const [role, span] of [[SOURCE, a.source], [CUE, a.cue], [CONTENT, a.content]] as const) {
      if (span) for (const range of tokensOf(span)) parts.push([role, range]);
    }
    if (parts.some(([, [f, l]]) => labels.subarray(f, l + 1).some((y) => y !== 0))) continue;
    for (const [role, [f, l]] of parts) {
      labels[f] = beginOf(role);
      labels.fill(beginOf(role) + 1, f + 1, l + 1);
    }
  }
  return labels;
}

/** Cue lexicon: the share of a word's occurrences inside an annotated cue, bucketed. */
export function learnCueLexicon(docs: PreparedAttributionDoc[]): CueLexicon {
  const inCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const d of docs) {
    for (let k = 0; k < d.doc.tokens.length; k++) {
      const w = d.doc.lower[k];
      if (d.quoted[k]) continue;
      total.set(w, (total.get(w) ?? 0) + 1);
      if (d.gold[k] === beginOf(CUE) || d.gold[k] === beginOf(CUE) + 1) inCue.set(w, (inCue.get(w) ?? 0) + 1);
    }
  }
  const thresholds = [0.02, 0.08, 0.2, 0.4, 0.65];
  const lexicon: CueLexicon = new Map();
  for (const [w, n] of inCue) {
    const share = n / (total.get(w) ?? n);
    if (n < 2 || w.length > 40) continue;
    let bucket = 0;
    for (let b = 0; b < CUE_BUCKETS; b++) if (share >= thresholds[b]) bucket = b + 1;
    if (bucket) lexicon.set(w, bucket);
  }
  return lexicon;
}

type Sample = PerceptronSample;

export function trainTagger(docs: PreparedAttributionDoc[], options: { epochs: number; minCount: number; log: (line: string) => void }): TaggerParameters {
  const lexicon = learnCueLexicon(docs);
  options.log(`cue lexicon: ${lexicon.size} words`);
  const raw: Array<{ ids: Uint32Array; offsets: Int32Array; gold: Uint8Array }> = [];
  const counts = new Map<number, number>();
  for (const d of docs) {
    const table = tokenTable(d.doc, lexicon);
    for (const s of d.doc.ctx.sentences) {
      const range = taggedSentence(table, d.quoted, s.tokenStart, s.tokenEnd);
      if (!range) continue;
      const features = sentenceFeatures(table, d.quoted, range[0], range[1]);
      const f = { ids: features.ids.slice(), offsets: features.offsets };
      for (const id of f.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      raw.push({ ...f, gold: d.gold.slice(range[0], range[1]) });
    }
  }
  const rowOf = new Map<number, number>();
  const hashes: number[] = [];
  for (const [id, count] of counts) {
    if (count < options.minCount) continue;
    rowOf.set(id, hashes.length);
    hashes.push(id);
  }
  const samples: Sample[] = raw.map((r) => {
    const rows: number[] = [];
    const offsets = new Int32Array(r.offsets.length);
    for (let i = 0; i + 1 < r.offsets.length; i++) {
      offsets[i] = rows.length;
      for (let k = r.offsets[i]; k < r.offsets[i + 1]; k++) {
        const row = rowOf.get(r.ids[k]);
        if (row !== undefined) rows.push(row);
      }
    }
    offsets[r.offsets.length - 1] = rows.length;
    return { rows: Int32Array.from(rows), offsets, gold: r.gold };
  });
  options.log(`${samples.length} sentences, ${hashes.length} feature rows`);
  const { w, t } = trainAveragedPerceptron(samples, {
    rows: hashes.length, labels: L, epochs: options.epochs, seed: ATTRIBUTION_SEED, decode: viterbi,
    onEpoch: (epoch, errorRate) => options.log(`  epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% token errors`),
  });
  return { lexicon, ...quantize(hashes, w), transitions: Float32Array.from(t) };
}

interface FilterSample {
  ids: Uint32Array;
  real: boolean;
}

/** The tagger's candidates in `docs`, each with its filter features and whether it matches an annotated content. */
export function filterSamples(docs: PreparedAttributionDoc[], model: AttributionModel): FilterSample[] {
  const out: FilterSample[] = [];
  for (const d of docs) {
    const table = tokenTable(d.doc, model.lexicon);
    for (const c of tagCandidates(d.doc, model, table, d.quoted, d.mask)) {
      const span = { start: d.doc.tokens[c.content.first].start, end: d.doc.tokens[c.content.last].end };
      out.push({ ids: candidateFeatures(d.doc, table, c), real: d.contents.some((g) => spansMatch([span], g)) });
    }
  }
  return out;
}

/**
 * Candidates for the filter from taggers that never saw their documents: the train documents in
 * `folds` parts, each tagged by a tagger trained on the others, so the filter learns what the
 * tagger's mistakes on unseen text look like.
 */
export function heldOutSamples(docs: PreparedAttributionDoc[], folds: number, options: { epochs: number; minCount: number; log: (line: string) => void }): FilterSample[] {
  const out: FilterSample[] = [];
  for (let f = 0; f < folds; f++) {
    const rest = docs.filter((_, i) => i % folds !== f);
    const held = docs.filter((_, i) => i % folds === f);
    const tagger = decodeAttributionModel(encodeAttributionModel(trainTagger(rest, { ...options, log: () => {} })));
    const samples = filterSamples(held, tagger);
    options.log(`fold ${f + 1}/${folds}: ${samples.length} candidates, ${samples.filter((s) => s.real).length} real`);
    out.push(...samples);
  }
  return out;
}

/** Logistic regression by SGD over the candidates' hashed features (L2, fixed epochs, seeded order). */
export function trainFilter(samples: FilterSample[], options: { epochs: number; threshold: number }): FilterModel {
  const counts = new Map<number, number>();
  for (const s of samples) for (const id of s.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [id, n] of counts) if (n >= 2) index.set(id, index.size);
  const w = new Float64Array(index.size);
  let bias = 0;
  const rows = samples.map((s) => Int32Array.from([...s.ids].map((id) => index.get(id) ?? -1).filter((k) => k >= 0)));
  const order = samples.map((_, i) => i);
  const random = mulberry32(ATTRIBUTION_SEED + 1);
  const l2 = 1e-4;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.1 / (1 + epoch);
    for (const i of order) {
      let z = bias;
      for (const k of rows[i]) z += w[k];
      const g = 1 / (1 + Math.exp(-z)) - (samples[i].real ? 1 : 0);
      bias -= rate * g;
      for (const k of rows[i]) w[k] -= rate * (g + l2 * w[k]);
    }
  }
  const weights = new Map<number, number>();
  for (const [id, k] of index) if (Math.abs(w[k]) >= 1e-3) weights.set(id, Math.fround(w[k]));
  return { weights, bias: Math.fround(bias), threshold: options.threshold };
}

/** int8 weights, w ≈ q·scale; rows that round to all zeros are dropped, rows sorted by hash. */
function quantize(hashes: number[], w: Float64Array): { hashes: Uint32Array; weights: Int8Array; scale: number } {
  // No clipping: the few large weights (bias, strong cues) decide most labels (clipping at the
  // 99.99th percentile cost 20 points of dev content F1).
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]));
  const scale = Math.fround((max || 1) / 127);
  const order = hashes.map((_, r) => r).sort((a, b) => hashes[a] - hashes[b]);
  const keptHashes: number[] = [];
  const kept: number[] = [];
  for (const r of order) {
    const row = Array.from({ length: L }, (_, y) => Math.round(w[r * L + y] / scale));
    if (row.every((q) => q === 0)) continue;
    keptHashes.push(hashes[r]);
    kept.push(...row);
  }
  return { hashes: Uint32Array.from(keptHashes), weights: Int8Array.from(kept), scale };
}

/** Span-level precision and recall of each role on held-out documents (exact token spans). */
export function evaluateTagger(docs: PreparedAttributionDoc[], model: ReturnType<typeof decodeAttributionModel>): string {
  const names = ['source', 'cue', 'content'];
  const tp = [0, 0, 0];
  const fp = [0, 0, 0];
  const fn = [0, 0, 0];
  for (const d of docs) {
    const table = tokenTable(d.doc, model.lexicon);
    for (const s of d.doc.ctx.sentences) {
      const range = taggedSentence(table, d.quoted, s.tokenStart, s.tokenEnd);
      if (!range) continue;
      const predicted = spansOf(tagSentence(model, table, d.quoted, range[0], range[1]), range[0]);
      const gold = spansOf(d.gold.slice(range[0], range[1]), range[0]);
      const key = (x: { role: number; first: number; last: number }) => `${x.role}:${x.first}:${x.last}`;
      const goldKeys = new Set(gold.map(key));
      const predictedKeys = new Set(predicted.map(key));
      for (const p of predicted) (goldKeys.has(key(p)) ? tp : fp)[p.role]++;
      for (const g of gold) if (!predictedKeys.has(key(g))) fn[g.role]++;
    }
  }
  return names.map((name, r) => `${name}: P ${(100 * tp[r] / Math.max(1, tp[r] + fp[r])).toFixed(1)} R ${(100 * tp[r] / Math.max(1, tp[r] + fn[r])).toFixed(1)}`).join(', ');
}

/** Trains on PolNeAR train, reports dev, writes the model module the runtime imports. */
export function runAttributionTraining(dataDir: string, options: { epochs?: number; minCount?: number; threshold?: number; out?: string; log?: (line: string) => void } = {}): void {
  const log = options.log ?? console.log;
  const polnear = join(dataDir, 'polnear');
  if (!existsSync(join(polnear, 'train'))) {
    console.error(`PolNeAR not found at ${polnear}: pass --data DIR (the research data folder).`);
    process.exit(2);
  }
  const prepareAll = (split: 'train' | 'dev') => loadSplit(polnear, split).map((g) => {
    const { doc, quoted, mask } = prepare(g);
    return { doc, quoted, mask, gold: goldLabels(doc, g), contents: g.attributions.flatMap((a) => (a.content ? [a.content.pieces] : [])) };
  });
  const train = prepareAll('train');
  log(`PolNeAR train: ${train.length} documents`);
  const taggerOptions = { epochs: options.epochs ?? 8, minCount: options.minCount ?? 2, log };
  const samples = heldOutSamples(train, FILTER_FOLDS, taggerOptions);
  const filter = trainFilter(samples, { epochs: 10, threshold: options.threshold ?? FILTER_THRESHOLD });
  log(`filter: ${filter.weights.size} weights from ${samples.length} held-out candidates`);
  const bytes = encodeAttributionModel(trainTagger(train, taggerOptions), filter);
  const packed = gzipSync(bytes, { level: 9 });
  const out = resolve(options.out ?? 'lambdas/extract/facts/attribution-model.ts');
  writeFileSync(out, modelModule(packed));
  log(`model: ${(bytes.length / 1024).toFixed(0)} KB, ${(packed.length / 1024).toFixed(0)} KB gzipped → ${out}`);
  const dev = prepareAll('dev');
  log(`dev (${dev.length} documents), exact spans: ${evaluateTagger(dev, decodeAttributionModel(bytes))}`);
}

function modelModule(packed: Buffer): string {
  return [
    '// Generated by `npm run train -- --model attribution` (scripts/train/train-attribution.ts) from PolNeAR train.',
    '// The gzipped attribution tagger, base64: cue lexicon, transitions and int8 feature weights. Do not edit.',
    `export const ATTRIBUTION_MODEL = '${packed.toString('base64')}';`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, epochs: { type: 'string' }, 'min-count': { type: 'string' }, threshold: { type: 'string' }, out: { type: 'string' } } });
  runAttributionTraining(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), {
    epochs: values.epochs ? Number(values.epochs) : undefined,
    minCount: values['min-count'] ? Number(values['min-count']) : undefined,
    threshold: values.threshold ? Number(values.threshold) : undefined,
    out: values.out,
  });
}
