import { describe, expect, it } from 'vitest';
import { extractFacts } from './index.js';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';
import type { QuoteFact } from '../types.js';

const people: EntitySpec[] = [
  { id: 'per-anna-smith', type: 'PERSON', forms: ['Anna Smith', 'Smith'] },
  { id: 'per-tom-jones', type: 'PERSON', forms: ['Tom Jones', 'Jones'] },
  { id: 'org-acme', type: 'ORGANIZATION', forms: ['Acme Corp', 'Acme'] },
];
const quotes = (text: string, specs = people) => extractFacts(factContext(text, specs)).filter((f): f is QuoteFact => f.type === 'quote');
const brief = (q: QuoteFact) => ({ content: q.content.text, speaker: q.speaker.text, entity: q.speaker.entityId, cue: q.cue?.text, direct: q.direct });

describe('coordinated attributions in one sentence', () => {
  it('ends reported content where a second source and cue begin, and reads the second one', () => {
    const found = quotes('Tom Jones said the vote was unfair, and Anna Smith argued that it should be held again.');
    expect(found.map((q) => [q.speaker.entityId, q.cue?.text, q.content.text])).toEqual([
      ['per-tom-jones', 'said', 'the vote was unfair'],
      ['per-anna-smith', 'argued', 'that it should be held again'],
    ]);
  });

  it('gives a second verb of the same subject its own content', () => {
    const found = quotes('Anna Smith said the council would approve the plan by March and warned that the bridge would cost more.');
    expect(found.map((q) => [q.speaker.entityId, q.cue?.text, q.content.text])).toEqual([
      ['per-anna-smith', 'said', 'the council would approve the plan by March'],
      ['per-anna-smith', 'warned', 'that the bridge would cost more'],
    ]);
    expect(found.every((q) => !q.direct)).toBe(true);
  });
});

describe('direct quotes', () => {
  it('attributes a quote to the name after it, with the cue and exact offsets', () => {
    const text = 'Anna Smith spoke in Oslo. “We will build the bridge,” Smith said on Monday.';
    const [q] = quotes(text);
    expect(brief(q)).toEqual({ content: 'We will build the bridge', speaker: 'Smith', entity: 'per-anna-smith', cue: 'said', direct: true });
    expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
    expect(text.slice(q.speaker.start, q.speaker.end)).toBe('Smith');
    expect(q.sentence).toBe(1);
  });

  it('handles inverted attributions, colon introductions and guillemets', () => {
    expect(brief(quotes('“It is over,” said Tom Jones.')[0])).toMatchObject({ speaker: 'Tom Jones', entity: 'per-tom-jones', cue: 'said' });
    expect(brief(quotes('Tom Jones told reporters: «The deal is done.»')[0])).toMatchObject({ content: 'The deal is done.', speaker: 'Tom Jones', cue: 'told' });
    expect(brief(quotes('‘We are ready,’ Smith added.')[0])).toMatchObject({ content: 'We are ready', speaker: 'Smith', cue: 'added' });
  });

  it('never takes the listener of "told" for the speaker', () => {
    const [q] = quotes('Tom Jones thanked Acme, telling Anna Smith, “We could not have done it without you.”');
    expect(brief(q)).toMatchObject({ speaker: 'Tom Jones', cue: 'telling' });
  });

  it('gives an attribution that opens the next quotation to that quotation', () => {
    const found = quotes('Anna Smith said, “The case was unusual.” Tom Jones added, “Nobody expected it.”');
    expect(found.map((q) => [q.content.text, q.speaker.text])).toEqual([['The case was unusual.', 'Anna Smith'], ['Nobody expected it.', 'Tom Jones']]);
  });

  it('attributes quotes written with two apostrophes', () => {
    const [q] = quotes("''We will build it,'' Tom Jones said.");
    expect(brief(q)).toMatchObject({ content: 'We will build it', speaker: 'Tom Jones', direct: true });
  });

  it('continues a quote after its attribution with the same speaker and cue', () => {
    const found = quotes('Tom Jones arrived late. “We lost a day,” he said. “Tomorrow we start again.”');
    expect(found.map(brief)).toEqual([
      { content: 'We lost a day', speaker: 'he', entity: 'per-tom-jones', cue: 'said', direct: true },
      { content: 'Tomorrow we start again.', speaker: 'he', entity: 'per-tom-jones', cue: 'said', direct: true },
    ]);
  });

  it('keeps a multi-paragraph quote as one', () => {
    const text = 'Anna Smith met voters.\n\n“The first point is jobs.\n\n“The second point is housing,” Smith said.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0].content.text).toBe('The first point is jobs.\n\n“The second point is housing');
  });

  it('takes a partial quote inside a claim as reported speech, direct when mostly quoted', () => {
    const [q] = quotes('Tom Jones arrived. Smith would have to “go more to the center,” Jones said.');
    expect(brief(q)).toMatchObject({ content: 'Smith would have to “go more to the center,”', speaker: 'Jones', direct: true });
  });

  it('ignores scare quotes and titles nobody says', () => {
    expect(quotes('The so-called “deal of the century” was never signed. He watched “Casablanca” twice.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "X said that …", "…, X said." and "X told reporters …"', () => {
    expect(quotes('Smith said that the bridge would open in May.').map(brief)).toEqual([
      { content: 'the bridge would open in May', speaker: 'Smith', entity: 'per-anna-smith', cue: 'said', direct: false },
    ]);
    expect(brief(quotes('The bridge will open in May, Tom Jones said on Friday.')[0])).toMatchObject({ content: 'The bridge will open in May', speaker: 'Tom Jones', direct: false });
    expect(brief(quotes('Jones told reporters that talks had stalled.')[0])).toMatchObject({ content: 'talks had stalled', cue: 'told' });
  });

  it('keeps a claim that goes on after a parenthetical attribution', () => {
    expect(brief(quotes('The golf industry, Anna Smith said, is doing much better than expected.')[0])).toMatchObject({
      content: 'The golf industry, Anna Smith said, is doing much better than expected', speaker: 'Anna Smith', direct: false,
    });
    expect(quotes('His path to the nomination continues to narrow.')).toEqual([]);
  });

  it('reads "according to X" at either end', () => {
    expect(brief(quotes('According to Acme, sales fell sharply last year.')[0])).toMatchObject({ content: 'sales fell sharply last year', speaker: 'Acme', entity: 'org-acme' });
    expect(brief(quotes('Sales fell sharply last year, according to Acme Corp.')[0])).toMatchObject({ content: 'Sales fell sharply last year', entity: 'org-acme' });
  });

  it('resolves pronouns and nominals to the entity in context', () => {
    const found = quotes('Anna Smith visited the plant. She said the workers deserved a raise. The company said it would consider it. Acme Corp later agreed.');
    expect(found.map((q) => [q.speaker.text, q.speaker.entityId])).toEqual([['She', 'per-anna-smith'], ['The company', undefined]]);
    const withOrg = quotes('Acme Corp opened a plant. Tom Jones visited. The company said it would hire 200 people.');
    expect(withOrg[0].speaker).toMatchObject({ text: 'The company', entityId: 'org-acme' });
  });

  it('resolves "the Russian official" to the person whose role ties them to Russia', () => {
    const specs: EntitySpec[] = [
      { id: 'per-yury-borisov', type: 'PERSON', forms: ['Yury Borisov', 'Borisov'] },
      { id: 'per-ivan-petrov', type: 'PERSON', forms: ['Ivan Petrov'] },
      { id: 'norp-russian', type: 'NORP', forms: ['Russian'], relatedTo: 'loc-russia' },
      { id: 'loc-russia', type: 'LOCATION', forms: ['Russia'] },
    ];
    const found = quotes('Russian Deputy Prime Minister Yury Borisov arrived with Ivan Petrov. The Russian official noted that trade was growing.', specs);
    expect(found[0].speaker).toMatchObject({ text: 'The Russian official', entityId: 'per-yury-borisov' });
  });
});

describe('pronoun gender', () => {
  it('skips people of the other gender, known from titles or first names', () => {
    const specs: EntitySpec[] = [
      { id: 'per-barbara-roche', type: 'PERSON', forms: ['Barbara Roche', 'Roche'] },
      { id: 'per-andrew-green', type: 'PERSON', forms: ['Andrew Green', 'Green'] },
      { id: 'per-kim-lee', type: 'PERSON', forms: ['Kim Lee'] },
    ];
    const text = 'Barbara Roche wants a new body. Sir Andrew Green disagrees. She said the figures were wrong. He said they were right. Ms Kim Lee arrived. She said the plan had changed.';
    const found = quotes(text, specs).filter((q) => q.cue?.text === 'said').map((q) => [q.speaker.text, q.speaker.entityId]);
    expect(found).toEqual([['She', 'per-barbara-roche'], ['He', 'per-andrew-green'], ['She', 'per-kim-lee']]);
  });
});
