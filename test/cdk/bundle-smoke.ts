// Manual check that the bundles `npx cdk synth` wrote to cdk.out (not the TypeScript sources)
// work: the ingest bundle reads an object from local mode's S3, extracts with the copied NER
// model and writes DynamoDB; the query bundle then answers /entities and /entities/{id}/articles.
//
//   npx cdk synth --quiet      # builds cdk.out/asset.*
//   npm start                  # in another terminal (honours NEWSFACTS_*_PORT)
//   npx tsx test/cdk/bundle-smoke.ts [stackName]
//
// Not a vitest test: it needs a full bundling synth and the emulators, which the cdk project
// does not start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { localS3Client } from '../../local/clients.js';
import { INCOMING_PREFIX, LOCAL_BUCKET, LOCAL_HOST, LOCAL_TABLE, readLocalModeConfig } from '../../local/local-config.js';
import { REPO_ROOT } from '../../lib/paths.js';

const stackName = process.argv[2] ?? 'Newsfacts';
const cdkOut = join(REPO_ROOT, 'cdk.out');
const templateFile = join(cdkOut, `${stackName}.template.json`);
if (!existsSync(templateFile)) {
  console.error(`No ${templateFile}: run \`npx cdk synth --quiet\` first.`);
  process.exit(1);
}

/** cdk.out/asset.<hash> of the function whose environment has this service name. */
function bundleOf(serviceName: string): string {
  const template = JSON.parse(readFileSync(templateFile, 'utf8'));
  for (const resource of Object.values<{ Type: string; Properties: { Environment?: { Variables?: Record<string, string> }; Code: { S3Key: string } } }>(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    if (resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME !== serviceName) continue;
    const hash = String(resource.Properties.Code.S3Key).replace(/\.zip$/, '');
    return join(cdkOut, `asset.${hash}`, 'index.mjs');
  }
  throw new Error(`no function with POWERTOOLS_SERVICE_NAME=${serviceName} in ${templateFile}`);
}

const local = readLocalModeConfig();
const s3Endpoint = `http://${LOCAL_HOST}:${local.s3Port}`;
Object.assign(process.env, {
  TABLE_NAME: LOCAL_TABLE,
  INCOMING_PREFIX,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_ENDPOINT_URL_S3: s3Endpoint,
  AWS_ENDPOINT_URL_DYNAMODB: `http://${LOCAL_HOST}:${local.ddbPort}`,
  LOG_LEVEL: 'WARN',
});

const key = `${INCOMING_PREFIX}bundle smoke/ü caracas (1).txt`;
const body = readFileSync(join(REPO_ROOT, 'test/fixtures/caracas-russia-venezuela-2022-02-17.txt'));
await localS3Client(s3Endpoint).send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: key, Body: body }));

const context = {
  functionName: 'smoke',
  awsRequestId: 'smoke-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:smoke',
  memoryLimitInMB: '1024',
  functionVersion: '$LATEST',
  logGroupName: 'smoke',
  logStreamName: 'smoke',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

// A sequencer above anything local mode assigned, so this event is the newest for the key.
const s3Record = {
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  awsRegion: 'us-east-1',
  eventTime: new Date().toISOString(),
  eventName: 'ObjectCreated:Put',
  s3: {
    s3SchemaVersion: '1.0',
    bucket: { name: LOCAL_BUCKET, arn: `arn:aws:s3:::${LOCAL_BUCKET}` },
    object: { key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+'), size: body.length, sequencer: 'FFFFFFFFFFFFFFFF00' },
  },
};
const sqsEvent = {
  Records: [{ messageId: 'smoke-1', receiptHandle: 'r', body: JSON.stringify({ Records: [s3Record] }), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:smoke', awsRegion: 'us-east-1' }],
} as unknown as SQSEvent;

type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
const ingest: { handler: SqsHandler } = await import(pathToFileURL(bundleOf('newsfacts-ingest')).href);
const query: { handler: HttpHandler } = await import(pathToFileURL(bundleOf('newsfacts-query')).href);

const ingested = await ingest.handler(sqsEvent, context);
console.log('ingest', JSON.stringify(ingested));

async function get(rawPath: string, rawQueryString = ''): Promise<APIGatewayProxyStructuredResultV2> {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'smoke' },
    queryStringParameters: rawQueryString ? Object.fromEntries(new URLSearchParams(rawQueryString)) : undefined,
    requestContext: { http: { method: 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'smoke' }, requestId: 'smoke', routeKey: '$default', stage: '$default', timeEpoch: Date.now() },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
  const response = await query.handler(event, context);
  console.log('GET', rawPath + (rawQueryString ? `?${rawQueryString}` : ''), response.statusCode, String(response.body).slice(0, 300));
  return response;
}

const entities = await get('/entities', 'q=borisov');
const entityId: string | undefined = JSON.parse(String(entities.body)).items?.[0]?.id;
const articles = entityId ? await get(`/entities/${entityId}/articles`) : undefined;
const ok = ingested.batchItemFailures.length === 0 && entities.statusCode === 200 && String(articles?.body).includes('bundle smoke');
console.log(ok ? 'bundle smoke: OK' : 'bundle smoke: FAILED');
process.exit(ok ? 0 : 1);
