// Builds a FactContext from text and hand-written entities, for unit tests of the fact extractors.
import type { Article } from '../../lambdas/normalize/article.js';
import type { FactContext } from '../../lambdas/extract/context.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import type { Entity, EntityType, Timex } from '../../lambdas/extract/types.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  /** Every surface form; each occurrence in the text becomes a mention. */
  forms: string[];
  relatedTo?: string;
}

export function factContext(text: string, specs: EntitySpec[] = [], timex: Timex[] = [], article: Partial<Article> = {}): FactContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities: Entity[] = specs.map((spec) => {
    const mentions = [];
    for (const form of spec.forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) mentions.push({ start: m.index!, end: m.index! + form.length, text: form });
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: spec.id, name: spec.forms[0], type: spec.type, aliases: spec.forms.slice(1), mentions, ...(spec.relatedTo ? { relatedTo: spec.relatedTo } : {}) };
  });
  const fullArticle: Article = {
    title: null, body: text, publishedAt: null, source: null, sources: [], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text', ...article,
  };
  return { text, tokens, sentences, article: fullArticle, entities, timex, quantities: [] };
}
