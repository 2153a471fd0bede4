import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../lambdas/extract/entities/labels.js';
import { BBC_TUNING_SET, loadOutOfTimeSet } from './out-of-time-set.js';

describe('the out-of-time NER set', () => {
  const set = loadOutOfTimeSet();

  it('holds 30 distinct BBC stories, six per topic', () => {
    expect(new Set(set.map((s) => s.path)).size).toBe(30);
    const topics = new Map<string, number>();
    for (const s of set) topics.set(s.path.split('/')[1], (topics.get(s.path.split('/')[1]) ?? 0) + 1);
    expect([...topics.values()]).toEqual([6, 6, 6, 6, 6]);
    for (const s of set) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores only ordered, non-overlapping, non-empty spans of the four CoNLL types', () => {
    for (const story of set) {
      let end = 0;
      for (const [s, e, type] of story.spans) {
        expect(s).toBeGreaterThanOrEqual(end);
        expect(e).toBeGreaterThan(s);
        expect(CLASSES as readonly string[]).toContain(type);
        end = e;
      }
      expect(story.spans.length).toBeGreaterThan(0);
    }
  });

  it('shares no story with the tuning set, which holds 10 others, two per topic', () => {
    const tuning = loadOutOfTimeSet(BBC_TUNING_SET);
    expect(tuning.length).toBe(10);
    const held = new Set(set.map((s) => s.path));
    for (const s of tuning) expect(held.has(s.path)).toBe(false);
  });
});
