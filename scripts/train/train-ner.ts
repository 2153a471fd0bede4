import type { FeatureResources } from '../../lambdas/extract/entities/features.js';
import { labelDocument } from '../../lambdas/extract/entities/tagger.js';
import { TaggerStage, encodeModel, type StageWeights } from '../../lambdas/extract/entities/tagger-model.js';
import type { RawDocument } from './conll.js';
import { trainStage } from './perceptron.js';
import { prepare } from './prepare.js';
import { addHonorifics, HONORIFIC_RATES, type HonorificRates } from './honorifics.js';
import { swappedCopies, type SwapOptions, type SwapPools } from './entity-swap.js';

export const SEED = 20260101;
const FOLDS = 5;

export interface NerTrainOptions {
  epochs: number;
  stages: number;
  dataLabel: string;
  log: (line: string) => void;
  /** How often person names get an honorific before them (default HONORIFIC_RATES; zero for none). */
  honorifics?: HonorificRates;
  /** Shuffling and honorific seed (default SEED): another seed shows how much a score moves by chance. */
  seed?: number;
  /** Perceptrons averaged per stage (default 1). */
  mix?: number;
  /** Optional feature families (FeatureResources.extensions), recorded in the model header. */
  features?: readonly string[];
  /** Entity-swapped copies of some training documents (entity-swap.ts); none by default. */
  swap?: SwapOptions & { pools: SwapPools };
}

/**
 * Stage 1 learns from local and document-casing features. Stage 2 also sees stage 1's labels of
 * the same word elsewhere in the document; its training labels come from 5-fold jackknifing so
 * that it learns from first-pass labels as noisy as they are on unseen text.
 */
export function trainNer(raw: RawDocument[], plainResources: FeatureResources, options: NerTrainOptions): Uint8Array {
  const seed = options.seed ?? SEED;
  const features = options.features?.length ? options.features : undefined;
  const resources: FeatureResources = features ? { ...plainResources, extensions: features } : plainResources;
  // A swapped copy stays in its original's jackknife fold, so that no first-pass label is read
  // by a tagger trained on the same story.
  const copies = options.swap ? swappedCopies(raw, options.swap.pools, seed, options.swap) : [];
  const all = [...raw, ...copies.map((c) => c.doc)];
  const foldOf = [...raw.map((_, i) => i % FOLDS), ...copies.map((c) => c.of % FOLDS)];
  const docs = addHonorifics(all, seed, options.honorifics ?? HONORIFIC_RATES).map(prepare);
  const unalignable = docs.reduce((n, d) => n + d.unalignable, 0);
  const names = all.reduce((n, d) => n + d.gold.length, 0);
  const swapped = copies.length ? ` (${copies.length} of them entity-swapped copies)` : '';
  options.log(`training: ${docs.length} documents${swapped}, ${names} names (${unalignable} cut by our tokenizer)`);
  const base = { epochs: options.epochs, seed, minCount: 1, mix: options.mix ?? 1, log: options.log };
  options.log('stage 1');
  const first = trainStage(docs, resources, base);
  const stages: StageWeights[] = [first];
  if (options.stages >= 2) {
    const priors: Uint8Array[] = new Array(docs.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      options.log(`stage 1, fold ${fold + 1}/${FOLDS} (first-pass labels for stage 2)`);
      const rest = docs.filter((_, i) => foldOf[i] !== fold);
      const weights = trainStage(rest, resources, { ...base, log: undefined });
      const model = { ...resources, stages: [new TaggerStage(weights)] };
      docs.forEach((d, i) => {
        if (foldOf[i] === fold) priors[i] = labelDocument(d.doc, model);
      });
    }
    options.log('stage 2');
    stages.push(trainStage(docs, resources, base, priors));
  }
  return encodeModel(stages, {
    data: options.dataLabel,
    epochs: options.epochs,
    seed,
    folds: FOLDS,
    ...(features ? { features: features.join(',') } : {}),
    ...(options.swap ? { swap: `${options.swap.rate}/${options.swap.crossRate}` } : {}),
  });
}
