import type { RawDocument } from './conll.js';
import { mulberry32 } from './perceptron.js';

// CoNLL-2003's Reuters copy (1996) names people without honorifics, while much of today's news
// (British papers and broadcasters above all) writes "Mr Brown", "Ms Hassan", "Dr Patel" on every
// second mention: the BBC stories use "Mr" about 3,000 times, eng.train 4. A tagger that never saw
// "Mr" before a name takes it for part of the name, or an organization. Training therefore puts
// an honorific, outside the name's span, before some of the person names of the training text.

const PER = 0;
/** Honorifics by how often news uses them; the dotted forms are the American style. */
const HONORIFICS: [string, number][] = [
  ['Mr', 0.56], ['Mr.', 0.2], ['Ms', 0.08], ['Mrs', 0.04], ['Mrs.', 0.02], ['Dr', 0.06], ['Dr.', 0.04],
];

export interface HonorificRates {
  /** Chance for a one-word person name (usually a surname on a later mention). */
  single: number;
  /** Chance for a longer person name. */
  multi: number;
}

export const HONORIFIC_RATES: HonorificRates = { single: 0.25, multi: 0.08 };

function pick(random: () => number): string {
  let r = random();
  for (const [word, share] of HONORIFICS) {
    if (r < share) return word;
    r -= share;
  }
  return HONORIFICS[0][0];
}

/**
 * A copy of the document with honorifics before some person names. Only names that follow a
 * lower-case word, punctuation or a line start get one, so that no title or longer name is split
 * ("President Clinton" stays as it is). Deterministic for a given random source.
 */
export function withHonorifics(doc: RawDocument, random: () => number, rates: HonorificRates = HONORIFIC_RATES): RawDocument {
  const gold = [...doc.gold].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  let shift = 0;
  const shifted = gold.map((g) => ({ ...g }));
  gold.forEach((g, i) => {
    if (g.cls !== PER) {
      shifted[i].start += shift;
      shifted[i].end += shift;
      return;
    }
    const single = !/\s/.test(doc.text.slice(g.start, g.end));
    const before = doc.text.slice(Math.max(0, g.start - 30), g.start);
    const previousWord = /(\S+)\s+$/.exec(before)?.[1];
    const eligible = g.start === 0 || /\n$/.test(before) || (previousWord !== undefined && !/^\p{Lu}/u.test(previousWord));
    if (eligible && random() < (single ? rates.single : rates.multi)) {
      const honorific = `${pick(random)} `;
      text += doc.text.slice(at, g.start) + honorific;
      at = g.start;
      shift += honorific.length;
    }
    shifted[i].start += shift;
    shifted[i].end += shift;
  });
  text += doc.text.slice(at);
  return { text, gold: shifted };
}

/** The training documents with honorifics added, from a fixed seed. */
export function addHonorifics(docs: RawDocument[], seed: number, rates: HonorificRates = HONORIFIC_RATES): RawDocument[] {
  const random = mulberry32(seed ^ 0x4d72);
  return docs.map((d) => withHonorifics(d, random, rates));
}
