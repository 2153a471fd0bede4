import type { DocumentInput } from './features.js';
import { documentFeatures, priorFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './word-clusters.js';
import { spansOf } from './labels.js';
import type { TaggerStage } from './tagger-model.js';
import { viterbi } from './viterbi.js';

export interface NerModel {
  gazetteer: Gazetteer;
  clusters: WordClusters;
  /** First pass, then passes that also see the previous pass's labels across the document. */
  stages: TaggerStage[];
  /** Optional feature families the model was trained with (FeatureResources.extensions). */
  extensions?: readonly string[];
}

/** A recognized name: character offsets into the document text and its CoNLL class index. */
export interface CharSpan {
  start: number;
  end: number;
  cls: number;
}

/** BILOU labels for every token of the document, after all stages. */
export function labelDocument(doc: DocumentInput, model: NerModel, stageCount = model.stages.length): Uint8Array {
  // Base features are the same for every pass; later passes add features of the previous labels.
  const base = documentFeatures(doc, model);
  let labels: Uint8Array | undefined;
  for (let k = 0; k < stageCount; k++) {
    const extra = labels ? priorFeatures(doc, labels) : undefined;
    const next = new Uint8Array(doc.tokens.length);
    for (const s of doc.sentences) {
      const emissions = model.stages[k].emissions(base, s.tokenStart, s.tokenEnd, extra);
      next.set(viterbi(emissions, s.tokenEnd - s.tokenStart, model.stages[k].w.transitions), s.tokenStart);
    }
    labels = next;
  }
  return labels ?? new Uint8Array(doc.tokens.length);
}

/** Names in the document as character spans (never crossing a sentence boundary). */
export function tagDocument(doc: DocumentInput, model: NerModel): CharSpan[] {
  const labels = labelDocument(doc, model);
  const spans: CharSpan[] = [];
  for (const s of doc.sentences) {
    for (const span of spansOf(labels.subarray(s.tokenStart, s.tokenEnd))) {
      spans.push({ start: doc.tokens[s.tokenStart + span.start].start, end: doc.tokens[s.tokenStart + span.end - 1].end, cls: span.cls });
    }
  }
  return spans;
}
