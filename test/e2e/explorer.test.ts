import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { editedSampleCopy } from '../support/story-copies.js';
import { startLocalModeProcess, type LocalModeProcess } from './local-mode-process.js';

// The explorer in real headless Chromium against `npm start`: the sample article, two BBC-like
// stories and a rejected file, uploaded through S3 as a user would.
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const UPLOADS: [string, Buffer][] = [
  ['incoming/caracas-russia-venezuela-2022-02-17.txt', readFileSync(join(FIXTURES, 'caracas-russia-venezuela-2022-02-17.txt'))],
  ['incoming/bbc/russia-venezuela-gas.json', readFileSync(join(FIXTURES, 'explorer/bbc-russia-venezuela-gas-2022-03-04.json'))],
  ['incoming/bbc/venezuela-oil-output.json', readFileSync(join(FIXTURES, 'explorer/bbc-venezuela-oil-output-2022-03-15.json'))],
  // Bytes no text format has: rejected with BINARY_DATA.
  ['incoming/bbc/broken-upload.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x9c, 0x00, 0x10, 0x00, 0x00, 0x7f])],
];
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
/** README's screenshots are rewritten only when asked (NEWSFACTS_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
const SCREENSHOTS = process.env.NEWSFACTS_UPDATE_SCREENSHOTS === '1' ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'newsfacts-shots-'));

mkdirSync(SCREENSHOTS, { recursive: true });
let local: LocalModeProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Requests the pages tried to send anywhere but local mode: there must be none (no CDN). */
const offOrigin: string[] = [];


beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  [local, browser] = await Promise.all([startLocalModeProcess(), chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })]);
  const s3 = new S3Client({ endpoint: local.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, requestChecksumCalculation: 'WHEN_REQUIRED' });
  for (const [Key, Body] of UPLOADS) await s3.send(new PutObjectCommand({ Bucket: 'newsfacts-local', Key, Body }));
  s3.destroy();
  await local.eventually(async () => {
    const [processed, rejected] = await Promise.all(['processed', 'rejected'].map(async (status) => (await (await fetch(`${local.apiUrl}/articles?status=${status}`)).json()) as { items: unknown[] }));
    return processed.items.length === 3 && rejected.items.length === 1 ? true : undefined;
  }, 'the uploads to be ingested');
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${local.apiUrl}/`)) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  page = await context.newPage();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await local?.dispose();
});

describe('the explorer in headless Chromium', () => {
  it('walks search → entity → quote with its evidence → the article with the quote highlighted', async () => {
    await page.goto(`${local.apiUrl}/`);
    const search = page.getByLabel(/Search names/);
    await search.fill('borisov');
    await search.press('Enter');
    const entities = page.getByRole('list', { name: 'Entities found' });
    await entities.getByRole('link', { name: 'Yury Borisov' }).click();

    await expect.poll(() => page.locator('h1#entity-name').textContent()).toContain('Yury Borisov');
    await page.getByRole('list', { name: 'Co-mentioned entities' }).waitFor();
    const coMentioned = await page.getByRole('list', { name: 'Co-mentioned entities' }).getByRole('link').allTextContents();
    expect(coMentioned).toEqual(expect.arrayContaining(['Russia', 'Venezuela', 'Tareck El Aissami']));
    expect(await page.locator('.timeline rect.bar[data-count="1"]').count()).toBe(2);
    expect(await page.getByRole('list', { name: 'Roles' }).textContent()).toContain('Deputy Prime Minister');
    const quote = page.locator('li.quote').filter({ hasText: 'Our companies are ready to invest' });
    expect(await quote.locator('.evidence').textContent()).toContain('Borisov told the Russian news agency Tass');
    await page.getByRole('list', { name: 'Articles' }).getByRole('link').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-entity.png') });

    await quote.getByRole('link', { name: 'read in the article' }).click();
    await expect.poll(() => page.locator('h1#article-title').textContent()).toBe('Russia offers Venezuela help with gas fields');
    // The quote the link named is selected, and focus is on it.
    const selected = page.locator('mark.selected');
    await selected.first().waitFor();
    expect((await selected.allTextContents()).join('')).toContain('Our companies are ready to invest in Venezuela for the long term');
    expect(await page.locator('mark.selected:focus').count()).toBe(1);
    // Every kind of span is marked up with what it resolves to.
    expect(await page.locator('mark[data-entity="per-yury-borisov"]').count()).toBeGreaterThan(0);
    expect(await page.locator('mark[data-timex="2022-03-04"]').textContent()).toBe('Friday');
    // Keyboard: Enter on a highlighted name shows what it resolves to.
    const mention = page.locator('mark[data-entity="org-pdvsa"]').first();
    await mention.focus();
    await mention.press('Enter');
    const details = page.locator('.span-details');
    expect(await details.textContent()).toContain('org-pdvsa');
    await page.locator('mark[data-timex="2022-03-04"]').click();
    expect(await details.textContent()).toContain('TIMEX3 value 2022-03-04');
    // The quote's text says who spoke it and what that resolves to.
    await page.locator('mark').filter({ hasText: /^Our companies/ }).first().click();
    expect(await details.textContent()).toMatch(/Speaker: “Borisov” → Yury Borisov/);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-article.png') });
    // A fact in the list links to its span.
    const facts = page.getByRole('list', { name: 'Facts' }).getByRole('listitem');
    const lastFact = facts.last();
    const href = await lastFact.getByRole('link', { name: 'show in text' }).getAttribute('href');
    await lastFact.getByRole('link', { name: 'show in text' }).click();
    const factKey = new URLSearchParams(href!.split('?')[1]).get('span')!;
    await expect.poll(() => page.locator('mark.selected').first().getAttribute('data-span')).toContain(factKey);
  });

  it('answers an unknown entity with a friendly not-found', async () => {
    await page.goto(`${local.apiUrl}/#/entities/per-nobody-at-all`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('No entity “per-nobody-at-all” yet');
    expect(await page.getByRole('link', { name: 'Search for similar names' }).getAttribute('href')).toBe('#/?q=nobody+at+all');
  });

  it('finds a rejected file by a word of its name and by its code (searched by the API), and opens it', async () => {
    for (const [q, asked] of [['upload', { title: 'upload', status: 'rejected' }], ['binary data', { code: 'BINARY_DATA' }]] as const) {
      const request = page.waitForRequest((r) => {
        const params = new URL(r.url()).searchParams;
        return Object.entries(asked).every(([name, value]) => params.get(name) === value);
      });
      await page.goto(`${local.apiUrl}/#/?q=${encodeURIComponent(q)}`);
      await request;
      const found = page.getByRole('list', { name: 'Rejected files' });
      await found.waitFor();
      expect(await found.getByRole('link').allTextContents(), q).toEqual(['incoming/bbc/broken-upload.bin']);
      expect(await found.textContent()).toContain('BINARY_DATA');
    }
    // A word of no file name and no code finds none.
    await page.goto(`${local.apiUrl}/#/?q=gas`);
    await expect.poll(() => page.locator('section[aria-labelledby="rejected-title"]').textContent()).toContain('No rejected file matches');

    await page.goto(`${local.apiUrl}/#/?q=broken`);
    const rejected = page.getByRole('list', { name: 'Rejected files' });
    expect(await rejected.textContent()).toContain('BINARY_DATA');
    await rejected.getByRole('link', { name: 'incoming/bbc/broken-upload.bin' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rejected file');
    expect(await page.locator('[data-error-code]').textContent()).toBe('BINARY_DATA');
  });

  it('finds articles by title words (searched by the API), by source and by month', async () => {
    const both = ['Venezuela oil output climbs to two-year high', 'Russia offers Venezuela help with gas fields'];
    const cases = [['gas fields', [both[1]]], ['OIL outp', [both[0]]], ['BBC News', both], ['2022-03', both]] as const;
    for (const [q, expected] of cases) {
      const titleRequest = q.startsWith('2022') ? null : page.waitForRequest((r) => new URL(r.url()).searchParams.get('title') === q);
      await page.goto(`${local.apiUrl}/#/?q=${encodeURIComponent(q)}`);
      await titleRequest;
      const list = page.getByRole('list', { name: 'Articles' });
      await list.waitFor();
      expect(await list.getByRole('link').allTextContents(), q).toEqual(expected);
    }
    // Typed into the box: a word start of a title, not of a name, finds the article.
    await page.goto(`${local.apiUrl}/`);
    const search = page.getByLabel(/Search names/);
    await search.fill('climb');
    await search.press('Enter');
    await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: both[0] }).click();
    await expect.poll(() => page.locator('h1#article-title').textContent()).toBe(both[0]);
  });

  it('lists an article’s copies under "Same story", links back to the first copy, and counts an entity’s stories', async () => {
    // An edited copy of the sample (a new header line, one paragraph dropped), uploaded last so the tests above see three articles.
    const s3 = new S3Client({ endpoint: local.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, requestChecksumCalculation: 'WHEN_REQUIRED' });
    await s3.send(new PutObjectCommand({ Bucket: 'newsfacts-local', Key: 'incoming/wire/caracas-copy.txt', Body: editedSampleCopy() }));
    s3.destroy();
    const [sampleId, copyId] = ['incoming/caracas-russia-venezuela-2022-02-17.txt', 'incoming/wire/caracas-copy.txt'].map(articleIdForKey);
    const copy = await local.eventually(async () => {
      const response = await fetch(`${local.apiUrl}/articles/${copyId}`);
      return response.status === 200 ? ((await response.json()) as { title: string | null; key: string }) : undefined;
    }, 'the copy to be ingested');

    await page.goto(`${local.apiUrl}/#/articles/${sampleId}`);
    const same = page.getByRole('list', { name: 'Same story' });
    await same.waitFor();
    expect(await same.getByRole('link').allTextContents()).toEqual([copy.title ?? copy.key]);
    expect(await same.getByRole('listitem').getAttribute('data-relation')).toBe('version');
    expect(await page.locator('#same-story-title').locator('..').textContent()).toContain('first stored copy of its story');
    await same.getByRole('link').click();
    await expect.poll(() => page.locator('h1#article-title').textContent()).toBe(copy.title ?? copy.key);
    const sample = (await (await fetch(`${local.apiUrl}/articles/${sampleId}`)).json()) as { title: string | null; key: string };
    await page.getByRole('link', { name: 'its first stored copy' }).click();
    await expect.poll(() => page.locator('h1#article-title').textContent()).toBe(sample.title ?? sample.key);

    // The query function's read cache may still answer from before the copy (5 s).
    const borisov = await local.eventually(async () => {
      const entity = (await (await fetch(`${local.apiUrl}/entities/per-yury-borisov`)).json()) as { articleCount: number; storyCount: number };
      return entity.articleCount === 3 ? entity : undefined;
    }, 'the copy to be counted');
    expect(borisov.storyCount).toBe(2);
    await page.goto(`${local.apiUrl}/#/entities/per-yury-borisov`);
    await expect.poll(() => page.locator('header dl.meta').textContent()).toContain(`Stories${borisov.storyCount}`);
  });

  it('renders the API docs from its own files, offline', async () => {
    await page.goto(`${local.apiUrl}/docs`);
    await expect.poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 20_000 }).toContain('newsfacts query API');
    expect(await page.locator('.opblock-summary-path').allTextContents()).toEqual(expect.arrayContaining(['/entities/{entityId}/co-mentions']));
  });

  it('loaded nothing from anywhere but local mode, and the API kept its routes', async () => {
    expect(offOrigin).toEqual([]);
    expect((await fetch(`${local.apiUrl}/health`)).status).toBe(200);
    expect((await fetch(`${local.apiUrl}/openapi.json`)).headers.get('content-type')).toContain('application/json');
    for (const name of ['explorer-entity.png', 'explorer-article.png']) expect(statSync(join(SCREENSHOTS, name)).size).toBeGreaterThan(10_000);
    if (!SCREENSHOTS.startsWith(resolve(import.meta.dirname, '../..'))) rmSync(SCREENSHOTS, { recursive: true, force: true });
  });
});
