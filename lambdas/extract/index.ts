import { articleText, type Article } from '../normalize/article.js';
import type { TextContext } from './context.js';
import { recognizeEntities } from './entities/index.js';
import { extractFacts } from './facts/index.js';
import { extractQuantities } from './quantities/index.js';
import { splitSentences } from './text/sentences.js';
import { tokenize } from './text/tokenize.js';
import { extractTimex } from './time/index.js';
import type { Extraction } from './types.js';

/** Everything newsfacts reads from one article. Pure: no I/O, no AWS. */
export function extract(article: Article): Extraction {
  const text = articleText(article);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx: TextContext = { text, tokens, sentences, article };
  const entities = recognizeEntities(ctx);
  const timex = extractTimex(ctx);
  const quantities = extractQuantities(ctx);
  const facts = extractFacts({ ...ctx, entities, timex, quantities });
  return { text, sentences, entities, timex, quantities, facts };
}
