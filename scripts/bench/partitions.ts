// Section "partitions": how the write load spreads over DynamoDB partitions, measured from what
// `extract` finds in the BBC and Reuters samples and the items the store builds from it
// (lambdas/store/dynamodb/items.ts), sized by DynamoDB's rules. SCALING.md scales the per-article figures to
// a million articles a day (partition-load.ts).
import type { Article } from '../../lambdas/normalize/article.js';
import { extract } from '../../lambdas/extract/index.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { GSI1 } from '../../lambdas/store/dynamodb/keys.js';
import { entityNameItems, processedArticleItems } from '../../lambdas/store/dynamodb/items.js';
import type { Item } from '../../lambdas/store/dynamodb/keys.js';
import { nameKey, searchKeys } from '../../lambdas/store/dynamodb/names.js';
import { TABLE_KEYS } from '../../lambdas/store/dynamodb/table-schema.js';
import { ASSUMED } from './cost-model.js';
import { bbcArticles, reutersArticles } from './corpora.js';
import { indexEntrySize, itemSize, marshalledItem } from './item-size.js';
import { busiest, FAMILIES, familyOf, ofFamily, peakUnitsPerSecond, tallyWrites, topKeys, type ArticleWrites, type PartitionTally, type PartitionWrite } from './partition-load.js';
import { fmt, round, table, type BenchContext, type SectionResult } from './report.js';

const SAMPLE = 2000;
const BUCKET = 'newsfacts-bench';
const RECEIVED_AT = '2026-01-01T00:00:00.000Z';

interface CorpusLoad {
  id: 'bbc' | 'reuters';
  label: string;
  tally: PartitionTally;
  names: Map<string, { name: string; type: string }>;
  facts: Map<string, number>;
  entitiesPerArticle: number;
  sourcesPerArticle: number;
}

const units = (bytes: number) => Math.ceil(bytes / 1024);

/** The table writes and the index entries of one item; the record's gsi1 entry lands in its own partition. */
function writesOf(item: Item): PartitionWrite[] {
  const attributes = marshalledItem(item);
  const writes: PartitionWrite[] = [{ partition: item.pk, units: units(itemSize(attributes)) }];
  for (const index of TABLE_KEYS.indexes) {
    const size = indexEntrySize(attributes, index, TABLE_KEYS.indexAttributes);
    if (size !== null) writes.push({ partition: String(item[index.partitionKey]), units: units(size) });
  }
  return writes;
}

function measureCorpus(id: CorpusLoad['id'], label: string, articles: Article[]): CorpusLoad {
  const names = new Map<string, { name: string; type: string }>();
  const facts = new Map<string, number>();
  let entityCount = 0;
  let sourceCount = 0;
  let sequence = 0;
  const inputs: ArticleWrites[] = articles.map((article, i) => {
    const extraction = extract(article);
    for (const e of extraction.entities) if (!names.has(e.id)) names.set(e.id, { name: e.name, type: e.type });
    for (const f of extraction.facts) facts.set(f.type, (facts.get(f.type) ?? 0) + 1);
    entityCount += new Set(extraction.entities.map((e) => e.id)).size;
    sourceCount += new Set(article.sources.map(nameKey).filter(Boolean)).size;
    const key = `incoming/${id}/${String(i).padStart(5, '0')}.txt`;
    const ref = { bucket: BUCKET, key, versionId: null, sequencer: (++sequence).toString(16).toUpperCase().padStart(20, '0') };
    const items = processedArticleItems({ articleId: articleIdForKey(key), article, extraction }, ref, RECEIVED_AT);
    const shared = extraction.entities.flatMap((entity) =>
      entityNameItems(entity, searchKeys([entity.name, ...entity.aliases])).map((item) => ({ partition: item.pk, units: units(itemSize(marshalledItem(item))), key: `${item.pk}\u0000${item.sk}` })),
    );
    return { writes: [items.manifest, ...items.entries, items.record].flatMap(writesOf), shared };
  });
  // The name index is counted over the second half, once the first half has filled the stored keys.
  const tally = tallyWrites(inputs, Math.floor(inputs.length / 2));
  return { id, label, tally, names, facts, entitiesPerArticle: entityCount / inputs.length, sourcesPerArticle: sourceCount / inputs.length };
}

type FamilyId = (typeof FAMILIES)[number]['id'];
const FAMILY_KEYS: Record<FamilyId, string> = { articles: GSI1.allArticles, fact_type: 'F#', source: 'S#', entity: 'E#', name_index: 'N#', title_words: 'W#' };

/** Write units per article at the busiest partition of each family, in one corpus. */
function familyLoads(c: CorpusLoad): Record<FamilyId, { key: string; perArticle: number; itemsPerArticle: number } | null> {
  const t = c.tally;
  const out = {} as Record<FamilyId, { key: string; perArticle: number; itemsPerArticle: number } | null>;
  for (const family of FAMILIES) {
    const shared = family.id === 'name_index';
    const top = busiest(ofFamily(shared ? t.shared : t.partitions, FAMILY_KEYS[family.id]), shared ? t.sharedArticles : t.articles);
    const label = top && family.id === 'entity' ? `E#… "${c.names.get(top.key.slice(2))?.name ?? top.key}"` : top?.key;
    out[family.id] = top && { key: label!, perArticle: top.perArticle, itemsPerArticle: top.itemsPerArticle };
  }
  return out;
}

export async function benchPartitions(ctx: BenchContext): Promise<SectionResult> {
  ctx.log(`partitions: normalizing and extracting ${SAMPLE} BBC and ${SAMPLE} Reuters stories, building the store's items`);
  const corpora = [measureCorpus('bbc', 'BBC', bbcArticles(ctx.dataDir, SAMPLE)), measureCorpus('reuters', 'Reuters-21578', reutersArticles(ctx.dataDir, SAMPLE))];
  if (corpora.some((c) => c.tally.articles === 0)) throw new Error('a corpus sample came out empty');

  const figures: SectionResult['figures'] = {};
  const sumOf = (m: Map<string, { items: number; units: number }>, family: string, field: 'items' | 'units') =>
    [...m].filter(([p]) => familyOf(p) === family).reduce((a, [, c]) => a + c[field], 0);
  for (const c of corpora) {
    const t = c.tally;
    const top = busiest(ofFamily(t.partitions, 'E#'), t.articles);
    Object.assign(figures, {
      [`${c.id}_articles`]: t.articles,
      [`${c.id}_entities_per_article`]: round(c.entitiesPerArticle, 2),
      [`${c.id}_facts_per_article`]: round([...c.facts.values()].reduce((a, b) => a + b, 0) / t.articles, 2),
      [`${c.id}_fact_items_per_article`]: round(sumOf(t.partitions, 'F#', 'items') / t.articles, 2),
      [`${c.id}_fact_units_per_article`]: round(sumOf(t.partitions, 'F#', 'units') / t.articles, 2),
      [`${c.id}_entity_units_per_item`]: round(sumOf(t.partitions, 'E#', 'units') / Math.max(1, sumOf(t.partitions, 'E#', 'items')), 2),
      [`${c.id}_sources_per_article`]: round(c.sourcesPerArticle, 2),
      [`${c.id}_name_index_items_per_article`]: round(sumOf(t.shared, 'N#', 'items') / t.sharedArticles, 2),
      [`${c.id}_top_entity`]: top ? (c.names.get(top.key.slice(2))?.name ?? top.key) : null,
      [`${c.id}_top_entity_share`]: top ? round(top.itemsPerArticle, 3) : null,
    });
  }
  // Each family at its busiest partition, in whichever corpus loads it more (the worse case for a mixed feed).
  const loads = corpora.map((c) => ({ c, loads: familyLoads(c) }));
  const familyRows: (string | number)[][] = [];
  for (const family of FAMILIES) {
    const candidates = loads.map(({ c, loads: l }) => ({ c, load: l[family.id] })).filter((x) => x.load !== null);
    const worst = candidates.reduce((a, b) => (b.load!.perArticle > a.load!.perArticle ? b : a));
    Object.assign(figures, {
      [`${family.id}_units_per_article`]: round(worst.load!.perArticle, 3),
      [`${family.id}_partition`]: worst.load!.key,
      [`${family.id}_corpus`]: family.id === 'articles' ? 'both' : worst.c.label,
    });
    const cells = loads.map(({ loads: l }) => (l[family.id] ? `${l[family.id]!.key}: ${fmt(l[family.id]!.perArticle, 3)}` : '—'));
    familyRows.push([family.key, family.writes, ...cells, fmt(peakUnitsPerSecond(worst.load!.perArticle, ASSUMED), 1)]);
  }

  const factTypes = [...new Set(corpora.flatMap((c) => [...c.facts.keys()]))].sort();
  const factRows = factTypes.map((type) => [
    type,
    ...corpora.flatMap((c) => {
      const p = c.tally.partitions.get(`F#${type}`) ?? { items: 0, units: 0 };
      return [fmt((c.facts.get(type) ?? 0) / c.tally.articles, 2), fmt(p.items / c.tally.articles, 2), fmt(p.units / c.tally.articles, 2)];
    }),
  ]);
  const topRows = (c: CorpusLoad) =>
    topKeys(ofFamily(c.tally.partitions, 'E#'), 10).map(([pk, count], i) => {
      const entity = c.names.get(pk.slice(2));
      return [i + 1, entity?.name ?? pk, entity?.type ?? '', count.items, `${fmt((count.items / c.tally.articles) * 100, 1)} %`];
    });
  const summaryRows = corpora.map((c) => {
    const f = (key: string) => figures[`${c.id}_${key}`] as number;
    return [c.label, c.tally.articles, fmt(f('entities_per_article'), 2), fmt(f('entity_units_per_item'), 2), fmt(f('facts_per_article'), 2), `${fmt(f('fact_items_per_article'), 2)} (${fmt(f('fact_units_per_article'), 2)} WCU)`, fmt(f('sources_per_article'), 2), fmt(f('name_index_items_per_article'), 2)];
  });
  const everywhere = corpora.filter((c) => (figures[`${c.id}_top_entity_share`] as number) > 0.9);

  const markdown = [
    `${fmt(SAMPLE)} BBC stories (spread over the five topics) and the first ${fmt(SAMPLE)} Reuters-21578 stories with a body, normalized`,
    'and run through `extract` (lambdas/extract/index.ts); for each, the store\'s own item builder',
    '(`processedArticleItems` in lambdas/store/dynamodb/items.ts) makes the items it would write, sized by DynamoDB\'s',
    'rules (scripts/bench/item-size.ts; 1 write unit per started KB) and counted per partition key: the entity',
    'timelines `E#<entityId>`, the fact groups `F#<factType>` (facts of one type and date in one article share an',
    'item), the sources `S#<sourceKey>`, the article partitions `A#…`, and the record\'s entry in gsi1',
    '(`ARTICLES`, summary only). The name index `N#<first two letters>` is shared by all articles and written',
    'only for keys not stored yet (`entityNameItems` of `searchKeys`), so it depends on history: it is counted',
    'over the second half of each sample, after the first half filled the stored keys; a real table knows far',
    'more names, so this is an upper bound. The object record (`O#`, one per file) is left out: it is never hot.',
    '',
    table(['corpus', 'articles', 'entities per article', 'WCU per E# item', 'facts per article', 'F# items per article', 'sources per article', 'new N# items per article (2nd half)'], summaryRows),
    '',
    'Facts per article by type: facts, `F#` items (after grouping by type and date) and their write units.',
    '',
    table(['fact type', ...corpora.flatMap((c) => [`${c.label} facts`, `${c.label} items`, `${c.label} WCU`])], factRows),
    '',
    ...corpora.flatMap((c) => [
      `The ten entities mentioned in most ${c.label} stories (share of the ${fmt(c.tally.articles)} articles = \`E#\` items per article):`,
      '',
      table(['rank', 'entity', 'type', 'articles', 'share'], topRows(c)),
      '',
    ]),
    ...(everywhere.length
      ? [`${everywhere.map((c) => `In ${c.label}, ${figures[`${c.id}_top_entity`]} is found in ${fmt((figures[`${c.id}_top_entity_share`] as number) * 100, 1)} % of the stories`).join('; ')}: an entity in nearly every article, whatever it is, writes its timeline at the article rate, the worst case for an \`E#\` partition.`, '']
      : []),
    `The busiest partition of each family, in write units per article, and its peak write rate at`,
    `${fmt(ASSUMED.articlesPerDay)} articles a day with the cost model's peak factor (${ASSUMED.peakFactor}×) in the worse corpus; SCALING.md`,
    'compares it with the partition limit:',
    '',
    table(['partition', 'written', ...corpora.map((c) => `${c.label}: busiest, WCU per article`), 'peak WCU/s (worse corpus)'], familyRows),
  ].join('\n');
  return { title: 'Hot partitions: write load per partition key', markdown, figures };
}
