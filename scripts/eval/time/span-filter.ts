// A learned filter over the rule grammar's output: a logistic model of whether TimeBank would
// annotate a span with the value the rules gave it. Words such as "now", "recent", "the day" or
// "24-hour" are annotated in some contexts and not in others; weights trained by
// `npm run train -- --model time-filter` on the tune split only were to say which contexts.
// A span is dropped when that chance is below the threshold chosen by cross-validation: value F1
// is about 2 × right / (gold + system), so a span worth keeping is right more often than F1 / 2.
// Measured and not kept (docs/quality/time.md), so it lives with the eval, not the runtime: the eval
// applies a trained model to extractTimex's output (NEWSFACTS_TIME_FILTER).
import type { Sentence, Timex } from '../../../lambdas/extract/types.js';

export interface SpanFilterModel {
  threshold: number;
  /** Feature name → weight; 'bias' is the intercept. */
  weights: Record<string, number>;
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?|['’]s\b|[^\sA-Za-z0-9]/g;
const norm = (w: string) => w.toLowerCase().replace(/\d/g, '0');

/** The feature names of one span: its words, its value's shape, its neighbours and its place. */
export function spanFeatures(text: string, t: Timex, sentence: Sentence | undefined, sentenceIndex: number): string[] {
  const words = t.text.match(WORD) ?? [];
  const head = norm(words[words.length - 1] ?? '');
  const first = norm(words[0] ?? '');
  const from = sentence ? sentence.start : Math.max(0, t.start - 200);
  const before = text.slice(from, t.start);
  const after = text.slice(t.end, Math.min(text.length, t.end + 40));
  const prev = /([A-Za-z0-9]+|[^\sA-Za-z0-9])\s*$/.exec(before)?.[1] ?? '^';
  const next = /^\s*(['’]s\b|[A-Za-z0-9]+|[^\sA-Za-z0-9])/.exec(after)?.[1] ?? '$';
  const shape = t.value.replace(/\d/g, '9');
  const quotes = (before.match(/``|''|["“”]/g) ?? []).length;
  const features = [
    'bias',
    `type=${t.type}`,
    `shape=${shape}`,
    `head=${head}`,
    `first=${first}`,
    `prev=${norm(prev)}`,
    `next=${norm(next)}`,
    `prev+head=${norm(prev)}|${head}`,
    `head+next=${head}|${norm(next)}`,
    `head+shape=${head}|${shape}`,
    `len=${Math.min(words.length, 4)}`,
    `sent=${sentenceIndex === 0 ? 0 : sentenceIndex < 3 ? 1 : 2}`,
  ];
  if (words.length <= 4) features.push(`text=${words.map(norm).join(' ')}`);
  if (quotes % 2 === 1) features.push('in-quote', `in-quote+head=${head}`);
  if (!before.trim()) features.push('sentence-start', `sentence-start+head=${head}`);
  if (/^[A-Z]/.test(t.text) && before.trim()) features.push('capitalized-inside');
  return features;
}

/** The model's probability that the span is annotated with this value. */
export function keepProbability(features: string[], model: SpanFilterModel): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The spans the model keeps, in order; `sentences` place each span in its sentence. */
export function filterSpans(text: string, timex: Timex[], sentences: Sentence[], model: SpanFilterModel): Timex[] {
  let s = 0;
  return timex.filter((t) => {
    while (s < sentences.length - 1 && sentences[s].end <= t.start) s++;
    const sentence = sentences[s] && sentences[s].start <= t.start ? sentences[s] : undefined;
    return keepProbability(spanFeatures(text, t, sentence, sentence ? s : 0), model) >= model.threshold;
  });
}
