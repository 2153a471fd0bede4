import { describe, expect, it } from 'vitest';
import type { QuoteFact } from '../extract/types.js';
import type { FactRecord } from '../store/article-store.js';
import { distinctFacts, factIdentity } from './distinct-facts.js';

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

  it('shows each fact of a story once, listing its copies, and keeps apart other facts, other stories and articles without one', () => {
    const page = {
      items: [
        quote('b', 's', 'Trade grew', 400), quote('a', 's', 'Trade grew', 10), quote('a', 's', 'Trade fell', 60),
        quote('c', 'other', 'Trade grew', 10), quote('d', undefined, 'Trade grew', 10), quote('e', undefined, 'Trade grew', 10),
      ],
      nextCursor: 'next',
    };
    const distinct = distinctFacts(page, 'story');
    expect(distinct.nextCursor).toBe('next');
    expect(distinct.items.map((r) => [r.articleId, r.copies?.map((c) => c.articleId)])).toEqual([
      ['b', ['b', 'a']], ['a', ['a']], ['c', ['c']], ['d', ['d']], ['e', ['e']],
    ]);
    expect(distinct.items[0].copies?.[1]).toEqual({ articleId: 'a', publishedAt: '2022-02-17', sources: ['Sputnik'] });
    expect(distinctFacts(page, undefined)).toBe(page);
  });
});
