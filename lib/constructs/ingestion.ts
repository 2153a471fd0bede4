import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../lambdas/aws/metric-names.js';
import { NewsfactsFunction } from './newsfacts-function.js';

export interface IngestionProps {
  readonly bucket: IBucket;
  readonly incomingPrefix: string;
  readonly queue: IQueue;
  readonly table: ITable;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly batchSize: number;
  /** Seconds to wait for a fuller batch; 0 for none. */
  readonly maxBatchingWindowSeconds: number;
  readonly maxConcurrency: number;
  readonly maxObjectBytes: number;
  /** The queue's maxReceiveCount: the handler records a file as rejected on its last receive. */
  readonly maxReceiveCount: number;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
}

/**
 * The ingest function fed by the queue. It reports failed records individually
 * (ReportBatchItemFailures) so one bad file never makes the whole batch retry.
 */
export class Ingestion extends Construct {
  readonly function: NewsfactsFunction;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    this.function = new NewsfactsFunction(this, 'IngestFunction', {
      entry: 'lambdas/handlers/ingest.ts',
      serviceName: SERVICE_NAMES.ingest,
      description: 'newsfacts: normalizes and extracts articles uploaded under the incoming prefix',
      memorySize: props.memorySize,
      timeout: props.timeout,
      logRetention: props.logRetention,
      logLevel: props.logLevel,
      includeNerModel: true,
      // Node would parse the bundle's source map at every cold start; the handler reads it on the first error.
      sourceMaps: 'lazy',
    })
      .bindTable(props.table, 'readWrite')
      .bindIncomingObjects(props.bucket, props.incomingPrefix);
    this.function.addEnvironment('MAX_OBJECT_BYTES', String(props.maxObjectBytes));
    this.function.addEnvironment('MAX_RECEIVE_COUNT', String(props.maxReceiveCount));

    this.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: props.batchSize,
        maxBatchingWindow: props.maxBatchingWindowSeconds > 0 ? Duration.seconds(props.maxBatchingWindowSeconds) : undefined,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency,
      }),
    );
  }
}
