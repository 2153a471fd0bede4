import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lambdas/extract/types.js';
import { NORMALIZE_ERROR_CODES } from '../../lambdas/normalize/article.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const SAMPLE = 'test/fixtures/caracas-russia-venezuela-2022-02-17.txt';
const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the contract command, `npm run --silent extract -- FILE...`. */
function runExtract(files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'extract', '--', ...files], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function expectSpanIn(text: string, span: SpanLike): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('extraction CLI (docs/CONTRACTS.md, extraction CLI)', () => {
  it('prints one NDJSON line per file, in input order, with offsets that index into text', () => {
    const binary = join(scratch, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const missing = join(scratch, 'missing.txt');
    const { status, stdout, stderr } = runExtract([SAMPLE, binary, missing]);
    expect(status, stderr).toBe(0);

    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(3);
    const [good, bad, unreadable] = lines.map((line) => JSON.parse(line));

    expect(good.file).toBe(SAMPLE);
    expect(good.ok).toBe(true);
    const { article, text } = good;
    for (const field of ['title', 'body', 'publishedAt', 'source', 'dateline', 'language']) expect(article).toHaveProperty(field);
    expect(text).toBe((article.title ? article.title + '\n\n' : '') + article.body);
    expect(article.publishedAt).toMatch(/^2022-02-17/);
    expect(text).toContain('Russian Deputy Prime Minister Yury Borisov said on Wednesday');

    expect(good.entities.length).toBeGreaterThan(0);
    for (const entity of good.entities) {
      expect(typeof entity.id).toBe('string');
      expect(ENTITY_TYPES).toContain(entity.type);
      expect(entity.mentions.length).toBeGreaterThan(0);
      for (const mention of entity.mentions) expectSpanIn(text, mention);
    }
    expect(good.entities.some((entity: { name: string }) => /Borisov/.test(entity.name)), 'an entity named Borisov').toBe(true);
    // Every mention is listed, not just the first ("Borisov" is written six times in the sample).
    expect(Math.max(...good.entities.map((entity: { mentions: unknown[] }) => entity.mentions.length))).toBeGreaterThan(1);

    for (const timex of good.timex) {
      expectSpanIn(text, timex);
      expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(timex.type);
    }
    for (const quantity of good.quantities) {
      expectSpanIn(text, quantity);
      expect(['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']).toContain(quantity.kind);
    }
    for (const fact of good.facts) {
      expect(typeof fact.type).toBe('string');
      expect(Number.isInteger(fact.sentence)).toBe(true);
      expect(fact.confidence).toBeGreaterThanOrEqual(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
      expect(fact.start).toBeGreaterThanOrEqual(0);
      expect(fact.end).toBeLessThanOrEqual(text.length);
      if (fact.type === 'quote') {
        expectSpanIn(text, fact.speaker);
        expectSpanIn(text, fact.content);
        if (fact.cue) expectSpanIn(text, fact.cue);
      }
    }

    expect(bad).toEqual({ file: binary, ok: false, error: { code: expect.any(String), message: expect.any(String) } });
    expect(NORMALIZE_ERROR_CODES).toContain(bad.error.code);
    expect(unreadable).toEqual({ file: missing, ok: false, error: { code: 'READ_ERROR', message: expect.any(String) } });
  });

  it('prints one line per article for a file holding several, each with the same file and its part', () => {
    const feed = join(scratch, 'two.json');
    writeFileSync(feed, JSON.stringify([{ title: 'One', body: 'Maduro met Borisov in Caracas.' }, { title: 'Two', body: 'OPEC+ met in Vienna.' }]));
    const { status, stdout, stderr } = runExtract([feed, SAMPLE]);
    expect(status, stderr).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.ok, line.part])).toEqual([
      [feed, true, 1],
      [feed, true, 2],
      [SAMPLE, true, undefined],
    ]);
    expect(lines[0].text).toBe('One\n\nMaduro met Borisov in Caracas.');
    expect(lines[1].text).toBe('Two\n\nOPEC+ met in Vienna.');
  });

  it('reads paths relative to the directory the command was typed in (npm runs scripts from the package root)', () => {
    writeFileSync(join(scratch, 'two.json'), JSON.stringify([{ title: 'One', body: 'Maduro met Borisov in Caracas.' }, { title: 'Two', body: 'OPEC+ met in Vienna.' }]));
    const result = spawnSync('npm', ['--prefix', repoRoot, 'run', '--silent', 'extract', '--', 'two.json'], { cwd: scratch, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 });
    const [line] = result.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(line).toMatchObject({ file: 'two.json', ok: true, part: 1 });
  });

  it('is a usage error without files, and prints nothing on stdout then', () => {
    const { status, stdout, stderr } = runExtract([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage/);
  });
});
