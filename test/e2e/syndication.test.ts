import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../support/story-copies.js';
import { startLocalModeProcess, type LocalModeProcess } from './local-mode-process.js';

// Issue 19's done-when, in local mode (`npm start`): the sample and an edited copy of it (a new
// header line, one paragraph dropped) are similar to each other, an unrelated story is not, and
// /facts?distinct=story returns Borisov's quotes once each.
let local: LocalModeProcess;
let s3: S3Client;
const files = { sample: 'incoming/syndication/sample.txt', copy: 'incoming/syndication/copy.txt', unrelated: 'incoming/syndication/unrelated.txt' };
const ids = { sample: articleIdForKey(files.sample), copy: articleIdForKey(files.copy), unrelated: articleIdForKey(files.unrelated) };

beforeAll(async () => {
  local = await startLocalModeProcess();
  s3 = new S3Client({ endpoint: local.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, requestChecksumCalculation: 'WHEN_REQUIRED' });
  // One after the other: the copy finds the sample only once the sample is stored.
  for (const [name, body] of [['sample', SAMPLE_STORY], ['copy', editedSampleCopy()], ['unrelated', UNRELATED_STORY]] as const) {
    await s3.send(new PutObjectCommand({ Bucket: 'newsfacts-local', Key: files[name], Body: body }));
    await local.eventually(async () => ((await getJson(`/articles/${ids[name]}`)).status === 200 ? true : undefined), `${name} to be ingested`);
  }
}, 180_000);

afterAll(async () => {
  s3?.destroy();
  await local?.dispose();
});

async function getJson(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(local.apiUrl + path);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}


describe('local mode: near-duplicates', () => {
  it('finds the sample and its edited copy similar to each other, and the unrelated story similar to neither', async () => {
    const ofSample = await getJson(`/articles/${ids.sample}/similar`);
    expect(ofSample.body.items.map((i: any) => [i.article.articleId, i.relation])).toEqual([[ids.copy, 'version']]);
    const ofCopy = await getJson(`/articles/${ids.copy}/similar`);
    expect(ofCopy.body).toMatchObject({ storyId: ids.sample });
    expect(ofCopy.body.items.map((i: any) => i.article.articleId)).toEqual([ids.sample]);
    expect((await getJson(`/articles/${ids.unrelated}/similar`)).body.items).toEqual([]);
  });

  it('returns Borisov’s quotes once each with distinct=story', async () => {
    const all = (await getJson('/facts?speaker=per-yury-borisov&limit=100')).body.items;
    const distinct = (await getJson('/facts?speaker=per-yury-borisov&limit=100&distinct=story')).body.items;
    const quotes = (items: any[]) => items.map((r) => r.fact.content.text);
    expect(new Set(quotes(distinct)).size).toBe(distinct.length);
    expect(new Set(quotes(distinct))).toEqual(new Set(quotes(all)));
    expect(distinct.length).toBeLessThan(all.length);
    expect(distinct.flatMap((r: any) => r.copies.map((c: any) => c.articleId)).sort()).toEqual(all.map((r: any) => r.articleId).sort());
  });
});
