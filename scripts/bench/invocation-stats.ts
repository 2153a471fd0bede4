// Pure arithmetic of the ingest-settings bench and the cost model: batching, the per-invocation
// overhead fit, throughput and concurrency. Kept apart from the process plumbing so it is unit-tested.
import { median } from './report.js';

/** Splits `items` into consecutive groups of `size` (the last one may be shorter). */
export function chunk<T>(items: T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface LinearFit {
  /** Value at x = 0: here the cost of an invocation that carries no record. */
  intercept: number;
  /** Increase per unit of x: here the cost of one more record in the batch. */
  slope: number;
}

/** Ordinary least squares of y on x. */
export function linearFit(points: { x: number; y: number }[]): LinearFit {
  if (points.length < 2) throw new Error('a line needs at least two points');
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (sxx === 0) throw new Error('a line needs at least two distinct x values');
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Articles a second of `articles` processed in `wallMs`. */
export function throughput(articles: number, wallMs: number): number {
  return wallMs > 0 ? (articles * 1000) / wallMs : NaN;
}

/** Functions needed in parallel to keep up with `articlesPerSecond` when each article takes `msPerArticle`. */
export function concurrencyNeeded(articlesPerSecond: number, msPerArticle: number): number {
  return Math.ceil((articlesPerSecond * msPerArticle) / 1000);
}

/** Lambda memory sizes are whole MB; a floor with `headroom` over the measured peak, rounded up to `step` MB. */
export function memoryFloorMb(peakRssKb: number, headroom = 1.5, step = 64): number {
  return Math.ceil(((peakRssKb / 1024) * headroom) / step) * step;
}

/** One block of a run: stories ingested in invocations of one batch size. */
export interface BlockResult {
  batchSize: number;
  articles: number;
  wallMs: number;
  /** The process's CPU time (user + system) during the block. */
  cpuMs: number;
}

/** One block of a paired run: the same stories ingested at one batch size, in one cycle. */
export interface BlockMeasure extends BlockResult {
  cycle: number;
}

export interface PairedComparison {
  batchSize: number;
  cycles: number;
  wallMsPerArticle: number;
  cpuMsPerArticle: number;
  /** Median over cycles of this size's wall time per article ÷ the baseline size's in the same cycle. */
  wallRatioToBaseline: number;
}

/**
 * Compares batch sizes measured in alternation: every cycle ingests the same stories once per batch
 * size, so each ratio is taken between blocks that ran moments apart, which cancels most of a shared
 * machine's drifting load.
 */
export function pairedComparison(blocks: BlockMeasure[], baseline: number): PairedComparison[] {
  const sizes = [...new Set(blocks.map((b) => b.batchSize))].sort((a, b) => a - b);
  const base = new Map(blocks.filter((b) => b.batchSize === baseline).map((b) => [b.cycle, b.wallMs / b.articles]));
  if (base.size === 0) throw new Error(`no block at the baseline batch size ${baseline}`);
  return sizes.map((batchSize) => {
    const mine = blocks.filter((b) => b.batchSize === batchSize);
    const ratios = mine.filter((b) => base.has(b.cycle)).map((b) => b.wallMs / b.articles / base.get(b.cycle)!);
    return {
      batchSize,
      cycles: mine.length,
      wallMsPerArticle: median(mine.map((b) => b.wallMs / b.articles)),
      cpuMsPerArticle: median(mine.map((b) => b.cpuMs / b.articles)),
      wallRatioToBaseline: median(ratios),
    };
  });
}
