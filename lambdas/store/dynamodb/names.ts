import { nameKey } from '../../extract/entities/entity-id.js';

/**
 * Keys under which a name is findable by prefix: the whole name and each later word start
 * ("yury borisov", "borisov"), so `q=bor` finds Yury Borisov. Bounded so long names stay cheap.
 */
export function searchKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = nameKey(name).split(' ').filter(Boolean);
    for (let i = 0; i < words.length && i < 4; i++) {
      const key = words.slice(i).join(' ');
      if (key.length >= 2) keys.add(key.slice(0, 100));
    }
  }
  return [...keys];
}

export { nameKey };
