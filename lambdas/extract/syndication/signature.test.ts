import { describe, expect, it } from 'vitest';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../../test/support/story-copies.js';
import { BANDS, bandKeys, decodeSignature, encodeSignature, signatureOf, SIGNATURE_HASHES, words } from './signature.js';
import { compareSignatures, sameStory } from './similarity.js';
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
