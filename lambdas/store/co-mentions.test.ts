import { describe, expect, it } from 'vitest';
import { rankCoMentions } from './co-mentions.js';

const person = (id: string, name: string) => ({ id, name, type: 'PERSON' as const });
const place = (id: string, name: string) => ({ id, name, type: 'LOCATION' as const });

describe('rankCoMentions', () => {
  it('counts each other entity once per article, most shared first, then by name', () => {
    const ranked = rankCoMentions('per-a', [
      [person('per-a', 'A'), place('loc-x', 'Xland'), place('loc-x', 'Xland'), person('per-b', 'Bea')],
      [person('per-a', 'A'), place('loc-x', 'Xland'), person('per-c', 'Cy')],
      [person('per-a', 'A'), place('loc-x', 'X-Land')],
    ], 10);
    expect(ranked).toEqual([
      { id: 'loc-x', name: 'Xland', type: 'LOCATION', articleCount: 3 },
      { id: 'per-b', name: 'Bea', type: 'PERSON', articleCount: 1 },
      { id: 'per-c', name: 'Cy', type: 'PERSON', articleCount: 1 },
    ]);
  });

  it('keeps the name of the first (newest) article and stops at the limit', () => {
    const ranked = rankCoMentions('per-a', [[place('loc-x', 'New name'), person('per-b', 'Bea')], [place('loc-x', 'Old name')]], 1);
    expect(ranked).toEqual([{ id: 'loc-x', name: 'New name', type: 'LOCATION', articleCount: 2 }]);
  });

  it('never lists the entity itself', () => {
    expect(rankCoMentions('per-a', [[person('per-a', 'A')]], 5)).toEqual([]);
  });
});
