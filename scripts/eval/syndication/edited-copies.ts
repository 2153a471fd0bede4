// Edited copies of a story, made at eval time the way syndication edits a wire story: a new
// headline, paragraphs dropped (the tail, as subeditors cut, or from the middle), a dateline and
// agency credit in front, the republisher's boilerplate around it. Seeded, so every run builds the
// same set; no copy is stored.
import { mulberry32 } from '../../train/perceptron.js';

const HEADLINE_WORDS = ['Report:', 'Update:', 'Analysis:', 'Breaking:', 'Exclusive:', 'Latest:'];
const DATELINES = ['LONDON (Agencies) -', 'NEW YORK, (Wire) --', 'PARIS, Jan 12 (NewsNet) -', 'ISLAMABAD (Staff Report):', 'SYDNEY -'];
const BOILERPLATE_BEFORE = [
  'Share this article on Facebook Twitter WhatsApp Email',
  'Advertisement. Continue reading the main story below.',
  'This story is published under a syndication agreement with our partners.',
];
const BOILERPLATE_AFTER = [
  'Copyright 2005 Daily Wire Services. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Sign up for our morning newsletter to get the top stories of the day delivered to your inbox every weekday.',
  'Follow us on social media for the latest updates. For feedback and corrections write to the news desk.',
  'Related coverage: more stories on this topic are available in our archive section.',
];

export type EditKind = 'light' | 'trimmed' | 'cut-middle' | 'lead-only';

export interface EditedCopy {
  kind: EditKind;
  text: string;
}

/** The story's paragraphs: blank-line separated, the first one its headline. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/**
 * One edited copy of `text`. `light`: a new headline, a dateline, one paragraph
 * dropped; `trimmed`: the last third dropped as well; `cut-middle`: two paragraphs from the middle
 * dropped; `lead-only`: the headline replaced and only the first 60% of the paragraphs kept.
 * Every copy gets one line of boilerplate, before or after the story.
 */
export function editedCopy(text: string, kind: EditKind, seed: number): EditedCopy {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const [headline, ...body] = paragraphs(text);
  let kept = [...body];
  const dropAt = (i: number) => { if (kept.length > 2) kept.splice(i, 1); };
  switch (kind) {
    case 'light': dropAt(1 + Math.floor(random() * Math.max(1, kept.length - 1))); break;
    case 'trimmed': dropAt(1 + Math.floor(random() * Math.max(1, kept.length - 1))); kept = kept.slice(0, Math.max(2, Math.ceil((kept.length * 2) / 3))); break;
    case 'cut-middle': { const mid = Math.floor(kept.length / 2); dropAt(mid); dropAt(mid); break; }
    case 'lead-only': kept = kept.slice(0, Math.max(2, Math.ceil(kept.length * 0.6))); break;
  }
  const newHeadline = kind === 'lead-only' ? `${pick(HEADLINE_WORDS)} what we know so far` : `${pick(HEADLINE_WORDS)} ${headline}`;
  const first = `${pick(DATELINES)} ${kept[0] ?? ''}`;
  // One line of the republisher's boilerplate, before or after the story.
  const before = random() < 0.5;
  const copy = [newHeadline, ...(before ? [pick(BOILERPLATE_BEFORE)] : []), first, ...kept.slice(1), ...(before ? [] : [pick(BOILERPLATE_AFTER)])];
  return { kind, text: copy.join('\n\n') };
}
