// chrono-node as a second detector for explicit calendar dates written in forms the rule grammar
// does not know ("the 25th of March", "Mar 5th '21"). Only dates with a known month and day are
// taken, and only where the grammar found nothing; TimeML values and spans stay ours.
import { strict as chronoStrict } from 'chrono-node/en';
import { formatDay, isValidDay, type Day } from './calendar.js';
import { monthBounds, pickYear } from './resolve.js';

export interface ChronoDate {
  start: number;
  end: number;
  value: string;
}

const LEADING_WORDS = /^(?:(?:on|at|in|by|since|until|till|from|to|of|the|this|during)\s+)+/i;

export function chronoDates(text: string, from: number, to: number, anchor: Day | null): ChronoDate[] {
  const segment = text.slice(from, to);
  const reference = anchor ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: ChronoDate[] = [];
  for (const result of chronoStrict.parse(segment, reference)) {
    const c = result.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const known = { month: c.get('month')!, day: c.get('day')!, year: c.isCertain('year') ? c.get('year')! : undefined };
    // Bare numeric pairs ("3/4") are fractions or scores as often as dates.
    if (!/\p{L}/u.test(result.text) && known.year === undefined) continue;
    // Relative phrases ("the day before") are the grammar's job.
    if (!/\d/.test(result.text)) continue;
    const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    const start = from + result.index + lead;
    const end = from + result.index + result.text.length;
    let y = known.year;
    if (y === undefined) {
      if (!anchor) continue;
      y = pickYear(anchor, 'none', ...monthBounds(known.month));
    }
    if (!isValidDay(y, known.month, known.day)) continue;
    out.push({ start, end, value: formatDay({ y, m: known.month, d: known.day }) });
  }
  return out;
}
