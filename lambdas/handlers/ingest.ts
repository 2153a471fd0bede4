// Placeholder: the ingest adapter is being written (SQS batch of S3 events -> ingest use case).
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
export async function handler(_event: SQSEvent): Promise<SQSBatchResponse> {
  return { batchItemFailures: [] };
}
