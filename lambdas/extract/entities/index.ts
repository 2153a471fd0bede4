import type { TextContext } from '../context.js';
import type { Entity } from '../types.js';
import { canonicalize } from './canonicalize.js';
import { nameKey } from './entity-id.js';
import { baseType, dropHonorific, extendWithModelCode, refineType, splitCompoundDemonyms, type TypedMention } from './fine-types.js';
import { nerModel } from './model.js';
import { tagDocument } from './tagger.js';

/** Names in the article (trained BILOU tagger), typed, grouped into canonical entities with stable ids. */
export function recognizeEntities(ctx: TextContext): Entity[] {
  const model = nerModel();
  const tokenAt = new Map<number, number>();
  for (const [i, t] of ctx.tokens.entries()) tokenAt.set(t.start, i);
  // What the article's metadata already says: the dateline is a place, the sources are news organizations.
  const datelineKey = ctx.article.dateline ? nameKey(ctx.article.dateline) : '';
  const sourceKeys = new Set([ctx.article.source ?? '', ...(ctx.article.sources ?? [])].map(nameKey).filter(Boolean));
  const mentions: TypedMention[] = [];
  for (const span of tagDocument(ctx, model)) {
    const text = ctx.text.slice(span.start, span.end);
    if (!/\p{L}/u.test(text) || /^[@#]|^https?:|^www\./u.test(text)) continue; // handles, tags, links
    const tokenStart = tokenAt.get(span.start)!;
    let tokenEnd = tokenStart;
    while (tokenEnd < ctx.tokens.length && ctx.tokens[tokenEnd].end <= span.end) tokenEnd++;
    const mention: TypedMention = { start: span.start, end: span.end, text, tokenStart, tokenEnd, type: baseType(span.cls) };
    dropHonorific(mention, ctx);
    extendWithModelCode(mention, ctx);
    const key = nameKey(mention.text);
    if (key && key === datelineKey) mention.type = 'LOCATION';
    else if (sourceKeys.has(key)) mention.type = 'ORGANIZATION';
    else mention.type = refineType(mention, ctx.tokens, ctx.text, model.gazetteer);
    mentions.push(...splitCompoundDemonyms(mention, model.gazetteer));
  }
  return canonicalize(mentions, ctx.text, model.gazetteer.nations);
}
