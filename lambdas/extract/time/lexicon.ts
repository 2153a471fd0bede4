// Words of English temporal expressions and what they mean in TIMEX3 terms.

export const MONTH =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const DAY_OF_MONTH = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
export const SEASON = '(?:spring|summer|autumn|fall|winter)';
export const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A count: digits, number words, or a vague amount ("several", "a few"). */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\s+1/2|½)|\\d+(?:\\.\\d+)?|(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL}|a hundred|one hundred|a|an|a few|few|several|some|many|a couple of|couple of|a dozen|dozens of|hundreds of)`;
/** Time units, singular or plural. */
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** ISO weekday number, Monday 1. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase()) + 1;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  'a hundred': 100, 'one hundred': 100, 'a couple of': 2, 'couple of': 2, 'a dozen': 12,
};

/** The number a count stands for, or 'X' for a vague one ("several", "a few"). */
export function countValue(word: string): number | 'X' {
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/(\d),(?=\d{3}\b)/g, '$1');
  const half = /^(\d+)(?:\s+1\/2|½)$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(w)) return Number(w);
  if (w in WORD_NUMBERS) return WORD_NUMBERS[w];
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound && compound[1] in WORD_NUMBERS && compound[2] in WORD_NUMBERS) {
    return WORD_NUMBERS[compound[1]] + WORD_NUMBERS[compound[2]];
  }
  return 'X';
}

export function ordinalNumber(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return parseInt(w, 10);
  return ['first', 'second', 'third', 'fourth'].indexOf(w) + 1;
}

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

export function unitCode(word: string): UnitCode {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('day')) return 'D';
  if (w.startsWith('fortnight')) return 'W';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  return 'CE';
}

/** TIMEX3 duration for a count of units: P3Y, PT5H, P10Y for a decade, PXM for "months". */
export function durationValue(count: number | 'X', unit: UnitCode, unitWord = ''): string {
  const fortnight = /^fortnight/i.test(unitWord);
  // Half units are written in the next smaller unit: 5 1/2 hours → PT5H30M, 2 1/2 years → P2Y6M.
  if (count !== 'X' && !fortnight && count % 1 === 0.5) {
    const whole = Math.floor(count);
    const wholePart = (u: string) => (whole ? `${whole}${u}` : '');
    if (unit === 'Y') return `P${wholePart('Y')}6M`;
    if (unit === 'D') return `P${wholePart('D')}T12H`;
    if (unit === 'H') return `PT${wholePart('H')}30M`;
    if (unit === 'MIN') return `PT${wholePart('M')}30S`;
    if (unit === 'DE') return `P${count * 10}Y`;
  }
  const n = count === 'X' ? 'X' : fortnight ? count * 2 : count;
  const times = (k: number) => (n === 'X' ? 'X' : String(Math.round(n * k * 1000) / 1000));
  switch (unit) {
    case 'S':
      return `PT${n}S`;
    case 'MIN':
      return `PT${n}M`;
    case 'H':
      return `PT${n}H`;
    case 'D':
      return `P${n}D`;
    case 'WE':
      return `P${times(2)}D`;
    case 'W':
      return `P${n}W`;
    case 'M':
      return `P${n}M`;
    case 'Q':
      return `P${n}Q`;
    case 'Y':
      return `P${n}Y`;
    case 'DE':
      return `P${times(10)}Y`;
    case 'CE':
      return `P${times(100)}Y`;
  }
}

export const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
export const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
