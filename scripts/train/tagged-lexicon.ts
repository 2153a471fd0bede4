import type { FeatureResources } from '../../lambdas/extract/entities/features.js';
import { tagDocument, type NerModel } from '../../lambdas/extract/entities/tagger.js';
import { TaggerStage } from '../../lambdas/extract/entities/tagger-model.js';
import { CLASSES } from '../../lambdas/extract/entities/labels.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import type { RawDocument } from './conll.js';
import { addHonorifics, HONORIFIC_RATES } from './honorifics.js';
import { trainStage } from './perceptron.js';
import { prepare } from './prepare.js';

// Self-training over unlabeled news: a first model tags the text, and the names it tags the same
// way again and again become a list per class. The tagger then sees, for a name in a new story,
// how the news at large reads it (Ratinov & Roth's "context aggregation" across documents rather
// than within one), which carries to names CoNLL train never shows.

export const TAGGED_CATEGORIES = CLASSES.map((c) => `t${c.toLowerCase()}`);
const MAX_WORDS = 5;

export interface TaggedLexiconOptions {
  /** Times a phrase must be tagged (default 2). */
  minCount?: number;
  /** Share of its tags the commonest class must have (default 0.8). */
  minShare?: number;
}

/** (category, phrase) pairs, sorted: "tper", "torg", "tloc", "tmisc" by the class a name was tagged with. */
export function taggedLexicon(texts: Iterable<string>, model: NerModel, options: TaggedLexiconOptions = {}): [string, string][] {
  const minCount = options.minCount ?? 2;
  const minShare = options.minShare ?? 0.8;
  const counts = new Map<string, number[]>();
  for (const text of texts) {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const startAt = new Map<number, number>();
    for (const [i, t] of tokens.entries()) startAt.set(t.start, i);
    for (const span of tagDocument({ text, tokens, sentences }, model)) {
      const words: string[] = [];
      for (let i = startAt.get(span.start)!; i < tokens.length && tokens[i].end <= span.end; i++) words.push(tokens[i].text);
      if (words.length > MAX_WORDS || !/\p{Lu}/u.test(words[0])) continue;
      const key = words.join(' ');
      const c = counts.get(key) ?? [0, 0, 0, 0];
      c[span.cls]++;
      counts.set(key, c);
    }
  }
  const out: [string, string][] = [];
  for (const [phrase, c] of counts) {
    const total = c[0] + c[1] + c[2] + c[3];
    const best = c.indexOf(Math.max(...c));
    if (total >= minCount && c[best] >= minShare * total) out.push([TAGGED_CATEGORIES[best], phrase]);
  }
  return out.sort((a, b) => (a[0] + '\t' + a[1] < b[0] + '\t' + b[1] ? -1 : 1));
}

/** Trains a first-pass tagger on the labelled documents and returns the lists it tags in the unlabeled texts. */
export function buildTaggedLexicon(
  labelled: RawDocument[],
  resources: FeatureResources,
  texts: string[],
  options: { epochs: number; seed: number; mix?: number } & TaggedLexiconOptions,
): [string, string][] {
  const docs = addHonorifics(labelled, options.seed, HONORIFIC_RATES).map(prepare);
  const first = trainStage(docs, resources, { epochs: options.epochs, seed: options.seed, minCount: 1, mix: options.mix });
  return taggedLexicon(texts, { ...resources, stages: [new TaggerStage(first)] }, options);
}
