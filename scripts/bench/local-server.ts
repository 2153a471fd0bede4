// Child process of the local-mode bench: starts local mode (local/local-mode.ts) on the ports and
// data folder it is given, prints `READY <json>` and one `OUTCOME <json>` per ingest, answers
// SIGUSR2 with one `CACHE <json>` line (the query handler's read-cache counters), and stops on
// SIGTERM. A separate process so the load generator does not share the server's event loop.
// Run with `node --openssl-legacy-provider --import tsx` (s3rver needs the legacy provider).
import { startLocalMode } from '../../local/local-mode.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const port = (name: string) => Number(process.env[name]);
const mode = await startLocalMode({
  apiPort: port('NEWSFACTS_API_PORT'),
  s3Port: port('NEWSFACTS_S3_PORT'),
  ddbPort: port('NEWSFACTS_DDB_PORT'),
  dataDir: process.env.NEWSFACTS_DATA_DIR!,
  log: (line) => {
    if (/gave up|error/i.test(line)) process.stderr.write(`${line}\n`);
  },
});
// Local mode imported the query handler already: this is the same module instance.
const { readCacheStats } = await import('../../lambdas/handlers/query.js');
mode.dispatcher.onOutcome((outcome) => process.stdout.write(`OUTCOME ${JSON.stringify(outcome)}\n`));
process.on('SIGUSR2', () => process.stdout.write(`CACHE ${JSON.stringify(readCacheStats())}\n`));
process.stdout.write(`READY ${JSON.stringify({ apiUrl: mode.apiUrl, s3Endpoint: mode.s3Endpoint, dynamoDbEndpoint: mode.dynamoDbEndpoint, bucket: mode.bucket })}\n`);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void mode.stop(5_000).finally(() => process.exit(0));
});
