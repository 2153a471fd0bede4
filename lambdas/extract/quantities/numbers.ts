// Reading numbers as written: numerals with separators, scale words and suffixes, number words.

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, hundred: 100,
};

/** Scale words and abbreviations: "million", "mln", "bn", "m", "k". */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6, mio: 1e6,
  billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
};

/** "1,234.5", "600m", "1.13bn" → value and any scale glued to it. */
export function parseNumeral(word: string): { value: number; scaled: boolean } | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]{1,3})?$/i.exec(word);
  if (!m) return undefined;
  let value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
  const suffix = m[3]?.toLowerCase();
  if (suffix) {
    const scale = SCALES[suffix];
    if (!scale) return undefined;
    value *= scale;
  }
  return { value, scaled: !!suffix };
}

/** "seven", "twenty-five", "a dozen" (the "a" is the caller's). */
export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in SMALL) return SMALL[w];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return m ? SMALL[m[1]] + SMALL[m[2]] : undefined;
}

/** "first", "21st", "3rd". */
export function parseOrdinal(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in ORDINAL_WORDS) return ORDINAL_WORDS[w];
  const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : undefined;
}

/** Rounds away binary noise from scaling ("1.13" × 1e9). */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}
