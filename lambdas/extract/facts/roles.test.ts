import { describe, expect, it } from 'vitest';
import { extractFacts } from './index.js';
import { looksLikePersonName } from './roles.js';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';
import type { RoleFact } from '../types.js';

const roles = (text: string, specs: EntitySpec[]) =>
  extractFacts(factContext(text, specs)).filter((f): f is RoleFact => f.type === 'role').map((r) => ({ person: r.person, title: r.title, org: r.org }));

const russia: EntitySpec[] = [
  { id: 'norp-russian', type: 'NORP', forms: ['Russian'], relatedTo: 'loc-russia' },
  { id: 'norp-venezuelan', type: 'NORP', forms: ['Venezuelan'], relatedTo: 'loc-venezuela' },
  { id: 'per-yury-borisov', type: 'PERSON', forms: ['Yury Borisov'] },
  { id: 'per-tareck-el-aissami', type: 'PERSON', forms: ['Tareck El Aissami'] },
];

describe('roles', () => {
  it('reads a title before a name, with the country of a nationality adjective', () => {
    expect(roles('Russian Deputy Prime Minister Yury Borisov arrived.', russia)).toEqual([
      { person: 'per-yury-borisov', title: 'Deputy Prime Minister', org: 'loc-russia' },
    ]);
  });

  it('reads appositions in both orders', () => {
    const after = roles('He met Tareck El Aissami, the Venezuelan vice-president for economic issues, on Monday.', russia);
    const before = roles('He met the Venezuelan vice-president for economic issues, Tareck El Aissami.', russia);
    const expected = [{ person: 'per-tareck-el-aissami', title: 'vice-president for economic issues', org: 'loc-venezuela' }];
    expect(after).toEqual(expected);
    expect(before).toEqual(expected);
  });

  it('reads "X, chief executive of Y" and "the CDC\'s Dr. Michael Jhung"', () => {
    const specs: EntitySpec[] = [
      { id: 'per-jane-doe', type: 'PERSON', forms: ['Jane Doe'] },
      { id: 'org-acme', type: 'ORGANIZATION', forms: ['Acme'] },
      { id: 'org-cdc', type: 'ORGANIZATION', forms: ['CDC'] },
      { id: 'per-michael-jhung', type: 'PERSON', forms: ['Michael Jhung'] },
    ];
    expect(roles('Jane Doe, chief executive of Acme, resigned.', specs)).toEqual([{ person: 'per-jane-doe', title: 'chief executive', org: 'org-acme' }]);
    expect(roles('Flu is spreading, the CDC’s Dr. Michael Jhung warned.', specs)).toEqual([{ person: 'per-michael-jhung', title: 'Dr.', org: 'org-cdc' }]);
  });

  it('does not take honorifics, adjectives or plain appositions for titles', () => {
    const specs: EntitySpec[] = [{ id: 'per-jane-doe', type: 'PERSON', forms: ['Jane Doe'] }];
    expect(roles('Mr. Jane Doe came. Jane Doe, 45, left. Jane Doe, a mother of two, stayed.', specs)).toEqual([]);
  });

  it('recognizes personal names typed as organizations only when they look like names', () => {
    expect(looksLikePersonName('Tareck El Aissami')).toBe(true);
    expect(looksLikePersonName('Bank of America')).toBe(false);
    expect(looksLikePersonName('OPEC+')).toBe(false);
    expect(looksLikePersonName('NATO')).toBe(false);
  });
});
