import nlp from 'compromise';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNerModel, modelDir } from '../../../lambdas/extract/entities/model.js';
import { hashString } from '../../../lambdas/extract/entities/hash.js';
import { NUM_LABELS, spansOf } from '../../../lambdas/extract/entities/labels.js';
import { SortedHashIndex } from '../../../lambdas/extract/entities/sorted-hash-index.js';
import { labelDocument, tagDocument, type NerModel } from '../../../lambdas/extract/entities/tagger.js';
import { TaggerStage } from '../../../lambdas/extract/entities/tagger-model.js';
import { splitSentences } from '../../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../../lambdas/extract/text/tokenize.js';
import { BBC_TUNING_SET, outOfTimeDocuments } from '../../eval/ner/out-of-time-set.js';
import { readConll, type RawDocument } from '../conll.js';
import { addHonorifics, HONORIFIC_RATES } from '../honorifics.js';
import { mulberry32, trainStage } from '../perceptron.js';
import { prepare, type PreparedDocument } from '../prepare.js';
import { SpanScore } from '../score.js';
import { SEED } from '../train-ner.js';
import { unlabeledNews } from '../word-clusters.js';
import { decodeNeuralModel, encodeNeuralModel } from './neural-model-file.js';
import { labelSamples, neuralFeatureIds, neuralTagDocument, sentenceSamples, type NeuralTagger } from './neural-tagger.js';
import { WindowNetwork, type NetworkSample } from './window-network.js';
import { buildWordVectors, WORD_VECTOR_DEFAULTS, WordVectors } from './word-vectors.js';

// `npm run train -- --model neural-ner`: the neural-tagger experiment of issue 13 (measured, not
// kept: docs/quality/ner.md). Trains the window network on CoNLL-2003 train (with the same
// honorifics as the perceptron), picks the epoch by CoNLL dev F1, prints dev and BBC tuning-set
// scores of the tagger alone next to the committed perceptron's, the model file's size, its load
// time and its tagging speed against the perceptron's on the same text. With --out-of-time it
// also scores the out-of-time set (once, for the variant one would ship).

export interface NeuralNerOptions {
  out?: string;
  hidden: number;
  dims: number;
  epochs: number;
  minCount: number;
  stack: boolean;
  crf: boolean;
  learningRate: number;
  featureDropout: number;
  hiddenDropout: number;
  seed: number;
  outOfTime: boolean;
}

export const NEURAL_NER_DEFAULTS: NeuralNerOptions = {
  hidden: 64, dims: 64, epochs: 12, minCount: 3, stack: false, crf: false, learningRate: 0.05, featureDropout: 0.1, hiddenDropout: 0.2, seed: SEED, outOfTime: false,
};

const FOLDS = 5;

export function runNeuralNerTraining(dataDir: string, options: NeuralNerOptions): void {
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const perceptron = loadNerModel(modelDir());
  const resources = { gazetteer: perceptron.gazetteer, clusters: perceptron.clusters };
  const trainDocs = addHonorifics(readConll(join(dataDir, 'conll2003', 'eng.train')), SEED, HONORIFIC_RATES).map(prepare);
  const devRaw = readConll(join(dataDir, 'conll2003', 'eng.testa'));
  const tuningRaw = outOfTimeDocuments(dataDir, BBC_TUNING_SET).docs;
  const vectors = wordVectors(dataDir, options.dims, log);
  const trainPriors = options.stack ? jackknifePriors(trainDocs, resources, log) : undefined;
  const firstPass: NerModel = { ...perceptron, stages: perceptron.stages.slice(0, 1) };
  const prior = (d: PreparedDocument) => (options.stack ? labelDocument(d.doc, firstPass) : undefined);

  const trainIds = trainDocs.map((d, i) => neuralFeatureIds(d.doc, resources, vectors, trainPriors?.[i]));
  const counts = new Map<number, number>();
  for (const { features } of trainIds) for (const id of features.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const hashes = Uint32Array.from([...counts].filter(([, c]) => c >= options.minCount).map(([id]) => id)).sort();
  const index = new SortedHashIndex(hashes);
  const samples: NetworkSample[] = trainDocs.flatMap((d, i) => sentenceSamples(d.doc, trainIds[i], index, d.gold));
  const tokens = samples.reduce((n, s) => n + s.gold.length, 0);
  log(`training: ${trainDocs.length} documents, ${samples.length} sentences, ${tokens} tokens, ${hashes.length} sparse feature rows (seen ≥ ${options.minCount} times)`);
  const evalSet = (raw: RawDocument[]) => raw.map((r) => {
    const d = prepare(r);
    return { raw: r, doc: d.doc, samples: sentenceSamples(d.doc, neuralFeatureIds(d.doc, resources, vectors, prior(d)), index) };
  });
  const dev = evalSet(devRaw);
  const tuning = evalSet(tuningRaw);
  const shape = { rows: hashes.length, hidden: options.hidden, dims: vectors.dims, labels: NUM_LABELS, crf: options.crf };
  const network = new WindowNetwork(shape, vectors.vectors, options.seed);
  const settings = { learningRate: options.learningRate, featureDropout: options.featureDropout, hiddenDropout: options.hiddenDropout };
  const random = mulberry32(options.seed);
  const order = samples.map((_, i) => i);
  let best = { f1: -1, epoch: 0, weights: snapshot(network) };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const k of order) loss += network.trainSentence(samples[k], settings, random);
    const devF1 = score(network, dev).overall().f1;
    const tuningF1 = score(network, tuning).overall().f1;
    log(`epoch ${epoch}: loss ${(loss / tokens).toFixed(4)} per token, dev F1 ${devF1.toFixed(2)}, BBC tuning set ${tuningF1.toFixed(2)}`);
    if (devF1 > best.f1) best = { f1: devF1, epoch, weights: snapshot(network) };
  }
  const trainingSeconds = (Date.now() - started) / 1000;
  const chosen = new WindowNetwork(shape, vectors.vectors, 1, best.weights);
  const file = encodeNeuralModel(chosen, hashes, vectors, options.stack, {
    data: 'CoNLL-2003 English (eng.train)', epoch: best.epoch, crf: String(options.crf), seed: options.seed, hidden: options.hidden, dims: vectors.dims,
  });
  const outFile = options.out ?? join(tmpdir(), 'newsfacts-neural-ner.bin');
  writeFileSync(outFile, file);
  log(`model (epoch ${best.epoch}, chosen by dev F1): ${(file.length / 1024 / 1024).toFixed(2)} MB int8 → ${outFile}; training took ${trainingSeconds.toFixed(0)} s`);

  evaluateNeuralNer(dataDir, outFile, options.outOfTime);
}

/**
 * Scores a neural model file (as it loads at run time: int8, dequantized) next to the committed
 * perceptron on CoNLL dev and the BBC tuning set (and the out-of-time set when asked), then their speed.
 */
export function evaluateNeuralNer(dataDir: string, file: string, outOfTime: boolean): void {
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const perceptron = loadNerModel(modelDir());
  const resources = { gazetteer: perceptron.gazetteer, clusters: perceptron.clusters };
  const firstPass: NerModel = { ...perceptron, stages: perceptron.stages.slice(0, 1) };
  const loadStarted = process.cpuUsage();
  const decoded = decodeNeuralModel(readFileSync(file));
  const load = process.cpuUsage(loadStarted);
  const stacked = decoded.header.stacked;
  const prior = (d: PreparedDocument) => (stacked ? labelDocument(d.doc, firstPass) : undefined);
  const tagger: NeuralTagger = { network: decoded.network, index: decoded.index, vectors: decoded.vectors, resources };
  log(`${file}: ${(readFileSync(file).length / 1024 / 1024).toFixed(2)} MB, ${JSON.stringify(decoded.header.shape)}, stacked ${stacked}; load (decode + dequantize) ${((load.user + load.system) / 1000).toFixed(1)} CPU ms`);
  const report = (title: string, raw: RawDocument[]) => {
    const neural = new SpanScore();
    const linear = new SpanScore();
    for (const r of raw) {
      const d = prepare(r);
      neural.add(neuralTagDocument(d.doc, tagger, prior(d)), r.gold);
      linear.add(tagDocument(d.doc, perceptron), r.gold);
    }
    console.log(`\n${title}, tagger alone, neural (int8):\n${neural.report()}\ncommitted perceptron:\n${linear.report()}`);
  };
  report('CoNLL-2003 dev (eng.testa)', readConll(join(dataDir, 'conll2003', 'eng.testa')));
  report('BBC tuning set', outOfTimeDocuments(dataDir, BBC_TUNING_SET).docs);
  if (outOfTime) report('Out-of-time set (BBC 2004–05, never tuned on)', outOfTimeDocuments(dataDir).docs);
  speed(tagger, perceptron, firstPass, stacked, log);
}

function snapshot(n: WindowNetwork) {
  return { E: n.E.slice(), W1: n.W1.slice(), b1: n.b1.slice(), W2: n.W2.slice(), b2: n.b2.slice(), T: n.T.slice() };
}

function score(network: WindowNetwork, set: { raw: RawDocument; doc: PreparedDocument['doc']; samples: NetworkSample[] }[]): SpanScore {
  const s = new SpanScore();
  for (const { raw, doc, samples } of set) {
    const labels = labelSamples(network, samples, doc.tokens.length, doc.sentences);
    const spans = doc.sentences.flatMap((sentence) =>
      spansOf(labels.subarray(sentence.tokenStart, sentence.tokenEnd)).map((span) => ({
        start: doc.tokens[sentence.tokenStart + span.start].start, end: doc.tokens[sentence.tokenStart + span.end - 1].end, cls: span.cls,
      })),
    );
    s.add(spans, raw.gold);
  }
  return s;
}

/**
 * Word vectors from the unlabeled news, cached in the temporary folder by data folder and width
 * (they depend on nothing else; delete the file after changing the corpora or this code).
 */
function wordVectors(dataDir: string, dims: number, log: (line: string) => void): WordVectors {
  const cache = join(tmpdir(), `newsfacts-word-vectors-${hashString(dataDir).toString(16)}-${dims}.bin`);
  if (existsSync(cache)) {
    const bytes = readFileSync(cache);
    const words = bytes.readUInt32LE(0);
    const hashes = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + 4, bytes.byteOffset + 4 + words * 4));
    const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset + 4 + words * 4, bytes.byteOffset + bytes.length));
    log(`word vectors: ${words} words from ${cache}`);
    return new WordVectors(hashes, vectors, dims);
  }
  const v = buildWordVectors(unlabeledNews(dataDir), { ...WORD_VECTOR_DEFAULTS, dims }, log);
  mkdirSync(tmpdir(), { recursive: true });
  writeFileSync(cache, Buffer.concat([Buffer.from(Uint32Array.of(v.hashes.length).buffer), Buffer.from(v.hashes.buffer), Buffer.from(v.vectors.buffer)]));
  log(`word vectors built (cached in ${cache})`);
  return v;
}

/** Stage-1 perceptron labels of each training document from 5-fold jackknifing, as `npm run train` makes them for stage 2. */
function jackknifePriors(docs: PreparedDocument[], resources: { gazetteer: NerModel['gazetteer']; clusters: NerModel['clusters'] }, log: (line: string) => void): Uint8Array[] {
  const priors: Uint8Array[] = new Array(docs.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    log(`perceptron stage 1, fold ${fold + 1}/${FOLDS} (first-pass labels to stack on)`);
    const weights = trainStage(docs.filter((_, i) => i % FOLDS !== fold), resources, { epochs: 6, seed: SEED, minCount: 1, mix: 1 });
    const model = { ...resources, stages: [new TaggerStage(weights)] };
    docs.forEach((d, i) => {
      if (i % FOLDS === fold) priors[i] = labelDocument(d.doc, model);
    });
  }
  return priors;
}

/** Tagging speed, chars per CPU second, of the neural tagger and the perceptron on the benchmark article repeated 20 times. */
function speed(tagger: NeuralTagger, perceptron: NerModel, firstPass: NerModel, stacked: boolean, log: (line: string) => void): void {
  const text = readFileSync(new URL('../../bench/fixtures/news-sample.txt', import.meta.url), 'utf8');
  const corpus = Array.from({ length: 20 }, () => text).join('\n\n');
  const docOf = (t: string) => {
    const tokens = tokenize(t);
    return { text: t, tokens, sentences: splitSentences(t, tokens) };
  };
  const rate = (tag: () => void) => {
    for (let k = 0; k < 2; k++) tag();
    const rates: number[] = [];
    for (let segment = 0; segment < 3; segment++) {
      const cpu = process.cpuUsage();
      let chars = 0;
      const t = performance.now();
      while (performance.now() - t < 1000) {
        tag();
        chars += corpus.length;
      }
      const used = process.cpuUsage(cpu);
      rates.push(chars / ((used.user + used.system) / 1e6));
    }
    return rates.sort((a, b) => a - b)[1];
  };
  const neural = rate(() => {
    const doc = docOf(corpus);
    neuralTagDocument(doc, tagger, stacked ? labelDocument(doc, firstPass) : undefined);
  });
  const linear = rate(() => tagDocument(docOf(corpus), perceptron));
  // The yardstick: compromise doing only people, places and organizations (as scripts/bench/extraction.ts runs it).
  const baseline = rate(() => {
    const doc = nlp(corpus);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  });
  log(`speed (tokenize + split + tag, median of three 1-s segments): neural ${Math.round(neural)} chars/CPU s, perceptron ${Math.round(linear)}, compromise NER-only ${Math.round(baseline)} (neural ${(neural / baseline).toFixed(1)}×, perceptron ${(linear / baseline).toFixed(1)}× compromise)`);
}
