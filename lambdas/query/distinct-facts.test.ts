import { describe, expect, it } from 'vitest';
import type { QuoteFact } from '../extract/types.js';
import { InvalidCursorError, type FactRecord, type Page, type PageRequest } from '../store/article-store.js';
import { COPIES_LOOKAHEAD, distinctFactsPage, factIdentity } from './distinct-facts.js';
import { MAX_CURSOR_LENGTH } from './request-params.js';

function quote(articleId: string, storyId: string | undefined, content: string, at: number): FactRecord {
  const fact: QuoteFact = {
    type: 'quote', start: at, end: at + content.length + 14, sentence: at, confidence: 0.9,
    speaker: { start: at, end: at + 7, text: 'Borisov', entityId: 'per-yury-borisov' },
    content: { start: at + 8, end: at + 8 + content.length, text: content }, direct: true,
  } as QuoteFact;
  return { fact, articleId, publishedAt: '2022-02-17', sources: [articleId === 'a' ? 'Sputnik' : 'UrduPoint'], evidence: `"${content}," Borisov said.`, ...(storyId ? { storyId } : {}) };
}

describe('distinct=story', () => {
  it('reads a fact the same whatever its place in its article', () => {
    expect(factIdentity(quote('a', 's', 'Trade grew', 10).fact)).toBe(factIdentity(quote('b', 's', 'Trade grew', 400).fact));
    expect(factIdentity(quote('a', 's', 'Trade grew', 10).fact)).not.toBe(factIdentity(quote('a', 's', 'Trade fell', 10).fact));
  });

  /** The store's pages over a list, newest first, its cursor the offset. */
  const reader = (records: FactRecord[]) => {
    const reads: PageRequest[] = [];
    const read = async (page: PageRequest): Promise<Page<FactRecord>> => {
      reads.push(page);
      const offset = page.cursor === undefined ? 0 : Number(page.cursor.replace(/^o/, ''));
      const end = offset + page.limit;
      return { items: records.slice(offset, end), nextCursor: end < records.length ? `o${end}` : null };
    };
    return { read, reads };
  };

  it('shows each fact of a story once, listing its copies, and keeps apart other facts, other stories and articles without one', async () => {
    const records = [
      quote('b', 's', 'Trade grew', 400), quote('a', 's', 'Trade grew', 10), quote('a', 's', 'Trade fell', 60),
      quote('c', 'other', 'Trade grew', 10), quote('d', undefined, 'Trade grew', 10), quote('e', undefined, 'Trade grew', 10),
    ];
    const { read } = reader(records);
    const distinct = await distinctFactsPage(read, { limit: 20 });
    expect(distinct.nextCursor).toBeNull();
    expect(distinct.items.map((r) => [r.articleId, r.copies?.map((c) => c.articleId)])).toEqual([
      ['b', ['b', 'a']], ['a', ['a']], ['c', ['c']], ['d', ['d']], ['e', ['e']],
    ]);
    expect(distinct.items[0].copies?.[1]).toEqual({ articleId: 'a', publishedAt: '2022-02-17', sources: ['Sputnik'] });
  });

  it('lists the copies on later pages with the fact, and does not show them again there', async () => {
    // Page 1: b's two quotes; page 2: a's copy of one and a fact of another story; page 3: c.
    const records = [quote('b', 's', 'Trade grew', 400), quote('b', 's', 'Trade fell', 450), quote('a', 's', 'Trade grew', 10), quote('x', 'other', 'Oil rose', 10), quote('c', 's', 'Trade fell', 20)];
    const { read, reads } = reader(records);
    const first = await distinctFactsPage(read, { limit: 2 });
    expect(first.items.map((r) => [r.articleId, r.copies?.map((c) => c.articleId)])).toEqual([['b', ['b', 'a']], ['b', ['b', 'c']]]);
    expect(reads).toEqual([{ limit: 2, cursor: undefined }, { limit: COPIES_LOOKAHEAD, cursor: 'o2' }]);
    const second = await distinctFactsPage(read, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.articleId)).toEqual(['x']);
    const third = await distinctFactsPage(read, { limit: 2, cursor: second.nextCursor! });
    expect(third).toEqual({ items: [], nextCursor: null });
  });

  it('keeps its cursor within the length the API accepts, dropping the oldest keys first', async () => {
    const records = Array.from({ length: 600 }, (_, i) => quote(`a${i}`, `s${i}`, `Fact ${i}`, 10));
    const { read } = reader(records);
    let page = await distinctFactsPage(read, { limit: 100 });
    for (let i = 0; i < 4; i++) {
      expect(page.nextCursor!.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
      page = await distinctFactsPage(read, { limit: 100, cursor: page.nextCursor! });
      expect(page.items).toHaveLength(100);
    }
  });

  it('takes a cursor of the plain listing, and refuses an altered one of its own', async () => {
    const { read } = reader([quote('a', 's', 'Trade grew', 10), quote('b', 's', 'Trade fell', 10)]);
    expect((await distinctFactsPage(read, { limit: 1, cursor: 'o1' })).items.map((r) => r.articleId)).toEqual(['b']);
    await expect(distinctFactsPage(read, { limit: 1, cursor: 'd.abc.o1' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(distinctFactsPage(read, { limit: 1, cursor: 'd.abcdefgh' })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
