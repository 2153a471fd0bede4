import type { Entity, EntityType, Span } from '../types.js';
import { entityId, nameKey } from './entity-id.js';
import type { TypedMention } from './fine-types.js';

// In-article coreference of names. Mentions with the same name key form a cluster; clusters then
// merge when a short form unambiguously points at one longer name: a surname ("Borisov" → "Yury
// Borisov"), an acronym in parentheses or spelled by the initials ("CDC" ↔ "Centers for Disease
// Control and Prevention"), a company without its legal form ("KEIAISHA" → "Keiaisha Co Ltd").
// A short form that fits two or more names is left alone.

interface Cluster {
  mentions: TypedMention[];
  type: EntityType;
  /** Key of the most complete form. */
  key: string;
  words: string[];
  mergedInto?: Cluster;
}

const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'und', '&']);
/** Words that only say what kind of company a name is ("Acme Corp", "Keiaisha Co Ltd"). */
const LEGAL_FORMS = new Set([
  'co', 'cos', 'corp', 'corporation', 'company', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'lp', 'pty',
  'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj', 'kk', 'group', 'holding', 'holdings',
]);

function root(c: Cluster): Cluster {
  while (c.mergedInto) c = c.mergedInto;
  return c;
}

function wordsOf(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

/** Initials of the significant words: "centers for disease control and prevention" → "cdcp". */
function initials(words: string[]): string {
  return words.filter((w) => !MINOR_WORDS.has(w)).map((w) => w[0]).join('');
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}&.]{1,7}\+?$/u.test(text.replace(/\./g, '')) && text.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/**
 * "CARACAS" → "Caracas" for place and person names written only in capitals at the start of a
 * line (datelines, headlines); a capitalised acronym mid-sentence ("OPEC+") stays as written.
 */
function displayCase(name: string, type: EntityType, mentions: TypedMention[], text: string): string {
  if (/\p{Ll}/u.test(name) || (type !== 'LOCATION' && type !== 'PERSON')) return name;
  const atLineStart = mentions.some((m) => text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start).trim() === '');
  if (!atLineStart) return name;
  return name.replace(/\p{L}+/gu, (w) => (w.length >= 4 ? w[0] + w.slice(1).toLowerCase() : w));
}

/** The most complete written form: most words, then longest, mixed case over capitals, then earliest. */
function canonicalMention(mentions: TypedMention[]): TypedMention {
  let best = mentions[0];
  const rank = (m: TypedMention) => [wordsOf(nameKey(m.text)).length, m.text.length, /\p{Ll}/u.test(m.text) ? 1 : 0];
  for (const m of mentions) {
    const a = rank(m);
    const b = rank(best);
    if (a[0] > b[0] || (a[0] === b[0] && (a[2] > b[2] || (a[2] === b[2] && a[1] > b[1])))) best = m;
  }
  return best;
}

export function canonicalize(mentions: TypedMention[], text: string, nations: Map<string, string>): Entity[] {
  // A name written alike but typed differently is kept apart: in sports copy "New York" is both
  // the city and the team, and the tagger tells them apart better than a vote would.
  const byKey = new Map<string, Cluster>();
  const clusterKey = (m: TypedMention) => `${m.type}|${nameKey(m.text)}`;
  for (const m of mentions) {
    const key = nameKey(m.text);
    if (!key) continue;
    const c = byKey.get(clusterKey(m));
    if (c) c.mentions.push(m);
    else byKey.set(clusterKey(m), { mentions: [m], type: m.type, key, words: wordsOf(key) });
  }
  const clusters = [...byKey.values()];
  const merge = (short: Cluster, long: Cluster) => {
    const a = root(short);
    const b = root(long);
    if (a !== b) a.mergedInto = b;
  };

  // "Centers for Disease Control and Prevention (CDC)": the parenthesised acronym names the same thing.
  const clusterOf = (m: TypedMention) => byKey.get(clusterKey(m))!;
  const sorted = [...mentions].filter((m) => nameKey(m.text)).sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const long = sorted[i];
    const short = sorted[i + 1];
    if (!/^\s*\($/.test(text.slice(long.end, short.start)) || text[short.end] !== ')') continue;
    if (!isAcronym(short.text) || long.type === 'PERSON' || long.type === 'NORP') continue;
    const longWords = wordsOf(nameKey(long.text));
    const letters = nameKey(short.text).replace(/[^a-z]/g, '');
    // "Lindsay Davenport (U.S.)" is a nationality in a results line, not an acronym of the name.
    if (longWords.length < 2 || !initials(longWords).startsWith(letters.slice(0, 2))) continue;
    merge(clusterOf(short), clusterOf(long));
  }

  const multiWord = clusters.filter((c) => c.words.length >= 2);
  for (const short of clusters) {
    if (root(short) !== short) continue;
    const surface = short.mentions[0].text;
    // Acronym spelled by the initials of exactly one longer non-person name.
    if (isAcronym(surface) && short.type !== 'PERSON') {
      const letters = short.key.replace(/[^a-z]/g, '');
      const fits = multiWord.filter((c) => {
        if (c.type === 'PERSON' || c.type === 'NORP') return false;
        const init = initials(c.words);
        return init === letters || (letters.length >= 3 && init.startsWith(letters));
      });
      if (fits.length === 1) {
        merge(short, fits[0]);
        continue;
      }
    }
    // A company named without its legal form, when exactly one organization fits.
    if (short.type === 'ORGANIZATION') {
      const fits = multiWord.filter((c) => c.type === 'ORGANIZATION' && c.words.length > short.words.length
        && c.words.slice(0, short.words.length).join(' ') === short.key && c.words.slice(short.words.length).every((w) => LEGAL_FORMS.has(w)));
      if (new Set(fits.map((c) => root(c))).size === 1) {
        merge(short, fits[0]);
        continue;
      }
    }
    // Surname or shorter tail of exactly one longer person name.
    if (short.words.length < 3 && short.type !== 'LOCATION' && short.type !== 'NORP' && !isAcronym(surface)) {
      const fits = multiWord.filter(
        (c) => c.type === 'PERSON' && c.words.length > short.words.length && c.words.slice(-short.words.length).join(' ') === short.key,
      );
      const distinct = new Set(fits.map((c) => root(c)));
      if (distinct.size === 1) {
        merge(short, fits[0]);
        continue;
      }
      // A lone given name ("Sonia" after "Sonia O'Sullivan") when exactly one person has it.
      if (short.type === 'PERSON' && short.words.length === 1 && distinct.size === 0) {
        const firsts = new Set(
          multiWord.filter((c) => c.type === 'PERSON' && c.words[0] === short.key).map((c) => root(c)),
        );
        if (firsts.size === 1) merge(short, [...firsts][0]);
      }
    }
  }

  // Collect; clusters that end up with the same canonical name and type are one entity.
  const groups = new Map<Cluster, TypedMention[]>();
  for (const c of clusters) {
    const r = root(c);
    groups.set(r, [...(groups.get(r) ?? []), ...c.mentions]);
  }
  const entities = new Map<string, Entity>();
  for (const [r, ms] of groups) {
    const canonical = canonicalMention(ms);
    const type = r.type;
    const name = displayCase(canonical.text, type, ms, text);
    const id = entityId(name, type);
    const entity = entities.get(id) ?? { id, name, type, aliases: [], mentions: [] };
    for (const m of ms) entity.mentions.push({ start: m.start, end: m.end, text: m.text } satisfies Span);
    entities.set(id, entity);
  }
  const out = [...entities.values()];
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const key = nameKey(e.name);
    // One alias per distinct name key (case, accents and possessives fold together), mixed case preferred.
    const aliases = new Map<string, string>();
    for (const m of e.mentions) {
      const k = nameKey(m.text);
      const seen = aliases.get(k);
      if (k !== key && (!seen || (!/\p{Ll}/u.test(seen) && /\p{Ll}/u.test(m.text)))) aliases.set(k, m.text.replace(/['’]s$/u, ''));
    }
    e.aliases = [...aliases.values()];
    if (e.type === 'NORP') {
      const country = nations.get(key) ?? nations.get(key.replace(/s$/, ''));
      if (country) {
        const place = out.find((x) => x.type === 'LOCATION' && nameKey(x.name) === nameKey(country));
        e.relatedTo = place?.id ?? entityId(country, 'LOCATION');
      }
    }
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
