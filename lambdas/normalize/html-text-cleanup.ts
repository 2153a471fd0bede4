// Text-level clean-up of the extracted story: the site name in the title, bylines, bare dates,
// section labels, ad labels and "Read more" cross-links around the story's paragraphs.
import { parsePublishedAt } from './dates.js';

const TITLE_SEPARATOR = /^\s*[-|–—:·•»]\s*\S/;

/** "Headline - Site": the site part goes when the page's own headline or the publisher name shows where it starts. */
export function withoutSiteSuffix(title: string, body: string, publisher: string | null): string {
  const headline = body.slice(0, 300).split('\n\n', 1)[0];
  if (headline.length >= 10 && headline.length < title.length && title.startsWith(headline) && TITLE_SEPARATOR.test(title.slice(headline.length))) return headline;
  if (publisher) {
    const suffix = new RegExp(`\\s*[-|–—:·•»]\\s*${publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    const stripped = title.replace(suffix, '');
    if (stripped.length >= 10) return stripped;
  }
  return title;
}

/** "By Ed Harlan, Courier staff writer" among the first paragraphs → "Ed Harlan". */
export function bylineInText(body: string): string | null {
  for (const paragraph of body.split('\n\n', 4)) {
    const m = /^(?:By|Von|Par|Por)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*[,|–—-]|\s*$)/u.exec(paragraph);
    if (m && paragraph.length <= 120) return m[1];
  }
  return null;
}

/** Lines at the head of the story that are page furniture: the headline again, a byline, a bare date, an ad label. */
export function dropLeadingFurniture(body: string, title: string | null, author: string | null): string {
  const paragraphs = body.split('\n\n');
  const isFurniture = (p: string) => {
    if (p.length > 160) return false;
    if (title && p.toLowerCase() === title.toLowerCase()) return true;
    if (/^by\s/i.test(p) || /^(?:posted|published|updated)\b/i.test(p)) return true;
    // Other languages' "by" are ordinary words too ("Door de regen…"): only a short unpunctuated line.
    if (/^(?:von|par|por|di|door|av|af)\s+\p{Lu}/u.test(p) && p.split(' ').length <= 8 && !/[.!?]["”’]?$/.test(p)) return true;
    if (author && p.includes(author) && !/[.!?]["”’]?$/.test(p)) return true;
    if (p.length <= 60 && parsePublishedAt(p) !== null && (p.match(/[\p{L}]+/gu)?.length ?? 0) <= 5) return true;
    return false;
  };
  // Labels of page sections ("Sections", "Archives") left over before the first real paragraph.
  let start = 0;
  while (start < paragraphs.length - 1 && paragraphs[start].split(' ').length <= 3 && !/[.!?]["”’]?$/.test(paragraphs[start])) start++;
  const lead = paragraphs.slice(start);
  return lead
    .filter((p, i) => !(i < 4 && i < lead.length - 1 && isFurniture(p)))
    .filter((p) => !/^(?:advertisement|advertising|sponsored|anzeige|publicidad|publicité|pubblicità)$/i.test(p))
    // Cross-links dropped into the story ("Read more: …", "See also: …").
    .filter((p) => !(p.length < 300 && /^(?:read more|read also|also read|see also|related|more on this|watch|listen)\s*[:|–—-]/i.test(p)))
    .join('\n\n');
}
