import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag.js';

export interface StorageProps {
  /** Key prefix whose object events feed the pipeline, e.g. "incoming/". */
  readonly incomingPrefix: string;
  readonly removalPolicy: RemovalPolicy;
  /** Seconds a received message stays invisible; at least 6× the ingest timeout. */
  readonly visibilityTimeout: Duration;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount: number;
  /** Log requests to the bucket into a separate log bucket. */
  readonly serverAccessLogs: boolean;
}

/**
 * The article bucket and the queue its `incoming/` events land in. S3 notifications go to SQS
 * (not straight to Lambda) so bursts are buffered, failures retried and poison messages parked
 * in a dead-letter queue.
 */
export class Storage extends Construct {
  readonly bucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly accessLogBucket?: Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const destroy = props.removalPolicy === RemovalPolicy.DESTROY;

    if (props.serverAccessLogs) {
      this.accessLogBucket = new Bucket(this, 'AccessLogs', {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        // Server access log delivery supports only S3-managed keys.
        encryption: BucketEncryption.S3_MANAGED,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        lifecycleRules: [{ expiration: Duration.days(365) }],
        removalPolicy: props.removalPolicy,
        autoDeleteObjects: destroy,
      });
      acknowledgeNag(
        this.accessLogBucket,
        'AwsSolutions-S1',
        'This is the access-log bucket itself; logging it into itself would loop.',
      );
    }

    this.bucket = new Bucket(this, 'Articles', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Versions are what articles point at, and what lets a stale event be told from a new one.
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: this.accessLogBucket ? 'articles/' : undefined,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: destroy,
    });
    if (!this.accessLogBucket) {
      acknowledgeNag(
        this.bucket,
        'AwsSolutions-S1',
        'Server access logging was turned off in the configuration (newsfacts:serverAccessLogs=false).',
      );
    }

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeNag(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is the dead-letter queue of the ingest queue; a DLQ of a DLQ would only hide messages further.',
    );

    this.queue = new Queue(this, 'IngestQueue', {
      // SSE-SQS: S3 can publish to it without a customer-managed KMS key policy.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });

    const destination = new SqsDestination(this.queue);
    const filter = { prefix: props.incomingPrefix };
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, destination, filter);
    this.bucket.addEventNotification(EventType.OBJECT_REMOVED, destination, filter);
    acknowledgeNotificationHandler(Stack.of(this));
  }
}

/** The AWS managed policy id as cdk-nag prints it in finding ids. */
export const LAMBDA_BASIC_EXECUTION_FINDING =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/**
 * CDK configures bucket notifications through its own singleton Lambda-backed custom resource
 * (CloudFormation cannot attach them without a circular dependency); its role is CDK's, not ours.
 */
function acknowledgeNotificationHandler(stack: Stack): void {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    acknowledgeNag(
      child,
      LAMBDA_BASIC_EXECUTION_FINDING,
      'CDK\'s built-in BucketNotificationsHandler custom resource only writes its own logs; its role is created by aws-cdk-lib and runs once per deployment.',
    );
  }
}
