/**
 * A small in-process read cache in front of any ArticleReader: a warm query function answers
 * repeated questions (the same entity, the same first page) from memory for a few seconds instead
 * of asking the store each time, and concurrent identical questions share one store call.
 *
 * - Keyed by method and arguments, cursor included; bounded by entry count (least recently used
 *   entries go first) and by a TTL counted from when the store call began, so an answer is never
 *   served more than `ttlMs` after the read that produced it (reads are eventually consistent
 *   already; this adds at most the TTL).
 * - Concurrent calls with the same key while one is in flight share its promise (coalescing).
 * - Errors are never cached: the next call asks the store again.
 * - `null` (no such article or entity) is not cached, only coalesced: absence is what ingestion
 *   changes first, and a client polling for a just-uploaded article should see it as soon as the
 *   store has it rather than up to a TTL later.
 * - `getArticle` with its text is passed through: texts are the one answer whose size no page
 *   limit bounds, so they would make the entry bound meaningless as a memory bound.
 * - Answers are shared between callers, not copied: callers must not mutate them (the query API
 *   only serializes them).
 */
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
} from './article-store.js';
import type { EntityType, FactType } from '../extract/types.js';

export interface ReadCacheOptions {
  /** How long an answer may be served, from when its store call began; 0 disables the cache. */
  ttlMs: number;
  /** Most answers kept; the least recently used one is dropped first. */
  maxEntries: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

export interface ReadCacheStats {
  /** Calls answered from a cached entry. */
  hits: number;
  /** Calls that joined a store call already in flight for the same key. */
  coalesced: number;
  /** Calls that went to the store. */
  misses: number;
  /** Calls not eligible for caching (getArticle with text). */
  bypassed: number;
  /** Entries dropped to stay within maxEntries. */
  evictions: number;
  /** Entries held now (expired ones included until touched or evicted). */
  size: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

export class CachedArticleReader implements ArticleReader {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly counters = { hits: 0, coalesced: 0, misses: 0, bypassed: 0, evictions: 0 };
  private readonly now: () => number;

  constructor(
    private readonly reader: ArticleReader,
    private readonly options: ReadCacheOptions,
  ) {
    if (!(Number.isFinite(options.ttlMs) && options.ttlMs >= 0)) throw new RangeError('ttlMs must be a finite number ≥ 0');
    if (!(Number.isInteger(options.maxEntries) && options.maxEntries >= 1)) throw new RangeError('maxEntries must be an integer ≥ 1');
    this.now = options.now ?? Date.now;
  }

  stats(): ReadCacheStats {
    return { ...this.counters, size: this.entries.size };
  }

  getArticle(articleId: string, options?: { includeText?: boolean }): Promise<ArticleDetail | null> {
    if (options?.includeText) {
      this.counters.bypassed++;
      return this.reader.getArticle(articleId, options);
    }
    return this.read(['getArticle', articleId], () => this.reader.getArticle(articleId, options));
  }

  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.read(['listArticles', filter, page], () => this.reader.listArticles(filter, page));
  }

  searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>> {
    return this.read(['searchEntities', query, type ?? null, page], () => this.reader.searchEntities(query, type, page));
  }

  getEntity(entityId: string): Promise<EntityDetail | null> {
    return this.read(['getEntity', entityId], () => this.reader.getEntity(entityId));
  }

  listEntityArticles(entityId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.read(['listEntityArticles', entityId, page], () => this.reader.listEntityArticles(entityId, page));
  }

  listEntityFacts(entityId: string, type: FactType | undefined, page: PageRequest): Promise<Page<FactRecord>> {
    return this.read(['listEntityFacts', entityId, type ?? null, page], () => this.reader.listEntityFacts(entityId, type, page));
  }

  listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactRecord>> {
    return this.read(['listFacts', filter, page], () => this.reader.listFacts(filter, page));
  }

  listCoMentions(entityId: string, options: { limit: number; window: number }): Promise<CoMentions | null> {
    return this.read(['listCoMentions', entityId, options], () => this.reader.listCoMentions(entityId, options));
  }

  listSimilar(articleId: string, options: { limit: number }): Promise<{ storyId: string | null; items: SimilarArticle[] } | null> {
    return this.read(['listSimilar', articleId, options.limit], () => this.reader.listSimilar(articleId, options));
  }

  listStories(filter: { from?: string; to?: string }, page: PageRequest): Promise<Page<StorySummary>> {
    return this.read(['listStories', filter.from, filter.to, page.limit, page.cursor], () => this.reader.listStories(filter, page));
  }

  private read<T>(keyParts: unknown[], load: () => Promise<T>): Promise<T> {
    if (this.options.ttlMs === 0) {
      this.counters.misses++;
      return load();
    }
    const key = stableKey(keyParts);
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.expiresAt > this.now()) {
        // Most recently used goes to the end of the Map's insertion order.
        this.entries.delete(key);
        this.entries.set(key, entry);
        this.counters.hits++;
        return Promise.resolve(entry.value as T);
      }
      this.entries.delete(key);
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.counters.coalesced++;
      return pending as Promise<T>;
    }
    this.counters.misses++;
    const startedAt = this.now();
    const call = (async () => {
      try {
        const value = await load();
        if (value !== null) this.store(key, value, startedAt + this.options.ttlMs);
        return value;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, call);
    return call;
  }

  private store(key: string, value: unknown, expiresAt: number): void {
    if (expiresAt <= this.now()) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.counters.evictions++;
    }
  }
}

/** JSON with object keys sorted and undefined members dropped: equal arguments give equal keys. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_name, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(v).sort()) sorted[name] = (v as Record<string, unknown>)[name];
    return sorted;
  });
}
