// Area benchmarks other engineers own (scripts/bench/<area>.ts exporting `run()`): loaded if present.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table, type BenchContext } from './report.js';

export interface AreaOutcome {
  present: boolean;
  figures: Record<string, number>;
  markdown: string;
}

export async function runAreaModule(ctx: BenchContext, area: string): Promise<AreaOutcome> {
  const file = join(ctx.repoRoot, 'scripts/bench', `${area}.ts`);
  if (!existsSync(file)) {
    return { present: false, figures: {}, markdown: `scripts/bench/${area}.ts is not in the tree yet, so its area benchmark was skipped.` };
  }
  const module = (await import(pathToFileURL(file).href)) as { run?: () => Promise<Record<string, number>> };
  if (typeof module.run !== 'function') {
    return { present: false, figures: {}, markdown: `scripts/bench/${area}.ts exports no \`run()\`, so it was skipped.` };
  }
  ctx.log(`area benchmark scripts/bench/${area}.ts…`);
  const figures = await module.run();
  const rows = Object.entries(figures).map(([name, value]) => [`\`${name}\``, typeof value === 'number' ? round(value) : String(value)]);
  return {
    present: true,
    figures,
    markdown: [`Figures returned by \`run()\` of scripts/bench/${area}.ts (owned by the ${area} area; names as it reports them):`, '', table(['figure', 'value'], rows)].join('\n'),
  };
}

function round(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}
