import { describe, expect, it } from 'vitest';
import { nerModel } from '../../lambdas/extract/entities/model.js';
import { taggedLexicon } from './tagged-lexicon.js';

describe('lists of names a tagger tags alike across unlabeled news', () => {
  const texts = [
    'Angela Merkel met Siemens officials in Berlin on Monday.',
    'Angela Merkel said Siemens would invest in Berlin.',
    'Officials in Berlin said Angela Merkel had left.',
  ];

  it('keeps names tagged often enough with one class, by that class', () => {
    const lexicon = taggedLexicon(texts, nerModel(), { minCount: 2, minShare: 0.8 }).map(([c, p]) => `${c}:${p}`);
    expect(lexicon).toContain('tper:Angela Merkel');
    expect(lexicon).toContain('tloc:Berlin');
    expect(lexicon).toEqual([...lexicon].sort());
  });

  it('drops names seen fewer times than asked', () => {
    const lexicon = taggedLexicon(texts, nerModel(), { minCount: 4 });
    expect(lexicon).toEqual([]);
  });
});
