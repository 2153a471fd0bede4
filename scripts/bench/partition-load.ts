// Write load per DynamoDB partition, from the items the store would write for a corpus, and the
// arithmetic that scales it to an article rate. Pure: the section (partitions.ts) feeds it the
// store's items, SCALING.md's generated block reads its results back from benchmarks.json.
import { fmt, table } from './report.js';

/** One item write: the partition it lands in and its write units (1 per started KB). */
export interface PartitionWrite {
  partition: string;
  units: number;
}

/** What one article writes: its own items, and items of shared partitions written only if not stored yet. */
export interface ArticleWrites {
  writes: PartitionWrite[];
  /** Name-index items: written once per item key across all articles (`key` identifies the item). */
  shared: (PartitionWrite & { key: string })[];
}

export interface PartitionCount {
  items: number;
  units: number;
}

/** Items and write units per partition over a stream of articles. */
export interface PartitionTally {
  articles: number;
  partitions: Map<string, PartitionCount>;
  /** Shared items not stored before, counted from article `steadyFrom` on. */
  shared: Map<string, PartitionCount>;
  /** Articles the shared items were counted over. */
  sharedArticles: number;
}

/** The family of a partition key: `E#`, `F#`, `S#`, `N#`, `A#`, … or a whole constant key such as `ARTICLES`. */
export const familyOf = (partition: string) => (partition.includes('#') ? partition.slice(0, partition.indexOf('#') + 1) : partition);

const add = (map: Map<string, PartitionCount>, w: PartitionWrite) => {
  const c = map.get(w.partition) ?? { items: 0, units: 0 };
  c.items++;
  c.units += w.units;
  map.set(w.partition, c);
};

/**
 * Adds up the writes of `articles`, in order. Shared items depend on history (the store writes a
 * name-index item only when it is not stored yet), so they are counted from article `steadyFrom`
 * on, after the earlier articles filled the set of stored keys.
 */
export function tallyWrites(articles: Iterable<ArticleWrites>, steadyFrom = 0): PartitionTally {
  const tally: PartitionTally = { articles: 0, partitions: new Map(), shared: new Map(), sharedArticles: 0 };
  const stored = new Set<string>();
  for (const article of articles) {
    const counting = tally.articles >= steadyFrom;
    tally.articles++;
    if (counting) tally.sharedArticles++;
    for (const w of article.writes) add(tally.partitions, w);
    for (const w of article.shared) {
      if (stored.has(w.key)) continue;
      stored.add(w.key);
      if (counting) add(tally.shared, w);
    }
  }
  return tally;
}

/** Partitions of one family, as (partition, count) pairs. */
export function ofFamily(map: Map<string, PartitionCount>, family: string): Map<string, PartitionCount> {
  return new Map([...map].filter(([partition]) => familyOf(partition) === family));
}

/** The partition with the most write units, and its units and items per article (null when none was written). */
export function busiest(map: Map<string, PartitionCount>, articles: number): { key: string; units: number; items: number; perArticle: number; itemsPerArticle: number } | null {
  let top: [string, PartitionCount] | null = null;
  for (const entry of map) if (!top || entry[1].units > top[1].units || (entry[1].units === top[1].units && entry[0] < top[0])) top = entry;
  return top && articles > 0 ? { key: top[0], units: top[1].units, items: top[1].items, perArticle: top[1].units / articles, itemsPerArticle: top[1].items / articles } : null;
}

/** The `n` partitions with most items, most first (ties by key). */
export function topKeys(map: Map<string, PartitionCount>, n: number): [string, PartitionCount][] {
  return [...map.entries()].sort((a, b) => b[1].items - a[1].items || a[0].localeCompare(b[0])).slice(0, n);
}

export interface LoadAssumptions {
  articlesPerDay: number;
  /** Peak rate as a multiple of the daily average. */
  peakFactor: number;
  /** Write units per second one partition accepts. */
  partitionWcuPerSecond: number;
}

/** Write units per second a partition takes at the peak, when it takes `unitsPerArticle` per article. */
export function peakUnitsPerSecond(unitsPerArticle: number, a: LoadAssumptions): number {
  return (a.articlesPerDay / 86_400) * a.peakFactor * unitsPerArticle;
}

/** Articles a day at which that partition's peak reaches `share` of the partition limit. */
export function articlesPerDayAtShare(unitsPerArticle: number, share: number, a: LoadAssumptions): number {
  if (unitsPerArticle <= 0) return Infinity;
  return ((share * a.partitionWcuPerSecond) / (unitsPerArticle * a.peakFactor)) * 86_400;
}

/** The partition families of the table layout, in the order SCALING.md lists them. */
export const FAMILIES = [
  { id: 'articles', key: '`ARTICLES` (gsi1)', writes: 'one index entry per article (summary)' },
  { id: 'fact_type', key: '`F#<factType>`', writes: 'one item per article, fact type and fact date (100 facts at most)' },
  { id: 'source', key: '`S#<sourceKey>`', writes: 'one item per article per source' },
  { id: 'entity', key: '`E#<entityId>`', writes: 'one item per article that mentions the entity' },
  { id: 'name_index', key: '`N#<two letters>`', writes: 'one item per search key not stored yet' },
  { id: 'title_words', key: '`W#<two letters>`', writes: 'one item per indexed title word (16 at most)' },
] as const;

type Figures = Record<string, Record<string, number | string | null>>;

/** SCALING.md's generated table of partition load; null until the partitions section has run. */
export function renderHotPartitions(figures: Figures, a: LoadAssumptions): string | null {
  const section = figures.partitions;
  if (!section) return null;
  const rows = FAMILIES.map((family) => {
    const units = section[`${family.id}_units_per_article`];
    return typeof units === 'number' ? { ...family, units, busiest: String(section[`${family.id}_partition`] ?? ''), corpus: String(section[`${family.id}_corpus`] ?? '') } : null;
  });
  if (rows.some((r) => r === null)) return null;
  const loads = rows.map((r) => ({ ...r!, peak: peakUnitsPerSecond(r!.units, a), halfAt: articlesPerDayAtShare(r!.units, 0.5, a) }));
  const first = loads.reduce((x, y) => (y.peak > x.peak ? y : x));
  const over = loads.filter((l) => l.peak >= 0.5 * a.partitionWcuPerSecond);
  const perDay = (n: number) => (n >= 1e6 ? `${fmt(n / 1e6, 1)} M` : fmt(n, 0));
  return [
    `_Generated by \`npm run bench\` (scripts/bench/partition-load.ts) from section "Hot partitions" of BENCHMARKS.md, measured ${section.measuredAt ?? 'n/a'}._`,
    '',
    `Measured over ${fmt(Number(section.bbc_articles))} BBC and ${fmt(Number(section.reuters_articles))} Reuters-21578 stories through \`extract\` (section "Hot partitions" of BENCHMARKS.md);`,
    `the items are those the store builds (\`processedArticleItems\`, \`entityNameItems\`), sized by DynamoDB's rules (1 write unit per started KB);`,
    `each partition family at its busiest key in the worse of the two corpora,`,
    `${fmt(a.articlesPerDay)} articles a day at a peak of ${a.peakFactor}× the average, against the ${fmt(a.partitionWcuPerSecond)} write units per second one partition accepts.`,
    '',
    table(
      ['partition', 'written', 'busiest (corpus)', 'WCU per article', `peak WCU/s at ${perDay(a.articlesPerDay)}/day`, 'of the limit', 'articles/day at half the limit'],
      loads.map((l) => [l.key, l.writes, `${l.busiest} (${l.corpus})`, fmt(l.units, 2), fmt(l.peak, 1), `${fmt((l.peak / a.partitionWcuPerSecond) * 100, 1)} %`, perDay(l.halfAt)]),
    ),
    '',
    over.length === 0
      ? `No partition needs sharding at ${perDay(a.articlesPerDay)} articles a day: the busiest, ${first.key} (${first.busiest}), peaks at ${fmt(first.peak, 1)} WCU/s, ${fmt((first.peak / a.partitionWcuPerSecond) * 100, 1)} % of the limit. It is the first to fill: it reaches half the limit at ${perDay(first.halfAt)} articles a day (${fmt(first.halfAt / a.articlesPerDay, 1)}× this volume).`
      : `At ${perDay(a.articlesPerDay)} articles a day ${over.map((l) => `${l.key} (${fmt(l.peak, 0)} WCU/s)`).join(', ')} ${over.length === 1 ? 'passes' : 'pass'} half the partition limit and need${over.length === 1 ? 's' : ''} sharding; ${first.key} fills first.`,
  ].join('\n');
}
