import type { ArticleSummary, Page, PageRequest } from '../article-store.js';
import { fileNameTitle, indexedTitleWords, invertDate, titleLookup, titleWordsOf } from '../title-words.js';
import { PK, type Item } from './keys.js';
import { nameKey } from './names.js';
import { readPage, type QuerySpec } from './paging.js';
import type { Table } from './table.js';

/**
 * Title search entries of one article generation (docs/DATA-MODEL.md, "Title search"): one per
 * indexed word of its title, in the partition of the word's first two characters, sorted by word
 * and then newest first. Each holds the summary (so a search reads nothing else), the title's
 * words for a query's other words, the source keys and the date for the filters; under 1 KB, one
 * write unit. Generation-stamped and listed in the manifest like every other entry, so a replaced
 * or deleted article takes them with it.
 */
export function titleEntries(title: string | null, date: string, articleId: string, gen: string, summary: string, sourceKeys: string[], partition: (word: string) => string = PK.titleWords): Item[] {
  const words = indexedTitleWords(title);
  if (words.length === 0) return [];
  const tw = ` ${titleWordsOf(title).join(' ')}`;
  return words.map((word) => ({
    pk: partition(word), sk: titleSortKey(word, date, articleId, gen), gen, s: summary, tw, d: date,
    ...(sourceKeys.length ? { src: sourceKeys } : {}),
  }));
}

const titleSortKey = (word: string, date: string, articleId: string, gen: string) => `${word}#${invertDate(date)}#${articleId}#${gen}`;

function parseTitleSortKey(sk: string): { articleId: string; gen: string } {
  const [, , articleId, gen] = sk.split('#');
  return { articleId, gen };
}

/**
 * A rejected file's entries: the same, from the words of its file name (title-words.ts,
 * fileNameTitle), dated by its receipt, in the WR# partitions; its summary carries the error code.
 */
export function fileNameEntries(key: string, receivedAt: string, articleId: string, gen: string, summary: string): Item[] {
  return titleEntries(fileNameTitle(key), receivedAt, articleId, gen, summary, [], PK.fileNameWords);
}

export interface TitleFilter {
  title: string;
  /** Search rejected files by file name (WR#) instead of processed articles by title (W#). */
  rejected?: { code?: string };
  source?: string;
  /** Bounds on the sort date, as the other listings take them (`to` covers its whole day). */
  range?: { between?: [string, string] };
}

/**
 * One Query of the longest query word's partition, `begins_with(sk, word)`; the other words,
 * the source and the dates are filters. An article two of whose words start with the query word
 * is listed once per page.
 */
export async function searchTitles(table: Table, filter: TitleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
  const lookup = titleLookup(filter.title);
  if (!lookup) return { items: [], nextCursor: null };
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  lookup.others.forEach((word, i) => {
    conditions.push(`contains(tw, :w${i})`);
    values[`:w${i}`] = ` ${word}`;
  });
  const sourceKey = filter.source ? nameKey(filter.source) : '';
  if (filter.source) {
    conditions.push('contains(src, :src)');
    values[':src'] = sourceKey;
  }
  if (filter.range?.between) {
    conditions.push('d BETWEEN :from AND :to');
    [values[':from'], values[':to']] = filter.range.between;
  }
  if (filter.rejected?.code) {
    conditions.push('contains(s, :code)');
    values[':code'] = codeInSummary(filter.rejected.code);
  }
  const partition = filter.rejected ? PK.fileNameWords : PK.titleWords;
  const spec: QuerySpec = {
    partition: partition(lookup.word), range: { beginsWith: lookup.word },
    filter: conditions.length ? { expression: conditions.join(' AND '), values } : undefined,
    ...(filter.rejected?.code ? { readLimit: CODE_READ_LIMIT } : {}),
  };
  const result = await readPage(table, [spec], page, (item) => [{ order: item.sk, ...parseTitleSortKey(item.sk), value: JSON.parse(item.s as string) as ArticleSummary }]);
  const seen = new Set<string>();
  return { ...result, items: result.items.filter((a) => !seen.has(a.articleId) && seen.add(a.articleId)) };
}

/** Rejected files one Query reads at most for a `code` filter, so a rare code still fills a page (docs/DATA-MODEL.md, "Rejected files"). */
export const CODE_READ_LIMIT = 1_000;

/**
 * How an error code appears in a rejected file's stored summary (the JSON of ArticleSummary):
 * a filter on it finds the files rejected before entries carried anything else. Inside a JSON
 * string a quote is escaped, so a file name or message cannot fake it.
 */
export const codeInSummary = (code: string) => `"code":${JSON.stringify(code)}`;
