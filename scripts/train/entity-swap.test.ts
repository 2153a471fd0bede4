import { describe, expect, it } from 'vitest';
import type { RawDocument } from './conll.js';
import { swapPools, swappedCopies, withSwappedNames } from './entity-swap.js';
import { mulberry32 } from './perceptron.js';

const span = (text: string, name: string, cls: number, from = 0) => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, cls };
};

const text = 'Bill Clinton met Boeing in Paris .\nClinton said Boeing would stay in Paris , a German official said .';
const doc: RawDocument = {
  text,
  gold: [
    span(text, 'Bill Clinton', 0), span(text, 'Boeing', 1), span(text, 'Paris', 2),
    span(text, 'Clinton', 0, 20), span(text, 'Boeing', 1, 40), span(text, 'Paris', 2, 60), span(text, 'German', 3),
  ],
};
const other: RawDocument = { text: 'Helmut Kohl visited Siemens in Bonn .', gold: [] };
other.gold = [span(other.text, 'Helmut Kohl', 0), span(other.text, 'Siemens', 1), span(other.text, 'Bonn', 2)];
const pools = swapPools([doc, other], [['given', 'Aisha'], ['city', 'Lagos'], ['country', 'Chad'], ['city', 'x=y']]);

describe('entity-swapped training copies', () => {
  it('collects names by class, surnames of full person names, given names and cities', () => {
    expect(pools.names).toEqual([['Bill Clinton', 'Clinton', 'Helmut Kohl'], ['Boeing', 'Siemens'], ['Bonn', 'Paris']]);
    expect(pools.surnames).toEqual(['Clinton', 'Kohl']);
    expect(pools.given).toEqual(['Aisha']);
    expect(pools.cities).toEqual(['Lagos']);
  });

  it('replaces each name the same way throughout, a surname with the new full name\'s last word, and keeps MISC', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const copy = withSwappedNames(doc, pools, mulberry32(seed), 0.5);
      const names = copy.gold.map((g) => copy.text.slice(g.start, g.end));
      expect(copy.gold.map((g) => g.cls)).toEqual(doc.gold.map((g) => g.cls));
      expect(names[1]).toBe(names[4]);
      expect(names[2]).toBe(names[5]);
      expect(names[3]).toBe(names[0].split(' ').at(-1));
      expect(names[6]).toBe('German');
      expect(copy.text.endsWith(' official said .')).toBe(true);
      expect(copy.text.split('\n').length).toBe(2);
    }
  });

  it('copies a given share of the documents, deterministically, each tied to its original', () => {
    const docs = Array.from({ length: 200 }, () => doc);
    const copies = swappedCopies(docs, pools, 7, { rate: 0.5, crossRate: 0.25 });
    expect(copies.length).toBeGreaterThan(70);
    expect(copies.length).toBeLessThan(130);
    expect(swappedCopies(docs, pools, 7, { rate: 0.5, crossRate: 0.25 })).toEqual(copies);
    expect(swappedCopies(docs, pools, 7, { rate: 0, crossRate: 0.25 })).toEqual([]);
    for (const c of copies) expect(c.of).toBeGreaterThanOrEqual(0);
  });
});
