// Calendar arithmetic on plain UTC dates, and TIMEX3 value formatting.

export interface Day {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function dayFromDate(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function toDate(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d));
  date.setUTCFullYear(day.y); // Date.UTC maps years 0..99 to 1900..1999
  return date;
}

/** Days since 1970-01-01. */
export function dayNumber(day: Day): number {
  return Math.round(toDate(day).getTime() / 86_400_000);
}

export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return dayFromDate(date);
}

/** Shifts by whole months; the day is clamped to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12 + 12) % 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  return ((toDate(day).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + (w - 1) * 7);
}

export const formatYear = (y: number) => pad(y, 4);
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
export const formatTime = (hour: number, minute: number) => `T${pad(hour)}:${pad(minute)}`;

/** Reads publishedAt (ISO date or datetime); null when absent or unreadable. */
export function parseAnchor(publishedAt: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}
