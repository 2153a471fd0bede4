// `npm run eval -- ner`: named-entity quality on the CoNLL-2003 dev set (eng.testa), measured from
// raw text: each document is detokenized into ordinary prose, run through our tokenizer, sentence
// splitter and tagger, and the predicted character spans are matched exactly against the gold
// spans (conlleval's precision/recall/F1). Types follow the CoNLL mapping of docs/CONTRACTS.md (extraction CLI).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nerModel } from '../../lambdas/extract/entities/model.js';
import { readConll } from '../train/conll.js';
import { evaluateDocuments, evaluateEntities } from '../train/evaluate.js';

export async function run(dataDir: string): Promise<void> {
  const dev = join(dataDir, 'conll2003', 'eng.testa');
  if (!existsSync(dev)) {
    console.log(`CoNLL-2003 dev set not found at ${dev}: pass --data DIR pointing at the research data folder.`);
    return;
  }
  const docs = readConll(dev);
  let started = performance.now();
  const entities = evaluateEntities(docs);
  console.log(`CoNLL-2003 dev (eng.testa), ${docs.length} documents, from raw text, exact span match.`);
  console.log('\nEntity stage (recognizeEntities; PERSON→PER, ORGANIZATION→ORG, LOCATION→LOC, other types→MISC):');
  console.log(entities.report());
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  started = performance.now();
  const tagger = evaluateDocuments(docs, nerModel());
  console.log('\nTagger alone (before type refinement and in-article coreference):');
  console.log(tagger.report());
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
