import { describe, expect, it } from 'vitest';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../../test/support/story-copies.js';
import { BANDS, bandKeys, decodeSignature, encodeSignature, figureTokens, signatureOf, SIGNATURE_HASHES, words } from './signature.js';
import { compareSignatures, missingFigures, sameStory } from './similarity.js';
import { storyOf, verifiedMatches } from './story.js';

describe('story signatures', () => {
  it('reads words lower-case and accent-free, so that case and accents do not split copies', () => {
    expect(words('Tareck El Aissami, São Paulo: 7.2 million')).toEqual(['tareck', 'el', 'aissami', 'sao', 'paulo', '7', '2', 'million']);
  });

  it('gives a text too short to tell copies apart no signature', () => {
    expect(signatureOf('Borisov said on Wednesday.')).toBeNull();
    expect(signatureOf(SAMPLE_STORY)?.hashes).toHaveLength(SIGNATURE_HASHES);
  });

  it('is the same for the same words whatever the spacing and case', () => {
    const a = signatureOf(SAMPLE_STORY)!;
    const b = signatureOf(SAMPLE_STORY.toUpperCase().replace(/\n/g, ' \n  '))!;
    expect(compareSignatures(a, b)).toMatchObject({ jaccard: 1, relation: 'duplicate' });
    expect(bandKeys(b)).toEqual(bandKeys(a));
  });

  it('survives storage', () => {
    const signature = signatureOf(SAMPLE_STORY)!;
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
    expect(decodeSignature('not a signature')).toBeNull();
  });

  it('reads the signatures stored before: 64 hashes, with or without the figure sketch', () => {
    const signature = signatureOf(SAMPLE_STORY)!;
    const encode = (words: number[], tail: string) => {
      const bytes = new Uint8Array(words.length * 4);
      const view = new DataView(bytes.buffer);
      for (const [i, h] of words.entries()) view.setUint32(i * 4, h, true);
      return `${Buffer.from(bytes).toString('base64')}.${tail}`;
    };
    const first64 = [...signature.hashes.subarray(0, 64)];
    // Before the figure sketch: 8 number hashes and no figure count.
    const legacy = decodeSignature(encode([...first64, ...new Array(8).fill(7)], `${signature.shingles}`))!;
    expect(legacy).toMatchObject({ figures: null, shingles: signature.shingles });
    expect(compareSignatures(legacy, signature).relation).toBe('duplicate');
    // 64 hashes with the sketch: its figures still count.
    const shorter = decodeSignature(encode([...first64, ...signature.numbers], `${signature.shingles}.${signature.figures}`))!;
    expect(shorter.hashes).toHaveLength(64);
    expect(compareSignatures(shorter, signature)).toMatchObject({ jaccard: 1, relation: 'duplicate' });
    expect(bandKeys(shorter)).toEqual(bandKeys(signature));
    expect(decodeSignature(encode(first64.slice(0, 40), '100.3'))).toBeNull();
  });

  it('keeps an edited copy a version of the story and an unrelated story apart', () => {
    const sample = signatureOf(SAMPLE_STORY)!;
    const copy = signatureOf(editedSampleCopy())!;
    const unrelated = signatureOf(UNRELATED_STORY)!;
    const edited = compareSignatures(sample, copy);
    expect(edited.relation).toBe('version');
    expect(edited.containment).toBeGreaterThan(0.8);
    expect(bandKeys(sample).filter((k) => bandKeys(copy).includes(k)).length).toBeGreaterThan(0);
    expect(compareSignatures(sample, unrelated).relation).toBeNull();
    expect(bandKeys(sample).filter((k) => bandKeys(unrelated).includes(k))).toEqual([]);
    expect(bandKeys(sample)).toHaveLength(BANDS);
  });


  it('keeps a notice cast from one template apart when its figures differ, and a corrected figure or an added date a version', () => {
    const notice = (fund: string, div: string, prior: string, day: string) =>
      `${fund} TAX-FREE INCOME FUND PAYOUT\n\nSAN MATEO, Calif., March ${day} - Mthly div ${div} cts vs ${prior} cts prior\n\nPay April 15\nRecord March 31\n\nThe fund said the distribution is exempt from federal income tax for shareholders of the fund in the state.`;
    const first = signatureOf(notice('FRANKLIN NEW YORK', '7.3', '7.4', '2'))!;
    expect(compareSignatures(first, signatureOf(notice('FRANKLIN NEW YORK', '7.3', '7.4', '2'))!).relation).toBe('duplicate');
    // One figure corrected: still the same notice.
    expect(sameStory(compareSignatures(first, signatureOf(notice('FRANKLIN NEW YORK', '7.8', '7.4', '2'))!).relation)).toBe(true);
    // Next month's notice of the same fund: the same words, other figures.
    expect(compareSignatures(first, signatureOf(notice('FRANKLIN NEW YORK', '6.9', '7.3', '30'))!).relation).toBe('related');
    expect(figureTokens('There were five grain ships loading and six waiting, 1.5 billion dlrs')).toEqual(new Set(['five', 'six', '1', '5']));
  });

  it('counts the missing figures exactly for short texts and by estimate for long tables', () => {
    const table = (from: number, count: number) => Array.from({ length: count }, (_, i) => `Line ${i} of the weekly table reads ${from + i} units`).join('\n');
    const a = signatureOf(table(100, 40))!;
    expect(a.figures).toBe(80);
    expect(missingFigures(a, signatureOf(table(100, 40))!)).toBe(0);
    // A trimmed copy of the table: every figure of it is in the whole.
    expect(missingFigures(signatureOf(table(100, 25))!, a)).toBeLessThanOrEqual(2);
    // Next week's table: the line numbers agree, the 40 readings do not.
    expect(missingFigures(a, signatureOf(table(500, 40))!)).toBeGreaterThan(20);
    // One figure changed throughout (the year): one missing.
    expect(missingFigures(signatureOf(SAMPLE_STORY)!, signatureOf(SAMPLE_STORY.replace(/2022/g, '2021'))!)).toBe(1);
  });

  it('names a story after its first copy: a new copy takes its closest match’s story, an unrelated text founds its own', () => {
    const sample = signatureOf(SAMPLE_STORY)!;
    const copy = signatureOf(editedSampleCopy())!;
    const unrelated = signatureOf(UNRELATED_STORY)!;
    const stored = [
      { articleId: 'first', storyId: 'first', signature: sample, date: '2022-02-17' },
      { articleId: 'other', storyId: 'other', signature: unrelated, date: '2022-03-03' },
    ];
    expect(storyOf('second', copy, stored)).toBe('first');
    expect(storyOf('third', signatureOf(`${UNRELATED_STORY}\n\nMore to follow.`), stored)).toBe('other');
    expect(storyOf('alone', signatureOf(SAMPLE_STORY.slice(0, 200)), [stored[1]])).toBe('alone');
    expect(storyOf('unsigned', null, stored)).toBe('unsigned');
    expect(verifiedMatches(copy, stored).map((m) => m.articleId)).toEqual(['first']);
    expect(sameStory('related')).toBe(false);
  });
});
