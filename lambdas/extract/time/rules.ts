// The grammar of temporal expressions: each rule is a pattern plus the TIMEX3 type and value it means.
// Spans follow TimeML: no leading preposition, determiners and modifiers ("the", "early", "about") kept.
import { addDays, addMonths, dayNumber, daysInMonth, formatDay, formatMonth, formatTime, formatWeek, formatYear, isValidDay, quarterOf, weekday, type Day } from './calendar.js';
import {
  DAY_OF_MONTH,
  MONTH,
  NUMBER,
  ORDINAL,
  PART_OF_DAY,
  PART_OF_DAY_CODES,
  SEASON,
  SEASON_CODES,
  UNIT,
  WEEKDAY,
  YEAR,
  countValue,
  durationValue,
  monthNumber,
  ordinalNumber,
  unitCode,
  weekdayNumber,
} from './lexicon.js';
import {
  agoValue,
  dayBounds,
  halfBounds,
  monthBounds,
  pickYear,
  quarterBounds,
  resolveWeekday,
  seasonBounds,
  shiftedPeriod,
  type Tense,
} from './resolve.js';
import type { TimexType } from '../types.js';

/** What a rule can see besides its match. */
export interface Env {
  anchor: Day | null;
  tense(start: number, end: number): Tense;
  /** The quarter most recently named in the text so far ("the second quarter … that quarter"). */
  lastQuarter(): { y: number; q: number } | null;
  /** The period a comparison ("a year ago", "the year-earlier period") is about: a quarter named
   * earlier in the same sentence, else the quarter the story reports on. */
  reportQuarter(start: number): { y: number; q: number } | null;
  /** The date most recently named in the text so far, at the granularity it was named; for
   * anaphora ("that day", "the following year", a bare "10 p.m."). */
  reference(): Reference | null;
  /** The reference, if it was named in the same sentence or paragraph as `start`. */
  referenceIn(start: number, scope: Scope): Reference | null;
  /** The day still to come (after the publication date) named most recently in the text so far. */
  upcoming(): Reference | null;
  /** The date last written out (not read off the anchor) before `start`, within that scope. */
  explicitIn(start: number, scope: Scope): Reference | null;
  /** The day a quotation around `start` was spoken when that is not the publication day: the past
   * day the story opens on, for a quote reported in the past without a date of its own. */
  quoteDay(start: number): Day | null;
  /** The year of a year or season that opens the sentence around `start` ("Last summer, …", "In
   * 2019, …"), or null. */
  sceneYear(start: number): number | null;
}

export type Scope = 'sentence' | 'paragraph';

export interface Reference {
  y: number;
  m?: number;
  d?: number;
  /** The year was written out ("March 3, 1998", not "March 3"). */
  yearWritten?: boolean;
  /** Named as the start of a state that lasts until now ("since 2001"): no scene for what follows. */
  since?: boolean;
}

export interface Meaning {
  type: TimexType;
  value: string;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  /** Null rejects the match (e.g. "may" the verb); the span is then left to other rules. */
  accept?(m: RegExpExecArray): boolean;
  mean(m: RegExpExecArray, env: Env, start: number, end: number): Meaning | null;
  /** A cheap test a segment must pass before the pattern is run over it (a literal the pattern needs). */
  gate?: RegExp;
}

// Letters and digits for word boundaries. An explicit class rather than \p{L}: V8 takes milliseconds
// to compile each case-insensitive Unicode property class, which cold starts would pay per rule.
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

// Words that judge a day ("a great day for Poland"), not ones that measure it ("a long day").
const VERDICT = 'great|historic|historical|sad|proud|dark|black|good|bad|big|important|momentous|special|tragic|emotional|difficult|tough|terrible|wonderful|fantastic|memorable|happy|landmark|red-letter|significant|remarkable|extraordinary|beautiful|painful|shameful|glorious|joyful';

const rule = (name: string, source: string, mean: Rule['mean'], accept?: Rule['accept']): Rule => ({
  name,
  pattern: new RegExp(`(?<![${WORD_CHAR}'’])(?<!\\d[,.])(?:${source})(?![${WORD_CHAR}]|-[${WORD_CHAR}])`, 'gi'),
  mean,
  accept,
});

/** The rule, run only over segments that pass `gate`. */
const gated = (gate: RegExp, r: Rule): Rule => ({ ...r, gate });

const g = (m: RegExpExecArray, name: string) => m.groups?.[name];
const date = (value: string): Meaning => ({ type: 'DATE', value });
const isCapitalized = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word);
/** Month names are common words ("may", "march"): with a day or year they count only capitalized. */
function monthOk(m: RegExpExecArray, word = g(m, 'mon')): boolean {
  return isCapitalized(word);
}

/** The date a month-day match (with or without its year) stands for. */
function monthDayValue(m: RegExpExecArray, env: Env): Meaning | null {
  const mo = monthNumber(g(m, 'mon')!);
  const d = parseInt(g(m, 'd')!, 10);
  const y = yearOfMonthDay(m, env, mo, d);
  return y !== null && isValidDay(y, mo, d) ? date(formatDay({ y, m: mo, d })) : null;
}

/** Year of a month-day date written without one: the nearest (AP style omits the current year),
 * judged by month so that "Jan. 14" in an early-January story stays in that year; a weekday
 * ("Monday, Oct. 26") picks the year it fits. */
function yearOfMonthDay(m: RegExpExecArray, env: Env, month: number, day: number): number | null {
  // "March 5 to 7, 2021": the year written after the range.
  const y = g(m, 'y') ?? g(m, 'ry');
  if (y) return twoDigitYear(y);
  if (!env.anchor) return null;
  // "last Oct. 23", "next March 5": the one before or after the publication date.
  const drel = g(m, 'drel')?.toLowerCase().replace(/\s+/g, ' ');
  if (drel) return pickYear(env.anchor, /last|past/.test(drel) ? 'past' : /next|coming/.test(drel) ? 'future' : 'none', ...dayBounds(month, day));
  const wd = g(m, 'wd');
  if (wd) {
    const years = [env.anchor.y, env.anchor.y - 1, env.anchor.y + 1];
    const fits = years.find((year) => isValidDay(year, month, day) && weekday({ y: year, m: month, d: day }) === weekdayNumber(wd));
    if (fits !== undefined) return fits;
  }
  // "Last summer, a similar spell … broke the record on July 19", "In 2019, … on March 3": a year
  // that opens the sentence, before the publication year, sets a date not told as to come.
  const scene = env.sceneYear(m.index);
  if (scene !== null && scene < env.anchor.y && env.tense(m.index, m.index + m[0].length) !== 'future') return scene;
  // "the year ended March 31" is a closing date already passed.
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  if (/\bended\s+$/i.test(before)) return pickYear(env.anchor, 'past', ...dayBounds(month, day));
  const nearest = pickYear(env.anchor, 'none', ...monthBounds(month));
  const tense = env.tense(m.index, m.index + m[0].length);
  if (tense === 'none') return nearest;
  // The tense decides ("since the Oct. 23 slaying" in May is last October), but a date the tense
  // would put most of a year away loses to one within weeks: AP style writes the year for those.
  const byTense = pickYear(env.anchor, tense, ...monthBounds(month));
  const distance = (year: number) => Math.abs(dayNumber({ y: year, m: month, d: Math.min(day, 28) }) - dayNumber(env.anchor!));
  return distance(byTense) > 240 && distance(nearest) < 75 ? nearest : byTense;
}

/** Year of a quarter named without one. A year written earlier in the sentence sets it ("in 1998,
 * sales fell in the second quarter"); otherwise the news convention: in the past tense the latest
 * quarter already begun, in the future tense the earliest one not yet reported on — the quarter
 * just closed still counts ("expects to report a loss for the third quarter" in October) — else
 * the nearest. */
function quarterYear(env: Env, q: number, start: number, end: number): number | null {
  const scene = env.explicitIn(start, 'sentence');
  if (scene && scene.m === undefined && !scene.since && env.anchor && scene.y < env.anchor.y) return scene.y;
  if (!env.anchor) return null;
  const a = env.anchor;
  const now = a.y * 4 + quarterOf(a.m) - 1;
  const candidates = [a.y - 1, a.y, a.y + 1].map((y) => ({ y, index: y * 4 + q - 1 }));
  const tense = env.tense(start, end);
  if (tense === 'past') return [...candidates].reverse().find((c) => c.index <= now)!.y;
  if (tense === 'future') return candidates.find((c) => c.index >= now - 1)!.y;
  return candidates.reduce((best, c) => (Math.abs(c.index - now) < Math.abs(best.index - now) ? c : best)).y;
}

// "its fiscal fourth quarter, which ended on August 31": the quarter is named by the year it ends in.
const QUARTER_ENDED = new RegExp(`^,?\\s+(?:which\\s+|that\\s+)?ended\\s+(?:on\\s+)?(?<mon>${MONTH})\\.?\\s+(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR}))?`, 'i');

/** The year of the end date after a quarter ("ended on August 31"): written, else the last one passed. */
function endedQuarterYear(after: string, anchor: Day): number {
  const m = QUARTER_ENDED.exec(after)!;
  if (m.groups!.y) return Number(m.groups!.y);
  const month = monthNumber(m.groups!.mon);
  const day = Number.parseInt(m.groups!.d, 10);
  return dayNumber({ y: anchor.y, m: month, d: Math.min(day, 28) }) <= dayNumber(anchor) ? anchor.y : anchor.y - 1;
}

/** Year of a bare month: a year written earlier in the sentence ("in 1998 … in March"), else the
 * tense, unless a past tense would put it most of a year back while the nearest one is within
 * weeks ("the first trading day for November" in late October). */
function yearOfMonth(env: Env, month: number, start: number, end: number, text: string): number {
  const a = env.anchor!;
  // "has fallen from 9% in late 2022 to 2.4% in September": the end of a from–to told in the present
  // perfect reaches up to now, not back to the year of its start.
  const rangeEnd = isPerfectRangeEnd(text.slice(Math.max(0, start - 120), start));
  const scene = rangeEnd ? null : env.explicitIn(start, 'sentence');
  if (scene && scene.m === undefined && !scene.since && scene.y < a.y) return scene.y;
  // "arrested in November 2021 and released in February": the story moves on from a month written
  // with its year to the next such month.
  if (scene?.m !== undefined && scene.yearWritten && !scene.since && scene.y < a.y) return month >= scene.m ? scene.y : scene.y + 1;
  // "will host it next year, most likely in May": the year just named in the sentence, read off the anchor.
  const named = env.referenceIn(start, 'sentence');
  if (named && named.m === undefined && named.y !== a.y && Math.abs(named.y - a.y) === 1 && !SINCE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return named.y;
  const bounds = monthBounds(month);
  // "October's figures will be published on December 11": figures come after the month they cover.
  if (/^['’]s\s+(?:figures|data|numbers|statistics|results|sales|inflation|jobs|trade|unemployment|retail|reading)\b/i.test(text.slice(end, end + 20))) return pickYear(a, 'past', ...bounds);
  const nearest = pickYear(a, 'none', ...bounds);
  // "the year to January", "the 12 months to March": a stretch closes at the nearest such month,
  // whatever the tense of the plans around it.
  if (/\b(?:months?|weeks?|year|quarter|period)\s+(?:to|ended|ending)\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return nearest;
  const tense = env.tense(start, end);
  if (tense === 'none') return nearest;
  const byTense = pickYear(a, tense, ...bounds);
  // "where they have been since July": a state begun in the past, however far back.
  if (SINCE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return pickYear(a, 'past', ...bounds);
  const distance = (y: number) => {
    const from = dayNumber(bounds[0](y));
    const to = dayNumber(bounds[1](y));
    const at = dayNumber(a);
    return at < from ? from - at : at > to ? at - to : 0;
  };
  // Only a past tense is overruled (a month about to begin, "the first trading day for November"):
  // a future one that reaches most of a year ahead is meant ("a mission in December" in March).
  // A past verb right before "in", or its particle ("walked out in January"), dates the month itself
  // ("The last budget, presented in October,"): no overruling then.
  if (tense === 'past' && PAST_VERB_IN.test(text.slice(Math.max(0, start - 24), start))) return byTense;
  return tense === 'past' && distance(byTense) > 240 && distance(nearest) < 75 ? nearest : byTense;
}

const PAST_VERB_IN = /\b(?:[a-z]{3,}ed|held|began|took|made|won|lost|came|went|left|met|saw|fell|rose|sold|bought|paid)(?:\s+(?:out|off|up|down|back|away|over))?(?:\s+[$£€]?\d[\d.,]*(?:%|bn|m|k)?)?\s+in\s+$/i;

const PLAIN_DECADE_MEASURE = /\b(?:temperatures?|temps|degrees|fahrenheit|celsius|highs?|lows?|mph|aged?|ages|years?\s+old|old|score[sd]?|points?|percent|per\s+cent|cents|dollars|pence|price[sd]?|trad(?:ed|ing)|shares|stock|index|yields?|rate|polls?|ratings?|weigh(?:s|ed|t)?|pounds|kg|miles|km|speeds?|forecast|weather|warm|cool|cold|hot|heat|chill|sunny|rain)\b|°|%|\$|£|€/i;

const DATE_BEFORE_APPOSITION = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\b(?:today|yesterday|tomorrow))\s*,\s*$/i;

const DAY_BEFORE_AT = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?)\s+at\s+$/i;

/** Whether the text before a month ends a present-perfect from–to whose start has a year ("has
 * fallen from 9% in late 2022 to 2.4% in "). Plain searches, no backtracking pattern: this runs
 * for every bare month. */
function isPerfectRangeEnd(before: string): boolean {
  const cut = before.search(/[.!?;]\s+[^.!?;]*$/);
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  const from = clause.search(/\bfrom\b/i);
  if (from < 0) return false;
  const rest = clause.slice(from);
  const year = /\b(?:1[5-9]|20)\d\d\b/.exec(rest);
  if (!year || !/\bto\b/i.test(rest.slice(year.index + 4))) return false;
  return /\b(?:has|have|'s|’s|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|n|t)\b/i.test(clause.slice(0, from));
}

// "90,000 cars", "about 60,000 people", "3 million passengers", "£100 more" right before "a year": a rate.
const COUNTED_THINGS_BEFORE = /\b\d[\d,.]*(?:\s*(?:m|k|bn|million|billion|thousand))?\s+(?:[a-z]+s|people|staff|men|women|children|cattle|sheep|fish|more|less|extra)\s+$/i;

const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

function yearOf(
  m: RegExpExecArray,
  env: Env,
  first: (y: number) => Day,
  last: (y: number) => Day,
  start: number,
  end: number,
  tense?: Tense,
): number | null {
  const y = g(m, 'y') ?? g(m, 'y2');
  if (y) return twoDigitYear(y.replace(/^'/, ''));
  const rel = (g(m, 'yrel') ?? '').toLowerCase();
  if (!env.anchor) return null;
  if (rel === 'last' || rel === 'previous' || rel === 'past') return env.anchor.y - 1;
  if (rel === 'next' || rel === 'coming') return env.anchor.y + 1;
  if (rel === 'this' || rel === 'current') return env.anchor.y;
  return pickYear(env.anchor, tense ?? env.tense(start, end), first, last);
}

const YEAR_REF = `(?:(?<y>${YEAR})|(?<yrel>this|last|next|previous|current|coming)\\s+year|the\\s+(?:current\\s+|same\\s+)?year)`;
const TZ = '(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|MSK|[A-Z]{2,4}T)';
/** ISO 8601 zone designators (TIMEX3 values are ISO 8601): Z for GMT/UTC, else the offset; a zone
 * not listed here is left off. */
const ZONE_OFFSETS: Record<string, string> = {
  GMT: 'Z', UTC: 'Z', Z: 'Z', BST: '+01', CET: '+01', CEST: '+02', EET: '+02', EEST: '+03', MSK: '+03', IST: '+0530', JST: '+09', KST: '+09', HKT: '+08', SGT: '+08', AEST: '+10', AEDT: '+11',
  EST: '-05', EDT: '-04', CST: '-06', CDT: '-05', MST: '-07', MDT: '-06', PST: '-08', PDT: '-07', ET: '-05', PT: '-08',
};
const AMPM = '(?:[ap]\\.\\s?m\\.?|[ap]m)';

function timeOfDay(h: number, minute: number, ampm: string | undefined): [number, number] | null {
  let hour = h;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = /^p/i.test(ampm);
    hour = (h % 12) + (pm ? 12 : 0);
  }
  if (hour > 24 || minute > 59) return null;
  return [hour, minute];
}

// "14:46 local time (05:46 UTC) on Friday": the day may follow a "local time" and the same time in
// another zone, in parentheses; the day may be written day first ("on 11 March").
const DAY_AFTER_TIME = new RegExp(
  `^\\)?(?:\\s+local\\s+time|\\s+[A-Z][a-z]+\\s+time)?(?:\\s*\\([^()]{1,24}\\))?,?\\s+on\\s+(?:(?<wd>${WEEKDAY})|(?<mon>${MONTH})\\s*(?<d>${DAY_OF_MONTH})(?:,\\s*(?<ty>(?:1[5-9]|20)\\d\\d)\\b)?(?!\\d|,\\s*\\d)|(?<d2>${DAY_OF_MONTH})\\s+(?<mon2>${MONTH})\\b)`,
  'i',
);

/** The day a trailing "Friday", "today" or "Nov. 9" names, or one named just after ("7pm on
 * Saturday"); else the day the story is about; else the anchor. */
function dayOfTrailer(m: RegExpExecArray, env: Env, start: number, end: number): Day | null {
  if (!env.anchor) return null;
  const wd = g(m, 'wd');
  if (wd) return resolveWeekday(env.anchor, weekdayNumber(wd), env.tense(start, end));
  const deictic = (g(m, 'deixis') ?? '').toLowerCase();
  if (deictic === 'yesterday') return addDays(env.anchor, -1);
  if (deictic === 'tomorrow') return addDays(env.anchor, 1);
  const mon = g(m, 'mon');
  const d = g(m, 'd');
  if (mon && d) {
    const month = monthNumber(mon);
    const day = parseInt(d, 10);
    const y = yearOfMonthDay(m, env, month, day)!;
    return isValidDay(y, month, day) ? { y, m: month, d: day } : null;
  }
  // "on May 4 at 10:30 a.m., on March 3, …": a day named right before "at" is the time's.
  const ref0 = env.reference();
  const dayBefore = DAY_BEFORE_AT.test(m.input.slice(Math.max(0, m.index - 30), m.index));
  if (dayBefore && ref0?.m && ref0.d) return { y: ref0.y, m: ref0.m, d: ref0.d };
  // "7pm on Saturday": the day named right after the time.
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 64);
  const next = dayBefore ? null : DAY_AFTER_TIME.exec(after);
  if (next?.groups?.wd) return resolveWeekday(env.anchor, weekdayNumber(next.groups.wd), env.tense(start, end + next[0].length));
  const nextMonth = next?.groups?.mon ?? next?.groups?.mon2;
  if (nextMonth && /^\p{Lu}/u.test(nextMonth)) {
    const month = monthNumber(nextMonth);
    const day = parseInt(next!.groups!.d ?? next!.groups!.d2, 10);
    const y = yearOfMonthDay({ ...m, groups: next!.groups!.ty ? { y: next!.groups!.ty } : {} } as unknown as RegExpExecArray, env, month, day);
    if (y !== null && isValidDay(y, month, day)) return { y, m: month, d: day };
  }
  // A bare clock time belongs to the day the story was last talking about, unless that day is still
  // to come and the time is told in the past ("will rule on Thursday. The briefing began at 9.30am"),
  // or that day is past and the time is told in the future: then it is the day to come last named
  // ("will walk out on Saturday … after talks broke up on Tuesday, will shut lines from 06:00").
  const ref = env.reference();
  if (ref?.m && ref.d) {
    const day = { y: ref.y, m: ref.m, d: ref.d };
    if (dayNumber(day) > dayNumber(env.anchor) && env.tense(start, end) === 'past') return env.anchor;
    if (dayNumber(day) < dayNumber(env.anchor) && env.tense(start, end) === 'future') {
      const coming = env.upcoming();
      return coming?.m && coming.d ? { y: coming.y, m: coming.m, d: coming.d } : env.anchor;
    }
    return day;
  }
  // "will start at 9am on Sunday … Last year's race … Roads will be closed from 6am": after a year
  // or month, a time told in the future is on the day to come last named.
  const coming = env.tense(start, end) === 'future' ? env.upcoming() : null;
  if (coming?.m && coming.d) return { y: coming.y, m: coming.m, d: coming.d };
  return env.anchor;
}

/** A weekday in a paragraph that narrates a date of an earlier year, written with its year ("On
 * March 3, 1998, … On Friday"), is the first such weekday from that date on; a reporting verb next
 * to it ("said Friday") brings it back to the publication week. */
function narrativeWeekday(m: RegExpExecArray, env: Env, target: number): Day | null {
  const scene = env.explicitIn(m.index, 'paragraph');
  if (!scene?.m || !scene.d || !scene.yearWritten || scene.since || !env.anchor || scene.y >= env.anchor.y) return null;
  // "The previous record was set on August 1, 2017. Forecasters expect the heat to break on
  // Friday": a weekday told in the future is not in the narrated past.
  if (env.tense(m.index, m.index + m[0].length) === 'future') return null;
  const r = { y: scene.y, m: scene.m, d: scene.d };
  const around = m.input.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
  if (/\b(?:said|says|told|announced|reported|added)\b/i.test(around)) return null;
  return addDays(r, (target - weekday(r) + 7) % 7);
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const f = Math.floor((b + 8) / 25);
  const gg = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - gg + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

const WEEKDAY_ABBREVIATION = '(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)';

// "5 p.m. EST, Nov. 6" and "9 a.m. Tuesday" are one expression; "10:30 a.m., on March 3" a list.
const TRAILING_DAY = `(?:(?:,\\s*|\\s+)(?:(?<wd>${WEEKDAY})|(?<deixis>today|yesterday|tomorrow)|(?<mon>${MONTH})\\s*(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR}))?))?`;

/** The quarter last reported on: the one just closed before the day. */
function closedQuarter(a: Day): { y: number; q: number } {
  return { y: Math.floor((a.y * 4 + quarterOf(a.m) - 2) / 4), q: ((quarterOf(a.m) + 2) % 4) + 1 };
}

const APPOSED_QUARTER = new RegExp(`^,\\s*the\\s+(?:fiscal\\s+)?(${ORDINAL})[\\s-]+(?:fiscal\\s+)?quarter\\b`, 'i');
const YEAR_AGO_BEFORE = /\b(?:year[\s-](?:ago|earlier)|prior[\s-]year'?s?|previous[\s-]year'?s?)\s+(?:quarter|period)\s*,\s*$/i;

const YEAR_TO_MONTH = new RegExp(`^\\s+to\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\b`, 'i');
// A stretch of months or a year that a comparison in the same sentence can be about.
const MONTHS_STRETCH = /\b(?:nine|six|three|nine-month|six-month|9|6)[\s-]+months?\b|\bthe\s+(?:fiscal\s+)?year\b/i;

export const RULES: Rule[] = [
  // "will one day be", "could one day lead": a vague future, before the duration reading of "one day".
  rule('one-day-future', `one\\s+day`, () => date('FUTURE_REF'), (m) =>
    /\b(?:will|would|could|may|might|can|should|shall)\s+(?:yet\s+|still\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 16), m.index)),
  ),
  // 2022-02-17, 2022-02-17T10:30
  rule('iso-date', '(?<y>\\d{4})(?<sep>[-/])(?<m>\\d\\d)\\k<sep>(?<d>\\d\\d)(?:[T ](?<hh>\\d\\d):(?<mi>\\d\\d))?', (m) => {
    const [y, mo, d] = [Number(g(m, 'y')), Number(g(m, 'm')), Number(g(m, 'd'))];
    if (!isValidDay(y, mo, d)) return null;
    const day = formatDay({ y, m: mo, d });
    const hh = g(m, 'hh');
    return hh ? { type: 'TIME', value: day + formatTime(Number(hh), Number(g(m, 'mi'))) } : date(day);
  }),
  // 10/23/1998, 10/23/98
  rule('numeric-date', '(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>\\d{4}|\\d{2})', (m) => {
    const y = twoDigitYear(g(m, 'y')!);
    const [mo, d] = [Number(g(m, 'm')), Number(g(m, 'd'))];
    return isValidDay(y, mo, d) ? date(formatDay({ y, m: mo, d })) : null;
  }),
  // 17th February, 2022 · 26-FEB-1987 · the 17th of February · Friday, 17 February
  rule(
    'day-month-year',
    `(?:(?:(?<wd>${WEEKDAY})|${WEEKDAY_ABBREVIATION}\\.?),?\\s+)?(?:the\\s+)?(?<d>${DAY_OF_MONTH})(?:\\s+of)?[\\s-]+(?<mon>${MONTH})(?:,?[\\s-]+(?<y>${YEAR}))?`,
    monthDayValue,
    (m) => monthOk(m) && (!!g(m, 'y') || /\.|[a-z]{3,}/i.test(g(m, 'mon')!)),
  ),
  // Oct. 23 · August 8, 1998 · Friday, Oct. 23 · Feb 26th
  rule(
    'month-day-year',
    `(?:(?:(?<wd>${WEEKDAY})|${WEEKDAY_ABBREVIATION}\\.?),?\\s+|(?<drel>last|next|this\\s+past|this|this\\s+coming)\\s+)?(?<mon>${MONTH})\\s*(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR})|(?=\\s*(?:-|–|to|and|through|or)\\s*${DAY_OF_MONTH},?\\s+(?<ry>${YEAR}))|)`,
    monthDayValue,
    (m) => monthOk(m),
  ),
  // the "25" of "April 24 and 25" / "March 5-7, 2021": a day of the month named just before
  rule(
    'range-end-day',
    `(?<=(?<mon>${MONTH})\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through|or)\\s*)(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR}))?`,
    monthDayValue,
    (m) => monthOk(m),
  ),
  // the "3" of "3 to 7 June" / "12-13 March 2011": a day of the month named just after
  // (its own pattern: the common one would refuse a number followed by "-13")
  {
    ...rule('range-start-day', '', monthDayValue),
    pattern: new RegExp(`(?<![${WORD_CHAR}'’])(?<!\\d[,.])(?<d>${DAY_OF_MONTH})(?=\\s*(?:-|–|to|and|or)\\s*${DAY_OF_MONTH}(?:\\s+of)?[\\s-]+(?<mon>${MONTH})(?:,?[\\s-]+(?<y>${YEAR}))?(?![${WORD_CHAR}]))`, 'gi'),
    accept: (m) => monthOk(m) && /[a-z]{3,}/i.test(g(m, 'mon')!),
  },
  // July 1997 · March of 1990 · mid-October
  rule(
    'month-year',
    `(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<yrel>this|last|next)\\s+year)`,
    (m, env, start, end) => {
      const mo = monthNumber(g(m, 'mon')!);
      const y = yearOf(m, env, ...monthBounds(mo), start, end);
      return y === null ? null : date(formatMonth(y, mo));
    },
    (m) => monthOk(m),
  ),
  // January · last November · this September · next March
  rule(
    'month',
    `(?:(?<rel>last|this|next|this\\s+past|past|coming)\\s+)?(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)(?<that>\\s+(?:of\\s+)?that\\s+(?:same\\s+)?year)?`,
    (m, env, start, end) => {
      if (!env.anchor) return null;
      const mo = monthNumber(g(m, 'mon')!);
      const rel = (g(m, 'rel') ?? '').toLowerCase().replace(/\s+/g, ' ');
      const a = env.anchor;
      let y: number;
      // "in March that year": the month of the year the story has reached.
      const ref = g(m, 'that') ? env.reference() : null;
      if (ref) y = ref.y;
      // "last February" on March 1 is a year back: the month just ended would be "last month".
      else if (rel === 'last') y = (mo < a.m ? a.y : a.y - 1) - (mo === ((a.m + 10) % 12) + 1 ? 1 : 0);
      else if (rel === 'past' || rel === 'this past') y = mo < a.m ? a.y : a.y - 1;
      else if (rel === 'next' || rel === 'coming') y = mo > a.m ? a.y : a.y + 1;
      else if (rel === 'this') y = a.y;
      else y = yearOfMonth(env, mo, start, end, m.input);
      return date(formatMonth(y, mo));
    },
    (m) => {
      if (!monthOk(m)) return false;
      const word = g(m, 'mon')!.toLowerCase();
      if (word !== 'may' && word !== 'march') return true;
      // "May" and "March" alone: only after a temporal cue ("in May", "last March").
      if (g(m, 'rel')) return true;
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:in|since|until|till|through|by|during|of|early|late|mid-?|before|after|to|from|and|or)\s+$/i.test(before)) return true;
      // "the hottest May on record", "the wettest March since 1998": a superlative before it.
      if (/\bthe\s+(?:(?:\w+est|worst|best)|most\s+\w+)\s+$/i.test(m.input.slice(Math.max(0, m.index - 24), m.index)) && /^\s+(?:on\s+record|since|in|ever)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
      // "the highest reading for May", "sales figures for March": a figure's period ("voted for May" is a name).
      return /\b(?:readings?|figures?|data|sales|numbers|results|totals?|record|rate|inflation|output|forecasts?|average|payrolls|index|statistics|estimates?)\s+for\s+$/i.test(m.input.slice(Math.max(0, m.index - 30), m.index));
    },
  ),
  // fiscal 1989 · fiscal year 1990 · FY2021 · the year 2000 · mid-1990
  rule('fiscal-year', `(?:fiscal(?:\\s+year)?|FY)\\s*(?<y>${YEAR}|'?\\d\\d)`, (m) => date(formatYear(twoDigitYear(g(m, 'y')!.replace(/^'/, ''))))),
  rule('the-year', `the\\s+year\\s+(?<y>${YEAR})`, (m) => date(g(m, 'y')!)),
  rule(
    'year',
    `(?<y>${YEAR})`,
    (m) => date(g(m, 'y')!),
    (m) => {
      const before = m.input.slice(Math.max(0, m.index - 2), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // Amounts, codes and measures are not years: $2000, No. 1990, 1990 percent, 2000-strong, 1,990.
      if (/[$#€£¥.,]\s?$|\d[.,]$/.test(before)) return false;
      if (/^\s*(?:%|percent|per\s?cent|[.,]\d|-\d{3}|\s*(?:people|points?|shares|feet|meters|miles|tons|troops|units|dollars|yen|cars|jobs)\b)/i.test(after)) return false;
      return true;
    },
  ),
  // in '95 · since ’08 · the class of '72: an abbreviated year
  rule(
    'abbreviated-year',
    `['’](?<yy>\\d\\d)(?![\\d'’]|s\\b)`,
    (m) => date(formatYear(twoDigitYear(g(m, 'yy')!))),
    (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      return /\b(?:in|since|of|by|until|till|from|to|through|and|spring|summer|autumn|fall|winter|early|late|mid-?)\s*$/i.test(before) && !/\d\s*$/.test(before);
    },
  ),
  // the week of March 6 · the day before last Tuesday · the day after Oct. 12: a date counted from another
  rule(
    'relative-to-date',
    `(?:the\\s+)?(?:(?<week>week)\\s+of|(?<dayrel>day)\\s+(?<dir>before|after))\\s+(?:(?<mon>${MONTH})\\s*(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR}))?|(?<rel>last|next|this)?\\s*(?<wd>${WEEKDAY}))`,
    (m, env, start, end) => {
      let day: Day | null;
      if (g(m, 'mon')) {
        const meaning = monthDayValue(m, env);
        const parts = meaning && /^(\d{4})-(\d\d)-(\d\d)$/.exec(meaning.value);
        day = parts ? { y: Number(parts[1]), m: Number(parts[2]), d: Number(parts[3]) } : null;
      } else {
        if (!env.anchor) return null;
        day = resolveWeekday(env.anchor, weekdayNumber(g(m, 'wd')!), env.tense(start, end), g(m, 'rel')?.toLowerCase());
      }
      if (!day) return null;
      if (g(m, 'week')) return date(formatWeek(day));
      return date(formatDay(addDays(day, g(m, 'dir')!.toLowerCase() === 'before' ? -1 : 1)));
    },
    (m) => !g(m, 'mon') || monthOk(m),
  ),
  // the third week of March · the first week of January 2020 · the last week of the month
  rule(
    'week-of-month',
    `(?:the\\s+)?(?<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)\\s+week\\s+of\\s+(?:(?<mon>january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\\s+(?<y>${YEAR}))?|(?<rel>this|the|next|last|that)\\s+month)`,
    (m, env, start, end) => {
      const ord = g(m, 'ord')!.toLowerCase();
      let y: number;
      let mo: number;
      const mon = g(m, 'mon');
      if (mon) {
        mo = monthNumber(mon);
        if (g(m, 'y')) y = Number(g(m, 'y'));
        else if (env.anchor) y = yearOfMonth(env, mo, start, end, m.input);
        else return null;
      } else {
        const rel = g(m, 'rel')!.toLowerCase();
        const ref = env.reference();
        const base = rel === 'that' && ref?.m ? { y: ref.y, m: ref.m, d: 1 } : env.anchor;
        if (!base) return null;
        const shifted = addMonths({ y: base.y, m: base.m, d: 1 }, rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
        [y, mo] = [shifted.y, shifted.m];
      }
      // The week the middle of the n-th seven days falls in (the last: of the final seven days).
      const n = /last|final/.test(ord) ? 0 : /^\d/.test(ord) ? parseInt(ord, 10) : ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(ord) + 1;
      const day = n ? Math.min(7 * n - 3, daysInMonth(y, mo)) : daysInMonth(y, mo) - 3;
      return date(formatWeek({ y, m: mo, d: day }));
    },
    (m) => !g(m, 'mon') || isCapitalized(g(m, 'mon')),
  ),
  // the 1990s · the early 1980s · the '80s · the eighties
  rule(
    'decade',
    `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]*)?(?:(?<dec>1[5-9]\\d0|20\\d0)'?s|'(?<short>\\d0)'?s|(?<=\\b(?:(?:1[5-9]|20)\\d0|the\\s+(?:(?:early|mid|late)[\\s-]*)?['’]?[3-9]0)['’]?s\\s+(?:and|or|to|through)\\s+(?:(?:early|mid|late)[\\s-]*)?)(?<bare>\\d0)s\\b|(?:nineteen[\\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<=\\b(?:in|since|during|from|of|until|through|by)\\s+)the\\s+(?:(?:early|mid|late)[\\s-]*)?(?<plain>[3-9]0)s(?!\\s*(?:degrees|°|%|percent|mph|km|miles|kg|pounds|\\w+\\s+degrees)))`,
    (m) => {
      const plain = g(m, 'plain');
      if (plain) return date('19' + plain[0]);
      const dec = g(m, 'dec');
      if (dec) return date(dec.slice(0, 3));
      // "the 1980s and 90s": the century of the decade just named.
      const bare = g(m, 'bare');
      if (bare) {
        const named = /\b(1[5-9]|20)\d0['’]?s\s+(?:and|or|to|through)\s+(?:(?:early|mid|late)[\s-]*)?$/i.exec(m.input.slice(Math.max(0, m.index - 30), m.index));
        // "the '80s and 90s", "in the 80s and 90s": the century the short decade before it is read in.
        return named ? date(named[1] + bare[0]) : date('19' + bare[0]);
      }
      const short = g(m, 'short');
      if (short) return date('19' + short[0]);
      const word = g(m, 'word')!.toLowerCase();
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(word) + 2;
      return date('19' + tens);
    },
    (m) => {
      if (g(m, 'word')) return /^the\s/i.test(m[0]);
      // "in the 60s" without an apostrophe is a decade only where nothing around it is measured:
      // temperatures, ages, speeds, scores and prices are written the same way.
      const plainBefore = !!g(m, 'bare') && !/\b(?:1[5-9]|20)\d0['’]?s\s+\S+\s+(?:(?:early|mid|late)[\s-]*)?$/i.test(m.input.slice(Math.max(0, m.index - 30), m.index));
      if (g(m, 'plain') || plainBefore) return !PLAIN_DECADE_MEASURE.test(m.input.slice(Math.max(0, m.index - 120), m.index + m[0].length + 60));
      return true;
    },
  ),
  // the 20th century · the nineteenth century · this century
  rule(
    'century',
    `(?:the\\s+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty[\\s-]first)[\\s-]+century`,
    (m) => {
      const word = g(m, 'n')!.toLowerCase();
      const n = /^\d/.test(word) ? parseInt(word, 10) : { eighteenth: 18, nineteenth: 19, twentieth: 20 }[word] ?? 21;
      return date(String(n - 1).padStart(2, '0'));
    },
  ),
  // the third quarter · third-quarter · the fiscal first quarter · the fourth quarter of 1990 · next year's first quarter · Q3 2021
  rule(
    'quarter',
    `(?:the\\s+)?(?<ya>(?:comparable\\s+)?year[\\s-](?:ago|earlier)\\s+)?(?:(?<pyrel>this|last|next)\\s+year'?s\\s+|(?<py>${YEAR})\\s+)?(?:fiscal[\\s-]+)?(?:(?<ord>${ORDINAL}|final)[\\s-]+(?:fiscal[\\s-]+)?quarters?|Q(?<qn>[1-4]))(?:,?\\s+(?:of\\s+)?(?:fiscal\\s+)?${YEAR_REF})?`,
    (m, env, start, end) => {
      const ord = g(m, 'ord');
      const q = ord ? (/final/i.test(ord) ? 4 : ordinalNumber(ord)) : Number(g(m, 'qn'));
      let y: number | null;
      const py = g(m, 'py');
      const pyrel = g(m, 'pyrel')?.toLowerCase();
      if (py) y = Number(py);
      else if (pyrel && env.anchor) y = env.anchor.y + (pyrel === 'last' ? -1 : pyrel === 'next' ? 1 : 0);
      // "In the year-ago quarter, the second quarter ended Oct. 31,": in apposition to a year-ago
      // comparison, the quarter of the year before the one reported on.
      else if (env.anchor && !g(m, 'y') && !g(m, 'yrel') && YEAR_AGO_BEFORE.test(m.input.slice(Math.max(0, m.index - 50), m.index))) y = (env.reportQuarter(start) ?? closedQuarter(env.anchor)).y - 1;
      else if (g(m, 'y') || g(m, 'yrel') || /\byear$/i.test(m[0])) y = yearOf(m, env, ...quarterBounds(q), start, end);
      else y = QUARTER_ENDED.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)) && env.anchor ? endedQuarterYear(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40), env.anchor) : quarterYear(env, q, start, end);
      if (y === null) return null;
      if (g(m, 'ya')) y -= 1;
      return /quarters$/i.test(m[0]) ? { type: 'SET', value: `XXXX-Q${q}` } : date(`${formatYear(y)}-Q${q}`);
    },
    (m) => !!g(m, 'ord') || /^Q/.test(m[0].replace(/^the\s+/i, '')),
  ),
  // the first half · the second half of 1990 · first-half · the first two quarters (of 1990) · the
  // last two quarters of 1990 ("the last two quarters" alone is the stretch up to now)
  gated(/half|quarters/i, rule(
    'half',
    `(?:the\\s+)?(?:(?<py>${YEAR})\\s+)?(?:fiscal[\\s-]+)?(?:(?<h>first|second|latter|last)[\\s-]+half|(?<hq>first|last|final)\\s+two\\s+(?:fiscal\\s+)?quarters)(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR_REF})?`,
    (m, env, start, end) => {
      const h = /first/i.test((g(m, 'h') ?? g(m, 'hq'))!) ? 1 : 2;
      const py = g(m, 'py');
      const y = py ? Number(py) : yearOf(m, env, ...halfBounds(h), start, end);
      return y === null ? null : date(`${formatYear(y)}-H${h}`);
    },
    (m) => !/^(?:last|final)$/i.test(g(m, 'hq') ?? '') || /\bof\s/i.test(m[0]),
  )),
  // last fall · this summer · the spring of 1998 · summer 2021
  rule(
    'season',
    `(?:(?<rel>this\\s+past|last|this|next|the|coming|past)\\s+(?:(?:early|late|mid)[\\s-]+)?)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?${YEAR_REF})?`,
    (m, env, start, end) => {
      const code = SEASON_CODES[g(m, 's')!.toLowerCase()];
      const rel = (g(m, 'rel') ?? '').toLowerCase().replace(/\s+/g, ' ');
      const explicit = g(m, 'y') ?? g(m, 'yrel');
      if (!env.anchor && !g(m, 'y')) return null;
      let y: number | null;
      if (explicit) y = yearOf(m, env, ...seasonBounds(code), start, end);
      else if (rel === 'last' || rel === 'past' || rel === 'this past') y = pickYear(addDays(env.anchor!, -95), 'past', ...seasonBounds(code));
      else if (rel === 'next' || rel === 'coming') y = pickYear(addDays(env.anchor!, 95), 'future', ...seasonBounds(code));
      // A winter is named by the year it starts in: "this winter" in February began last December.
      else if (rel === 'this') y = env.anchor!.y - (code === 'WI' && env.anchor!.m <= 2 ? 1 : 0);
      else y = yearOf(m, env, ...seasonBounds(code), start, end);
      return y === null ? null : date(`${formatYear(y)}-${code}`);
    },
    (m) => {
      const s = g(m, 's')!.toLowerCase();
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the spring water", "a spring onion": the season names a thing.
      if (!g(m, 'y') && /^[\s-]+(?:water|onion|roll|clean|tide|break|term|season|collection|wheat|crop|training|session|offensive)/i.test(after)) return false;
      if (!g(m, 'rel') && !g(m, 'y') && !g(m, 'yrel')) {
        // A bare season only as a time: "in spring", "by autumn", "until winter"; never a bare
        // "fall" (a drop).
        if (s === 'fall') return false;
        const before = m.input.slice(Math.max(0, m.index - 16), m.index);
        // "the driest summer on record", "the wettest winter": a season after a superlative too.
        return /\b(?:in|by|during|until|till|through|since|over|before|after|early|late|mid-?)\s+$|\bthe\s+[a-z]{3,}est\s+$/i.test(before);
      }
      return !(s === 'fall' && /^the$/i.test(g(m, 'rel') ?? '') && !g(m, 'y'));
    },
  ),
  // 10:30 a.m. EST · 5 p.m. EST Nov. 9 · noon Thursday · 14:00 GMT
  rule(
    'clock-time',
    `(?:(?<h>\\d{1,2})(?:[:.](?<mi>\\d\\d))?\\s*(?<ampm>${AMPM})|(?<hw>\\d{1,2})(?:\\s+o'clock)?\\s+in\\s+the\\s+(?<podc>morning|afternoon|evening|night)|(?<ho>\\d{1,2})\\s+o'clock|(?:(?<h24>[01]?\\d|2[0-3]):(?<mi24>\\d\\d)(?=\\s*(?:${TZ}|hours|h\\b|local\\s+time|[A-Z][a-z]+\\s+time\\b))|(?<=\\b(?:at|from|until|till|by|before|after|around|about|since)\\s)(?<h24b>[01]?\\d|2[0-3]):(?<mi24b>[0-5]\\d)(?![\\d:]))|(?<h4>[01]\\d|2[0-3])(?<mi4>[0-5]\\d)(?=\\s*(?:GMT|UTC|${TZ}(?![a-z])|local\\s+time|[A-Z][a-z]+\\s+time\\b|hours\\b|hrs\\b))|(?<word>noon|midnight|midday))(?:\\s+(?<tz>${TZ}))?${TRAILING_DAY}`,
    (m, env, start, end) => {
      const word = g(m, 'word')?.toLowerCase();
      const hw = g(m, 'hw');
      const time = word
        ? ([word === 'midnight' ? 24 : 12, 0] as [number, number])
        : hw
          ? timeOfDay(Number(hw), 0, /morning/i.test(g(m, 'podc')!) || (/night/i.test(g(m, 'podc')!) && Number(hw) >= 12) ? 'am' : 'pm')
          : g(m, 'ho')
            ? timeOfDay(Number(g(m, 'ho')), 0, undefined)
        : g(m, 'h24') || g(m, 'h24b')
          ? timeOfDay(Number(g(m, 'h24') ?? g(m, 'h24b')), Number(g(m, 'mi24') ?? g(m, 'mi24b')), undefined)
          : g(m, 'h4')
            ? timeOfDay(Number(g(m, 'h4')), Number(g(m, 'mi4')), undefined)
          : timeOfDay(Number(g(m, 'h')), Number(g(m, 'mi') ?? 0), g(m, 'ampm'));
      if (!time) return null;
      const day = dayOfTrailer(m, env, start, end);
      if (!day) return null;
      const zone = ZONE_OFFSETS[g(m, 'tz') ?? ''] ?? '';
      return { type: 'TIME', value: formatDay(day) + formatTime(time[0], time[1]) + zone };
    },
    (m) => !g(m, 'tz') || /^[A-Z]+$/.test(g(m, 'tz')!),
  ),
  // Friday · last Friday · Wednesday night · next Monday morning
  // "on Monday and Tuesday nights", "Friday, Saturday and Sunday evenings": each weekday of a list
  // that ends in a plural part of day is a set, as the last one is (read by the weekday-set rule).
  gated(/(?:morning|afternoon|evening|night)s\b/i, rule('weekday-list-set', `(?<wd>${WEEKDAY})(?=(?:,\\s*${WEEKDAY})*,?\\s+(?:and|or)\\s+${WEEKDAY}\\s+(?<pod>${PART_OF_DAY})s\\b)`, (m) => ({
    type: 'SET',
    value: `XXXX-WXX-${weekdayNumber(g(m, 'wd')!)}T${PART_OF_DAY_CODES[g(m, 'pod')!.toLowerCase()]}`,
  }))),
  rule(
    'weekday',
    `(?:(?<rel>last|this|next|coming|past)\\s+|the\\s+(?<anaphoric>previous|preceding|prior|following|next)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?`,
    (m, env, start, end) => {
      if (!env.anchor) return null;
      const rel = g(m, 'rel')?.toLowerCase();
      const target = weekdayNumber(g(m, 'wd')!);
      const anaphoric = g(m, 'anaphoric')?.toLowerCase();
      let day: Day;
      if (anaphoric) {
        // "the previous Friday", "the following Monday": from the day the story was just talking about.
        // A day named earlier in the story counts too: "the previous Friday" is not last Friday.
        const ref = env.referenceIn(start, 'paragraph') ?? env.reference();
        const base = ref?.m && ref.d ? { y: ref.y, m: ref.m, d: ref.d } : env.anchor;
        day = resolveWeekday(base, target, 'none', /previous|preceding|prior/.test(anaphoric) ? 'last' : 'next');
      } else day = (!rel && narrativeWeekday(m, env, target)) || resolveWeekday(env.anchor, target, env.tense(start, end), rel);
      const pod = g(m, 'pod');
      return pod ? { type: 'TIME', value: formatDay(day) + 'T' + PART_OF_DAY_CODES[pod.toLowerCase()] } : date(formatDay(day));
    },
  ),
  // Mondays · on Tuesday nights · every Friday
  rule('weekday-set', `(?:(?:every|each)\\s+(?<wd1>${WEEKDAY})|(?<wd2>${WEEKDAY})s)(?:\\s+(?<pod>${PART_OF_DAY})s?)?|(?<wd3>${WEEKDAY})\\s+(?<pod3>${PART_OF_DAY})s`, (m) => {
    const wd = weekdayNumber((g(m, 'wd1') ?? g(m, 'wd2') ?? g(m, 'wd3'))!);
    const pod = g(m, 'pod') ?? g(m, 'pod3');
    return { type: 'SET', value: `XXXX-WXX-${wd}` + (pod ? 'T' + PART_OF_DAY_CODES[pod.toLowerCase()] : '') };
  }),
  // today · yesterday · tomorrow · tonight · this morning · yesterday afternoon · last night
  rule(
    'deictic-day',
    `(?:the\\s+day\\s+(?<before>before|after)\\s+)?(?<word>today|yesterday|tomorrow|tonight)(?:\\s+(?<pod>${PART_OF_DAY}))?|(?<this>this|last|tomorrow|yesterday)\\s+(?<pod2>${PART_OF_DAY})`,
    (m, env) => {
      if (!env.anchor) return null;
      const word = (g(m, 'word') ?? g(m, 'this')!).toLowerCase();
      let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const pod = (g(m, 'pod') ?? g(m, 'pod2'))?.toLowerCase();
      if (word === 'last') offset = pod === 'night' ? -1 : 0;
      const before = g(m, 'before');
      if (before) offset += before.toLowerCase() === 'before' ? -1 : 1;
      // "'Tonight belongs to the fans,' he told reporters" after Sunday's match: the quote's day.
      const day = formatDay(addDays(env.quoteDay(m.index) ?? env.anchor, offset));
      if (word === 'tonight') return { type: 'TIME', value: day + 'TNI' };
      return pod ? { type: 'TIME', value: day + 'T' + PART_OF_DAY_CODES[pod] } : date(day);
    },
  ),
  // that day · the following year · the next morning · the same month · later that year
  rule(
    'anaphoric-period',
    `(?<det>that|that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+prior|the\\s+preceding)\\s+(?<unit>day|weekend|week|month|year|quarter|morning|afternoon|evening|night)`,
    (m, env) => {
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const unitWord = g(m, 'unit')!.toLowerCase();
      const pod = PART_OF_DAY_CODES[unitWord];
      const ref = env.reference();
      const base: Day | null = ref ? { y: ref.y, m: ref.m ?? 1, d: ref.d ?? 1 } : env.anchor;
      if (!base) return null;
      const n = /following|next/.test(det) ? 1 : /previous|prior|preceding/.test(det) ? -1 : 0;
      const unit = pod ? 'D' : unitCode(unitWord);
      const named = env.lastQuarter();
      // "that quarter", "the previous quarter": the quarter just named, or the one before or after it.
      if (unit === 'Q' && named) {
        const index = named.y * 4 + named.q - 1 + n;
        return date(`${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`);
      }
      // The reference must be at least as fine as the unit ("the next day" after "1998" says nothing).
      const fine = !ref || (unit === 'Y' || unit === 'Q' ? true : unit === 'M' ? ref.m !== undefined : ref.d !== undefined);
      if (!fine) {
        // "that same day" after "in October": a day of that month, unspecified (1998-10-XX).
        if (n !== 0 || !ref || pod || !/same/.test(det) || (unit !== 'D' && unit !== 'M')) return null;
        return date(unit === 'M' ? `${formatYear(ref.y)}-XX` : ref.m ? `${formatMonth(ref.y, ref.m)}-XX` : `${formatYear(ref.y)}-XX-XX`);
      }
      const value = shiftedPeriod(base, unit, n);
      if (!value) return null;
      return pod ? { type: 'TIME', value: value + 'T' + pod } : date(value);
    },
    (m) => !/^the\s+next\s+(?:year|month|week|quarter)$/i.test(m[0]),
  ),
  // the year · the full year · the week · the weekend (the end of the year → a date; for the year → P1Y)
  rule(
    'the-period',
    `the\\s+(?:(?<full>full|whole|entire|calendar|current|latest)\\s+)?(?<fiscal>fiscal\\s+)?(?<unit>year|month|week|weekend|day|decade)`,
    (m, env, start, end) => {
      if (!env.anchor) return null;
      const unit = unitCode(g(m, 'unit')!);
      // "by the end of the decade": the decade the story is in.
      if (unit === 'DE') return date(String(Math.floor(env.anchor.y / 10)));
      const before = m.input.slice(Math.max(0, m.index - 10), m.index);
      const full = g(m, 'full')?.toLowerCase();
      if (full === 'latest') return unit === 'Y' ? date(formatYear(env.anchor.y - 1)) : null;
      const pointInTime = !!full || /\bof\s+$/i.test(before);
      if (unit === 'WE') {
        // "is due to end on November 12, but talks often run into the weekend": after a day still
        // to come named in the same sentence, the weekend of that day's week.
        const named = env.referenceIn(start, 'sentence');
        if (named?.m && named.d && dayNumber({ y: named.y, m: named.m, d: named.d }) > dayNumber(env.anchor)) {
          const day = { y: named.y, m: named.m, d: named.d };
          return date(formatWeek(day) + '-WE');
        }
        const past = env.tense(start, end) !== 'future';
        const today = weekday(env.anchor);
        // A past weekend is the one just gone unless the story is written on it.
        const shift = past && today < 6 ? -1 : !past && today >= 6 ? 0 : 0;
        return date(shiftedPeriod(env.anchor, 'WE', shift)!);
      }
      if (unit === 'W') return date(shiftedPeriod(env.anchor, 'W', 0)!);
      if (unit === 'M') return date(shiftedPeriod(env.anchor, 'M', 0)!);
      if (unit === 'D') {
        // "later in the day": the day the story is about.
        const ref = env.reference();
        return date(formatDay(ref?.m && ref.d ? { y: ref.y, m: ref.m, d: ref.d } : env.anchor));
      }
      // "the year ended March 31", "the year to January" (British) are twelve-month stretches; "for
      // the year" is the current year.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const stretch = !pointInTime && (/^\s+(?:ended|ending|through|to\s+date)\b/i.test(after) || (YEAR_TO_MONTH.test(after) && /^\s+to\s+(?:the\s+end\s+of\s+)?[A-Z]/.test(after)));
      return stretch ? { type: 'DURATION', value: 'P1Y' } : date(formatYear(env.anchor.y));
    },
    (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (/^the\s+day$/i.test(m[0])) {
        // "on the day" (the story's day), not "the day of the attack" or "the day before": those
        // hang on an event.
        const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
        // "on Monday, the day before the vote", "Oct. 12, the day before the plunge": an apposition
        // to the date just named is that date.
        if (/^\s+(?:before|after)\b/i.test(after) && DATE_BEFORE_APPOSITION.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return true;
        if (/^\s+(?:of|before|after|when|that|on|he|she|they|it|we|i)\b/i.test(after)) return false;
        // "The day ended with a flypast": the day the story is on, as the subject of a sentence.
        if (/(?:^|[.!?]["”’]?\s+)$/.test(m.input.slice(Math.max(0, m.index - 4), m.index)) && /^\s+(?:began|begins|ended|ends|started|starts|closed|closes|finished|finishes)\b/i.test(after)) return true;
        return /\b(?:(?:earlier|later|early|late)\s+in|end\s+of|rest\s+of|during|on|for|throughout)\s+$/i.test(before);
      }
      // "until at least the weekend", "talks run into the weekend": a weekend is a time after these too.
      if (/^the\s+weekend$/i.test(m[0]) && /\b(?:until|till|into|before|after|since|least)\s+$/i.test(before)) return true;
      // "set to end the year 20% higher", "started the week with a loss": the period itself.
      if (/^the\s+(?:year|month|week)$/i.test(m[0]) && /\b(?:end|ends|ended|ending|start|starts|started|starting|begin|begins|began|close|closes|closed|finish|finishes|finished)\s+$/i.test(before)) return true;
      return /\b(?:of|for|during|in|over|throughout|through|at|by)\s+$/i.test(before);
    },
  ),
  // in the new year · before the new year: the coming year, or the one just begun in its first months
  rule(
    'new-year',
    `the\\s+new\\s+year`,
    (_m, env) => (env.anchor ? date(formatYear(env.anchor.y + (env.anchor.m >= 10 ? 1 : 0))) : null),
    (m) => {
      const before = m.input.slice(Math.max(0, m.index - 10), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the New Year holiday", "the new year's celebrations": the holiday, not the year.
      return /\b(?:in|into|for|by|until|of|early|before|after)\s+$/i.test(before) && !/^(?:'s|’s|\s+(?:holiday|eve|day|celebrations?|party|parties|honours|message|address))\b/i.test(after);
    },
  ),
  // year-end · year's end
  rule('year-end', `year[\\s-]end|year'?s\\s+end`, (_m, env) => (env.anchor ? date(formatYear(env.anchor.y)) : null)),
  // nineteen ninety-six · the year two thousand
  rule(
    'spelled-year',
    `(?:the\\s+year\\s+)?nineteen[\\s-]+(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?<ones>one|two|three|four|five|six|seven|eight|nine))?|the\\s+year\\s+two\\s+thousand(?:\\s+and)?(?:\\s+(?<ones2>one|two|three|four|five|six|seven|eight|nine|ten))?`,
    (m) => {
      const tens = g(m, 'tens');
      const ones = g(m, 'ones') ?? g(m, 'ones2');
      const unitsValue = ones ? (countValue(ones) as number) : 0;
      if (tens) return date(String(1900 + (countValue(tens) as number) + unitsValue));
      return date(String(2000 + unitsValue));
    },
  ),
  // in the morning · during the afternoon: a part of the day the story is talking about
  rule(
    'part-of-day',
    `the\\s+(?<pod>${PART_OF_DAY})`,
    (m, env) => {
      const ref = env.reference();
      const day: Day | null = ref?.m && ref.d ? { y: ref.y, m: ref.m, d: ref.d } : env.anchor;
      return day ? { type: 'TIME', value: formatDay(day) + 'T' + PART_OF_DAY_CODES[g(m, 'pod')!.toLowerCase()] } : null;
    },
    (m) => /\b(?:in|during|by|through|throughout)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index)),
  ),
  // by mid afternoon · in the early morning · until late evening: a part of the story's day
  rule(
    'modified-part-of-day',
    `(?:the\\s+)?(?<mod>early|late|mid)[\\s-]?(?<pod>morning|afternoon|evening)`,
    (m, env) => {
      const ref = env.reference();
      const day: Day | null = ref?.m && ref.d ? { y: ref.y, m: ref.m, d: ref.d } : env.anchor;
      return day ? { type: 'TIME', value: formatDay(day) + 'T' + PART_OF_DAY_CODES[g(m, 'pod')!.toLowerCase()] } : null;
    },
    (m) => /\b(?:in|during|by|through|throughout|until|till|since|from|on|at)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index)),
  ),
  // overnight losses: the night before the story's trading day
  rule(
    'overnight',
    `overnight(?=\\s+(?:losses|gains|trading|session|rally|declines?|drop|fall|rise|advances?|moves?)\\b)`,
    (_m, env) => {
      if (!env.anchor) return null;
      // The story's day is the day it last named, if that is in the past week ("closed lower Friday.
      // … overnight losses in New York" in a Monday paper is Thursday night).
      const ref = env.reference();
      const named: Day | null = ref?.m && ref.d ? { y: ref.y, m: ref.m, d: ref.d } : null;
      const back = named ? dayNumber(env.anchor) - dayNumber(named) : -1;
      const day = named && back >= 0 && back <= 6 ? named : env.anchor;
      return { type: 'TIME', value: formatDay(addDays(day, -1)) + 'TNI' };
    },
  ),
  // last year · this week · next month · the coming decade · this past weekend
  rule(
    'relative-period',
    `(?<the>the\\s+)?(?<rel>last|this\\s+past|this|next|past|previous|coming|current|following|present|latest|most\\s+recent|same)\\s+(?:(?<fiscal>fiscal|calendar)\\s+)?(?<unit>week|weekend|fortnight|month|quarter|year|decade|century)`,
    (m, env) => {
      const rel = g(m, 'rel')!.toLowerCase().replace(/\s+/g, ' ');
      // "the past fortnight", "the next fortnight": two weeks up to or from now; no calendar fortnight.
      if (/fortnight/i.test(g(m, 'unit')!)) return /^(?:past|last|previous|next|coming)$/.test(rel) && g(m, 'the') ? { type: 'DURATION', value: 'P2W' } : null;
      const unit = unitCode(g(m, 'unit')!);
      const the = !!g(m, 'the');
      // "the past year" is a stretch of time (P1Y); "last year" is a calendar year (2021).
      if (the && (rel === 'past' || rel === 'last')) return { type: 'DURATION', value: durationValue(1, unit) };
      if (!env.anchor) return null;
      if (rel === 'latest' || rel === 'most recent') {
        if (unit !== 'Q') return null;
        return date(shiftedPeriod(env.anchor, 'Q', -1)!);
      }
      if (rel === 'same') return null;
      const n = ['last', 'past', 'previous', 'this past'].includes(rel) ? -1 : ['next', 'coming', 'following'].includes(rel) ? 1 : 0;
      if (unit === 'Q' && n === 0 && rel !== 'this' && rel !== 'current') return null;
      const value = shiftedPeriod(env.anchor, unit, n);
      return value ? date(value) : null;
    },
  ),
  // the quarter · the year-earlier quarter · the year-ago period · a year ago/earlier · year-earlier
  gated(/quarter|period|year/i, rule(
    'reference-period',
    `(?<the>the\\s+)?(?<shift>(?:comparable\\s+)?year[\\s-]earlier|(?:comparable\\s+)?year[\\s-]ago|previous[\\s-]year'?s?|prior[\\s-]year'?s?|last\\s+year'?s|comparable|latest|most\\s+recent)?\\s*(?:(?<py>${YEAR})\\s+)?(?<unit>quarter|period)(?<later>\\s+(?:a|one)\\s+year\\s+(?:ago|earlier))?|(?<ago>(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year[\\s-](?:earlier|ago))`,
    (m, env, start) => {
      if (!env.anchor) return null;
      // "In the first nine months, net rose from $9 million a year earlier / in the 1988 period": a
      // stretch of months named before it in the sentence makes the comparison a year, not a quarter.
      const sentenceBefore = m.input.slice(Math.max(0, start - 160), start).split(/[.!?]\s+(?=[A-Z"'`])/).pop()!;
      if (MONTHS_STRETCH.test(sentenceBefore) && !/quarter/i.test(g(m, 'unit') ?? '')) {
        const py = g(m, 'py');
        if (py) return date(py);
        if (g(m, 'ago') || /year/i.test(g(m, 'shift') ?? '')) return date(formatYear(env.anchor.y - 1));
      }
      const named = env.reportQuarter(start);
      // The quarter last reported on: the one just closed before publication.
      const closed = closedQuarter(env.anchor);
      if (g(m, 'ago')) {
        // A year before the period under discussion: the quarter just named; else, for "a year
        // earlier", the year the paragraph has reached ("arrested in June 2020 … A year earlier");
        // else the anchor's year.
        if (named) return date(`${formatYear(named.y - 1)}-Q${named.q}`);
        const ref = /earlier|before/i.test(g(m, 'ago')!) ? env.referenceIn(start, 'paragraph') : null;
        // "rose 1.2% in December compared with a year earlier": the month just named, a year back.
        const month = /earlier|before/i.test(g(m, 'ago')!) ? env.referenceIn(start, 'sentence') : null;
        if (month?.m && month.d === undefined) return date(formatMonth(month.y - 1, month.m));
        return date(formatYear((ref ?? env.anchor).y - 1));
      }
      const shift = (g(m, 'shift') ?? '').toLowerCase();
      const py = g(m, 'py');
      if (!g(m, 'the') && !shift && !py) return null;
      if (/latest|recent/.test(shift)) return date(named && Math.abs(named.y * 4 + named.q - (closed.y * 4 + closed.q)) <= 1 ? `${formatYear(named.y)}-Q${named.q}` : `${formatYear(closed.y)}-Q${closed.q}`);
      const base = named ?? closed;
      if (py) return date(`${py}-Q${base.q}`);
      const back = /year|comparable/.test(shift) || !!g(m, 'later');
      if (/period/i.test(g(m, 'unit')!) && !named && !back) return null;
      // "the comparable year-ago quarter, the second quarter ended Oct. 31,": the quarter in
      // apposition says which one it is.
      const apposed = back ? APPOSED_QUARTER.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      return date(`${formatYear(base.y - (back ? 1 : 0))}-Q${apposed ? ordinalNumber(apposed[1]) : base.q}`);
    },
    (m) => !!g(m, 'ago') || !!g(m, 'the') || !!g(m, 'shift'),
  )),
  // two days ago · three years earlier · a week from now · six months later
  gated(/ago|earlier|back|now|hence/i, rule(
    'ago',
    `(?<n>${NUMBER})\\s+(?:more\\s+)?(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|back|from\\s+now|hence)`,
    (m, env, start) => {
      const count = countValue(g(m, 'n')!);
      const dir = g(m, 'dir')!.toLowerCase();
      const sign = /ago|earlier|back/.test(dir) ? -1 : 1;
      const unit = unitCode(g(m, 'unit')!);
      // "earlier": from the date the narrative has reached ("On March 3, … a month earlier"), when
      // it was named in the same paragraph and is fine enough for the unit. ("Two days later" is a
      // stretch of time in TimeML, left to the counted-stretch rule.)
      const anaphoric = dir === 'earlier';
      const ref = anaphoric ? env.referenceIn(start, 'paragraph') : null;
      const fine = !!ref && (unit === 'Y' || unit === 'DE' || unit === 'CE' || ((unit === 'M' || unit === 'Q') && !!ref.m) || ((unit === 'D' || unit === 'W' || unit === 'WE') && !!ref.d));
      if (ref && fine && count !== 'X' && Number.isInteger(count)) {
        const value = agoValue({ y: ref.y, m: ref.m ?? 1, d: ref.d ?? 1 }, unit, sign * count);
        if (value) return date(value);
      }
      if (count === 'X') return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      if (!env.anchor) return null;
      const value = agoValue(env.anchor, unit, sign * count);
      return value ? date(value) : null;
    },
    // "1998 years earlier" is a year followed by words, not a count. "moved an hour earlier", "put
    // back a week later": the length of a shift, left to the counted-stretch rule.
    (m) => !/^\d{4}$/.test(g(m, 'n')!) && !/\b(?:moved|move|moves|brought|bring|put|pushed|push|shifted|shift|set|turned|pulled)(?:\s+(?:it|them|forward|back|up))?\s+$/i.test(m.input.slice(Math.max(0, m.index - 20), m.index)),
  )),
  // earlier this month · later this year · early next year · late last week
  // (handled by the modifier extension in index.ts)
  // the past two months · the next few days · the first nine months · the last 20 years · the six months
  rule(
    'counted-stretch',
    `(?:the\\s+)?(?:(?<pre>first|last|past|next|coming|previous|latest|final|following|preceding|remaining|same|year-earlier|year-ago|prior)\\s+)?(?<n>${NUMBER}|another)(?:\\s+or\\s+so)?(?:\\s+(?:to|or)\\s+(?<n2>${NUMBER}))?(?:\\s+(?:more|additional|extra|further))?(?:\\s+(?:straight|consecutive|successive|trading|business|working))?[\\s-]+(?<unit>${UNIT})(?:-long|\\s+or\\s+so)?`,
    (m) => {
      const n = g(m, 'n')!;
      // "another year", "an additional year": one more unit.
      const count = /^another$/i.test(n) ? 1 : countValue(n);
      const unitWord = g(m, 'unit')!;
      const unit = unitCode(unitWord);
      // A range ("12 to 18 months") has no single length.
      const value = durationValue(g(m, 'n2') ? 'X' : count, unit, unitWord);
      return { type: 'DURATION', value };
    },
    (m) => {
      const n = g(m, 'n')!.toLowerCase();
      const unit = g(m, 'unit')!.toLowerCase();
      const plural = /s$/.test(unit) || unit === 'centuries';
      // "the 1988 quarter" names a year, not 1988 quarters; "the July 4 weekend" a day.
      if (/^\d{4}$/.test(n) && !/^(?:second|minute|hour|day)/.test(unit)) return false;
      if (/^\d/.test(n) && new RegExp(`\\b${MONTH}\\s*$`, 'i').test(m.input.slice(Math.max(0, m.index - 12), m.index))) return false;
      if ((n === 'a' || n === 'an' || n === 'one' || n === 'another') && plural) return false;
      if (n === 'another' && /^the\s/i.test(m[0])) return false;
      if (/^(?:some|many|hundreds of|dozens of)$/.test(n) && !plural) return false;
      if (/^(?:a|an)$/.test(n) && /^the\s/i.test(m[0])) return false;
      // "5% a year", "$2 million a month", "twice a day": a rate, which the set rule reads.
      if (/^(?:a|an|another)$/.test(n) && !g(m, 'pre')) {
        const before = m.input.slice(Math.max(0, m.index - 14), m.index);
        if (/(?:\d|\d(?:bn|mn|tn|m|k)|%|percent|cents?|dollars?|times|once|twice|million|billion|trillion|yen|each|one)\s*$/i.test(before)) return false;
        if (COUNTED_THINGS_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return false;
      }
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // Ages ("37 years old") and fractions ("a quarter of", "three-quarters") are not stretches of time.
      if (/^[\s-]+old\b/i.test(after)) return false;
      // "a quarter point", "a quarter-percentage-point cut": a fraction of a rate.
      if (/^quarter/.test(unit) && /^(?:a|an|one|two|three|another)$/.test(n) && (/^\s+(?:of|points?|percentage)\b/i.test(after) || /-/.test(m[0]))) return false;
      // "up from a quarter in 2020", "cut by a quarter": a share; "down from a quarter earlier" is the period.
      if (unit === 'quarter' && /^(?:a|one)$/.test(n) && /\b(?:from|to|by)\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index)) && !/^\s+(?:earlier|ago|before|later|after)\b/i.test(after)) return false;
      if (/^(?:a|an)$/.test(n) && unit === 'second') return false;
      // "a day-long meeting": the article belongs to the noun; "day-long" is read by itself.
      if (/^(?:a|an)$/.test(n) && /-long$/i.test(m[0])) return false;
      return true;
    },
  ),
  // half an hour · a year and a half · two and a half years
  gated(/half/i, rule(
    'half-stretch',
    `half\\s+(?:an?\\s+)?(?<unit1>hour|day|year|month|century|decade)|(?<n>${NUMBER})\\s+and\\s+a\\s+half\\s+(?<unit2>${UNIT})|(?:a|an|one)\\s+(?<unit3>${UNIT})\\s+and\\s+a\\s+half`,
    (m) => {
      const unitWord = (g(m, 'unit1') ?? g(m, 'unit2') ?? g(m, 'unit3'))!;
      const unit = unitCode(unitWord);
      const count = g(m, 'unit1') ? 0.5 : g(m, 'unit3') ? 1.5 : countValue(g(m, 'n')!);
      if (count === 'X') return { type: 'DURATION', value: durationValue('X', unit) };
      if (unit === 'H' && count === 0.5) return { type: 'DURATION', value: 'PT30M' };
      if (unit === 'Y' && count === 0.5) return { type: 'DURATION', value: 'P6M' };
      return { type: 'DURATION', value: durationValue(count, unit, unitWord) };
    },
  )),
  // recent years · the coming months · the years ahead · decades · for weeks
  // recent years · the coming months · future quarters: vague past or future (the past few weeks → PXW)
  rule(
    'vague-period',
    `(?:the\\s+)?(?<dir>recent|coming|past|previous|future|next)\\s+(?<unit>days|weeks|months|quarters|years|decades)|the\\s+(?<unit2>days|weeks|months|quarters|years|decades)\\s+ahead`,
    // TimeML: a stretch of unspecified length, PXY for "recent years", PXW for "the coming weeks".
    // Quarters and "past"/"future" plurals stay references, as TimeBank has them.
    (m) => {
      const dir = (g(m, 'dir') ?? 'coming').toLowerCase();
      const unit = (g(m, 'unit') ?? g(m, 'unit2'))!;
      if (/quarters/i.test(unit) || !/recent|coming|next/.test(dir)) return date(/recent|past|previous/.test(dir) ? 'PAST_REF' : 'FUTURE_REF');
      return { type: 'DURATION', value: durationValue('X', unitCode(unit)) };
    },
  ),
  // the last few days · the first hours of the war · the early years · over the years · the years that followed
  gated(/hours|days|weeks|months|quarters|years|decades|centuries/i, rule('vague-stretch', `(?:the\\s+)?(?:few|last|first|early|final|opening)\\s+(?<unit>(?<!early\\s)hours|days|weeks|months|quarters|years|decades)|the\\s+(?<unit2>years|decades|months|weeks)(?=\\s+(?:that\\s+followed|since|to\\s+come))|(?<=\\b(?:over|through|throughout|during)\\s)the\\s+(?<unit3>years|decades|centuries)`, (m) => ({
    type: 'DURATION',
    value: durationValue('X', unitCode((g(m, 'unit') ?? g(m, 'unit2') ?? g(m, 'unit3'))!)),
  }))),
  // the first hour of trading · the final hour: an hour-long stretch ("the last minute" is an idiom)
  rule('first-hour', `the\\s+(?:first|opening|final)\\s+hour`, () => ({ type: 'DURATION', value: 'PT1H' })),
  // "Today is the eighth day of the blockade", "It's the second day of an offensive": the day of
  // an ongoing event that the sentence says is today (tomorrow, yesterday).
  gated(/day\s+of\s/i, rule('nth-day-of', `(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day(?=\\s+of\\s)`, (m, env) => {
    if (!env.anchor) return null;
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    const offset = /\btomorrow\s+(?:is|will\s+be)\s+$/i.test(before) ? 1 : /\byesterday\s+was\s+$/i.test(before) ? -1 : 0;
    return date(formatDay(addDays(env.anchor, offset)));
  }, (m) => /(?:\b(?:today|it|this|now|tomorrow)\s+(?:is|will\s+be)|\byesterday\s+was|\b(?:it|today)['’]s)\s+$/i.test(m.input.slice(Math.max(0, m.index - 24), m.index)))),
  // "It was a great day for Poland", "This is a sad day for the club": a day judged is the day the
  // sentence is about — the day last named, for a past verdict on a day of the past week; else the
  // day it is said on (a quote's day, or the publication day). The span is the head, as TimeBank's;
  // "Today is a sad day" names its day once, in "Today".
  gated(/\bday\b/i, rule('verdict-day', `day(?<=\\b(?:it|this|that)(?:\\s+(?<past>was|had\\s+been)|\\s+(?:is|has\\s+been)|['’]s)\\s+["“]?(?:a|an)\\s+(?:(?:very|truly|really|such\\s+a)\\s+)?(?:${VERDICT})\\s+day)(?=\\s+(?:for|to\\s+remember|in\\s+(?:the\\s+|our\\s+|its\\s+)?history)\\b|\\s*[,.!;"”])`, (m, env) => {
    if (!env.anchor) return null;
    const ref = g(m, 'past') ? env.reference() : null;
    const back = ref?.m && ref.d ? dayNumber(env.anchor) - dayNumber({ y: ref.y, m: ref.m, d: ref.d }) : -1;
    if (ref?.m && ref.d && back >= 0 && back <= 6) return date(formatDay({ y: ref.y, m: ref.m, d: ref.d }));
    return date(formatDay(env.quoteDay(m.index) ?? env.anchor));
  })),
  // "I have waited for this day", "on this day": the day it is said on (a quote's day, or the
  // publication day); not "on this day in 1945" (an anniversary), "to this day" (still now).
  gated(/this\s+day/i, rule('this-day', `this(?<=\\b(?:for|on)\\sthis)\\s+day(?!\\s+(?:in|of|last|next|every|each)\\b|['’]s)`, (m, env) => (env.anchor ? date(formatDay(env.quoteDay(m.index) ?? env.anchor)) : null))),
  // "free for the first month", "for the final year": a stretch of one unit ("the first week of
  // March" is a date, read by the week rule).
  gated(/first|final/i, rule('first-unit', `(?<=\\bfor\\s)the\\s+(?:first|final)\\s+(?<unit>day|week|month|year)(?!\\s+of\\b)`, (m) => ({ type: 'DURATION', value: durationValue(1, unitCode(g(m, 'unit')!)) }))),
  gated(/minutes|hours|days|weeks|months|years|decades|centuries/i, rule(
    'bare-plural-unit',
    `(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)`,
    (m) => ({ type: 'DURATION', value: durationValue('X', unitCode(g(m, 'unit')!)) }),
    (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      // Long enough for " earlier" and a boundary after it.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/\b(?:for|over|within|took|take|takes|taken|lasted|spent|after)\s+$/i.test(before) || (/^\s+of\b/i.test(after) && /\b(?:for|after|ending|ended|end|ends|following|amid|despite)\s+$/i.test(before))) return true;
      // "for the first time in years", "its lowest level in decades": a vague stretch up to now.
      // Also an irregular superlative, and a place between: "the worst rail disaster in the country
      // in decades".
      if (!/^\s+of\b/i.test(after) && /\b(?:(?:first|only)\s+time|(?:(?!(?:(?:mid|south|north)?west|rest|test|interest|forest|protest|request|quest|chest|nest|guest|harvest|contest|arrest|suggest|manifest|honest|modest|earnest|invest|digest)\b)\w+est|worst|best)(?:\s+\w+){0,2}|most\s+\w+)(?:\s+in\s+(?:the\s+)?\w+)?\s+in\s+$/i.test(m.input.slice(Math.max(0, m.index - 64), m.index))) return true;
      // "arrested days after the attack", "hours before the vote": a vague stretch between events.
      return /^\s+(?:after|before|later|earlier)\b/i.test(after) && !/(?:\d|\b(?:a|an|the|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|of|of the))\s+$/i.test(before);
    },
  )),
  // for a while · after a while: a stretch of unspecified length and unit
  rule('a-while', `a\\s+while`, () => ({ type: 'DURATION', value: 'PXX' }), (m) => {
    const before = m.input.slice(Math.max(0, m.index - 12), m.index);
    // "once in a while" is a frequency, not a stretch.
    return /\b(?:for|in|after|within)\s+$/i.test(before) && !/\bonce\s+in\s+$/i.test(before);
  }),
  // decades-long · day-long · months-long · year-long
  rule(
    'long',
    `(?<unit>${UNIT})-long`,
    (m) => {
      const word = g(m, 'unit')!;
      const plural = /s$/i.test(word) || /centuries/i.test(word);
      return { type: 'DURATION', value: durationValue(plural ? 'X' : 1, unitCode(word), word) };
    },
  ),
  // every week · each month · every two years · daily · twice a year · per day
  rule(
    'set',
    `(?:every|each)\\s+(?:other\\s+)?(?:(?<n>${NUMBER})\\s+)?(?<unit>${UNIT})|(?<adverb>daily|weekly|biweekly|monthly|yearly|semi-?annually|bi-?annually|biennially|annually|hourly|nightly)|(?<freq>once|twice|\\w+\\s+times)\\s+(?:a|an|per|each)\\s+(?<unit2>${UNIT})|(?:per|a|an)\\s+(?<unit3>second|minute|hour|day|week|month|quarter|year)`,
    (m) => {
      const adverb = g(m, 'adverb')?.toLowerCase();
      if (adverb) {
        const map: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', biennially: 'P2Y', hourly: 'PT1H' };
        // Twice a year: "semi-annually", "biannually".
        return { type: 'SET', value: map[adverb] ?? 'P6M' };
      }
      const unitWord = (g(m, 'unit') ?? g(m, 'unit2') ?? g(m, 'unit3'))!;
      const count = g(m, 'n') ? countValue(g(m, 'n')!) : /other/i.test(m[0]) ? 2 : 1;
      return { type: 'SET', value: durationValue(count, unitCode(unitWord), unitWord) };
    },
    (m) => {
      const adverb = g(m, 'adverb');
      if (adverb) {
        // "the Communist Party daily Granma", "a business weekly": a newspaper, not a rate.
        const before = m.input.slice(Math.max(0, m.index - 12), m.index);
        const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
        return !(/\b(?:party|the|a|business|financial|news|national|local|evening|morning|sports|economic|official)\s+$/i.test(before) && /^\s+\p{Lu}|^\s*[,.;]/u.test(after));
      }
      if (!g(m, 'unit3')) return true;
      // "a year" is a rate only after an amount: "5% a year", "$2 million a month".
      const before = m.input.slice(Math.max(0, m.index - 14), m.index);
      // ("£40bn a year", "$5m a month": the web's abbreviated amounts too.)
      // ("90,000 cars a year", "40,000 vehicles a day": a count of things.)
      return /(?:\d|\d(?:bn|mn|tn|m|k)|%|percent|cents?|dollars?|million|billion|trillion|yen)\s*$/i.test(before) || (/^an?\s/i.test(m[0]) && COUNTED_THINGS_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index)));
    },
  ),
  // each July · every summer
  rule('set-calendar', `(?:every|each)\\s+(?:(?<mon>january|february|march|april|may|june|july|august|september|october|november|december)|(?<s>${SEASON}))`, (m) => {
    const mon = g(m, 'mon');
    return { type: 'SET', value: mon ? `XXXX-${String(monthNumber(mon)).padStart(2, '0')}` : `XXXX-${SEASON_CODES[g(m, 's')!.toLowerCase()]}` };
  }),
  // now · currently · recently · the past · soon · the future
  rule(
    'reference',
    `(?<present>now|currently|current|presently|nowadays|these\\s+days|the\\s+present|at\\s+present)|(?<past>then[\\s-]+current|recently|recent|lately|the\\s+past)|(?<future>the\\s+(?:near\\s+|distant\\s+)?future|the\\s+long\\s+run|as\\s+soon\\s+as\\s+possible|(?<later>later)|the\\s+(?:near|short|long)(?:er)?\\s+term(?=\\s*(?:[.,;:!?)"'”’]|$|(?:and|but|or|as|because|when|if|is|are|will|was|were)\\b)))`,
    (m, env, start, end) => {
      // A bare "later" is a time to come only in the future tense ("will be decided later"); "he
      // later resigned" is a sequence, not a time.
      if (g(m, 'later') && env.tense(start, end) !== 'future') return null;
      return date(g(m, 'present') ? 'PRESENT_REF' : g(m, 'past') ? 'PAST_REF' : 'FUTURE_REF');
    },
    (m) => {
      const word = m[0].toLowerCase();
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (word === 'later') {
        // A sentence-opening "Later," moves a narrative on; it names no time.
        if (m[0] === 'Later') return false;
        // "days later", "later than", "later in the day", "later on Friday": another reading, or none.
        const before = m.input.slice(Math.max(0, m.index - 12), m.index);
        if (/(?:s|\d|year|month|week|day|hour|minute|decade|century|much|no|or|even|a|the|\w+er)\s+$/i.test(before)) return false;
        return /^\s*(?:[.,;:!?)"'”’]|$|(?:and|but|or|if|when|after|before)\b)/i.test(after);
      }
      if (word === 'current' && /^\s+(?:account|accounts|of|events|affairs)\b/i.test(after)) return false;
      // "the past three summers" is a stretch the reference word is only the start of.
      if (/past$/.test(word) && /^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple)/i.test(after)) return false;
      if (word === 'now' && /^\s+that\b/i.test(after) === false && /^-/.test(after)) return false;
      return true;
    },
  ),
  // Christmas · Thanksgiving Day · New Year's Day
  rule(
    'holiday',
    `(?<name>christmas(?:\\s+day|\\s+eve)?|new\\s+year'?s\\s+(?:day|eve)|thanksgiving(?:\\s+day)?|halloween|independence\\s+day|valentine'?s\\s+day|labor\\s+day|memorial\\s+day|boxing\\s+day|good\\s+friday|easter(?:\\s+(?:sunday|monday|day|week))?|election\\s+day|veterans'?\\s+day|remembrance\\s+day|armistice\\s+day|bastille\\s+day|canada\\s+day|australia\\s+day|st\\.?\\s+patrick'?s\\s+day|saint\\s+patrick'?s\\s+day|columbus\\s+day|presidents'?\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|black\\s+friday|cyber\\s+monday|guy\\s+fawkes\\s+night|bonfire\\s+night)(?:\\s+(?<y>${YEAR})|\\s+(?<hrel>last|next|this)\\s+year)?`,
    (m, env, start, end) => {
      const name = g(m, 'name')!.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '');
      const fixed: [string, number, number][] = [
        ['christmas eve', 12, 24], ['christmas', 12, 25], ['new years day', 1, 1], ['new years eve', 12, 31],
        ['halloween', 10, 31], ['independence day', 7, 4], ['valentines day', 2, 14], ['boxing day', 12, 26],
        ['veterans day', 11, 11], ['remembrance day', 11, 11], ['armistice day', 11, 11], ['bastille day', 7, 14],
        ['canada day', 7, 1], ['australia day', 1, 26], ['st patricks day', 3, 17], ['st. patricks day', 3, 17],
        ['saint patricks day', 3, 17], ['guy fawkes night', 11, 5], ['bonfire night', 11, 5],
      ];
      const nthWeekday = (y: number, month: number, wd: number, nth: number): Day => {
        if (nth > 0) {
          const first = { y, m: month, d: 1 };
          const offset = (wd - ((new Date(Date.UTC(y, month - 1, 1)).getUTCDay() + 6) % 7 + 1) + 7) % 7;
          return addDays(first, offset + 7 * (nth - 1));
        }
        const last = { y, m: month + 1 > 12 ? 1 : month + 1, d: 1 };
        const lastDay = addDays(month === 12 ? { y: y + 1, m: 1, d: 1 } : { ...last, y }, -1);
        const offset = ((((new Date(Date.UTC(lastDay.y, lastDay.m - 1, lastDay.d)).getUTCDay() + 6) % 7 + 1) - wd) + 7) % 7;
        return addDays(lastDay, -offset);
      };
      let at: (y: number) => Day;
      const hit = fixed.find(([key]) => name.startsWith(key));
      if (hit) at = (y) => ({ y, m: hit[1], d: hit[2] });
      else if (name.startsWith('thanksgiving')) at = (y) => nthWeekday(y, 11, 4, 4);
      else if (name.startsWith('easter') || name.startsWith('good')) {
        const shift = name === 'easter monday' ? 1 : name.startsWith('good') ? -2 : 0;
        at = (y) => addDays(easterSunday(y), shift);
      }
      else if (name.startsWith('labor')) at = (y) => nthWeekday(y, 9, 1, 1);
      // US: the Tuesday after the first Monday in November; the day after Thanksgiving and the Monday after it.
      else if (name.startsWith('election')) at = (y) => addDays(nthWeekday(y, 11, 1, 1), 1);
      else if (name.startsWith('black')) at = (y) => addDays(nthWeekday(y, 11, 4, 4), 1);
      else if (name.startsWith('cyber')) at = (y) => addDays(nthWeekday(y, 11, 4, 4), 4);
      else if (name.startsWith('columbus')) at = (y) => nthWeekday(y, 10, 1, 2);
      else if (name.startsWith('presidents')) at = (y) => nthWeekday(y, 2, 1, 3);
      else if (name.startsWith('martin')) at = (y) => nthWeekday(y, 1, 1, 3);
      else at = (y) => nthWeekday(y, 5, 1, -1);
      const week = name === 'easter week';
      const first = week ? (y: number) => addDays(at(y), -6) : at;
      // "at Easter last year": that year's holiday.
      const hrel = g(m, 'hrel')?.toLowerCase();
      let y = g(m, 'y') ? Number(g(m, 'y')) : hrel && env.anchor ? env.anchor.y + (hrel === 'last' ? -1 : hrel === 'next' ? 1 : 0) : env.anchor ? pickYear(env.anchor, env.tense(start, end), first, at) : null;
      if (y === null) return null;
      // A past tense that puts the holiday most of a year back loses to the same holiday in the
      // coming days ("warned of queues over the Easter weekend" three days before it), not to one
      // weeks ahead ("the parade was held on St. Patrick's Day" in February is last year's).
      if (!g(m, 'y') && !hrel && env.anchor) {
        const ahead = dayNumber(at(env.anchor.y)) - dayNumber(env.anchor);
        if (y < env.anchor.y && ahead >= 0 && ahead <= 10) y = env.anchor.y;
      }
      // Easter week: the ISO week that ends on Easter Sunday.
      return date(week ? formatWeek(at(y)) : formatDay(at(y)));
    },
    (m) => isCapitalized(m[0]),
  ),
];

