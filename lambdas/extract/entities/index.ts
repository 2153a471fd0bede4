import type { TextContext } from '../context.js';
import type { Entity } from '../types.js';
import { entityId, nameKey } from './entity-id.js';

// Baseline until the trained tagger lands: runs of capitalised tokens not at a sentence start.
export function recognizeEntities(ctx: TextContext): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const s of ctx.sentences) {
    let i = s.tokenStart + 1;
    while (i < s.tokenEnd) {
      if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[i].text)) { i++; continue; }
      let j = i;
      while (j + 1 < s.tokenEnd && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[j + 1].text)) j++;
      const span = { start: ctx.tokens[i].start, end: ctx.tokens[j].end, text: ctx.text.slice(ctx.tokens[i].start, ctx.tokens[j].end) };
      const key = nameKey(span.text);
      const entity = byKey.get(key) ?? { id: entityId(span.text, 'MISC'), name: span.text, type: 'MISC' as const, aliases: [], mentions: [] };
      entity.mentions.push(span);
      byKey.set(key, entity);
      i = j + 1;
    }
  }
  return [...byKey.values()];
}
