// MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL figures with their normalized value, unit or
// counted noun, currency and hedges. One regular-expression pass over the text, then a few
// anchored look-arounds per figure: linear in the text length.
import type { TextContext } from '../context.js';
import type { Quantity, QuantityKind } from '../types.js';
import { DOLLAR_QUALIFIERS, PREFIX_CURRENCY, SUBUNIT, SUFFIX_CURRENCY } from './money.js';
import { clean, parseNumberWord, parseOrdinal, SCALES } from './numbers.js';
import { MEASURE_UNITS, MONTHS, TIME_UNITS, UNIT_STOP } from './units.js';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred';
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/$£€¥-])` +
    String.raw`(?:(?<cur>US\$|C\$|A\$|HK\$|NZ\$|R\$|[$£€¥₽₹₩₺]|(?:USD|EUR|GBP|JPY|CHF|RUB|CNY|CAD|AUD|INR)(?=\s?\d))\s?)?` +
    String.raw`(?:(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<glued>bn|mln|mn|m|k|b|tn|trn|bln)?(?![\p{L}\p{N}])` +
    String.raw`|(?<word>(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\p{L}\p{N}-])` +
    String.raw`|(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|\d+(?:st|nd|rd|th))(?![\p{L}\p{N}]))`,
  'giu',
);
const SCALE_AFTER = /\s+(million|millions|billion|billions|trillion|thousand|hundred|mln|bln|bn|mn|tn)\b/iy;
const PERCENT_AFTER = /\s?(%|percent\b|per cent\b|pct\b|percentage points?\b)/iy;
const WORD_AFTER = /\s*([\p{L}][\p{L}\p{N}'’+.-]*|[^\s])/uy;
const HEDGE_BEFORE = /(?:^|[^\p{L}])(almost|nearly|about|around|approximately|roughly|some|more than|over|less than|under|up to|at least|close to|just over|just under|an estimated|fewer than|as many as|as much as|as few as|upwards of|approx\.|circa|around|well over|nearly|only|just)\s+$/iu;
const EXACT_HEDGES = new Set(['only', 'just']);
const IRREGULAR_PLURALS = new Set(['women', 'men', 'people', 'children', 'police', 'staff', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'personnel', 'troops', 'data']);

/** The next word after `at` (a trailing full stop is punctuation unless the word is an abbreviation like "p.m."). */
function wordAt(text: string, at: number): { word: string; end: number } | undefined {
  WORD_AFTER.lastIndex = at;
  const m = WORD_AFTER.exec(text);
  if (!m) return undefined;
  let word = m[1];
  let end = WORD_AFTER.lastIndex;
  if (word.length > 1 && word.endsWith('.') && !word.slice(0, -1).includes('.')) { word = word.slice(0, -1); end--; }
  return { word, end };
}

function previousWord(text: string, at: number): string {
  const m = /([\p{L}\p{N}.]+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1] : '';
}

export function extractQuantities(ctx: TextContext): Quantity[] {
  const text = ctx.text;
  const out: Quantity[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    if (g.ord) {
      const value = parseOrdinal(g.ord);
      if (value === undefined) continue;
      if (isDatePart(text, start, end, value)) continue;
      out.push({ start, end, text: text.slice(start, end), kind: 'ORDINAL', value, unit: null });
      continue;
    }
    let value: number;
    let scaled = false;
    if (g.num) {
      value = Number(g.num.replace(/,/g, ''));
      if (g.glued) {
        const scale = SCALES[g.glued.toLowerCase()];
        // A bare "m"/"b"/"k" is a scale only after a currency ("£600m"); "5m" alone may be metres.
        if (g.glued.length === 1 && !g.cur) continue;
        value *= scale;
        scaled = true;
      }
    } else {
      const word = g.word!.toLowerCase();
      const parsed = parseNumberWord(word);
      if (parsed === undefined) continue;
      value = parsed;
      if (word === 'one' && (!countsSomething(text, end) || /^(no|any|every|some|the|this|that|which|each)$/i.test(previousWord(text, start)))) continue;
      if (word === 'hundred' || word === 'dozen') {
        if (!/\ba\s+$/i.test(text.slice(Math.max(0, start - 3), start))) continue;
      }
    }
    SCALE_AFTER.lastIndex = end;
    const scale = SCALE_AFTER.exec(text);
    if (scale) {
      value *= SCALES[scale[1].toLowerCase()];
      scaled = true;
      end = SCALE_AFTER.lastIndex;
    }
    let kind: QuantityKind = 'CARDINAL';
    let currency = g.cur ? PREFIX_CURRENCY[g.cur.toLowerCase()] : undefined;
    PERCENT_AFTER.lastIndex = end;
    const percent = !currency ? PERCENT_AFTER.exec(text) : null;
    if (percent) {
      kind = 'PERCENT';
      end = PERCENT_AFTER.lastIndex;
    }
    if (!percent && !currency) {
      const next = wordAt(text, end);
      const suffix = next && SUFFIX_CURRENCY[next.word.toLowerCase()];
      if (suffix && !(next!.word.toLowerCase() === 'won' && !scaled) && !(next!.word === 'p')) {
        currency = suffix;
        value *= SUBUNIT[next!.word.toLowerCase()] ?? 1;
        end = next!.end;
      } else if (next) {
        // "20 Canadian dollars", "5 Hong Kong dollars".
        const qualified = /^\s+((?:new zealand|hong kong|[a-z]+))\s+dollars?\b/i.exec(text.slice(end, end + 30));
        const code = qualified && DOLLAR_QUALIFIERS[qualified[1].toLowerCase()];
        if (code) { currency = code; end += qualified![0].length; }
      }
    }
    if (currency) kind = 'MONEY';
    if (kind === 'CARDINAL' && g.num && isDatePart(text, start, end, value)) continue;
    // "Radio 4", "FTSE 100", "Boeing 747": a number right after a name inside a sentence is part of the name.
    if (kind === 'CARDINAL' && g.num && !scaled && /(?<![.!?:]\s*)(?<=[\p{L}\p{N}]\s)\p{Lu}[\p{L}'’-]*\s$/u.test(text.slice(Math.max(0, start - 40), start)) && !MONTHS.test(previousWord(text, start))) continue;
    if (kind === 'CARDINAL' && g.num && !scaled && isYear(g.num, text, end)) continue;
    const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    const approximate = !!hedge && !EXACT_HEDGES.has(hedge[1].toLowerCase());
    const spanStart = approximate ? start - hedge![0].length + hedge![0].indexOf(hedge![1]) : start;
    let unit: string | null = null;
    if (kind === 'PERCENT') unit = '%';
    else if (kind === 'MONEY') unit = currency!;
    else {
      const next = wordAt(text, end);
      if (next && TIME_UNITS.has(next.word.toLowerCase())) continue;
      const counted = countedNoun(text, end);
      if (counted && TIME_UNITS.has(counted.head)) continue;
      if (counted) {
        unit = counted.noun;
        if (MEASURE_UNITS.has(counted.head) || MEASURE_UNITS.has(counted.noun.split(' ')[0])) kind = 'QUANTITY';
      }
    }
    if (kind === 'CARDINAL' && g.num && /^[-–]\s?(year|month|week|day|hour|minute)/i.test(text.slice(end, end + 8))) continue;
    out.push({
      start: spanStart, end, text: text.slice(spanStart, end), kind, value: clean(value), unit,
      ...(currency ? { currency } : {}), ...(approximate ? { approximate: true } : {}),
    });
  }
  shareUnitsInRanges(text, out);
  return out;
}

const RANGE_GAP = /^\s*(?:to|and|or|-|–|—|,|, and|, or)\s*$/;
const SCALE_WORD = /\b(million|billion|trillion|thousand|mln|bln|bn|mn|tn)\b|\d(bn|m|k)\b/i;

/**
 * "1,750 to 1,780 dlrs", "35 and 45 dlrs", "1 to 2 billion euros": the last figure of a range or
 * list carries the currency, unit and scale of all of them. Right to left, so lists pass it on.
 */
function shareUnitsInRanges(text: string, quantities: Quantity[]): void {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const q = quantities[i];
    const next = quantities[i + 1];
    if (q.kind !== 'CARDINAL' || q.unit !== null || next.kind === 'ORDINAL' || next.kind === 'CARDINAL' && next.unit === null) continue;
    if (!RANGE_GAP.test(text.slice(q.end, next.start))) continue;
    q.kind = next.kind;
    q.unit = next.unit;
    if (next.currency) q.currency = next.currency;
    const scale = SCALE_WORD.exec(next.text);
    if (scale && !SCALE_WORD.test(q.text) && q.value !== null && q.value < 1000) {
      const word = (scale[1] ?? scale[2]).toLowerCase();
      q.value = clean(q.value * (SCALES[word] ?? 1));
    }
  }
}

/** "January 20", "20 January", "17th of February", "Feb. 1", ISO dates and clock times. */
function isDatePart(text: string, start: number, end: number, value: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (/[-/]\d/.test(after.slice(0, 2)) || /\d[-/]$/.test(before) || /^:\d/.test(after) || /\d:$/.test(before)) return true;
  if (/^\s?(a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return true;
  if (value >= 1 && value <= 31 && Number.isInteger(value)) {
    const prev = previousWord(text, start);
    if (MONTHS.test(prev) && !/,\s*$/.test(before)) return true;
    const next = /^\s*(?:of\s+)?([A-Za-z]+\.?)/.exec(after);
    if (next && MONTHS.test(next[1]) && next[1] !== 'may' && next[1] !== 'march') return true;
  }
  return false;
}

/** A bare 4-digit 1800–2100 is a year in news ("2003 results", "the 2001 attacks") unless a unit of measure follows. */
function isYear(num: string, text: string, end: number): boolean {
  if (!/^\d{4}$/.test(num)) return false;
  const year = Number(num);
  if (year < 1800 || year > 2100) return false;
  const counted = countedNoun(text, end);
  return !counted || !MEASURE_UNITS.has(counted.head);
}

function countsSomething(text: string, end: number): boolean {
  const next = wordAt(text, end);
  return !!next && /^\p{Ll}/u.test(next.word) && !UNIT_STOP.has(next.word.toLowerCase()) && !/^(another|way|thing|day|time)$/.test(next.word);
}

/**
 * The noun phrase a figure counts: "7.2 million of Sputnik V vaccine doses" → "vaccine doses",
 * "20 cooperation agreements between…" → "cooperation agreements". Proper-name modifiers
 * ("Sputnik V") name the thing but are not its unit.
 */
function countedNoun(text: string, end: number): { noun: string; head: string } | undefined {
  let at = end;
  let next = wordAt(text, at);
  if (next && next.word.toLowerCase() === 'of') {
    at = next.end;
    next = wordAt(text, at);
  }
  const words: string[] = [];
  let sawLower = false;
  for (let hops = 0; next && hops < 8; hops++) {
    const w = next.word.replace(/[.’']+$/, '');
    const lower = w.toLowerCase();
    if (!/^\p{L}/u.test(w)) break;
    if (/^\p{Lu}/u.test(w)) {
      if (sawLower) break;
      // A capitalised plural is the counted thing itself: "83 MPs", "300 NGOs".
      if (/^\p{Lu}+s$/u.test(w)) { words.push(w); break; }
    } else {
      if (UNIT_STOP.has(lower) || /ly$/.test(lower)) break;
      words.push(w);
      sawLower = true;
      // A plural ends the phrase ("doses arrived"); so does punctuation glued to the word.
      if (words.length === 3 || /[^s]s$/.test(lower) || IRREGULAR_PLURALS.has(lower) || w !== next.word) break;
    }
    at = next.end;
    next = wordAt(text, at);
  }
  if (!words.length) return undefined;
  return { noun: words.join(' '), head: words[words.length - 1].toLowerCase() };
}
