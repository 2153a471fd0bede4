import type { Article } from '../../lambdas/normalize/article.js';
import { recognizeEntities } from '../../lambdas/extract/entities/index.js';
import { tagDocument, type NerModel } from '../../lambdas/extract/entities/tagger.js';
import type { EntityType } from '../../lambdas/extract/types.js';
import type { RawDocument } from './conll.js';
import { prepare } from './prepare.js';
import { SpanScore } from './score.js';

/** The tagger alone: tokenizer, splitter and tagger on each document's raw text, spans scored exactly. */
export function evaluateDocuments(docs: RawDocument[], model: NerModel): SpanScore {
  const score = new SpanScore();
  for (const raw of docs) score.add(tagDocument(prepare(raw).doc, model), raw.gold);
  return score;
}

/** The CoNLL mapping of entity types (docs/CONTRACTS.md, extraction CLI). */
const CONLL_CLASS: Record<EntityType, number> = {
  PERSON: 0, ORGANIZATION: 1, LOCATION: 2, NORP: 3, EVENT: 3, PRODUCT: 3, WORK: 3, LAW: 3, MISC: 3,
};

/** The whole entity stage (tagger, type refinement, canonical entities), every mention scored with the CoNLL mapping. */
export function evaluateEntities(docs: RawDocument[]): SpanScore {
  const score = new SpanScore();
  for (const raw of docs) {
    const { doc } = prepare(raw);
    const article: Article = {
      title: null, body: raw.text, publishedAt: null, source: null, sources: [], dateline: null, language: 'en',
      url: null, author: null, submittedBy: null, format: 'text',
    };
    const predicted = recognizeEntities({ ...doc, article }).flatMap((e) =>
      e.mentions.map((m) => ({ start: m.start, end: m.end, cls: CONLL_CLASS[e.type] })),
    );
    score.add(predicted, raw.gold);
  }
  return score;
}
