import type { TextContext } from '../context.js';
import type { Entity } from '../types.js';
import { canonicalize } from './canonicalize.js';
import { nameKey } from './entity-id.js';
import { baseType, dropHonorific, extendWithModelCode, refineType, splitCompoundDemonyms, type TypedMention } from './fine-types.js';
import { nerModel } from './model.js';
import { tagDocument } from './tagger.js';
import { titleRuns, withoutKnownNames } from './title-runs.js';

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
  return canonicalize(withTitles(withoutCountedAcronyms(mentions, ctx), ctx), ctx.text, model.gazetteer.nations);
}

/**
 * An acronym the article also writes in the plural ("PCs", "MPs", "CDs") is a common noun there,
 * not a name: a mention that is only that acronym, singular or plural, is dropped.
 */
function withoutCountedAcronyms(mentions: TypedMention[], ctx: TextContext): TypedMention[] {
  const counted = new Set<string>();
  for (const t of ctx.tokens) {
    const m = /^([A-Z]{2,5})s$/.exec(t.text);
    if (m) counted.add(m[1]);
  }
  if (!counted.size) return mentions;
  return mentions.filter((m) => !counted.has(m.text.replace(/s$/, '')));
}

/** Title-case titles of works (title-runs.ts) replace the pieces the tagger made of them. */
function withTitles(mentions: TypedMention[], ctx: TextContext): TypedMention[] {
  const found = titleRuns(ctx.text, ctx.tokens, ctx.sentences);
  if (!found.length) return mentions;
  const runs = withoutKnownNames(found, ctx.tokens, mentions);
  if (!runs.length) return mentions;
  const kept = mentions.filter((m) => !runs.some((r) => m.tokenStart < r.tokenEnd && r.tokenStart < m.tokenEnd));
  for (const r of runs) {
    const start = ctx.tokens[r.tokenStart].start;
    const end = ctx.tokens[r.tokenEnd - 1].end;
    kept.push({ start, end, text: ctx.text.slice(start, end), tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, type: 'WORK' });
  }
  return kept.sort((a, b) => a.start - b.start);
}
