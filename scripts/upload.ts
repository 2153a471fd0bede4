// `npm run upload -- PATH... [--key-prefix P] [--concurrency N] [--wait] [--bucket NAME ...]`
// Puts files, and the files of folders, under incoming/ of the local mode bucket (default) or of a
// deployed stack's bucket; prints each key with its article id and, with --wait, what became of it.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { articleIdForKey } from '../lambdas/store/ids.js';
import { mapConcurrent } from '../lambdas/store/map-concurrent.js';
import { localS3Client } from '../local/clients.js';
import { INCOMING_PREFIX, LOCAL_BUCKET, LOCAL_HOST, readLocalModeConfig } from '../local/local-config.js';
import { apiClient, defaultApiUrl } from './cli/api-client.js';
import { exitWithUsageError, parseCliArgs, positiveInteger } from './cli/cli-args.js';
import { Progress } from './cli/progress.js';
import { collectUploads, type PlannedUpload } from './upload/collect-uploads.js';
import { summaryLine, waitForIngest, type IngestResult, type UploadedFile } from './upload/wait-for-ingest.js';

const USAGE = `Usage: npm run upload -- PATH... [options]
  Uploads files, and every file under folders (recursively; hidden files skipped), to incoming/.
  A file becomes incoming/[PREFIX/]<its name>; a folder's files incoming/[PREFIX/]<path inside it>,
  the keys \`aws s3 sync FOLDER s3://BUCKET/incoming/[PREFIX/]\` writes. Prints "<key><TAB><articleId>"
  per file on stdout, progress on stderr.

  --key-prefix PREFIX   put the keys under incoming/PREFIX/
  --concurrency N       uploads in flight (default 8)
  --wait                then poll the API until every file is processed or rejected, and print a
                        summary; exit 0 only when none was rejected and none is still pending
  --timeout SECONDS     how long --wait waits (default 600)
  --tolerate-rejections with --wait: exit 0 even when files were rejected
  --api URL             the API --wait polls (default: local mode, ${defaultApiUrl()}; with --bucket,
                        the stack's ApiUrl, called with SigV4-signed requests)
  --bucket NAME         a deployed stack's bucket (default: local mode's ${LOCAL_BUCKET} at
                        http://${LOCAL_HOST}:\${NEWSFACTS_S3_PORT:-4569}), with the AWS credential chain
  --region REGION, --profile PROFILE   for --bucket
  Exit codes: 0 done, 1 a file failed (or, with --wait, was rejected or is still pending), 2 usage.`;

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  gz: 'application/gzip',
};

async function main(): Promise<number> {
  // The SDK's notice that Node 20 support ends in 2027 is noise for a one-shot command.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values, positionals: paths } = parseCliArgs(USAGE, {
    allowPositionals: true,
    options: {
      'key-prefix': { type: 'string' },
      concurrency: { type: 'string' },
      wait: { type: 'boolean' },
      timeout: { type: 'string' },
      'tolerate-rejections': { type: 'boolean' },
      api: { type: 'string' },
      bucket: { type: 'string' },
      region: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  if (paths.length === 0) exitWithUsageError('Give at least one file or folder to upload.');
  if ((values.region || values.profile) && !values.bucket) exitWithUsageError('--region and --profile apply to a deployed bucket: give --bucket NAME too.');
  if (values.bucket && values.wait && !values.api) exitWithUsageError("--wait with --bucket needs --api: the stack's ApiUrl.");
  if ((values.timeout || values['tolerate-rejections']) && !values.wait) exitWithUsageError('--timeout and --tolerate-rejections go with --wait.');
  const concurrency = positiveInteger(values.concurrency, '--concurrency', 8);
  const timeoutSeconds = positiveInteger(values.timeout, '--timeout', 600);
  const api = values.wait ? apiClientOrExit(values.api ?? defaultApiUrl(), values.region) : undefined;

  const prefix = INCOMING_PREFIX + (values['key-prefix'] ? values['key-prefix'].replace(/^\/+|\/+$/g, '') + '/' : '');
  let planned: PlannedUpload[];
  try {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    planned = await collectUploads(paths, prefix, process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (planned.length === 0) {
    console.error('No files found to upload (hidden files are skipped).');
    return 1;
  }

  let client: S3Client;
  let bucket: string;
  let target: string;
  if (values.bucket) {
    if (values.profile) process.env.AWS_PROFILE = values.profile;
    client = new S3Client({ region: values.region });
    bucket = values.bucket;
    target = `s3://${bucket}`;
  } else {
    const { s3Port } = readLocalModeConfig();
    client = localS3Client(`http://${LOCAL_HOST}:${s3Port}`);
    bucket = LOCAL_BUCKET;
    target = `local mode (http://${LOCAL_HOST}:${s3Port}, bucket ${bucket})`;
  }

  const uploaded: UploadedFile[] = [];
  let failures = 0;
  let unreachable = false;
  const progress = new Progress(planned.length, 'uploaded');
  const uploadOne = async ({ path, key }: PlannedUpload): Promise<void> => {
    if (unreachable) return;
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch (error) {
      failures++;
      console.error(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      return;
    }
    try {
      const extension = basename(path).split('.').pop()?.toLowerCase() ?? '';
      const uploadedAt = new Date();
      const out = await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' }));
      const articleId = articleIdForKey(key);
      uploaded.push({ key, articleId, versionId: out.VersionId ?? null, uploadedAt });
      console.log(`${key}\t${articleId}`);
    } catch (error) {
      failures++;
      // When nothing answers, one sentence for the whole run, not one per file.
      if (!unreachable) console.error(`${path}: upload to ${target} failed: ${describeS3Error(error, !values.bucket)}`);
      if (isConnectionRefused(error)) unreachable = true;
    }
  };
  await mapConcurrent(planned, concurrency, async (upload) => {
    await uploadOne(upload);
    progress.tick();
  });
  client.destroy();
  if (!api || uploaded.length === 0) return failures === 0 ? 0 : 1;

  console.error(`waiting for ${uploaded.length} file(s) to be processed (up to ${timeoutSeconds} s)…`);
  const waiting = new Progress(uploaded.length, 'settled');
  let results: IngestResult[];
  try {
    results = await waitForIngest(api, uploaded, { timeoutMs: timeoutSeconds * 1000, onSettled: () => waiting.tick() });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  for (const r of results) if (r.status === 'rejected') console.log(`rejected\t${r.file.key}\t${r.code}\t${r.message}`);
  for (const r of results) if (r.status === 'pending') console.log(`pending\t${r.file.key}`);
  console.log(summaryLine(results));
  const rejected = results.some((r) => r.status === 'rejected');
  const pending = results.some((r) => r.status === 'pending');
  return failures === 0 && !pending && (!rejected || values['tolerate-rejections']) ? 0 : 1;
}

function apiClientOrExit(api: string, region: string | undefined) {
  try {
    return apiClient({ api, region });
  } catch (error) {
    exitWithUsageError((error as Error).message);
  }
}

function isConnectionRefused(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string }; errors?: { code?: string }[] };
  return e?.code === 'ECONNREFUSED' || e?.cause?.code === 'ECONNREFUSED' || !!e?.errors?.some((inner) => inner.code === 'ECONNREFUSED');
}

function describeS3Error(err: unknown, local: boolean): string {
  if (isConnectionRefused(err)) return local ? 'nothing answers there; is `npm start` running?' : 'connection refused.';
  const e = err as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`;
}

process.exitCode = await main();
