// Child process of the local-mode bench: starts local mode (local/local-mode.ts) on the ports and
// data folder it is given, prints `READY <json>` and one `OUTCOME <json>` per ingest, answers
// SIGUSR2 with one `CACHE <json>` line (its query handler's read-cache counters), and stops on
// SIGTERM. A separate process so the load generator does not share the server's event loop.
// Run with `node --openssl-legacy-provider --import tsx` (s3rver needs the legacy provider).
import { readQueryConfig } from '../../lambdas/config/query-config.js';
import { createQueryHandler, queryHandlerDeps } from '../../lambdas/handlers/query-handler.js';
import { CachedArticleReader } from '../../lambdas/store/cached-article-reader.js';
import { localDynamoDbClient } from '../../local/clients.js';
import { LOCAL_HOST, LOCAL_TABLE } from '../../local/local-config.js';
import { startLocalMode } from '../../local/local-mode.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const port = (name: string) => Number(process.env[name]);
// The query handler local mode would build (QUERY_CACHE_* from this process's environment), built
// here so that its read cache's counters can be read.
const dynamoDb = localDynamoDbClient(`http://${LOCAL_HOST}:${port('NEWSFACTS_DDB_PORT')}`);
const { reader } = queryHandlerDeps(readQueryConfig({ ...process.env, TABLE_NAME: LOCAL_TABLE }), { dynamoDb });
const cache = reader instanceof CachedArticleReader ? reader : null;
const mode = await startLocalMode({
  apiPort: port('NEWSFACTS_API_PORT'),
  s3Port: port('NEWSFACTS_S3_PORT'),
  ddbPort: port('NEWSFACTS_DDB_PORT'),
  dataDir: process.env.NEWSFACTS_DATA_DIR!,
  queryHandler: createQueryHandler({ reader }),
  log: (line) => {
    if (/gave up|error/i.test(line)) process.stderr.write(`${line}\n`);
  },
});
mode.dispatcher.onOutcome((outcome) => process.stdout.write(`OUTCOME ${JSON.stringify(outcome)}\n`));
process.on('SIGUSR2', () => process.stdout.write(`CACHE ${JSON.stringify(cache?.stats() ?? null)}\n`));
process.stdout.write(`READY ${JSON.stringify({ apiUrl: mode.apiUrl, s3Endpoint: mode.s3Endpoint, dynamoDbEndpoint: mode.dynamoDbEndpoint, bucket: mode.bucket })}\n`);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void mode.stop(5_000).finally(() => process.exit(0));
});
