// Section 1: extraction throughput on one core, against compromise's people/places/organizations.
import nlp from 'compromise';
import { extract } from '../../lambdas/extract/index.js';
import type { TextContext } from '../../lambdas/extract/context.js';
import { recognizeEntities } from '../../lambdas/extract/entities/index.js';
import { extractFacts } from '../../lambdas/extract/facts/index.js';
import { extractQuantities } from '../../lambdas/extract/quantities/index.js';
import { extractTimex } from '../../lambdas/extract/time/index.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import { bbcArticles, reutersArticles } from './corpora.js';
import { fmt, median, round, sum, table, timeMs, verdict, type BenchContext, type SectionResult } from './report.js';

/** Articles per corpus in the head-to-head (compromise reads ~20k chars/s, so this bounds the section). */
const HEAD_TO_HEAD_ARTICLES = 80;
/** Articles per corpus for newsfacts' own throughput. */
const THROUGHPUT_ARTICLES = 300;
const ROUNDS = 5;
const HEAD_TO_HEAD_ROUNDS = 3;

type Runner = (articles: Article[]) => number;

const runExtract: Runner = (articles) => {
  let found = 0;
  for (const article of articles) {
    const result = extract(article);
    found += result.entities.length + result.timex.length + result.quantities.length + result.facts.length;
  }
  return found;
};

// NER alone: tokens and sentences (recognizeEntities reads both), then entities.
const runNer: Runner = (articles) => {
  let found = 0;
  for (const article of articles) {
    const text = articleText(article);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    found += recognizeEntities({ text, tokens, sentences, article }).length;
  }
  return found;
};

// The baseline: compromise doing only people, places and organizations on the same text.
const runCompromise: Runner = (articles) => {
  let found = 0;
  for (const article of articles) {
    const doc = nlp(articleText(article));
    found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  return found;
};

/**
 * Where extraction spends its time: the stages of extract() (lambdas/extract/index.ts) timed one by
 * one over the sample, summed per stage, medians over rounds. Mirrors extract()'s composition.
 */
function stageBreakdown(articles: Article[], rounds: number): { stage: string; ms: number }[] {
  const stages = ['tokens + sentences', 'entities', 'time expressions', 'quantities', 'facts'];
  const perRound: number[][] = stages.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const totals = stages.map(() => 0);
    for (const article of articles) {
      let t = performance.now();
      const text = articleText(article);
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      const ctx: TextContext = { text, tokens, sentences, article };
      const lap = (i: number) => {
        const now = performance.now();
        totals[i] += now - t;
        t = now;
      };
      lap(0);
      const entities = recognizeEntities(ctx);
      lap(1);
      const timex = extractTimex(ctx);
      lap(2);
      const quantities = extractQuantities(ctx);
      lap(3);
      extractFacts({ ...ctx, entities, timex, quantities });
      lap(4);
    }
    for (const [i, ms] of totals.entries()) perRound[i].push(ms);
  }
  return stages.map((stage, i) => ({ stage, ms: median(perRound[i]) }));
}

interface Rates {
  charsPerSec: number;
  articlesPerSec: number;
}

function rate(articles: Article[], ms: number): Rates {
  const chars = sum(articles.map((a) => articleText(a).length));
  return { charsPerSec: chars / (ms / 1000), articlesPerSec: articles.length / (ms / 1000) };
}

/** Medians over rounds; runners alternate inside a round so drift on the shared machine hits all alike. */
function measure(articles: Article[], runners: Record<string, Runner>, rounds: number): Record<string, { rates: Rates; perRound: number[] }> {
  for (const run of Object.values(runners)) run(articles.slice(0, 10)); // warm up the JIT
  const perRound: Record<string, number[]> = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(runners)) perRound[name].push(timeMs(() => run(articles)));
  }
  return Object.fromEntries(
    Object.entries(perRound).map(([name, times]) => [name, { rates: rate(articles, median(times)), perRound: times.map((ms) => rate(articles, ms).charsPerSec) }]),
  );
}

export async function benchExtraction(ctx: BenchContext): Promise<SectionResult> {
  const corpora: Record<string, Article[]> = {
    BBC: bbcArticles(ctx.dataDir, THROUGHPUT_ARTICLES),
    'Reuters-21578': reutersArticles(ctx.dataDir, THROUGHPUT_ARTICLES),
  };
  const rows: (string | number)[][] = [];
  const h2hRows: (string | number)[][] = [];
  const figures: SectionResult['figures'] = {};
  const ratios: number[] = [];
  for (const [corpus, articles] of Object.entries(corpora)) {
    if (articles.length === 0) continue;
    const key = corpus === 'BBC' ? 'bbc' : 'reuters';
    const chars = sum(articles.map((a) => articleText(a).length));
    ctx.log(`extraction: ${corpus}, ${articles.length} articles, ${ROUNDS} rounds`);
    const own = measure(articles, { extract: runExtract, ner: runNer }, ROUNDS);
    rows.push([corpus, articles.length, fmt(chars), fmt(own.extract.rates.charsPerSec), fmt(own.extract.rates.articlesPerSec, 1), fmt(own.ner.rates.charsPerSec)]);
    figures[`extract_${key}_chars_per_s`] = Math.round(own.extract.rates.charsPerSec);
    figures[`extract_${key}_articles_per_s`] = round(own.extract.rates.articlesPerSec);
    figures[`extract_${key}_ms_per_article`] = round(1000 / own.extract.rates.articlesPerSec, 2);
    figures[`extract_${key}_mean_chars`] = Math.round(chars / articles.length);
    figures[`ner_${key}_chars_per_s`] = Math.round(own.ner.rates.charsPerSec);

    const subset = articles.slice(0, HEAD_TO_HEAD_ARTICLES);
    ctx.log(`extraction: ${corpus} head-to-head with compromise, ${subset.length} articles, ${HEAD_TO_HEAD_ROUNDS} rounds`);
    const h2h = measure(subset, { extract: runExtract, compromise: runCompromise }, HEAD_TO_HEAD_ROUNDS);
    const roundRatios = h2h.extract.perRound.map((r, i) => r / h2h.compromise.perRound[i]);
    const ratio = median(roundRatios);
    ratios.push(ratio);
    h2hRows.push([
      corpus, subset.length, fmt(h2h.extract.rates.charsPerSec), fmt(h2h.compromise.rates.charsPerSec),
      `${fmt(ratio, 1)}× (rounds: ${roundRatios.map((r) => fmt(r, 1)).join(', ')})`,
    ]);
    figures[`compromise_${key}_chars_per_s`] = Math.round(h2h.compromise.rates.charsPerSec);
    figures[`extract_vs_compromise_${key}`] = round(ratio, 2);
  }
  if (rows.length === 0) throw new Error('no BBC or Reuters articles found');
  const worst = Math.min(...ratios);
  ctx.log('extraction: stage breakdown on the BBC sample');
  const breakdown = stageBreakdown(corpora.BBC, 3);
  const breakdownTotal = sum(breakdown.map((b) => b.ms));
  for (const b of breakdown) figures[`stage_${b.stage.replace(/\W+/g, '_')}_ms_per_article`] = round(b.ms / corpora.BBC.length, 3);
  const markdown = [
    'One Node.js thread (extraction is synchronous). The articles are normalized first and not timed;',
    '`extract(article)` (lambdas/extract/index.ts: tokens, sentences, entities, time expressions,',
    'quantities, facts) is timed over the whole sample, once per round. BBC stories are spread',
    'over all five topics; Reuters stories are the first ones with a body of 200+ characters. Medians over',
    `${ROUNDS} rounds (head-to-head: ${HEAD_TO_HEAD_ROUNDS}), after a warm-up.`,
    '',
    table(['corpus', 'articles', 'characters', 'extract chars/s', 'extract articles/s', 'NER only chars/s'], rows),
    '',
    'NER only = `tokenize` + `splitSentences` (the recognizer reads sentence bounds) + `recognizeEntities`.',
    '',
    `Head-to-head on the first ${HEAD_TO_HEAD_ARTICLES} articles of each sample: the full \`extract\` against`,
    '[compromise](https://github.com/spencermountain/compromise) doing only `people()`, `places()` and',
    '`organizations()` on the same text, alternating inside each round. The ratio is computed per round, then the median.',
    '',
    table(['corpus', 'articles', 'newsfacts extract chars/s', 'compromise NER chars/s', 'ratio'], h2hRows),
    '',
    `Target ≥ 2× compromise: ${verdict(worst >= 2)} (lowest ratio ${fmt(worst, 1)}×).`,
    '',
    `Where the time goes: each stage of \`extract\` timed separately over the ${corpora.BBC.length} BBC stories (median of 3 rounds).`,
    '',
    table(['stage', 'ms per article', 'share'], breakdown.map((b) => [b.stage, fmt(b.ms / corpora.BBC.length, 3), `${fmt((b.ms / breakdownTotal) * 100, 0)} %`])),
  ].join('\n');
  return {
    title: 'Extraction throughput (one core)', markdown, figures,
    targets: [{ target: 'extraction ≥ 2× compromise NER throughput', measured: `${fmt(worst, 1)}× (lowest of BBC, Reuters)`, met: worst >= 2 }],
  };
}
