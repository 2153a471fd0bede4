import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApiGatewayHandler } from '../aws/api-gateway-v2.js';
import { createQueryApi } from '../query/query-api.js';
import { mapStackTracesLazily } from '../aws/lazy-source-maps.js';
import { readQueryConfig } from '../config/query-config.js';
import { CachedArticleReader, type ReadCacheStats } from '../store/cached-article-reader.js';
import { DynamoDbArticleReader } from '../store/dynamodb/article-reader.js';

// API Gateway HTTP API event → query use case → response. Client, store, read cache and routes
// are built once per container; the use case knows nothing of API Gateway.
// Source-mapped stack traces, the map read on the first error rather than at cold start (the
// stack runs this function without --enable-source-maps, see lib/constructs/api.ts).
mapStackTracesLazily(import.meta.url);
const config = readQueryConfig();
const logger = new Logger({ serviceName: 'newsfacts-query' });
const store = new DynamoDbArticleReader({ client: new DynamoDBClient({}), tableName: config.tableName });
// A warm container's memory: answers live for QUERY_CACHE_TTL_SECONDS (0 = off), see
// lambdas/store/cached-article-reader.ts.
const cache = config.cache.ttlSeconds > 0 ? new CachedArticleReader(store, { ttlMs: config.cache.ttlSeconds * 1000, maxEntries: config.cache.maxEntries }) : null;
const handle = createApiGatewayHandler(createQueryApi(cache ?? store), logger);

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  const response = await handle(event);
  if (cache) logger.debug('read cache', { readCache: cache.stats() });
  return response;
}

/** This container's read-cache counters, or null when the cache is off (for benchmarks and diagnostics). */
export function readCacheStats(): ReadCacheStats | null {
  return cache?.stats() ?? null;
}
