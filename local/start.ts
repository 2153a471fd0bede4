// `npm start`: local mode (docs/CONTRACTS.md, local mode). Runs until Ctrl-C; a start-up problem prints one sentence and exits 1.
import { INCOMING_PREFIX, LOCAL_REGION, readLocalModeConfig } from './local-config.js';
import { startLocalMode, type LocalMode } from './local-mode.js';
import { LocalServiceError } from './services/local-service-error.js';
import { LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY } from './services/s3-server.js';

// Local mode runs on the Node it finds; the SDK's notice about Node 20 support would only add noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Handler logs (Powertools) at WARN unless asked otherwise: local mode prints one line per event itself.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

const timestamp = () => new Date().toISOString().slice(11, 19);
const log = (line: string) => console.log(`${timestamp()} ${line}`);

async function main(): Promise<number> {
  let localMode: LocalMode;
  try {
    const config = readLocalModeConfig();
    console.log('Starting newsfacts local mode…');
    localMode = await startLocalMode({ ...config, log });
  } catch (err) {
    console.error(err instanceof LocalServiceError || (err instanceof Error && /^NEWSFACTS_/.test(err.message)) ? err.message : `Local mode could not start: ${describe(err)}`);
    return 1;
  }
  const m = localMode;
  console.log(
    [
      '',
      'newsfacts local mode is running:',
      `  HTTP API        ${m.apiUrl}            e.g. curl '${m.apiUrl}/entities?q=borisov'`,
      `  Explorer        ${m.apiUrl}/           API docs at ${m.apiUrl}/docs`,
      `  S3 endpoint     ${m.s3Endpoint}            bucket ${m.bucket}, put articles under ${INCOMING_PREFIX}`,
      `                  (path-style; access key ${LOCAL_ACCESS_KEY_ID}, secret ${LOCAL_SECRET_ACCESS_KEY}, region ${LOCAL_REGION})`,
      `  DynamoDB Local  ${m.dynamoDbEndpoint}            table ${m.tableName}`,
      `  Data            ${m.dataDir}`,
      '',
      'Upload with `npm run upload -- FILE...`; stop with Ctrl-C.',
      '',
    ].join('\n'),
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = async (why: string, code: number) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${why}: stopping local mode…`);
      await m.stop();
      console.log('Stopped.');
      resolve(code);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (stopping) {
          console.log('Stopping anyway.');
          process.exit(1);
        }
        void shutdown(signal, 0);
      });
    }
    void m.dynamoDbExited.then((code) => {
      if (!stopping) {
        console.error(`DynamoDB Local stopped on its own (exit code ${code}), so local mode stops too.`);
        void shutdown('DynamoDB Local ended', 1);
      }
    });
  });
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

process.exitCode = await main();
// Sockets kept alive by SDK clients or timers must not keep the process up after a clean stop.
setTimeout(() => process.exit(), 200).unref();
