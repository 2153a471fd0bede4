import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApiGatewayHandler } from '../aws/api-gateway-v2.js';
import { SERVICE_NAMES } from '../aws/metric-names.js';
import type { RequestMetrics } from '../aws/request-metrics.js';
import type { QueryConfig } from '../config/query-config.js';
import { createQueryApi, queryRoutePattern, type QueryApi } from '../query/query-api.js';
import type { ArticleReader } from '../store/article-store.js';
import { CachedArticleReader } from '../store/cached-article-reader.js';
import { DynamoDbArticleReader } from '../store/dynamodb/article-reader.js';

export interface QueryHandlerDeps {
  reader: ArticleReader;
  /** Powertools Logger of the function (default: service newsfacts-query). */
  logger?: Logger;
  /** Counts requests by route and status (lambdas/aws/request-metrics.ts); none outside Lambda. */
  metrics?: RequestMetrics;
}

export type QueryHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * API Gateway HTTP API event → query use case → response; the use case knows nothing of API
 * Gateway. Built once per container (or per local-mode process) from its dependencies.
 */
export function createQueryHandler(deps: QueryHandlerDeps): QueryHandler {
  const logger = deps.logger ?? new Logger({ serviceName: SERVICE_NAMES.query });
  const api = createQueryApi(deps.reader);
  const { metrics } = deps;
  const measured: QueryApi = metrics
    ? async (request) => {
        const response = await api(request);
        metrics.record(queryRoutePattern(request.path), response.status);
        return response;
      }
    : api;
  const handle = createApiGatewayHandler(measured, logger);
  const cache = deps.reader instanceof CachedArticleReader ? deps.reader : null;
  return async (event, context) => {
    if (context) logger.addContext(context);
    const response = await handle(event);
    if (cache) logger.debug('read cache', { readCache: cache.stats() });
    return response;
  };
}

/**
 * What the query function serves from, given its configuration and DynamoDB client (AWS's, or
 * local mode's): the table's reader behind a warm container's read cache, which keeps answers for
 * QUERY_CACHE_TTL_SECONDS (0 = off; lambdas/store/cached-article-reader.ts).
 */
export function queryHandlerDeps(config: QueryConfig, clients: { dynamoDb: DynamoDBClient }): QueryHandlerDeps {
  const table = new DynamoDbArticleReader({ client: clients.dynamoDb, tableName: config.tableName });
  const { ttlSeconds, maxEntries } = config.cache;
  return { reader: ttlSeconds > 0 ? new CachedArticleReader(table, { ttlMs: ttlSeconds * 1000, maxEntries }) : table };
}
