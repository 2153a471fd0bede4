import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApiGatewayHandler } from '../api/api-gateway-v2.js';
import { createQueryApi } from '../api/query-api.js';
import { readQueryConfig } from '../config/query-config.js';
import { DynamoDbArticleStore } from '../store/dynamodb-article-store.js';

// API Gateway HTTP API event → query use case → response. Client, store and routes are built
// once per container; the use case knows nothing of API Gateway.
const config = readQueryConfig();
const logger = new Logger({ serviceName: 'newsfacts-query' });
const store = new DynamoDbArticleStore({ client: new DynamoDBClient({}), tableName: config.tableName });
const handle = createApiGatewayHandler(createQueryApi(store), logger);

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  if (context) logger.addContext(context);
  return handle(event);
}
