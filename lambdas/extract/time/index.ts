// Temporal expressions (TimeML TIMEX3): detection by the rule grammar in rules.ts, values resolved
// against the publication date. Pure and synchronous; no I/O.
import type { TextContext } from '../context.js';
import type { Timex } from '../types.js';
import { addDays, dayNumber, daysInMonth, formatDay, formatWeek, isValidDay, parseAnchor, weekday, type Day } from './calendar.js';
import { chronoDates } from './chrono-fallback.js';
import { isPartOfName } from './names.js';
import { RULES, type Env, type Meaning, type Reference, type Rule, type Scope } from './rules.js';
import { tenseMarkers, tenseNear, type TenseMarker } from './tense.js';

export { timexDateRange } from './date-range.js';
export { timexForSentence } from './sentence-timex.js';

interface Candidate {
  start: number;
  end: number;
  rule: number;
  match: RegExpExecArray;
}

// A sentence without any of these cannot hold a temporal expression: the rules skip it.
const TEMPORAL_CUE =
  /\d|tomorrow|tonight|yesterday|time|moment|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|quarter|decade|centur|hour|minute|second|now|current|recent|previous|formerly|lately|soon|future|past|present|ago|later|earlier|spring|summer|autumn|fall|winter|noon|midnight|midday|morning|afternoon|evening|half|fiscal|twent|thirt|fort|fift|sixt|sevent|eight|ninet|daily|annual|hourly|nightly|christmas|thanksgiving|halloween|independence|valentine|labor|memorial|term|long run|overnight|as soon as|a while/i;

const DATE_MODIFIER = /(?:\b(?:(?:earlier|later|early|late)\s+in|early|earlier|late|later|mid|the\s+(?:end|beginning|start|middle|rest|remainder|turn)\s+of(?:\s+the)?)[\s-]+|\bmid-)$/i;
// TimeML's mod values (APPROX, MORE_THAN, LESS_THAN, …) are part of the expression; "only" is not.
const AMOUNT_MODIFIER = /\b(?:about|nearly|almost|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|at\s+least|up\s+to|some|roughly|approximately|around|well\s+over|over|under|at\s+most)\s+$/i;
// "the third-quarter loss": the article belongs to the noun the adjective modifies.
const ADJECTIVAL_WITH_ARTICLE = /^the\s+(?=(?:fiscal[\s-]+)?\S+-(?:quarter|year|month|week|day|hour|minute|second)$)/i;

export interface TimexOptions {
  /** Ask chrono-node about explicit dates the grammar missed (default true). */
  chrono?: boolean;
}

/** Every temporal expression in the text, in text order, with TIMEX3 type and value. */
export function extractTimex(ctx: TextContext, options: TimexOptions = {}): Timex[] {
  const { text } = ctx;
  const anchor = parseAnchor(ctx.article.publishedAt);
  const segments = temporalSegments(ctx);

  const candidates: Candidate[] = [];
  for (const [from, to] of segments) {
    const segment = text.slice(from, to);
    RULES.forEach((rule: Rule, index) => {
      if (rule.gate && !rule.gate.test(segment)) return;
      rule.pattern.lastIndex = 0;
      for (const match of segment.matchAll(rule.pattern)) {
        // Rules look at surrounding text through match.input: give them the whole text.
        const absolute = Object.assign([...match], { index: from + match.index!, input: text, groups: match.groups }) as unknown as RegExpExecArray;
        if (rule.accept && !rule.accept(absolute)) continue;
        if (isPartOfName(text, absolute.index, absolute.index + match[0].length)) continue;
        candidates.push({ start: absolute.index, end: absolute.index + match[0].length, rule: index, match: absolute });
      }
    });
  }

  // Longest expression wins; among equals, the earlier rule.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(text.length);
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (occupied[i]) free = false;
    if (!free) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);

  // Explicit dates the grammar missed, from chrono, only in sentences that name a month near a number.
  const extra: Timex[] = [];
  for (const [from, to] of segments) {
    if (options.chrono === false || !hasUncoveredDateCue(text, from, to, occupied)) continue;
    for (const found of chronoDates(text, from, to, anchor)) {
      let free = true;
      for (let i = found.start; i < found.end && free; i++) if (occupied[i]) free = false;
      if (!free) continue;
      occupied.fill(1, found.start, found.end);
      extra.push({ start: found.start, end: found.end, text: text.slice(found.start, found.end), type: 'DATE', value: found.value });
    }
  }

  const markerCache = new Map<number, TenseMarker[]>();
  let lastQuarter: { y: number; q: number } | null = null;
  let lastQuarterAt = -1;
  let mainQuarter: { y: number; q: number } | null = null;
  const quarterCounts = new Map<string, number>();
  let reference: Reference | null = null;
  // Where the reference was named, and whether its value was written out or read off the anchor.
  let referenceAt = -1;
  let upcoming: Reference | null = null;
  let explicitReference: Reference | null = null;
  let explicitAt = -1;
  // The day the story opens on: the first day its first paragraph names.
  let storyDay: Day | null = null;
  let sceneYear: { y: number; at: number } | null = null;
  let storyDaySeen = false;
  const breaks = paragraphBreaks(text);
  const sameScope = (at: number, start: number, scope: Scope) => {
    if (at < 0) return false;
    if (scope === 'sentence') return segmentAround(segments, at)[0] === segmentAround(segments, start)[0];
    return paragraphOf(breaks, at) === paragraphOf(breaks, start);
  };
  const env: Env = {
    anchor,
    tense(start, end) {
      const [from, to] = segmentAround(segments, start);
      let markers = markerCache.get(from);
      if (!markers) markerCache.set(from, (markers = tenseMarkers(text, from, to)));
      return tenseNear(markers, start, end, { text, from });
    },
    lastQuarter: () => lastQuarter,
    reportQuarter: (start) => (sameScope(lastQuarterAt, start, 'sentence') ? lastQuarter : mainQuarter ?? lastQuarter),
    reference: () => reference,
    upcoming: () => upcoming,
    referenceIn: (start, scope) => (sameScope(referenceAt, start, scope) ? reference : null),
    explicitIn: (start, scope) => (sameScope(explicitAt, start, scope) ? explicitReference : null),
    sceneYear: (start) => (sceneYear && sameScope(sceneYear.at, start, 'sentence') ? sceneYear.y : null),
    quoteDay: (start) => (anchor && storyDay && quotedInThePast(text, breaks, start) ? storyDay : null),
  };

  // Without a publication date, an expression is read against two far-apart probe dates: what
  // differs depends on the anchor and is left unspecified ("last year" → XXXX, "Friday" → XXXX-XX-XX).
  const probes: Env[] = anchor ? [] : PROBE_ANCHORS.map((probe) => ({ ...env, anchor: probe }));
  const mean = (rule: Rule, c: Candidate): Meaning | null => {
    if (anchor) return rule.mean(c.match, env, c.start, c.end);
    const [a, b] = probes.map((probeEnv) => rule.mean(c.match, probeEnv, c.start, c.end));
    if (!a || !b || a.type !== b.type) return null;
    return a.value === b.value ? a : { type: a.type, value: unspecified(a.value, b.value) };
  };

  const out: Timex[] = [];
  for (const c of taken) {
    const rule = RULES[c.rule];
    const meaning = mean(rule, c);
    if (!meaning) continue;
    if (rule.name === 'quarter') {
      const q = /^(\d{4})-Q([1-4])$/.exec(meaning.value);
      if (q) {
        lastQuarter = { y: Number(q[1]), q: Number(q[2]) };
        lastQuarterAt = c.start;
        // The quarter a story reports on is the one near the publication date it names most, the
        // first on a tie: a quarter named in passing ("after a flat second quarter", "a fourth-quarter
        // charge", "in the third quarter of 1984") does not take its place.
        if (!anchor || Math.abs(lastQuarter.y - anchor.y) <= 1) {
          const count = (quarterCounts.get(q[0]) ?? 0) + 1;
          quarterCounts.set(q[0], count);
          if (!mainQuarter || count > (quarterCounts.get(`${mainQuarter.y}-Q${mainQuarter.q}`) ?? 0)) mainQuarter = lastQuarter;
        }
      }
    }
    // "the three months to September": that quarter, for "the previous quarter" and "that quarter".
    const quarterEnd = /^(\d{4})-(03|06|09|12)$/.exec(meaning.value);
    const previous = out[out.length - 1];
    if (quarterEnd && previous?.type === 'DURATION' && previous.value === 'P3M' && /^\s+(?:to|ended|ending)\s+$/i.test(text.slice(previous.end, c.start))) {
      lastQuarter = { y: Number(quarterEnd[1]), q: Number(quarterEnd[2]) / 3 };
      lastQuarterAt = c.start;
    }
    if (!storyDaySeen && paragraphOf(breaks, c.start) === 0) {
      const day = /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/.exec(meaning.value);
      if (day) {
        storyDaySeen = true;
        const d = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
        // Only a day of the past week: a quote told days later would say so.
        if (anchor && dayNumber(d) < dayNumber(anchor) && dayNumber(anchor) - dayNumber(d) <= 6) storyDay = d;
      }
    }
    // A season names its year for what follows ("Last summer, … on July 19").
    const named = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)|^(\d{4})(?=-(?:SP|SU|FA|WI)$)/.exec(meaning.value);
    // ("the summer of that year" takes its year from what follows.)
    if (named && !(named[4] && /^\s+of\b/i.test(text.slice(c.end, c.end + 4))) && !offTheScene(text, c.start, out[out.length - 1])) {
      const next: Reference = { y: Number(named[1] ?? named[4]), m: named[2] ? Number(named[2]) : undefined, d: named[3] ? Number(named[3]) : undefined };
      // "down on Wednesday, the second outage this month. Services returned at 15:40": a coarser
      // period that holds the day last named keeps the story on that day.
      if (!(reference?.d !== undefined && next.d === undefined && reference.y === next.y && (next.m === undefined || next.m === reference.m))) reference = next;
      referenceAt = c.start;
      // "Last summer, …", "In 2019, …": a year that opens its sentence sets the scene of all of it.
      const [sentenceStart] = segmentAround(segments, c.start);
      if (next.m === undefined && /^[\s"“'‘(]*(?:(?:in|during|by|early|late)\s+)?$/i.test(text.slice(sentenceStart, c.start)) && /^\s*,/.test(text.slice(c.end, c.end + 3))) sceneYear = { y: next.y, at: c.start };
      if (anchor && reference.d !== undefined && dayNumber({ y: reference.y, m: reference.m!, d: reference.d }) > dayNumber(anchor)) upcoming = reference;
      // A date written out ("March 3, 1998", "1998", "last March") can set the scene of a narrative;
      // one read off the publication date ("Friday", "yesterday", "two weeks ago") cannot.
      if (EXPLICIT_RULES.has(rule.name)) {
        explicitReference = { ...reference, yearWritten: /\d{4}|['’]\d\d/.test(c.match[0]), since: /\bsince\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)) };
        explicitAt = c.start;
      }
    }
    let start = c.start;
    const article = ADJECTIVAL_WITH_ARTICLE.exec(c.match[0]);
    if (article) start += article[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const modifier = meaning.type === 'DURATION' || rule.name === 'ago' || meaning.type === 'TIME'
      ? AMOUNT_MODIFIER.exec(before)
      : DATE_MODIFIER.exec(before) ?? (rule.name === 'year' || rule.name === 'decade' ? AMOUNT_MODIFIER.exec(before) : null);
    if (modifier && !(/^over/i.test(modifier[0]) && /^the\b/i.test(c.match[0]))) start -= modifier[0].length;
    if (out.length && out[out.length - 1].end > start) start = Math.max(start, out[out.length - 1].end, c.start);
    out.push({ start, end: c.end, text: text.slice(start, c.end), type: meaning.type, value: meaning.value });
  }
  alignRangeEnd(text, out);
  clockOnDay(text, out);
  weekdayPairs(text, out, anchor);
  partOfDayOf(text, out);
  samePeriodOf(text, out, segments);
  firstDayOf(text, out);
  joinPeriodOfYear(text, out);
  joinCompoundDuration(text, out);
  joinDayWeekend(text, out);
  if (extra.length) {
    out.push(...extra);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A date that does not set the scene for what follows: the day a report was made ("the union said
 * on Tuesday"), or the end of a stretch ("the six weeks to January 4", "the year ended March 31"). */
function offTheScene(text: string, start: number, previous: Timex | undefined): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/\b(?:said|says|told\s+\w+|announced|reported|added|confirmed)\s+(?:on\s+)?$/i.test(before)) return true;
  return !!previous && previous.type === 'DURATION' && /^\s+(?:to|ended|ending|through)\s+$/i.test(text.slice(previous.end, start));
}

// A past reporting verb right after a closing quote ('," he told reporters') or before an opening one
// ('He said: "').
const REPORTED_AFTER = /^[,.!?]?["”]\s*,?\s*(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?(?:said|told|added|insisted|declared|wrote|recalled|explained)\b(?:\s+(?:he|she|they|[A-Z][\w.'’-]*))?[^.!?"“”]*/;
const REPORTED_BEFORE = /\b(?:said|told\s+[\w\s]{1,30}?|added|insisted|declared|wrote)\s*[:,]\s*["“]$/;
const DAY_WORD = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Inside a quotation that the text reports in the past, with no day of its own named where it is
 * attributed ('"Today I can finally rest," he said outside the court'). */
function quotedInThePast(text: string, breaks: number[], at: number): boolean {
  const p = paragraphOf(breaks, at);
  const from = p === 0 ? 0 : breaks[p - 1];
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('“'), (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1);
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const to = p < breaks.length ? breaks[p] : text.length;
  const rest = text.slice(at, to);
  const close = rest.search(/["”]/);
  if (close < 0) return false;
  const after = REPORTED_AFTER.exec(rest.slice(close - (/[,.!?]/.test(rest[close - 1] ?? '') ? 1 : 0)));
  if (after) return !DAY_WORD.test(after[0]);
  const lead = REPORTED_BEFORE.exec(before.slice(Math.max(0, open - 60), open + 1));
  return !!lead && !DAY_WORD.test(lead[0]);
}

/** "opened at 6am on Boxing Day": a clock time followed by "on" and a day is that day's (the
 * time rule reads weekdays and month-days itself; this covers holidays and other days). */
function clockOnDay(text: string, out: Timex[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const time = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(?:Z|[+-]\d\d)?)$/.exec(out[i].value);
    const day = /^\d{4}-\d\d-\d\d$/.exec(out[i + 1].value);
    if (!time || !day || out[i].type !== 'TIME' || out[i + 1].type !== 'DATE' || !/^\s+on\s+$/i.test(text.slice(out[i].end, out[i + 1].start))) continue;
    out[i] = { ...out[i], value: day[0] + time[1] };
  }
}

/** "next week, on Tuesday and Wednesday": the second of two days to come joined by "and"/"or" is
 * not before the first (each was read alone, and a weekday that is the publication day can fall
 * back to it). */
function weekdayPairs(text: string, out: Timex[], anchor: Day | null): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = /^(\d{4})-(\d\d)-(\d\d)$/.exec(out[i].value);
    const b = /^(\d{4})-(\d\d)-(\d\d)$/.exec(out[i + 1].value);
    if (!a || !b || !WEEKDAY_NAME.test(out[i].text) || !WEEKDAY_NAME.test(out[i + 1].text) || !/^,?\s+(?:and|or)\s+$/i.test(text.slice(out[i].end, out[i + 1].start))) continue;
    const first = { y: Number(a[1]), m: Number(a[2]), d: Number(a[3]) };
    // Only days to come: a past list can run backwards ("statements made Friday and Thursday").
    if (!anchor || dayNumber(first) <= dayNumber(anchor)) continue;
    let second = { y: Number(b[1]), m: Number(b[2]), d: Number(b[3]) };
    while (dayNumber(second) < dayNumber(first)) second = addDays(second, 7);
    out[i + 1] = { ...out[i + 1], value: formatDay(second) };
  }
}

const WEEKDAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** "by the evening of May 5": a part of day followed by "of" and a day is that day's (the date stays
 * an expression of its own, as TimeBank tags it). */
function partOfDayOf(text: string, out: Timex[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const part = /^\d{4}-\d\d-\d\d(T(?:MO|AF|EV|NI))$/.exec(out[i].value);
    const day = /^\d{4}-\d\d-\d\d$/.exec(out[i + 1].value);
    if (!part || !day || out[i].type !== 'TIME' || out[i + 1].type !== 'DATE' || !/^the\s+(?:morning|afternoon|evening|night)$/i.test(out[i].text) || !/^\s+of\s+$/i.test(text.slice(out[i].end, out[i + 1].start))) continue;
    out[i] = { ...out[i], value: day[0] + part[1] };
  }
}

/** "averaged 2.5% over the first half of the year, against 3.4% in the same period of 2024": the
 * period last named in the sentence, in that year. */
function samePeriodOf(text: string, out: Timex[], segments: [number, number][]): void {
  for (let i = 1; i < out.length; i++) {
    const year = /^\d{4}$/.exec(out[i].value);
    const lead = year && out[i].type === 'DATE' ? /\bthe\s+same\s+(?:period|half|quarter|month|season)\s+(?:of\s+|in\s+)?$/i.exec(text.slice(Math.max(0, out[i].start - 32), out[i].start)) : null;
    if (!lead || !year) continue;
    const [from] = segmentAround(segments, out[i].start);
    let j = i - 1;
    while (j >= 0 && out[j].start >= from && !/^\d{4}-(?:H[12]|Q[1-4]|\d\d|SP|SU|FA|WI)$/.test(out[j].value)) j--;
    if (j < 0 || out[j].start < from) continue;
    const start = out[i].start - lead[0].length + lead[0].search(/the/i);
    const joined: Timex = { start, end: out[i].end, text: text.slice(start, out[i].end), type: 'DATE', value: year[0] + out[j].value.slice(4) };
    // "the same month" read on its own (the month just named) joins its year: one expression.
    if (out[i - 1].end > start) {
      if (i - 1 === j) joined.value = year[0] + out[i - 1].value.slice(4);
      out.splice(i - 1, 2, { ...joined, start: Math.min(start, out[i - 1].start), text: text.slice(Math.min(start, out[i - 1].start), out[i].end) });
      i--;
    } else out[i] = joined;
  }
}

/** "the first day of 2025", "the last day of March": that day, one expression. */
function firstDayOf(text: string, out: Timex[]): void {
  for (let i = 0; i < out.length; i++) {
    const period = /^(\d{4})(?:-(\d\d))?$/.exec(out[i].value);
    const lead = period && out[i].type === 'DATE' ? /\bthe\s+(first|last)\s+day\s+of\s+$/i.exec(text.slice(Math.max(0, out[i].start - 24), out[i].start)) : null;
    if (!period || !lead || (i > 0 && out[i - 1].end > out[i].start - lead[0].length)) continue;
    const y = Number(period[1]);
    const first = lead[1].toLowerCase() === 'first';
    const m = period[2] ? Number(period[2]) : first ? 1 : 12;
    const d = first ? 1 : daysInMonth(y, m);
    const start = out[i].start - lead[0].length;
    out[i] = { start, end: out[i].end, text: text.slice(start, out[i].end), type: 'DATE', value: formatDay({ y, m, d }) };
  }
}

/** "from July 18 to July 20", "between Dec. 28 and Jan. 3": the end of a range of days written
 * without a year follows the start (into the next year when it is earlier in the calendar). */
function alignRangeEnd(text: string, out: Timex[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = /^(\d{4})-(\d\d)-(\d\d)$/.exec(out[i].value);
    const b = /^(\d{4})-(\d\d)-(\d\d)$/.exec(out[i + 1].value);
    if (!a || !b || out[i].type !== 'DATE' || out[i + 1].type !== 'DATE' || /\d{4}/.test(out[i + 1].text)) continue;
    const between = text.slice(out[i].end, out[i + 1].start);
    const opener = /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, out[i].start - 9), out[i].start));
    if (!(opener && /^\s+(?:to|until|till|through|and)\s+$/i.test(between)) && !/^\s*[-–—]\s*$/.test(between)) continue;
    const y = Number(a[1]) + (b[2] + b[3] < a[2] + a[3] ? 1 : 0);
    const value = `${String(y).padStart(4, '0')}-${b[2]}-${b[3]}`;
    if (isValidDay(y, Number(b[2]), Number(b[3]))) out[i + 1] = { ...out[i + 1], value };
  }
}

/** "the summer of '69", "the winter of nineteen ninety-four", "the last half of the '80s": a season
 * or half followed by "of" and a year the season and half rules do not read (abbreviated, spelled,
 * a decade) is one expression, of that year (a half of a decade is the decade: TimeML has no code). */
function joinPeriodOfYear(text: string, out: Timex[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const period = /^\d{4}-(SP|SU|FA|WI|H[12])$/.exec(out[i].value);
    const year = out[i + 1].value;
    if (!period || out[i].type !== 'DATE' || out[i + 1].type !== 'DATE' || !/^\s+of\s+$/.test(text.slice(out[i].end, out[i + 1].start))) continue;
    let value: string;
    if (/^\d{4}$/.test(year)) value = `${year}-${period[1]}`;
    else if (/^\d{3}$/.test(year) && period[1][0] === 'H') value = year;
    else continue;
    out.splice(i, 2, { start: out[i].start, end: out[i + 1].end, text: text.slice(out[i].start, out[i + 1].end), type: 'DATE', value });
  }
}

/** "the Easter weekend", "the Labor Day weekend", "the July 4 weekend": the weekend of that day's
 * week (a Monday holiday closes the weekend before it). */
function joinDayWeekend(text: string, out: Timex[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t.value);
    if (t.type !== 'DATE' || !day || !/^\s+weekend\b/i.test(text.slice(t.end, t.end + 9)) || !/\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    if (out[i + 1] && out[i + 1].start < t.end + 8) continue;
    const d = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
    const start = t.start - /\bthe\s+$/i.exec(text.slice(Math.max(0, t.start - 4), t.start))![0].length;
    const end = t.end + /^\s+weekend/i.exec(text.slice(t.end))![0].length;
    const value = formatWeek(weekday(d) === 1 ? addDays(d, -2) : d) + '-WE';
    out[i] = { start, end, text: text.slice(start, end), type: 'DATE', value };
  }
}

const DURATION_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];

/** The components of a plain numeric duration ("P2Y" → [["Y", "2"]], "PT20M" → [["TM", "20"]]). */
function durationParts(value: string): [string, string][] | null {
  const m = /^P(?:(\d+)([YMWD]))?(?:T(\d+)([HMS]))?$/.exec(value);
  if (!m || (!m[1] && !m[3])) return null;
  const parts: [string, string][] = [];
  if (m[1]) parts.push([m[2], m[1]]);
  if (m[3]) parts.push([`T${m[4]}`, m[3]]);
  return parts;
}

/** "four hours and 20 minutes", "two years and three months": one length of time, larger unit first. */
function joinCompoundDuration(text: string, out: Timex[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type !== 'DURATION' || b.type !== 'DURATION' || !/^,?\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    // "the past decade and the past two months" are two stretches; a compound is two bare counts.
    if (!/^[\w-]+\s+[a-z]+$/i.test(a.text) || !/^[\w-]+\s+[a-z]+$/i.test(b.text) || /^the\b/i.test(a.text) || /^the\b/i.test(b.text)) continue;
    // "between two hours and 30 minutes" is a range of two lengths.
    if (/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    const first = durationParts(a.value);
    const second = durationParts(b.value);
    if (!first || !second || first.length !== 1 || second.length !== 1) continue;
    if (DURATION_ORDER.indexOf(first[0][0]) >= DURATION_ORDER.indexOf(second[0][0])) continue;
    const parts = [...first, ...second];
    const datePart = parts.filter(([u]) => !u.startsWith('T')).map(([u, n]) => n + u).join('');
    const timePart = parts.filter(([u]) => u.startsWith('T')).map(([u, n]) => n + u.slice(1)).join('');
    const value = `P${datePart}${timePart ? `T${timePart}` : ''}`;
    out.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'DURATION', value });
  }
}

const EXPLICIT_RULES = new Set(['iso-date', 'numeric-date', 'day-month-year', 'month-day-year', 'range-end-day', 'range-start-day', 'month-year', 'month', 'fiscal-year', 'the-year', 'year', 'spelled-year', 'holiday', 'abbreviated-year']);

/** Offsets where a paragraph starts: after a blank line or a newline followed by an indent. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\n\s*|\n[ \t]+/g)) out.push(m.index! + m[0].length);
  return out;
}

function paragraphOf(breaks: number[], at: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MONTH_AND_NUMBER = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?[\s,-]+(?:the\s+)?\d|\d(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;

/** A month name next to a number that no rule has claimed: the only place chrono can add something. */
function hasUncoveredDateCue(text: string, from: number, to: number, occupied: Uint8Array): boolean {
  for (const m of text.slice(from, to).matchAll(MONTH_AND_NUMBER)) {
    const start = from + m.index!;
    for (let i = start; i < start + m[0].length; i++) if (!occupied[i]) return true;
  }
  return false;
}

const PROBE_ANCHORS = [
  { y: 1937, m: 5, d: 18 },
  { y: 2082, m: 10, d: 26 },
];

/** A value with every anchor-dependent field as X ("2-Q3" parts that agree are kept):
 * 1937 vs 2082 → XXXX, 1937-W20 vs 2082-W43 → XXXX-WXX, 1937-Q3 vs 2082-Q3 → XXXX-Q3. */
function unspecified(a: string, b: string): string {
  const partsA = a.split(/(\d+)/);
  const partsB = b.split(/(\d+)/);
  const sameShape = partsA.length === partsB.length && partsA.every((p, i) => i % 2 === 1 || p === partsB[i]);
  if (!sameShape) return a.replace(/\d/g, 'X');
  return partsA.map((p, i) => (i % 2 === 1 && p !== partsB[i] ? p.replace(/\d/g, 'X') : p)).join('');
}

/** Sentence spans that contain a temporal cue (the whole text when no sentences were given). */
function temporalSegments(ctx: TextContext): [number, number][] {
  const spans: [number, number][] = ctx.sentences.length ? ctx.sentences.map((s) => [s.start, s.end]) : [[0, ctx.text.length]];
  return spans.filter(([from, to]) => TEMPORAL_CUE.test(ctx.text.slice(from, to)));
}

function segmentAround(segments: [number, number][], at: number): [number, number] {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid][1] <= at) lo = mid + 1;
    else if (segments[mid][0] > at) hi = mid - 1;
    else return segments[mid];
  }
  return [Math.max(0, at - 200), at + 200];
}
