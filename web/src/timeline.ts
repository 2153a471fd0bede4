/** One bar of the mentions timeline: a day, a month or a year, and how many articles fall in it. */
export interface TimelineBucket {
  /** "2022-02-17", "2022-02" or "2022". */
  label: string;
  count: number;
}

const MAX_DAY_SPAN = 62;
const MAX_BUCKETS = 60;

/**
 * Counts publication dates (ISO dates or datetimes) per day when they span two months at most,
 * else per month, else per year when that would make more than 60 bars; empty periods in between
 * are kept so the bars read as an axis.
 */
export function timelineBuckets(dates: string[]): TimelineBucket[] {
  const days = dates.map((d) => d.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (days.length === 0) return [];
  const first = days[0];
  const last = days[days.length - 1];
  const spanDays = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  const monthsSpan = monthIndex(last) - monthIndex(first) + 1;
  const unit = spanDays <= MAX_DAY_SPAN ? 'day' : monthsSpan <= MAX_BUCKETS ? 'month' : 'year';
  const keyOf = (day: string) => (unit === 'day' ? day : unit === 'month' ? day.slice(0, 7) : day.slice(0, 4));
  const counts = new Map<string, number>();
  for (const day of days) counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + 1);
  return periods(first, last, unit).map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function periods(first: string, last: string, unit: 'day' | 'month' | 'year'): string[] {
  const out: string[] = [];
  if (unit === 'day') {
    for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  } else if (unit === 'month') {
    for (let m = monthIndex(first); m <= monthIndex(last); m++) out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  } else {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) out.push(String(y));
  }
  return out;
}
