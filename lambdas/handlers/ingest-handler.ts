import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { SERVICE_NAMES } from '../aws/metric-names.js';
import { recordIngestOutcome } from '../aws/pipeline-metrics.js';
import { objectEventsOf } from '../aws/s3-notification.js';
import { S3ObjectReader } from '../aws/s3-object-reader.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { ingestObjectEvent, ingestOnLastAttempt, type IngestDeps } from '../ingest/ingest-object.js';
import { DynamoDbArticleWriter } from '../store/dynamodb/article-writer.js';

export interface IngestHandlerDeps extends IngestDeps {
  /** Only keys under this prefix are ingested. */
  incomingPrefix: string;
  /** The queue's maxReceiveCount: the receive on which a failing message is about to go to the DLQ. */
  maxReceiveCount: number;
  /** Powertools Logger of the function (default: service newsfacts-ingest). */
  logger?: Logger;
  /** Where the function's metrics go (lambdas/aws/pipeline-metrics.ts); none outside Lambda. */
  metrics?: Metrics;
}

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * SQS batch of S3 event notifications → the ingest use case, one record at a time; a record whose
 * write fails is reported back so SQS retries only that one (and the DLQ takes it after N tries).
 */
export function createIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const logger = deps.logger ?? new Logger({ serviceName: SERVICE_NAMES.ingest });
  const { metrics } = deps;

  async function handleRecord(record: SQSRecord): Promise<void> {
    let notification: unknown;
    try {
      notification = JSON.parse(record.body);
    } catch {
      logger.warn('Ignoring an SQS message that is not an S3 event notification', { messageId: record.messageId });
      return;
    }
    const lastAttempt = Number(record.attributes?.ApproximateReceiveCount ?? 1) >= deps.maxReceiveCount;
    for (const event of objectEventsOf(notification, deps.incomingPrefix)) {
      try {
        const outcome = await (lastAttempt ? ingestOnLastAttempt : ingestObjectEvent)(event, deps);
        logger.info('Object event applied', { key: event.key, kind: event.kind, sequencer: event.sequencer, ...outcome });
        if (metrics) recordIngestOutcome(metrics, event, outcome);
      } catch (error) {
        // The error object itself: Powertools logs its name, message and stack.
        logger.error('Object event failed', { key: event.key, kind: event.kind, sequencer: event.sequencer, lastAttempt, error: error as Error });
        throw error;
      }
    }
  }

  return async (event, context) => {
    if (context) logger.addContext(context);
    try {
      // One processor per invocation: outside Lambda (local mode runs several invocations at once)
      // a processor keeps its batch's state on itself. A batch where every record failed is
      // reported record by record too, never as a thrown error.
      return await processPartialResponse(event, handleRecord, new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false });
    } finally {
      if (metrics?.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

/** What the ingest function works with, given its configuration and SDK clients (AWS's, or local mode's). */
export function ingestHandlerDeps(config: IngestConfig, clients: { dynamoDb: DynamoDBClient; s3: S3Client }): IngestHandlerDeps {
  return {
    store: new DynamoDbArticleWriter({ client: clients.dynamoDb, tableName: config.tableName }),
    objects: new S3ObjectReader(clients.s3),
    maxObjectBytes: config.maxObjectBytes,
    incomingPrefix: config.incomingPrefix,
    maxReceiveCount: config.maxReceiveCount,
  };
}
