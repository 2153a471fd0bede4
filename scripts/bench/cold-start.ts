// Cold starts as Lambda pays them: code bundled with the stack's esbuild options, imported in fresh
// Node processes, and optionally its first call timed there.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { esbuildAliases, FULL_SDK, newsfactsBundling, type SdkBundling } from '../../lib/constructs/newsfacts-function.js';
import { median } from './report.js';

/** The esbuild options the stack bundles a function with (`newsfactsBundling`), to build outside `cdk synth`. */
export function lambdaBuildOptions(repoRoot: string, sdk: SdkBundling = FULL_SDK): BuildOptions {
  const stack = newsfactsBundling({ includeNerModel: false, sdk });
  return {
    bundle: true, platform: 'node', absWorkingDir: repoRoot, logLevel: 'silent', alias: esbuildAliases(sdk),
    format: stack.format, target: stack.target, minify: stack.minify, sourcemap: stack.sourceMap, sourcesContent: stack.sourcesContent,
    mainFields: stack.mainFields, banner: stack.banner ? { js: stack.banner } : undefined,
  };
}

export interface Spawned {
  importMs: number;
  /** CPU time (user + system, all threads) the import took: less sensitive to a busy machine than wall time. */
  importCpuMs: number;
  /** From process start (performance.timeOrigin) to the module imported. */
  startToImportedMs: number;
  firstCallMs?: number;
}

/** A first call to time after the import: `input` (a JS expression, untimed) then `call`, with the module as `m`. */
export interface FirstCall {
  input: string;
  call: string;
}

/** One fresh Node process importing `file` (and optionally making a first call). */
export function spawnImport(file: string, env: Record<string, string>, firstCall?: FirstCall): Spawned {
  const script = [
    'const c0 = process.cpuUsage();',
    'const t0 = performance.now();',
    `const m = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'const t1 = performance.now();',
    'const c1 = process.cpuUsage(c0);',
    'let firstCallMs;',
    firstCall ? `{ const { readFileSync } = await import('node:fs'); const input = ${firstCall.input}; const t2 = performance.now(); ${firstCall.call}; firstCallMs = performance.now() - t2; }` : '',
    'console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: (c1.user + c1.system) / 1000, startToImportedMs: t1, firstCallMs }));',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`importing ${file} failed: ${(result.stderr || '').trim().split('\n').slice(0, 3).join(' ')}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Spawned;
}

export interface SpawnSummary {
  importMs: number;
  importCpuMs: number;
  startToImportedMs: number;
  firstCallMs: number | null;
  /** Import ms of every spawn. */
  all: number[];
}

function summarize(runs: Spawned[]): SpawnSummary {
  const calls = runs.map((r) => r.firstCallMs).filter((v): v is number => typeof v === 'number');
  return {
    importMs: median(runs.map((r) => r.importMs)),
    importCpuMs: median(runs.map((r) => r.importCpuMs)),
    startToImportedMs: median(runs.map((r) => r.startToImportedMs)),
    firstCallMs: calls.length ? median(calls) : null,
    all: runs.map((r) => r.importMs),
  };
}

export function medianSpawns(count: number, run: () => Spawned): SpawnSummary {
  return summarize(Array.from({ length: count }, run));
}

/** Several configurations spawned in turn (A, B, A, B…), so a drift of the shared machine hits each alike. */
export function interleavedSpawns(count: number, runs: (() => Spawned)[]): SpawnSummary[] {
  const results: Spawned[][] = runs.map(() => []);
  for (let i = 0; i < count; i++) {
    for (const [k, run] of runs.entries()) results[k].push(run());
  }
  return results.map(summarize);
}
