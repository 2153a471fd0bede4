import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { localDynamoDbClient } from '../../local/clients.js';
import { createTable } from '../../local/create-table.js';
import { LOCAL_REGION } from '../../local/local-config.js';
import { startDynamoDbLocal } from '../../local/services/dynamodb-local.js';
import { findFreePort } from '../../local/services/ports.js';
import { LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY, startS3Server } from '../../local/services/s3-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoints and names of the emulators the integration global setup started. */
    localServices: {
      dynamoDbEndpoint: string;
      s3Endpoint: string;
      tableName: string;
      bucket: string;
      region: string;
    };
  }
}

export const TEST_TABLE = 'newsfacts-test';
export const TEST_BUCKET = 'newsfacts-test';

/**
 * Starts DynamoDB Local (in memory) and s3rver (temporary directory) on free loopback ports,
 * creates the table and bucket, and hands their coordinates to test files through
 * `inject('localServices')` (see support/env.ts). Tests that run handlers in-process also find
 * them in the environment (AWS_ENDPOINT_URL_*, TABLE_NAME…), which the workers inherit.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  // The SDK's notice that Node 20 support ends in 2027 would repeat in every worker.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const s3Directory = mkdtempSync(join(tmpdir(), 'newsfacts-s3-'));
  const [ddbPort, s3Port] = [await findFreePort(), await findFreePort()];
  const [dynamo, s3] = await Promise.all([
    startDynamoDbLocal({ port: ddbPort }),
    startS3Server({ port: s3Port, directory: s3Directory, buckets: [TEST_BUCKET] }),
  ]);
  try {
    const client = localDynamoDbClient(dynamo.endpoint);
    await createTable(client, TEST_TABLE);
    client.destroy();
  } catch (err) {
    await Promise.all([dynamo.stop(), s3.stop()]);
    throw err;
  }

  const localServices = { dynamoDbEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint, tableName: TEST_TABLE, bucket: TEST_BUCKET, region: LOCAL_REGION };
  project.provide('localServices', localServices);
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: LOCAL_SECRET_ACCESS_KEY,
    TABLE_NAME: TEST_TABLE,
    BUCKET_NAME: TEST_BUCKET,
    INCOMING_PREFIX: 'incoming/',
  });
  if (process.env.NEWSFACTS_TEST_VERBOSE) console.log(`integration services ready in ${Date.now() - started} ms: ${dynamo.endpoint}, ${s3.endpoint}`);

  return async () => {
    await Promise.all([dynamo.stop(), s3.stop()]);
    rmSync(s3Directory, { recursive: true, force: true });
  };
}
