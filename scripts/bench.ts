// `npm run bench [-- --data DIR] [-- --only SECTION[,SECTION]]`: measures newsfacts on this
// machine and writes docs/BENCHMARKS.md (and the raw figures to docs/benchmarks.json).
// Not part of `npm test`: it needs the corpora under ../shared/data and several minutes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBundles } from './bench/bundles.js';
import { benchDynamoDbCost } from './bench/dynamodb-cost.js';
import { benchExtraction } from './bench/extraction.js';
import { benchIngestSettings } from './bench/ingest-settings.js';
import { benchLocalMode } from './bench/local-mode-bench.js';
import { benchNer } from './bench/ner.js';
import { benchNormalization } from './bench/normalization.js';
import { benchPartitions } from './bench/partitions.js';
import { benchTime } from './bench/time.js';
import { machineInfo, table, type BenchContext, type MachineInfo, type SectionResult, type TargetCheck } from './bench/report.js';
import { writeScalingCostModel } from './bench/cost-model.js';
import { exitWithUsageError, parseCliArgs } from './cli/cli-args.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(REPO_ROOT, 'docs/BENCHMARKS.md');
const FIGURES = join(REPO_ROOT, 'docs/benchmarks.json');

interface Section {
  id: string;
  needsData: boolean;
  run(ctx: BenchContext): Promise<SectionResult | SectionResult[]>;
}

// In document order. `local` runs the ingest and query benchmarks on one local-mode session.
const SECTIONS: Section[] = [
  { id: 'extraction', needsData: true, run: benchExtraction },
  { id: 'normalization', needsData: true, run: benchNormalization },
  { id: 'bundles', needsData: false, run: benchBundles },
  { id: 'dynamodb', needsData: true, run: benchDynamoDbCost },
  { id: 'local', needsData: true, run: (ctx) => benchLocalMode(ctx, { ingest: true, query: true }) },
  // The area benchmarks of the NER and time-expression code, each also runnable alone.
  { id: 'areas', needsData: true, run: async (ctx) => [await benchNer(), await benchTime(ctx.dataDir)] },
  { id: 'ingest-settings', needsData: true, run: benchIngestSettings },
  { id: 'partitions', needsData: true, run: benchPartitions },
];

interface Options {
  dataDir: string;
  only: string[] | null;
}

function readOptions(): Options {
  const usage = `Usage: npm run bench -- [--data DIR] [--only SECTION[,SECTION…]]
  Measures newsfacts on this machine and rewrites docs/BENCHMARKS.md (and docs/benchmarks.json) in place,
  section by section.
  --data   the research corpora (default: NEWSFACTS_DATA, else ../shared/data)
  --only   some sections: ${SECTIONS.map((s) => s.id).join(', ')}`;
  const { values } = parseCliArgs(usage, { options: { data: { type: 'string' }, only: { type: 'string' } } });
  const only = values.only ? values.only.split(',') : null;
  const unknown = (only ?? []).filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length) exitWithUsageError(`Unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.id).join(', ')}.`);
  return { dataDir: resolve(values.data ?? process.env.NEWSFACTS_DATA ?? join(REPO_ROOT, '../shared/data')), only };
}

function commandFor(ids: string[]): string {
  const args = ids.length === SECTIONS.length ? '' : ` -- --only ${ids.join(',')}`;
  return `npm run bench${args}`;
}

const START = (id: string) => `<!-- bench:${id}:start -->`;
const END = (id: string) => `<!-- bench:${id}:end -->`;

function header(machine: MachineInfo): string {
  return [
    '# Benchmarks',
    '',
    'Every figure on this page is written by `npm run bench` (scripts/bench.ts, sections in',
    'scripts/bench/), on the machine described below; each section states the command and the time it',
    'was measured, and `npm run bench -- --only <section>` re-measures one section in place. Absolute',
    'times drift on a shared machine, so each section also reports a ratio against a baseline measured',
    'in the same run. The raw figures are in [benchmarks.json](benchmarks.json);',
    '[SCALING.md](SCALING.md) builds its cost model on them.',
    '',
    `Machine of the latest run: ${machine.cores} cores (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB} GiB memory,`,
    `Node.js ${machine.node}, ${machine.date}. The cores are shared with other work (each section states the load`,
    'average when it started; above 2 the cores were oversubscribed), so figures are medians of repeated runs.',
    '',
  ].join('\n');
}

function renderSection(id: string, results: SectionResult[], command: string, machine: MachineInfo, seconds: number, load: number): string {
  const body = results
    .map((r) => `## ${r.title}\n\n_Measured ${machine.date} with \`${command}\` (${machine.cores} cores, Node.js ${machine.node}; 1-minute load average ${load.toFixed(1)} when the section started; it took ${Math.round(seconds)} s)._\n\n${r.markdown.trim()}\n`)
    .join('\n');
  return `${START(id)}\n${body}${END(id)}`;
}

/** Replaces each measured section in place, keeping the others from earlier runs. */
function mergeDocument(previous: string | null, machine: MachineInfo, rendered: Map<string, string>, targets: Record<string, TargetCheck[]>): string {
  const blocks = SECTIONS.map((section) => {
    const fresh = rendered.get(section.id);
    if (fresh) return fresh;
    const old = previous?.match(new RegExp(`${escapeRegExp(START(section.id))}[\\s\\S]*?${escapeRegExp(END(section.id))}`))?.[0];
    return old ?? `${START(section.id)}\n## ${section.id}\n\n_Not measured yet: run \`npm run bench -- --only ${section.id}\`._\n${END(section.id)}`;
  });
  return `${header(machine)}\n${summary(targets)}\n${blocks.join('\n\n')}\n`;
}

/** The issue's targets, as each section last measured them. */
function summary(targets: Record<string, TargetCheck[]>): string {
  const rows = SECTIONS.flatMap((section) => (targets[section.id] ?? []).map((t) => [t.target, t.measured, t.met ? 'met' : '**missed**', section.id]));
  if (rows.length === 0) return '';
  return ['## Targets at a glance', '', table(['target', 'measured', 'verdict', 'section'], rows), ''].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function main(): Promise<number> {
  const options = readOptions();
  const selected = SECTIONS.filter((s) => !options.only || options.only.includes(s.id));
  if (selected.some((s) => s.needsData) && !existsSync(join(options.dataDir, 'bbc-news-fulltext'))) {
    console.error(`The benchmark corpora are not in ${options.dataDir}: pass --data DIR (the folder holding bbc-news-fulltext/ and reuters21578/) or set NEWSFACTS_DATA.`);
    return 1;
  }
  const machine = machineInfo();
  const command = commandFor(selected.map((s) => s.id));
  const ctx: BenchContext = {
    dataDir: options.dataDir,
    repoRoot: REPO_ROOT,
    log: (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`),
  };
  const rendered = new Map<string, string>();
  const figures: Record<string, Record<string, number | string | null>> = existsSync(FIGURES) ? JSON.parse(readFileSync(FIGURES, 'utf8')) : {};
  const targets: Record<string, TargetCheck[]> = (figures.targets as unknown as Record<string, TargetCheck[]> | undefined) ?? {};
  let failed = 0;
  for (const section of selected) {
    ctx.log(`section ${section.id}…`);
    const started = performance.now();
    const load = loadavg()[0];
    let results: SectionResult[];
    try {
      const out = await section.run(ctx);
      results = Array.isArray(out) ? out : [out];
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`section ${section.id} failed: ${error instanceof Error ? error.stack : message}`);
      results = [{ title: section.id, markdown: `Not measured: the section failed with \`${message.split('\n')[0].slice(0, 300)}\`.`, figures: {} }];
    }
    const seconds = (performance.now() - started) / 1000;
    rendered.set(section.id, renderSection(section.id, results, command, machine, seconds, load));
    figures[section.id] = { measuredAt: machine.date, command, loadAverage: Number(load.toFixed(1)), ...Object.assign({}, ...results.map((r) => r.figures)) };
    targets[section.id] = results.flatMap((r) => r.targets ?? []);
    ctx.log(`section ${section.id} done in ${Math.round(seconds)} s`);
  }
  figures.machine = { ...machine };
  (figures as Record<string, unknown>).targets = targets;
  writeFileSync(DOC, mergeDocument(existsSync(DOC) ? readFileSync(DOC, 'utf8') : null, machine, rendered, targets));
  writeFileSync(FIGURES, JSON.stringify(figures, null, 2) + '\n');
  writeScalingCostModel(REPO_ROOT, figures);
  console.log(`Wrote ${DOC} and ${FIGURES}${failed ? ` (${failed} section(s) failed, see above)` : ''}.`);
  return failed ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
// Sockets of SDK clients or child-process handles must not keep the bench alive after the report.
setTimeout(() => process.exit(), 500).unref();
