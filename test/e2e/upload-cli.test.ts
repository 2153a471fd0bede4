import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { findFreePort } from '../../local/services/ports.js';
import { integrationEnv } from '../integration/support/env.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const SAMPLE = 'test/fixtures/caracas-russia-venezuela-2022-02-17.txt';
const env = integrationEnv();
const s3Port = new URL(env.s3Endpoint).port;

beforeAll(async () => {
  // The emulator of the integration setup stands in for local mode's S3 endpoint here.
  await env.s3.send(new CreateBucketCommand({ Bucket: 'newsfacts-local' }));
});
afterAll(() => env.destroy());

function runUpload(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npm', ['run', '--silent', 'upload', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '', AWS_ENDPOINT_URL_S3: undefined, ...extraEnv },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function objectBytes(bucket: string, key: string): Promise<Buffer> {
  const object = await env.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

describe('upload CLI', () => {
  it('puts files under incoming/ of the local mode bucket and prints each key with its article id', async () => {
    const { status, stdout, stderr } = runUpload(['--key-prefix', 'World News + Politics', SAMPLE], { NEWSFACTS_S3_PORT: s3Port });
    expect(status, stderr).toBe(0);
    const key = 'incoming/World News + Politics/caracas-russia-venezuela-2022-02-17.txt';
    expect(stdout).toBe(`${key}\t${articleIdForKey(key)}\n`);
    expect((await objectBytes('newsfacts-local', key)).equals(readFileSync(resolve(repoRoot, SAMPLE)))).toBe(true);
  });

  it('puts files into a named bucket with the default credential chain when given --bucket', async () => {
    const { status, stdout, stderr } = runUpload(['--bucket', env.bucket, '--region', 'us-east-1', SAMPLE], {
      AWS_ENDPOINT_URL_S3: env.s3Endpoint,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
    expect(status, stderr).toBe(0);
    expect(stdout).toBe(`incoming/caracas-russia-venezuela-2022-02-17.txt\t${articleIdForKey('incoming/caracas-russia-venezuela-2022-02-17.txt')}\n`);
    expect((await objectBytes(env.bucket, 'incoming/caracas-russia-venezuela-2022-02-17.txt')).equals(readFileSync(resolve(repoRoot, SAMPLE)))).toBe(true);
  });

  it('says in one sentence when local mode is not running, and exits 1', async () => {
    const { status, stdout, stderr } = runUpload([SAMPLE], { NEWSFACTS_S3_PORT: String(await findFreePort()) });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('is `npm start` running?');
  });

  it('is a usage error, in one line, without files, with --region but no --bucket, or with an unknown flag', () => {
    expect(runUpload([]).status).toBe(2);
    const regionOnly = runUpload(['--region', 'eu-west-1', SAMPLE]);
    expect(regionOnly.status).toBe(2);
    expect(regionOnly.stderr).toContain('--bucket');
    const unknown = runUpload(['--colour', SAMPLE]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toEqual(["Unknown option '--colour'. Run with --help for usage."]);
  });

  it('answers --help with its usage and exit 0', () => {
    const help = runUpload(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run upload -- PATH\.\.\./);
    expect(help.stdout).toContain('--wait');
  });
});
