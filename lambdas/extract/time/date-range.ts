// TIMEX3 value → the calendar days it covers, for date filters in the API.
import { addDays, addMonths, daysInMonth, formatDay, isoWeekStart, isValidDay, type Day } from './calendar.js';

export interface DateRange {
  from: string;
  to: string;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "2021" → 2021-01-01..2021-12-31, "2022-W07" → that week's Monday..Sunday, "199" → the 1990s.
 * Null for durations, sets and PRESENT_REF-style values, which name no fixed days. */
export function timexDateRange(value: string): DateRange | null {
  const range = (from: Day, to: Day): DateRange => ({ from: formatDay(from), to: formatDay(to) });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = { y: +m[1], m: +m[2], d: +m[3] };
    return isValidDay(day.y, day.m, day.d) ? range(day, day) : null;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(+m[1], +m[2]);
    return m[3] ? range(addDays(monday, 5), addDays(monday, 6)) : range(monday, addDays(monday, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [+m[1], +m[2]];
    return mo >= 1 && mo <= 12 ? range({ y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }) : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = { y: +m[1], m: +m[2] * 3 - 2, d: 1 };
    return range(first, addDays(addMonths(first, 3), -1));
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const first = { y: +m[1], m: +m[2] * 6 - 5, d: 1 };
    return range(first, addDays(addMonths(first, 6), -1));
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const first = { y: +m[1], m: SEASON_START[m[2]], d: 1 };
    return range(first, addDays(addMonths(first, 3), -1));
  }
  if ((m = /^(\d{4})$/.exec(value))) return range({ y: +m[1], m: 1, d: 1 }, { y: +m[1], m: 12, d: 31 });
  if ((m = /^(\d{3})$/.exec(value))) return range({ y: +m[1] * 10, m: 1, d: 1 }, { y: +m[1] * 10 + 9, m: 12, d: 31 });
  if ((m = /^(\d{2})$/.exec(value))) return range({ y: +m[1] * 100, m: 1, d: 1 }, { y: +m[1] * 100 + 99, m: 12, d: 31 });
  return null;
}
