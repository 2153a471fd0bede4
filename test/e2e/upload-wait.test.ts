import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsStory } from '../../scripts/chaos/stories.js';
import { seededRandom } from '../../scripts/chaos/seeded-random.js';
import { startLocalModeProcess, type LocalModeProcess } from './local-mode-process.js';

// A user's batch, end to end: a folder of 300 stories (and two files that cannot be read as news)
// uploaded with --wait against `npm start`; the summary must say what the API says.
const repoRoot = resolve(import.meta.dirname, '../..');
const STORIES = 300;
let local: LocalModeProcess;
let folder: string;

beforeAll(async () => {
  local = await startLocalModeProcess();
  folder = mkdtempSync(join(tmpdir(), 'newsfacts-batch-'));
  const rng = seededRandom(18);
  for (let i = 0; i < STORIES; i++) {
    const dir = join(folder, i % 2 ? 'world' : 'business');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.txt`), newsStory(rng, `story ${i}`));
  }
  mkdirSync(join(folder, 'bad'));
  writeFileSync(join(folder, 'bad', 'empty.txt'), '');
  writeFileSync(join(folder, 'bad', 'photo.bin'), Buffer.from(rng.bytes(4096)));
}, 120_000);

afterAll(async () => {
  await local?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function upload(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'upload', '--', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', AWS_ENDPOINT_URL_S3: undefined, NEWSFACTS_S3_PORT: new URL(local.s3Endpoint).port, NEWSFACTS_API_PORT: new URL(local.apiUrl).port },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (status) => done({ status, stdout, stderr }));
  });
}

async function articles(status: 'processed' | 'rejected'): Promise<{ key: string; error?: { code: string } }[]> {
  const items: { key: string; error?: { code: string } }[] = [];
  let cursor: string | null = null;
  do {
    const response = await fetch(`${local.apiUrl}/articles?status=${status}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const page = (await response.json()) as { items: typeof items; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('npm run upload -- FOLDER --wait', () => {
  it('uploads every file, waits for each, and sums up what the API lists; rejections make it exit 1', async () => {
    const run = await upload(['--wait', '--timeout', '300', '--key-prefix', 'batch', folder]);
    expect(run.status, `${run.stderr}\n--- local mode:\n${local.output().slice(-3000)}`).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const uploaded = lines.filter((line) => line.startsWith('incoming/'));
    expect(uploaded).toHaveLength(STORIES + 2);
    expect(uploaded).toContain(`incoming/batch/world/story-001.txt\t${uploaded.find((l) => l.startsWith('incoming/batch/world/story-001.txt'))!.split('\t')[1]}`);
    expect(lines.at(-1)).toBe(`processed ${STORIES}, rejected 2 (BINARY_DATA 1, EMPTY_FILE 1), still pending 0`);
    expect(lines.filter((line) => line.startsWith('rejected\t')).sort()).toEqual([
      expect.stringMatching(/^rejected\tincoming\/batch\/bad\/empty\.txt\tEMPTY_FILE\t/),
      expect.stringMatching(/^rejected\tincoming\/batch\/bad\/photo\.bin\tBINARY_DATA\t/),
    ]);
    // A long run shows its progress on stderr, as plain lines when it is not a terminal.
    expect(run.stderr).toMatch(/^\[302\/302\] uploaded, [\d.]+\/s$/m);

    const processed = await articles('processed');
    const rejected = await articles('rejected');
    expect(processed).toHaveLength(STORIES);
    expect(new Set(processed.map((a) => a.key))).toEqual(new Set(uploaded.map((l) => l.split('\t')[0]).filter((k) => !k.includes('/bad/'))));
    expect(rejected.map((a) => `${a.key} ${a.error?.code}`).sort()).toEqual(['incoming/batch/bad/empty.txt EMPTY_FILE', 'incoming/batch/bad/photo.bin BINARY_DATA']);
  }, 360_000);

  it('exits 0 on rejections when told to tolerate them', async () => {
    const run = await upload(['--wait', '--tolerate-rejections', '--key-prefix', 'batch/bad', join(folder, 'bad')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('processed 0, rejected 2 (BINARY_DATA 1, EMPTY_FILE 1), still pending 0');
  }, 120_000);
});
