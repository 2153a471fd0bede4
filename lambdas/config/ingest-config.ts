import { z } from 'zod';
import { DEFAULT_MAX_BYTES } from '../normalize/article.js';

const schema = z.object({
  TABLE_NAME: z.string().min(1, 'TABLE_NAME must name the DynamoDB table'),
  INCOMING_PREFIX: z.string().endsWith('/').default('incoming/'),
  MAX_OBJECT_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_BYTES),
  /** The queue's maxReceiveCount: the receive on which a failing message is about to go to the DLQ. */
  MAX_RECEIVE_COUNT: z.coerce.number().int().positive().default(5),
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
  return { tableName: parsed.data.TABLE_NAME, incomingPrefix: parsed.data.INCOMING_PREFIX, maxObjectBytes: parsed.data.MAX_OBJECT_BYTES, maxReceiveCount: parsed.data.MAX_RECEIVE_COUNT };
}
