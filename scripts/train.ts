// `npm run train [-- --data DIR] [--train FILE --dev FILE] [--out DIR]`: trains the news NER tagger
// on CoNLL-format data (default: <data>/conll2003/eng.train, tuned on eng.testa) and writes the
// model folder the runtime loads (lambdas/extract/entities/model/). Deterministic: a fixed seed
// and fixed epochs reproduce the committed model byte for byte.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLUSTERS_FILE, GAZETTEER_FILE, MODEL_FILE, loadNerModel } from '../lambdas/extract/entities/model.js';
import { Gazetteer } from '../lambdas/extract/entities/gazetteer.js';
import { WordClusters, decodeClusters } from '../lambdas/extract/entities/word-clusters.js';
import { buildWordClusters } from './train/word-clusters.js';
import { SEED } from './train/train-ner.js';
import { pathToFileURL } from 'node:url';
import { gazetteerPhrases } from './train/build-gazetteers.js';
import { readConll } from './train/conll.js';
import { trainNer } from './train/train-ner.js';
import { evaluateDocuments } from './train/evaluate.js';
import { runAttributionTraining } from './train/train-attribution.js';
import { parseCliArgs } from './cli/cli-args.js';

const USAGE = `Usage: npm run train -- [--data DIR] [--train FILE --dev FILE] [--out DIR] [--epochs N] [--stages N]
       npm run train -- --model attribution [--data DIR] [--out FILE]
  Trains the news NER tagger on CoNLL-2003 train (tuned on eng.testa; word clusters from the unlabeled
  news of the data folder) and writes lambdas/extract/entities/model/, byte for byte the committed model.
  With --model attribution: the attribution tagger of the quote extractor, on PolNeAR train (it reads the
  NER model's entities, so train it after the NER model).
  --data    the research data folder (default: NEWSFACTS_DATA, else ../shared/data)
  --train, --dev  CoNLL-format files instead of the data folder's
  --out     where the model goes instead of the runtime's folder`;

const { values } = parseCliArgs(USAGE, {
  options: {
    data: { type: 'string' },
    train: { type: 'string' },
    dev: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    stages: { type: 'string' },
    model: { type: 'string' },
  },
});
// `--model attribution`: the attribution tagger of the fact extractors instead (PolNeAR train).
if (values.model === 'attribution') {
  runAttributionTraining(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data'), { out: values.out });
  process.exit(0);
}
const dataDir = resolve(values.data ?? process.env.NEWSFACTS_DATA ?? '../shared/data');
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
const gazetteer = Gazetteer.fromLines(phrases);
writeFileSync(gazetteerPath, gazetteer.encode());
log(`gazetteers: ${phrases.length} entries → ${gazetteerPath}`);
const clustersPath = join(outDir, CLUSTERS_FILE);
const words = buildWordClusters(dataDir, clustersPath, SEED, log);
if (words) log(`word clusters: ${words} words → ${clustersPath}`);
else {
  rmSync(clustersPath, { force: true });
  log(`no unlabeled news under ${dataDir} (reuters21578, bbc-news-fulltext, polnear/train/text, conll2003/eng.train): training without word clusters`);
}
const resources = {
  gazetteer,
  clusters: words ? decodeClusters(readFileSync(clustersPath)) : WordClusters.empty(),
};
const model = trainNer(readConll(trainFile), resources, {
  epochs: Number(values.epochs ?? 6),
  stages: Number(values.stages ?? 2),
  dataLabel: values.train ? trainFile.split('/').pop()! : 'CoNLL-2003 English (eng.train)',
  log,
});
writeFileSync(join(outDir, MODEL_FILE), model);
log(`model: ${(model.length / 1024 / 1024).toFixed(2)} MB → ${join(outDir, MODEL_FILE)}`);
if (devFile && existsSync(devFile)) {
  const score = evaluateDocuments(readConll(devFile), loadNerModel(pathToFileURL(outDir + '/')));
  log(`dev (${devFile}), from raw text:\n${score.report()}`);
}
