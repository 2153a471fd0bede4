// Shapes and helpers every bench section shares: results as Markdown, statistics, timing.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** What a section hands back: its Markdown (without the heading) and the figures other docs cite. */
export interface SectionResult {
  title: string;
  markdown: string;
  /** Named figures, also written to docs/benchmarks.json so SCALING.md arithmetic can cite them. */
  figures: Record<string, number | string | null>;
  /** The targets this section checks, for the summary at the top of BENCHMARKS.md. */
  targets?: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchContext {
  dataDir: string;
  repoRoot: string;
  /** One line to the console, so a long run shows progress. */
  log(line: string): void;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Milliseconds taken by `work`, measured with the monotonic clock. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** CPU milliseconds (user + system, all threads) this process has used since `start` (a `process.cpuUsage()`). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time another process has used so far, in ms, from the scheduler's per-thread counters
 * (/proc/<pid>/task/<tid>/schedstat, nanoseconds; Linux only): null where they cannot be read.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let ns = 0;
  for (const task of tasks) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended since the directory was listed.
    }
  }
  return ns / 1e6;
}

/** A figure for benchmarks.json, to `decimals` places. */
export function round(value: number, decimals = 1): number {
  return Number(value.toFixed(decimals));
}

/** A Markdown table; columns whose every cell reads as a figure are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  const figure = (cell: string | number) => typeof cell === 'number' || /^(\*\*)?[$~-]?[\d.,]+( ?(ms|KB|MB|GB|%|×|s))?(\*\*)?$|^(—|n\/a)$/.test(cell.trim());
  const align = header.map((_, i) => (i > 0 && rows.length > 0 && rows.every((row) => row[i] === undefined || figure(row[i])) ? '---:' : '---'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

/** Thousands separators, fixed decimals. */
export function fmt(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function kb(bytes: number, decimals = 1): string {
  return `${fmt(bytes / 1024, decimals)} KB`;
}

/** A section that reports named figures as they are (`name` keys them in benchmarks.json). */
export function figureSection(title: string, source: string, name: string, figures: Record<string, number>): SectionResult {
  const value = (v: number) => (Number.isInteger(v) ? fmt(v) : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
  return {
    title,
    markdown: [`Figures of ${source} (\`npx tsx ${source}\` prints them alone):`, '', table(['figure', 'value'], Object.entries(figures).map(([k, v]) => [`\`${k}\``, value(v)]))].join('\n'),
    figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${name}_${k}`, v])),
  };
}

export function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
