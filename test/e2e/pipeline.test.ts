import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { startLocalModeProcess, type LocalModeProcess } from './local-mode-process.js';

const SAMPLE = resolve(import.meta.dirname, '../fixtures/caracas-russia-venezuela-2022-02-17.txt');
const KEY = 'incoming/World News + Politics/ü caracas (1).txt';

const dataDir = mkdtempSync(join(tmpdir(), 'newsfacts-e2e-'));
let local: LocalModeProcess;
let s3: S3Client;

/** A plain S3 client, configured as a user would for local mode (docs/CONTRACTS.md, local mode). */
function userS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
}

beforeAll(async () => {
  local = await startLocalModeProcess({ dataDir });
  s3 = userS3Client(local.s3Endpoint);
}, 120_000);

afterAll(async () => {
  s3?.destroy();
  await local?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

async function getJson(path: string): Promise<{ status: number; contentType: string; body: any }> {
  const response = await fetch(local.apiUrl + path);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : null };
}

/** Polls until `check` returns a value (ingest is asynchronous, as on AWS). */

describe('local mode end to end: S3 upload → ingest → HTTP API', () => {
  let entityId: string;
  let articleId: string;

  it('makes an uploaded article findable by entity name', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'newsfacts-local', Key: KEY, Body: readFileSync(SAMPLE), ContentType: 'text/plain' }));
    const borisov = await local.eventually(async () => {
      const { status, body } = await getJson('/entities?q=borisov');
      expect(status).toBe(200);
      // The fullest name wins ("Yury Borisov" over "Borisov") when the extractor gives both.
      const matches = body.items.filter((item: { name: string }) => /borisov/i.test(item.name));
      return matches.sort((a: { name: string }, b: { name: string }) => b.name.length - a.name.length)[0];
    }, 'an entity named Borisov');
    expect(borisov.name).toMatch(/Borisov/);
    expect(borisov.id).toMatch(/^[A-Za-z0-9._~-]+$/);
    entityId = borisov.id;
  });

  it('lists the article under the entity and shows it processed with its decoded key', async () => {
    // The entity can be searchable a moment before the article's own items are all written.
    const listed = await local.eventually(async () => {
      const { status, body } = await getJson(`/entities/${encodeURIComponent(entityId)}/articles`);
      expect(status).toBe(200);
      return body.items.length > 0 ? body.items : undefined;
    }, 'the article listed under the entity');
    expect(listed).toHaveLength(1);
    articleId = listed[0].articleId;
    expect(articleId).toBe(articleIdForKey(KEY));

    const article = await local.eventually(async () => {
      const response = await getJson(`/articles/${encodeURIComponent(articleId)}?include=text`);
      return response.status === 200 ? response : undefined;
    }, 'the article itself');
    expect(article.body.status).toBe('processed');
    expect(article.body.key).toBe(KEY);
    expect(article.body.publishedAt).toMatch(/^2022-02-17/);
    const text: string = article.body.text;
    const entity = article.body.entities.find((e: { id: string }) => e.id === entityId);
    expect(entity.mentions.length).toBeGreaterThan(1);
    for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('answers a bad parameter with 400 problem+json and an unknown id with 404', async () => {
    const bad = await getJson('/entities?q=borisov&limit=1000');
    expect(bad.status).toBe(400);
    expect(bad.contentType).toMatch(/^application\/problem\+json/);
    expect(bad.body.status).toBe(400);

    const unknownArticle = await getJson('/articles/aDoesNotExist000000000');
    expect(unknownArticle.status).toBe(404);
    expect(unknownArticle.contentType).toMatch(/^application\/problem\+json/);
    const unknownEntity = await getJson('/entities/eDoesNotExist000000000');
    expect(unknownEntity.status).toBe(404);
  });

  it('keeps the data across a restart (Ctrl-C exits 0, the next start finds the article)', async () => {
    expect(await local.interrupt()).toBe(0);
    expect(local.output()).toContain('Stopped.');
    s3.destroy();
    local = await startLocalModeProcess({ dataDir });
    s3 = userS3Client(local.s3Endpoint);
    const article = await getJson(`/articles/${encodeURIComponent(articleId)}`);
    expect(article.status).toBe(200);
    expect(article.body.key).toBe(KEY);
  }, 120_000);

  it('rebuilds the table from the bucket when the last run did not stop cleanly', async () => {
    expect(await local.interrupt()).toBe(0);
    s3.destroy();
    // What a crash before the first snapshot leaves behind: the marker of a running instance, no snapshot.
    rmSync(join(dataDir, 'dynamodb', 'table.ndjson.gz'));
    writeFileSync(join(dataDir, 'dynamodb', 'running'), '1\n');
    local = await startLocalModeProcess({ dataDir });
    s3 = userS3Client(local.s3Endpoint);
    expect(local.output()).toContain('did not stop cleanly');
    await local.eventually(async () => ((await getJson(`/articles/${encodeURIComponent(articleId)}`)).status === 200 ? true : undefined), 'the replayed article');
  }, 120_000);

  it('removes the article when the object is deleted', async () => {
    await s3.send(new DeleteObjectCommand({ Bucket: 'newsfacts-local', Key: KEY }));
    await local.eventually(async () => ((await getJson(`/articles/${encodeURIComponent(articleId)}`)).status === 404 ? true : undefined), 'the article to be removed');
    await local.eventually(async () => {
      const { status, body } = await getJson(`/entities/${encodeURIComponent(entityId)}/articles`);
      // Either the entity is gone with its only article (404) or it lists no article any more.
      return status === 404 || (status === 200 && body.items.length === 0) ? true : undefined;
    }, 'the entity to list no article');
  });

  it('stops cleanly on Ctrl-C (SIGINT) with exit code 0', async () => {
    const code = await local.interrupt();
    expect(code).toBe(0);
    expect(local.output()).toContain('Stopped.');
  });
});
