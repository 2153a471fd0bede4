import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { canonicalize } from './canonicalize.js';
import { entityId } from './entity-id.js';
import type { TypedMention } from './fine-types.js';

/** Mentions of the given surface forms, found in order in the text. */
function mentionsIn(text: string, forms: [string, EntityType][]): TypedMention[] {
  let from = 0;
  return forms.map(([form, type]) => {
    const start = text.indexOf(form, from);
    if (start < 0) throw new Error(`"${form}" not in text`);
    from = start + form.length;
    return { start, end: start + form.length, text: form, tokenStart: 0, tokenEnd: 0, type };
  });
}

const nations = new Map([['russian', 'Russia']]);

describe('canonicalize', () => {
  it('links a surname to the full name and keeps every mention', () => {
    const text = 'Yury Borisov spoke. Later Borisov left, and BORISOV returned.';
    const entities = canonicalize(mentionsIn(text, [['Yury Borisov', 'PERSON'], ['Borisov', 'PERSON'], ['BORISOV', 'PERSON']]), text, nations);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Yury Borisov', type: 'PERSON', id: entityId('Yury Borisov', 'PERSON'), aliases: ['Borisov'] });
    expect(entities[0].mentions.map((m) => m.text)).toEqual(['Yury Borisov', 'Borisov', 'BORISOV']);
  });

  it('links a lone given name to the one person who has it, but not when two do', () => {
    const text = 'Sonia O\'Sullivan won. Sonia smiled. Andy Campbell and Andy Murray ran. Andy lost.';
    const entities = canonicalize(
      mentionsIn(text, [
        ["Sonia O'Sullivan", 'PERSON'], ['Sonia', 'PERSON'], ['Andy Campbell', 'PERSON'], ['Andy Murray', 'PERSON'], ['Andy', 'PERSON'],
      ]),
      text,
      nations,
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ["Sonia O'Sullivan", 2], ['Andy Campbell', 1], ['Andy Murray', 1], ['Andy', 1],
    ]);
  });

  it('links a company named without its legal form, headline capitals included, but not a different company', () => {
    const text = 'KEIAISHA ISSUING NOTES\n\nKeiaisha Co Ltd of Tokyo is issuing notes. Keiaisha said. Acme Bank and Acme Corp, and Acme.';
    const entities = canonicalize(
      mentionsIn(text, [
        ['KEIAISHA', 'ORGANIZATION'], ['Keiaisha Co Ltd', 'ORGANIZATION'], ['Keiaisha', 'ORGANIZATION'],
        ['Acme Bank', 'ORGANIZATION'], ['Acme Corp', 'ORGANIZATION'], ['Acme', 'ORGANIZATION'],
      ]),
      text,
      nations,
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Keiaisha Co Ltd', 3], ['Acme Bank', 1], ['Acme Corp', 2]]);
  });

  it('does not merge a surname shared by two people', () => {
    const text = 'John Smith and Jane Smith met. Smith said no.';
    const entities = canonicalize(mentionsIn(text, [['John Smith', 'PERSON'], ['Jane Smith', 'PERSON'], ['Smith', 'PERSON']]), text, nations);
    expect(entities.map((e) => e.name)).toEqual(['John Smith', 'Jane Smith', 'Smith']);
  });

  it('does not read a nationality in parentheses after a person as an acronym', () => {
    const text = 'Lindsay Davenport (U.S.) beat Anna Smith (Britain).';
    const entities = canonicalize(mentionsIn(text, [['Lindsay Davenport', 'PERSON'], ['U.S.', 'LOCATION']]), text, nations);
    expect(entities.map((e) => e.name)).toEqual(['Lindsay Davenport', 'U.S.']);
  });

  it('links acronyms written in parentheses or spelled by initials', () => {
    const text = 'The Centers for Disease Control and Prevention (CDC) warned. The CDC said. NATO and the North Atlantic Treaty Organization.';
    const entities = canonicalize(
      mentionsIn(text, [
        ['Centers for Disease Control and Prevention', 'ORGANIZATION'],
        ['CDC', 'ORGANIZATION'],
        ['CDC', 'ORGANIZATION'],
        ['NATO', 'ORGANIZATION'],
        ['North Atlantic Treaty Organization', 'ORGANIZATION'],
      ]),
      text,
      nations,
    );
    expect(entities.map((e) => [e.name, e.mentions.length, e.aliases])).toEqual([
      ['Centers for Disease Control and Prevention', 3, ['CDC']],
      ['North Atlantic Treaty Organization', 2, ['NATO']],
    ]);
  });

  it("merges possessives and case variants, title-cases all-caps places, links NORP to its country", () => {
    const text = "RUSSIA Russia's Russian officials flew to MILAN.\nCARACAS (Reuters) - Talks began.";
    const entities = canonicalize(
      mentionsIn(text, [['RUSSIA', 'LOCATION'], ["Russia's", 'LOCATION'], ['Russian', 'NORP'], ['MILAN', 'LOCATION'], ['CARACAS', 'LOCATION']]),
      text,
      nations,
    );
    const russia = entities.find((e) => e.type === 'LOCATION' && e.mentions.length === 2)!;
    expect(russia.id).toBe('loc-russia');
    expect(entities.find((e) => e.type === 'NORP')).toMatchObject({ name: 'Russian', relatedTo: russia.id });
    expect(entities.find((e) => e.mentions[0].text === 'CARACAS')).toMatchObject({ name: 'Caracas', id: 'loc-caracas' });
    expect(entities.find((e) => e.mentions[0].text === 'MILAN')?.name).toBe('MILAN'); // mid-sentence capitals stay as written
  });

  it('keeps a name tagged with two types as two entities (city and team)', () => {
    const text = 'Atalanta won. Atalanta lost. Atalanta drew.';
    const entities = canonicalize(mentionsIn(text, [['Atalanta', 'ORGANIZATION'], ['Atalanta', 'LOCATION'], ['Atalanta', 'ORGANIZATION']]), text, nations);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([['org-atalanta', 2], ['loc-atalanta', 1]]);
  });
});

describe('entityId', () => {
  it('is deterministic, URL-safe and accent-insensitive', () => {
    expect(entityId('Tareck El Aïssami', 'PERSON')).toBe('per-tareck-el-aissami');
    expect(entityId('OPEC+', 'ORGANIZATION')).toBe('org-opec-plus');
    const cyrillic = entityId('Юрий Борисов', 'PERSON');
    expect(cyrillic).toMatch(/^per-[A-Za-z0-9_-]+$/);
    expect(entityId('Юрий Борисов', 'PERSON')).toBe(cyrillic);
    expect(entityId('Юрий Борисов', 'PERSON')).not.toBe(entityId('Юрий Иванов', 'PERSON'));
  });
});
