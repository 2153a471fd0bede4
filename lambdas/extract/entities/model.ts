import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Gazetteer } from './gazetteer.js';
import type { NerModel } from './tagger.js';
import { TaggerStage, decodeModel } from './tagger-model.js';
import { WordClusters, decodeClusters } from './word-clusters.js';

// Runtime assets live in ./model/ next to this module; the Lambda bundle copies that folder
// next to index.mjs, so the same relative URL resolves in source and in the bundle.
export const MODEL_FILE = 'ner.bin';
export const GAZETTEER_FILE = 'gazetteers.bin';
export const CLUSTERS_FILE = 'clusters.bin';

export function modelDir(): URL {
  const override = process.env.NEWSFACTS_MODEL_DIR;
  if (override) return pathToFileURL(override.endsWith('/') ? override : `${override}/`);
  return new URL('./model/', import.meta.url);
}

let cached: NerModel | undefined;

/** The committed NER model, read on first use and kept for the life of the process. */
export function nerModel(): NerModel {
  cached ??= loadNerModel(modelDir());
  return cached;
}

export function loadNerModel(dir: URL): NerModel {
  const { header, stages } = decodeModel(readFileSync(new URL(MODEL_FILE, dir)));
  const gazetteer = Gazetteer.decode(readFileSync(new URL(GAZETTEER_FILE, dir)));
  // A model trained without unlabeled text has no cluster file.
  const clustersUrl = new URL(CLUSTERS_FILE, dir);
  const clusters = existsSync(clustersUrl) ? decodeClusters(readFileSync(clustersUrl)) : WordClusters.empty();
  const features = header.meta.features;
  const extensions = typeof features === 'string' && features ? features.split(',') : undefined;
  return { gazetteer, clusters, stages: stages.map((s) => new TaggerStage(s)), ...(extensions ? { extensions } : {}) };
}
