/**
 * An ArticleReader over a list of articles held in memory: the test double of our own port
 * for the API's unit tests. Its cursors are opaque and tamper-evident like the real store's.
 */
import { createHash } from 'node:crypto';
import {
  InvalidCursorError,
  type ArticleDetail,
  type ArticleFilter,
  type ArticleReader,
  type ArticleSummary,
  type CoMentions,
  type EntityDetail,
  type EntitySummary,
  type FactFilter,
  type FactRecord,
  type Page,
  type PageRequest,
  type SimilarArticle,
  type StorySummary,
} from '../../lambdas/store/article-store.js';
import { compareSignatures, sameStory, signatureOf } from '../../lambdas/extract/syndication/index.js';
import type { EntityType, Fact, FactType } from '../../lambdas/extract/types.js';
import { rankCoMentions } from '../../lambdas/store/co-mentions.js';
import { fileNameTitle, titleMatches } from '../../lambdas/store/title-words.js';

/** Entity ids a fact is about, whatever its type. */
export function factEntityIds(fact: Fact): string[] {
  switch (fact.type) {
    case 'quote':
      return fact.speaker.entityId ? [fact.speaker.entityId] : [];
    case 'role':
      return [fact.person, ...(fact.org ? [fact.org] : [])];
    case 'quantity':
      return fact.subjects ?? [];
    case 'meeting':
      return fact.participants;
    case 'membership':
      return [...fact.members, fact.of];
    case 'agreement':
      return fact.parties;
  }
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function articleDate(article: ArticleSummary): string {
  return (article.publishedAt ?? article.receivedAt).slice(0, 10);
}

function summary(article: ArticleDetail): ArticleSummary {
  const { articleId, key, status, title, publishedAt, receivedAt, source, sources, dateline, language, error } = article;
  return { articleId, key, status, title, publishedAt, receivedAt, source, sources, dateline, language, ...(error ? { error } : {}) };
}

function inRange(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from.slice(0, 10)) && (!to || date <= to.slice(0, 10));
}

export class InMemoryArticleReader implements ArticleReader {
  /** Count of calls, so tests can tell a request never reached the store. */
  calls = 0;

  constructor(private readonly articles: ArticleDetail[]) {}

  async getArticle(articleId: string, options?: { includeText?: boolean }): Promise<ArticleDetail | null> {
    this.calls++;
    const article = this.articles.find((a) => a.articleId === articleId);
    if (!article) return null;
    const { text, ...rest } = article;
    return options?.includeText && text !== undefined ? { ...rest, text } : rest;
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    this.calls++;
    // A code implies rejected files; they are searched by their file name, and have no source.
    const rejected = filter.status === 'rejected' || filter.code !== undefined;
    const matching = this.newestFirst(this.articles).filter(
      (a) =>
        (!filter.status || a.status === filter.status) &&
        (!filter.code || a.error?.code === filter.code) &&
        (!filter.source || a.sources.includes(filter.source) || a.source === filter.source) &&
        (!filter.entity || a.entities.some((e) => e.id === filter.entity)) &&
        inRange(articleDate(a), filter.from, filter.to),
    );
    if (filter.title !== undefined) {
      // As the store orders them: by the title word the query matched, then newest first.
      const title = filter.title;
      const byWord = matching
        // As the store: a PROCESSING_FAILED file has no file-name entries (items.ts, rejectedFileItems).
        .filter((a) => a.status === (rejected ? 'rejected' : 'processed') && a.error?.code !== 'PROCESSING_FAILED')
        .flatMap((a, i) => titleMatches(rejected ? fileNameTitle(a.key) : a.title, title).map((word) => ({ word, i, a })));
      byWord.sort((x, y) => (x.word < y.word ? -1 : x.word > y.word ? 1 : x.i - y.i));
      const seen = new Set<string>();
      const found = byWord.filter(({ a }) => !seen.has(a.articleId) && seen.add(a.articleId)).map(({ a }) => a);
      return paginate(found.map(summary), ['articles', filter], page);
    }
    return paginate(matching.map(summary), ['articles', filter], page);
  }

  async searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>> {
    this.calls++;
    const prefix = fold(query);
    const matching = this.entities().filter(
      (e) =>
        (!type || e.type === type) &&
        [e.name, ...e.aliases].some((name) => fold(name).split(/[^\p{L}\p{N}]+/u).some((_, i, words) => words.slice(i).join(' ').startsWith(prefix))),
    );
    return paginate(
      matching.map(({ id, name, type: entityType }) => ({ id, name, type: entityType })),
      ['entities', query, type],
      page,
    );
  }

  async getEntity(entityId: string): Promise<EntityDetail | null> {
    this.calls++;
    const entity = this.entities().find((e) => e.id === entityId);
    if (!entity) return null;
    const stories = this.storyIds();
    const naming = this.articles.filter((a) => a.entities.some((e) => e.id === entityId));
    return { ...entity, storyCount: new Set(naming.map((a) => stories.get(a.articleId) ?? a.articleId)).size };
  }

  async listEntityArticles(entityId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    this.calls++;
    const matching = this.newestFirst(this.articles).filter((a) => a.entities.some((e) => e.id === entityId));
    return paginate(matching.map(summary), ['entity-articles', entityId], page);
  }

  async listEntityFacts(entityId: string, type: FactType | undefined, page: PageRequest): Promise<Page<FactRecord>> {
    this.calls++;
    const matching = this.factRecords().filter((r) => (!type || r.fact.type === type) && factEntityIds(r.fact).includes(entityId));
    return paginate(matching, ['entity-facts', entityId, type], page);
  }

  async listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactRecord>> {
    this.calls++;
    const matching = this.factRecords().filter(
      (r) =>
        (!filter.type || r.fact.type === filter.type) &&
        (!filter.speaker || (r.fact.type === 'quote' && r.fact.speaker.entityId === filter.speaker)) &&
        inRange((r.publishedAt ?? '').slice(0, 10), filter.from, filter.to),
    );
    return paginate(matching, ['facts', filter], page);
  }

  /** Every stored text compared with every other (no LSH: a handful of articles); a story is named by its oldest copy. */
  async listSimilar(articleId: string, options: { limit: number }): Promise<{ storyId: string | null; items: SimilarArticle[] } | null> {
    this.calls++;
    const article = this.articles.find((a) => a.articleId === articleId);
    if (!article) return null;
    const signed = this.signed();
    const own = signed.find((s) => s.article.articleId === articleId);
    if (!own) return { storyId: null, items: [] };
    const stories = this.storyIds();
    const storyOf = (s: (typeof signed)[number]) => stories.get(s.article.articleId)!;
    const items = signed
      .filter((s) => s !== own)
      .map((s) => ({ s, similarity: compareSignatures(own.signature, s.signature) }))
      .filter(({ similarity }) => similarity.relation !== null)
      .sort((a, b) => b.similarity.jaccard - a.similarity.jaccard)
      .slice(0, options.limit)
      .map(({ s, similarity }): SimilarArticle => ({
        article: summary(s.article), storyId: storyOf(s), similarity: similarity.jaccard, containment: Math.round(similarity.containment * 1000) / 1000, relation: similarity.relation!,
      }));
    return { storyId: storyOf(own), items };
  }

  /**
   * Stories by their first copy's date, newest first, or by their oldest copy's once the first is
   * gone; an article without a signature is in none.
   */
  async listStories(filter: { from?: string; to?: string }, page: PageRequest): Promise<Page<StorySummary>> {
    this.calls++;
    const stories = this.storyIds();
    const oldestFirst = this.newestFirst(this.articles).reverse().filter((a) => stories.has(a.articleId));
    const heads = [...new Set(stories.values())].flatMap((storyId) => {
      const copies = oldestFirst.filter((a) => stories.get(a.articleId) === storyId);
      const head = copies.find((a) => a.articleId === storyId) ?? copies[0];
      return head ? [{ storyId, head, copies }] : [];
    });
    const listed = heads
      .filter(({ head }) => inRange(articleDate(head), filter.from, filter.to))
      .sort((a, b) => articleDate(b.head).localeCompare(articleDate(a.head)) || a.head.articleId.localeCompare(b.head.articleId))
      .map(({ storyId, head, copies }): StorySummary => ({ storyId, size: copies.length, sizeExact: true, earliest: summary(head), sources: [...new Set([head, ...copies].flatMap((a) => a.sources))] }));
    return paginate(listed, ['stories', filter.from, filter.to], page);
  }

  async listCoMentions(entityId: string, options: { limit: number; window: number }): Promise<CoMentions | null> {
    this.calls++;
    const naming = this.newestFirst(this.articles).filter((a) => a.entities.some((e) => e.id === entityId));
    if (naming.length === 0) return null;
    const counted = naming.slice(0, options.window);
    return { items: rankCoMentions(entityId, counted.map((a) => a.entities), options.limit), articlesRead: counted.length, complete: naming.length <= options.window };
  }

  private newestFirst(articles: ArticleDetail[]): ArticleDetail[] {
    return [...articles].sort((a, b) => articleDate(b).localeCompare(articleDate(a)) || a.articleId.localeCompare(b.articleId));
  }

  private entities(): EntityDetail[] {
    const byId = new Map<string, EntityDetail>();
    for (const article of this.articles) {
      const date = articleDate(article);
      for (const entity of article.entities) {
        const known = byId.get(entity.id);
        if (!known) {
          byId.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: [...entity.aliases], articleCount: 1, articleCountExact: true, firstSeen: date, lastSeen: date });
          continue;
        }
        known.articleCount++;
        known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
        if (date < (known.firstSeen ?? date)) known.firstSeen = date;
        if (date > (known.lastSeen ?? date)) known.lastSeen = date;
      }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  private factRecords(): FactRecord[] {
    const stories = this.storyIds();
    return this.newestFirst(this.articles).flatMap((article) =>
      article.facts.map((fact) => ({
        fact,
        articleId: article.articleId,
        publishedAt: article.publishedAt,
        sources: article.sources,
        evidence: article.text?.slice(fact.start, fact.end) ?? '',
        ...(stories.has(article.articleId) ? { storyId: stories.get(article.articleId)! } : {}),
      })),
    );
  }

  /** Processed articles with text and a signature, oldest first. */
  private signed() {
    return this.newestFirst(this.articles).reverse().flatMap((a) => {
      const signature = a.status === 'processed' && a.text ? signatureOf(a.text) : null;
      return signature ? [{ article: a, signature }] : [];
    });
  }

  /** Each signed article's story: the oldest article it is a copy of (itself when none). */
  private storyIds(): Map<string, string> {
    const signed = this.signed();
    return new Map(signed.map((s) => [s.article.articleId, signed.find((o) => sameStory(compareSignatures(o.signature, s.signature).relation))!.article.articleId]));
  }
}

const CURSOR_SECRET = 'in-memory-reader';

function checksum(payload: string): string {
  return createHash('sha256').update(`${CURSOR_SECRET}\u0000${payload}`).digest('base64url').slice(0, 16);
}

/** Offset pagination whose cursor is bound to the query it was issued for. */
function paginate<T>(items: T[], query: unknown, page: PageRequest): Page<T> {
  const fingerprint = JSON.stringify(query) ?? '';
  let offset = 0;
  if (page.cursor !== undefined) {
    const [payload, mac] = page.cursor.split('.');
    if (!payload || !mac || checksum(payload) !== mac) throw new InvalidCursorError();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidCursorError();
    }
    const { q, o } = (decoded ?? {}) as { q?: unknown; o?: unknown };
    if (q !== fingerprint || typeof o !== 'number' || !Number.isInteger(o) || o < 0) throw new InvalidCursorError();
    offset = o;
  }
  const slice = items.slice(offset, offset + page.limit);
  const next = offset + page.limit;
  if (next >= items.length) return { items: slice, nextCursor: null };
  const payload = Buffer.from(JSON.stringify({ q: fingerprint, o: next })).toString('base64url');
  return { items: slice, nextCursor: `${payload}.${checksum(payload)}` };
}
