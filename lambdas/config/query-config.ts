import * as z from 'zod/mini';

// A table name, or a table ARN (DynamoDB accepts both as TableName).
const TABLE = /^(?:[A-Za-z0-9_.-]{3,255}|arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[A-Za-z0-9_.-]{3,255})$/;

/** The read cache's defaults (lambdas/store/cached-article-reader.ts); the stack sets the same values. */
export const DEFAULT_QUERY_CACHE_TTL_SECONDS = 5;
export const DEFAULT_QUERY_CACHE_MAX_ENTRIES = 1000;
/** Upper bounds that catch a unit mistake (milliseconds given as seconds) rather than limit a choice. */
const MAX_TTL_SECONDS = 3600;
const MAX_ENTRIES = 100_000;

const wholeNumber = (name: string, fallback: number, min: number, max: number) =>
  z._default(
    z.coerce.number(`${name} must be a whole number`).check(
      z.int(`${name} must be a whole number`),
      z.gte(min, `${name} must be at least ${min}`),
      z.lte(max, `${name} must be at most ${max}`),
    ),
    fallback,
  );

const schema = z.object({
  TABLE_NAME: z.string('TABLE_NAME must name the DynamoDB table').check(
    z.regex(TABLE, 'TABLE_NAME must be a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -) or a table ARN'),
  ),
  /** Seconds a warm function may serve an answer from memory; 0 turns the cache off. */
  QUERY_CACHE_TTL_SECONDS: wholeNumber('QUERY_CACHE_TTL_SECONDS', DEFAULT_QUERY_CACHE_TTL_SECONDS, 0, MAX_TTL_SECONDS),
  QUERY_CACHE_MAX_ENTRIES: wholeNumber('QUERY_CACHE_MAX_ENTRIES', DEFAULT_QUERY_CACHE_MAX_ENTRIES, 1, MAX_ENTRIES),
});

export interface QueryConfig {
  tableName: string;
  /** The read cache: TTL in seconds (0 = off) and most entries kept. */
  cache: { ttlSeconds: number; maxEntries: number };
}

/** Reads the query function's configuration once; a missing or bad value stops the cold start loudly. */
export function readQueryConfig(env: NodeJS.ProcessEnv = process.env): QueryConfig {
  // An empty variable is a mistake to report, not a zero.
  const parsed = schema.safeParse({ ...env, ...blankAsInvalid(env, ['QUERY_CACHE_TTL_SECONDS', 'QUERY_CACHE_MAX_ENTRIES']) });
  if (!parsed.success) {
    throw new Error(`Invalid query configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const d = parsed.data;
  return { tableName: d.TABLE_NAME, cache: { ttlSeconds: d.QUERY_CACHE_TTL_SECONDS, maxEntries: d.QUERY_CACHE_MAX_ENTRIES } };
}

function blankAsInvalid(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  const replaced: Record<string, string> = {};
  for (const name of names) if (env[name] !== undefined && env[name]!.trim() === '') replaced[name] = 'blank';
  return replaced;
}
