// `npm run eval [-- AREA... ] [--data DIR]`: quality of each extraction stage on the research
// corpora (default ../shared/data). Each area module exports `run(dataDir)` and prints its report.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const AREAS = ['normalize', 'ner', 'time', 'quotes'] as const;

const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
const dataDir = resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data');
if (!existsSync(dataDir)) {
  console.error(`Corpora not found at ${dataDir}: pass --data DIR (or set NEWSFACTS_DATA) pointing at the research data folder.`);
  process.exit(2);
}
const selected = positionals.length ? positionals : [...AREAS];
for (const area of selected) {
  if (!(AREAS as readonly string[]).includes(area)) {
    console.error(`Unknown area "${area}"; choose from ${AREAS.join(', ')}.`);
    process.exit(2);
  }
  const module = (await import(`./eval/${area}.ts`)) as { run(dataDir: string): Promise<void> };
  console.log(`\n## ${area}`);
  await module.run(dataDir);
}
