import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { FACT_TYPES, type EntityType, type FactType } from '../../extract/types.js';
import type {
  ArticleDetail,
  ArticleFilter,
  ArticleReader,
  ArticleSummary,
  CoMentions,
  EntityDetail,
  EntitySummary,
  FactFilter,
  FactRecord,
  Page,
  PageRequest,
  SimilarArticle,
  StorySummary,
} from '../article-store.js';
import { listStories } from './story-list.js';
import { similarArticles } from './story-similar.js';
import { CODE_READ_LIMIT, codeInSummary, searchTitles } from './title-items.js';
import { rankCoMentions } from '../co-mentions.js';
import { factRefsOf, unpackJson, type ArticleDocument, type ArticleMeta, type FactProvenance, type FactRef, type StoredFact, type StoredFactRef } from './items.js';
import { GSI1, GSI2, PK, SK, indexSortKey, pad, parseIndexSortKey, prefixEnd, type Item } from './keys.js';
import { nameKey } from './names.js';
import { readPage, type Entry, type QuerySpec } from './paging.js';
import { withReadErrors } from './read-errors.js';
import { batchGet, queryAll, tableOf, type DynamoDbTableOptions, type Table } from './table.js';

export interface DynamoDbArticleReaderOptions extends DynamoDbTableOptions {
  /** Timeline entries an entity's detail reads at most (default 5,000); see getEntity. */
  entityDetailMaxEntries?: number;
}

const EMPTY_PAGE = { items: [], nextCursor: null };

/**
 * The ArticleReader port on one DynamoDB table (layout: keys.ts, docs/DATA-MODEL.md). Its requests
 * fail with the port's errors where the port names one (read-errors.ts).
 */
export class DynamoDbArticleReader implements ArticleReader {
  private readonly table: Table;
  private readonly entityDetailMaxEntries: number;

  constructor(options: DynamoDbArticleReaderOptions) {
    this.table = tableOf(options);
    this.entityDetailMaxEntries = options.entityDetailMaxEntries ?? 5_000;
  }

  async getArticle(articleId: string, options: { includeText?: boolean } = {}): Promise<ArticleDetail | null> {
    const out = await withReadErrors(this.table.db.send(new GetCommand({ TableName: this.table.name, Key: { pk: PK.article(articleId), sk: SK.article } })));
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
      ...(meta.extraction ? { extraction: meta.extraction } : {}),
      ...(meta.paywalled !== undefined ? { paywalled: meta.paywalled } : {}),
      ...(doc?.captions ? { captions: doc.captions } : {}),
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
    const chunks = await withReadErrors(queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :x)',
      ExpressionAttributeValues: { ':pk': record.pk, ':x': `${SK.docChunk}${record.gen}#` },
    }));
    return unpackJson<ArticleDocument>(Buffer.concat(chunks.map((c) => Buffer.from(c.z as Uint8Array))));
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    const range = dateRange(filter.from, filter.to);
    // A code implies rejected files: only they have one.
    const rejected = filter.status === 'rejected' || filter.code !== undefined;
    const codeFilter = filter.code ? { expression: 'contains(s, :code)', values: { ':code': codeInSummary(filter.code) } } : undefined;
    if (filter.title !== undefined) {
      // Processed articles by their title, rejected files by their file name (no source either way for them).
      if (rejected && filter.source) return EMPTY_PAGE;
      return searchTitles(this.table, { title: filter.title, source: filter.source, range, ...(rejected ? { rejected: { code: filter.code } } : {}) }, page);
    }
    if (filter.entity || filter.source) {
      // Entity and source entries exist only for processed articles.
      if (rejected) return EMPTY_PAGE;
      const sourceKey = filter.source ? nameKey(filter.source) : undefined;
      const spec: QuerySpec = filter.entity
        ? { partition: PK.entity(filter.entity), range, newestFirst: true,
            filter: sourceKey ? { expression: 'contains(src, :src)', values: { ':src': sourceKey } } : undefined }
        : { partition: PK.source(sourceKey!), range, newestFirst: true };
      return readPage(this.table, [spec], page, (item) => [indexEntry(item, summaryOf(item))]);
    }
    const spec: QuerySpec =
      rejected
        ? { index: 'gsi2', partition: GSI2.articlesWithStatus('rejected'), range, newestFirst: true, ...(codeFilter ? { filter: codeFilter, readLimit: CODE_READ_LIMIT } : {}) }
        : { index: 'gsi1', partition: GSI1.allArticles, range, newestFirst: true,
            filter: filter.status ? { expression: 'st = :st', values: { ':st': filter.status } } : undefined };
    return readPage(this.table, [spec], page, (item) => [{ order: String(item[`${spec.index}sk`]), value: summaryOf(item) }]);
  }

  async searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>> {
    const key = nameKey(query);
    if (key.length < 2) return EMPTY_PAGE;
    const result = await readPage(
      this.table,
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
    const newestFirst = await withReadErrors(queryAll(this.table, { ...keyCondition, ProjectionExpression: 'sk, nm, ty, al, sty', ScanIndexForward: false }, this.entityDetailMaxEntries + 1));
    if (newestFirst.length === 0) return null;
    const exact = newestFirst.length <= this.entityDetailMaxEntries;
    const read = newestFirst.slice(0, this.entityDetailMaxEntries);
    const [newest] = read;
    const oldest = exact ? read[read.length - 1] : (await withReadErrors(queryAll(this.table, { ...keyCondition, ProjectionExpression: 'sk' }, 1)))[0];
    const articles = new Set(read.map((i) => parseIndexSortKey(i.sk).articleId));
    const stories = new Set(read.map((i) => String(i.sty ?? parseIndexSortKey(i.sk).articleId)));
    const aliases = new Set(read.flatMap((i) => (i.al as string[] | undefined) ?? []));
    aliases.delete(newest.nm as string);
    return {
      id: entityId,
      name: newest.nm as string,
      type: newest.ty as EntityType,
      aliases: [...aliases].sort(),
      articleCount: articles.size,
      articleCountExact: exact,
      storyCount: stories.size,
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
    return readPage(this.table, types.map((t) => ({ partition: PK.facts(t), range, newestFirst: true })), page, factsOfGroup);
  }

  /**
   * Counted from the article records of the entity's newest `window` articles: one Query of its
   * timeline (keys only) and one BatchGetItem per 100 records. Nothing is written for it, so it
   * costs no write unit per article (docs/DATA-MODEL.md).
   */
  async listCoMentions(entityId: string, options: { limit: number; window: number }): Promise<CoMentions | null> {
    const entries = await withReadErrors(queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.entity(entityId) }, ProjectionExpression: 'sk', ScanIndexForward: false,
    }, options.window + 1));
    if (entries.length === 0) return null;
    // Two generations of one article can both be in the timeline for a moment: count it once.
    const articleIds = [...new Set(entries.map((e) => parseIndexSortKey(e.sk).articleId))];
    const counted = articleIds.slice(0, options.window);
    const records = new Map((await withReadErrors(batchGet(this.table, counted.map((id) => ({ pk: PK.article(id), sk: SK.article })))))
      .map((record) => [record.pk as string, record]));
    const documents: ArticleDocument[] = [];
    for (const id of counted) {
      const record = records.get(PK.article(id));
      // A record deleted since its timeline entry was read is skipped.
      const doc = record ? await this.documentOf(record) : null;
      if (doc) documents.push(doc);
    }
    return {
      items: rankCoMentions(entityId, documents.map((d) => d.entities), options.limit),
      articlesRead: documents.length,
      complete: articleIds.length <= options.window && entries.length <= options.window,
    };
  }

  /** GetItem of the article record (its signature), one Query per band key of it: docs/DATA-MODEL.md, "Stories". */
  async listSimilar(articleId: string, options: { limit: number }): Promise<{ storyId: string | null; items: SimilarArticle[] } | null> {
    return withReadErrors(similarArticles(this.table, articleId, options.limit));
  }

  /** Query of the story list, then one Query per story on the page (docs/DATA-MODEL.md, "Stories"). */
  listStories(filter: { from?: string; to?: string }, page: PageRequest): Promise<Page<StorySummary>> {
    return withReadErrors(listStories(this.table, dateRange(filter.from, filter.to), page));
  }

  /** Facts an entity takes part in: its timeline entries name them; the facts come from their groups. */
  private async factsOfLinks(spec: QuerySpec, page: PageRequest, keep: (ref: FactRef) => boolean): Promise<Page<FactRecord>> {
    const refs = await readPage(this.table, [spec], page, (item) => {
      const { articleId, gen } = parseIndexSortKey(item.sk);
      return factRefsOf(JSON.parse((item.f as string | undefined) ?? '[]') as StoredFactRef[])
        .filter(keep)
        .map(([type, date, groupNumber, index], i) => ({
          order: `${item.sk}#${pad(i)}`, articleId, gen, value: { pk: PK.facts(type), sk: indexSortKey(date, articleId, gen, groupNumber), index },
        }));
    });
    const groupKeys = [...new Map(refs.items.map(({ pk, sk }) => [`${pk}\u0000${sk}`, { pk, sk }])).values()];
    const groups = new Map((await withReadErrors(batchGet(this.table, groupKeys))).map((item) => [`${item.pk}\u0000${item.sk}`, item]));
    const items = refs.items.flatMap(({ pk, sk, index }) => {
      const group = groups.get(`${pk}\u0000${sk}`);
      // A group removed since its link was read (its article was replaced in between) is skipped.
      return group ? [factRecordOf(group, unpackJson<StoredFact[]>(group.z as Uint8Array)[index])] : [];
    });
    return { items, nextCursor: refs.nextCursor };
  }
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
  return {
    fact: stored.fact, articleId: provenance.articleId, publishedAt: provenance.publishedAt, sources: provenance.sources, evidence: stored.evidence,
    ...(provenance.storyId ? { storyId: provenance.storyId } : {}),
  };
}

function factsOfGroup(group: Item): Entry<FactRecord>[] {
  const { articleId, gen } = parseIndexSortKey(group.sk);
  return unpackJson<StoredFact[]>(group.z as Uint8Array).map((stored, i) => ({
    order: `${group.sk}#${pad(i)}`, articleId, gen, value: factRecordOf(group, stored),
  }));
}
