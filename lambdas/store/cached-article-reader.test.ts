import { describe, expect, it } from 'vitest';
import { InvalidCursorError, type ArticleDetail, type ArticleReader, type EntityDetail, type Page } from './article-store.js';
import { CachedArticleReader } from './cached-article-reader.js';

/** A reader that counts its calls, answers from small fixtures and can be told to fail or wait. */
class FakeReader implements ArticleReader {
  calls: string[] = [];
  entities = new Map<string, EntityDetail>([['e1', entity('e1', 1)], ['e2', entity('e2', 2)]]);
  failNext: Error | null = null;
  gate: Promise<void> | null = null;

  private async answer<T>(call: string, value: () => T): Promise<T> {
    this.calls.push(call);
    if (this.gate) await this.gate;
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    return value();
  }

  getArticle(articleId: string, options?: { includeText?: boolean }) {
    return this.answer(`getArticle ${articleId}${options?.includeText ? ' text' : ''}`, () => (articleId === 'missing' ? null : ({ articleId } as ArticleDetail)));
  }
  listArticles(filter: object, page: { limit: number; cursor?: string }) {
    return this.answer(`listArticles ${JSON.stringify(filter)} ${page.limit} ${page.cursor ?? ''}`, () => emptyPage());
  }
  searchEntities(query: string, type: string | undefined, page: { limit: number; cursor?: string }) {
    return this.answer(`searchEntities ${query} ${type ?? ''} ${page.limit} ${page.cursor ?? ''}`, () => emptyPage());
  }
  getEntity(entityId: string) {
    // A fresh object per call, as a real store returns: a hit must hand back the cached one.
    return this.answer(`getEntity ${entityId}`, () => {
      const found = this.entities.get(entityId);
      return found ? { ...found } : null;
    });
  }
  listEntityArticles(entityId: string, page: { limit: number; cursor?: string }) {
    return this.answer(`listEntityArticles ${entityId} ${page.limit} ${page.cursor ?? ''}`, () => emptyPage());
  }
  listEntityFacts(entityId: string, type: string | undefined, page: { limit: number; cursor?: string }) {
    return this.answer(`listEntityFacts ${entityId} ${type ?? ''} ${page.limit}`, () => emptyPage());
  }
  listFacts(filter: object, page: { limit: number; cursor?: string }) {
    return this.answer(`listFacts ${JSON.stringify(filter)} ${page.limit}`, () => emptyPage());
  }
  listCoMentions(entityId: string, options: { limit: number; window: number }) {
    return this.answer(`listCoMentions ${entityId} ${options.limit} ${options.window}`, () => ({ items: [], articlesRead: 0, complete: true }));
  }

  listSimilar(articleId: string, options: { limit: number }) {
    return this.answer(`listSimilar ${articleId} ${options.limit}`, () => ({ storyId: null, items: [] }));
  }

  listStories(filter: { from?: string; to?: string }, page: { limit: number }) {
    return this.answer(`listStories ${filter.from} ${filter.to} ${page.limit}`, () => ({ items: [], nextCursor: null }));
  }
}

function entity(id: string, articleCount: number): EntityDetail {
  return { id, name: id.toUpperCase(), type: 'ORGANIZATION', aliases: [], articleCount, articleCountExact: true, firstSeen: null, lastSeen: null };
}

function emptyPage(): Page<never> {
  return { items: [], nextCursor: null };
}

function clock(start = 1_000_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('CachedArticleReader', () => {
  it('answers a repeated call from memory with the same value, and counts hits and misses', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 10, now: clock().now });
    const first = await cache.getEntity('e1');
    const second = await cache.getEntity('e1');
    expect(second).toBe(first);
    expect(second).toEqual(entity('e1', 1));
    expect(store.calls).toEqual(['getEntity e1']);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, coalesced: 0, size: 1 });
  });

  it('keys by method and every argument, the cursor included, whatever the order of object keys', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 50, now: clock().now });
    await cache.listEntityArticles('e1', { limit: 20 });
    await cache.listEntityArticles('e1', { limit: 20, cursor: 'c2' });
    await cache.listEntityArticles('e1', { cursor: 'c2', limit: 20 });
    await cache.listEntityArticles('e1', { limit: 10 });
    await cache.listEntityFacts('e1', undefined, { limit: 20 });
    await cache.listEntityFacts('e1', 'quote', { limit: 20 });
    await cache.searchEntities('cara', undefined, { limit: 20 });
    await cache.searchEntities('cara', 'LOCATION', { limit: 20 });
    await cache.listArticles({ source: 'bbc', entity: 'e1' }, { limit: 20 });
    await cache.listArticles({ entity: 'e1', source: 'bbc' }, { limit: 20 });
    await cache.listFacts({ type: 'quote' }, { limit: 20 });
    await cache.getArticle('a1');
    await cache.getEntity('a1');
    await cache.listCoMentions('e1', { limit: 10, window: 100 });
    await cache.listCoMentions('e1', { window: 100, limit: 10 });
    await cache.listCoMentions('e1', { limit: 5, window: 100 });
    expect(store.calls).toEqual([
      'listEntityArticles e1 20 ',
      'listEntityArticles e1 20 c2',
      'listEntityArticles e1 10 ',
      'listEntityFacts e1  20',
      'listEntityFacts e1 quote 20',
      'searchEntities cara  20 ',
      'searchEntities cara LOCATION 20 ',
      'listArticles {"source":"bbc","entity":"e1"} 20 ',
      'listFacts {"type":"quote"} 20',
      'getArticle a1',
      'getEntity a1',
      'listCoMentions e1 10 100',
      'listCoMentions e1 5 100',
    ]);
  });

  it('asks the store again once the TTL, counted from the start of the store call, has passed', async () => {
    const store = new FakeReader();
    const time = clock();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 10, now: time.now });
    await cache.getEntity('e1');
    store.entities.set('e1', entity('e1', 7));
    time.t += 4999;
    expect((await cache.getEntity('e1'))?.articleCount).toBe(1);
    time.t += 1;
    expect((await cache.getEntity('e1'))?.articleCount).toBe(7);
    expect(store.calls).toEqual(['getEntity e1', 'getEntity e1']);
  });

  it('does not keep an answer whose store call outlasted the TTL', async () => {
    const store = new FakeReader();
    const time = clock();
    const cache = new CachedArticleReader(store, { ttlMs: 1000, maxEntries: 10, now: time.now });
    let open!: () => void;
    store.gate = new Promise<void>((resolve) => (open = resolve));
    const slow = cache.getEntity('e1');
    time.t += 1500;
    open();
    await slow;
    store.gate = null;
    await cache.getEntity('e1');
    expect(store.calls).toEqual(['getEntity e1', 'getEntity e1']);
  });

  it('drops the least recently used entry when full', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 60_000, maxEntries: 2, now: clock().now });
    await cache.getArticle('a');
    await cache.getArticle('b');
    await cache.getArticle('a'); // a is now the most recently used
    await cache.getArticle('c'); // evicts b
    store.calls = [];
    await cache.getArticle('a');
    await cache.getArticle('c');
    expect(store.calls).toEqual([]);
    await cache.getArticle('b');
    expect(store.calls).toEqual(['getArticle b']);
    expect(cache.stats()).toMatchObject({ evictions: 2, size: 2 });
  });

  it('makes one store call for concurrent identical calls, and one per distinct call', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 100, now: clock().now });
    let open!: () => void;
    store.gate = new Promise<void>((resolve) => (open = resolve));
    const same = Array.from({ length: 50 }, () => cache.getEntity('e1'));
    const other = cache.getEntity('e2');
    await Promise.resolve();
    expect(store.calls).toEqual(['getEntity e1', 'getEntity e2']);
    open();
    const answers = await Promise.all(same);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toEqual(entity('e1', 1));
    expect(await other).toEqual(entity('e2', 2));
    expect(cache.stats()).toMatchObject({ misses: 2, coalesced: 49, hits: 0 });
  });

  it('never caches an error: every waiting caller gets it, and the next call asks the store again', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 10, now: clock().now });
    store.failNext = new Error('throttled');
    const waiting = [cache.getEntity('e1'), cache.getEntity('e1')];
    await expect(waiting[0]).rejects.toThrow('throttled');
    await expect(waiting[1]).rejects.toThrow('throttled');
    store.failNext = new InvalidCursorError();
    await expect(cache.listEntityArticles('e1', { limit: 20, cursor: 'bad' })).rejects.toBeInstanceOf(InvalidCursorError);
    expect(await cache.getEntity('e1')).toEqual(entity('e1', 1));
    await expect(cache.listEntityArticles('e1', { limit: 20, cursor: 'bad' })).resolves.toEqual(emptyPage());
    expect(store.calls).toEqual(['getEntity e1', 'listEntityArticles e1 20 bad', 'getEntity e1', 'listEntityArticles e1 20 bad']);
  });

  it('does not cache "not found", so a newly stored article or entity shows at once', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 10, now: clock().now });
    expect(await cache.getArticle('missing')).toBeNull();
    expect(await cache.getEntity('e9')).toBeNull();
    store.entities.set('e9', entity('e9', 1));
    expect(await cache.getEntity('e9')).toEqual(entity('e9', 1));
    expect(await cache.getArticle('missing')).toBeNull();
    expect(store.calls).toEqual(['getArticle missing', 'getEntity e9', 'getEntity e9', 'getArticle missing']);
  });

  it('passes article texts through uncached', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 5000, maxEntries: 10, now: clock().now });
    await cache.getArticle('a1', { includeText: true });
    await cache.getArticle('a1', { includeText: true });
    await cache.getArticle('a1');
    await cache.getArticle('a1');
    expect(store.calls).toEqual(['getArticle a1 text', 'getArticle a1 text', 'getArticle a1']);
    expect(cache.stats()).toMatchObject({ bypassed: 2, hits: 1, misses: 1 });
  });

  it('is off at a TTL of 0: every call reaches the store, concurrent ones too', async () => {
    const store = new FakeReader();
    const cache = new CachedArticleReader(store, { ttlMs: 0, maxEntries: 10, now: clock().now });
    await Promise.all([cache.getEntity('e1'), cache.getEntity('e1')]);
    await cache.getEntity('e1');
    expect(store.calls).toEqual(['getEntity e1', 'getEntity e1', 'getEntity e1']);
    expect(cache.stats()).toMatchObject({ hits: 0, coalesced: 0, misses: 3, size: 0 });
  });

  it('refuses a negative TTL or an entry bound below 1', () => {
    const store = new FakeReader();
    expect(() => new CachedArticleReader(store, { ttlMs: -1, maxEntries: 10 })).toThrow(RangeError);
    expect(() => new CachedArticleReader(store, { ttlMs: 1000, maxEntries: 0 })).toThrow(RangeError);
  });
});
