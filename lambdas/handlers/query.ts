import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mapStackTracesLazily } from '../aws/lazy-source-maps.js';
import { SERVICE_NAMES } from '../aws/metric-names.js';
import { requestMetrics } from '../aws/request-metrics.js';
import { readQueryConfig } from '../config/query-config.js';
import { createQueryHandler, queryHandlerDeps } from './query-handler.js';

// The query Lambda: its handler built once per container from the validated configuration.
// Source-mapped stack traces, the map read on the first error rather than at cold start (the
// stack runs this function without --enable-source-maps, see lib/constructs/api.ts).
mapStackTracesLazily(import.meta.url);

export const handler = createQueryHandler({ ...queryHandlerDeps(readQueryConfig(), { dynamoDb: new DynamoDBClient({}) }), metrics: requestMetrics(SERVICE_NAMES.query) });
