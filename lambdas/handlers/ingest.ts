import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { mapStackTracesLazily } from '../aws/lazy-source-maps.js';
import { SERVICE_NAMES } from '../aws/metric-names.js';
import { functionMetrics } from '../aws/pipeline-metrics.js';
import { readIngestConfig } from '../config/ingest-config.js';
import { createIngestHandler, ingestHandlerDeps } from './ingest-handler.js';

// The ingest Lambda: its handler built once per container from the validated configuration.
// Source-mapped stack traces, the map read on the first error rather than at cold start (the stack
// runs this function without --enable-source-maps, see lib/constructs/ingestion.ts).
mapStackTracesLazily(import.meta.url);

export const handler = createIngestHandler({
  ...ingestHandlerDeps(readIngestConfig(), { dynamoDb: new DynamoDBClient({}), s3: new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED' }) }),
  metrics: functionMetrics(SERVICE_NAMES.ingest),
});
