import { createHash } from 'node:crypto';
import type { EntityType } from '../types.js';

const TYPE_PREFIX: Record<EntityType, string> = {
  PERSON: 'per',
  ORGANIZATION: 'org',
  LOCATION: 'loc',
  NORP: 'norp',
  EVENT: 'evt',
  PRODUCT: 'prod',
  WORK: 'work',
  LAW: 'law',
  MISC: 'misc',
};

/** Case-, accent- and punctuation-insensitive key of a name: "Tareck El Aïssami" → "tareck el aissami". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
}

/**
 * Deterministic, URL-safe id of a canonical entity: type prefix and a readable slug
 * ("per-yury-borisov"). Names that do not reduce to plain ASCII get a short hash so that
 * different scripts never collide on an empty or lossy slug.
 */
export function entityId(name: string, type: EntityType): string {
  const key = nameKey(name);
  const slug = key
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  const lossless = /^[a-z0-9 +&]*$/.test(key) && key.length <= 64;
  const hash = createHash('sha256').update(`${type}\u0000${key}`).digest('base64url').slice(0, 8);
  return `${TYPE_PREFIX[type]}-${slug && lossless ? slug : `${slug || 'x'}-${hash}`}`;
}
