// `npx tsx scripts/eval/time/score-web-set.ts FILE… [--errors]`: TempEval-3 scores of web-news set
// files (web-news-set-4.json, …) that `npm run eval -- time` does not list yet, read the same way
// (article text → tokenizer → sentence splitter → extractTimex, the story's dct as publishedAt).
// --errors also prints every miss, spurious span and wrong value.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleText, type Article } from '../../../lambdas/normalize/article.js';
import { splitSentences } from '../../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../../lambdas/extract/time/index.js';
import type { TimeMLDocument } from './timeml.js';
import { emptyCounts, scoreDocument, scores, type Mismatch, type ScoredSpan, type TimexCounts } from './tempeval-score.js';
import { loadWebNewsSet } from './web-news-set.js';

export function scoreWebSet(docs: TimeMLDocument[]): { counts: TimexCounts; errors: { doc: TimeMLDocument; error: Mismatch }[] } {
  const counts = emptyCounts();
  const errors: { doc: TimeMLDocument; error: Mismatch }[] = [];
  for (const doc of docs) {
    const article: Article = {
      title: null, body: doc.text, publishedAt: doc.dct, source: null, sources: [], dateline: null, language: 'en',
      url: null, author: null, submittedBy: null, format: 'text',
    };
    const text = articleText(article);
    const tokens = tokenize(text);
    const system = extractTimex({ text, tokens, sentences: splitSentences(text, tokens), article });
    for (const error of scoreDocument(doc.timex, system, counts)) errors.push({ doc, error });
  }
  return { counts, errors };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  console.log('set                      gold  sys | strict F1 | relaxed F1 | value acc  value F1 | type acc');
  for (const file of args.filter((a) => a !== '--errors')) {
    const { counts, errors } = scoreWebSet(loadWebNewsSet(file));
    const s = scores(counts);
    console.log(`${basename(file).padEnd(22)} ${String(counts.gold).padStart(5)} ${String(counts.system).padStart(4)} | ${pct(s.strictF1)}    | ${pct(s.relaxedF1)}     | ${pct(s.valueAccuracy)}    ${pct(s.valueF1)} | ${pct(s.typeAccuracy)}`);
    if (!showErrors) continue;
    for (const { doc, error } of errors) {
      const span = (t: ScoredSpan | undefined) => (t ? `"${doc.text.slice(t.start, t.end)}" ${t.type} ${t.value}` : '-');
      const at = error.gold ?? error.system!;
      console.log(`  ${doc.id} dct=${doc.dct}\tgold=${span(error.gold)}\tsys=${span(error.system)}\t…${doc.text.slice(Math.max(0, at.start - 60), at.end + 40).replace(/\s+/g, ' ')}…`);
    }
  }
}
