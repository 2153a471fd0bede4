// The varied news-page set: every template (templates.ts) renders three stories (stories.ts), one
// from each third of the story list, so each template shows English and other languages. Pages of
// the held-out templates form the held-out split. Pages are built in memory, deterministically; the
// bytes are what a crawler would have saved (UTF-8, or windows-1252, with stray NULs where the
// template says so).
import { type Story, STORIES } from './stories.js';
import { HELD_OUT_ROUND_3_TEMPLATES, HELD_OUT_TEMPLATES, type RenderedPage, type Template, TUNING_ROUND_4_TEMPLATES, TUNING_ROUND_5_TEMPLATES, TUNING_ROUND_6_TEMPLATES, TUNING_ROUND_7_TEMPLATES, TUNING_ROUND_8_TEMPLATES, TUNING_ROUND_9_TEMPLATES, TUNING_ROUND_10_TEMPLATES, TUNING_ROUND_11_TEMPLATES, TUNING_ROUND_12_TEMPLATES, TUNING_ROUND_13_TEMPLATES, TUNING_ROUND_14_TEMPLATES, TUNING_ROUND_15_TEMPLATES, TUNING_ROUND_16_TEMPLATES, TUNING_ROUND_17_TEMPLATES, TUNING_ROUND_18_TEMPLATES, TUNING_ROUND_19_TEMPLATES, TUNING_ROUND_20_TEMPLATES, TUNING_ROUND_21_TEMPLATES, TUNING_ROUND_22_TEMPLATES, TUNING_ROUND_23_TEMPLATES, TUNING_ROUND_24_TEMPLATES, TUNING_ROUND_25_TEMPLATES, TUNING_ROUND_26_TEMPLATES, TUNING_ROUND_27_TEMPLATES, TUNING_ROUND_28_TEMPLATES, TUNING_TEMPLATES } from './templates.js';

/** held-out-2: templates written on 2026-12-03, after held-out had been inspected, before that day's changes. */
export type Split = 'tuning' | 'held-out' | 'held-out-2';
export const SPLITS: Split[] = ['tuning', 'held-out', 'held-out-2'];

export interface TestPage {
  name: string;
  template: string;
  split: Split;
  /** The round the template was written in (1 and 2: the first session's; 3: held-out-2). */
  round: number;
  lang: string;
  bytes: Uint8Array;
  /** The article text a reader would mark, paragraphs joined by blank lines. */
  expected: string;
  paywalled: boolean;
}

const STORIES_PER_TEMPLATE = 3;

const TEMPLATES: [Template, Split, number][] = [
  ...TUNING_TEMPLATES.map((t, i): [Template, Split, number] => [t, 'tuning', i < 15 ? 1 : 2]),
  ...HELD_OUT_TEMPLATES.map((t): [Template, Split, number] => [t, 'held-out', 1]),
  ...HELD_OUT_ROUND_3_TEMPLATES.map((t): [Template, Split, number] => [t, 'held-out-2', 3]),
  // Appended last: a template's position picks its stories, so the earlier pages stay the same.
  ...[TUNING_ROUND_4_TEMPLATES, TUNING_ROUND_5_TEMPLATES, TUNING_ROUND_6_TEMPLATES, TUNING_ROUND_7_TEMPLATES, TUNING_ROUND_8_TEMPLATES, TUNING_ROUND_9_TEMPLATES, TUNING_ROUND_10_TEMPLATES, TUNING_ROUND_11_TEMPLATES, TUNING_ROUND_12_TEMPLATES, TUNING_ROUND_13_TEMPLATES, TUNING_ROUND_14_TEMPLATES, TUNING_ROUND_15_TEMPLATES, TUNING_ROUND_16_TEMPLATES, TUNING_ROUND_17_TEMPLATES, TUNING_ROUND_18_TEMPLATES, TUNING_ROUND_19_TEMPLATES, TUNING_ROUND_20_TEMPLATES, TUNING_ROUND_21_TEMPLATES, TUNING_ROUND_22_TEMPLATES, TUNING_ROUND_23_TEMPLATES, TUNING_ROUND_24_TEMPLATES, TUNING_ROUND_25_TEMPLATES, TUNING_ROUND_26_TEMPLATES, TUNING_ROUND_27_TEMPLATES, TUNING_ROUND_28_TEMPLATES].flatMap((round, r) =>
    round.map((t): [Template, Split, number] => [t, 'tuning', r + 4]),
  ),
];

export function buildPageSet(stories: Story[] = STORIES): TestPage[] {
  const templates = TEMPLATES;
  const third = Math.max(1, Math.floor(stories.length / STORIES_PER_TEMPLATE));
  const pages: TestPage[] = [];
  templates.forEach(([template, split, round], t) => {
    for (let k = 0; k < STORIES_PER_TEMPLATE; k++) {
      const index = (t * 4 + k * third) % stories.length;
      const story = stories[index];
      const others = [...stories.slice(index + 1), ...stories.slice(0, index)];
      pages.push(testPage(template, split, round, story, template.render(story, { others, seed: t * STORIES_PER_TEMPLATE + k })));
    }
  });
  return pages;
}

/**
 * One page per story, the templates in turn: for stories read from a corpus at eval time (the
 * pages are never committed). Teasers come from the stories that follow.
 */
export function renderStories(stories: Story[]): TestPage[] {
  return stories.map((story, i) => {
    const [template, split, round] = TEMPLATES[i % TEMPLATES.length];
    const others = Array.from({ length: 6 }, (_, k) => stories[(i + 1 + k) % stories.length]);
    return testPage(template, split, round, story, template.render(story, { others, seed: i }));
  });
}

function encodePage(html: string, damage: RenderedPage['bytes']): Uint8Array {
  if (damage === 'mixed-utf-8-windows-1252') return encodeMixed(html);
  if (damage === 'windows-1251') return encodeWindows1251(html);
  const bytes = damage?.startsWith('windows-1252') ? encodeWindows1252(html) : new TextEncoder().encode(html);
  return damage?.endsWith('stray-nul') ? withStrayNuls(bytes) : bytes;
}

const WINDOWS_1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x2c6: 0x88, 0x2030: 0x89, 0x160: 0x8a,
  0x2039: 0x8b, 0x152: 0x8c, 0x17d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
  0x2dc: 0x98, 0x2122: 0x99, 0x161: 0x9a, 0x203a: 0x9b, 0x153: 0x9c, 0x17e: 0x9e, 0x178: 0x9f,
};

/** windows-1252 bytes; characters it lacks become numeric character references, as old CMSs wrote them. */
function encodeWindows1252(html: string): Uint8Array {
  const out: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_HIGH[code];
    if (byte !== undefined) out.push(byte);
    else for (const c of `&#${code};`) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

/** UTF-8, but for the word processor's curly quotes, dashes and ellipsis, stored as windows-1252 bytes (text pasted into an old CMS). */
function encodeMixed(html: string): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = /[‘’“”–—…]/.test(ch) ? WINDOWS_1252_HIGH[code] : undefined;
    if (byte !== undefined) out.push(byte);
    else out.push(...utf8.encode(ch));
  }
  return Uint8Array.from(out);
}

/** windows-1251 bytes (Cyrillic А–я at 0xC0–0xFF, Ё/ё, and the punctuation it shares with windows-1252); other characters become numeric character references. */
function encodeWindows1251(html: string): Uint8Array {
  const extra: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96, '“': 0x93, '”': 0x94, '„': 0x84, '‘': 0x91, '’': 0x92, '…': 0x85, '№': 0xb9, '©': 0xa9, '\u00a0': 0xa0 };
  const out: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = code < 0x80 ? code : code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : extra[ch];
    if (byte !== undefined) out.push(byte);
    else for (const c of `&#${code};`) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

/** NULs where broken exporters leave them: between tags, after a sentence's space, and as padding at the end. */
function withStrayNuls(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let gaps = 0;
  let spaces = 0;
  for (let i = 0; i < bytes.length; i++) {
    out.push(bytes[i]);
    if (bytes[i] === 0x3e /* > */ && bytes[i + 1] === 0x0a && gaps++ % 5 === 0) out.push(0);
    if (bytes[i] === 0x20 && bytes[i - 1] === 0x2e /* ". " */ && spaces++ % 7 === 3) out.push(0);
  }
  for (let i = 0; i < 48; i++) out.push(0);
  return Uint8Array.from(out);
}

function testPage(template: Template, split: Split, round: number, story: Story, rendered: RenderedPage): TestPage {
  return {
    name: `${template.name}/${story.id}`,
    template: template.name,
    split,
    round,
    lang: story.lang,
    bytes: encodePage(rendered.html, rendered.bytes),
    expected: rendered.expected.join('\n\n'),
    paywalled: rendered.paywalled ?? false,
  };
}
