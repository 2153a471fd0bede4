// `npm run eval -- time`: TempEval-3 timex metrics on ../shared/data/tempeval3/Training (TimeBank +
// AQUAINT). Each document's <TEXT> goes through the same path as the extraction CLI (article text,
// tokenizer, sentence splitter, extractTimex) with the creation time as publishedAt.
// Every 5th document (sorted by path) is the held-out dev split; the rest is for tuning.
// Then the project's own set (scripts/eval/time/news-set.json: 22 Reuters-21578 and BBC stories
// annotated by hand, never tuned on), the same way with each story's chosen creation time, and the
// web-news set (scripts/eval/time/web-news-set.json, -2.json … -17.json: batches of stories of our own in present-day web style).
// NEWSFACTS_TIME_ERRORS=FILE writes every miss, spurious span and wrong value there.
// NEWSFACTS_TIME_FILTER=FILE applies that span filter to extractTimex's output (npm run train -- --model time-filter).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import { extractTimex } from '../../lambdas/extract/time/index.js';
import type { Sentence, Timex } from '../../lambdas/extract/types.js';
import { filterSpans, type SpanFilterModel } from './time/span-filter.js';
import { chronoTimex } from './time/chrono-baseline.js';
import { loadNewsSet, newsSetText } from './time/news-set.js';
import { loadWebNewsSet, WEB_NEWS_SET_FILES } from './time/web-news-set.js';
import { parseTimeML, type TimeMLDocument } from './time/timeml.js';
import { emptyCounts, scoreDocument, scores, type Mismatch, type TimexCounts } from './time/tempeval-score.js';
import { VALUE_ERROR_CLASSES, valueErrorClass, type ValueErrorClass } from './time/value-error-class.js';

export function listTml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTml(path));
    else if (entry.name.endsWith('.tml')) out.push(path);
  }
  return out.sort();
}

export function articleFor(doc: Pick<TimeMLDocument, 'text' | 'dct'>): Article {
  return {
    title: null,
    body: doc.text,
    publishedAt: doc.dct,
    source: null,
    sources: [],
    dateline: null,
    language: 'en',
    url: null,
    author: null,
    submittedBy: null,
    format: 'text',
  };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const NEWS_SET = join(dirname(fileURLToPath(import.meta.url)), 'time', 'news-set.json');
// The batches (WEB_NEWS_SET_FILES), each written and annotated before the tagger saw it, scored once unseen, then read
// for errors (docs/quality/time.md).
const WEB_NEWS_SETS = WEB_NEWS_SET_FILES.map((file, i): [string, string] => [i === 0 ? 'web news set' : `web news set ${i + 1}`, file]);

export async function run(dataDir: string): Promise<void> {
  const root = join(dataDir, 'tempeval3', 'Training');
  if (!existsSync(root)) console.log(`TempEval-3 training data not found at ${root}; skipping TempEval-3.`);
  const files = existsSync(root) ? listTml(root) : [];
  const splits: Record<string, TimexCounts> = { dev: emptyCounts(), tune: emptyCounts(), all: emptyCounts(), 'rules only all': emptyCounts(), 'chrono-only dev': emptyCounts(), 'chrono-only all': emptyCounts() };
  const errorLines: string[] = [];
  const valueErrors: Record<string, Partial<Record<ValueErrorClass, number>>> = {};
  const tally = (split: string, errors: Mismatch[]) => {
    const row = (valueErrors[split] ??= {});
    for (const e of errors) if (e.gold && e.system) row[valueErrorClass(e.gold.value, e.system.value)] = (row[valueErrorClass(e.gold.value, e.system.value)] ?? 0) + 1;
  };
  let chars = 0;
  let millis = 0;
  const filterFile = process.env.NEWSFACTS_TIME_FILTER;
  const filter = filterFile ? (JSON.parse(readFileSync(filterFile, 'utf8')) as SpanFilterModel) : undefined;
  if (filterFile) console.log(`span filter: ${filterFile}`);
  const filterOf = (text: string, sentences: Sentence[], found: Timex[]) => (filter ? filterSpans(text, found, sentences, filter) : found);
  const read = (doc: Pick<TimeMLDocument, 'text' | 'dct'>) => {
    const article = articleFor(doc);
    const text = articleText(article);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const started = performance.now();
    const system = filterOf(text, sentences, extractTimex({ text, tokens, sentences, article }));
    millis += performance.now() - started;
    chars += text.length;
    return { article, text, tokens, sentences, system };
  };
  files.forEach((file, i) => {
    const doc = parseTimeML(readFileSync(file, 'utf8'), relative(root, file));
    const { article, text, tokens, sentences, system } = read(doc);
    const split = i % 5 === 4 ? 'dev' : 'tune';
    const splitErrors = scoreDocument(doc.timex, system, splits[split]);
    // Only the tuning split's errors are sorted: the held-out ones stay a number.
    if (split === 'tune') tally(split, splitErrors);
    const errors = scoreDocument(doc.timex, system, splits.all);
    scoreDocument(doc.timex, filterOf(text, sentences, extractTimex({ text, tokens, sentences, article }, { chrono: false })), splits['rules only all']);
    const baseline = chronoTimex(text, doc.dct);
    if (split === 'dev') scoreDocument(doc.timex, baseline, splits['chrono-only dev']);
    scoreDocument(doc.timex, baseline, splits['chrono-only all']);
    for (const e of errors) errorLines.push(describe(doc, e, split));
  });
  console.log(`TempEval-3 Training: ${files.length} documents (dev = every 5th: ${Math.floor(files.length / 5)})`);

  // The own set: annotated by hand for this project, kept out of tuning.
  const stories = loadNewsSet(NEWS_SET);
  splits['news set'] = emptyCounts();
  splits['news set Reuters'] = emptyCounts();
  splits['news set BBC'] = emptyCounts();
  let storiesRead = 0;
  for (const story of stories) {
    const text = newsSetText(dataDir, story.path);
    if (text === null) continue;
    for (const t of story.timex) {
      if (text.slice(t.start, t.end) !== t.text) throw new Error(`${story.path}: "${t.text}" is not at ${t.start} in the data folder's copy`);
    }
    storiesRead++;
    const doc = { id: story.path, dct: story.dct, text, timex: story.timex };
    const { system } = read(doc);
    const errors = scoreDocument(story.timex, system, splits['news set']);
    scoreDocument(story.timex, system, splits[story.path.startsWith('reuters') ? 'news set Reuters' : 'news set BBC']);
    for (const e of errors) errorLines.push(describe(doc, e, 'news'));
  }
  console.log(`own news set: ${storiesRead} of ${stories.length} stories found in ${dataDir}`);

  // The second own set: stories written in the style of present-day web news, text stored with it.
  for (const [name, file] of WEB_NEWS_SETS) {
    const webStories = loadWebNewsSet(file);
    splits[name] = emptyCounts();
    for (const doc of webStories) {
      const { system } = read(doc);
      for (const e of scoreDocument(doc.timex, system, splits[name])) errorLines.push(describe(doc, e, name === 'web news set' ? 'web' : `web${name.slice('web news set '.length)}`));
    }
    console.log(`${name}: ${webStories.length} stories`);
  }
  if (millis > 0) console.log(`extraction ${Math.round(chars / (millis / 1000)).toLocaleString('en')} chars/s`);
  console.log('split             gold  sys | strict P     R    F1 | relaxed P    R    F1 | value acc  value F1 | type acc  type F1');
  for (const [name, c] of Object.entries(splits)) {
    if (!c.gold && !c.system) continue; // a data set the folder lacks
    const s = scores(c);
    console.log(
      `${name.padEnd(16)} ${String(c.gold).padStart(5)} ${String(c.system).padStart(4)} |` +
        `${pct(s.strictP)}${pct(s.strictR)}${pct(s.strictF1)} |${pct(s.relaxedP)}${pct(s.relaxedR)}${pct(s.relaxedF1)} |` +
        `${pct(s.valueAccuracy)}    ${pct(s.valueF1)} |${pct(s.typeAccuracy)}  ${pct(s.typeF1)}`,
    );
  }
  // Where value F1 is lost: gold spans missed, system spans matching no gold, matched spans of another value.
  console.log('split             missed spurious wrong-value');
  for (const [name, c] of Object.entries(splits)) {
    if (!c.gold && !c.system) continue;
    console.log(`${name.padEnd(16)} ${String(c.gold - c.relaxedGold).padStart(7)} ${String(c.system - c.relaxedSystem).padStart(8)} ${String(c.pairs - c.valueCorrect).padStart(11)}`);
  }
  // What the wrong values are, by the shape of gold and system value (scripts/eval/time/value-error-class.ts).
  console.log(`wrong values by kind (tune only): ${VALUE_ERROR_CLASSES.join(' | ')}`);
  for (const [name, row] of Object.entries(valueErrors)) console.log(`${name.padEnd(16)} ${VALUE_ERROR_CLASSES.map((k) => row[k] ?? 0).join(' | ')}`);
  const errorsFile = process.env.NEWSFACTS_TIME_ERRORS;
  if (errorsFile) {
    writeFileSync(errorsFile, errorLines.join('\n') + '\n');
    console.log(`${errorLines.length} errors written to ${errorsFile}`);
  }
}

function describe(doc: Pick<TimeMLDocument, 'id' | 'dct' | 'text'>, e: Mismatch, split: string): string {
  const span = (s: { start: number; end: number; type: string; value: string }) =>
    `"${doc.text.slice(s.start, s.end)}" ${s.type} ${s.value}`;
  const at = e.gold ?? e.system!;
  const context = doc.text.slice(Math.max(0, at.start - 60), at.end + 40).replace(/\s+/g, ' ');
  const kind = e.gold && e.system ? 'VALUE' : e.gold ? 'MISS' : 'SPURIOUS';
  return `${kind}\t${split}\t${doc.id} dct=${doc.dct}\tgold=${e.gold ? span(e.gold) : '-'}\tsys=${e.system ? span(e.system) : '-'}\t…${context}…`;
}
