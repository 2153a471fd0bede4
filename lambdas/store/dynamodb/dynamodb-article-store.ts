import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { FACT_TYPES, type Entity, type EntityType, type FactType } from '../../extract/types.js';
import type {
  ArticleDetail,
  ArticleFilter,
  ArticleStore,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  FactFilter,
  FactRecord,
  ObjectRef,
  Page,
  PageRequest,
  ProcessedArticle,
  RejectedFile,
  WriteOutcome,
} from '../article-store.js';
import { batchWrite, type BatchWriteOptions, type WriteRequest } from './batch-write.js';
import { decodeCursor, encodeCursor, type CursorState, type StreamKeyShape } from './cursor.js';
import { articleIdForKey } from '../ids.js';
import {
  entityNameItems,
  keyOf,
  manifestKeys,
  processedArticleItems,
  rejectedFileItem,
  unpackJson,
  type ArticleDocument,
  type ArticleItems,
  type ArticleMeta,
  type FactProvenance,
  type FactRef,
  type Item,
  type ItemKey,
  type StoredFact,
} from './items.js';
import { GSI1, GSI2, PK, SK, indexSortKey, pad, parseIndexSortKey, prefixEnd } from './keys.js';
import { mapConcurrent } from '../map-concurrent.js';
import { nameKey, searchKeys } from './names.js';
import { normalizeSequencer } from '../sequencer.js';

export interface DynamoDbArticleStoreOptions {
  client: DynamoDBClient | DynamoDBDocumentClient;
  tableName: string;
  batchWrite?: BatchWriteOptions;
  /** Timeline entries an entity's detail reads at most (default 5,000); see getEntity. */
  entityDetailMaxEntries?: number;
}

interface QuerySpec {
  index?: 'gsi1' | 'gsi2';
  partition: string;
  range?: { between?: [string, string]; beginsWith?: string };
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  newestFirst?: boolean;
}

/** One result a read item yields (an index entry yields one; a fact group or link, several). */
interface Entry<T> {
  /** Merge order across partitions. */
  order: string;
  /** Generation dedup: of one article, only the newest generation on the page is shown. */
  articleId?: string;
  gen?: string;
  value: T;
}

interface ObjectRecord {
  sequencer: string;
  articleIds: string[];
  deleted?: boolean;
  /** The event kept failing: a redelivery of the same event may replace this record. */
  failed?: boolean;
  /** Articles whose older generations the writer of this record removes (again, on a redelivery). */
  cleanup?: string[];
  /** The committed sequencer this record replaced, as its writer last read it ('' for none). */
  replaced?: string;
}

const EMPTY_PAGE = { items: [], nextCursor: null };
const ARTICLE_RECORD_PUTS_IN_FLIGHT = 8;
/** Name index keys this store instance has seen stored (a warm function reuses it across events). */
const KNOWN_NAMES_LIMIT = 100_000;

/** The ArticleStore port on one DynamoDB table (layout: keys.ts, docs/DATA-MODEL.md). */
export class DynamoDbArticleStore implements ArticleStore {
  private readonly db: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly batchOptions: BatchWriteOptions;
  private readonly entityDetailMaxEntries: number;
  /** Name index entries are never deleted, so once seen they need no further lookup. */
  private readonly knownNames = new Set<string>();

  constructor(options: DynamoDbArticleStoreOptions) {
    this.db =
      options.client instanceof DynamoDBDocumentClient
        ? options.client
        : DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.table = options.tableName;
    this.batchOptions = options.batchWrite ?? {};
    this.entityDetailMaxEntries = options.entityDetailMaxEntries ?? 5_000;
  }

  // ---------------------------------------------------------------- write side

  async objectState(key: string): Promise<{ sequencer: string; failed: boolean } | null> {
    const record = await this.objectRecord(key);
    return record && { sequencer: record.sequencer, failed: record.failed === true };
  }

  /**
   * Writes one generation of an object (docs/DATA-MODEL.md, "Writes"): manifests, then the index
   * entries in batches (their keys hold the generation, so no other writer's items can be
   * overwritten), then each article record under a generation condition (the commit point),
   * then the object record; finally the older generations are removed.
   */
  async replaceObject(
    ref: ObjectRef,
    receivedAt: string,
    result: { articles: ProcessedArticle[] } | { rejected: RejectedFile },
  ): Promise<WriteOutcome> {
    const gen = normalizeSequencer(ref.sequencer);
    const stamped = { ...ref, sequencer: gen };
    const previous = await this.objectRecord(ref.key);
    if (previous && !newerThan(gen, previous)) return 'stale';
    const failed = 'rejected' in result && result.rejected.error.code === 'PROCESSING_FAILED';

    const written: ArticleItems[] = 'rejected' in result ? [] : result.articles.map((a) => processedArticleItems(a, stamped, receivedAt));
    const records = 'rejected' in result ? [rejectedFileItem(result.rejected, stamped, receivedAt)] : written.map((w) => w.record);
    const articleIds = records.map((r) => JSON.parse(r.s as string).articleId as string);

    // A cleaner that runs while this writer is between these steps finds the entries through the
    // manifest, which lands first and goes last.
    await this.write(written.map((w) => put(w.manifest)));
    const names = 'articles' in result ? await this.newNameItems(result.articles.flatMap((a) => a.extraction.entities)) : [];
    await this.write([...written.flatMap((w) => w.entries), ...names].map(put));
    for (const name of names) this.rememberName(`${name.pk}\u0000${name.sk}`);

    let replaced = previous?.sequencer ?? '';
    try {
      // Side by side: a file of a thousand articles would otherwise wait on a thousand round trips.
      await mapConcurrent(records, ARTICLE_RECORD_PUTS_IN_FLIGHT, async (record) => {
        await this.db.send(new PutCommand({
          TableName: this.table,
          Item: record,
          ConditionExpression: 'attribute_not_exists(gen) OR gen <= :gen',
          ExpressionAttributeValues: { ':gen': gen },
        }));
      });
      replaced = await this.putObjectRecord(ref.key, { sequencer: gen, articleIds, failed, cleanup: union(articleIds, previous?.articleIds ?? []), replaced });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The SDK retried a put whose first attempt was applied but whose answer was lost: ours.
      if (!(await this.recordIs(ref.key, gen, articleIds))) {
        // A newer event won the race: take back what this one wrote.
        await this.takeBack(written, articleIds, gen);
        return 'stale';
      }
    }
    const graves = uncommittedAfter(replaced, gen);
    await this.deleteGenerations(articleIds, '<', gen, graves);
    await this.deleteGenerations((previous?.articleIds ?? []).filter((id) => !articleIds.includes(id)), '<=', gen, graves);
    return 'applied';
  }

  async deleteObject(ref: ObjectRef): Promise<WriteOutcome> {
    const gen = normalizeSequencer(ref.sequencer);
    const previous = await this.objectRecord(ref.key);
    if (previous && !newerThan(gen, previous)) return 'stale';
    const doomed = union(previous?.articleIds ?? [], [articleIdForKey(ref.key)]);
    let replaced = previous?.sequencer ?? '';
    try {
      replaced = await this.putObjectRecord(ref.key, { sequencer: gen, articleIds: [], deleted: true, cleanup: doomed, replaced });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (!(await this.recordIs(ref.key, gen, []))) return 'stale';
    }
    await this.deleteGenerations(doomed, '<', gen, uncommittedAfter(replaced, gen));
    return 'applied';
  }

  async settleObject(ref: ObjectRef): Promise<void> {
    const record = await this.objectRecord(ref.key);
    const event = normalizeSequencer(ref.sequencer);
    if (!record || record.sequencer < event) return;
    // A stale event's own generation goes entirely: its writer is gone (this is its redelivery).
    const graves = record.replaced === undefined ? undefined : (itemGen: string) => itemGen !== event && uncommittedAfter(record.replaced!, record.sequencer)(itemGen);
    // The object's own partition too: an older writer that died after its article record landed
    // (racing this event) left items there that no later write would remove.
    await this.deleteGenerations(union(record.cleanup ?? [], [articleIdForKey(ref.key)]), '<', record.sequencer, graves);
  }

  /**
   * Deletes what this generation wrote: the entries it knows (a newer event's cleanup may have
   * removed its manifest while it was still writing), then whatever its manifests still list.
   */
  private async takeBack(written: ArticleItems[], articleIds: string[], gen: string): Promise<void> {
    await this.write(written.flatMap((w) => w.entries.map(keyOf)).map(del));
    await this.deleteGenerations(articleIds, '=', gen);
  }

  /** BatchGetItem in chunks of 100, unprocessed keys asked again with backoff and jitter. */
  private async batchGet(keys: ItemKey[], options: { projection?: string } = {}): Promise<Item[]> {
    const items: Item[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
        const out: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({
          RequestItems: { [this.table]: { Keys: pending, ProjectionExpression: options.projection } },
        }));
        items.push(...((out.Responses?.[this.table] ?? []) as Item[]));
        pending = out.UnprocessedKeys?.[this.table]?.Keys;
      }
    }
    return items;
  }

  /** Whether the object record is this generation's, with these articles (its put landed). */
  private async recordIs(key: string, gen: string, articleIds: string[]): Promise<boolean> {
    const record = await this.objectRecord(key);
    return record?.sequencer === gen && record.articleIds.length === articleIds.length && record.articleIds.every((id, i) => id === articleIds[i]);
  }

  private async objectRecord(key: string): Promise<ObjectRecord | null> {
    const out = await this.db.send(new GetCommand({
      TableName: this.table, Key: { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord }, ConsistentRead: true,
    }));
    return (out.Item as ObjectRecord | undefined) ?? null;
  }

  /** Puts the object record if it is newer; returns the sequencer of the record it replaced ('' for none). */
  private async putObjectRecord(key: string, record: ObjectRecord & Required<Pick<ObjectRecord, 'cleanup' | 'replaced'>>): Promise<string> {
    const out = await this.db.send(new PutCommand({
      TableName: this.table,
      Item: { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord, key, ...record, updatedAt: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer < :gen OR (sequencer = :gen AND failed = :true)',
      ExpressionAttributeValues: { ':gen': record.sequencer, ':true': true },
      ReturnValues: 'ALL_OLD',
    }));
    return (out.Attributes?.sequencer as string | undefined) ?? '';
  }

  /**
   * Removes, from the given articles, every generation standing in `relation` to `gen`: the
   * entries each such generation's manifest lists, its document chunks, then the manifest (unless
   * `graves` keeps it: see uncommittedAfter), and its article record under the same relation as a
   * condition (a newer commit in between stays).
   */
  private async deleteGenerations(articleIds: string[], relation: '<' | '=' | '<=', gen: string, graves?: (itemGen: string) => boolean): Promise<void> {
    const doomed = (itemGen: string) => (relation === '<' ? itemGen < gen : relation === '=' ? itemGen === gen : itemGen <= gen);
    const entries: ItemKey[] = [];
    const manifests: ItemKey[] = [];
    const records: ItemKey[] = [];
    for (const articleId of articleIds) {
      const items = await this.queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': PK.article(articleId) },
        ProjectionExpression: 'pk, sk, gen, z',
        ConsistentRead: true,
      });
      for (const item of items) {
        if (!doomed(String(item.gen ?? ''))) continue;
        if (item.sk === SK.article) records.push(keyOf(item));
        else if (item.sk.startsWith(SK.manifest)) {
          if (!graves?.(String(item.gen))) manifests.push(keyOf(item));
          entries.push(...manifestKeys(item));
        } else entries.push(keyOf(item));
      }
    }
    await this.write(entries.map(del));
    await this.write(manifests.map(del));
    for (const Key of records) {
      try {
        await this.db.send(new DeleteCommand({
          TableName: this.table, Key, ConditionExpression: `gen ${relation} :gen`, ExpressionAttributeValues: { ':gen': gen },
        }));
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
  }

  /**
   * The name index is shared by all articles: only search keys not yet stored are written (a
   * BatchGetItem first), so an entity already known costs no writes.
   */
  private async newNameItems(entities: Entity[]): Promise<Item[]> {
    const candidates = new Map<string, Item>();
    for (const entity of entities) {
      for (const item of entityNameItems(entity, searchKeys([entity.name, ...entity.aliases]))) {
        const id = `${item.pk}\u0000${item.sk}`;
        if (!this.knownNames.has(id)) candidates.set(id, item);
      }
    }
    for (const found of await this.batchGet([...candidates.values()].map(keyOf), { projection: 'pk, sk' })) {
      candidates.delete(`${found.pk}\u0000${found.sk}`);
      this.rememberName(`${found.pk}\u0000${found.sk}`);
    }
    return [...candidates.values()];
  }

  private rememberName(id: string): void {
    if (this.knownNames.size >= KNOWN_NAMES_LIMIT) this.knownNames.clear();
    this.knownNames.add(id);
  }

  private write(requests: WriteRequest[]): Promise<void> {
    return batchWrite(this.db, this.table, requests, this.batchOptions);
  }

  // ----------------------------------------------------------------- read side

  async getArticle(articleId: string, options: { includeText?: boolean } = {}): Promise<ArticleDetail | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: PK.article(articleId), sk: SK.article } }));
    const record = out.Item as Item | undefined;
    if (!record) return null;
    const meta = JSON.parse(record.m as string) as ArticleMeta;
    const doc = await this.documentOf(record);
    const detail: ArticleDetail = {
      ...summaryOf(record),
      bucket: meta.bucket,
      versionId: meta.versionId,
      url: meta.url,
      author: meta.author,
      submittedBy: meta.submittedBy,
      format: meta.format,
      entities: doc?.entities ?? [],
      timex: doc?.timex ?? [],
      quantities: doc?.quantities ?? [],
      facts: doc?.facts ?? [],
    };
    if (options.includeText && doc) detail.text = doc.text;
    return detail;
  }

  /** The record's document: inline, or (for very large articles) reassembled from its chunks. */
  private async documentOf(record: Item): Promise<ArticleDocument | null> {
    if (record.z) return unpackJson<ArticleDocument>(record.z as Uint8Array);
    if (!record.zc) return null;
    const chunks = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :x)',
      ExpressionAttributeValues: { ':pk': record.pk, ':x': `${SK.docChunk}${record.gen}#` },
    });
    return unpackJson<ArticleDocument>(Buffer.concat(chunks.map((c) => Buffer.from(c.z as Uint8Array))));
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    const range = dateRange(filter.from, filter.to);
    if (filter.entity || filter.source) {
      // Entity and source entries exist only for processed articles.
      if (filter.status === 'rejected') return EMPTY_PAGE;
      const sourceKey = filter.source ? nameKey(filter.source) : undefined;
      const spec: QuerySpec = filter.entity
        ? { partition: PK.entity(filter.entity), range, newestFirst: true,
            filter: sourceKey ? { expression: 'contains(src, :src)', values: { ':src': sourceKey } } : undefined }
        : { partition: PK.source(sourceKey!), range, newestFirst: true };
      return this.page([spec], page, (item) => [indexEntry(item, summaryOf(item))]);
    }
    const spec: QuerySpec =
      filter.status === 'rejected'
        ? { index: 'gsi2', partition: GSI2.articlesWithStatus('rejected'), range, newestFirst: true }
        : { index: 'gsi1', partition: GSI1.allArticles, range, newestFirst: true,
            filter: filter.status ? { expression: 'st = :st', values: { ':st': filter.status } } : undefined };
    return this.page([spec], page, (item) => [{ order: String(item[`${spec.index}sk`]), value: summaryOf(item) }]);
  }

  async searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>> {
    const key = nameKey(query);
    if (key.length < 2) return EMPTY_PAGE;
    const result = await this.page(
      [{
        partition: PK.names(key), range: { beginsWith: key },
        filter: type ? { expression: 'ty = :t', values: { ':t': type } } : undefined,
      }],
      page,
      (item) => [{ order: item.sk, value: { id: item.eid as string, name: item.nm as string, type: item.ty as EntityType } }],
    );
    const seen = new Set<string>();
    return { ...result, items: result.items.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
  }

  /**
   * Everything about an entity comes from its timeline entries: no per-entity record to keep up.
   * Counting them costs a read of every entry, so the count stops at the newest
   * `entityDetailMaxEntries` (a few hundred read units; bench row `getEntity, frequent`): beyond
   * that it is a lower bound, flagged as such, and the aliases are those of the newest entries
   * (docs/SCALING.md).
   */
  async getEntity(entityId: string): Promise<EntityDetail | null> {
    const keyCondition = { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.entity(entityId) } };
    const newestFirst = await this.queryAll({ ...keyCondition, ProjectionExpression: 'sk, nm, ty, al', ScanIndexForward: false }, this.entityDetailMaxEntries + 1);
    if (newestFirst.length === 0) return null;
    const exact = newestFirst.length <= this.entityDetailMaxEntries;
    const read = newestFirst.slice(0, this.entityDetailMaxEntries);
    const [newest] = read;
    const oldest = exact ? read[read.length - 1] : (await this.queryAll({ ...keyCondition, ProjectionExpression: 'sk' }, 1))[0];
    const articles = new Set(read.map((i) => parseIndexSortKey(i.sk).articleId));
    const aliases = new Set(read.flatMap((i) => (i.al as string[] | undefined) ?? []));
    aliases.delete(newest.nm as string);
    return {
      id: entityId,
      name: newest.nm as string,
      type: newest.ty as EntityType,
      aliases: [...aliases].sort(),
      articleCount: articles.size,
      articleCountExact: exact,
      firstSeen: parseIndexSortKey(oldest.sk).date,
      lastSeen: parseIndexSortKey(newest.sk).date,
    };
  }

  listEntityArticles(entityId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.listArticles({ entity: entityId }, page);
  }

  listEntityFacts(entityId: string, type: FactType | undefined, page: PageRequest): Promise<Page<FactRecord>> {
    const spec: QuerySpec = {
      partition: PK.entity(entityId), newestFirst: true,
      filter: type ? { expression: 'contains(ft, :t)', values: { ':t': type } } : { expression: 'attribute_exists(ft)' },
    };
    return this.factsOfLinks(spec, page, (ref) => !type || ref[0] === type);
  }

  async listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactRecord>> {
    const range = dateRange(filter.from, filter.to);
    if (filter.speaker) {
      if (filter.type && filter.type !== 'quote') return EMPTY_PAGE;
      const [lo, hi] = range?.between ?? ['', '\uffff'];
      const spec: QuerySpec = {
        partition: PK.entity(filter.speaker), newestFirst: true,
        filter: { expression: 'contains(ft, :t)', values: { ':t': 'quote:speaker' } },
      };
      return this.factsOfLinks(spec, page, ([type, date, , , role]) => type === 'quote' && role === 'speaker' && date >= lo && date <= hi);
    }
    // Without a type, the type partitions are read side by side and merged by date.
    const types: FactType[] = filter.type ? [filter.type] : FACT_TYPES;
    return this.page(types.map((t) => ({ partition: PK.facts(t), range, newestFirst: true })), page, factsOfGroup);
  }

  /** Facts an entity takes part in: its timeline entries name them; the facts come from their groups. */
  private async factsOfLinks(spec: QuerySpec, page: PageRequest, keep: (ref: FactRef) => boolean): Promise<Page<FactRecord>> {
    const refs = await this.page([spec], page, (item) => {
      const { articleId, gen } = parseIndexSortKey(item.sk);
      return (JSON.parse((item.f as string | undefined) ?? '[]') as FactRef[])
        .filter(keep)
        .map(([type, date, groupNumber, index], i) => ({
          order: `${item.sk}#${pad(i)}`, articleId, gen, value: { pk: PK.facts(type), sk: indexSortKey(date, articleId, gen, groupNumber), index },
        }));
    });
    const groupKeys = [...new Map(refs.items.map(({ pk, sk }) => [`${pk}\u0000${sk}`, { pk, sk }])).values()];
    const groups = new Map((await this.batchGet(groupKeys)).map((item) => [`${item.pk}\u0000${item.sk}`, item]));
    const items = refs.items.flatMap(({ pk, sk, index }) => {
      const group = groups.get(`${pk}\u0000${sk}`);
      // A group removed since its link was read (its article was replaced in between) is skipped.
      return group ? [factRecordOf(group, unpackJson<StoredFact[]>(group.z as Uint8Array)[index])] : [];
    });
    return { items, nextCursor: refs.nextCursor };
  }

  /**
   * One page over one or more partitions read side by side: each item read yields entries, the
   * partitions are merged by entry order, and the cursor keeps each partition's position (down to
   * an entry inside an item). Of an article whose old and new generation are both on the page
   * (a replacement in flight), only the newer is kept.
   */
  private async page<T>(specs: QuerySpec[], page: PageRequest, expand: (item: Item) => Entry<T>[]): Promise<Page<T>> {
    const shapes: StreamKeyShape[] = specs.map((spec) => {
      const pkName = spec.index ? `${spec.index}pk` : 'pk';
      return { attributes: spec.index ? ['pk', 'sk', pkName, `${spec.index}sk`] : ['pk', 'sk'], partition: { attribute: pkName, value: spec.partition } };
    });
    const query = specs.length === 1 ? specs[0] : specs;
    const start: CursorState = decodeCursor(page.cursor, query, shapes) ?? specs.map(() => ({ skip: 0 }));

    const streams = await Promise.all(specs.map(async (spec, s) => {
      const position = start[s];
      if (!position) return null;
      const out = await this.db.send(new QueryCommand({
        TableName: this.table,
        IndexName: spec.index,
        ...keyCondition(spec),
        ScanIndexForward: !spec.newestFirst,
        // One item more than the page tells whether another page exists.
        Limit: page.limit + 1,
        ExclusiveStartKey: position.key,
      }));
      const groups = ((out.Items as Item[] | undefined) ?? []).map((item) => ({
        key: Object.fromEntries(shapes[s].attributes.map((a) => [a, String(item[a])])),
        entries: expand(item),
      }));
      if (groups.length) groups[0].entries = groups[0].entries.slice(position.skip);
      return { position, groups, lastKey: out.LastEvaluatedKey as Record<string, string> | undefined, group: 0, taken: 0 };
    }));

    // k-way merge, newest (or oldest) first; a partition read to its end of this round but not
    // exhausted stops the page, since what it holds next may come first.
    const picked: Entry<T>[] = [];
    const descending = specs[0].newestFirst === true;
    while (picked.length < page.limit) {
      let best: (typeof streams)[number] = null;
      let starved = false;
      for (const stream of streams) {
        if (!stream) continue;
        while (stream.group < stream.groups.length && stream.taken >= stream.groups[stream.group].entries.length) {
          stream.group++;
          stream.taken = 0;
        }
        if (stream.group >= stream.groups.length) {
          if (stream.lastKey) starved = true;
          continue;
        }
        const order = stream.groups[stream.group].entries[stream.taken].order;
        if (!best || (descending ? order > best.groups[best.group].entries[best.taken].order : order < best.groups[best.group].entries[best.taken].order)) best = stream;
      }
      if (starved || !best) break;
      picked.push(best.groups[best.group].entries[best.taken]);
      best.taken++;
    }

    const state: CursorState = streams.map((stream) => {
      if (!stream) return null;
      while (stream.group < stream.groups.length && stream.taken >= stream.groups[stream.group].entries.length) {
        stream.group++;
        stream.taken = 0;
      }
      if (stream.group >= stream.groups.length) {
        const key = stream.groups.length ? (stream.lastKey ? stream.lastKey : undefined) : stream.lastKey;
        return key ? { key, skip: 0 } : null;
      }
      if (stream.group === 0) return { key: stream.position.key, skip: stream.position.skip + stream.taken };
      return { key: stream.groups[stream.group - 1].key, skip: stream.taken };
    });

    const newestGen = new Map<string, string>();
    for (const e of picked) if (e.articleId && e.gen! > (newestGen.get(e.articleId) ?? '')) newestGen.set(e.articleId, e.gen!);
    const items = picked.filter((e) => !e.articleId || e.gen === newestGen.get(e.articleId)).map((e) => e.value);
    return { items, nextCursor: encodeCursor(query, state) };
  }

  /** Every item of a key condition, or the first `max` of them. */
  private async queryAll(
    input: { KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown>; ProjectionExpression?: string; ConsistentRead?: boolean; ScanIndexForward?: boolean },
    max = Infinity,
  ): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const Limit = Number.isFinite(max) ? max - items.length : undefined;
      const out = await this.db.send(new QueryCommand({ TableName: this.table, ...input, Limit, ExclusiveStartKey: start }));
      items.push(...((out.Items as Item[] | undefined) ?? []));
      start = out.LastEvaluatedKey;
    } while (start && items.length < max);
    return items;
  }
}

/**
 * Generations between the record a commit replaced and the commit itself never committed: their
 * writers may still be writing, or died and will be redelivered. A cleanup deletes what their
 * manifests list but keeps the manifests, so that what such a writer still puts in stays listed
 * for its take-back, its redelivery, or the object's next commit after this one (which finds the
 * generation older than the record it replaces; docs/DATA-MODEL.md, "Writes").
 */
function uncommittedAfter(replaced: string, committed: string): (itemGen: string) => boolean {
  return (itemGen) => itemGen > replaced && itemGen < committed;
}

/** An event may replace the stored state when it is newer, or is the same event that had failed. */
function newerThan(gen: string, stored: ObjectRecord): boolean {
  return stored.sequencer < gen || (stored.sequencer === gen && stored.failed === true);
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

const put = (Item: Item): WriteRequest => ({ PutRequest: { Item } });
const del = (Key: ItemKey): WriteRequest => ({ DeleteRequest: { Key } });

function keyCondition(spec: QuerySpec) {
  const pkName = spec.index ? `${spec.index}pk` : 'pk';
  const skName = spec.index ? `${spec.index}sk` : 'sk';
  const values: Record<string, unknown> = { ':p': spec.partition, ...spec.filter?.values };
  let condition = `${pkName} = :p`;
  if (spec.range?.between) {
    condition += ` AND ${skName} BETWEEN :lo AND :hi`;
    [values[':lo'], values[':hi']] = spec.range.between;
  } else if (spec.range?.beginsWith) {
    condition += ` AND begins_with(${skName}, :prefix)`;
    values[':prefix'] = spec.range.beginsWith;
  }
  return {
    KeyConditionExpression: condition,
    FilterExpression: spec.filter?.expression,
    ExpressionAttributeNames: spec.filter?.names,
    ExpressionAttributeValues: values,
  };
}

/** Inclusive date bounds on sort keys shaped `<date>#…`: "to" covers the whole of its day. */
function dateRange(from: string | undefined, to: string | undefined): QuerySpec['range'] {
  if (!from && !to) return undefined;
  return { between: [from ?? '0000', prefixEnd(to ?? '9999')] };
}

function summaryOf(item: Item): ArticleSummary {
  return JSON.parse(item.s as string) as ArticleSummary;
}

/** An index entry (entity timeline, source) with its article and generation for the dedup. */
function indexEntry<T>(item: Item, value: T): Entry<T> {
  const { articleId, gen } = parseIndexSortKey(item.sk);
  return { order: item.sk, articleId, gen, value };
}

function factRecordOf(group: Item, stored: StoredFact): FactRecord {
  const provenance = JSON.parse(group.p as string) as FactProvenance;
  return { fact: stored.fact, articleId: provenance.articleId, publishedAt: provenance.publishedAt, sources: provenance.sources, evidence: stored.evidence };
}

function factsOfGroup(group: Item): Entry<FactRecord>[] {
  const { articleId, gen } = parseIndexSortKey(group.sk);
  return unpackJson<StoredFact[]>(group.z as Uint8Array).map((stored, i) => ({
    order: `${group.sk}#${pad(i)}`, articleId, gen, value: factRecordOf(group, stored),
  }));
}
