import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../local/services/ports.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'newsfacts-start-errors-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function runStart(env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [apiPort, s3Port, ddbPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
  const result = spawnSync(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', 'local/start.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '', NEWSFACTS_DATA_DIR: dataDir, NEWSFACTS_API_PORT: String(apiPort), NEWSFACTS_S3_PORT: String(s3Port), NEWSFACTS_DDB_PORT: String(ddbPort), ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneSentence(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/\.$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm start reports start-up problems in one sentence', () => {
  it('exits 1 when a port is busy', async () => {
    const busy: Server = createServer();
    const port = await new Promise<number>((done) => busy.listen(0, '127.0.0.1', () => done((busy.address() as { port: number }).port)));
    try {
      const { status, stderr } = await runStart({ NEWSFACTS_API_PORT: String(port) });
      expect(status).toBe(1);
      expectOneSentence(stderr);
      expect(stderr).toContain(`Port ${port} (HTTP API) is already in use`);
      expect(stderr).toContain('NEWSFACTS_API_PORT');
    } finally {
      busy.close();
    }
  });

  it('exits 1 when Java is missing', async () => {
    const { status, stderr } = await runStart({ PATH: '/nonexistent', JAVA_HOME: '' });
    expect(status).toBe(1);
    expectOneSentence(stderr);
    expect(stderr).toMatch(/Java 17 or newer is needed/);
  });

  it('exits 1 on a malformed port setting', async () => {
    const { status, stderr } = await runStart({ NEWSFACTS_S3_PORT: 'abc' });
    expect(status).toBe(1);
    expectOneSentence(stderr);
    expect(stderr).toContain('NEWSFACTS_S3_PORT must be a port number');
  });
});
