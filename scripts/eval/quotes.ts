// `npm run eval -- quotes`: quote extraction on PolNeAR train and dev through the whole pipeline.
// Direct-quote content P/R/F1 (a match overlaps at least half of both spans), speaker accuracy
// on matched direct quotes (the predicted speaker overlaps the annotated source), and precision and
// recall over all attributions. `npx tsx scripts/eval/quotes.ts [--data DIR] [--split dev] [--errors N]`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../lambdas/extract/index.js';
import type { Article } from '../../lambdas/normalize/article.js';
import type { QuoteFact } from '../../lambdas/extract/types.js';
import { loadSplit, type GoldDocument } from './quotes/polnear.js';
import { emptyCounts, scoreDocument, summarize, type Counts } from './quotes/score.js';

function articleOf(doc: GoldDocument): Article {
  return {
    title: null, body: doc.text, publishedAt: null, source: null, sources: [], dateline: null,
    language: 'en', url: null, author: null, submittedBy: null, format: 'text',
  };
}

export function evaluateSplit(docs: GoldDocument[]): { counts: Counts; seconds: number } {
  const counts = emptyCounts();
  const t0 = performance.now();
  for (const doc of docs) {
    const extraction = extract(articleOf(doc));
    if (extraction.text !== doc.text) throw new Error(`${doc.name}: normalized text differs from the source; offsets would not align`);
    const quotes = extraction.facts.filter((f): f is QuoteFact => f.type === 'quote');
    scoreDocument(quotes, doc.attributions, counts);
  }
  return { counts, seconds: (performance.now() - t0) / 1000 };
}

const pct = (x: number) => (100 * x).toFixed(1);

export async function run(dataDir: string, splits: Array<'train' | 'dev'> = ['train', 'dev']): Promise<void> {
  const polnear = join(dataDir, 'polnear');
  if (!existsSync(join(polnear, 'train'))) {
    console.log(`PolNeAR not found at ${polnear}; skipping the quote evaluation.`);
    return;
  }
  console.log('| split | docs | gold direct | direct P | direct R | direct F1 | speaker acc. | gold all | attribution P | attribution R | attribution F1 | seconds |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const split of splits) {
    const docs = loadSplit(polnear, split);
    const { counts, seconds } = evaluateSplit(docs);
    const s = summarize(counts);
    console.log(`| ${split} | ${docs.length} | ${counts.goldDirect} | ${pct(s.directPrecision)} | ${pct(s.directRecall)} | ${pct(s.directF1)} | ${pct(s.speakerAccuracy)} | ${counts.goldAll} | ${pct(s.attributionPrecision)} | ${pct(s.attributionRecall)} | ${pct(s.attributionF1)} | ${seconds.toFixed(1)} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, split: { type: 'string' } } });
  const dataDir = resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data');
  const splits = values.split ? [values.split as 'train' | 'dev'] : undefined;
  await run(dataDir, splits);
}
