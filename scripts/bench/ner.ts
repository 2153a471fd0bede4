// Tokenization + sentence splitting + tagging throughput on one core, over the sample article and
// generated news-like text (no corpus needed). Also the model's cold load time. Reported by the
// "areas" section of `npm run bench`; `npx tsx scripts/bench/ner.ts` prints the figures alone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNerModel, modelDir } from '../../lambdas/extract/entities/model.js';
import { tagDocument } from '../../lambdas/extract/entities/tagger.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { cpuMsSince, figureSection, median, round, type SectionResult } from './report.js';

const MODEL_MODULE = new URL('../../lambdas/extract/entities/model.ts', import.meta.url).href;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** First nerModel() call in a fresh Node process (what a Lambda cold start pays), CPU and wall ms. */
function coldLoad(): { cpu: number; wall: number } {
  const script = [
    `const { nerModel } = await import(${JSON.stringify(MODEL_MODULE)});`,
    'const cpu = process.cpuUsage(); const t = performance.now(); nerModel();',
    'const used = process.cpuUsage(cpu);',
    'console.log(JSON.stringify({ cpu: (used.user + used.system) / 1000, wall: performance.now() - t }));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { cpu: number; wall: number };
}

const FIXTURE = fileURLToPath(new URL('../../scripts/bench/fixtures/news-sample.txt', import.meta.url));

export async function run(): Promise<Record<string, number>> {
  const loads: number[] = [];
  let model = loadNerModel(modelDir());
  for (let k = 0; k < 5; k++) {
    const cpu = process.cpuUsage();
    model = loadNerModel(modelDir());
    loads.push(cpuMsSince(cpu));
  }
  const text = readFileSync(FIXTURE, 'utf8');
  const corpus = Array.from({ length: 20 }, () => text).join('\n\n');
  // Warm up the JIT, then time whole passes until at least two seconds have gone by.
  for (let k = 0; k < 3; k++) tagDocument(docOf(text), model);
  // Rates are per CPU second of this process (one thread): on a shared machine wall time would
  // mostly measure the other processes. Five one-second segments; the median is reported, and the
  // best segment as the figure least disturbed by neighbours.
  const rates: { chars: number; tokens: number }[] = [];
  for (let segment = 0; segment < 5; segment++) {
    let chars = 0;
    let tokens = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    while (performance.now() - started < 1000) {
      const doc = docOf(corpus);
      tagDocument(doc, model);
      chars += corpus.length;
      tokens += doc.tokens.length;
    }
    const seconds = cpuMsSince(cpu) / 1000;
    rates.push({ chars: chars / seconds, tokens: tokens / seconds });
  }
  rates.sort((a, b) => a.chars - b.chars);
  const cold = [coldLoad(), coldLoad(), coldLoad()];
  return {
    'ner.charsPerSecond': Math.round(rates[2].chars),
    'ner.tokensPerSecond': Math.round(rates[2].tokens),
    'ner.charsPerSecondBest': Math.round(rates[4].chars),
    'ner.modelLoadCpuMs': round(median(loads)),
    'ner.coldLoadCpuMs': round(median(cold.map((c) => c.cpu))),
    'ner.coldLoadWallMs': round(median(cold.map((c) => c.wall))),
  };
}

export async function benchNer(): Promise<SectionResult> {
  return figureSection('Area benchmark: named-entity recognition', 'scripts/bench/ner.ts', 'ner', await run());
}

function docOf(text: string) {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await run());
}
