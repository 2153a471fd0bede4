import type { RawDocument } from './conll.js';
import { mulberry32 } from './perceptron.js';

// Training-time augmentation against memorized names (after mention replacement, Dai & Adel 2020):
// a copy of a training document in which every person, organization and place name is replaced,
// the same way throughout the document, by another name of its class. The 1996 Reuters copy
// names the same few thousand people, companies and places again and again, so the tagger learns
// "Clinton" and "Boeing" rather than what the words around a name say; in a copy the contexts
// stay and the names change. Organizations are sometimes given a single surname or place name
// ("Jarvis", "Gloucester"), as clubs and firms of today's news are, so that the context has to
// tell the class. MISC names (nationalities, events) are left as they are.

const PER = 0;
const ORG = 1;
const LOC = 2;

export interface SwapPools {
  /** Names of the three classes as written in the training text (distinct). */
  names: [per: string[], org: string[], loc: string[]];
  /** One-word surnames: the last words of the training text's multi-word person names. */
  surnames: string[];
  /** Given names and cities from the gazetteer phrases. */
  given: string[];
  cities: string[];
}

export interface SwapOptions {
  /** Share of the training documents that get a swapped copy (0–1). */
  rate: number;
  /** Chance that an organization becomes a single surname or place name. */
  crossRate: number;
}

export const SWAP_DEFAULTS: SwapOptions = { rate: 0.5, crossRate: 0.25 };

export function swapPools(docs: RawDocument[], phrases: readonly [category: string, phrase: string][]): SwapPools {
  const sets: [Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set()];
  const surnames = new Set<string>();
  for (const doc of docs) {
    for (const g of doc.gold) {
      if (g.cls > LOC) continue;
      const name = doc.text.slice(g.start, g.end);
      sets[g.cls].add(name);
      const words = name.split(' ');
      if (g.cls === PER && words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!)) surnames.add(words.at(-1)!);
    }
  }
  const titleCase = (p: string) => /^\p{Lu}/u.test(p) && !/[=]/.test(p);
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    names: [sorted(sets[0]), sorted(sets[1]), sorted(sets[2])],
    surnames: sorted(surnames),
    given: [...new Set(phrases.filter(([c, p]) => c === 'given' && titleCase(p)).map(([, p]) => p))].sort(),
    cities: [...new Set(phrases.filter(([c, p]) => c === 'city' && titleCase(p)).map(([, p]) => p))].sort(),
  };
}

const draw = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)];

/** A copy of the document with its PER, ORG and LOC names replaced consistently; deterministic for a random source. */
export function withSwappedNames(doc: RawDocument, pools: SwapPools, random: () => number, crossRate: number): RawDocument {
  const gold = [...doc.gold].sort((a, b) => a.start - b.start);
  const replacement = new Map<string, string>();
  const key = (cls: number, name: string) => `${cls}\t${name}`;
  const fresh = (cls: number): string => {
    if (cls === PER) {
      if (random() < 0.5 || !pools.given.length || !pools.surnames.length) return draw(pools.names[PER], random);
      return `${draw(pools.given, random)} ${draw(pools.surnames, random)}`;
    }
    if (cls === ORG) {
      if (random() < crossRate) return random() < 0.5 || !pools.cities.length ? draw(pools.surnames, random) : draw(pools.cities, random);
      return draw(pools.names[ORG], random);
    }
    return random() < 0.5 || !pools.cities.length ? draw(pools.names[LOC], random) : draw(pools.cities, random);
  };
  // Full person names first, so that a later surname-only mention gets the new surname.
  const names = gold.map((g) => doc.text.slice(g.start, g.end));
  gold.forEach((g, i) => {
    if (g.cls > LOC || replacement.has(key(g.cls, names[i]))) return;
    if (g.cls === PER && names[i].includes(' ')) replacement.set(key(PER, names[i]), fresh(PER));
  });
  for (const [k, v] of [...replacement]) {
    const last = k.split(' ').at(-1)!;
    if (!replacement.has(key(PER, last))) replacement.set(key(PER, last), v.split(' ').at(-1)!);
  }
  gold.forEach((g, i) => {
    if (g.cls <= LOC && !replacement.has(key(g.cls, names[i]))) replacement.set(key(g.cls, names[i]), fresh(g.cls));
  });
  let text = '';
  let at = 0;
  const shifted = gold.map((g, i) => {
    const name = g.cls <= LOC ? replacement.get(key(g.cls, names[i]))! : names[i];
    text += doc.text.slice(at, g.start);
    const start = text.length;
    text += name;
    at = g.end;
    return { ...g, start, end: text.length };
  });
  text += doc.text.slice(at);
  return { text, gold: shifted };
}

/**
 * Swapped copies of a share of the documents, from a fixed seed: for each copy, the index of the
 * document it was made from (so that jackknife folds can keep a copy with its original).
 */
export function swappedCopies(docs: RawDocument[], pools: SwapPools, seed: number, options: SwapOptions): { doc: RawDocument; of: number }[] {
  const random = mulberry32(seed ^ 0x5a4f);
  const copies: { doc: RawDocument; of: number }[] = [];
  docs.forEach((doc, i) => {
    if (random() < options.rate && doc.gold.length) copies.push({ doc: withSwappedNames(doc, pools, random, options.crossRate), of: i });
  });
  return copies;
}
