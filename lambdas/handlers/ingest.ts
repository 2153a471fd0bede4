import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { readIngestConfig } from '../config/ingest-config.js';
import { ingestObjectEvent, ingestOnLastAttempt } from '../ingest/ingest-object.js';
import { objectEventsOf } from '../aws/s3-notification.js';
import { S3ObjectReader } from '../aws/s3-object-reader.js';
import { DynamoDbArticleWriter } from '../store/dynamodb/article-writer.js';

// SQS batch of S3 event notifications → the ingest use case, one record at a time; a record whose
// write fails is reported back so SQS retries only that one (and the DLQ takes it after N tries).
const config = readIngestConfig();
const logger = new Logger({ serviceName: 'newsfacts-ingest' });
const deps = {
  store: new DynamoDbArticleWriter({ client: new DynamoDBClient({}), tableName: config.tableName }),
  objects: new S3ObjectReader(new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED' })),
  maxObjectBytes: config.maxObjectBytes,
};
const processor = new BatchProcessor(EventType.SQS);

async function handleRecord(record: SQSRecord): Promise<void> {
  let notification: unknown;
  try {
    notification = JSON.parse(record.body);
  } catch {
    logger.warn('Ignoring an SQS message that is not an S3 event notification', { messageId: record.messageId });
    return;
  }
  const lastAttempt = Number(record.attributes?.ApproximateReceiveCount ?? 1) >= config.maxReceiveCount;
  for (const event of objectEventsOf(notification, config.incomingPrefix)) {
    try {
      const outcome = await (lastAttempt ? ingestOnLastAttempt : ingestObjectEvent)(event, deps);
      logger.info('Object event applied', { key: event.key, kind: event.kind, sequencer: event.sequencer, ...outcome });
    } catch (error) {
      logger.error('Object event failed', { key: event.key, kind: event.kind, sequencer: event.sequencer, lastAttempt, error: (error as Error).message });
      throw error;
    }
  }
}

export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  // A batch where every record failed is reported record by record too, never as a thrown error.
  return processPartialResponse(event, handleRecord, processor, { context, throwOnFullBatchFailure: false });
}
