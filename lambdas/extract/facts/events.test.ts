import { describe, expect, it } from 'vitest';
import { extractFacts } from './index.js';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';
import type { AgreementFact, Fact, MeetingFact, MembershipFact } from '../types.js';

const specs: EntitySpec[] = [
  { id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith', 'Smith'] },
  { id: 'per-tom-jones', type: 'PERSON', forms: ['Tom Jones', 'Jones'] },
  { id: 'loc-paris', type: 'LOCATION', forms: ['Paris'] },
  { id: 'loc-russia', type: 'LOCATION', forms: ['Russia'] },
  { id: 'loc-venezuela', type: 'LOCATION', forms: ['Venezuela'] },
  { id: 'org-opec-plus', type: 'ORGANIZATION', forms: ['OPEC+'] },
  { id: 'org-acme', type: 'ORGANIZATION', forms: ['Acme'] },
  { id: 'org-globex', type: 'ORGANIZATION', forms: ['Globex'] },
];
const facts = (text: string, dateline?: string) => extractFacts(factContext(text, specs, [], { dateline: dateline ?? null }));
const ofType = <T extends Fact>(fs: Fact[], type: T['type']) => fs.filter((f): f is T => f.type === type);

describe('events', () => {
  it('finds a meeting with its participants and place, from the sentence or the dateline', () => {
    expect(ofType<MeetingFact>(facts('Anna Smith met with Tom Jones in Paris on Monday.'), 'meeting')).toEqual([
      expect.objectContaining({ participants: ['per-anna-smith', 'per-tom-jones'], place: 'loc-paris', sentence: 0 }),
    ]);
    const [m] = ofType<MeetingFact>(facts('Trade will grow, Smith said at a meeting with Tom Jones.', 'Paris'), 'meeting');
    expect(m).toMatchObject({ participants: ['per-anna-smith', 'per-tom-jones'], place: 'loc-paris' });
  });

  it('takes neither a speaker nor a far-away name for the other side', () => {
    expect(ofType(facts('Anna Smith toured the state, meeting with any group that would have her, said Tom Jones.'), 'meeting')).toEqual([]);
  });

  it('needs two different participants', () => {
    expect(ofType(facts('Anna Smith met reporters. Smith held talks with Smith.'), 'meeting')).toEqual([]);
    expect(ofType(facts('Anna Smith asked whether the targets of Tom Jones could be met.'), 'meeting')).toEqual([]);
  });

  it('finds memberships of several members', () => {
    const [m] = ofType<MembershipFact>(facts('Currently, both Russia and Venezuela are members of the OPEC+ alliance of oil producers.'), 'membership');
    expect(m).toMatchObject({ members: ['loc-russia', 'loc-venezuela'], of: 'org-opec-plus' });
  });

  it('finds agreements between named parties', () => {
    const [a] = ofType<AgreementFact>(facts('Acme and Globex signed an agreement on joint research.'), 'agreement');
    expect(a).toMatchObject({ parties: ['org-acme', 'org-globex'], what: 'agreement on joint research' });
    const [b] = ofType<AgreementFact>(facts('Acme signed a supply deal with Globex.'), 'agreement');
    expect(b).toMatchObject({ parties: ['org-acme', 'org-globex'] });
    expect(ofType(facts('Acme signed a deal.'), 'agreement')).toEqual([]);
  });
});
