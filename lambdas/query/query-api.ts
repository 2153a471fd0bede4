/**
 * The query use case: plain request in, plain response out (docs/CONTRACTS.md, HTTP API). It validates
 * every parameter, calls the ArticleReader port and maps every expected failure to a 4xx
 * problem; anything else is the adapter's to log and turn into a 500.
 */
import { InvalidCursorError, type ArticleReader, type PageRequest } from '../store/article-store.js';
import type { EntityType, FactType } from '../extract/types.js';
import type { ApiRequest, ApiResponse } from './http-types.js';
import { problem, problemResponse, RequestValidationError, type Problem } from './problem.js';
import { parseId, parseQuery, QUERY_SCHEMAS } from './request-params.js';
import { Router, type PathParams } from './router.js';
import { distinctFactsPage } from './distinct-facts.js';
import openApiDocument from './openapi.json' with { type: 'json' };

export type QueryApi = (request: ApiRequest) => Promise<ApiResponse>;

/** Every route of docs/CONTRACTS.md (HTTP API); lambdas/query/openapi.json describes exactly these. */
export const QUERY_ROUTE_PATTERNS = [
  '/health',
  '/openapi.json',
  '/articles',
  '/articles/{articleId}',
  '/articles/{articleId}/similar',
  '/entities',
  '/entities/{entityId}',
  '/entities/{entityId}/articles',
  '/entities/{entityId}/facts',
  '/entities/{entityId}/co-mentions',
  '/facts',
  '/stories',
] as const;
export type QueryRoutePattern = (typeof QUERY_ROUTE_PATTERNS)[number];

const ROUTE_PATTERNS = new Router<QueryRoutePattern>(QUERY_ROUTE_PATTERNS.map((pattern) => ({ method: 'GET', pattern, handler: pattern })));

/** The route pattern a path falls under (for metrics: ids do not multiply them), or null. */
export function queryRoutePattern(path: string): QueryRoutePattern | null {
  const match = ROUTE_PATTERNS.match('GET', path);
  return match.kind === 'matched' ? match.handler : null;
}

interface RouteContext {
  params: PathParams;
  query: Record<string, string | string[]>;
  instance: string;
}
type RouteHandler = (context: RouteContext) => Promise<ApiResponse>;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};
const MAX_ECHOED_PATH = 512;
/** Co-mentions are counted over an entity's newest articles: one batch read of their records. */
export const CO_MENTION_WINDOW = 100;

/**
 * Serialized answers by object: a read cache hands the same (never mutated) object to every
 * request it serves, so each is stringified once; fresh objects from the store are collected
 * with their entry.
 */
const serialized = new WeakMap<object, string>();

function json(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  let text = typeof body === 'object' && body !== null ? serialized.get(body) : undefined;
  if (text === undefined) {
    text = JSON.stringify(body);
    if (typeof body === 'object' && body !== null) serialized.set(body, text);
  }
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: text };
}

function notFound(kind: 'article' | 'entity', id: string, instance: string): ApiResponse {
  return problemResponse(problem('NOT_FOUND', `No ${kind} has the id "${id}".`, instance));
}

export function createQueryApi(reader: ArticleReader): QueryApi {
  let openApiText: string | undefined;

  const handlers: Record<QueryRoutePattern, RouteHandler> = {
    '/health': async ({ query }) => {
      parseQuery(QUERY_SCHEMAS.none, query);
      return json(200, { status: 'ok' });
    },
    '/openapi.json': async ({ query }) => {
      parseQuery(QUERY_SCHEMAS.none, query);
      openApiText ??= JSON.stringify(openApiDocument);
      return {
        status: 200,
        headers: { ...JSON_HEADERS, 'cache-control': 'public, max-age=300' },
        body: openApiText,
      };
    },
    '/articles': async ({ query }) => {
      const { limit, cursor, ...filter } = parseQuery(QUERY_SCHEMAS.listArticles, query);
      // Title entries carry no entity: the two would need a scan of one of them.
      if (filter.title !== undefined && filter.entity !== undefined) {
        throw new RequestValidationError([{ name: 'title', reason: 'cannot be combined with entity' }]);
      }
      // Only rejected files have an error code: a code asks for them, so it contradicts processed.
      if (filter.code !== undefined && filter.status === 'processed') {
        throw new RequestValidationError([{ name: 'code', reason: 'only for rejected files: cannot be combined with status=processed' }]);
      }
      return json(200, await reader.listArticles(filter.title === undefined ? filter : { ...filter, title: filter.title.trim() }, { limit, cursor }));
    },
    '/articles/{articleId}': async ({ params, query, instance }) => {
      const articleId = parseId('articleId', params.articleId);
      const { include } = parseQuery(QUERY_SCHEMAS.getArticle, query);
      const article = await reader.getArticle(articleId, { includeText: include === 'text' });
      return article ? json(200, article) : notFound('article', articleId, instance);
    },
    '/articles/{articleId}/similar': async ({ params, query, instance }) => {
      const articleId = parseId('articleId', params.articleId);
      const { limit } = parseQuery(QUERY_SCHEMAS.similar, query);
      const similar = await reader.listSimilar(articleId, { limit });
      return similar ? json(200, { articleId, ...similar }) : notFound('article', articleId, instance);
    },
    '/entities': async ({ query }) => {
      const { q, type, limit, cursor } = parseQuery(QUERY_SCHEMAS.searchEntities, query);
      return json(200, await reader.searchEntities(q.trim(), type as EntityType | undefined, { limit, cursor }));
    },
    '/entities/{entityId}': async ({ params, query, instance }) => {
      const entityId = parseId('entityId', params.entityId);
      parseQuery(QUERY_SCHEMAS.none, query);
      const entity = await reader.getEntity(entityId);
      return entity ? json(200, entity) : notFound('entity', entityId, instance);
    },
    '/entities/{entityId}/articles': async ({ params, query, instance }) => {
      const entityId = parseId('entityId', params.entityId);
      const { limit, cursor } = parseQuery(QUERY_SCHEMAS.page, query);
      return pageOfKnownEntity(
        reader,
        entityId,
        () => reader.listEntityArticles(entityId, { limit, cursor }),
        instance,
      );
    },
    '/entities/{entityId}/facts': async ({ params, query, instance }) => {
      const entityId = parseId('entityId', params.entityId);
      const { type, distinct, limit, cursor } = parseQuery(QUERY_SCHEMAS.entityFacts, query);
      return pageOfKnownEntity(
        reader,
        entityId,
        () => {
          const read = (page: PageRequest) => reader.listEntityFacts(entityId, type as FactType | undefined, page);
          return distinct === 'story' ? distinctFactsPage(read, { limit, cursor }) : read({ limit, cursor });
        },
        instance,
      );
    },
    '/entities/{entityId}/co-mentions': async ({ params, query, instance }) => {
      const entityId = parseId('entityId', params.entityId);
      const { limit } = parseQuery(QUERY_SCHEMAS.coMentions, query);
      const coMentions = await reader.listCoMentions(entityId, { limit, window: CO_MENTION_WINDOW });
      return coMentions ? json(200, coMentions) : notFound('entity', entityId, instance);
    },
    '/stories': async ({ query }) => {
      const { limit, cursor, ...filter } = parseQuery(QUERY_SCHEMAS.listStories, query);
      return json(200, await reader.listStories(filter, { limit, cursor }));
    },
    '/facts': async ({ query }) => {
      const { limit, cursor, type, distinct, ...rest } = parseQuery(QUERY_SCHEMAS.listFacts, query);
      const read = (page: PageRequest) => reader.listFacts({ ...rest, type: type as FactType | undefined }, page);
      return json(200, await (distinct === 'story' ? distinctFactsPage(read, { limit, cursor }) : read({ limit, cursor })));
    },
  };
  const router = new Router<RouteHandler>(QUERY_ROUTE_PATTERNS.map((pattern) => ({ method: 'GET', pattern, handler: handlers[pattern] })));

  return async (request) => {
    const method = request.method.toUpperCase();
    // Echo only a plausible method name back; anything else came from a confused or hostile client.
    const shownMethod = /^[A-Z]{1,16}$/.test(method) ? method : 'this method';
    const instance = request.path.length > MAX_ECHOED_PATH ? request.path.slice(0, MAX_ECHOED_PATH) : request.path;
    // HEAD is GET without the body (RFC 9110 §9.3.2).
    const match = router.match(method === 'HEAD' ? 'GET' : method, request.path);
    let response: ApiResponse;
    switch (match.kind) {
      case 'not-found':
        response = problemResponse(problem('ROUTE_NOT_FOUND', `No route matches ${shownMethod} ${instance}.`, instance));
        break;
      case 'malformed-path':
        response = problemResponse(
          problem('INVALID_REQUEST', 'The path contains a malformed percent-encoding.', instance, [
            { name: 'path', reason: 'must be valid percent-encoded UTF-8' },
          ]),
        );
        break;
      case 'method-not-allowed': {
        const allow = [...match.allow, ...(match.allow.includes('GET') ? ['HEAD'] : [])].join(', ');
        response = problemResponse(
          problem('METHOD_NOT_ALLOWED', `${shownMethod} is not allowed here; use ${allow}.`, instance),
          { allow },
        );
        break;
      }
      case 'matched':
        response = await runHandler(match.handler, { params: match.params, query: request.query, instance });
        break;
    }
    return method === 'HEAD' ? { ...response, body: '' } : response;
  };
}

async function runHandler(handler: RouteHandler, context: RouteContext): Promise<ApiResponse> {
  try {
    return await handler(context);
  } catch (error) {
    const mapped = expectedProblem(error, context.instance);
    if (mapped) return problemResponse(mapped);
    throw error;
  }
}

/** The failures a caller can cause; everything else is a fault of ours. */
function expectedProblem(error: unknown, instance: string): Problem | null {
  if (error instanceof RequestValidationError) {
    const names = error.errors.map((e) => e.name).join(', ');
    return problem('INVALID_REQUEST', `Invalid parameter${error.errors.length > 1 ? 's' : ''}: ${names}.`, instance, error.errors);
  }
  if (error instanceof InvalidCursorError) return invalidCursorProblem(instance);
  return null;
}

export function invalidCursorProblem(instance: string): Problem {
  return problem('INVALID_CURSOR', 'The cursor was not issued for this query or was altered; start again without it.', instance, [
    { name: 'cursor', reason: 'must be the nextCursor value of a previous page of the same query, unchanged' },
  ]);
}

/** A page under an entity; an unknown entity is a 404, not an empty page. */
async function pageOfKnownEntity<T>(
  reader: ArticleReader,
  entityId: string,
  listPage: () => Promise<T>,
  instance: string,
): Promise<ApiResponse> {
  const [entity, page] = await Promise.allSettled([reader.getEntity(entityId), listPage()]);
  if (entity.status === 'rejected') throw entity.reason;
  if (entity.value === null) return notFound('entity', entityId, instance);
  if (page.status === 'rejected') throw page.reason;
  return json(200, page.value);
}
