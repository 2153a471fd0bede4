import type { ArticleSummary } from './api.js';

/** What one search box asks the API: entities by name, articles by date, source or title, rejected files. */
export interface SearchPlan {
  /** `/entities?q=`: names and aliases starting with it (the API wants at least two characters). */
  entityQuery: string | null;
  /** `/articles?from=&to=`: when the query is a date, a month or a year. */
  dateRange: { from: string; to: string } | null;
  /** `/articles?title=` and `/articles?source=`; rejected files' names and codes are matched against it too. */
  text: string;
}

export function planSearch(input: string): SearchPlan {
  const q = input.trim().replace(/\s+/g, ' ');
  const dateRange = dateRangeOf(q);
  return { entityQuery: !dateRange && [...q].length >= 2 ? q : null, dateRange, text: dateRange ? '' : q };
}

function dateRangeOf(q: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(q);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === null) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(lastDay).padStart(2, '0')}` };
  if (day < 1 || day > lastDay) return null;
  return { from: q, to: q };
}

/** Case- and accent-insensitive "contains", as a reader scanning file names would expect (rejected files have no title). */
export function matchesText(article: Pick<ArticleSummary, 'title' | 'source' | 'sources' | 'key'>, text: string): boolean {
  const needle = fold(text);
  if (!needle) return true;
  return [article.title ?? '', article.source ?? '', ...article.sources, article.key].some((field) => fold(field).includes(needle));
}

/** Articles from several answers, each once, newest first. */
export function mergeArticles(lists: ArticleSummary[][]): ArticleSummary[] {
  const byId = new Map<string, ArticleSummary>();
  for (const list of lists) for (const article of list) if (!byId.has(article.articleId)) byId.set(article.articleId, article);
  const dateOf = (a: ArticleSummary) => a.publishedAt ?? a.receivedAt;
  return [...byId.values()].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.articleId.localeCompare(b.articleId));
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
