import type { Token } from '../types.js';
import { isKnownAbbreviation } from './abbreviations.js';

// News tokenizer. One regex finds candidate chunks; a small post-pass splits possessives and
// contractions off words and decides whether a trailing period belongs to an abbreviation.
// Every token keeps its UTF-16 offsets into `text`.
const PATTERNS = [
  // URLs, e-mail addresses, @handles and #hashtags stay whole.
  String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]}'’]`,
  String.raw`www\.[^\s<>"“”]+[^\s<>"“”.,;:!?)\]}'’]`,
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  String.raw`[@#][\p{L}\p{N}_]+`,
  // Dotted abbreviations: U.S., U.N., p.m., e.g. (the final dot is optional: "U.S" at a line end).
  String.raw`(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?`,
  // Numbers with thousands separators, decimals, ordinals, times, dates and scores: 1,000.5 17th 10:30 1996-08-22.
  String.raw`\d+(?:[.,:\/-]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d])`,
  // Words: letters/digits with inner apostrophes, hyphens, ampersands (AT&T) and periods (Yahoo.com);
  // a final "." is attached only when the word is a known abbreviation (decided below).
  String.raw`[\p{L}\p{N}\p{M}]+(?:(?:['’]|[-‐‑]|&|\.(?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*\+*`,
  // Runs of the same punctuation that read as one mark: ..., --, ?!, ''.
  String.raw`\.{2,}|…|-{2,}|[?!]+|''` + '|``',
  String.raw`\S`,
];
const TOKEN_RE = new RegExp(PATTERNS.join('|'), 'gu');
const CLITIC_RE = /^(.+?)(['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)|[nN]['’][tT])$/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => tokens.push({ start, end, text: text.slice(start, end) });
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let word = m[0];
    let end = start + word.length;
    if (WORD_RE.test(word)) {
      // Abbreviation dot: "Inc." "Dr." "Feb." and single initials ("J."), never "Russia."
      if (text[end] === '.' && !word.includes('.') && isKnownAbbreviation(word, text, end)) {
        word += '.';
        end++;
        re.lastIndex = end;
      }
      const clitic = CLITIC_RE.exec(word);
      if (clitic && /\p{L}$/u.test(clitic[1])) {
        const stem = clitic[1].length;
        push(start, start + stem);
        push(start + stem, end);
        continue;
      }
    }
    push(start, end);
  }
  return tokens;
}
