// Places a sentence in time: the most specific resolved date it carries.
import type { Sentence, Timex } from '../types.js';
import { timexDateRange } from './date-range.js';

/** The DATE or TIME in the sentence that names the fewest days (a day beats a month beats a year);
 * the earliest one among equals. Undefined when the sentence has no resolved date. */
export function timexForSentence(timex: Timex[], sentence: Pick<Sentence, 'start' | 'end'>): Timex | undefined {
  let best: Timex | undefined;
  let bestSpan = Infinity;
  for (const t of timex) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const range = timexDateRange(t.value);
    if (!range) continue;
    const span = Date.parse(range.to) - Date.parse(range.from);
    if (span < bestSpan) {
      best = t;
      bestSpan = span;
    }
  }
  return best;
}
