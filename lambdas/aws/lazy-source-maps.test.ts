import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// A minified bundle with its map, as the construct builds it, run in a fresh Node process without
// --enable-source-maps (vitest installs its own stack formatter in this one).
const root = mkdtempSync(join(tmpdir(), 'newsfacts-lazy-maps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function bundleFixture(): Promise<string> {
  writeFileSync(
    join(root, 'thrower.ts'),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a module under test, template literal included
    ['export function explodeWithContext(value: number): number {', '  if (value > 0) {', '    throw new Error(`boom ${value}`);', '  }', '  return value;', '}', ''].join('\n'),
  );
  writeFileSync(
    join(root, 'entry.ts'),
    [
      `import { mapStackTracesLazily } from ${JSON.stringify(join(import.meta.dirname, 'lazy-source-maps.ts'))};`,
      "import { explodeWithContext } from './thrower.ts';",
      'const installed = mapStackTracesLazily(import.meta.url);',
      'export function callTheThrower(n: number) { return explodeWithContext(n) + 1; }',
      'try { callTheThrower(Number(process.argv[2] ?? 1)); } catch (error) { console.log(JSON.stringify({ installed, stack: (error as Error).stack })); }',
      '',
    ].join('\n'),
  );
  const outfile = join(root, 'out', 'index.mjs');
  await build({ entryPoints: [join(root, 'entry.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, sourcemap: true, sourcesContent: false, logLevel: 'silent' });
  return outfile;
}

function run(file: string, nodeOptions = ''): { installed: boolean; stack: string } {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, [file], { env: { ...env, NODE_OPTIONS: nodeOptions }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim());
}

describe('mapStackTracesLazily', () => {
  it('maps the frames of a minified bundle to source file, line and original function name', async () => {
    const file = await bundleFixture();
    const { installed, stack } = run(file);
    expect(installed).toBe(true);
    const lines = stack.split('\n');
    expect(lines[0]).toBe('Error: boom 1');
    expect(lines[1]).toMatch(/^ {4}at explodeWithContext \(.*thrower\.ts:3:11\)$/);
    expect(lines[2]).toMatch(/^ {4}at callTheThrower \(.*entry\.ts:4:\d+\)$/);
    expect(stack).not.toContain('index.mjs:1:');

    // Without the map next to the bundle it stays out of the way: minified positions, as before.
    unlinkSync(`${file}.map`);
    const unmapped = run(file);
    expect(unmapped.installed).toBe(false);
    expect(unmapped.stack.split('\n')[1]).toMatch(/index\.mjs:\d+:\d+\)?$/);
  });

  it('leaves source maps to Node when --enable-source-maps is on', async () => {
    const file = await bundleFixture();
    const { installed, stack } = run(file, '--enable-source-maps');
    expect(installed).toBe(false);
    expect(stack).toMatch(/thrower\.ts:3:11/);
  });
});
