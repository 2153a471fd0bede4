import type { Sentence, Token } from '../types.js';

// Titles of songs, films, albums and games are written in title case in running text ("her single
// Sometimes You Can't Make It On Your Own", "How To Dismantle An Atomic Bomb"), and 1996 Reuters
// copy has almost none of them, so the tagger breaks them into pieces of names ("Atomic Bomb" as a
// person). A run of capitalised words in the middle of an ordinary sentence that capitalises a
// pronoun, an auxiliary or a particle, which the names of people, organizations and places do not,
// is read as one title (WORK, MISC in CoNLL terms).

/** Function words that a title capitalises and other names do not ("Bank of England", not "Of"; "I" and "Am", as in "Pan Am", are capitalised anyway). */
const TITLE_WORDS = new Set([
  'you', 'your', 'it', "it's", 'me', 'my', 'we', 'our', 'he', 'she', 'they', 'them', 'his', 'her',
  'are', 'is', 'was', 'be', 'been', "can't", "don't", "won't", "isn't", 'to', 'an', 'on', 'not', 'yet',
  'never', 'there', 'here', 'now', 'or',
]);
/**
 * Lower-case words a title may keep between capitalised ones ("It's Now or Never", "Shaun of the
 * Dead"); not "and", "for", "with", "by", which as often join two names ("Marlon Brando for On the
 * Waterfront").
 */
const JOINERS = new Set(['of', 'the', 'or', 'a', 'an', 'in', 'on', 'to']);
/** Words an "'s" belongs to as a contraction ("It's"), not a possessive ("Elvis's It's Now or Never"). */
const CONTRACTED = new Set(['it', 'what', 'who', 'that', 'there', 'here', 'he', 'she', 'let', 'where', 'how']);

export interface TitleRun {
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !word.endsWith(".");

/**
 * Title-case runs of two or more words, not at the start of a sentence, with at least one
 * capitalised title word after their first word, in sentences where most words are not capitalised
 * (a title-case headline is not a title).
 */
export function titleRuns(tokens: readonly Token[], sentences: readonly Sentence[]): TitleRun[] {
  const runs: TitleRun[] = [];
  for (const s of sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^\p{L}/u.test(tokens[i].text)) continue;
      words++;
      if (/^\p{Lu}/u.test(tokens[i].text)) caps++;
    }
    if (words < 6 || caps / words > 0.5) continue;
    let i = s.tokenStart + 1;
    while (i < s.tokenEnd) {
      if (!capitalised(tokens[i].text)) {
        i++;
        continue;
      }
      // Extend over capitalised words and lower-case joiners between them (an apostrophe form is one token or three).
      let end = i + 1;
      let last = i + 1;
      while (end < s.tokenEnd) {
        const t = tokens[end].text;
        if (capitalised(t) || /^\p{Lu}$/u.test(t)) last = end + 1;
        else if (/^['’]s$/iu.test(t) ? !CONTRACTED.has(tokens[end - 1].text.toLowerCase()) : !JOINERS.has(t) && !/^['’](?:m|re|ll|ve|d)$|^n['’]t$/iu.test(t)) break;
        end++;
      }
      const parts: string[] = [];
      for (let k = i; k < last; k++) parts.push(tokens[k].text);
      const joined = parts.join(' ').replace(/ (['’])/g, '$1').replace(/ (n['’]t)/gi, '$1');
      const titleWord = joined.split(' ').slice(1).some((w) => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase().replace('’', "'")));
      // A run that goes on from a capitalised first word of the sentence may be a longer title or name: left alone.
      const fromFirst = i === s.tokenStart + 1 && capitalised(tokens[s.tokenStart].text);
      if (last - i >= 2 && titleWord && !fromFirst) runs.push({ tokenStart: i, tokenEnd: last });
      i = Math.max(last, i + 1);
    }
  }
  return runs;
}
