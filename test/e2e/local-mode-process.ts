import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../local/services/ports.js';

export interface LocalModeProcess {
  apiUrl: string;
  s3Endpoint: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  interrupt(): Promise<number | null>;
  /** Stops it if still running and removes its data directory unless the caller gave it. */
  dispose(): Promise<void>;
  /** Polls `check` until it gives a value (60 s by default); past the time, fails with what local mode printed. */
  eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs?: number): Promise<T>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs `npm start` on free ports with a fresh (or the given) data directory. */
export async function startLocalModeProcess(options: { env?: NodeJS.ProcessEnv; readyTimeoutMs?: number; dataDir?: string } = {}): Promise<LocalModeProcess> {
  // A given data directory belongs to the caller (e.g. to restart on the same data); a fresh one is removed by dispose().
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'newsfacts-e2e-'));
  const [apiPort, s3Port, ddbPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
  // Exactly what a user runs; npm forwards SIGINT/SIGTERM to local mode (the script execs node).
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      // The test worker's own emulator settings must not leak into the child.
      AWS_ENDPOINT_URL_S3: undefined,
      AWS_ENDPOINT_URL_DYNAMODB: undefined,
      TABLE_NAME: undefined,
      NODE_OPTIONS: undefined,
      NEWSFACTS_API_PORT: String(apiPort),
      NEWSFACTS_S3_PORT: String(s3Port),
      NEWSFACTS_DDB_PORT: String(ddbPort),
      NEWSFACTS_DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (!output.includes('local mode is running')) {
    if (exitCode !== undefined) throw new Error(`local mode exited with code ${exitCode} before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`local mode was not ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const interrupt = async () => {
    if (exitCode === undefined) child.kill('SIGINT');
    return exited;
  };
  return {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    dataDir,
    child,
    output: () => output,
    interrupt,
    async eventually(check, what, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // A check that throws (the API not answering yet) is one that has not passed yet.
        const value = await check().catch(() => undefined);
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; local mode said:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    async dispose() {
      if (exitCode === undefined) {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await interrupt();
        clearTimeout(timer);
      }
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
