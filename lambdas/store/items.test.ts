import { describe, expect, it } from 'vitest';
import { factEntityRoles, factSortDate } from './items.js';

describe('fact index dates', () => {
  it('use the start of the calendar period a fact refers to', () => {
    expect(factSortDate('2021', '2022-02-17')).toBe('2021');
    expect(factSortDate('2022-01-20', '2022-02-17')).toBe('2022-01-20');
    expect(factSortDate('2022-W07', '2022-02-17')).toBe('2022-02-14');
    expect(factSortDate('2020-W01', 'x')).toBe('2019-12-30');
  });
  it('fall back to the article date for references that are not dates', () => {
    expect(factSortDate('PRESENT_REF', '2022-02-17')).toBe('2022-02-17');
    expect(factSortDate('P1M', '2022-02-17')).toBe('2022-02-17');
    expect(factSortDate(undefined, '2022-02-17')).toBe('2022-02-17');
  });
});

describe('fact entity roles', () => {
  const base = { sentence: 0, start: 0, end: 1, confidence: 1 };
  it('link a quote to its speaker and a role to its person and organization', () => {
    expect(factEntityRoles({ ...base, type: 'quote', direct: true, speaker: { start: 0, end: 1, text: 'X', entityId: 'per-x' }, content: { start: 0, end: 1, text: 'y' } }))
      .toEqual([['per-x', 'speaker']]);
    expect(factEntityRoles({ ...base, type: 'role', person: 'per-x', title: 'CEO', org: 'org-y' })).toEqual([['per-x', 'person'], ['org-y', 'org']]);
  });
  it('list each participant once', () => {
    expect(factEntityRoles({ ...base, type: 'meeting', participants: ['a', 'b', 'a'] })).toEqual([['a', 'participant'], ['b', 'participant']]);
  });
});
