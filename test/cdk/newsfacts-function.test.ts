import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import { copyFolderHooks, newsfactsBundling } from '../../lib/constructs/newsfacts-function.js';

describe('newsfactsBundling', () => {
  it('builds one minified ESM file for Node 22 with the SDK bundled and `require` defined', () => {
    const bundling = newsfactsBundling({ includeNerModel: false });
    expect(bundling).toMatchObject({
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      mainFields: ['module', 'main'],
      externalModules: [],
    });
    expect(bundling.banner).toContain('createRequire(import.meta.url)');
    expect(bundling.banner).toContain('const require');
    expect(bundling.commandHooks).toBeUndefined();
  });

  it('copies the model folder next to index.mjs only when asked to', () => {
    const hooks = newsfactsBundling({ includeNerModel: true }).commandHooks!;
    const [command] = hooks.afterBundling('/repo', '/asset-output');
    expect(command).toMatch(/^cp -r ".*\/lambdas\/extract\/entities\/model" "\/asset-output\/model"$/);
  });
});

describe('copyFolderHooks', () => {
  it('copies the whole folder, nested files and awkward names included, into the bundle output', () => {
    const root = mkdtempSync(join(tmpdir(), 'newsfacts-hooks-'));
    const source = join(root, 'model src');
    mkdirSync(join(source, 'nested'), { recursive: true });
    writeFileSync(join(source, 'ner.bin'), Buffer.from([0, 1, 2, 255]));
    writeFileSync(join(source, 'nested', 'gazetteers.txt'), 'Caracas\tLOC\n');
    const output = join(root, 'asset output');
    mkdirSync(output);
    writeFileSync(join(output, 'index.mjs'), 'export {}');

    for (const command of copyFolderHooks(source, 'model').afterBundling(root, output)) execSync(command);

    expect(readdirSync(output).sort()).toEqual(['index.mjs', 'model']);
    expect([...readFileSync(join(output, 'model', 'ner.bin'))]).toEqual([0, 1, 2, 255]);
    expect(readFileSync(join(output, 'model', 'nested', 'gazetteers.txt'), 'utf8')).toBe('Caracas\tLOC\n');
    rmSync(root, { recursive: true, force: true });
  });
});
