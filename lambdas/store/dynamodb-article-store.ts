import { gunzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Entity, EntityType, FactType, Quantity, Timex } from '../extract/types.js';
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
} from './article-store.js';
import { batchWrite, type BatchWriteOptions, type WriteRequest } from './batch-write.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { articleIdForKey } from './ids.js';
import { entityNameItems, processedArticleItems, rejectedFileItems, type Item } from './items.js';
import { GSI1, GSI2, PK, SK, prefixEnd } from './keys.js';
import { nameKey, searchKeys } from './names.js';
import { normalizeSequencer } from './sequencer.js';

export interface DynamoDbArticleStoreOptions {
  client: DynamoDBClient | DynamoDBDocumentClient;
  tableName: string;
  batchWrite?: BatchWriteOptions;
}

interface QuerySpec {
  index?: 'gsi1' | 'gsi2';
  partition: string;
  range?: { between?: [string, string]; beginsWith?: string };
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  newestFirst?: boolean;
}

interface ObjectRecord {
  sequencer: string;
  articleIds: string[];
  deleted?: boolean;
  /** The event kept failing: a redelivery of the same event may replace this record. */
  failed?: boolean;
}

const EMPTY_PAGE = { items: [], nextCursor: null };
/** Conditional item writes in flight at once for one article (they cost the same units as a batch). */
const ITEM_WRITE_CONCURRENCY = 16;

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The ArticleStore port on one DynamoDB table (layout: keys.ts, docs/DATA-MODEL.md). */
export class DynamoDbArticleStore implements ArticleStore {
  private readonly db: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly batchOptions: BatchWriteOptions;

  constructor(options: DynamoDbArticleStoreOptions) {
    this.db =
      options.client instanceof DynamoDBDocumentClient
        ? options.client
        : DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.table = options.tableName;
    this.batchOptions = options.batchWrite ?? {};
  }

  // ---------------------------------------------------------------- write side

  async objectState(key: string): Promise<{ sequencer: string; failed: boolean } | null> {
    const record = await this.objectRecord(key);
    return record && { sequencer: record.sequencer, failed: record.failed === true };
  }

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

    const items =
      'rejected' in result
        ? rejectedFileItems(result.rejected, stamped, receivedAt)
        : result.articles.flatMap((a) => processedArticleItems(a, stamped, receivedAt));
    const metas = items.filter((i) => i.sk === SK.articleMeta);
    const articleIds = metas.map((m) => m.articleId as string);

    // Readers only trust items whose generation matches the article record, so the new items are
    // invisible until the article record flips to the new generation below.
    await this.putUnlessNewer(items.filter((i) => i.sk !== SK.articleMeta), gen);
    if ('articles' in result) await this.upsertEntities(result.articles.flatMap((a) => a.extraction.entities));

    try {
      for (const meta of metas) {
        await this.db.send(new PutCommand({
          TableName: this.table,
          Item: meta,
          ConditionExpression: 'attribute_not_exists(gen) OR gen <= :gen',
          ExpressionAttributeValues: { ':gen': gen },
        }));
      }
      await this.putObjectRecord(ref.key, { sequencer: gen, articleIds, failed, cleanup: union(articleIds, previous?.articleIds ?? []) });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The SDK retried a put whose first attempt was applied but whose answer was lost: ours.
      if (!(await this.recordIs(ref.key, gen, articleIds))) {
        // A newer event won the race: take back what this one wrote.
        await this.deleteItems(articleIds, '=', gen);
        return 'stale';
      }
    }
    await this.deleteItems(articleIds, '<', gen);
    await this.deleteItems((previous?.articleIds ?? []).filter((id) => !articleIds.includes(id)), '<=', gen);
    return 'applied';
  }

  async deleteObject(ref: ObjectRef): Promise<WriteOutcome> {
    const gen = normalizeSequencer(ref.sequencer);
    const previous = await this.objectRecord(ref.key);
    if (previous && !newerThan(gen, previous)) return 'stale';
    const doomed = union(previous?.articleIds ?? [], [articleIdForKey(ref.key)]);
    try {
      await this.putObjectRecord(ref.key, { sequencer: gen, articleIds: [], deleted: true, cleanup: doomed });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (!(await this.recordIs(ref.key, gen, []))) return 'stale';
    }
    await this.deleteItems(doomed, '<', gen);
    return 'applied';
  }

  async settleObject(ref: ObjectRef): Promise<void> {
    const record = await this.db.send(new GetCommand({
      TableName: this.table, Key: { pk: PK.object(articleIdForKey(ref.key)), sk: SK.objectRecord }, ConsistentRead: true,
    }));
    const gen = normalizeSequencer(ref.sequencer);
    if (!record.Item || record.Item.sequencer !== gen) return;
    // The object's own partition too: an older writer that died after its article record landed
    // (racing this event) left items there that no later write would remove.
    await this.deleteItems(union((record.Item.cleanup as string[] | undefined) ?? [], [articleIdForKey(ref.key)]), '<', gen);
  }

  /** Whether the object record is this generation's, with these articles (its put landed). */
  private async recordIs(key: string, gen: string, articleIds: string[]): Promise<boolean> {
    const record = await this.objectRecord(key);
    return record?.sequencer === gen && record.articleIds.length === articleIds.length && record.articleIds.every((id, i) => id === articleIds[i]);
  }

  /**
   * Puts each item unless the stored one belongs to a newer generation. Items of two generations
   * share keys, so an unconditional write by an older event still in flight could overwrite the
   * newer event's items after it committed (concurrent delivery of two events for one key).
   */
  private async putUnlessNewer(items: Item[], gen: string): Promise<void> {
    await eachLimited(items, ITEM_WRITE_CONCURRENCY, (Item) => this.ignoringConditionFailure(new PutCommand({
      TableName: this.table, Item, ConditionExpression: 'attribute_not_exists(gen) OR gen <= :gen', ExpressionAttributeValues: { ':gen': gen },
    })));
  }

  private async ignoringConditionFailure(command: PutCommand | DeleteCommand): Promise<void> {
    try {
      await this.db.send(command as PutCommand);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private async objectRecord(key: string): Promise<ObjectRecord | null> {
    const out = await this.db.send(new GetCommand({
      TableName: this.table, Key: { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord }, ConsistentRead: true,
    }));
    return (out.Item as ObjectRecord | undefined) ?? null;
  }

  private async putObjectRecord(key: string, record: ObjectRecord & { cleanup: string[] }): Promise<void> {
    await this.db.send(new PutCommand({
      TableName: this.table,
      Item: { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord, key, ...record, updatedAt: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer < :gen OR (sequencer = :gen AND failed = :true)',
      ExpressionAttributeValues: { ':gen': record.sequencer, ':true': true },
    }));
  }

  /**
   * Deletes, in the given article partitions, every item whose generation stands in `relation`
   * to `gen`, with that as the delete's condition: an item a newer event rewrote in between stays.
   */
  private async deleteItems(articleIds: string[], relation: '<' | '=' | '<=', gen: string): Promise<void> {
    const doomed = (itemGen: string) => (relation === '<' ? itemGen < gen : relation === '=' ? itemGen === gen : itemGen <= gen);
    const keys: Record<string, unknown>[] = [];
    for (const articleId of articleIds) {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await this.db.send(new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': PK.article(articleId) },
          ProjectionExpression: 'pk, sk, gen',
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }));
        for (const item of out.Items ?? []) {
          if (doomed(String(item.gen ?? ''))) keys.push({ pk: item.pk, sk: item.sk });
        }
        start = out.LastEvaluatedKey;
      } while (start);
    }
    await eachLimited(keys, ITEM_WRITE_CONCURRENCY, (Key) => this.ignoringConditionFailure(new DeleteCommand({
      TableName: this.table, Key, ConditionExpression: `gen ${relation} :gen`, ExpressionAttributeValues: { ':gen': gen },
    })));
  }

  /**
   * Canonical entity records and the name index are shared by all articles: write only what is
   * new (a first sighting, or a new alias), so a popular entity costs no writes per article.
   */
  private async upsertEntities(entities: Entity[]): Promise<void> {
    const byId = new Map<string, Entity>();
    for (const e of entities) {
      const seen = byId.get(e.id);
      byId.set(e.id, seen ? { ...seen, aliases: union(seen.aliases, e.aliases, [e.name]) } : e);
    }
    const existing = new Map<string, { name: string; aliases?: Set<string> }>();
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = ids.slice(i, i + 100).map((id) => ({ pk: PK.entity(id), sk: SK.entityMeta }));
      for (let attempt = 0; keys?.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
        const out: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({
          RequestItems: { [this.table]: { Keys: keys, ProjectionExpression: 'entityId, #n, aliases', ExpressionAttributeNames: { '#n': 'name' } } },
        }));
        for (const item of out.Responses?.[this.table] ?? []) existing.set(item.entityId, { name: item.name, aliases: item.aliases });
        keys = out.UnprocessedKeys?.[this.table]?.Keys;
      }
    }
    const puts: WriteRequest[] = [];
    const updates: Promise<unknown>[] = [];
    for (const entity of byId.values()) {
      const names = union([entity.name], entity.aliases);
      const known = existing.get(entity.id);
      const knownNames = known ? union([known.name], [...(known.aliases ?? [])]) : [];
      const newNames = names.filter((n) => !knownNames.includes(n));
      if (newNames.length === 0) continue;
      const knownKeys = new Set(searchKeys(knownNames));
      const newKeys = searchKeys(newNames).filter((k) => !knownKeys.has(k));
      for (const Item of entityNameItems(entity, newKeys)) puts.push({ PutRequest: { Item } });
      const aliases = newNames.filter((n) => n !== (known?.name ?? entity.name));
      updates.push(this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { pk: PK.entity(entity.id), sk: SK.entityMeta },
        UpdateExpression: `SET entityId = :id, #n = if_not_exists(#n, :name), #t = if_not_exists(#t, :type)${aliases.length ? ' ADD aliases :aliases' : ''}`,
        ExpressionAttributeNames: { '#n': 'name', '#t': 'type' },
        ExpressionAttributeValues: { ':id': entity.id, ':name': entity.name, ':type': entity.type, ...(aliases.length ? { ':aliases': new Set(aliases) } : {}) },
      })));
    }
    await Promise.all([...updates, this.write(puts)]);
  }

  private write(requests: WriteRequest[]): Promise<void> {
    return batchWrite(this.db, this.table, requests, this.batchOptions);
  }

  // ----------------------------------------------------------------- read side

  async getArticle(articleId: string, options: { includeText?: boolean } = {}): Promise<ArticleDetail | null> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND sk < :end',
      ExpressionAttributeValues: { ':pk': PK.article(articleId), ':end': SK.detailEnd },
    });
    const meta = items.find((i) => i.sk === SK.articleMeta);
    if (!meta) return null;
    const current = items.filter((i) => i.gen === meta.gen);
    const parts = (prefix: string) => current.filter((i) => i.sk.startsWith(prefix)).map((i) => i.data as string);
    const detail: ArticleDetail = {
      ...summaryFromMeta(meta),
      bucket: meta.bucket as string,
      versionId: (meta.versionId as string | null) ?? null,
      url: (meta.url as string | null) ?? null,
      author: (meta.author as string | null) ?? null,
      submittedBy: (meta.submittedBy as string | null) ?? null,
      format: (meta.format as string | null) ?? null,
      entities: parts(SK.entity).map((d) => JSON.parse(d) as Entity),
      timex: parts(SK.timex).flatMap((d) => JSON.parse(d) as Timex[]),
      quantities: parts(SK.quantities).flatMap((d) => JSON.parse(d) as Quantity[]),
      facts: parts(SK.fact).map((d) => (JSON.parse(d) as FactRecord).fact),
    };
    if (options.includeText && meta.status === 'processed') {
      const chunks = await this.queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :x)',
        ExpressionAttributeValues: { ':pk': PK.article(articleId), ':x': SK.text },
      });
      const zipped = Buffer.concat(chunks.filter((c) => c.gen === meta.gen).map((c) => Buffer.from(c.gz as Uint8Array)));
      detail.text = gunzipSync(zipped).toString('utf8');
    }
    return detail;
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    const range = dateRange(filter.from, filter.to);
    if (filter.entity || filter.source) {
      // Entity and source links exist only for processed articles.
      if (filter.status === 'rejected') return EMPTY_PAGE;
      const sourceKey = filter.source ? nameKey(filter.source) : undefined;
      const spec: QuerySpec = filter.entity
        ? { index: 'gsi1', partition: GSI1.entityArticles(filter.entity), range, newestFirst: true,
            filter: sourceKey ? { expression: 'contains(sourceKeys, :src)', values: { ':src': sourceKey } } : undefined }
        : { index: 'gsi1', partition: GSI1.sourceArticles(sourceKey!), range, newestFirst: true };
      return this.page(spec, page, (i) => JSON.parse(i.summary as string) as ArticleSummary);
    }
    const spec: QuerySpec = filter.status
      ? { index: 'gsi2', partition: GSI2.articlesWithStatus(filter.status), range, newestFirst: true }
      : { index: 'gsi1', partition: GSI1.allArticles, range, newestFirst: true };
    return this.page(spec, page, summaryFromMeta);
  }

  async searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>> {
    const key = nameKey(query);
    if (key.length < 2) return EMPTY_PAGE;
    const result = await this.page(
      {
        index: 'gsi2', partition: GSI2.names(key), range: { beginsWith: key },
        filter: type ? { expression: '#t = :t', names: { '#t': 'type' }, values: { ':t': type } } : undefined,
      },
      page,
      (i) => ({ id: i.entityId as string, name: i.name as string, type: i.type as EntityType }),
    );
    const seen = new Set<string>();
    return { ...result, items: result.items.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
  }

  async getEntity(entityId: string): Promise<EntityDetail | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: PK.entity(entityId), sk: SK.entityMeta } }));
    if (!out.Item) return null;
    const partition = { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': GSI1.entityArticles(entityId) } };
    let articleCount = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const counted = await this.db.send(new QueryCommand({ TableName: this.table, ...partition, Select: 'COUNT', ExclusiveStartKey: start }));
      articleCount += counted.Count ?? 0;
      start = counted.LastEvaluatedKey;
    } while (start);
    const edge = async (forward: boolean) => {
      const r = await this.db.send(new QueryCommand({ TableName: this.table, ...partition, ScanIndexForward: forward, Limit: 1, ProjectionExpression: 'gsi1sk' }));
      const sk = r.Items?.[0]?.gsi1sk as string | undefined;
      return sk ? sk.slice(0, sk.lastIndexOf('#')) : null;
    };
    const [firstSeen, lastSeen] = await Promise.all([edge(true), edge(false)]);
    const aliases = [...((out.Item.aliases as Set<string> | undefined) ?? [])].filter((a) => a !== out.Item!.name).sort();
    return { id: entityId, name: out.Item.name, type: out.Item.type, aliases, articleCount, firstSeen, lastSeen };
  }

  listEntityArticles(entityId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.listArticles({ entity: entityId }, page);
  }

  listEntityFacts(entityId: string, type: FactType | undefined, page: PageRequest): Promise<Page<FactRecord>> {
    return this.page(
      { index: 'gsi1', partition: GSI1.entityFacts(entityId), range: type ? { beginsWith: `${type}#` } : undefined, newestFirst: true },
      page,
      factRecord,
    );
  }

  async listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactRecord>> {
    const range = dateRange(filter.from, filter.to);
    if (filter.speaker) {
      if (filter.type && filter.type !== 'quote') return EMPTY_PAGE;
      const between: [string, string] = [`quote#${range?.between?.[0] ?? ''}`, `quote#${range?.between?.[1] ?? '\uffff'}`];
      return this.page(
        { index: 'gsi1', partition: GSI1.entityFacts(filter.speaker), range: { between }, newestFirst: true,
          filter: { expression: '#r = :r', names: { '#r': 'role' }, values: { ':r': 'speaker' } } },
        page,
        factRecord,
      );
    }
    const spec: QuerySpec = filter.type
      ? { index: 'gsi1', partition: GSI1.factsOfType(filter.type), range, newestFirst: true }
      : { index: 'gsi2', partition: GSI2.allFacts, range, newestFirst: true };
    return this.page(spec, page, factRecord);
  }

  private async page<T>(spec: QuerySpec, page: PageRequest, map: (item: Item) => T): Promise<Page<T>> {
    const pkName = spec.index ? `${spec.index}pk` : 'pk';
    const skName = spec.index ? `${spec.index}sk` : 'sk';
    const keyAttributes = spec.index ? ['pk', 'sk', pkName, skName] : ['pk', 'sk'];
    const start = decodeCursor(page.cursor, spec, { attributes: keyAttributes, partition: { attribute: pkName, value: spec.partition } });
    const values: Record<string, unknown> = { ':p': spec.partition, ...spec.filter?.values };
    let condition = `${pkName} = :p`;
    if (spec.range?.between) {
      condition += ` AND ${skName} BETWEEN :lo AND :hi`;
      [values[':lo'], values[':hi']] = spec.range.between;
    } else if (spec.range?.beginsWith) {
      condition += ` AND begins_with(${skName}, :prefix)`;
      values[':prefix'] = spec.range.beginsWith;
    }
    // Without a filter, reading one item more tells whether another page exists, so the last
    // page never ends with a cursor to an empty one.
    const lookahead = spec.filter ? 0 : 1;
    const out = await this.db.send(new QueryCommand({
      TableName: this.table,
      IndexName: spec.index,
      KeyConditionExpression: condition,
      FilterExpression: spec.filter?.expression,
      ExpressionAttributeNames: spec.filter?.names,
      ExpressionAttributeValues: values,
      ScanIndexForward: !spec.newestFirst,
      Limit: page.limit + lookahead,
      ExclusiveStartKey: start,
    }));
    let items = (out.Items as Item[] | undefined) ?? [];
    let lastKey = out.LastEvaluatedKey;
    if (lookahead) {
      if (items.length > page.limit) {
        items = items.slice(0, page.limit);
        const last = items[items.length - 1];
        lastKey = Object.fromEntries(keyAttributes.map((a) => [a, last[a]]));
      } else {
        lastKey = undefined;
      }
    }
    return { items: items.map(map), nextCursor: encodeCursor(spec, lastKey) };
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(new QueryCommand({ TableName: this.table, ...input, ExclusiveStartKey: start }));
      items.push(...((out.Items as Item[] | undefined) ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

/** An event may replace the stored state when it is newer, or is the same event that had failed. */
function newerThan(gen: string, stored: ObjectRecord): boolean {
  return stored.sequencer < gen || (stored.sequencer === gen && stored.failed === true);
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Inclusive date bounds on sort keys shaped `<date>#…`: "to" covers the whole of its day. */
function dateRange(from: string | undefined, to: string | undefined): QuerySpec['range'] {
  if (!from && !to) return undefined;
  return { between: [from ?? '0000', prefixEnd(to ?? '9999')] };
}

function summaryFromMeta(meta: Item): ArticleSummary {
  const summary: ArticleSummary = {
    articleId: meta.articleId as string,
    key: meta.key as string,
    status: meta.status as ArticleSummary['status'],
    title: (meta.title as string | null) ?? null,
    publishedAt: (meta.publishedAt as string | null) ?? null,
    receivedAt: meta.receivedAt as string,
    source: (meta.source as string | null) ?? null,
    sources: (meta.sources as string[] | undefined) ?? [],
    dateline: (meta.dateline as string | null) ?? null,
    language: (meta.language as string | null) ?? null,
  };
  if (meta.error) summary.error = meta.error as ArticleSummary['error'];
  return summary;
}

function factRecord(item: Item): FactRecord {
  return JSON.parse(item.data as string) as FactRecord;
}

