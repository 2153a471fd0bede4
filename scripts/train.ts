// `npm run train [-- --data DIR] [--train FILE --dev FILE] [--out DIR]`: trains the news NER tagger
// on CoNLL-format data (default: <data>/conll2003/eng.train, tuned on eng.testa) and writes the
// model folder the runtime loads (lambdas/extract/entities/model/). Deterministic: a fixed seed
// and fixed epochs reproduce the committed model byte for byte.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLUSTERS_FILE, GAZETTEER_FILE, MODEL_FILE, loadNerModel } from '../lambdas/extract/entities/model.js';
import { Gazetteer } from '../lambdas/extract/entities/gazetteer.js';
import { WordClusters, decodeClusters } from '../lambdas/extract/entities/word-clusters.js';
import { buildWordClusters, unlabeledNews } from './train/word-clusters.js';
import { mineNames } from './train/mine-names.js';
import { buildTaggedLexicon } from './train/tagged-lexicon.js';
import { SWAP_DEFAULTS, swapPools } from './train/entity-swap.js';
import { tuningPaths } from './eval/ner/out-of-time-set.js';
import { SEED } from './train/train-ner.js';
import { pathToFileURL } from 'node:url';
import { gazetteerPhrases } from './train/build-gazetteers.js';
import { readConll } from './train/conll.js';
import { trainNer } from './train/train-ner.js';
import { evaluateDocuments } from './train/evaluate.js';
import { runAttributionTraining } from './train/train-attribution.js';
import { runTimeFilterTraining } from './train/train-time-filter.js';
import { NEURAL_NER_DEFAULTS, evaluateNeuralNer, runNeuralNerTraining } from './train/neural-ner/train-neural-ner.js';
import { parseCliArgs } from './cli/cli-args.js';

const USAGE = `Usage: npm run train -- [--data DIR] [--train FILE --dev FILE] [--out DIR] [--epochs N] [--stages N]
       npm run train -- --model attribution [--data DIR] [--out FILE]
  Trains the news NER tagger on CoNLL-2003 train (tuned on eng.testa; word clusters from the unlabeled
  news of the data folder) and writes lambdas/extract/entities/model/, byte for byte the committed model.
  With --model attribution: the attribution tagger of the quote extractor, on PolNeAR train (it reads the
  NER model's entities, so train it after the NER model).
       npm run train -- --model time-filter [--data DIR] [--out FILE]
  The time span filter (an experiment, not kept: docs/quality/time.md), on TempEval-3 Training's tune split;
  written to --out (default: time-span-filter.json in the temporary folder).
       npm run train -- --model neural-ner [--data DIR] [--out FILE] [--hidden N] [--dims N] [--epochs N] [--min-count N]
            [--stack] [--crf] [--lr X] [--feature-dropout X] [--hidden-dropout X] [--seed N] [--out-of-time]
  The neural tagger (a window network over the perceptron's features and word vectors; an experiment,
  not kept: docs/quality/ner.md), on CoNLL-2003 train, keeping the best of --epochs (default 12) on dev;
  prints dev and BBC tuning-set scores next to the committed perceptron's, size and speed. Defaults:
  hidden 64, dims 64, min-count 3, lr 0.05, dropouts 0.1 / 0.2. --stack adds the perceptron's first-pass
  labels as inputs, --crf trains with a CRF loss (learned transitions), --out-of-time also scores the
  out-of-time set. Written to --out (default: the temporary folder).
       npm run train -- --model neural-ner --evaluate FILE [--out-of-time]
  Scores a neural model file without training (the same reports).
  --data    the research data folder (default: NEWSFACTS_DATA, else ../shared/data)
  --train, --dev  CoNLL-format files instead of the data folder's
  --out     where the model goes instead of the runtime's folder
  --seed N  shuffle the training samples with another seed (the committed model uses the default): how far
            a score moves with the seed alone is the noise any change has to beat
  --mix K   average K perceptrons per stage, trained in K sample orders (default 1; K times the training time)
  --mined-names N   add gazetteer lists of names mined from the unlabeled news by their contexts
            ("… Ltd", "Mr …", "the town of …", "the film …"), each seen at least N times (experiment, not kept)
  --mined-categories LIST  only these of the mined lists (morg, mper, mloc, mwork; default all)
  --features LIST  optional feature families (comma-separated; recorded in the model file): agg, the words
            next to a capitalised word's other occurrences in the document (context aggregation)
  --swap R[/C]  add entity-swapped copies of a share R of the training documents (their PER/ORG/LOC names
            replaced by other names of the class; organizations by a single surname or city with chance C,
            default 0.25)
  --tagged-lexicon  add lists of the names a first-pass tagger tags alike across the unlabeled news
            (self-training; experiment, not kept)`;

const { values } = parseCliArgs(USAGE, {
  options: {
    data: { type: 'string' },
    train: { type: 'string' },
    dev: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    stages: { type: 'string' },
    model: { type: 'string' },
    seed: { type: 'string' },
    mix: { type: 'string' },
    'mined-names': { type: 'string' },
    'mined-categories': { type: 'string' },
    'tagged-lexicon': { type: 'boolean' },
    features: { type: 'string' },
    swap: { type: 'string' },
    hidden: { type: 'string' },
    dims: { type: 'string' },
    'min-count': { type: 'string' },
    stack: { type: 'boolean' },
    crf: { type: 'boolean' },
    lr: { type: 'string' },
    'feature-dropout': { type: 'string' },
    'hidden-dropout': { type: 'string' },
    'out-of-time': { type: 'boolean' },
    evaluate: { type: 'string' },
  },
});
// `--model attribution`: the attribution tagger of the fact extractors instead (PolNeAR train).
if (values.model === 'time-filter') {
  runTimeFilterTraining(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), { out: values.out });
  process.exit(0);
}
if (values.model === 'neural-ner' && values.evaluate) {
  evaluateNeuralNer(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), resolve(values.evaluate), values['out-of-time'] ?? false);
  process.exit(0);
}
if (values.model === 'neural-ner') {
  const d = NEURAL_NER_DEFAULTS;
  const number = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
  runNeuralNerTraining(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), {
    out: values.out ? resolve(values.out) : undefined,
    hidden: number(values.hidden, d.hidden),
    dims: number(values.dims, d.dims),
    epochs: number(values.epochs, d.epochs),
    minCount: number(values['min-count'], d.minCount),
    stack: values.stack ?? d.stack,
    crf: values.crf ?? d.crf,
    learningRate: number(values.lr, d.learningRate),
    featureDropout: number(values['feature-dropout'], d.featureDropout),
    hiddenDropout: number(values['hidden-dropout'], d.hiddenDropout),
    seed: number(values.seed, d.seed),
    outOfTime: values['out-of-time'] ?? d.outOfTime,
  });
  process.exit(0);
}
if (values.model === 'attribution') {
  runAttributionTraining(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), { out: values.out });
  process.exit(0);
}
const dataDir = resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data');
const seed = values.seed === undefined ? undefined : positiveInteger('--seed', values.seed);
const mix = values.mix === undefined ? undefined : positiveInteger('--mix', values.mix);
const minedNames = values['mined-names'] === undefined ? 0 : positiveInteger('--mined-names', values['mined-names']);
const trainFile = resolve(values.train ?? join(dataDir, 'conll2003', 'eng.train'));
const devFile = values.dev ? resolve(values.dev) : values.train ? undefined : join(dataDir, 'conll2003', 'eng.testa');
const outDir = resolve(values.out ?? 'lambdas/extract/entities/model');
if (!existsSync(trainFile)) {
  console.error(`Training data not found at ${trainFile}: pass --data DIR (the research data folder) or --train FILE (CoNLL format).`);
  process.exit(2);
}

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
mkdirSync(outDir, { recursive: true });
const gazetteerPath = join(outDir, GAZETTEER_FILE);
const phrases = gazetteerPhrases();
let gazetteer = Gazetteer.fromLines(phrases);
writeFileSync(gazetteerPath, gazetteer.encode());
log(`gazetteers: ${phrases.length} entries → ${gazetteerPath}`);
const clustersPath = join(outDir, CLUSTERS_FILE);
const words = buildWordClusters(dataDir, clustersPath, SEED, log);
if (words) log(`word clusters: ${words} words → ${clustersPath}`);
else {
  rmSync(clustersPath, { force: true });
  log(`no unlabeled news under ${dataDir} (reuters21578, bbc-news-fulltext, polnear/train/text, conll2003/eng.train): training without word clusters`);
}
const clusters = words ? decodeClusters(readFileSync(clustersPath)) : WordClusters.empty();
const labelled = readConll(trainFile);
if (minedNames || values['tagged-lexicon']) {
  // Both BBC sets and CoNLL train stay out, so that their names are as unseen as a new story's.
  const texts = unlabeledNews(dataDir, { leaveOut: tuningPaths(), conllTrain: false });
  const extra: [string, string][] = [];
  if (minedNames) {
    const categories = (values['mined-categories'] ?? 'morg,mper,mloc,mwork').split(',');
    const mined = mineNames(texts, minedNames).filter(([category, phrase]) => categories.includes(category) && gazetteer.lookup(phrase.split(' ')) === 0);
    log(`mined names: ${mined.length} phrases not in the package lists`);
    extra.push(...mined);
  }
  if (values['tagged-lexicon']) {
    const lexicon = buildTaggedLexicon(labelled, { gazetteer: Gazetteer.fromLines([...phrases, ...extra]), clusters }, texts, {
      epochs: Number(values.epochs ?? 6), seed: seed ?? SEED, mix,
    });
    log(`tagged lexicon: ${lexicon.length} phrases`);
    extra.push(...lexicon);
  }
  gazetteer = Gazetteer.fromLines([...phrases, ...extra]);
  writeFileSync(gazetteerPath, gazetteer.encode());
}
const resources = { gazetteer, clusters };
const model = trainNer(labelled, resources, {
  epochs: Number(values.epochs ?? 6),
  stages: Number(values.stages ?? 2),
  seed,
  mix,
  features: values.features ? values.features.split(',') : undefined,
  swap: values.swap ? { ...swapSettings(values.swap), pools: swapPools(labelled, phrases) } : undefined,
  dataLabel: values.train ? trainFile.split('/').pop()! : 'CoNLL-2003 English (eng.train)',
  log,
});
writeFileSync(join(outDir, MODEL_FILE), model);
log(`model: ${(model.length / 1024 / 1024).toFixed(2)} MB → ${join(outDir, MODEL_FILE)}`);
if (devFile && existsSync(devFile)) {
  const score = evaluateDocuments(readConll(devFile), loadNerModel(pathToFileURL(outDir + '/')));
  log(`dev (${devFile}), from raw text:\n${score.report()}`);
}

function swapSettings(value: string): { rate: number; crossRate: number } {
  const [rate, crossRate] = value.split('/').map(Number);
  const share = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!share(rate) || (crossRate !== undefined && !share(crossRate))) {
    console.error(`--swap takes a share R or R/C between 0 and 1, not "${value}".`);
    process.exit(2);
  }
  return { rate, crossRate: crossRate ?? SWAP_DEFAULTS.crossRate };
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${flag} takes a positive integer, not "${value}".`);
    process.exit(2);
  }
  return n;
}
