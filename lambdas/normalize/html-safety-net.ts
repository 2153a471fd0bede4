// A safety net against newsfacts' own cleaning taking story text for furniture (a timeline or a
// live chat for a comment thread, a list for a summary, results lines for labels). Readability
// also reads the page with only the furniture that is certain taken out (dialogs, consent,
// navigation, forms, ad slots, classed comment sections, captions); where its content element
// holds a substantial run of prose that newsfacts dropped inside the story's region (between kept
// paragraphs, or right after the last one), that run is put back in document order; where
// newsfacts kept only a small part of Readability's prose, Readability's text is taken instead.
// Gold-free: it compares two readings of the same page, nothing else.
import { parsePublishedAt } from './dates.js';
import { countWords, isNavigationParagraph, linkDensity, type TextBlock } from './markup.js';

/** A dropped run goes back only when it holds at least this many words of prose. */
const RUN_MIN_PROSE_WORDS = 30;
/**
 * A trailing run (after newsfacts' last paragraph) needs more: this many prose blocks and words (a
 * lone paragraph there is a bio or a note; a paper's footer is two short sentences).
 */
const TRAILING_MIN_PROSE_BLOCKS = 2;
const TRAILING_MIN_PROSE_WORDS = 60;
/** Blocks with more link text than this share are navigation or teasers, never restored. */
const MAX_LINK_DENSITY = 0.3;
/** A prose block: this many words, ending in a sentence's punctuation. */
const PROSE_MIN_WORDS = 8;
/** When newsfacts' text holds less than this share of Readability's prose words, Readability's text is taken. */
const SMALL_FRACTION = 0.5;
/** Readability's prose must be at least this long for the fraction rule: short pages are left to the fallbacks. */
const FRACTION_MIN_WORDS = 80;
/**
 * Readings of more blocks are left alone: matching is blocks × text, and no story runs to this
 * many paragraphs (a hostile page of thousands of short blocks would pay for nothing).
 */
const MAX_BLOCKS = 1_500;

const ENDS_SENTENCE = /[.!?…]["”’»)]*$/;
/** Certain boilerplate as a line: consent, sharing and comment prompts, the heading of a comment or related section. */
const BOILERPLATE = /\b(?:cookies?|consent|privacy policy|terms of (?:use|service)|all rights reserved|sign up|subscribe|newsletter|log ?in|share (?:this|on)|leave a (?:comment|reply)|post a comment|comments? \(\d+\)|\d+ comments?|related (?:stories|articles|content)|read more|more from|recommended|most (?:read|popular))\b/i;
/** The heading of a section that is not the story: a run after the story stops there. */
const SECTION_END = /^(?:comments?|reader comments|\d+ comments?|leave a (?:comment|reply)|responses?|replies|related(?: \w+)?|more (?:stories|news|from \w+)|read (?:more|next)|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular)|about the author|share(?: this)?(?: story| article)?|tags?)\s*:?$/i;

const keyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Words of each block, counted once (pages of 100 KB of text run to hundreds of blocks). */
const wordsOf = new WeakMap<TextBlock, number>();
const words = (block: TextBlock) => {
  let n = wordsOf.get(block);
  if (n === undefined) wordsOf.set(block, (n = countWords(block.text)));
  return n;
};

function isCandidate(block: TextBlock): boolean {
  if (linkDensity(block) > MAX_LINK_DENSITY || (block.linkText && isNavigationParagraph(block.text, block.linkText))) return false;
  if (block.text.length < 200 && BOILERPLATE.test(block.text)) return false;
  return words(block) >= 2;
}

/** A label line: few words, no sentence's end (a heading, a section's title, a name or a date stamp). */
const LABEL_MAX_WORDS = 10;

/**
 * Where another section of the page begins in Readability's reading: a linked headline (a teaser),
 * the heading of comments or related stories, or a label line (a section's title, the next story's
 * headline, a commenter's name or stamp), unless labels are a list's items.
 */
function isBreak(block: TextBlock, itemsAllowed: boolean): boolean {
  const count = words(block);
  if (count >= 3 && linkDensity(block) > 0.5) return true;
  if (SECTION_END.test(block.text)) return true;
  // A stamp: a short line with a date or a clock time ("#1 Posted by reader3 on March 3, 2010 at 8:10 p.m.").
  if (block.text.length <= STAMP_MAX_CHARS && (CLOCK.test(block.text) || parsePublishedAt(block.text) !== null)) return true;
  return !itemsAllowed && count < LABEL_MAX_WORDS && !ENDS_SENTENCE.test(block.text);
}

const STAMP_MAX_CHARS = 80;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/;

const isProse = (block: TextBlock) => words(block) >= PROSE_MIN_WORDS && ENDS_SENTENCE.test(block.text) && isCandidate(block);

/** Words in the prose blocks among these: what the net could put back (it restores nothing shorter than RUN_MIN_PROSE_WORDS). */
export function proseWords(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => (isProse(block) ? sum + words(block) : sum), 0);
}

/** The net puts back no run of fewer prose words than this: a page whose rules took less prose needs no second reading. */
export const NET_MIN_PROSE_WORDS = RUN_MIN_PROSE_WORDS;

/**
 * newsfacts' body with the prose Readability kept and newsfacts dropped put back, or Readability's
 * text when newsfacts kept a small part of it. `reference` is Readability's content element as
 * blocks. The result is paragraphs of the page's own text, joined by "\n\n" as the body is.
 */
export function restoreDroppedProse(body: string, reference: readonly TextBlock[]): { body: string; changed: 'restored' | 'readability' | null } {
  if (reference.length === 0 || reference.length > MAX_BLOCKS) return { body, changed: null };
  const paragraphs = body ? body.split('\n\n') : [];
  const paragraphWords = paragraphs.map(countWords);
  const bodyWords = paragraphWords.reduce((a, b) => a + b, 0);
  // The story in Readability's reading: its blocks up to the first break after the first sentence.
  const firstProse = reference.findIndex(isProse);
  if (firstProse < 0) return { body, changed: null };
  let storyEnd = firstProse + 1;
  while (storyEnd < reference.length && !isBreak(reference[storyEnd], false)) storyEnd++;
  const story = reference.slice(0, storyEnd);
  const proseWords = story.filter(isProse).reduce((sum, b) => sum + words(b), 0);
  // Only where both readings found the same story: most of newsfacts' words are in Readability's.
  const referenceKeys = reference.map((b) => keyOf(b.text));
  const keys = paragraphs.map(keyOf);
  const storyKeySet = new Set(referenceKeys.slice(0, storyEnd));
  let storyKeys: string | null = null;
  const inStory = (key: string) => {
    if (!key) return false;
    if (storyKeySet.has(key)) return true;
    storyKeys ??= referenceKeys.slice(0, storyEnd).join('|');
    return storyKeys.includes(key);
  };
  // The shared words are counted only when the first two tests pass (substring searches over the story's text).
  const sharedWords = () => paragraphWords.reduce((sum, n, i) => (inStory(keys[i]) ? sum + n : sum), 0);
  if (proseWords >= FRACTION_MIN_WORDS && bodyWords < proseWords * SMALL_FRACTION && sharedWords() * 2 >= bodyWords) {
    return { body: story.filter((b) => isCandidate(b) || (b.heading && !SECTION_END.test(b.text))).map((b) => b.text).join('\n\n'), changed: 'readability' };
  }
  if (paragraphs.length === 0 || paragraphs.length > MAX_BLOCKS) return { body, changed: null };

  // Which of Readability's blocks newsfacts kept, and after which of its paragraphs each sits.
  const exact = new Map<string, number>(keys.map((k, i) => [k, i]));
  const joined = keys.join('|');
  const starts: number[] = [];
  let at = 0;
  for (const k of keys) {
    starts.push(at);
    at += k.length + 1;
  }
  const paragraphAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const keptAt: (number | null)[] = referenceKeys.map((key) => {
    if (!key) return null;
    const hit = exact.get(key);
    if (hit !== undefined) return hit;
    if (key.length < 30) return null;
    const offset = joined.indexOf(key);
    return offset >= 0 ? paragraphAt(offset) : null;
  });
  const first = keptAt.findIndex((k) => k !== null);
  if (first < 0) return { body, changed: null };

  // Runs of dropped blocks after the first kept one: [start, end) and the paragraph they follow.
  const inserts: { after: number; texts: string[] }[] = [];
  let lastKept = keptAt[first] as number;
  for (let i = first + 1; i < reference.length; ) {
    if (keptAt[i] !== null) {
      lastKept = Math.max(lastKept, keptAt[i] as number);
      i++;
      continue;
    }
    let end = i;
    while (end < reference.length && keptAt[end] === null) end++;
    const trailing = end === reference.length;
    let run = reference.slice(i, end);
    if (trailing) {
      // After the story's last kept paragraph, the run ends where another section begins; a list's
      // short items may follow a paragraph that introduces them.
      const introduces = paragraphs[lastKept].endsWith(':');
      const stop = run.findIndex((b) => isBreak(b, introduces));
      if (stop >= 0) run = run.slice(0, stop);
    }
    const prose = run.filter(isProse);
    const proseRunWords = prose.reduce((sum, b) => sum + words(b), 0);
    if (trailing ? proseRunWords >= TRAILING_MIN_PROSE_WORDS && prose.length >= TRAILING_MIN_PROSE_BLOCKS : proseRunWords >= RUN_MIN_PROSE_WORDS) {
      inserts.push({ after: lastKept, texts: run.filter(isCandidate).map((b) => b.text) });
    }
    i = end;
  }
  if (inserts.length === 0) return { body, changed: null };
  const out = [...paragraphs];
  // In reverse: `after` never decreases along the page, so later runs go in first and earlier ones before them.
  for (const insert of inserts.reverse()) out.splice(insert.after + 1, 0, ...insert.texts);
  return { body: out.join('\n\n'), changed: 'restored' };
}
