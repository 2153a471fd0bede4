/** The query API as the explorer uses it, typed from lambdas/query/openapi.json (generated at build time). */
import type { components } from './generated/api-types.js';

type Schemas = components['schemas'];
export type ArticleDetail = Schemas['ArticleDetail'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type ArticlePage = Schemas['ArticlePage'];
export type EntityDetail = Schemas['EntityDetail'];
export type EntityPage = Schemas['EntityPage'];
export type EntitySummary = Schemas['EntitySummary'];
export type EntityType = Schemas['EntityType'];
export type Fact = Schemas['Fact'];
export type FactRecord = Schemas['FactRecord'];
export type FactRecordPage = Schemas['FactRecordPage'];
export type CoMentions = Schemas['CoMentions'];
export type Problem = Schemas['Problem'];
export type RejectionCode = Schemas['RejectionCode'];
export type SimilarArticles = Schemas['SimilarArticles'];

/** An answer other than 2xx: the problem document when the API sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `The API answered ${status}.`);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'newsfacts.token';
let memoryToken: string | null = null;

/**
 * The bearer token sent with every call when the API wants one (newsfacts:apiAuth=jwt): from the
 * sign-in (sign-in.ts) or pasted by the user, kept for the browser tab only (sessionStorage),
 * never in the page's code.
 */
export const bearerToken = {
  get(): string | null {
    return typeof sessionStorage === 'undefined' ? memoryToken : sessionStorage.getItem(TOKEN_KEY);
  },
  set(token: string | null): void {
    if (typeof sessionStorage === 'undefined') memoryToken = token;
    else if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

export type Fetch = (input: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/** GETs a path of the API (same origin) with its query, dropping parameters left undefined. */
export async function getJson<T>(path: string, query: Record<string, string | number | undefined> = {}, options: { fetch?: Fetch; signal?: AbortSignal } = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const url = params.size ? `${path}?${params}` : path;
  const token = bearerToken.get();
  const headers: Record<string, string> = { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await (options.fetch ?? fetch)(url, { headers, signal: options.signal });
  if (!response.ok) {
    const isProblem = (response.headers.get('content-type') ?? '').includes('problem+json');
    throw new ApiError(response.status, isProblem ? ((await response.json()) as Problem) : null);
  }
  return (await response.json()) as T;
}

export const paths = {
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
  entityArticles: (id: string) => `/entities/${encodeURIComponent(id)}/articles`,
  entityFacts: (id: string) => `/entities/${encodeURIComponent(id)}/facts`,
  coMentions: (id: string) => `/entities/${encodeURIComponent(id)}/co-mentions`,
  similar: (id: string) => `/articles/${encodeURIComponent(id)}/similar`,
};
