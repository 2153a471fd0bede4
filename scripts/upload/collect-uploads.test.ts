import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectUploads } from './collect-uploads.js';

describe('collectUploads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-upload-'));
    for (const path of ['a.txt', 'feeds/2024/b.json', 'feeds/c d.html', 'feeds/.DS_Store', 'feeds/.git/config', 'other/a.txt']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    symlinkSync(join(dir, 'feeds'), join(dir, 'feeds', 'loop'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keys a file by its name and a folder’s files by their path inside it, like aws s3 sync', async () => {
    const planned = await collectUploads(['a.txt', 'feeds'], 'incoming/p/', dir);
    expect(planned.map((u) => u.key)).toEqual(['incoming/p/a.txt', 'incoming/p/2024/b.json', 'incoming/p/c d.html']);
    expect(planned[1].path).toBe(join(dir, 'feeds/2024/b.json'));
  });

  it('skips hidden files and folders, follows no folder links, and uploads a file named twice once', async () => {
    const planned = await collectUploads(['feeds', 'a.txt', join(dir, 'a.txt')], 'incoming/', dir);
    expect(planned.map((u) => u.key)).toEqual(['incoming/2024/b.json', 'incoming/c d.html', 'incoming/a.txt']);
  });

  it('refuses two files for one key and a path that does not exist, in one sentence', async () => {
    await expect(collectUploads(['a.txt', 'other/a.txt'], 'incoming/', dir)).rejects.toThrow(/would both be uploaded as incoming\/a\.txt/);
    await expect(collectUploads(['missing.txt'], 'incoming/', dir)).rejects.toThrow('missing.txt: cannot read it (ENOENT).');
  });
});
