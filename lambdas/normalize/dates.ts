// Publication dates as written by feeds, pages and wires, to ISO 8601. A date keeps its own UTC
// offset (converting to UTC could move it to another calendar day, and relative expressions in
// the story are resolved against the local date).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ZONES: Record<string, string> = {
  z: 'Z', gmt: 'Z', utc: 'Z', ut: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:of\\s+)?${MONTH}\\.?,?[\\s-]+(\\d{4})${TIME_TAIL()}`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_TAIL()}`, 'i');

function TIME_TAIL(): string {
  return '(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(am|pm)?\\s*(gmt|utc|ut|z|[a-z]{3,4}|[+-]\\d{2}:?\\d{2})?)?';
}

/** ISO date (YYYY-MM-DD) or datetime for a date string, or null when it is not a recognisable date. */
export function parsePublishedAt(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  let m = ISO.exec(text) ?? COMPACT_ISO.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7]);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return build(+m[3], monthNumber(m[2]), +m[1], m[4], m[5], m[6], m[7], m[8]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return build(+m[3], monthNumber(m[1]), +m[2], m[4], m[5], m[6], m[7], m[8]);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

function build(
  year: number, month: number, day: number,
  hour?: string, minute?: string, second?: string, meridiem?: string, zone?: string,
): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  const m = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (h > 23 || m > 59 || s > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}:${pad(s)}${offset(zone)}`;
}

function offset(zone: string | undefined): string {
  if (!zone) return '';
  const named = ZONES[zone.toLowerCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return '';
  if (m[2] === '00' && (m[3] ?? '00') === '00') return 'Z';
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
