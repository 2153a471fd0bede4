// Area benchmark for time expressions: throughput of extractTimex on real news (BBC stories and the
// TempEval-3 TimeBank/AQUAINT texts), how much text the cheap filters keep away from the rules and
// from chrono, and the module's cold start. Reported by the "areas" section of `npm run bench`;
// `npx tsx scripts/bench/time.ts` prints the figures alone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strict as chronoStrict } from 'chrono-node/en';
import { build } from 'esbuild';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import type { TextContext } from '../../lambdas/extract/context.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../lambdas/extract/time/index.js';
import { RULES } from '../../lambdas/extract/time/rules.js';
import { parseTimeML } from '../eval/time/timeml.js';
import { articleFor } from '../eval/time.js';
import { lambdaBuildOptions, medianSpawns, spawnImport } from './cold-start.js';
import { bbcArticles } from './corpora.js';
import { figureSection, round, type SectionResult } from './report.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

/** Counts calls of `object[method]` until `restore()`; each call still goes to the original method. */
function countCalls<T extends object>(object: T, method: keyof T): { calls: () => number; restore: () => void } {
  if (Object.hasOwn(object, method)) throw new Error(`${String(method)} is an own property: counting would replace it`);
  const original = object[method] as (...args: unknown[]) => unknown;
  let calls = 0;
  Object.defineProperty(object, method, {
    configurable: true,
    value(this: unknown, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  return { calls: () => calls, restore: () => void Reflect.deleteProperty(object, method) };
}

/**
 * Sentences the cue filter passes to the rules and to chrono in one pass, counted from outside:
 * extractTimex runs every rule's pattern (`String#matchAll`) over each sentence that passed its
 * temporal-cue filter, and calls chrono's parser once per sentence it hands over.
 */
function filterShares(ctxs: TextContext[]): { found: number; readShare: number; chronoShare: number } {
  const read = countCalls(RULES[0].pattern, Symbol.matchAll);
  const toChrono = countCalls(chronoStrict, 'parse');
  let found = 0;
  try {
    for (const ctx of ctxs) found += extractTimex(ctx).length;
  } finally {
    read.restore();
    toChrono.restore();
  }
  // A text without sentences is read as one segment.
  const sentences = ctxs.reduce((n, c) => n + (c.sentences.length || 1), 0);
  return { found, readShare: read.calls() / sentences, chronoShare: toChrono.calls() / sentences };
}

/** Best of `rounds` timed passes over all contexts (after one counting pass), in chars/s. */
function throughput(ctxs: TextContext[], rounds = 5): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const ctx of ctxs) extractTimex(ctx);
    best = Math.min(best, performance.now() - started);
  }
  return ctxs.reduce((n, c) => n + c.text.length, 0) / (best / 1000);
}

/** Cold start of the time module as a Lambda would load it: bundled with the stack's esbuild options,
 * then imported and called once in fresh Node processes. Medians of `runs` processes, in ms. */
async function coldStart(runs = 7): Promise<{ bundleBytes: number; importMs: number; firstCallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-time-'));
  try {
    const bundle = join(dir, 'time.mjs');
    await build({ ...lambdaBuildOptions(REPO_ROOT), sourcemap: false, entryPoints: [join(REPO_ROOT, 'lambdas/extract/time/index.ts')], outfile: bundle });
    const text = 'The minister said on Wednesday that trade grew by almost 50% last year compared with 2020, and talks resume next month.';
    const firstCall = { input: JSON.stringify({ text, tokens: [], sentences: [], article: { publishedAt: '2022-02-17' } }), call: 'm.extractTimex(input)' };
    const spawns = medianSpawns(runs, () => spawnImport(bundle, {}, firstCall));
    return { bundleBytes: readFileSync(bundle).length, importMs: spawns.importMs, firstCallMs: spawns.firstCallMs! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(dataDir: string): Promise<Record<string, number>> {
  const bbc = contexts(bbcArticles(dataDir, 400).map((a) => ({ ...a, publishedAt: a.publishedAt ?? '2005-06-01' })));
  const tempeval = contexts(tempevalArticles(dataDir));
  if (!bbc.length && !tempeval.length) {
    throw new Error(`no corpora under ${dataDir} (set NEWSFACTS_DATA to the research data folder)`);
  }
  const figures: Record<string, number> = {};
  for (const [name, ctxs] of [['bbc', bbc], ['tempeval', tempeval]] as const) {
    if (!ctxs.length) continue;
    const shares = filterShares(ctxs);
    const chars = ctxs.reduce((n, c) => n + c.text.length, 0);
    figures[`${name}_chars_per_s`] = Math.round(throughput(ctxs));
    figures[`${name}_documents`] = ctxs.length;
    figures[`${name}_timex_per_1000_chars`] = round((1000 * shares.found) / chars, 2);
    figures[`${name}_sentences_read_share`] = round(shares.readShare, 3);
    figures[`${name}_sentences_to_chrono_share`] = round(shares.chronoShare, 4);
  }
  const cold = await coldStart();
  figures.bundle_bytes = cold.bundleBytes;
  figures.cold_import_ms = Math.round(cold.importMs);
  figures.cold_first_call_ms = Math.round(cold.firstCallMs);
  return figures;
}

export async function benchTime(dataDir: string): Promise<SectionResult> {
  return figureSection('Area benchmark: time expressions', 'scripts/bench/time.ts', 'time', await run(dataDir));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await run(resolve(process.env.NEWSFACTS_DATA ?? '../shared/data')));
}
