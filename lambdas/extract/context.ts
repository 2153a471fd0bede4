import type { Article } from '../normalize/article.js';
import type { Entity, Quantity, Sentence, Timex, Token } from './types.js';

/** What each extraction stage can see: the stages run in order and add to it. */
export interface TextContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  article: Article;
}

export interface FactContext extends TextContext {
  entities: Entity[];
  timex: Timex[];
  quantities: Quantity[];
}
