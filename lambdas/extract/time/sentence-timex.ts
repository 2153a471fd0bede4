// Places a sentence in time: the most specific resolved date it carries.
import type { Sentence, Timex } from '../types.js';
import { timexDateRange } from './date-range.js';

/** The DATE or TIME in the sentence that names the fewest days (a day beats a month beats a year);
 * the earliest one among equals. Undefined when the sentence has no resolved date.
 * Given the text, dates inside parentheses ("CARACAS (Sputnik - 17th February, 2022) … said on
 * Wednesday") count only when the sentence has no other: a parenthetical is an aside or a dateline,
 * not when the reported thing happened. */
export function timexForSentence(timex: Timex[], sentence: Pick<Sentence, 'start' | 'end'>, text?: string): Timex | undefined {
  let best: Timex | undefined;
  let bestRank = Infinity;
  for (const t of timex) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const range = timexDateRange(t.value);
    if (!range) continue;
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
    const aside = text !== undefined && insideParentheses(text, sentence.start, t.start);
    const rank = (aside ? 1e9 : 0) + days;
    if (rank < bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

function insideParentheses(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
