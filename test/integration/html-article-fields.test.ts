import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { readIngestConfig } from '../../lambdas/config/ingest-config.js';
import { readQueryConfig } from '../../lambdas/config/query-config.js';
import { createIngestHandler, ingestHandlerDeps } from '../../lambdas/handlers/ingest-handler.js';
import { createQueryHandler, queryHandlerDeps } from '../../lambdas/handlers/query-handler.js';
import type { ArticleDetail } from '../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { httpApiEvent, responseOfResult } from '../support/http-api-event.js';
import { createResponseValidator } from '../support/openapi-conformance.js';
import { integrationEnv } from './support/env.js';

// The HTML-only article fields (extraction, paywalled, captions) from an S3 upload through the real
// ingest handler, DynamoDB Local and the real query handler, checked against openapi.json.
const env = integrationEnv();
afterAll(() => env.destroy());
const ingest = createIngestHandler(ingestHandlerDeps(readIngestConfig({ TABLE_NAME: env.tableName }), { dynamoDb: env.dynamodb, s3: env.s3 }));
const query = createQueryHandler(queryHandlerDeps(readQueryConfig({ TABLE_NAME: env.tableName }), { dynamoDb: env.dynamodb }));
const validator = createResponseValidator();

const STORY = 'The harbour board of Port Arlen voted on Monday to close the old fish market at the end of the year, after forty years of trading on the quay.';
const STORY_2 = 'Traders said they had not been consulted and would appeal, and the union asked the council to find them a new site before the winter.';

/** A metered-paywall teaser with a picture: the readability path, a caption and the flag. */
const PAYWALLED = `<!DOCTYPE html><html lang="en"><head><title>Market to close</title></head><body><article><h1>Market to close</h1>
<figure><img src="quay.jpg"><figcaption>The quay at dawn on Monday.</figcaption></figure><p>${STORY}</p><p>${STORY_2}</p>
<div class="offer"><h2>Subscribe to continue reading</h2><p>Already a subscriber? Log in.</p></div></article></body></html>`;
/** The story inside a wrapper classed as a newsletter block, which pre-cleaning removes: found again by a fallback. */
const FALLBACK = `<!DOCTYPE html><html lang="en"><body><h2>Harbour news</h2><div class="newsletter-story"><p>${STORY}</p><p>${STORY_2}</p></div></body></html>`;

function sqsRecord(key: string): SQSRecord {
  const encoded = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: env.bucket }, object: { key: encoded, size: 100, sequencer: '0A' } } }] };
  return {
    messageId: randomUUID(), receiptHandle: 'r', body: JSON.stringify(body), md5OfBody: '', eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest', awsRegion: 'us-east-1', messageAttributes: {},
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
  };
}

async function upload(name: string, body: string): Promise<string> {
  const key = `incoming/html-fields/${name}-${randomUUID()}.html`;
  await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: body, ContentType: 'text/html' }));
  expect(await ingest({ Records: [sqsRecord(key)] })).toEqual({ batchItemFailures: [] });
  return articleIdForKey(key);
}

async function getArticle(articleId: string, rawQueryString = ''): Promise<ArticleDetail> {
  const path = `/articles/${articleId}`;
  const response = responseOfResult(await query(httpApiEvent('GET', path, rawQueryString)));
  expect(validator.check({ method: 'GET', path }, response)).toEqual([]);
  expect(response.status, response.body).toBe(200);
  return JSON.parse(response.body) as ArticleDetail;
}

describe('HTML article fields through the store and GET /articles/{id}', () => {
  it('a paywalled page: extraction, the paywall flag and its caption, which stays out of text', async () => {
    const article = await getArticle(await upload('paywalled', PAYWALLED), 'include=text');
    expect(article).toMatchObject({ status: 'processed', format: 'html', extraction: 'readability', paywalled: true, captions: ['The quay at dawn on Monday.'] });
    expect(article.text).toContain(STORY_2);
    expect(article.text).not.toContain('quay at dawn');
  });

  it('a page whose story only a fallback finds: the fallback is named, and the page is not flagged', async () => {
    const article = await getArticle(await upload('fallback', FALLBACK));
    expect(article).toMatchObject({ status: 'processed', extraction: 'readability-relaxed', paywalled: false });
    expect(article.captions).toBeUndefined();
  });

  it('plain text carries none of the HTML fields', async () => {
    const key = `incoming/html-fields/plain-${randomUUID()}.txt`;
    await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: `Market to close\n\n${STORY}` }));
    expect(await ingest({ Records: [sqsRecord(key)] })).toEqual({ batchItemFailures: [] });
    const article = await getArticle(articleIdForKey(key));
    expect(article.status).toBe('processed');
    expect(article).not.toHaveProperty('extraction');
    expect(article).not.toHaveProperty('paywalled');
    expect(article).not.toHaveProperty('captions');
  });
});
