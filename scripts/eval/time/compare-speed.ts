// Warm throughput of two copies of the time module on the same BBC stories, interleaved in one
// process (best of 30 passes each, the order rotated every pass), with a second copy of the first as
// a check of what position alone costs. A paired comparison on a shared machine, where separate runs
// of scripts/bench/time.ts move by more than the difference being measured.
//   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   cp -r /tmp/before /tmp/before2
//   npx tsx scripts/eval/time/compare-speed.ts /tmp/before /tmp/before2 . [data dir]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleText } from '../../../lambdas/normalize/article.js';
import type { TextContext } from '../../../lambdas/extract/context.js';
import type { Timex } from '../../../lambdas/extract/types.js';
import { splitSentences } from '../../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../../lambdas/extract/text/tokenize.js';
import { bbcArticles } from '../../bench/corpora.js';

type Extract = (ctx: TextContext) => Timex[];

async function main(): Promise<void> {
  const [before, check, after, dataDir = process.env.NEWSFACTS_DATA ?? '../shared/data'] = process.argv.slice(2);
  if (!before || !check || !after) throw new Error('usage: compare-speed.ts BEFORE_DIR CHECK_DIR AFTER_DIR [DATA_DIR]');
  const load = async (dir: string) => ((await import(pathToFileURL(resolve(dir, 'lambdas/extract/time/index.ts')).href)) as { extractTimex: Extract }).extractTimex;
  const fns: Record<string, Extract> = { before: await load(before), check: await load(check), after: await load(after) };
  const ctxs = bbcArticles(dataDir, 400).map((article) => {
    const text = articleText(article);
    const tokens = tokenize(text);
    return { text, tokens, sentences: splitSentences(text, tokens), article };
  });
  const chars = ctxs.reduce((n, c) => n + c.text.length, 0);
  const names = Object.keys(fns);
  const best: Record<string, number> = Object.fromEntries(names.map((n) => [n, Infinity]));
  for (let pass = 0; pass < 30; pass++) {
    for (const name of names.map((_, i) => names[(i + pass) % names.length])) {
      const started = performance.now();
      for (const c of ctxs) fns[name](c);
      best[name] = Math.min(best[name], performance.now() - started);
    }
  }
  const rate = (name: string) => Math.round((chars / best[name]) * 1000).toLocaleString('en-US');
  console.log(`BBC ${ctxs.length} stories, ${chars.toLocaleString('en-US')} chars, chars/s: before ${rate('before')}, check ${rate('check')}, after ${rate('after')}`);
  console.log(`time after/before ${(best.after / best.before).toFixed(3)}, check/before ${(best.check / best.before).toFixed(3)}`);
}

await main();
