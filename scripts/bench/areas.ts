// Section 7: the area benchmarks of the NER and time engineers, when their modules exist.
import { runAreaModule } from './area-module.js';
import type { BenchContext, SectionResult } from './report.js';

export async function benchAreas(ctx: BenchContext): Promise<SectionResult[]> {
  const results: SectionResult[] = [];
  for (const [area, title] of [['ner', 'Area benchmark: named-entity recognition'], ['time', 'Area benchmark: time expressions']] as const) {
    try {
      const outcome = await runAreaModule(ctx, area);
      results.push({ title, markdown: outcome.markdown, figures: Object.fromEntries(Object.entries(outcome.figures).map(([k, v]) => [`${area}_${k}`, v])) });
    } catch (error) {
      results.push({ title, markdown: `scripts/bench/${area}.ts failed: \`${(error as Error).message.split('\n')[0]}\`.`, figures: {} });
    }
  }
  return results;
}
