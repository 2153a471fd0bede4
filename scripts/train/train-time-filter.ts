// `npm run train -- --model time-filter`: the time span filter (scripts/eval/time/span-filter.ts),
// a logistic model of whether TimeBank annotates a span the rules found with the value they gave it,
// trained on the tune split of TempEval-3 Training only (every document but each 5th, the held-out
// dev split of `npm run eval -- time`). The L2 weight and the keep threshold are chosen by 5-fold
// cross-validation over tune's documents on value F1. Full-batch gradient descent from zero weights:
// no randomness, so the same data gives the same JSON byte for byte. Not kept in the runtime (it
// lowered the held-out splits, docs/quality/time.md): measure a model with
// NEWSFACTS_TIME_FILTER=FILE npm run eval -- time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { articleText } from '../../lambdas/normalize/article.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../lambdas/extract/time/index.js';
import { spanFeatures, type SpanFilterModel } from '../eval/time/span-filter.js';
import type { Timex } from '../../lambdas/extract/types.js';
import { articleFor, listTml } from '../eval/time.js';
import { emptyCounts, scoreDocument, scores } from '../eval/time/tempeval-score.js';
import { parseTimeML, type GoldTimex } from '../eval/time/timeml.js';

export const TIME_FILTER_FILE = join(tmpdir(), 'time-span-filter.json');

interface Example {
  features: number[];
  label: 0 | 1;
}

interface Doc {
  gold: GoldTimex[];
  spans: Timex[];
  examples: Example[];
}

const LAMBDAS = [1, 3, 10, 30];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const ITERATIONS = 400;
const MIN_COUNT = 2;
const RATE = 0.3;

/** Logistic regression, L2 on every weight but the bias (feature 0), by gradient descent. */
export function trainLogistic(examples: Example[], featureCount: number, lambda: number, iterations = ITERATIONS): Float64Array {
  const w = new Float64Array(featureCount);
  const grad = new Float64Array(featureCount);
  const squares = new Float64Array(featureCount);
  // AdaGrad on the summed loss: rare features (a word seen twice) move as fast as the bias.
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (const e of examples) {
      let z = 0;
      for (const f of e.features) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - e.label;
      for (const f of e.features) grad[f] += g;
    }
    for (let f = 0; f < featureCount; f++) {
      const g = grad[f] + (f === 0 ? 0 : lambda * w[f]);
      if (g === 0) continue;
      squares[f] += g * g;
      w[f] -= (RATE * g) / Math.sqrt(squares[f]);
    }
  }
  return w;
}

const probability = (w: Float64Array, features: number[]) => {
  let z = 0;
  for (const f of features) z += w[f];
  return 1 / (1 + Math.exp(-z));
};

function valueF1(docs: Doc[], keep: (doc: number, span: number) => boolean): number {
  const counts = emptyCounts();
  docs.forEach((d, i) => {
    scoreDocument(d.gold, d.spans.filter((_, j) => keep(i, j)), counts);
  });
  return scores(counts).valueF1;
}

export function runTimeFilterTraining(dataDir: string, options: { out?: string; log?: (line: string) => void } = {}): void {
  const log = options.log ?? console.log;
  const root = join(dataDir, 'tempeval3', 'Training');
  if (!existsSync(root)) {
    console.error(`TempEval-3 training data not found at ${root}: pass --data DIR (the research data folder).`);
    process.exit(2);
  }
  const index = new Map<string, number>([['bias', 0]]);
  const counts = new Map<string, number>();
  const raw: { gold: GoldTimex[]; spans: Timex[]; features: string[][]; labels: (0 | 1)[] }[] = [];
  listTml(root).forEach((file, i) => {
    if (i % 5 === 4) return; // the held-out dev split
    const doc = parseTimeML(readFileSync(file, 'utf8'), relative(root, file));
    const article = articleFor(doc);
    const text = articleText(article);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const spans = extractTimex({ text, tokens, sentences, article });
    let s = 0;
    const features = spans.map((t) => {
      while (s < sentences.length - 1 && sentences[s].end <= t.start) s++;
      const sentence = sentences[s] && sentences[s].start <= t.start ? sentences[s] : undefined;
      return spanFeatures(text, t, sentence, sentence ? s : 0);
    });
    // A span is worth keeping when a gold span it overlaps has its value.
    const labels = spans.map((t) => (doc.timex.some((g) => g.start < t.end && t.start < g.end && g.value === t.value) ? 1 : 0) as 0 | 1);
    for (const fs of features) for (const f of new Set(fs)) counts.set(f, (counts.get(f) ?? 0) + 1);
    raw.push({ gold: doc.timex, spans, features, labels });
  });
  for (const [f, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (c >= MIN_COUNT && !index.has(f)) index.set(f, index.size);
  const docs: Doc[] = raw.map((r) => ({
    gold: r.gold,
    spans: r.spans,
    examples: r.features.map((fs, j) => ({ features: [...new Set(fs)].filter((f) => index.has(f)).map((f) => index.get(f)!), label: r.labels[j] })),
  }));
  const all = docs.flatMap((d) => d.examples);
  log(`time filter: ${docs.length} tune documents, ${all.length} spans (${all.filter((e) => e.label).length} right), ${index.size} features`);
  log(`tune value F1 without the filter: ${(100 * valueF1(docs, () => true)).toFixed(2)}`);

  // 5-fold cross-validation over documents: each fold's spans are judged by a model that never saw them.
  let best = { lambda: LAMBDAS[0], threshold: 0, f1: valueF1(docs, () => true) };
  for (const lambda of LAMBDAS) {
    const p: number[][] = docs.map((d) => d.examples.map(() => 1));
    for (let fold = 0; fold < 5; fold++) {
      const w = trainLogistic(docs.filter((_, i) => i % 5 !== fold).flatMap((d) => d.examples), index.size, lambda);
      docs.forEach((d, i) => {
        if (i % 5 === fold) p[i] = d.examples.map((e) => probability(w, e.features));
      });
    }
    const row = THRESHOLDS.map((threshold) => {
      const f1 = valueF1(docs, (i, j) => p[i][j] >= threshold);
      if (f1 > best.f1 + 1e-9) best = { lambda, threshold, f1 };
      return `${threshold}: ${(100 * f1).toFixed(2)}`;
    });
    log(`cross-validated tune value F1, L2 ${lambda}: ${row.join('  ')}`);
  }
  log(`chosen: L2 ${best.lambda}, threshold ${best.threshold} (cross-validated ${(100 * best.f1).toFixed(2)})`);

  const w = trainLogistic(all, index.size, best.lambda);
  const weights: Record<string, number> = {};
  for (const [f, i] of index) {
    const rounded = Math.round(w[i] * 1e4) / 1e4;
    if (rounded !== 0) weights[f] = rounded;
  }
  const model: SpanFilterModel = { threshold: best.threshold, weights };
  const out = resolve(options.out ?? TIME_FILTER_FILE);
  // One weight a line, so that a retrained model's diff is readable.
  const lines = Object.entries(model.weights).map(([f, v]) => `    ${JSON.stringify(f)}: ${v}`);
  writeFileSync(out, `{\n  "threshold": ${model.threshold},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
  log(`time filter: ${Object.keys(weights).length} weights → ${out}`);
}
