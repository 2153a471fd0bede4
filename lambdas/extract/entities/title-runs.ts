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

// Letter tests with an ASCII fast path: this runs over every token of every article.
const startsUpper = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};
const startsLetter = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(word);
};
const capitalised = (word: string) => startsUpper(word) && /\p{Ll}/u.test(word) && !word.endsWith('.');

/**
 * Title-case runs of two or more words, not at the start of a sentence, with at least one
 * capitalised title word after their first word, in sentences where most words are not capitalised
 * (a title-case headline is not a title).
 */
export function titleRuns(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): TitleRun[] {
  const runs: TitleRun[] = [];
  for (const s of sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!startsLetter(tokens[i].text)) continue;
      words++;
      if (startsUpper(tokens[i].text)) caps++;
    }
    if (words < 6 || caps / words > 0.5) continue;
    let i = s.tokenStart + 1;
    while (i < s.tokenEnd) {
      if (!startsUpper(tokens[i].text) || !capitalised(tokens[i].text)) {
        i++;
        continue;
      }
      // Extend over capitalised words and lower-case joiners between them (an apostrophe form is one token or three).
      let end = i + 1;
      let last = i + 1;
      while (end < s.tokenEnd) {
        const t = tokens[end].text;
        // A line break ends a title (a headline, then a byline on the next line).
        if (tokens[end].start > tokens[end - 1].end && text.slice(tokens[end - 1].end, tokens[end].start).includes('\n')) break;
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

/**
 * The runs that hold no word of a name found elsewhere in the article: a headline quoted in title
 * case ("Christie Is Over Marco Rubio") names people the story names again, a song title seldom
 * does. `names` are token ranges of the other names (those overlapping a run do not count).
 */
export function withoutKnownNames(runs: TitleRun[], tokens: readonly Token[], names: readonly TitleRun[]): TitleRun[] {
  const overlaps = (a: TitleRun, b: TitleRun) => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
  const named = new Set<string>();
  for (const n of names) {
    if (runs.some((r) => overlaps(r, n))) continue;
    for (let i = n.tokenStart; i < n.tokenEnd; i++) named.add(tokens[i].text.toLowerCase());
  }
  if (!named.size) return runs;
  return runs.filter((r) => {
    for (let i = r.tokenStart; i < r.tokenEnd; i++) {
      const w = tokens[i].text.toLowerCase();
      if (startsUpper(tokens[i].text) && !TITLE_WORDS.has(w) && named.has(w)) return false;
    }
    return true;
  });
}
