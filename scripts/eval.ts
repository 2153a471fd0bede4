// `npm run eval [-- AREA... ] [--data DIR]`: quality of each extraction stage on the research
// corpora (default ../shared/data). Each area module exports `run(dataDir)` and prints its report.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitWithUsageError, parseCliArgs } from './cli/cli-args.js';

const AREAS = ['normalize', 'ner', 'time', 'quotes', 'syndication'] as const;

const USAGE = `Usage: npm run eval -- [AREA...] [--data DIR]
  Measures extraction quality on the research corpora and prints a report per area.
  AREA      one or more of ${AREAS.join(', ')} (default: all)
  --data    the research data folder (default: NEWSFACTS_DATA, else ../shared/data)`;

const { values, positionals } = parseCliArgs(USAGE, { options: { data: { type: 'string' } }, allowPositionals: true });
for (const area of positionals) {
  if (!(AREAS as readonly string[]).includes(area)) exitWithUsageError(`Unknown area "${area}"; choose from ${AREAS.join(', ')}.`);
}
const dataDir = resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data');
if (!existsSync(dataDir)) {
  console.error(`Corpora not found at ${dataDir}: pass --data DIR (or set NEWSFACTS_DATA) pointing at the research data folder.`);
  process.exit(2);
}
for (const area of positionals.length ? positionals : AREAS) {
  const module = (await import(`./eval/${area}.ts`)) as { run(dataDir: string): Promise<void> };
  console.log(`\n## ${area}`);
  await module.run(dataDir);
}
