import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lambdas/extract/entities/labels.js';
import { readConll } from './conll.js';
import { prepare } from './prepare.js';
import { SpanScore } from './score.js';

// A hand-written two-document file in the original CoNLL-2003 layout (IOB1 tags).
const SAMPLE = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
, , O O
says VBZ I-VP O
" " O O
Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
's POS B-NP O
" " O O
( ( O O
U.S. NNP I-NP I-LOC
) ) O O
. . O O

-DOCSTART- -X- O O

Paris NNP I-NP I-LOC
Saint-Germain NNP I-NP I-ORG
Football NNP I-NP I-ORG
Club NNP I-NP I-ORG
beat VBD I-VP O
Lyon NNP I-NP I-ORG
Monaco NNP I-NP B-ORG
2-1 CD I-NP O
`;

function sampleFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'conll-'));
  const file = join(dir, 'sample.conll');
  writeFileSync(file, SAMPLE);
  return file;
}

describe('readConll', () => {
  it('detokenizes into prose and keeps gold spans as character offsets', () => {
    const docs = readConll(sampleFile());
    expect(docs).toHaveLength(2);
    expect(docs[0].text).toBe('EU rejects German call, says "Peter Blackburn\'s" (U.S.).');
    const spans = docs[0].gold.map((g) => [docs[0].text.slice(g.start, g.end), g.cls]);
    expect(spans).toEqual([['EU', 1], ['German', 3], ['Peter Blackburn', 0], ['U.S.', 2]]);
  });

  it('separates adjacent names of one class only at a B- tag (IOB1)', () => {
    const doc = readConll(sampleFile())[1];
    expect(doc.gold.map((g) => doc.text.slice(g.start, g.end))).toEqual(['Paris', 'Saint-Germain Football Club', 'Lyon', 'Monaco']);
  });
});

describe('prepare', () => {
  it('projects gold spans onto our own tokens as BILOU labels', () => {
    const { doc, gold, unalignable } = prepare(readConll(sampleFile())[0]);
    expect(unalignable).toBe(0);
    const labelled = doc.tokens.map((t, i) => `${t.text}/${LABELS[gold[i]]}`);
    expect(labelled).toContain('Peter/B-PER');
    expect(labelled).toContain('Blackburn/L-PER');
    expect(labelled).toContain("'s/O");
    expect(labelled).toContain('U.S./U-LOC');
  });
});

describe('SpanScore', () => {
  it('counts exact matches only', () => {
    const score = new SpanScore();
    score.add(
      [{ start: 0, end: 2, cls: 1 }, { start: 5, end: 9, cls: 0 }, { start: 10, end: 12, cls: 2 }],
      [{ start: 0, end: 2, cls: 1 }, { start: 5, end: 10, cls: 0 }, { start: 10, end: 12, cls: 3 }],
    );
    const overall = score.overall();
    expect(overall.precision).toBeCloseTo(100 / 3);
    expect(overall.recall).toBeCloseTo(100 / 3);
    expect(score.byClass()[1].f1).toBe(100);
  });
});
