import * as z from 'zod/mini';
import { DEFAULT_MAX_BYTES } from '../normalize/article.js';

// zod/mini: the full zod build would add ~450 KB of locales to the ingest bundle.
const positiveInt = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);
const schema = z.object({
  TABLE_NAME: z.string('TABLE_NAME must name the DynamoDB table').check(z.minLength(1, 'TABLE_NAME must name the DynamoDB table')),
  INCOMING_PREFIX: z._default(z.string().check(z.endsWith('/', 'INCOMING_PREFIX must end with "/"')), 'incoming/'),
  MAX_OBJECT_BYTES: positiveInt(DEFAULT_MAX_BYTES),
  /** The queue's maxReceiveCount: the receive on which a failing message is about to go to the DLQ. */
  MAX_RECEIVE_COUNT: positiveInt(5),
});

export interface IngestConfig {
  tableName: string;
  incomingPrefix: string;
  maxObjectBytes: number;
  maxReceiveCount: number;
}

/** Reads the ingest function's configuration once; a missing or bad value stops the cold start loudly. */
export function readIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid ingest configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const d = parsed.data;
  return { tableName: d.TABLE_NAME, incomingPrefix: d.INCOMING_PREFIX, maxObjectBytes: d.MAX_OBJECT_BYTES, maxReceiveCount: d.MAX_RECEIVE_COUNT };
}
