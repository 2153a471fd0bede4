// A burst of uploads through local mode: S3 API (s3rver) → local ingest dispatcher → ingest
// handler → DynamoDB Local. Every file must end processed and readable; the wall time is measured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { localDynamoDbClient, localS3Client } from '../../local/clients.js';
import type { DispatchOutcome } from '../../local/ingest-dispatcher.js';
import { startLocalMode } from '../../local/local-mode.js';
import { findFreePort } from '../../local/services/ports.js';
import { seededRandom } from './seeded-random.js';
import { newsStory } from './stories.js';

export interface BurstReport {
  files: number;
  /** From the first PUT to the last upload acknowledged. */
  uploadMs: number;
  /** From the first PUT until every file was ingested. */
  totalMs: number;
  filesPerSecond: number;
  processed: number;
  /** Files with no processed article readable through the store. */
  lost: number;
  /** Files whose object record or article appeared more than once (should be impossible). */
  duplicated: number;
  retriedMessages: number;
  failedMessages: number;
}

export async function runBurst(options: { files: number; seed: number; timeoutMs?: number }): Promise<BurstReport> {
  // One log line per file would drown the report; warnings and errors still show.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const dataDir = mkdtempSync(join(tmpdir(), 'newsfacts-burst-'));
  const [apiPort, s3Port, ddbPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
  const local = await startLocalMode({ apiPort, s3Port, ddbPort, dataDir, log: () => undefined });
  const s3 = localS3Client(local.s3Endpoint);
  const ddb = localDynamoDbClient(local.dynamoDbEndpoint);
  try {
    const outcomes: DispatchOutcome[] = [];
    let allDone: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (allDone = resolve));
    local.dispatcher.onOutcome((outcome) => {
      outcomes.push(outcome);
      if (outcomes.length >= options.files) allDone();
    });
    const rng = seededRandom(options.seed);
    const keys = Array.from({ length: options.files }, (_, i) => `incoming/burst/${i}-${rng.int(0, 1e9)}.txt`);
    const bodies = keys.map((_, i) => newsStory(rng, `burst ${i}`));

    const started = Date.now();
    await Promise.all(keys.map((key, i) => s3.send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: bodies[i] }))));
    const uploadMs = Date.now() - started;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, options.timeoutMs ?? 240_000)))]);
    clearTimeout(timer);
    await local.dispatcher.idle();
    const totalMs = Date.now() - started;

    const store = createDynamoDbArticleStore({ client: ddb, tableName: local.tableName });
    let processed = 0;
    let lost = 0;
    for (const key of keys) {
      const article = await store.getArticle(articleIdForKey(key));
      if (article?.status === 'processed' && article.key === key) processed++;
      else lost++;
    }
    const perKey = new Map<string, number>();
    for (const o of outcomes) perKey.set(o.key, (perKey.get(o.key) ?? 0) + 1);
    const duplicated = [...perKey.values()].filter((n) => n > 1).length;
    return {
      files: options.files, uploadMs, totalMs, filesPerSecond: options.files / (totalMs / 1000), processed, lost, duplicated,
      retriedMessages: outcomes.filter((o) => o.attempts > 1).length, failedMessages: outcomes.filter((o) => !o.ok).length,
    };
  } finally {
    s3.destroy();
    ddb.destroy();
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

