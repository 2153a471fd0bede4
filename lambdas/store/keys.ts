/**
 * Key layout of the single table (docs/DATA-MODEL.md explains each access pattern).
 * Sort keys inside an article partition are ordered so that one range read (`sk < "W"`) returns
 * exactly what the article page needs; links for the indexes and the text come after.
 */
export const SK = {
  objectRecord: 'O',
  articleMeta: 'A',
  entity: 'E#',
  fact: 'F#',
  quantities: 'Q#',
  timex: 'T#',
  /** Everything an article page needs sorts before this. */
  detailEnd: 'W',
  sourceLink: 'W#',
  entityFactLink: 'WF#',
  text: 'X#',
  entityMeta: 'E',
  entityName: 'N#',
} as const;

export const PK = {
  object: (baseArticleId: string) => `O#${baseArticleId}`,
  article: (articleId: string) => `A#${articleId}`,
  entity: (entityId: string) => `E#${entityId}`,
} as const;

export const GSI1 = {
  allArticles: 'ARTICLES',
  entityArticles: (entityId: string) => `E#${entityId}`,
  sourceArticles: (sourceKey: string) => `S#${sourceKey}`,
  factsOfType: (type: string) => `F#${type}`,
  entityFacts: (entityId: string) => `EF#${entityId}`,
} as const;

export const GSI2 = {
  articlesWithStatus: (status: string) => `STATUS#${status}`,
  allFacts: 'FACTS',
  /** Name index partitions by the first two characters of the name key. */
  names: (nameKey: string) => `N#${nameKey.slice(0, 2)}`,
} as const;

/** Upper bound that sorts after every key beginning with `prefix`. */
export const prefixEnd = (prefix: string) => prefix + '\uffff';

export const pad = (n: number) => String(n).padStart(4, '0');
