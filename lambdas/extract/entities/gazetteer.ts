import { KNOWN_ORGANIZATIONS, REGIONS } from './lexicon.js';

/** Phrase lists by category (country, city, region, demonym, given) matched over tokens, case-insensitively. */
export class Gazetteer {
  readonly categories: string[];
  private readonly phrases = new Map<string, number>(); // lowercased phrase → bitmask of categories
  readonly maxTokens: number;

  constructor(lines: Iterable<[category: string, phrase: string]>) {
    const categories: string[] = [];
    let maxTokens = 1;
    let lastCategory = '';
    let bit = -1;
    for (const [category, phrase] of lines) {
      if (category !== lastCategory) {
        bit = categories.indexOf(category);
        if (bit < 0) bit = categories.push(category) - 1;
        lastCategory = category;
      }
      const key = phrase.includes('’') ? phrase.toLowerCase().replace(/’/g, "'") : phrase.toLowerCase();
      this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << bit));
      let words = 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
      if (words > maxTokens) maxTokens = words;
    }
    this.categories = categories;
    this.maxTokens = Math.min(maxTokens, 5);
  }

  /** From the "category<TAB>phrase" file of the model folder, plus the hand-written regions. */
  static parse(text: string): Gazetteer {
    const lines: [string, string][] = [];
    const nations = new Map<string, string>();
    for (let at = 0; at < text.length; ) {
      let eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length;
      const tab = text.indexOf('\t', at);
      const line = at;
      at = eol + 1;
      if (tab < 0 || tab >= eol) continue;
      const category = text.slice(line, tab);
      const phrase = text.slice(tab + 1, eol);
      if (category === 'nation') {
        const [demonym, country] = phrase.split('=');
        nations.set(demonym.toLowerCase(), country);
      } else lines.push([category, phrase]);
    }
    for (const region of REGIONS) lines.push(['region', region]);
    for (const org of KNOWN_ORGANIZATIONS) lines.push(['org', org]);
    const gazetteer = new Gazetteer(lines);
    gazetteer.nations = nations;
    return gazetteer;
  }

  /** Lower-cased demonym → country name ("russian" → "Russia"). */
  nations = new Map<string, string>();

  /** Categories of a phrase, by name. */
  has(category: string, words: string[]): boolean {
    const bit = this.categories.indexOf(category);
    return bit >= 0 && (this.lookup(words) & (1 << bit)) !== 0;
  }

  lookup(words: string[]): number {
    return this.phrases.get(phraseKey(words)) ?? 0;
  }

  /**
   * For tokens[from..to): the longest match starting at each capitalised token, as feature
   * strings "g<category><B|I|L|U>" per token.
   */
  annotate(words: string[], from: number, to: number, out: string[][]): void {
    for (let i = from; i < to; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      for (let len = Math.min(this.maxTokens, to - i); len >= 1; len--) {
        const mask = this.phrases.get(phraseKey(words.slice(i, i + len)));
        if (!mask) continue;
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

function phraseKey(words: string[]): string {
  return words.join(' ').toLowerCase().replace(/’/g, "'");
}
