import { describe, expect, it } from 'vitest';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../../test/support/story-copies.js';
import { BAND_SKETCH_HASHES, bandSketch, mayBeOneStory, SKETCH_MIN_AGREEMENTS } from './band-sketch.js';
import { BANDS, ROWS_PER_BAND, SIGNATURE_HASHES, signatureOf, type StorySignature } from './signature.js';

/** A signature whose hashes after the band rows agree with `base` at `agree` of the sketch's positions. */
function agreeingAt(base: StorySignature, agree: number): StorySignature {
  const first = BANDS * ROWS_PER_BAND;
  const hashes = Uint32Array.from(base.hashes, (h, i) => (i >= first + agree && i < first + BAND_SKETCH_HASHES ? (h ^ 0x5a5a) >>> 0 : h));
  return { ...base, hashes };
}

describe('band sketch', () => {
  const sample = signatureOf(SAMPLE_STORY)!;

  it('lets a copy through and tells a different story apart', () => {
    expect(mayBeOneStory(sample, bandSketch(signatureOf(editedSampleCopy())!))).toBe(true);
    expect(mayBeOneStory(sample, bandSketch(signatureOf(UNRELATED_STORY)!))).toBe(false);
  });

  it('needs SKETCH_MIN_AGREEMENTS agreeing hashes, compared on their low 16 bits', () => {
    expect(mayBeOneStory(sample, bandSketch(agreeingAt(sample, SKETCH_MIN_AGREEMENTS)))).toBe(true);
    expect(mayBeOneStory(sample, bandSketch(agreeingAt(sample, SKETCH_MIN_AGREEMENTS - 1)))).toBe(false);
    // Bits above the low 16 are not kept: a hash differing only there still agrees.
    const high = { ...sample, hashes: Uint32Array.from(sample.hashes, (h) => (h ^ 0xffff0000) >>> 0) };
    expect(bandSketch(high)).toBe(bandSketch(sample));
  });

  it('lets through what it cannot judge: no sketch, a malformed one, a short stored signature', () => {
    expect(mayBeOneStory(sample, undefined)).toBe(true);
    expect(mayBeOneStory(sample, 'not a sketch')).toBe(true);
    const short = { ...sample, hashes: sample.hashes.slice(0, 64) };
    expect(SIGNATURE_HASHES).toBeGreaterThan(64);
    expect(bandSketch(short)).toBeNull();
    expect(mayBeOneStory(short, bandSketch(signatureOf(UNRELATED_STORY)!))).toBe(true);
  });
});
