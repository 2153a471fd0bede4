import { inject } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDocumentClient, localDynamoDbClient, localS3Client } from '../../../local/clients.js';

export interface IntegrationEnv {
  dynamoDbEndpoint: string;
  s3Endpoint: string;
  tableName: string;
  bucket: string;
  region: string;
  dynamodb: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  s3: S3Client;
  /** Closes the clients' sockets. */
  destroy(): void;
}

/**
 * SDK clients wired to the emulators started by test/integration/global-setup.ts, plus the
 * table and bucket it created. Call in a test file of the "integration" project.
 */
export function integrationEnv(): IntegrationEnv {
  const services = inject('localServices');
  if (!services) throw new Error('integrationEnv() needs the "integration" vitest project (its global setup starts the emulators).');
  const dynamodb = localDynamoDbClient(services.dynamoDbEndpoint);
  const s3 = localS3Client(services.s3Endpoint);
  return {
    ...services,
    dynamodb,
    documentClient: localDocumentClient(dynamodb),
    s3,
    destroy() {
      dynamodb.destroy();
      s3.destroy();
    },
  };
}
