import { describe, expect, it } from 'vitest';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';
import type { QuoteFact } from '../types.js';
import { extractFacts } from './index.js';

const specs: EntitySpec[] = [
  { id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith', 'Smith'] },
  { id: 'org-acme', type: 'ORGANIZATION', forms: ['Acme Corp', 'Acme'] },
  { id: 'org-kremlin', type: 'ORGANIZATION', forms: ['Kremlin'] },
];
const quotes = (text: string) => extractFacts(factContext(text, specs)).filter((f): f is QuoteFact => f.type === 'quote');
const speakers = (text: string) => quotes(text).map((q) => ({ text: q.speaker.text, entityId: q.speaker.entityId, kind: q.speaker.kind, anonymous: q.speaker.anonymous }));

describe('sources that are not named people', () => {
  it('marks unnamed sources anonymous and links them to no one, however recent the last speaker', () => {
    expect(speakers('Anna Smith spoke first. Officials said the talks had collapsed overnight.')).toEqual([
      { text: 'Officials', entityId: undefined, kind: 'group', anonymous: true },
    ]);
    expect(speakers('Anna Smith left early. “The deal is dead,” a senior official said.')).toEqual([
      { text: 'a senior official', entityId: undefined, kind: 'person', anonymous: true },
    ]);
  });

  it('still resolves a definite nominal to the person it refers back to', () => {
    const [q] = quotes('Anna Smith arrived in Oslo. The official said the talks would resume on Monday.');
    expect(q.speaker).toMatchObject({ text: 'The official', entityId: 'per-anna-smith', kind: 'person' });
    expect(q.speaker.anonymous).toBeUndefined();
  });

  it('tells organizations and documents, and links a document to the body named in it', () => {
    expect(speakers('Acme said the factory would close in May.')).toEqual([{ text: 'Acme', entityId: 'org-acme', kind: 'organization', anonymous: undefined }]);
    const [report] = quotes('The report said the river had been polluted for years.');
    expect(report.speaker).toMatchObject({ text: 'The report', kind: 'document' });
    expect(report.speaker.entityId).toBeUndefined();
    const [statement] = quotes('A Kremlin statement said the visit had been postponed.');
    expect(statement.speaker).toMatchObject({ kind: 'document', entityId: 'org-kremlin' });
  });
});

describe('quotes attributed by a dash and a name', () => {
  it('attributes each quote to the name closing its line', () => {
    const text = '“We will rebuild the town together.” ― Anna Smith\n“It was the worst flood in memory.” ― Tom Harris';
    const found = quotes(text).map((q) => [q.content.text, q.speaker.text, q.cue?.text, q.direct]);
    expect(found).toEqual([
      ['We will rebuild the town together.', 'Anna Smith', '―', true],
      ['It was the worst flood in memory.', 'Tom Harris', '―', true],
    ]);
  });

  it('does not take a dash inside a sentence for an attribution', () => {
    const found = quotes('“We will rebuild” ― and soon, she promised, the town would be whole again.');
    expect(found.every((q) => q.cue?.text !== '―')).toBe(true);
  });
});

describe('attribution beyond speech verbs (learned cues)', () => {
  it('finds beliefs and stances with their source, as reported speech', () => {
    const found = quotes('Anna Smith believes the new bridge will never be finished on time.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ direct: false, cue: { text: 'believes' }, speaker: { text: 'Anna Smith', entityId: 'per-anna-smith', kind: 'person' } });
    expect(found[0].content.text).toMatch(/^the new bridge will never be finished on time/);
  });

  it('keeps the rule attribution and its content when the tagger reads the same cue', () => {
    const [q, ...rest] = quotes('“The numbers are wrong,” Smith said on Monday.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ content: { text: 'The numbers are wrong' }, cue: { text: 'said' }, direct: true });
  });
});
