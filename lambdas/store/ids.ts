import { createHash } from 'node:crypto';

/**
 * Deterministic, URL-safe article id of an S3 key (decoded): the same key always maps to the
 * same id. A file holding several articles (a feed, a JSON array) gives `<id>.<n>` for each.
 */
export function articleIdForKey(key: string): string {
  return 'a' + createHash('sha256').update(key).digest('base64url').slice(0, 21).replace(/[-_]/g, 'x');
}

export function articleIdForPart(objectArticleId: string, index: number, count: number): string {
  return count === 1 ? objectArticleId : `${objectArticleId}.${index + 1}`;
}

/** The object article id an article id belongs to (itself, or `<id>` of `<id>.<n>`). */
export function objectArticleIdOf(articleId: string): string {
  const dot = articleId.indexOf('.');
  return dot < 0 ? articleId : articleId.slice(0, dot);
}
