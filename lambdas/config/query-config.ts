import * as z from 'zod/mini';

// A table name, or a table ARN (DynamoDB accepts both as TableName).
const TABLE = /^(?:[A-Za-z0-9_.-]{3,255}|arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[A-Za-z0-9_.-]{3,255})$/;

const schema = z.object({
  TABLE_NAME: z.string('TABLE_NAME must name the DynamoDB table').check(
    z.regex(TABLE, 'TABLE_NAME must be a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -) or a table ARN'),
  ),
});

export interface QueryConfig {
  tableName: string;
}

/** Reads the query function's configuration once; a missing or bad value stops the cold start loudly. */
export function readQueryConfig(env: NodeJS.ProcessEnv = process.env): QueryConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid query configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return { tableName: parsed.data.TABLE_NAME };
}
