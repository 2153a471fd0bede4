import { describe, expect, it } from 'vitest';
import { compareSequencers, normalizeSequencer } from './sequencer.js';

describe('S3 sequencers', () => {
  it('compare by value whatever their length', () => {
    expect(compareSequencers('0A', 'A')).toBe(0);
    expect(compareSequencers('FF', '100')).toBe(-1);
    expect(compareSequencers('0062E99A88DC407460', '0062E99A88DC40745F')).toBe(1);
  });
  it('normalize to a fixed-width upper-case form that sorts as strings', () => {
    expect(normalizeSequencer('ab')).toBe('0'.repeat(30) + 'AB');
    expect(normalizeSequencer('ff') < normalizeSequencer('100')).toBe(true);
  });
});
