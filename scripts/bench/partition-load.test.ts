import { describe, expect, it } from 'vitest';
import { articlesPerDayAtShare, busiest, familyOf, ofFamily, peakUnitsPerSecond, renderHotPartitions, tallyWrites, topKeys, type ArticleWrites } from './partition-load.js';

const articles: ArticleWrites[] = [
  {
    writes: [{ partition: 'E#uk', units: 1 }, { partition: 'E#blair', units: 2 }, { partition: 'F#quote', units: 3 }, { partition: 'ARTICLES', units: 1 }],
    shared: [{ partition: 'N#un', units: 1, key: 'united kingdom#uk' }, { partition: 'N#uk', units: 1, key: 'uk#uk' }, { partition: 'N#bl', units: 1, key: 'blair#blair' }],
  },
  {
    writes: [{ partition: 'E#uk', units: 1 }, { partition: 'F#quote', units: 1 }, { partition: 'S#bbc', units: 1 }, { partition: 'ARTICLES', units: 1 }],
    shared: [{ partition: 'N#uk', units: 1, key: 'uk#uk' }, { partition: 'N#br', units: 1, key: 'britain#uk' }],
  },
  {
    writes: [{ partition: 'E#blair', units: 1 }, { partition: 'ARTICLES', units: 1 }],
    shared: [{ partition: 'N#bl', units: 1, key: 'blair#blair' }, { partition: 'N#go', units: 1, key: 'gordon#brown' }],
  },
];

describe('tallyWrites', () => {
  const tally = tallyWrites(articles);

  it('adds up items and write units per partition', () => {
    expect(tally.articles).toBe(3);
    expect(tally.partitions.get('E#uk')).toEqual({ items: 2, units: 2 });
    expect(tally.partitions.get('E#blair')).toEqual({ items: 2, units: 3 });
    expect(tally.partitions.get('F#quote')).toEqual({ items: 2, units: 4 });
    expect(tally.partitions.get('ARTICLES')).toEqual({ items: 3, units: 3 });
  });

  it('writes a shared item only the first time its key is seen', () => {
    expect(Object.fromEntries([...tally.shared].map(([k, c]) => [k, c.items]))).toEqual({ 'N#un': 1, 'N#uk': 1, 'N#bl': 1, 'N#br': 1, 'N#go': 1 });
  });

  it('counts shared items only from the steady part of the stream, remembering the earlier ones', () => {
    const later = tallyWrites(articles, 1);
    expect(later.sharedArticles).toBe(2);
    // uk#uk and blair#blair were stored by the first article
    expect(Object.fromEntries([...later.shared].map(([k, c]) => [k, c.items]))).toEqual({ 'N#br': 1, 'N#go': 1 });
    expect(later.partitions.get('E#uk')!.items).toBe(2);
  });

  it('groups partitions into families', () => {
    expect(familyOf('E#abc')).toBe('E#');
    expect(familyOf('F#quote')).toBe('F#');
    expect(familyOf('ARTICLES')).toBe('ARTICLES');
    expect([...ofFamily(tally.partitions, 'E#').keys()].sort()).toEqual(['E#blair', 'E#uk']);
  });
});

describe('busiest and topKeys', () => {
  it('finds the partition with most write units, per article', () => {
    const map = new Map([['a', { items: 3, units: 3 }], ['b', { items: 2, units: 5 }], ['c', { items: 4, units: 5 }]]);
    expect(busiest(map, 10)).toEqual({ key: 'b', units: 5, items: 2, perArticle: 0.5, itemsPerArticle: 0.2 });
    expect(busiest(new Map(), 10)).toBeNull();
    expect(topKeys(map, 2).map(([k]) => k)).toEqual(['c', 'a']);
  });
});

describe('partition rates', () => {
  const a = { articlesPerDay: 1_000_000, peakFactor: 3, partitionWcuPerSecond: 1000 };

  it('scales items per article to the peak write rate', () => {
    // 1 M/day = 11.574/s on average, 34.72/s at 3× peak
    expect(peakUnitsPerSecond(1, a)).toBeCloseTo(34.722, 3);
    expect(peakUnitsPerSecond(0.25, a)).toBeCloseTo(8.68, 2);
  });

  it('finds the daily volume at which a partition reaches a share of the limit', () => {
    // 500 WCU/s at the peak ÷ (1 unit × 3) = 166.7 articles/s on average = 14.4 M a day
    expect(articlesPerDayAtShare(1, 0.5, a)).toBeCloseTo(14_400_000, 0);
    expect(articlesPerDayAtShare(2, 0.5, a)).toBeCloseTo(7_200_000, 0);
    expect(articlesPerDayAtShare(0, 0.5, a)).toBe(Infinity);
    // round trip: at that volume the peak is exactly half the limit
    expect(peakUnitsPerSecond(1.7, { ...a, articlesPerDay: articlesPerDayAtShare(1.7, 0.5, a) })).toBeCloseTo(500, 6);
  });

  it('renders the table and names the partition that fills first', () => {
    const partitions = {
      bbc_articles: 2000, reuters_articles: 2000,
      articles_units_per_article: 1, articles_partition: 'ARTICLES', articles_corpus: 'both',
      fact_type_units_per_article: 2.5, fact_type_partition: 'F#quote', fact_type_corpus: 'BBC',
      source_units_per_article: 1, source_partition: 'S#reuters', source_corpus: 'Reuters',
      entity_units_per_article: 0.3, entity_partition: 'E#x (United States)', entity_corpus: 'Reuters',
      name_index_units_per_article: 0.4, name_index_partition: 'N#ma', name_index_corpus: 'BBC',
      title_words_units_per_article: 0.2, title_words_partition: 'W#re', title_words_corpus: 'BBC',
    };
    const block = renderHotPartitions({ partitions }, a)!;
    expect(block).toContain('No partition needs sharding');
    expect(block).toContain('`F#<factType>` (F#quote)');
    // 2.5 units × 34.72/s = 86.8 WCU/s; half the limit at 14.4 M / 2.5 = 5.8 M a day
    expect(block).toContain('86.8');
    expect(block).toContain('5.8 M');
    expect(renderHotPartitions({ partitions }, { ...a, articlesPerDay: 10_000_000 })).toContain('passes half the partition limit');
    expect(renderHotPartitions({}, a)).toBeNull();
  });
});
