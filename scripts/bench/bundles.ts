// Section 3: the Lambda bundles `cdk synth` builds (bytes) and their cold import time in a fresh
// Node process, with the function's own environment.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { QUERY_FUNCTION_SDK } from '../../lib/constructs/api.js';
import { FULL_SDK, type SdkBundling } from '../../lib/constructs/newsfacts-function.js';
import { normalize } from '../../lambdas/normalize/index.js';
import { interleavedSpawns, lambdaBuildOptions, medianSpawns, spawnImport, type SpawnSummary } from './cold-start.js';
import { sampleArticlePath } from './corpora.js';
import { fmt, kb, round, table, verdict, type BenchContext, type SectionResult, type TargetCheck } from './report.js';

const SPAWNS = 9;
const QUERY_LIMIT = { bytes: 300 * 1024, ms: 60 };
const INGEST_LIMIT = { bytes: 6 * 1024 * 1024, ms: 200 };
/** The SDK trimming each function's construct asks for (lib/constructs/api.ts, ingestion.ts). */
const SDK_OF: Record<'ingest' | 'query', SdkBundling> = { ingest: FULL_SDK, query: QUERY_FUNCTION_SDK };

interface FunctionAsset {
  name: 'ingest' | 'query';
  dir: string;
  memoryMb: number | null;
  environment: Record<string, string>;
}

/** What the function's environment holds on AWS, with stand-in values for references. */
function lambdaEnvironment(declared: Record<string, unknown>): Record<string, string> {
  const env: Record<string, string> = {
    AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_LAMBDA_FUNCTION_NAME: 'bench', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [name, value] of Object.entries(declared)) env[name] = typeof value === 'string' ? value : name === 'TABLE_NAME' ? 'newsfacts-bench-table' : 'bench';
  env.TABLE_NAME ??= 'newsfacts-bench-table';
  return env;
}

/** `cdk synth` into a scratch folder; the function resources name their bundled asset folders. */
function synthesize(ctx: BenchContext, outDir: string): { assets: FunctionAsset[]; how: string } {
  const started = performance.now();
  const result = spawnSync('npx', ['cdk', 'synth', '--quiet', '-o', outDir], { cwd: ctx.repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`cdk synth failed: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
  const template = readFileSync(join(outDir, readdirSync(outDir).find((f) => f.endsWith('.template.json'))!), 'utf8');
  const resources = Object.values(JSON.parse(template).Resources as Record<string, { Type: string; Metadata?: Record<string, unknown>; Properties: Record<string, unknown> }>);
  const assets: FunctionAsset[] = [];
  for (const resource of resources) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const path = String(resource.Metadata?.['aws:cdk:path'] ?? '');
    const asset = resource.Metadata?.['aws:asset:path'];
    const name = /IngestFunction/.test(path) ? 'ingest' : /QueryFunction/.test(path) ? 'query' : null;
    if (!name || typeof asset !== 'string') continue;
    const variables = (resource.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    assets.push({ name, dir: join(outDir, asset), memoryMb: Number(resource.Properties.MemorySize) || null, environment: lambdaEnvironment(variables) });
  }
  if (assets.length < 2) throw new Error('cdk synth produced no ingest and query function assets');
  return { assets, how: `\`cdk synth\` (lib/constructs/newsfacts-function.ts bundling, ${Math.round((performance.now() - started) / 1000)} s)` };
}

/** Fallback when synth fails: the construct's esbuild options, reproduced. */
async function bundleDirectly(ctx: BenchContext, outDir: string): Promise<{ assets: FunctionAsset[]; how: string }> {
  const assets: FunctionAsset[] = [];
  for (const name of ['ingest', 'query'] as const) {
    const dir = join(outDir, name);
    await build({ ...lambdaBuildOptions(ctx.repoRoot, SDK_OF[name]), entryPoints: [join(ctx.repoRoot, `lambdas/handlers/${name}.ts`)], outfile: join(dir, 'index.mjs') });
    if (name === 'ingest') cpSync(join(ctx.repoRoot, 'lambdas/extract/entities/model'), join(dir, 'model'), { recursive: true });
    // Both functions map their stack traces lazily (no NODE_OPTIONS), as the stack configures them.
    assets.push({ name, dir, memoryMb: null, environment: lambdaEnvironment({ INCOMING_PREFIX: 'incoming/' }) });
  }
  return { assets, how: 'esbuild with the options of lib/constructs/newsfacts-function.ts (`cdk synth` failed)' };
}

/**
 * What fills a bundle: the same esbuild options with a metafile, output bytes grouped by npm
 * package (or by top-level folder for the project's own code), largest first.
 */
async function composition(ctx: BenchContext, name: 'ingest' | 'query', scratch: string): Promise<{ part: string; bytes: number }[]> {
  const result = await build({
    ...lambdaBuildOptions(ctx.repoRoot, SDK_OF[name]), sourcemap: false, metafile: true,
    entryPoints: [join(ctx.repoRoot, `lambdas/handlers/${name}.ts`)], outfile: join(scratch, `composition-${name}.mjs`),
  });
  const parts = new Map<string, number>();
  for (const output of Object.values(result.metafile!.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const part = pkg ?? `${input.split('/').slice(0, 2).join('/')}/ (project)`;
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...parts.entries()].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function dirBytes(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, entry) => total + dirBytes(join(path, entry)), 0);
}

function zipBytes(dir: string, scratch: string): number | null {
  const out = join(scratch, `${Math.random().toString(36).slice(2)}.zip`);
  const result = spawnSync('zip', ['-qr', '-9', out, '.'], { cwd: dir });
  return result.status === 0 ? statSync(out).size : null;
}

export async function benchBundles(ctx: BenchContext): Promise<SectionResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-bench-bundles-'));
  try {
    ctx.log('bundles: cdk synth…');
    let built: { assets: FunctionAsset[]; how: string };
    try {
      built = synthesize(ctx, join(scratch, 'cdk.out'));
    } catch (error) {
      ctx.log(`bundles: ${(error as Error).message}; bundling with esbuild directly`);
      built = await bundleDirectly(ctx, join(scratch, 'esbuild'));
    }
    // Baseline: a fresh process importing an empty module (Node's own start-up on this machine).
    const empty = join(scratch, 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const baseline = medianSpawns(SPAWNS, () => spawnImport(empty, {}));

    // The first extraction after a cold start: the ingest bundle's extract() entry with the same
    // bundling options, next to the same model folder, run on the sample article.
    const sample = sampleArticlePath(ctx.repoRoot, ctx.dataDir);
    let articleFile: string | undefined;
    if (sample) {
      const normalized = normalize({ bytes: readFileSync(sample), fileName: sample });
      if (normalized.ok) writeFileSync((articleFile = join(scratch, 'article.json')), JSON.stringify(normalized.articles[0]));
    }

    const rows: (string | number)[][] = [];
    const timeRows: (string | number)[][] = [];
    const figures: SectionResult['figures'] = { bundle_baseline_import_ms: round(baseline.importMs), bundle_baseline_import_cpu_ms: round(baseline.importCpuMs), bundle_baseline_start_ms: round(baseline.startToImportedMs) };
    const verdicts: string[] = [];
    const targets: TargetCheck[] = [];
    const compositionRows: string[][] = [];
    for (const asset of built.assets.sort((a, b) => a.name.localeCompare(b.name))) {
      const code = dirBytes(join(asset.dir, 'index.mjs'));
      const map = dirBytes(join(asset.dir, 'index.mjs.map'));
      const model = dirBytes(join(asset.dir, 'model'));
      const total = dirBytes(asset.dir);
      const zipped = zipBytes(asset.dir, scratch);
      rows.push([asset.name, asset.memoryMb ?? 'n/a', kb(code), kb(map), model ? kb(model) : '—', kb(code + model), kb(total), zipped ? kb(zipped) : 'n/a']);
      Object.assign(figures, {
        [`bundle_${asset.name}_code_bytes`]: code, [`bundle_${asset.name}_map_bytes`]: map, [`bundle_${asset.name}_model_bytes`]: model,
        [`bundle_${asset.name}_zip_bytes`]: zipped, [`bundle_${asset.name}_memory_mb`]: asset.memoryMb,
      });

      const copy = join(scratch, `run-${asset.name}`);
      cpSync(asset.dir, copy, { recursive: true });
      const file = join(copy, 'index.mjs');
      ctx.log(`bundles: ${asset.name}: ${SPAWNS} cold imports with the function's environment, ${SPAWNS} without NODE_OPTIONS`);
      const { NODE_OPTIONS: nodeOptions, ...withoutOptions } = asset.environment;
      // Without NODE_OPTIONS in the function's environment there is one configuration: twice the spawns.
      const [asConfigured, noSourceMaps] = nodeOptions
        ? interleavedSpawns(SPAWNS, [() => spawnImport(file, asset.environment), () => spawnImport(file, withoutOptions)])
        : [medianSpawns(2 * SPAWNS, () => spawnImport(file, asset.environment)), null];
      let firstExtract: SpawnSummary | null = null;
      if (asset.name === 'ingest' && articleFile) {
        const entry = join(copy, 'first-extract.mjs');
        await build({ ...lambdaBuildOptions(ctx.repoRoot), sourcemap: false, entryPoints: [join(ctx.repoRoot, 'lambdas/extract/index.ts')], outfile: entry });
        const firstCall = { input: `JSON.parse(readFileSync(${JSON.stringify(articleFile)}, 'utf8'))`, call: 'm.extract(input)' };
        firstExtract = medianSpawns(SPAWNS, () => spawnImport(entry, withoutOptions, firstCall));
      }
      const parts = await composition(ctx, asset.name, scratch);
      const shown = parts.slice(0, 8);
      const rest = parts.slice(8).reduce((a, p) => a + p.bytes, 0);
      compositionRows.push([asset.name, [...shown.map((p) => `${p.part} ${kb(p.bytes)}`), rest ? `${parts.length - shown.length} others ${kb(rest)}` : ''].filter(Boolean).join(', ')]);
      const limit = asset.name === 'query' ? QUERY_LIMIT : INGEST_LIMIT;
      const size = asset.name === 'query' ? code : code + model;
      timeRows.push([
        asset.name, fmt(asConfigured.importMs, 1), `${fmt(asConfigured.importMs / baseline.importMs, 1)}×`, fmt(asConfigured.importCpuMs, 1),
        `${fmt(Math.min(...asConfigured.all), 1)}–${fmt(Math.max(...asConfigured.all), 1)}`,
        fmt(asConfigured.startToImportedMs, 1), noSourceMaps ? fmt(noSourceMaps.importMs, 1) : 'none set',
        firstExtract?.firstCallMs != null ? fmt(firstExtract.firstCallMs, 1) : '—',
      ]);
      Object.assign(figures, {
        [`bundle_${asset.name}_import_ms`]: round(asConfigured.importMs),
        [`bundle_${asset.name}_import_cpu_ms`]: round(asConfigured.importCpuMs),
        [`bundle_${asset.name}_import_ms_without_source_maps`]: round((noSourceMaps ?? asConfigured).importMs),
        [`bundle_${asset.name}_start_to_imported_ms`]: round(asConfigured.startToImportedMs),
      });
      if (firstExtract?.firstCallMs != null) figures.bundle_ingest_first_extract_ms = round(firstExtract.firstCallMs);
      targets.push(
        { target: `${asset.name} bundle ≤ ${kb(limit.bytes, 0)}${asset.name === 'ingest' ? ' incl. model' : ''}`, measured: kb(size), met: size <= limit.bytes },
        { target: `${asset.name} cold import ≤ ${limit.ms} ms`, measured: `${fmt(asConfigured.importMs, 0)} ms (CPU ${fmt(asConfigured.importCpuMs, 0)} ms)`, met: asConfigured.importMs <= limit.ms },
      );
      verdicts.push(
        `- ${asset.name}: ${asset.name === 'query' ? 'code' : 'code + model'} ${kb(size)} against ≤ ${kb(limit.bytes, 0)}: ${verdict(size <= limit.bytes)}` +
          (size > limit.bytes ? ` (over by ${kb(size - limit.bytes)})` : '') +
          `; cold import ${fmt(asConfigured.importMs, 1)} ms as configured (CPU ${fmt(asConfigured.importCpuMs, 1)} ms) against ≤ ${limit.ms} ms: ${verdict(asConfigured.importMs <= limit.ms)}` +
          (asConfigured.importMs > limit.ms ? ` (over by ${fmt(asConfigured.importMs - limit.ms, 1)} ms)` : '') +
          (noSourceMaps ? `; without NODE_OPTIONS ${fmt(noSourceMaps.importMs, 1)} ms: ${verdict(noSourceMaps.importMs <= limit.ms)}` : '') + '.',
      );
    }
    const markdown = [
      `Built by ${built.how} into a scratch folder, then measured there. Sizes of the asset folder Lambda`,
      'deploys (`index.mjs`, its source map, and for ingest the `model/` folder the construct copies);',
      '"zip" is that folder compressed with `zip -9`, close to what is uploaded.',
      '',
      'The query function bundles a trimmed AWS SDK (lib/constructs/api.ts `QUERY_FUNCTION_SDK`, esbuild aliases',
      'set by lib/constructs/newsfacts-function.ts): credentials come from the variables Lambda sets from the',
      'execution role (lambdas/aws/environment-credentials.ts instead of the default chain, whose SSO, STS and',
      'profile clients it never reaches on Lambda), and the event-stream support only streaming operations load is',
      'left out (DynamoDB has none). Nothing is external: the bundle does not lean on the SDK copy in the runtime.',
      '',
      table(['function', 'memory MB', 'index.mjs', 'source map', 'model/', 'code + model', 'asset folder', 'zip'], rows),
      '',
      `Cold import: a fresh \`node\` process (${process.version}; Lambda runs Node 22) imports the bundle, timed from`,
      '`import()` to its resolution; "start → imported" counts from process start. Medians of',
      `${SPAWNS} spawns per configuration, the two configurations of a function spawned in turn (${2 * SPAWNS} spawns of the one`,
      'configuration of a function without NODE_OPTIONS). The function\'s environment comes from the synthesized template (TABLE_NAME and',
      'the like set to stand-ins). Neither function has NODE_OPTIONS: `--enable-source-maps` would make Node read and',
      'parse the source map as the module loads, so each handler maps stack traces itself and reads the map on the',
      'first error (lambdas/aws/lazy-source-maps.ts); a function configured with NODE_OPTIONS would get a second',
      'column without it. Baseline: the',
      `same measure for an empty module, ${fmt(baseline.importMs, 1)} ms import, ${fmt(baseline.importCpuMs, 1)} ms CPU (${fmt(baseline.startToImportedMs, 1)} ms from process start).`,
      '',
      table(['function', 'import ms (as configured)', '× empty module', 'import CPU ms', 'range of the spawns ms', 'start → imported ms', 'import ms without NODE_OPTIONS', 'first extract() ms'], timeRows),
      '',
      '"import CPU ms" is the CPU time (all threads of the process) spent importing; on an oversubscribed machine',
      'wall time stretches with the wait for a core, CPU time much less.',
      '',
      'First extract(): a bundle of `lambdas/extract/index.ts` with the same esbuild options, next to the same',
      '`model/` folder, imported in a fresh process and run once on the sample article: the model is read on',
      'first use, so this is the extra latency of the first article after a cold start.',
      '',
      'What fills each `index.mjs`: the same esbuild build with a metafile, minified output bytes by npm package',
      '(the project\'s own code by folder), largest first:',
      '',
      table(['function', 'largest parts of index.mjs'], compositionRows),
      '',
      'Targets:',
      ...verdicts,
    ].join('\n');
    return { title: 'Lambda bundles and cold import', markdown, figures, targets };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
