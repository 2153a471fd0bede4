/**
 * Key layout of the single table (docs/DATA-MODEL.md explains each access pattern and its cost).
 *
 * The article partition holds what belongs to one article: its record (the commit point, with the
 * whole extraction inside), one manifest per generation, and chunks of oversized documents. The
 * lookups by entity, source and fact type are base-table partitions of their own, so each entry
 * costs one write in the table and none in an index. Index entries carry the generation in their
 * sort key: two generations never share a key, which lets them be written in batches without
 * conditions (see article-writer.ts).
 */
export const SK = {
  objectRecord: 'O',
  article: 'A',
  manifest: 'M#',
  docChunk: 'X#',
} as const;

export const PK = {
  object: (baseArticleId: string) => `O#${baseArticleId}`,
  article: (articleId: string) => `A#${articleId}`,
  /** An entity's timeline: one entry per article mentioning it. */
  entity: (entityId: string) => `E#${entityId}`,
  /** A source's articles (any member of the syndication chain). */
  source: (sourceKey: string) => `S#${sourceKey}`,
  /** Facts of one type, by the date they refer to. */
  facts: (type: string) => `F#${type}`,
  /** Name index partitions by the first two characters of the name key. */
  names: (nameKey: string) => `N#${nameKey.slice(0, 2)}`,
  /** Articles sharing one LSH band key of their near-duplicate signature. */
  band: (bandKey: string) => `B#${bandKey}`,
  /** The copies of one story. */
  story: (storyId: string) => `T#${storyId}`,
  /** Stories by the date of their first copy: one entry per story, written by that copy. */
  stories: 'STORIES',
  /** Title search entries by the first two characters of the title word. */
  titleWords: (word: string) => `W#${word.slice(0, 2)}`,
  /** Rejected files by the words of their file name, the same way: a partition family of their own, so title search stays titles. */
  fileNameWords: (word: string) => `WR#${word.slice(0, 2)}`,
} as const;

export const GSI1 = {
  allArticles: 'ARTICLES',
} as const;

export const GSI2 = {
  /** Only rejected files are in gsi2: processed articles are listed from ARTICLES with a filter. */
  articlesWithStatus: (status: string) => `STATUS#${status}`,
} as const;

/** Sort key of an index entry: `<date>#<articleId>#<generation>[#<n>]`. */
export const indexSortKey = (date: string, articleId: string, gen: string, n?: string) =>
  n === undefined ? `${date}#${articleId}#${gen}` : `${date}#${articleId}#${gen}#${n}`;

/** Article id and generation of an index entry's sort key. */
export function parseIndexSortKey(sk: string): { date: string; articleId: string; gen: string } {
  const [date, articleId, gen] = sk.split('#');
  return { date, articleId, gen };
}

/** Upper bound that sorts after every key beginning with `prefix`. */
export const prefixEnd = (prefix: string) => prefix + '\uffff';

export const pad = (n: number) => String(n).padStart(4, '0');

/** A table item as the document client reads and writes it, and its primary key. */
export type Item = Record<string, unknown> & { pk: string; sk: string };
export type ItemKey = { pk: string; sk: string };
