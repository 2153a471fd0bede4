// Turns calendar pieces into TIMEX3 values relative to the anchor (publication date), following the
// news conventions: a bare "Friday" or "January" is the most recent one unless the tense points ahead.
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  quarterOf,
  weekday,
  type Day,
} from './calendar.js';
import type { UnitCode } from './lexicon.js';

export type Tense = 'past' | 'future' | 'none';

/** Picks the year (anchor year ±1) of a yearless period: the latest one already begun in the past
 * tense, the earliest one not yet over in the future tense, else the nearest one. */
export function pickYear(anchor: Day, tense: Tense, first: (y: number) => Day, last: (y: number) => Day): number {
  const a = dayNumber(anchor);
  const years = [anchor.y - 1, anchor.y, anchor.y + 1];
  if (tense === 'past') {
    for (const y of [...years].reverse()) if (dayNumber(first(y)) <= a) return y;
  }
  if (tense === 'future') {
    for (const y of years) if (dayNumber(last(y)) >= a) return y;
  }
  let best = anchor.y;
  let bestDistance = Infinity;
  for (const y of years) {
    const from = dayNumber(first(y));
    const to = dayNumber(last(y));
    const distance = a < from ? from - a : a > to ? a - to : 0;
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

export const monthBounds = (m: number) => [
  (y: number): Day => ({ y, m, d: 1 }),
  (y: number): Day => ({ y, m, d: daysInMonth(y, m) }),
] as const;

export function dayBounds(m: number, d: number) {
  // Feb 29 only exists in leap years: clamp so the candidate years stay comparable.
  const at = (y: number): Day => ({ y, m, d: Math.min(d, daysInMonth(y, m)) });
  return [at, at] as const;
}

export function quarterBounds(q: number) {
  return [(y: number): Day => ({ y, m: q * 3 - 2, d: 1 }), (y: number): Day => ({ y, m: q * 3, d: daysInMonth(y, q * 3) })] as const;
}

export function halfBounds(h: number) {
  return [(y: number): Day => ({ y, m: h * 6 - 5, d: 1 }), (y: number): Day => ({ y, m: h * 6, d: 30 })] as const;
}

export function seasonBounds(code: string) {
  // Meteorological seasons; winter is named by the year it starts in.
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 3;
  return [
    (y: number): Day => ({ y, m: start, d: 1 }),
    (y: number): Day => addDays(addMonths({ y, m: start, d: 1 }, 3), -1),
  ] as const;
}

/** A weekday near the anchor: the most recent one (today included) unless the tense is future. */
export function resolveWeekday(anchor: Day, target: number, tense: Tense, relation?: string): Day {
  const today = weekday(anchor);
  const back = -((today - target + 7) % 7);
  const ahead = (target - today + 7) % 7;
  switch (relation) {
    case 'last':
    case 'past':
      return addDays(anchor, back === 0 ? -7 : back);
    case 'next':
    case 'coming':
      return addDays(anchor, ahead === 0 ? 7 : ahead);
    case 'this':
      return addDays(anchor, target - today);
  }
  return addDays(anchor, tense === 'future' ? ahead : back);
}

/** The period `n` units away from the anchor, written at that unit's granularity ("last year" → 2021). */
export function shiftedPeriod(anchor: Day, unit: UnitCode, n: number): string | null {
  switch (unit) {
    case 'D':
      return formatDay(addDays(anchor, n));
    case 'W':
      return formatWeek(addDays(anchor, 7 * n));
    case 'WE':
      return formatWeek(addDays(anchor, 7 * n)) + '-WE';
    case 'M':
      return formatMonth(addMonths(anchor, n).y, addMonths(anchor, n).m);
    case 'Q': {
      const shifted = addMonths(anchor, 3 * n);
      return `${formatYear(shifted.y)}-Q${quarterOf(shifted.m)}`;
    }
    case 'Y':
      return formatYear(anchor.y + n);
    case 'DE':
      return String(Math.floor(anchor.y / 10) + n);
    case 'CE':
      return String(Math.floor(anchor.y / 100) + n).padStart(2, '0');
    default:
      return null;
  }
}

/** "three years ago" → the year three years before the anchor; hours and shorter stay on the day. */
export function agoValue(anchor: Day, unit: UnitCode, n: number): string | null {
  if (Math.abs(n) > 5000) return null;
  if (unit === 'H' || unit === 'MIN' || unit === 'S') return formatDay(anchor);
  if (!Number.isInteger(n)) return null;
  const years = unit === 'DE' ? 10 * n : unit === 'CE' ? 100 * n : unit === 'Y' ? n : 0;
  // TIMEX3 years have four digits: nothing before year 1.
  if (anchor.y + years < 1) return null;
  if (unit === 'DE' || unit === 'CE') return formatYear(anchor.y + years);
  return shiftedPeriod(anchor, unit, n);
}
