// `npm run redrive -- [--dlq-arn ARN | --outputs cdk-outputs.json] [--max-per-second N]`   (AWS)
// `npm run redrive -- --local [--prefix incoming/…] [--dry-run]`                          (local mode)
// Replays ingest events that failed for good, after a fix. On AWS: an SQS message move task from
// the dead-letter queue back to the ingest queue. In local mode (no queue): every article recorded
// as rejected with PROCESSING_FAILED is ingested again through the real handler, with its original
// S3 sequencer (the store processes a redelivery of a failed event again).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SQSClient, StartMessageMoveTaskCommand, type StartMessageMoveTaskCommandInput } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { ArticleReader, ArticleWriter } from '../lambdas/store/article-store.js';
import { s3EventRecordOf } from '../lambdas/aws/s3-notification.js';
import { toSqsEvent, toSqsMessage } from '../local/s3-notifications.js';
import { parseCliArgs } from './cli/cli-args.js';

// ------------------------------------------------------------------------------------------- AWS

/** The region of an SQS queue ARN (arn:aws:sqs:<region>:<account>:<name>), or null when it is not one. */
export function regionOfQueueArn(arn: string): string | null {
  return /^arn:aws[a-z-]*:sqs:([a-z0-9-]+):\d{12}:[\w-]+(\.fifo)?$/.exec(arn)?.[1] ?? null;
}

/** The DeadLetterQueueArn output of the one stack in a `cdk deploy --outputs-file` JSON. */
export function dlqArnFromOutputs(json: string): string {
  const outputs = JSON.parse(json) as Record<string, Record<string, string>>;
  const arns = Object.values(outputs).map((stack) => stack?.DeadLetterQueueArn).filter((v): v is string => typeof v === 'string');
  if (arns.length !== 1) throw new Error(`Expected one stack with a DeadLetterQueueArn output, found ${arns.length}.`);
  return arns[0];
}

/**
 * The move task that sends every message of the dead-letter queue back to the queue it came from
 * (no DestinationArn: SQS returns each message to its original source queue).
 */
export function moveTaskRequest(dlqArn: string, maxPerSecond?: number): StartMessageMoveTaskCommandInput {
  if (!regionOfQueueArn(dlqArn)) throw new Error(`"${dlqArn}" is not an SQS queue ARN.`);
  if (maxPerSecond !== undefined && (!Number.isInteger(maxPerSecond) || maxPerSecond < 1 || maxPerSecond > 500)) {
    throw new Error('--max-per-second must be an integer from 1 to 500.');
  }
  return { SourceArn: dlqArn, ...(maxPerSecond ? { MaxNumberOfMessagesPerSecond: maxPerSecond } : {}) };
}

export async function startAwsRedrive(sqs: Pick<SQSClient, 'send'>, request: StartMessageMoveTaskCommandInput): Promise<string> {
  const out = await sqs.send(new StartMessageMoveTaskCommand(request));
  return out.TaskHandle ?? '';
}

// ------------------------------------------------------------------------------------ local mode

export interface LocalRedriveReport {
  /** Keys of the files found rejected with PROCESSING_FAILED. */
  found: string[];
  /** Keys now stored as processed or with another outcome of a real run. */
  redriven: string[];
  /** Keys whose event failed again (still PROCESSING_FAILED). */
  stillFailing: string[];
}

type SqsHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/**
 * Finds every file recorded as PROCESSING_FAILED (optionally under a key prefix) and hands the
 * ingest handler the S3 event that failed, rebuilt with its original sequencer, as a queue
 * redelivery would.
 */
export async function redriveLocal(options: {
  store: ArticleReader & Pick<ArticleWriter, 'objectState'>;
  handler: SqsHandler;
  prefix?: string;
  dryRun?: boolean;
  region?: string;
}): Promise<LocalRedriveReport> {
  const failed: { key: string; bucket: string; versionId: string | null }[] = [];
  let cursor: string | undefined;
  do {
    const page = await options.store.listArticles({ status: 'rejected' }, { limit: 100, cursor });
    for (const summary of page.items) {
      if (summary.error?.code !== 'PROCESSING_FAILED' || !summary.key.startsWith(options.prefix ?? '')) continue;
      const detail = await options.store.getArticle(summary.articleId);
      if (detail) failed.push({ key: detail.key, bucket: detail.bucket, versionId: detail.versionId });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const report: LocalRedriveReport = { found: failed.map((f) => f.key), redriven: [], stillFailing: [] };
  if (options.dryRun) return report;
  const region = options.region ?? 'us-east-1';
  for (const file of failed) {
    const { applied } = await options.store.objectState(file.key);
    if (!applied?.failed) continue; // a newer event replaced it meanwhile
    const record = s3EventRecordOf({
      eventName: 'ObjectCreated:Put', bucket: file.bucket, key: file.key, versionId: file.versionId, sequencer: applied.sequencer,
      region, eventTime: new Date().toISOString(), origin: 'newsfacts-redrive',
    });
    const message = toSqsMessage([record]);
    const response = await options.handler(toSqsEvent([message], 1, region, 'newsfacts-redrive'));
    const stillFailed = response?.batchItemFailures?.some((f) => f.itemIdentifier === message.messageId) || (await options.store.objectState(file.key)).applied?.failed;
    (stillFailed ? report.stillFailing : report.redriven).push(file.key);
  }
  return report;
}

// ---------------------------------------------------------------------------------------- CLI

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const usage = `Usage:
  npm run redrive -- [--dlq-arn ARN | --outputs cdk-outputs.json] [--max-per-second N] [--dry-run]
      A deployed stack: moves the dead-letter queue's messages back to the ingest queue (an SQS move
      task); the queue's ARN comes from --dlq-arn or from the DeadLetterQueueArn output that
      \`cdk deploy --outputs-file cdk-outputs.json\` saved.
  npm run redrive -- --local [--prefix incoming/…] [--dry-run]
      Local mode (npm start running): ingests again every file recorded as PROCESSING_FAILED.
  --dry-run  say what would be redriven, change nothing`;
  const { values } = parseCliArgs(usage, {
    options: {
      'dlq-arn': { type: 'string' },
      outputs: { type: 'string' },
      'max-per-second': { type: 'string' },
      local: { type: 'boolean' },
      prefix: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const outputsFile = resolve(cwd, values.outputs ?? 'cdk-outputs.json');
  const dlqArn = values['dlq-arn'] ?? (!values.local && existsSync(outputsFile) ? dlqArnFromOutputs(readFileSync(outputsFile, 'utf8')) : undefined);

  if (dlqArn && !values.local) {
    const request = moveTaskRequest(dlqArn, values['max-per-second'] ? Number(values['max-per-second']) : undefined);
    if (values['dry-run']) {
      console.log(JSON.stringify({ StartMessageMoveTask: request }, null, 2));
      return;
    }
    const sqs = new SQSClient({ region: regionOfQueueArn(dlqArn)! });
    const handle = await startAwsRedrive(sqs, request);
    console.log(`Started moving the messages of ${dlqArn} back to the ingest queue (task ${handle}).`);
    console.log('Follow it with: aws sqs list-message-move-tasks --source-arn ' + dlqArn);
    return;
  }

  // Local mode: the same endpoints and names `npm start` uses (local/local-config.ts), and the
  // ingest handler built as local mode builds it.
  const { readLocalModeConfig, LOCAL_HOST, LOCAL_TABLE, INCOMING_PREFIX, LOCAL_REGION } = await import('../local/local-config.js');
  const { localDynamoDbClient, localS3Client } = await import('../local/clients.js');
  const { createDynamoDbArticleStore } = await import('../lambdas/store/dynamodb/dynamodb-article-store.js');
  const { readIngestConfig } = await import('../lambdas/config/ingest-config.js');
  const { createIngestHandler, ingestHandlerDeps } = await import('../lambdas/handlers/ingest-handler.js');
  const config = readLocalModeConfig();
  const dynamoDbEndpoint = `http://${LOCAL_HOST}:${config.ddbPort}`;
  const dynamoDb = localDynamoDbClient(dynamoDbEndpoint);
  const s3 = localS3Client(`http://${LOCAL_HOST}:${config.s3Port}`);
  const store = createDynamoDbArticleStore({ client: dynamoDb, tableName: LOCAL_TABLE });
  try {
    await store.listArticles({}, { limit: 1 });
  } catch {
    console.error(`Local mode is not running (no DynamoDB at ${dynamoDbEndpoint}); start it with \`npm start\`, or pass --dlq-arn for a deployed stack.`);
    process.exit(1);
  }
  const ingestConfig = readIngestConfig({ ...process.env, TABLE_NAME: LOCAL_TABLE, INCOMING_PREFIX });
  const handler = createIngestHandler(ingestHandlerDeps(ingestConfig, { dynamoDb, s3 }));
  const report = await redriveLocal({ store, handler, prefix: values.prefix, dryRun: values['dry-run'], region: LOCAL_REGION });
  dynamoDb.destroy();
  s3.destroy();
  console.log(`${report.found.length} file(s) recorded as PROCESSING_FAILED${values['dry-run'] ? ' (dry run: nothing replayed)' : `: ${report.redriven.length} replayed, ${report.stillFailing.length} failed again`}.`);
  for (const key of report.stillFailing) console.log(`  still failing: ${key}`);
  if (report.stillFailing.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`redrive failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
