// `npm run replay -- [--prefix incoming/] [--since ISO] [--limit N] [--dry-run] [--concurrency N] [--refresh]`
//   local mode (npm start running): lists the local bucket and runs the ingest use case directly.
// `npm run replay -- --bucket NAME --queue-url URL [--region R] [--profile P] [...]`
//   a deployed stack: lists the bucket and sends one synthetic S3 event notification per object
//   to the ingest queue, exactly as S3 would, so the ingest function does the work.
// A replay fills in objects the table has never seen (an archive copied in before the
// notification existed, events lost to an outage); objects already ingested are left as they are.
// With --refresh every object is processed again with the code deployed now (after an upgrade:
// a new model, near-duplicate signatures for articles stored before them); a live event still wins.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { ingestObjectEvent, type IngestOutcome } from '../lambdas/ingest/ingest-object.js';
import { objectEventsOf } from '../lambdas/aws/s3-notification.js';
import { S3ObjectReader } from '../lambdas/aws/s3-object-reader.js';
import { DEFAULT_MAX_BYTES } from '../lambdas/normalize/article.js';
import { createDynamoDbArticleStore } from '../lambdas/store/dynamodb/dynamodb-article-store.js';
import { localDynamoDbClient, localS3Client } from '../local/clients.js';
import { INCOMING_PREFIX, LOCAL_BUCKET, LOCAL_HOST, LOCAL_REGION, LOCAL_TABLE, readLocalModeConfig } from '../local/local-config.js';
import { mapConcurrent } from '../lambdas/store/map-concurrent.js';
import { listReplayable, replayRecord, sendInBatches, toEntries, type ListedObject, type ListPage } from '../lambdas/replay/replay-plan.js';
import { parseCliArgs, positiveInteger } from './cli/cli-args.js';
import { Progress } from './cli/progress.js';
import { byCode } from './cli/rejection-codes.js';

const USAGE = `Usage:
  npm run replay -- [--prefix P] [--since ISO-DATE] [--limit N] [--concurrency N] [--dry-run] [--refresh]
      Local mode (npm start must be running): ingest every object under P (default ${INCOMING_PREFIX}) of bucket ${LOCAL_BUCKET}.
  npm run replay -- --bucket NAME --queue-url URL [--region R] [--profile P] [--prefix P] [--since ISO-DATE] [--limit N] [--dry-run] [--refresh]
      A deployed stack: send one S3 ObjectCreated notification per object to the ingest queue.
  Objects the table already holds are left alone (the replayed event is older than any real one),
  unless --refresh: then each is processed again with the code running now (after an upgrade),
  under the sequencer after its applied event's, so an upload arriving meanwhile still wins.`;

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseCliArgs(USAGE, {
    options: {
      bucket: { type: 'string' }, 'queue-url': { type: 'string' }, region: { type: 'string' }, profile: { type: 'string' },
      prefix: { type: 'string' }, since: { type: 'string' }, limit: { type: 'string' }, concurrency: { type: 'string' },
      'dry-run': { type: 'boolean' }, refresh: { type: 'boolean' },
    },
  });
  if (Boolean(values.bucket) !== Boolean(values['queue-url'])) {
    console.error('Give both --bucket and --queue-url for a deployed stack, or neither for local mode.');
    return 2;
  }
  const since = values.since ? new Date(values.since) : undefined;
  if (since && Number.isNaN(since.getTime())) {
    console.error(`--since must be an ISO date or time, not "${values.since}".`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : positiveInteger(values.limit, '--limit', 1);
  const concurrency = positiveInteger(values.concurrency, '--concurrency', 4);
  const prefix = values.prefix ?? INCOMING_PREFIX;
  if (!values.bucket && !prefix.startsWith(INCOMING_PREFIX)) {
    console.error(`--prefix must lie under ${INCOMING_PREFIX}: local mode only ingests objects there.`);
    return 2;
  }

  const deployed = Boolean(values.bucket);
  if (values.profile) process.env.AWS_PROFILE = values.profile;
  const region = values.region ?? process.env.AWS_REGION ?? (deployed ? undefined : LOCAL_REGION);
  const { s3Port, ddbPort } = readLocalModeConfig();
  const s3 = deployed ? new S3Client({ region }) : localS3Client(`http://${LOCAL_HOST}:${s3Port}`);
  const bucket = values.bucket ?? LOCAL_BUCKET;

  const listPage = async (token: string | undefined): Promise<ListPage> => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    return {
      objects: (out.Contents ?? []).map((o) => ({ key: o.Key!, size: o.Size ?? 0, eTag: o.ETag, lastModified: o.LastModified })),
      nextToken: out.IsTruncated ? out.NextContinuationToken : undefined,
    };
  };
  const objects: ListedObject[] = [];
  for await (const object of listReplayable(listPage, { prefix, since, limit })) objects.push(object);
  console.log(`${objects.length} object(s) under s3://${bucket}/${prefix}${since ? ` modified since ${since.toISOString()}` : ''}.`);
  if (values['dry-run'] || objects.length === 0) return 0;

  const records = objects.map((object) => replayRecord(bucket, object, region ?? 'us-east-1', new Date(), { refresh: values.refresh === true }));
  if (deployed) {
    const sqs = new SQSClient({ region });
    const queueUrl = values['queue-url']!;
    const progress = new Progress(records.length, 'sent');
    const report = await sendInBatches(toEntries(records), async (entries) => {
      const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries.map(({ Id, MessageBody }) => ({ Id, MessageBody })) }));
      for (const _ of entries) progress.tick();
      return { failedIds: (out.Failed ?? []).map((f) => f.Id!) };
    });
    console.log(`Sent ${report.sent} notification(s) to ${queueUrl}; the ingest function processes them as uploads.`);
    if (report.failedKeys.length) console.error(`Could not send ${report.failedKeys.length}: ${report.failedKeys.slice(0, 5).join(', ')}${report.failedKeys.length > 5 ? ', …' : ''}`);
    return report.failedKeys.length ? 1 : 0;
  }

  // Local mode has no queue: run the ingest use case here, against the same table and bucket.
  const store = createDynamoDbArticleStore({ client: localDynamoDbClient(`http://${LOCAL_HOST}:${ddbPort}`) as DynamoDBClient, tableName: LOCAL_TABLE });
  const deps = { store, objects: new S3ObjectReader(s3), maxObjectBytes: DEFAULT_MAX_BYTES };
  const outcomes: IngestOutcome[] = [];
  let errors = 0;
  const progress = new Progress(records.length, 'replayed');
  await mapConcurrent(records, concurrency, async (record) => {
    // The same prefix filter as the deployed function (INCOMING_PREFIX), so a replay ingests what an upload would.
    for (const event of objectEventsOf({ Records: [record] }, INCOMING_PREFIX)) {
      try {
        outcomes.push(await ingestObjectEvent(event, deps));
      } catch (error) {
        errors++;
        console.error(`${event.key}: ${(error as Error).message}`);
      }
    }
    progress.tick();
  });
  console.log(`Replayed ${records.length} object(s): ${replaySummary(outcomes)}${errors ? `, ${errors} failed` : ''}.`);
  return errors ? 1 : 0;
}

/** `298 processed, 2 rejected (EMPTY_FILE 2), 40 already in the table`. */
function replaySummary(outcomes: IngestOutcome[]): string {
  const count = (...statuses: IngestOutcome['status'][]) => outcomes.filter((o) => statuses.includes(o.status)).length;
  const codes = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.code] : []));
  const parts = [`${count('processed')} processed`, `${count('rejected')} rejected${byCode(codes)}`, `${count('stale', 'duplicate')} already in the table`];
  if (count('deleted')) parts.push(`${count('deleted')} deleted`);
  return parts.join(', ');
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`Replay failed: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
setTimeout(() => process.exit(), 200).unref();
