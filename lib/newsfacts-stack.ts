import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { explorerEnabled, explorerSignIn, type NewsfactsConfig } from './config.js';
import { Api, type ApiAuthorization } from './constructs/api.js';
import { Explorer } from './constructs/explorer.js';
import { Ingestion } from './constructs/ingestion.js';
import { Observability } from './constructs/observability.js';
import { Storage } from './constructs/storage.js';
import { Store } from './constructs/store.js';

/** The key prefix that feeds the pipeline (docs/CONTRACTS.md, local mode); nothing in the stack writes under it. */
export const INCOMING_PREFIX = 'incoming/';

/** AWS's guidance for SQS event sources: visibility timeout at least six times the function timeout, plus the batching window. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

export interface NewsfactsStackProps extends StackProps {
  readonly config: NewsfactsConfig;
}

export class NewsfactsStack extends Stack {
  readonly storage: Storage;
  readonly store: Store;
  readonly ingestion: Ingestion;
  readonly api: Api;
  readonly observability: Observability;
  readonly explorer?: Explorer;

  constructor(scope: Construct, id: string, props: NewsfactsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const logRetention = config.logRetentionDays as RetentionDays;
    const ingestTimeout = Duration.seconds(config.ingestTimeoutSeconds);

    this.storage = new Storage(this, 'Storage', {
      incomingPrefix: INCOMING_PREFIX,
      removalPolicy,
      visibilityTimeout: Duration.seconds(config.ingestTimeoutSeconds * VISIBILITY_TIMEOUT_FACTOR + config.ingestMaxBatchingWindowSeconds),
      maxReceiveCount: config.maxReceiveCount,
      serverAccessLogs: config.serverAccessLogs,
    });
    this.store = new Store(this, 'Store', { removalPolicy });

    this.ingestion = new Ingestion(this, 'Ingestion', {
      bucket: this.storage.bucket,
      incomingPrefix: INCOMING_PREFIX,
      queue: this.storage.queue,
      table: this.store.table,
      memorySize: config.ingestMemoryMb,
      timeout: ingestTimeout,
      batchSize: config.ingestBatchSize,
      maxBatchingWindowSeconds: config.ingestMaxBatchingWindowSeconds,
      maxConcurrency: config.ingestMaxConcurrency,
      maxObjectBytes: config.maxObjectBytes,
      maxReceiveCount: config.maxReceiveCount,
      logRetention,
      logLevel: config.logLevel,
    });

    this.api = new Api(this, 'Api', {
      table: this.store.table,
      authorization: apiAuthorization(config),
      throttle: { rateLimit: config.apiThrottleRateLimit, burstLimit: config.apiThrottleBurstLimit },
      corsAllowOrigins: config.corsAllowOrigins,
      memorySize: config.queryMemoryMb,
      timeout: Duration.seconds(config.queryTimeoutSeconds),
      logRetention,
      logLevel: config.logLevel,
    });

    this.observability = new Observability(this, 'Observability', {
      queue: this.storage.queue,
      deadLetterQueue: this.storage.deadLetterQueue,
      ingestFunction: this.ingestion.function,
      queryFunction: this.api.function,
      apiStage: this.api.stage,
      // A message that waited through a few full retry cycles means ingestion is falling behind.
      maxQueueAgeSeconds: Math.max(900, config.ingestTimeoutSeconds * VISIBILITY_TIMEOUT_FACTOR * 2),
      alarmEmail: config.alarmEmail,
      rejectionAlarmPercent: config.rejectionAlarmPercent,
      dashboard: config.dashboard,
    });

    if (explorerEnabled(config)) {
      this.explorer = new Explorer(this, 'Explorer', { httpApi: this.api.httpApi, removalPolicy, logRetention, signIn: explorerSignIn(config) });
      new CfnOutput(this, 'ExplorerUrl', { value: this.explorer.url, description: 'The explorer and, on the same origin, the query API and its docs (/docs)' });
    }

    new CfnOutput(this, 'BucketName', {
      value: this.storage.bucket.bucketName,
      description: `Upload articles under s3://<bucket>/${INCOMING_PREFIX}`,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: `Query API (auth: ${config.apiAuth})` });
    new CfnOutput(this, 'TableName', { value: this.store.table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: this.storage.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: this.storage.deadLetterQueue.queueUrl,
      description: 'Messages that failed ingestion maxReceiveCount times',
    });
    new CfnOutput(this, 'DeadLetterQueueArn', {
      value: this.storage.deadLetterQueue.queueArn,
      description: 'Source ARN for `aws sqs start-message-move-task` (redrive after a fix)',
    });
  }
}

function apiAuthorization(config: NewsfactsConfig): ApiAuthorization {
  if (config.apiAuth !== 'jwt') return { mode: config.apiAuth };
  // parseConfig guarantees both when apiAuth is "jwt".
  return { mode: 'jwt', issuer: config.jwtIssuer!, audience: config.jwtAudience! };
}
