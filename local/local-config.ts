/** Names and defaults of local mode (docs/CONTRACTS.md, local mode), shared by `npm start`, the upload CLI and tests. */
export const LOCAL_BUCKET = 'newsfacts-local';
export const LOCAL_TABLE = 'newsfacts-local';
export const INCOMING_PREFIX = 'incoming/';
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_HOST = '127.0.0.1';

export interface LocalModeConfig {
  apiPort: number;
  s3Port: number;
  ddbPort: number;
  dataDir: string;
  /** Origins the HTTP API answers CORS for (NEWSFACTS_CORS_ORIGINS, comma-separated, or *); none by default. */
  corsAllowOrigins?: string[];
}

/** Reads NEWSFACTS_* variables; throws a one-sentence Error for a malformed port. */
export function readLocalModeConfig(env: NodeJS.ProcessEnv = process.env): LocalModeConfig {
  return {
    apiPort: readPort(env, 'NEWSFACTS_API_PORT', 3000),
    s3Port: readPort(env, 'NEWSFACTS_S3_PORT', 4569),
    ddbPort: readPort(env, 'NEWSFACTS_DDB_PORT', 8000),
    dataDir: env.NEWSFACTS_DATA_DIR || './.newsfacts',
    corsAllowOrigins: (env.NEWSFACTS_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
  };
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number between 1 and 65535, not "${raw}".`);
  return port;
}
