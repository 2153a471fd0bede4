import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';

describe('gazetteer file', () => {
  // More than 8 categories: the hand-written lists, the package lists and the names mined from news.
  const categories = ['city', 'country', 'demonym', 'given', 'morg', 'mper', 'mloc', 'extra'];
  const gazetteer = Gazetteer.fromLines([
    ...categories.map((c, i): [string, string] => [c, `Name${i}`]),
    ['morg', 'Forrester Research'],
    ['mloc', 'Peterhead'],
    ['city', 'Peterhead'],
    ['nation', 'Russian=Russia'],
  ]);

  it('reads back what it wrote, categories past the eighth included', () => {
    const decoded = Gazetteer.decode(gazetteer.encode());
    expect(decoded.categories).toEqual(gazetteer.categories);
    expect(decoded.categories.length).toBeGreaterThan(8);
    expect(decoded.has('extra', ['NAME7'])).toBe(true);
    expect(decoded.has('mloc', ['peterhead'])).toBe(true);
    expect(decoded.has('city', ['Peterhead'])).toBe(true);
    expect(decoded.has('morg', ['Peterhead'])).toBe(false);
    expect(decoded.nations.get('russian')).toBe('Russia');
  });

  it('marks the longest match from each capitalised word', () => {
    const words = 'Analysts at Forrester Research said'.split(' ');
    const out: string[][] = words.map(() => []);
    gazetteer.annotate(words, words.map((w) => w.toLowerCase()), 0, words.length, out);
    expect(out[2]).toEqual(['gmorgB']);
    expect(out[3]).toEqual(['gmorgL']);
    expect(out[4]).toEqual([]);
  });

  it('keeps one byte per phrase for 8 categories or fewer, and reads both widths', () => {
    const narrow = Gazetteer.fromLines([['city', 'Paris'], ['org', 'Acme'], ['org', 'Paris']]);
    const bytes = narrow.encode();
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('NFGZ1\n');
    expect(new TextDecoder().decode(gazetteer.encode().subarray(0, 6))).toBe('NFGZ2\n');
    const decoded = Gazetteer.decode(bytes);
    expect(decoded.has('org', ['paris']) && decoded.has('city', ['paris'])).toBe(true);
    expect(decoded.has('city', ['acme'])).toBe(false);
    expect(Buffer.from(decoded.encode()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a truncated file and a file of another kind', () => {
    const bytes = gazetteer.encode();
    expect(() => Gazetteer.decode(bytes.subarray(0, bytes.length - 3))).toThrow(/Truncated/);
    expect(() => Gazetteer.decode(new TextEncoder().encode('NFGZ9\nxxxx'))).toThrow(/bad magic/);
  });
});
