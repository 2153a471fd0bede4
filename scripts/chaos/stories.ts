import type { SeededRandom } from './seeded-random.js';

const PEOPLE = ['Jane Wanjiru', 'Tunde Bakare', 'Élodie Martin', 'Kenji Sato', 'Maria Lopez', 'Ahmed Farouk', 'Olga Petrova', 'Liam Byrne'];
const ORGS = ['Acme Corp', 'Globex Industries', 'Initech', 'Umbrella Holdings', 'Stark Bank', 'Wayne Foods'];
const PLACES = ['NAIROBI', 'LAGOS', 'GENEVA', 'TOKYO', 'MADRID', 'CAIRO', 'KYIV', 'DUBLIN'];

/** A short news story whose entities, figures and quote vary with the random source and version. */
export function newsStory(rng: SeededRandom, label: string): string {
  const person = rng.pick(PEOPLE);
  const org = rng.pick(ORGS);
  return [
    `${org} ${rng.pick(['names new chief', 'opens office', 'reports results', 'cuts jobs'])} (${label})`,
    '',
    `${rng.pick(PLACES)}, March ${rng.int(1, 28)} - ${org} said on ${rng.pick(['Monday', 'Tuesday', 'Friday'])} that ${person} will lead its unit from ${rng.int(1, 12)} May ${rng.int(2020, 2026)}.`,
    `Shares rose ${rng.int(1, 9)}.${rng.int(0, 9)}% to $${rng.int(10, 99)}.${rng.int(10, 99)}. "We are ${rng.pick(['delighted', 'ready', 'confident'])}," ${person} said.`,
  ].join('\n');
}

/** A file body for one version of a key: mostly one story, sometimes a JSON array of 1–3 (so versions differ in article count). */
export function objectBody(rng: SeededRandom, label: string): { body: string; articles: number } {
  if (!rng.chance(0.3)) return { body: newsStory(rng, label), articles: 1 };
  const n = rng.int(1, 3);
  return { body: JSON.stringify(Array.from({ length: n }, (_, i) => ({ title: `Story ${i} (${label})`, body: newsStory(rng, `${label}.${i}`) }))), articles: n };
}
