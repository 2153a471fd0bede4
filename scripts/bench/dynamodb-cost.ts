// Section 4: DynamoDB cost per article (items, bytes, write units) and read units per query
// route, measured against DynamoDB Local through the real store and ingest use case.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { extract } from '../../lambdas/extract/index.js';
import { BANDS } from '../../lambdas/extract/syndication/signature.js';
import type { Extraction } from '../../lambdas/extract/types.js';
import { factEntityRoles } from '../../lambdas/store/dynamodb/items.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import type { ArticleReader, ArticleStore } from '../../lambdas/store/article-store.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { batchWrite } from '../../lambdas/store/dynamodb/batch-write.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { indexSortKey, parseIndexSortKey, PK } from '../../lambdas/store/dynamodb/keys.js';
import { TABLE_KEYS } from '../../lambdas/store/dynamodb/table-schema.js';
import { localDocumentClient, localDynamoDbClient } from '../../local/clients.js';
import { createTable } from '../../local/create-table.js';
import { startDynamoDbLocal } from '../../local/services/dynamodb-local.js';
import { findFreePort } from '../../local/services/ports.js';
import { CapacityMeter, type CapacityTotals } from './capacity-meter.js';
import { bbcFiles, mostNamedEntities, normalizeFile, sampleArticlePath, spread } from './corpora.js';
import { indexEntrySize, itemSize, writeUnits } from './item-size.js';
import { measureStorySearchOverhead, storedStoryItems } from './story-search-overhead.js';
import { cpuMsSince, fmt, kb, median, round, sum, table, verdict, type BenchContext, type SectionResult } from './report.js';

const BUCKET = 'newsfacts-bench';
const SEED_ARTICLES = 60;
/** Articles naming the made-up frequent entity: above the 5,000 entries its detail counts. */
const FREQUENT_ENTITY_ARTICLES = 6_000;
const ITEM_LIMIT = 4096;
const SAMPLE_WCU_LIMIT = 40;
/** Issue 19: the near-duplicate search may slow ingestion by this share at most. */
const STORY_SEARCH_OVERHEAD_LIMIT = 0.1;

/** Item kinds of docs/DATA-MODEL.md, by key shape. */
function kindOf(pk: string, sk: string): string {
  if (pk.startsWith('O#')) return 'object record';
  if (pk.startsWith('E#')) return 'entity timeline entry';
  if (pk.startsWith('S#')) return 'source entry';
  if (pk.startsWith('F#')) return 'fact group';
  if (pk.startsWith('N#')) return 'name index';
  if (pk.startsWith('W#')) return 'title search entry';
  if (pk.startsWith('WR#')) return 'rejected file-name entry';
  if (pk.startsWith('B#')) return 'band entry';
  if (pk.startsWith('T#') || pk === 'STORIES') return 'story entry';
  if (sk === 'A') return 'article record';
  if (sk.startsWith('M#')) return 'manifest';
  if (sk.startsWith('X#')) return 'document chunk';
  return 'other';
}
const EXEMPT = new Set(['article record', 'document chunk']);

interface KindStats {
  count: number;
  bytes: number;
  /** Bytes of the entries in global secondary indexes (keys and the projected summary). */
  indexBytes: number;
  largest: number;
  modeledWcu: number;
}

interface WriteCost {
  label: string;
  file: string;
  characters: number;
  entities: number;
  facts: number;
  capacity: CapacityTotals;
  kinds: Map<string, KindStats>;
}

/** Totals over the item kinds one write stored. */
function totalsOf(c: WriteCost) {
  const kinds = [...c.kinds.values()];
  const total = (field: 'count' | 'bytes' | 'indexBytes' | 'modeledWcu') => sum(kinds.map((k) => k[field]));
  return { items: total('count'), bytes: total('bytes'), indexBytes: total('indexBytes'), indexItems: sum(kinds.map((k) => (k.indexBytes > 0 ? k.count : 0))), modeledWcu: total('modeledWcu'), largest: Math.max(...kinds.map((k) => k.largest)) };
}

const requestCount = (capacity: CapacityTotals) => sum(Object.values(capacity.requests));

async function scanAll(client: DynamoDBClient, tableName: string): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

function kindsOf(items: Record<string, AttributeValue>[]): Map<string, KindStats> {
  const kinds = new Map<string, KindStats>();
  for (const item of items) {
    const kind = kindOf(item.pk.S ?? '', item.sk.S ?? '');
    const size = itemSize(item);
    const indexSizes = TABLE_KEYS.indexes.map((index) => indexEntrySize(item, index, TABLE_KEYS.indexAttributes)).filter((n): n is number => n !== null);
    const stats = kinds.get(kind) ?? { count: 0, bytes: 0, indexBytes: 0, largest: 0, modeledWcu: 0 };
    stats.count++;
    stats.bytes += size;
    stats.indexBytes += indexSizes.reduce((a, b) => a + b, 0);
    stats.largest = Math.max(stats.largest, size);
    stats.modeledWcu += writeUnits(size, indexSizes);
    kinds.set(kind, stats);
  }
  return kinds;
}

/**
 * An entity named in more articles than the entity detail counts: the timeline entries of `like`
 * copied under a new entity id, each for another (made-up) article and date. Returns the id.
 */
async function seedFrequentEntity(client: DynamoDBClient, tableName: string, like: string): Promise<string> {
  const db = localDocumentClient(client);
  const out = await db.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.entity(like) } }));
  const templates = out.Items ?? [];
  if (templates.length === 0) throw new Error(`no timeline entries for ${like}`);
  const id = `${like}-frequent`;
  const start = Date.UTC(2020, 0, 1);
  const entries = Array.from({ length: FREQUENT_ENTITY_ARTICLES }, (_, i) => {
    const { gen } = parseIndexSortKey(String(templates[i % templates.length].sk));
    const date = new Date(start + i * 6 * 3600_000).toISOString().slice(0, 10);
    return { PutRequest: { Item: { ...templates[i % templates.length], pk: PK.entity(id), sk: indexSortKey(date, `frequent${String(i).padStart(6, '0')}`, gen) } } };
  });
  await batchWrite(db, tableName, entries);
  return id;
}

let sequence = 1_000_000n;
const nextSequencer = () => (sequence++).toString(16).toUpperCase().padStart(20, '0');

async function ingestFile(store: ArticleStore, key: string, bytes: Uint8Array): Promise<void> {
  const outcome = await ingestObjectEvent(
    { kind: 'created', bucket: BUCKET, key, versionId: null, sequencer: nextSequencer(), size: bytes.length },
    { store, objects: { read: async () => bytes }, maxObjectBytes: 10 * 1024 * 1024 },
  );
  if (outcome.status !== 'processed') throw new Error(`ingest of ${key} ended ${JSON.stringify(outcome)}`);
}

export async function benchDynamoDbCost(ctx: BenchContext): Promise<SectionResult> {
  const samplePath = sampleArticlePath(ctx.repoRoot, ctx.dataDir);
  const files = bbcFiles(ctx.dataDir);
  if (!samplePath) throw new Error('no sample article (test/fixtures/**/caracas-*.txt or ../shared/samples)');
  // The median-size BBC story by bytes.
  const bySize = files.map((f) => ({ ...f, size: readFileSync(f.path).length })).sort((a, b) => a.size - b.size || a.name.localeCompare(b.name));
  const medianStory = bySize[Math.floor((bySize.length - 1) / 2)];

  const port = await findFreePort();
  ctx.log(`dynamodb: starting DynamoDB Local (in memory) on ${port}`);
  const ddb = await startDynamoDbLocal({ port });
  const client = localDynamoDbClient(ddb.endpoint);
  const meter = new CapacityMeter();
  meter.attach(client);
  try {
    const costs: WriteCost[] = [];
    let tableNo = 0;
    const freshStore = async () => {
      const tableName = `bench-${++tableNo}`;
      await createTable(client, tableName);
      return { tableName, store: createDynamoDbArticleStore({ client, tableName }) };
    };
    const measureWrite = async (label: string, path: string, name: string, prepare?: (store: ArticleStore) => Promise<void>) => {
      const { tableName, store } = await freshStore();
      const bytes = readFileSync(path);
      const key = `incoming/${name}`;
      if (prepare) await prepare(store);
      const before = prepare ? await scanAll(client, tableName) : [];
      meter.reset();
      await ingestFile(store, key, bytes);
      const capacity = meter.reset();
      const beforeKeys = new Set(before.map((i) => `${i.pk.S}|${i.sk.S}`));
      const written = (await scanAll(client, tableName)).filter((i) => !beforeKeys.has(`${i.pk.S}|${i.sk.S}`));
      const article = normalizeFile(path, name)[0];
      const extraction = extract(article);
      meter.reset();
      costs.push({ label, file: name, characters: extraction.text.length, entities: extraction.entities.length, facts: extraction.facts.length, capacity, kinds: kindsOf(written) });
    };

    ctx.log('dynamodb: write cost of the sample article and the median BBC story');
    await measureWrite('sample article, empty table', samplePath, basename(samplePath));
    // The same article under another key once its entities are known: what every article costs
    // after the first sighting of its names (new names are written once, for the whole table).
    await measureWrite('sample article, entities already known', samplePath, `again/${basename(samplePath)}`, (store) => ingestFile(store, `incoming/${basename(samplePath)}`, readFileSync(samplePath)));
    await measureWrite('median BBC story, empty table', medianStory.path, medianStory.name);
    // The same story again when its entities are already known (the steady state of a busy table).
    await measureWrite('median BBC story, entities already known', medianStory.path, `again/${medianStory.name}`, (store) => ingestFile(store, `incoming/${medianStory.name}`, readFileSync(medianStory.path)));

    // Read units per query route on a table with the sample and SEED_ARTICLES BBC stories.
    ctx.log(`dynamodb: read units per route on a table of ${SEED_ARTICLES + 1} articles`);
    const { store, tableName } = await freshStore();
    const sampleKey = `incoming/${basename(samplePath)}`;
    await ingestFile(store, sampleKey, readFileSync(samplePath));
    const seeded = spread(files, SEED_ARTICLES);
    const extractions: Extraction[] = [];
    const entityFacts = new Map<string, number>();
    const wallMs: number[] = [];
    const cpuMs: number[] = [];
    const requestsPerArticle: number[] = [];
    const roundsPerArticle: number[] = [];
    for (const file of seeded) {
      const bytes = readFileSync(file.path);
      meter.reset();
      const cpu = process.cpuUsage();
      const wall = performance.now();
      await ingestFile(store, `incoming/${file.name}`, bytes);
      wallMs.push(performance.now() - wall);
      cpuMs.push(cpuMsSince(cpu));
      requestsPerArticle.push(requestCount(meter.totals));
      roundsPerArticle.push(meter.totals.rounds);
      const extraction = extract(normalizeFile(file.path, file.name)[0]);
      extractions.push(extraction);
      for (const fact of extraction.facts) for (const [id] of factEntityRoles(fact)) entityFacts.set(id, (entityFacts.get(id) ?? 0) + 1);
    }
    ctx.log(`dynamodb: ingest wall time with and without the near-duplicate search, ${SEED_ARTICLES} stories alternating`);
    const overhead = await measureStorySearchOverhead((await freshStore()).store, (await freshStore()).store, (await freshStore()).store, seeded, { emulatorPid: ddb.pid });
    // A busy table: candidates to meet, their records to read. The other BBC stories are the background.
    const inSample = new Set(seeded.map((f) => f.name));
    const background = files.filter((f) => !inSample.has(f.name));
    const backgroundItems = storedStoryItems(background).map((Item) => ({ PutRequest: { Item } }));
    ctx.log(`dynamodb: the same on tables already holding ${background.length} other BBC stories (${backgroundItems.length} items each)`);
    const busyStore = async () => {
      const { tableName, store } = await freshStore();
      await batchWrite(localDocumentClient(client), tableName, backgroundItems);
      return store;
    };
    const busy = await measureStorySearchOverhead(await busyStore(), await busyStore(), await busyStore(), seeded, { emulatorPid: ddb.pid });
    const overheadShare = Math.max(overhead.pairedRatio, busy.pairedRatio) - 1;
    const ranked = mostNamedEntities(extractions);
    const [top] = ranked;
    const topId = top.id;
    const [factsId, factCount] = [...entityFacts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [topId, 0];
    const factsName = ranked.find((e) => e.id === factsId)?.name ?? factsId;
    const prefix = top.name.toLowerCase().slice(0, 3);
    const sampleId = articleIdForKey(sampleKey);
    const frequentId = await seedFrequentEntity(client, tableName, topId);
    const page = { limit: 20 };
    const routes: [string, string, (r: ArticleReader) => Promise<{ items: number; bytes: number }>][] = [
      ['getArticle', 'GET /articles/{id} (sample)', async (r) => size(await r.getArticle(sampleId))],
      ['getArticle + text', `GET /articles/{id}?include=text (sample)`, async (r) => size(await r.getArticle(sampleId, { includeText: true }))],
      ['listArticles', 'GET /articles?limit=20', async (r) => size(await r.listArticles({}, page))],
      ['searchEntities', `GET /entities?q=${prefix}`, async (r) => size(await r.searchEntities(prefix, undefined, page))],
      ['getEntity', `GET /entities/{id} (${top.name}, ${top.articles} articles)`, async (r) => size(await r.getEntity(topId))],
      ['getEntity, frequent', `GET /entities/{id} (an entity in ${fmt(FREQUENT_ENTITY_ARTICLES)} articles: ${top.name}'s entries copied; counted over the newest 5,000)`, async (r) => size(await r.getEntity(frequentId))],
      ['listEntityArticles', `GET /entities/{id}/articles?limit=20 (${top.name})`, async (r) => size(await r.listEntityArticles(topId, page))],
      ['listEntityFacts', `GET /entities/{id}/facts?limit=20 (${factsName}, in ${factCount} facts)`, async (r) => size(await r.listEntityFacts(factsId, undefined, page))],
      ['listFacts', 'GET /facts?limit=20', async (r) => size(await r.listFacts({}, page))],
      ['listFacts quote', 'GET /facts?type=quote&limit=20', async (r) => size(await r.listFacts({ type: 'quote' }, page))],
    ];
    const readRows: (string | number)[][] = [];
    const figures: SectionResult['figures'] = {
      ingest_use_case_wall_ms_p50: round(median(wallMs)),
      ingest_use_case_node_cpu_ms_p50: round(median(cpuMs)),
      ingest_use_case_requests_p50: median(requestsPerArticle),
      ingest_use_case_round_trips_p50: median(roundsPerArticle),
      bbc_median_file_bytes: medianStory.size,
      story_search_with_wall_ms_p50: round(overhead.withMs),
      story_search_without_wall_ms_p50: round(overhead.withoutMs),
      story_search_paired_ratio_p50: round(overhead.pairedRatio, 3),
      story_search_items_only_wall_ms_p50: round(overhead.itemsOnlyMs),
      story_search_items_only_ratio_p50: round(overhead.itemsOnlyRatio, 3),
      story_search_busy_table_stories: background.length,
      story_search_busy_paired_ratio_p50: round(busy.pairedRatio, 3),
      story_search_busy_items_only_ratio_p50: round(busy.itemsOnlyRatio, 3),
      ...(busy.totalCpuRatio === null ? {} : { story_search_busy_total_cpu_ratio_p50: round(busy.totalCpuRatio, 3) }),
      story_search_with_cpu_ms_p50: round(overhead.withCpuMs, 1),
      story_search_without_cpu_ms_p50: round(overhead.withoutCpuMs, 1),
      ...(overhead.totalCpuRatio === null ? {} : {
        story_search_with_emulator_cpu_ms_p50: round(overhead.withEmulatorCpuMs!, 1),
        story_search_without_emulator_cpu_ms_p50: round(overhead.withoutEmulatorCpuMs!, 1),
        story_search_total_cpu_ratio_p50: round(overhead.totalCpuRatio, 3),
      }),
    };
    for (const [method, route, call] of routes) {
      const units: number[] = [];
      let returned = { items: 0, bytes: 0 };
      for (let i = 0; i < 3; i++) {
        meter.reset();
        returned = await call(store);
        units.push(meter.totals.readUnits);
      }
      readRows.push([`\`${method}\``, route, returned.items, kb(returned.bytes), requestCount(meter.totals), fmt(median(units), 1)]);
      figures[`rcu_${method.replace(/\W+/g, '_')}`] = median(units);
    }

    const costRows = costs.map((c) => {
      const t = totalsOf(c);
      return [c.label, `${c.file} (${fmt(c.characters)} chars, ${c.entities} entities, ${c.facts} facts)`, t.items, kb(t.bytes), fmt(c.capacity.writeUnits, 1), fmt(t.modeledWcu, 0), fmt(c.capacity.readUnits, 1), fmt(c.capacity.statementReadUnitsModeled, 1)];
    });
    const kindRows: (string | number)[][] = [];
    const kindNames = [...new Set(costs.flatMap((c) => [...c.kinds.keys()]))].sort();
    for (const kind of kindNames) {
      const largest = Math.max(...costs.map((c) => c.kinds.get(kind)?.largest ?? 0));
      kindRows.push([kind, kb(largest, 2), ...costs.map((c) => {
        const k = c.kinds.get(kind);
        return k ? `${k.count} / ${kb(k.bytes)} / ${k.modeledWcu}` : '—';
      })]);
    }
    const overLimit = costs.flatMap((c) => [...c.kinds.entries()].filter(([kind, k]) => !EXEMPT.has(kind) && k.largest > ITEM_LIMIT).map(([kind, k]) => `${kind} in ${c.file} (${kb(k.largest, 2)})`));
    const wcuOf = (c: WriteCost) => Math.max(c.capacity.writeUnits, totalsOf(c).modeledWcu);
    const [sampleFresh, sample] = costs;
    const sampleMeasured = sample.capacity.writeUnits;
    const sampleModeled = totalsOf(sample).modeledWcu;
    const sampleWcu = wcuOf(sample);
    const newNames = sampleFresh.kinds.get('name index');
    const drivers = [...sample.kinds.entries()].sort((a, b) => b[1].modeledWcu - a[1].modeledWcu).slice(0, 3).map(([kind, k]) => `${kind} ${k.modeledWcu} (${k.count} items)`);

    for (const [i, c] of costs.entries()) {
      const key = ['sample', 'sample_known_entities', 'bbc_median', 'bbc_median_known_entities'][i];
      const t = totalsOf(c);
      Object.assign(figures, {
        [`${key}_items`]: t.items,
        [`${key}_bytes`]: t.bytes,
        [`${key}_index_bytes`]: t.indexBytes,
        [`${key}_index_items`]: t.indexItems,
        [`${key}_facts`]: c.facts,
        [`${key}_entities`]: c.entities,
        [`${key}_largest_item_bytes`]: t.largest,
        [`${key}_wcu_reported`]: round(c.capacity.writeUnits),
        [`${key}_wcu_modeled`]: t.modeledWcu,
        [`${key}_rcu_during_ingest`]: round(c.capacity.readUnits),
        // Not reported by DynamoDB Local: 0.5 units per band key the statement reads, as a Query of each would cost.
        [`${key}_rcu_band_statement_modeled`]: c.capacity.statementReadUnitsModeled,
        [`${key}_characters`]: c.characters,
        [`${key}_requests`]: requestCount(c.capacity),
      });
    }
    const requestMix = (c: WriteCost) => Object.entries(c.capacity.requests).map(([n, k]) => `${n.replace(/Command$/, '')} ×${k}`).join(', ');

    const markdown = [
      'Each article goes through the ingest use case (`ingestObjectEvent`, lambdas/ingest/ingest-object.ts) into',
      'the DynamoDB adapter (lambdas/store/dynamodb/) on a fresh table in DynamoDB Local (in memory, created by local/create-table.ts',
      'exactly as the stack defines it). A middleware on the DynamoDB client sets',
      '`ReturnConsumedCapacity: INDEXES` on every data command and adds up `ConsumedCapacity` from the',
      'responses (BatchWriteItem returns one entry per table); the store is unchanged. After the write the',
      'table is scanned and each item sized by DynamoDB\'s rules (scripts/bench/item-size.ts).',
      '',
      '"WCU reported" is what DynamoDB Local returned. "WCU modeled" prices every stored item the way',
      'DynamoDB bills a put: one unit per started KB in the table, and one per started KB of its entry in each',
      'global secondary index (article records only; the indexes copy their keys, summary and status); it is',
      `the cross-check of the reported figure (which also counts any delete of the cleanup step). Of the sample's reported`,
      `units, ${fmt(sample.capacity.indexWriteUnits, 1)} were reported against the indexes. Read units during ingest are the object-record`,
      'checks, the cleanup query and the name index lookups; a store that has seen a name stored (a warm function,',
      'or this process when the "already known" case first ingests the same file under another key) skips its lookup.',
      'The near-duplicate search\'s band statement (PartiQL) is not in that column: DynamoDB Local reports no capacity for',
      `PartiQL. Read as one Query per band key it costs 0.5 units each, ${fmt(BANDS * 0.5, 1)} for the ${BANDS} keys, and twice that for the`,
      'strongly consistent second read of a story\'s first copy (its check for a copy written at the same moment); the',
      '"RCU band statements, modeled" column prices each statement so, and docs/SCALING.md takes it for the statement too.',
      '',
      table(['case', 'file', 'items', 'bytes', 'WCU reported', 'WCU modeled', 'RCU during ingest', 'RCU band statements, modeled'], costRows),
      '',
      `Requests of the sample article: ${requestMix(sample)} (into the empty table: ${requestMix(sampleFresh)}). Median BBC story: ${requestMix(costs[2])}.`,
      '',
      'By item kind: the largest item of the kind in any case, then for each case items / bytes / modeled WCU:',
      '',
      table(['item kind', 'largest', ...costs.map((c) => c.label)], kindRows),
      '',
      'Targets:',
      `- No item over 4 KB except the article record and its text: ${verdict(overLimit.length === 0)}${overLimit.length ? ` (${overLimit.join('; ')})` : ''}.`,
      `- The sample article in ≤ ${SAMPLE_WCU_LIMIT} WCU, its entities already known: ${verdict(sampleWcu <= SAMPLE_WCU_LIMIT)} — ${fmt(sampleMeasured, 1)} reported, ${sampleModeled} modeled` +
        (sampleWcu > SAMPLE_WCU_LIMIT ? `, over by ${fmt(sampleWcu - SAMPLE_WCU_LIMIT, 0)} WCU (${fmt((sampleWcu / SAMPLE_WCU_LIMIT - 1) * 100, 0)} %)` : '') +
        `; the largest shares (modeled): ${drivers.join(', ')}.`,
      `  Into an empty table the sample costs ${fmt(wcuOf(sampleFresh), 0)} WCU (${sampleWcu <= SAMPLE_WCU_LIMIT && wcuOf(sampleFresh) > SAMPLE_WCU_LIMIT ? '**over** the target' : 'see above'}): the difference is the`,
      `  name index, ${newNames?.count ?? 0} entries (${newNames?.modeledWcu ?? 0} WCU) for the search keys of names seen for the first time, which every`,
      '  later article naming them reuses (a BatchGetItem finds them, 0.5 RCU each).',
      '',
      `Time per article of the ingest use case while seeding the ${SEED_ARTICLES} BBC stories below, one at a time in this`,
      `process against DynamoDB Local: median wall time ${fmt(median(wallMs), 1)} ms, of which this Node.js process spent`,
      `${fmt(median(cpuMs), 1)} ms on the CPU (normalization, extraction, SDK marshalling; DynamoDB Local runs in its own JVM),`,
      `with a median of ${median(requestsPerArticle)} DynamoDB requests per article in ${median(roundsPerArticle)} sequential round trips`,
      '(requests that overlap in time count as one round trip).',
      '',
      `Near-duplicate search (issue 19): the same ${SEED_ARTICLES} stories into three more fresh tables, one through the store`,
      'as it is, one through the same store with the search\'s reads taken out (its band and story entries still written),',
      'and one with the search and its items taken out (no candidates, no story, no band or story entries;',
      'scripts/bench/story-search-overhead.ts), the order turning story by story, the first 5 not counted.',
      `Median wall time per article: ${fmt(overhead.withMs, 1)} ms with the search, ${fmt(overhead.itemsOnlyMs, 1)} ms with its items but no reads,`,
      `${fmt(overhead.withoutMs, 1)} ms without (CPU of this process ${fmt(overhead.withCpuMs, 1)}, ${fmt(overhead.itemsOnlyCpuMs, 1)} and ${fmt(overhead.withoutCpuMs, 1)} ms); per story,`,
      `with / without has a median of ${fmt(overhead.pairedRatio, 3)} and items only / without ${fmt(overhead.itemsOnlyRatio, 3)}.`,
      ...(overhead.totalCpuRatio === null
        ? ['(The DynamoDB Local process\'s CPU could not be read here: /proc is Linux only.)']
        : [
          `DynamoDB Local's own CPU per article (its threads' counters in /proc): ${fmt(overhead.withEmulatorCpuMs!, 1)} ms with the search,`,
          `${fmt(overhead.itemsOnlyEmulatorCpuMs!, 1)} with its items only, ${fmt(overhead.withoutEmulatorCpuMs!, 1)} without; the CPU of both processes, with / without, has a median of`,
          `${fmt(overhead.totalCpuRatio, 3)} per story. A backfill in local mode keeps both cores busy, so its rate follows that total.`,
        ]),
      `On three tables that already hold the other ${fmt(background.length)} BBC stories (their band and story entries and the`,
      'records\' signatures written directly, dated before the 60: a busy table, whose band keys the 60 meet), per story',
      `with / without has a median of ${fmt(busy.pairedRatio, 3)} and items only / without ${fmt(busy.itemsOnlyRatio, 3)}` +
        (busy.totalCpuRatio === null ? '.' : `; the CPU of both processes ${fmt(busy.totalCpuRatio, 3)}.`),
      'The band keys are read in the statement that reads the object record (a GetItem without the search), sent before',
      'extraction and answered while it runs, and a story\'s first copy reads them again in the statement that reads its',
      'article partition for the cleanup after the commit (a Query without the search): the search adds no request',
      '(lambdas/ingest/ingest-object.ts, lambdas/store/dynamodb/article-writer.ts). On DynamoDB Local the emulator answers',
      'the statements and writes the extra items on the same two cores, so their share of the time is larger than against',
      'DynamoDB over the network.',
      `Target: the search adds ≤ ${fmt(STORY_SEARCH_OVERHEAD_LIMIT * 100, 0)} % to the wall time per article, on the fresh and the busy tables: ${verdict(overheadShare <= STORY_SEARCH_OVERHEAD_LIMIT)} (the larger, ${overheadShare >= 0 ? '+' : ''}${fmt(overheadShare * 100, 1)} %).`,
      '',
      `Read units per route, on a table holding the sample and ${SEED_ARTICLES} BBC stories spread over the topics`,
      `(the entity is the one mentioned in most of them). Eventually consistent reads; median of 3 calls.`,
      '',
      table(['store method', 'route', 'items returned', 'response data', 'requests', 'RCU'], readRows),
    ].join('\n');
    return {
      title: 'DynamoDB cost per article and per query', markdown, figures,
      targets: [
        { target: 'no item over 4 KB but the article record and text', measured: overLimit.length ? overLimit.join('; ') : 'none over', met: overLimit.length === 0 },
        { target: `near-duplicate search ≤ +${fmt(STORY_SEARCH_OVERHEAD_LIMIT * 100, 0)} % ingest wall time per article`, measured: `${share(overhead.pairedRatio)} fresh table, ${share(busy.pairedRatio)} busy table`, met: overheadShare <= STORY_SEARCH_OVERHEAD_LIMIT },
        { target: `sample article ≤ ${SAMPLE_WCU_LIMIT} WCU (entities known)`, measured: `${fmt(sampleWcu, 0)} WCU (${fmt(wcuOf(sampleFresh), 0)} into an empty table)`, met: sampleWcu <= SAMPLE_WCU_LIMIT },
      ],
    };
  } finally {
    client.destroy();
    await ddb.stop();
  }
}

/** A ratio as the share it adds: 1.078 → "+7.8 %". */
const share = (ratio: number) => `${ratio >= 1 ? '+' : ''}${fmt((ratio - 1) * 100, 1)} %`;

function size(value: unknown): { items: number; bytes: number } {
  if (value === null || value === undefined) return { items: 0, bytes: 0 };
  const items = (value as { items?: unknown[] }).items;
  return { items: Array.isArray(items) ? items.length : 1, bytes: Buffer.byteLength(JSON.stringify(value)) };
}
