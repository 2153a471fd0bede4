import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import type { EntityType } from '../types.js';
import { dropHonorific, extendWithModelCode, refineType, splitCompoundDemonyms, type TypedMention } from './fine-types.js';
import { Gazetteer } from './gazetteer.js';

const gazetteer = Gazetteer.fromLines([
  ['demonym', 'Russian'],
  ['demonym', 'Venezuelan'],
  ['nation', 'Russian=Russia'],
]);

/** The mention of `form` in `text` with the tagger's type. */
function mention(text: string, form: string, type: EntityType) {
  const tokens = tokenize(text);
  const start = text.indexOf(form);
  const end = start + form.length;
  const tokenStart = tokens.findIndex((t) => t.start === start);
  const tokenEnd = tokens.findIndex((t) => t.end === end) + 1;
  const m: TypedMention = { start, end, text: form, tokenStart, tokenEnd, type };
  return { m, tokens };
}

const refined = (text: string, form: string, type: EntityType) => {
  const { m, tokens } = mention(text, form, type);
  return refineType(m, tokens, text, gazetteer);
};

describe('refineType', () => {
  it('turns nationalities and groups into NORP', () => {
    expect(refined('The Russian official said', 'Russian', 'MISC')).toBe('NORP');
    expect(refined('Russians voted', 'Russians', 'MISC')).toBe('NORP');
    expect(refined('Muslim leaders met', 'Muslim', 'MISC')).toBe('NORP');
  });

  it('recognizes events, laws, quoted works and products by their pattern', () => {
    expect(refined('He played in the World Cup final.', 'World Cup', 'MISC')).toBe('EVENT');
    expect(refined('Under the Inflation Reduction Act, buyers', 'Inflation Reduction Act', 'MISC')).toBe('LAW');
    expect(refined('She starred in "Gone Girl" last year.', 'Gone Girl', 'MISC')).toBe('WORK');
    expect(refined('doses of Sputnik V vaccine arrived', 'Sputnik V', 'ORGANIZATION')).toBe('PRODUCT');
    expect(refined('Pfizer vaccine doses arrived', 'Pfizer', 'ORGANIZATION')).toBe('ORGANIZATION');
    expect(refined('The German Open ended', 'German', 'MISC')).toBe('MISC');
  });

  it('types well-known bodies as organizations and titled appositives as people', () => {
    expect(refined('members of the OPEC+ alliance', 'OPEC+', 'LOCATION')).toBe('ORGANIZATION');
    expect(refined('with the vice-president for economic issues, Tareck El Aissami.', 'Tareck El Aissami', 'ORGANIZATION')).toBe('PERSON');
    expect(refined('with the bank, Goldman Sachs Group.', 'Goldman Sachs Group', 'ORGANIZATION')).toBe('ORGANIZATION');
  });
});

describe('mention repairs', () => {
  it('splits a hyphenated pair of demonyms into two NORP mentions with exact offsets', () => {
    const text = 'Russian-Venezuelan relations';
    const { m } = mention(text, 'Russian-Venezuelan', 'MISC');
    const parts = splitCompoundDemonyms(m, gazetteer);
    expect(parts.map((p) => [p.text, text.slice(p.start, p.end), p.type])).toEqual([
      ['Russian', 'Russian', 'NORP'],
      ['Venezuelan', 'Venezuelan', 'NORP'],
    ]);
    expect(splitCompoundDemonyms(mention('Coca-Cola rose', 'Coca-Cola', 'ORGANIZATION').m, gazetteer)).toHaveLength(1);
  });

  it('takes a model code into a product name and an honorific out of a person name', () => {
    const text = 'doses of Sputnik V vaccine; Mr Gates said';
    const tokens = tokenize(text);
    const product = mention(text, 'Sputnik', 'MISC').m;
    extendWithModelCode(product, { text, tokens });
    expect(product.text).toBe('Sputnik V');
    const person = mention(text, 'Mr Gates', 'PERSON').m;
    dropHonorific(person, { text, tokens });
    expect([person.text, text.slice(person.start, person.end)]).toEqual(['Gates', 'Gates']);
  });
});
