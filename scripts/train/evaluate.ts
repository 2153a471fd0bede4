import { tagDocument, type NerModel } from '../../lambdas/extract/entities/tagger.js';
import type { RawDocument } from './conll.js';
import { prepare } from './prepare.js';
import { SpanScore } from './score.js';

/** Runs tokenizer, splitter and tagger on each document's raw text and scores the spans. */
export function evaluateDocuments(docs: RawDocument[], model: NerModel): SpanScore {
  const score = new SpanScore();
  for (const raw of docs) score.add(tagDocument(prepare(raw).doc, model), raw.gold);
  return score;
}
