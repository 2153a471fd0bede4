// The sample article through the whole pipeline: every required role, quote and quantity of
// ../shared/samples/caracas-russia-venezuela-2022-02-17.expected.json (fixture copied byte for byte).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../normalize/article.js';
import { extract } from '../index.js';
import type { Extraction, MeetingFact, MembershipFact, QuantityFact, QuoteFact, RoleFact } from '../types.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/caracas-russia-venezuela-2022-02-17.txt', import.meta.url));

let x: Extraction;
const idOf = (name: string) => {
  const entity = x.entities.find((e) => e.name === name);
  expect(entity, `entity ${name}`).toBeDefined();
  return entity!.id;
};

beforeAll(() => {
  const raw = readFileSync(fixture, 'utf8');
  const article: Article = {
    title: null, body: raw.slice(raw.indexOf('CARACAS (UrduPoint')), publishedAt: '2022-02-17', source: 'UrduPoint News',
    sources: ['UrduPoint News', 'Sputnik'], dateline: 'Caracas', language: 'en', url: null, author: null,
    submittedBy: '@ChaudhryMAli88', format: 'text',
  };
  x = extract(article);
});

describe('Caracas sample through extract()', () => {
  it('finds both roles with person and org as entity ids', () => {
    const roles = x.facts.filter((f): f is RoleFact => f.type === 'role');
    expect(roles).toContainEqual(expect.objectContaining({ person: idOf('Yury Borisov'), title: 'Deputy Prime Minister', org: idOf('Russia') }));
    expect(roles).toContainEqual(expect.objectContaining({ person: idOf('Tareck El Aissami'), title: 'vice-president for economic issues', org: idOf('Venezuela') }));
  });

  it('finds the six quotes with Borisov as speaker and the right direct flag', () => {
    const quotes = x.facts.filter((f): f is QuoteFact => f.type === 'quote');
    const borisov = idOf('Yury Borisov');
    const expected: Array<[string, boolean]> = [
      ['It is encouraging that the bilateral trade', true],
      ['Venezuela is a strategic partner of Russia', true],
      ['the bilateral agreements reached on paper', true],
      ['We see that despite the pressure of sanctions', true],
      ['Russia and Venezuela intend to explore prospects', false],
      ['Russia will also continue to provide Venezuela', false],
    ];
    for (const [startsWith, direct] of expected) {
      const quote = quotes.find((q) => q.content.text.startsWith(startsWith));
      expect(quote, startsWith).toBeDefined();
      expect(quote!.direct).toBe(direct);
      expect(quote!.speaker.entityId).toBe(borisov);
      expect(x.text.slice(quote!.content.start, quote!.content.end)).toBe(quote!.content.text);
    }
    // The multi-paragraph quote runs to its closing mark in the next paragraph.
    const long = quotes.find((q) => q.content.text.startsWith('Venezuela is a strategic partner'))!;
    expect(long.content.text).toContain('\n\nIn the context of the current increasing tensions');
    expect(long.content.text.endsWith('of particular importance')).toBe(true);
  });

  it('finds the three required quantities', () => {
    expect(x.quantities).toContainEqual(expect.objectContaining({ text: 'almost 50%', kind: 'PERCENT', value: 50, approximate: true }));
    expect(x.quantities).toContainEqual(expect.objectContaining({ text: '7.2 million', kind: 'QUANTITY', value: 7_200_000, unit: 'vaccine doses' }));
    expect(x.quantities).toContainEqual(expect.objectContaining({ text: '20', kind: 'CARDINAL', value: 20, unit: 'cooperation agreements' }));
    expect(x.quantities.some((q) => /2020|2022|17th|20$/.test(q.text) && q.kind !== 'CARDINAL')).toBe(false);
    expect(x.quantities.some((q) => q.text === '2020')).toBe(false);
  });

  it('ties the trade figure to what it measures, attributed to Borisov and dated', () => {
    const trade = x.facts.find((f): f is QuantityFact => f.type === 'quantity' && f.quantity.text === 'almost 50%');
    expect(trade).toMatchObject({ measure: 'bilateral trade', attributedTo: idOf('Yury Borisov'), date: '2021' });
  });

  it('finds the meeting in Caracas on 2022-02-16 and the OPEC+ membership', () => {
    const meeting = x.facts.find((f): f is MeetingFact => f.type === 'meeting');
    expect(meeting).toMatchObject({ date: '2022-02-16', place: idOf('Caracas') });
    expect(new Set(meeting!.participants)).toEqual(new Set([idOf('Yury Borisov'), idOf('Tareck El Aissami')]));
    const membership = x.facts.find((f): f is MembershipFact => f.type === 'membership');
    expect(membership).toMatchObject({ members: [idOf('Russia'), idOf('Venezuela')], of: x.entities.find((e) => e.mentions.some((m) => m.text === 'OPEC+'))?.id });
  });

  it('gives every fact a valid sentence, evidence span and confidence', () => {
    for (const f of x.facts) {
      const s = x.sentences[f.sentence];
      expect(s, JSON.stringify(f)).toBeDefined();
      expect(f.start).toBeLessThan(f.end);
      expect(f.start).toBeGreaterThanOrEqual(s.start);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});
