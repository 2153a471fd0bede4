import { createCipheriv } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import S3rver from 's3rver';
import accounts from 's3rver/lib/models/account.js';
import { LocalServiceError } from './local-service-error.js';
import { assertPortFree } from './ports.js';

/** The LocalStack convention many tools assume (docs/CONTRACTS.md, local mode). */
export const LOCAL_ACCESS_KEY_ID = 'test';
export const LOCAL_SECRET_ACCESS_KEY = 'test';

/** What happened to an object, as s3rver saw it. `key` is the plain (decoded) key. */
export interface ObjectEvent {
  eventName: 'ObjectCreated:Put' | 'ObjectCreated:Post' | 'ObjectCreated:Copy' | 'ObjectRemoved:Delete';
  bucket: string;
  key: string;
  size?: number;
  eTag?: string;
  eventTime: string;
}

export interface S3ServerOptions {
  port: number;
  host?: string;
  /** Where objects are stored on disk. */
  directory: string;
  /** Buckets to create if missing. */
  buckets?: string[];
  /** Remove every stored object when stopped (tests). */
  resetOnStop?: boolean;
}

export interface RunningS3Server {
  endpoint: string;
  port: number;
  onObjectEvent(listener: (event: ObjectEvent) => void): void;
  stop(): Promise<void>;
}

let legacyProviderWarned = false;

/** Starts s3rver on loopback, accepting the access key `test` / secret `test` besides s3rver's own. */
export async function startS3Server(options: S3ServerOptions): Promise<RunningS3Server> {
  const { port, host = '127.0.0.1', directory, buckets = [], resetOnStop = false } = options;
  await assertPortFree(port, host, 'S3 endpoint', 'NEWSFACTS_S3_PORT');
  warnWithoutLegacyProvider();
  mkdirSync(directory, { recursive: true });
  accounts.DUMMY_ACCOUNT.createKeyPair(LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY);

  const s3rver = new S3rver({ directory, silent: true, resetOnClose: false, vhostBuckets: false });
  for (const bucket of buckets) {
    if (!(await s3rver.store.getBucket(bucket))) await s3rver.store.putBucket(bucket);
  }

  const listeners: ((event: ObjectEvent) => void)[] = [];
  const emit = (event: ObjectEvent) => {
    for (const listener of listeners) listener(event);
  };
  s3rver.on('event', (event) => {
    for (const record of event.Records) {
      // Deletes are reported from the store below: s3rver announces single deletes only,
      // not those of a multi-object DeleteObjects request.
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      const { key, size, eTag } = record.s3.object;
      emit({ eventName: record.eventName as ObjectEvent['eventName'], bucket: record.s3.bucket.name, key, size, eTag, eventTime: record.eventTime });
    }
  });
  const store = s3rver.store;
  const deleteObject = store.deleteObject.bind(store);
  store.deleteObject = async (bucket: string, key: string) => {
    await deleteObject(bucket, key);
    emit({ eventName: 'ObjectRemoved:Delete', bucket, key, eventTime: new Date().toISOString() });
  };

  const server: Server = createServer(s3rver.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new LocalServiceError(`Port ${port} (S3 endpoint) is already in use; stop what uses it or choose another port with NEWSFACTS_S3_PORT.`) : err);
    });
    server.listen(port, host, () => resolve());
  });

  return {
    endpoint: `http://${host}:${port}`,
    port,
    onObjectEvent(listener) {
      listeners.push(listener);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (resetOnStop) s3rver.store.reset();
    },
  };
}

/** s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only has in its legacy provider. */
function warnWithoutLegacyProvider(): void {
  if (legacyProviderWarned) return;
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
  } catch {
    legacyProviderWarned = true;
    console.warn('Note: Node runs without --openssl-legacy-provider, so s3rver cannot page ListObjectsV2 results (continuation tokens).');
  }
}
