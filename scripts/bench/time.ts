// Area benchmark for time expressions: throughput of extractTimex on real news (BBC stories and the
// TempEval-3 TimeBank/AQUAINT texts), and how much text the cheap filters keep away from the rules
// and from chrono. `npx tsx scripts/bench/time.ts` prints the figures; `npm run bench` reports them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import type { TextContext } from '../../lambdas/extract/context.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { extractTimex, type TimexStats } from '../../lambdas/extract/time/index.js';
import { parseTimeML } from '../eval/time/timeml.js';
import { articleFor } from '../eval/time.js';
import { bbcArticles } from './corpora.js';

function contexts(articles: Article[]): TextContext[] {
  return articles.map((article) => {
    const text = articleText(article);
    const tokens = tokenize(text);
    return { text, tokens, sentences: splitSentences(text, tokens), article };
  });
}

function tempevalArticles(dataDir: string): Article[] {
  const out: Article[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tml')) out.push(articleFor(parseTimeML(readFileSync(path, 'utf8'), entry.name)));
    }
  };
  walk(join(dataDir, 'tempeval3', 'Training'));
  return out;
}

/** Best of `rounds` timed passes over all contexts (after one warm-up pass), in chars/s. */
function throughput(ctxs: TextContext[], rounds = 5): { charsPerSecond: number; stats: TimexStats; timexPerKchar: number } {
  const chars = ctxs.reduce((n, c) => n + c.text.length, 0);
  const stats: TimexStats = { sentences: 0, sentencesRead: 0, sentencesToChrono: 0 };
  let found = 0;
  for (const ctx of ctxs) found += extractTimex(ctx, stats).length;
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const ctx of ctxs) extractTimex(ctx);
    best = Math.min(best, performance.now() - started);
  }
  return { charsPerSecond: chars / (best / 1000), stats, timexPerKchar: (1000 * found) / chars };
}

/** Cold start of the time module as a Lambda would load it: bundled and minified with esbuild, then
 * imported and called once in fresh Node processes. Medians of `runs` processes, in ms. */
async function coldStart(runs = 7): Promise<{ bundleBytes: number; importMs: number; firstCallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-time-'));
  try {
    const entry = join(dirname(fileURLToPath(import.meta.url)), '../../lambdas/extract/time/index.ts');
    const bundle = join(dir, 'time.mjs');
    await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `const t0 = performance.now();
const m = await import(${JSON.stringify(bundle)});
const t1 = performance.now();
const text = 'The minister said on Wednesday that trade grew by almost 50% last year compared with 2020, and talks resume next month.';
m.extractTimex({ text, tokens: [], sentences: [], article: { publishedAt: '2022-02-17' } });
console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`,
    );
    const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as [number, number]);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { bundleBytes: readFileSync(bundle).length, importMs: median(samples.map((s) => s[0])), firstCallMs: median(samples.map((s) => s[1])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Record<string, number>> {
  const dataDir = resolve(process.env.NEWSFACTS_DATA ?? '../shared/data');
  const bbc = contexts(bbcArticles(dataDir, 400).map((a) => ({ ...a, publishedAt: a.publishedAt ?? '2005-06-01' })));
  const tempeval = contexts(tempevalArticles(dataDir));
  if (!bbc.length && !tempeval.length) {
    throw new Error(`no corpora under ${dataDir} (set NEWSFACTS_DATA to the research data folder)`);
  }
  const figures: Record<string, number> = {};
  for (const [name, ctxs] of [['bbc', bbc], ['tempeval', tempeval]] as const) {
    if (!ctxs.length) continue;
    const { charsPerSecond, stats, timexPerKchar } = throughput(ctxs);
    figures[`${name}_chars_per_s`] = Math.round(charsPerSecond);
    figures[`${name}_documents`] = ctxs.length;
    figures[`${name}_timex_per_1000_chars`] = Number(timexPerKchar.toFixed(2));
    figures[`${name}_sentences_read_share`] = Number((stats.sentencesRead / stats.sentences).toFixed(3));
    figures[`${name}_sentences_to_chrono_share`] = Number((stats.sentencesToChrono / stats.sentences).toFixed(4));
  }
  const cold = await coldStart();
  figures.bundle_bytes = cold.bundleBytes;
  figures.cold_import_ms = Math.round(cold.importMs);
  figures.cold_first_call_ms = Math.round(cold.firstCallMs);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await run());
}
