import { hashMore, hashString } from './hash.js';
import { KNOWN_ORGANIZATIONS, REGIONS } from './lexicon.js';
import { SortedHashIndex } from './sorted-hash-index.js';

// Phrase lists by category (country, city, region, demonym, given, org), matched over tokens
// case-insensitively. Phrases are kept as 32-bit hashes of their lower-cased text, sorted, with a
// category bitmask each; the binary file is read without parsing any text.
//   "NFGZ1\n" | u32 header length | JSON { categories, maxTokens, nations } | u32 count
//   | u32 hashes[count] | u8 masks[count]
// With more than 8 categories (the training experiments' mined lists) the magic is "NFGZ2\n" and
// the masks are u16, so that the file of 8 categories or fewer stays a byte smaller per phrase.
const MAGIC = 'NFGZ1\n';
const WIDE_MAGIC = 'NFGZ2\n';
const MAX_CATEGORIES = 16;
const SPACE = ' ';

interface GazetteerHeader {
  categories: string[];
  maxTokens: number;
  /** Lower-cased demonym → country name ("russian" → "Russia"). */
  nations: Record<string, string>;
}

function lowerKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export class Gazetteer {
  private readonly index: SortedHashIndex;
  /** Lower-cased demonym → country name ("russian" → "Russia"). */
  readonly nations: Map<string, string>;

  private constructor(
    private readonly header: GazetteerHeader,
    hashes: Uint32Array,
    private readonly masks: Uint16Array,
  ) {
    this.index = new SortedHashIndex(hashes);
    this.nations = new Map(Object.entries(header.nations));
  }

  get categories(): string[] {
    return this.header.categories;
  }

  /** From (category, phrase) pairs; "nation" pairs are "Demonym=Country". Adds the hand-written lists. */
  static fromLines(lines: Iterable<[category: string, phrase: string]>): Gazetteer {
    const categories: string[] = [];
    const masks = new Map<number, number>();
    const nations: Record<string, string> = {};
    let maxTokens = 1;
    const all: [string, string][] = [...lines, ...REGIONS.map((r): [string, string] => ['region', r]), ...KNOWN_ORGANIZATIONS.map((o): [string, string] => ['org', o])];
    for (const [category, phrase] of all) {
      if (category === 'nation') {
        const [demonym, country] = phrase.split('=');
        nations[demonym.toLowerCase()] = country;
        continue;
      }
      let bit = categories.indexOf(category);
      if (bit < 0) bit = categories.push(category) - 1;
      if (bit >= MAX_CATEGORIES) throw new Error(`A gazetteer holds at most ${MAX_CATEGORIES} categories.`);
      const words = phrase.split(SPACE);
      maxTokens = Math.max(maxTokens, words.length);
      const h = hashString(words.map(lowerKey).join(SPACE));
      masks.set(h, (masks.get(h) ?? 0) | (1 << bit));
    }
    const hashes = Uint32Array.from(masks.keys()).sort();
    return new Gazetteer({ categories, maxTokens: Math.min(maxTokens, 5), nations }, hashes, Uint16Array.from(hashes, (h) => masks.get(h)!));
  }

  /** From the "category<TAB>phrase" text the training script builds. */
  static parse(text: string): Gazetteer {
    const lines: [string, string][] = [];
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lines.push([line.slice(0, tab), line.slice(tab + 1)]);
    }
    return Gazetteer.fromLines(lines);
  }

  encode(): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(this.header));
    const wide = this.categories.length > 8;
    const magic = new TextEncoder().encode(wide ? WIDE_MAGIC : MAGIC);
    const count = this.masks.length;
    const out = new Uint8Array(magic.length + 4 + json.length + 4 + count * (wide ? 6 : 5));
    const view = new DataView(out.buffer);
    out.set(magic);
    let at = magic.length;
    view.setUint32(at, json.length, true);
    out.set(json, at + 4);
    at += 4 + json.length;
    view.setUint32(at, count, true);
    at += 4;
    for (let i = 0; i < count; i++, at += 4) view.setUint32(at, this.index.hashes[i], true);
    if (wide) for (let i = 0; i < count; i++, at += 2) view.setUint16(at, this.masks[i], true);
    else out.set(this.masks, at);
    return out;
  }

  static decode(bytes: Uint8Array): Gazetteer {
    const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
    if (magic !== MAGIC && magic !== WIDE_MAGIC) throw new Error('Not a gazetteer file (bad magic).');
    const width = magic === WIDE_MAGIC ? 2 : 1;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = MAGIC.length;
    const jsonLength = view.getUint32(at, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at + 4, at + 4 + jsonLength))) as GazetteerHeader;
    at += 4 + jsonLength;
    const count = view.getUint32(at, true);
    at += 4;
    if (bytes.length < at + count * (4 + width)) throw new Error('Truncated gazetteer file.');
    const hashes = new Uint32Array(count);
    for (let i = 0; i < count; i++, at += 4) hashes[i] = view.getUint32(at, true);
    const masks = new Uint16Array(count);
    for (let i = 0; i < count; i++, at += width) masks[i] = width === 2 ? view.getUint16(at, true) : bytes[at];
    return new Gazetteer(header, hashes, masks);
  }

  /** Category bitmask of a phrase given as words (any case). */
  lookup(words: string[]): number {
    const i = this.index.find(hashString(words.map(lowerKey).join(SPACE)));
    return i < 0 ? 0 : this.masks[i];
  }

  has(category: string, words: string[]): boolean {
    const bit = this.categories.indexOf(category);
    return bit >= 0 && (this.lookup(words) & (1 << bit)) !== 0;
  }

  /**
   * For tokens[from..to): the longest match starting at each capitalised token, as feature
   * strings "g<category><B|I|L|U>" per token. `lower` holds the lower-cased words.
   */
  annotate(words: string[], lower: string[], from: number, to: number, out: string[][]): void {
    const prefixes = new Array<number>(this.header.maxTokens);
    for (let i = from; i < to; i++) {
      const first = words[i].charCodeAt(0);
      if (!(first >= 65 && first <= 90) && !(first > 127 && /^\p{Lu}/u.test(words[i]))) continue;
      const max = Math.min(this.header.maxTokens, to - i);
      let h = hashString(lowerKey(lower[i]));
      prefixes[0] = h;
      for (let len = 2; len <= max; len++) {
        h = hashMore(hashMore(h, SPACE), lowerKey(lower[i + len - 1]));
        prefixes[len - 1] = h;
      }
      for (let len = max; len >= 1; len--) {
        const found = this.index.find(prefixes[len - 1]);
        if (found < 0) continue;
        const mask = this.masks[found];
        for (let bit = 0; bit < this.categories.length; bit++) {
          if (!(mask & (1 << bit))) continue;
          const c = this.categories[bit];
          if (len === 1) out[i].push(`g${c}U`);
          else {
            out[i].push(`g${c}B`);
            for (let k = i + 1; k < i + len - 1; k++) out[k].push(`g${c}I`);
            out[i + len - 1].push(`g${c}L`);
          }
        }
        break;
      }
    }
  }
}
