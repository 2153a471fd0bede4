import { existsSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NER_MODEL_DIR } from '../../lib/paths.js';
import { NER_MODEL_MISSING_WARNING } from '../../lib/constructs/newsfacts-function.js';
import { DEFAULT_READ_CACHE } from '../../lib/constructs/api.js';
import { TABLE_KEY_DEFINITIONS } from '../../local/create-table.js';
import { readIngestConfig } from '../../lambdas/config/ingest-config.js';
import { readQueryConfig } from '../../lambdas/config/query-config.js';
import { SYNTH_TIMEOUT_MS, acknowledgements, actionsOf, logicalId, reportedViolations, roleStatements, synthesize, type Synthesized } from './synth.js';

// One synth of the stack as cdk.json configures it (defaults: iam auth, retained data).
let synth: Synthesized;
let ids: { bucket: string; logBucket: string; queue: string; dlq: string; table: string; ingestRole: string; queryRole: string };

beforeAll(() => {
  synth = synthesize();
  const { stack } = synth;
  ids = {
    bucket: logicalId(stack, stack.storage.bucket),
    logBucket: logicalId(stack, stack.storage.accessLogBucket!),
    queue: logicalId(stack, stack.storage.queue),
    dlq: logicalId(stack, stack.storage.deadLetterQueue),
    table: logicalId(stack, stack.store.table),
    ingestRole: logicalId(stack, stack.ingestion.function.role!),
    queryRole: logicalId(stack, stack.api.function.role!),
  };
}, SYNTH_TIMEOUT_MS);
afterAll(() => rmSync(synth.assembly.directory, { recursive: true, force: true }));

const getAtt = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

describe('cdk-nag AwsSolutions', () => {
  it('synthesizes with zero unacknowledged findings', () => {
    expect(reportedViolations(synth.assembly)).toEqual([]);
  });

  it('leaves no errors and no unexplained warnings in the annotations', () => {
    const messages = synth.assembly.getStackArtifact(synth.stack.artifactId).messages;
    expect(messages.filter((m) => m.level === 'error')).toEqual([]);
    const warnings = messages.filter((m) => m.level === 'warning').map((m) => String(m.entry.data));
    // The only warning we emit ourselves: the ingest bundle would lack the NER model.
    const expected = existsSync(NER_MODEL_DIR) ? [] : [expect.stringContaining(NER_MODEL_MISSING_WARNING)];
    expect(warnings).toEqual(expected);
  });

  it('gives every acknowledgement a written reason', () => {
    const acks = acknowledgements(synth.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions::AwsSolutions-[A-Z]+\d+/);
      expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('article bucket', () => {
  it('blocks public access, requires TLS, encrypts, versions and logs access', () => {
    synth.template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: ids.logBucket }, LogFilePrefix: 'articles/' },
      }),
    });
    const policies = synth.template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: ids.bucket } } });
    const statements = Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
    );
    // The bucket policy grants nobody anything; access comes only from the roles' policies.
    expect(statements.filter((s: { Effect: string }) => s.Effect === 'Allow')).toEqual([]);
  });

  it('sends created and removed events under incoming/ to the queue, and nothing else anywhere', () => {
    const notifications = Object.values(synth.template.findResources('Custom::S3BucketNotifications'));
    expect(notifications).toHaveLength(1);
    const config = notifications[0].Properties.NotificationConfiguration;
    expect(config.LambdaFunctionConfigurations).toBeUndefined();
    expect(config.TopicConfigurations).toBeUndefined();
    const queueConfigs = config.QueueConfigurations as { Events: string[]; Filter: unknown; QueueArn: unknown }[];
    expect(queueConfigs.flatMap((c) => c.Events).sort()).toEqual(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
    for (const c of queueConfigs) {
      expect(c.QueueArn).toEqual(getAtt(ids.queue));
      expect(c.Filter).toEqual({ Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } });
    }
  });
});

describe('queues', () => {
  it('encrypts both queues, requires TLS, and sizes the visibility timeout to 6x the ingest timeout', () => {
    const { config } = synth;
    synth.template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: config.ingestTimeoutSeconds * 6,
      RedrivePolicy: { deadLetterTargetArn: getAtt(ids.dlq), maxReceiveCount: config.maxReceiveCount },
    });
    synth.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    for (const queue of [ids.queue, ids.dlq]) {
      const policies = synth.template.findResources('AWS::SQS::QueuePolicy', { Properties: { Queues: [{ Ref: queue }] } });
      const statements = Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement);
      expect(statements, queue).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('lets only S3 events from this bucket publish to the ingest queue', () => {
    const policies = synth.template.findResources('AWS::SQS::QueuePolicy', { Properties: { Queues: [{ Ref: ids.queue }] } });
    const allows = Object.values(policies)
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((s: { Effect: string }) => s.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { ArnLike: { 'aws:SourceArn': getAtt(ids.bucket) } },
      }),
    ]);
  });
});

describe('table', () => {
  it('is one on-demand table with point-in-time recovery, the shared key schema, GSIs and TTL', () => {
    synth.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    synth.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        // The same keys and indexes local mode creates.
        ...TABLE_KEY_DEFINITIONS,
      }),
    });
  });
});

describe('functions', () => {
  it('run Node.js 22 on arm64 with tracing, their own log group and the environment the code reads', () => {
    const { config } = synth;
    const common = {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
    };
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      ...common,
      MemorySize: config.ingestMemoryMb,
      Timeout: config.ingestTimeoutSeconds,
      Role: getAtt(ids.ingestRole),
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('IngestFunctionLogGroup') } },
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'newsfacts-ingest',
          LOG_LEVEL: config.logLevel,
          // Like the query handler, it maps stack traces itself, on the first error.
          NODE_OPTIONS: Match.absent(),
          TABLE_NAME: { Ref: ids.table },
          INCOMING_PREFIX: 'incoming/',
          MAX_OBJECT_BYTES: String(config.maxObjectBytes),
          MAX_RECEIVE_COUNT: String(config.maxReceiveCount),
        },
      },
    });
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      ...common,
      MemorySize: config.queryMemoryMb,
      Timeout: config.queryTimeoutSeconds,
      Role: getAtt(ids.queryRole),
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('QueryFunctionLogGroup') } },
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'newsfacts-query',
          LOG_LEVEL: config.logLevel,
          // The handler maps stack traces itself, on the first error (lambdas/aws/lazy-source-maps.ts).
          NODE_OPTIONS: Match.absent(),
          TABLE_NAME: { Ref: ids.table },
          QUERY_CACHE_TTL_SECONDS: String(DEFAULT_READ_CACHE.ttlSeconds),
          QUERY_CACHE_MAX_ENTRIES: String(DEFAULT_READ_CACHE.maxEntries),
        },
      },
    });
  });

  it('get an environment the handlers\' own config readers accept, with the deployed values', () => {
    const environmentOf = (service: string): NodeJS.ProcessEnv => {
      const fn = Object.values(synth.template.findResources('AWS::Lambda::Function')).find(
        (resource) => resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === service,
      );
      // Tokens (the table's Ref) become a plausible deployed name.
      return Object.fromEntries(
        Object.entries(fn!.Properties.Environment.Variables as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : 'Newsfacts-StoreTable-1A2B3C']),
      );
    };
    expect(readIngestConfig(environmentOf('newsfacts-ingest'))).toEqual({
      tableName: 'Newsfacts-StoreTable-1A2B3C',
      incomingPrefix: 'incoming/',
      maxObjectBytes: synth.config.maxObjectBytes,
      maxReceiveCount: synth.config.maxReceiveCount,
    });
    expect(readQueryConfig(environmentOf('newsfacts-query'))).toEqual({
      tableName: 'Newsfacts-StoreTable-1A2B3C',
      cache: { ttlSeconds: DEFAULT_READ_CACHE.ttlSeconds, maxEntries: DEFAULT_READ_CACHE.maxEntries },
    });
  });

  it('keep logs for the configured retention and remove them with the stack', () => {
    const groups = Object.values(synth.template.findResources('AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(3); // two functions + API access logs
    for (const group of groups) {
      expect(group.Properties.RetentionInDays).toBe(synth.config.logRetentionDays);
      expect(group.DeletionPolicy).toBe('Delete');
    }
  });

  it('consume the queue with partial batch responses, the configured batch size and concurrency cap', () => {
    synth.template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(ids.queue),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: synth.config.ingestBatchSize,
      ScalingConfig: { MaximumConcurrency: synth.config.ingestMaxConcurrency },
    });
  });
});

describe('least privilege', () => {
  const S3_WRITE = /^s3:(Put|Delete|Abort|Restore|Replicate|Create|Update|\*)/;
  const DDB_WRITE = /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|\*)/;

  it('ingest role reads only object versions under incoming/ and cannot write to the bucket', () => {
    const statements = roleStatements(synth.template, ids.ingestRole);
    const s3 = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('s3:')));
    expect(s3).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: { 'Fn::Join': ['', [getAtt(ids.bucket), '/incoming/*']] },
      }),
    ]);
    expect(actionsOf(statements).filter((a) => S3_WRITE.test(a))).toEqual([]);
  });

  it('ingest role writes the table, consumes the queue and sends nothing', () => {
    const statements = roleStatements(synth.template, ids.ingestRole);
    const ddb = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:') && a !== 'dynamodb:PartiQLSelect'));
    // ConditionCheckItem: the guarded commit of a story rejoined after a race (TransactWriteItems).
    expect(actionsOf(ddb)).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem']));
    for (const s of ddb) {
      expect(s.Resource).toEqual([getAtt(ids.table), { 'Fn::Join': ['', [getAtt(ids.table), '/index/*']] }]);
    }
    const sqs = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('sqs:')));
    expect(actionsOf(sqs).sort()).toEqual(['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage']);
    for (const s of sqs) expect(s.Resource).toEqual(getAtt(ids.queue));
  });

  it('both roles may read band keys by PartiQL SELECT on the table, and are denied a SELECT that scans it', () => {
    for (const role of [ids.ingestRole, ids.queryRole]) {
      const partiql = roleStatements(synth.template, role).filter((s) => actionsOf([s]).includes('dynamodb:PartiQLSelect'));
      expect(partiql).toEqual([
        expect.objectContaining({ Effect: 'Allow', Action: 'dynamodb:PartiQLSelect', Resource: getAtt(ids.table) }),
        expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:PartiQLSelect', Resource: getAtt(ids.table), Condition: { Bool: { 'dynamodb:FullTableScan': 'true' } } }),
      ]);
    }
  });

  it('query role only reads the table: no writes, no S3, no queues', () => {
    const actions = actionsOf(roleStatements(synth.template, ids.queryRole));
    expect(actions.filter((a) => a.startsWith('dynamodb:')).length).toBeGreaterThan(0);
    expect(actions.filter((a) => DDB_WRITE.test(a))).toEqual([]);
    expect(actions.filter((a) => a.startsWith('s3:') || a.startsWith('sqs:'))).toEqual([]);
    expect(actions.every((a) => /^(dynamodb|logs|xray):/.test(a))).toBe(true);
  });

  it('function roles carry no managed policies and write logs only to their own log group', () => {
    for (const role of [ids.ingestRole, ids.queryRole]) {
      const resource = synth.template.toJSON().Resources[role];
      expect(resource.Properties.ManagedPolicyArns).toBeUndefined();
      const logs = roleStatements(synth.template, role).filter((s) => actionsOf([s]).some((a) => a.startsWith('logs:')));
      expect(logs).toHaveLength(1);
      expect(logs[0].Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/FunctionLogGroup/), 'Arn'] });
    }
  });

  it('no policy in the stack uses wildcard actions, and only X-Ray and CDK\'s notification handler use Resource "*"', () => {
    const policies = synth.template.findResources('AWS::IAM::Policy');
    for (const [id, policy] of Object.entries(policies)) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions: string[] = [statement.Action].flat();
        expect(actions.filter((a) => a === '*' || a.endsWith(':*')), id).toEqual([]);
        if (statement.Resource === '*') {
          expect(actions.every((a) => a.startsWith('xray:') || a === 's3:PutBucketNotification'), `${id}: ${actions}`).toBe(true);
        }
      }
    }
  });

  it('makes recursive invocation impossible: no role in the stack may put objects into the bucket', () => {
    const policies = synth.template.findResources('AWS::IAM::Policy');
    const objectWrites = Object.values(policies)
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .flatMap((s: { Action: string | string[] }) => [s.Action].flat())
      .filter((a: string) => /^s3:(PutObject|CopyObject|RestoreObject|\*)/.test(a));
    expect(objectWrites).toEqual([]);
  });
});

describe('API', () => {
  it('proxies every route to the query function behind IAM auth by default', () => {
    synth.template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default', AuthorizationType: 'AWS_IAM' });
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    synth.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
  });

  it('sends no CORS headers unless origins are configured', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('throttles and logs access on the $default stage', () => {
    const stages = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stages).toHaveLength(1);
    const stage = stages[0].Properties;
    expect(stage.StageName).toBe('$default');
    expect(stage.AutoDeploy).toBe(true);
    expect(stage.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: synth.config.apiThrottleRateLimit,
      ThrottlingBurstLimit: synth.config.apiThrottleBurstLimit,
    });
    expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/AccessLogs/), 'Arn'] });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });
});

describe('observability', () => {
  it('alarms when anything reaches the dead-letter queue', () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ids.dlq, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('alarms on errors and throttles of both functions, and on API 5xx', () => {
    for (const metric of ['Errors', 'Throttles']) {
      expect(Object.keys(synth.template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Namespace: 'AWS/Lambda', MetricName: metric, Threshold: 0 },
      }))).toHaveLength(2);
    }
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
  });

  it('alarms when more than 20% of at least ten files in 15 minutes were rejected, from the ingest function’s own metrics', () => {
    const [alarm] = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm', { Properties: { Threshold: 20 } }));
    expect(alarm, 'rejection-rate alarm').toBeDefined();
    const queries = alarm.Properties.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions: unknown[] }; Period: number; Stat: string } }[];
    expect(queries.find((q) => q.Expression)?.Expression).toBe('IF(processed + rejected >= 10, 100 * rejected / (processed + rejected), 0)');
    const stats = Object.fromEntries(queries.filter((q) => q.MetricStat).map((q) => [q.Id, q.MetricStat!]));
    for (const [id, name] of [['processed', 'FilesProcessed'], ['rejected', 'FilesRejected']]) {
      expect(stats[id]).toEqual({ Metric: { Namespace: 'Newsfacts', MetricName: name, Dimensions: [{ Name: 'service', Value: 'newsfacts-ingest' }] }, Period: 900, Stat: 'Sum' });
    }
  });

  it('puts the pipeline metrics on the dashboard: files, rejections by code, lag and extraction time, requests by route and status', () => {
    const [dashboard] = Object.values(synth.template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of ['FilesProcessed', 'FilesRejected', 'ArticlesProcessed', 'IngestLagSeconds', 'ExtractionMilliseconds']) expect(body).toContain(name);
    expect(body).toContain("SEARCH('{Newsfacts,service,code} MetricName=");
    expect(body).toContain("SEARCH('{Newsfacts,service,route,status} MetricName=");
  });

  it('creates no topic and no alarm actions when no alarm email is configured', () => {
    synth.template.resourceCountIs('AWS::SNS::Topic', 0);
    for (const alarm of Object.values(synth.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toBeUndefined();
    }
  });
});

describe('outputs', () => {
  it('exposes the names users and scripts rely on', () => {
    const outputs = synth.template.toJSON().Outputs;
    expect(Object.keys(outputs).sort()).toEqual(['ApiUrl', 'BucketName', 'DeadLetterQueueArn', 'DeadLetterQueueUrl', 'QueueUrl', 'TableName']);
    expect(outputs.DeadLetterQueueArn.Value).toEqual(getAtt(ids.dlq));
    expect(outputs.BucketName.Value).toEqual({ Ref: ids.bucket });
    expect(outputs.TableName.Value).toEqual({ Ref: ids.table });
    expect(outputs.QueueUrl.Value).toEqual({ Ref: ids.queue });
    expect(outputs.DeadLetterQueueUrl.Value).toEqual({ Ref: ids.dlq });
    expect(JSON.stringify(outputs.ApiUrl.Value)).toContain('execute-api');
  });
});
