// `npm run eval -- ner`: named-entity quality on the CoNLL-2003 dev set (eng.testa) and on the
// project's own hand-annotated sets (a tuning set of 30 stories: 20 BBC News 2004–05 and 10
// Reuters-21578 of October 1987; 30 out-of-time BBC stories never tuned on), measured from
// raw text: CoNLL documents are detokenized into ordinary prose, every text runs through our
// tokenizer, sentence splitter and tagger, and the predicted character spans are matched exactly
// against the gold spans (conlleval's precision/recall/F1). Types follow the CoNLL mapping of
// docs/CONTRACTS.md (extraction CLI).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nerModel } from '../../lambdas/extract/entities/model.js';
import { readConll, type RawDocument } from '../train/conll.js';
import { evaluateDocuments, evaluateEntities } from '../train/evaluate.js';
import { BBC_TUNING_SET, outOfTimeDocuments, TUNING_SET_2 } from './ner/out-of-time-set.js';

export async function run(dataDir: string): Promise<void> {
  const dev = join(dataDir, 'conll2003', 'eng.testa');
  if (existsSync(dev)) report(`CoNLL-2003 dev (eng.testa)`, readConll(dev));
  else console.log(`CoNLL-2003 dev set not found at ${dev}: pass --data DIR pointing at the research data folder.`);
  const first = outOfTimeDocuments(dataDir, BBC_TUNING_SET);
  const second = outOfTimeDocuments(dataDir, TUNING_SET_2);
  for (const problem of [...first.problems, ...second.problems]) console.log(`tuning set: ${problem}`);
  const tuning = [...first.docs, ...second.docs];
  if (tuning.length) {
    report('\nTuning set (20 BBC News 2004–05 and 10 Reuters-21578 October 1987 stories, hand-annotated; may be tuned on)', tuning);
    const model = nerModel();
    const part = (docs: RawDocument[]) => `${evaluateEntities(docs).overall().f1.toFixed(2)} (tagger ${evaluateDocuments(docs, model).overall().f1.toFixed(2)})`;
    const bbc2 = second.docs.filter((_, i) => !second.stories[i].newid);
    const reuters = second.docs.filter((_, i) => second.stories[i].newid);
    console.log(`\nTuning set parts, overall F1, entity stage (tagger): first 10 BBC ${part(first.docs)}; second 10 BBC ${part(bbc2)}; 10 Reuters ${part(reuters)}`);
  }
  const { docs, problems } = outOfTimeDocuments(dataDir);
  for (const problem of problems) console.log(`out-of-time set: ${problem}`);
  if (docs.length) report('\nOut-of-time set (BBC News 2004–05, hand-annotated, never tuned on)', docs);
  else console.log(`Out-of-time set: no BBC stories under ${join(dataDir, 'bbc-news-fulltext')}.`);
}

function report(title: string, docs: RawDocument[]): void {
  const names = docs.reduce((n, d) => n + d.gold.length, 0);
  let started = performance.now();
  const entities = evaluateEntities(docs);
  console.log(`${title}: ${docs.length} documents, ${names} names, from raw text, exact span match.`);
  console.log('\nEntity stage (recognizeEntities; PERSON→PER, ORGANIZATION→ORG, LOCATION→LOC, other types→MISC):');
  console.log(entities.report());
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  started = performance.now();
  const tagger = evaluateDocuments(docs, nerModel());
  console.log('\nTagger alone (before type refinement and in-article coreference):');
  console.log(tagger.report());
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
