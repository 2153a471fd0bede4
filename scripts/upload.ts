// `npm run upload -- FILE... [--key-prefix P] [--bucket NAME [--region R] [--profile P]]`
// Puts files under incoming/ of the local mode bucket (default) or of a deployed stack's bucket.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { localS3Client } from '../local/clients.js';
import { INCOMING_PREFIX, LOCAL_BUCKET, LOCAL_HOST, readLocalModeConfig } from '../local/local-config.js';

const USAGE = `Usage: npm run upload -- FILE... [--key-prefix PREFIX] [--bucket NAME [--region REGION] [--profile PROFILE]]
  Without --bucket, files go to local mode (npm start): bucket ${LOCAL_BUCKET} at http://${LOCAL_HOST}:\${NEWSFACTS_S3_PORT:-4569}.
  With --bucket, they go to that bucket with the default AWS credential chain (or --profile).
  Keys are incoming/[PREFIX/]<file name>; the keys written are printed, one per line.`;

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
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'key-prefix': { type: 'string' },
        bucket: { type: 'string' },
        region: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if ((values.region || values.profile) && !values.bucket) {
    console.error('--region and --profile apply to a deployed bucket: give --bucket NAME too.');
    return 2;
  }

  const prefix = INCOMING_PREFIX + (values['key-prefix'] ? values['key-prefix'].replace(/^\/+|\/+$/g, '') + '/' : '');
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

  let failures = 0;
  for (const file of files) {
    const key = prefix + basename(file);
    let body: Buffer;
    try {
      // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
      body = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
    } catch (err) {
      console.error(`${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
      failures++;
      continue;
    }
    try {
      const extension = basename(file).split('.').pop()?.toLowerCase() ?? '';
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' }));
      console.log(key);
    } catch (err) {
      console.error(`${file}: upload to ${target} failed: ${describeS3Error(err, !values.bucket)}`);
      failures++;
      if (isConnectionRefused(err)) break;
    }
  }
  client.destroy();
  return failures === 0 ? 0 : 1;
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
