import type { Entity } from '../extract/types.js';
import type { CoMention } from './article-store.js';

/**
 * Ranks the entities named alongside `entityId` in the given articles (newest first, so an
 * entity's name and type are those of its newest article): most shared articles first, then by
 * name. Every reader counts the same way.
 */
export function rankCoMentions(entityId: string, articles: Pick<Entity, 'id' | 'name' | 'type'>[][], limit: number): CoMention[] {
  const counts = new Map<string, CoMention>();
  for (const entities of articles) {
    for (const id of new Set(entities.map((e) => e.id))) {
      if (id === entityId) continue;
      const known = counts.get(id);
      if (known) {
        known.articleCount++;
        continue;
      }
      const entity = entities.find((e) => e.id === id)!;
      counts.set(id, { id, name: entity.name, type: entity.type, articleCount: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
