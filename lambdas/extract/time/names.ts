// Newspapers, programmes and titles named with a time word are no time: "USA Today", "the BBC's
// Today programme", "ABC's This Week", "the Sunday Times", "the Mail on Sunday", "High Noon"; a
// year that ends a name introduced as one ("a joint venture called Orion 1980", "a plan dubbed Vision 2030").

// A capitalized deictic word in the middle of a sentence, after a capitalized word or a possessive.
const DEICTIC_TITLE = /^(?:Today|Tonight|Tomorrow|This\s+(?:Week|Morning|Evening)|Noon|Midnight)$/;
const NAME_BEFORE = /(?:\b[A-Z][\w.-]*|['’]s|\bhigh)\s+$/;
// What follows a name in running text: a lower-case word or punctuation on the same line (a
// title-case headline, "Shares Fall Today", ends at its line and keeps its time).
const RUNNING_TEXT_AFTER = /^[ \t]*[a-z,.;:!?)"”’']/;
const PROGRAMME_AFTER = /^\s+(?:programme|program|show|newspaper|broadcast)\b/;
// "the Sunday Times", "the Sunday Telegraph"; "the Mail on Sunday", "the Independent on Sunday".
const WEEKDAY_PAPER_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|People|Independent|Tribune|Mail|Star|Sport|Observer|Journal)\b/;
const PAPER_ON_BEFORE = /\b(?:Mail|Independent|Scotland|Wales)\s+on\s+$/;
const YEAR_NAME_BEFORE = /\b(?:called|named|dubbed|titled|entitled|branded|known\s+as)\s+["“']?(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,3}$/;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Whether text[start, end) is the time word of a newspaper's or a programme's name. */
export function isPartOfName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/^\d{4}$/.test(word)) return YEAR_NAME_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  if (WEEKDAY.test(word)) return WEEKDAY_PAPER_AFTER.test(after) || PAPER_ON_BEFORE.test(before);
  if (/^noon$/i.test(word) && /\bhigh\s+$/i.test(before)) return true;
  if (!DEICTIC_TITLE.test(word)) return false;
  if (PROGRAMME_AFTER.test(after)) return true;
  // Sentence-initial "Today," is the day: the word before must be on the same line and not end a sentence.
  return NAME_BEFORE.test(before) && !/[.!?]["”’']?\s+$|\n\s*$/.test(before) && RUNNING_TEXT_AFTER.test(after);
}
