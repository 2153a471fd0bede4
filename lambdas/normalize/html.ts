// News pages: main content by @mozilla/readability over a linkedom DOM, metadata from the page's
// structured data. Falls back to JSON-LD articleBody when the visible text is missing or much
// shorter (paywalled or script-rendered pages often embed the full story there).
import type { NormalizeResult } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { parsePublishedAt } from './dates.js';
import { loadReadability, nodeToText, parseHtmlDocument, type DomDocument, type DomElement, type DomNode } from './markup.js';

/** Fewer words than this is not an article (error pages, empty shells, link lists). */
const MIN_ARTICLE_WORDS = 15;

/** Page furniture Readability's own class heuristics can miss: consent banners, dialogs, paywall and newsletter prompts. */
const FURNITURE_SELECTOR = [
  '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]', '[aria-modal="true"]', '[hidden]',
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[class*="gdpr" i]',
  '[class*="newsletter" i]', '[id*="newsletter" i]', '[class*="paywall" i]', '[class*="subscribe" i]',
  'nav', 'form', 'dialog',
].join(',');

/** Deeper element nesting is rejected: linkedom's parse and every recursive walk degrade with depth. */
const MAX_NESTING = 1_000;
/** linkedom spends microseconds on each character reference; pages made of them (2 MB of "&lt;"
 * took 27 s here) are rejected rather than left to time the function out. */
const MAX_CHARACTER_REFERENCES = 200_000;

export function normalizeHtml(html: string): NormalizeResult {
  if (nestingDepth(html) > MAX_NESTING) {
    return { ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: `The HTML nests elements more than ${MAX_NESTING} levels deep.` } };
  }
  // Stray "<" are escaped to references before parsing, so they count too.
  const references = (html.match(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi)?.length ?? 0) + (html.match(/<(?![a-zA-Z!/?])/g)?.length ?? 0);
  if (references > MAX_CHARACTER_REFERENCES) {
    return { ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: `The HTML holds ${references} character references (limit ${MAX_CHARACTER_REFERENCES}).` } };
  }
  const document = parseHtmlDocument(html);
  const metadata = extractHtmlMetadata(document);
  removeFurniture(document);
  pruneLinkLists(document.body);

  const { Readability } = loadReadability();
  // The serializer hands back the content element itself: no HTML string round trip.
  const readable = new Readability(document as never, { serializer: (element: unknown) => element as DomNode, charThreshold: 300 });
  const parsed = readable.parse();
  let body = parsed?.content ? nodeToText(parsed.content, { dropLinkOnly: true }) : '';
  let title = metadata.title ?? (parsed?.title ? cleanInline(parsed.title) : null) ?? (cleanInline(document.title) || null);
  title = title && withoutSiteSuffix(title, body, metadata.publisher);
  const author = metadata.author ?? (parsed?.byline ? cleanInline(parsed.byline).replace(/^by\s+/i, '') : null) ?? bylineInText(body);
  body = dropLeadingFurniture(body, title, author);

  const ldBody = metadata.articleBody ? joinParagraphs(toParagraphs(metadata.articleBody).map((p) => p.text)) : '';
  if (ldBody && wordCount(ldBody) > Math.max(MIN_ARTICLE_WORDS, wordCount(body) * 2)) body = ldBody;
  if (wordCount(body, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS) {
    return { ok: false, error: { code: 'NO_ARTICLE_TEXT', message: 'The HTML page has no article text (fewer than 15 words of main content).' } };
  }

  return {
    ok: true,
    articles: [
      assembleArticle({
        format: 'html',
        title,
        body,
        publishedAt: metadata.publishedAt ?? null,
        sources: metadata.publisher ? [metadata.publisher] : parsed?.siteName ? [cleanInline(parsed.siteName)] : [],
        language: metadata.language,
        url: metadata.url,
        author: author || null,
      }),
    ],
  };
}

/** Elements that close themselves or are closed implicitly, so they do not count as nesting. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'rt', 'rp', 'optgroup']);

/** Approximate maximum element depth from a linear scan of the tags (no DOM). */
export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0].charCodeAt(m[0].length - 2) === 0x2f /* "/>" */ || NOT_NESTING.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const TITLE_SEPARATOR = /^\s*[-|–—:·•»]\s*\S/;

/** "Headline - Site": the site part goes when the page's own headline or the publisher name shows where it starts. */
function withoutSiteSuffix(title: string, body: string, publisher: string | null): string {
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
function bylineInText(body: string): string | null {
  for (const paragraph of body.split('\n\n', 4)) {
    const m = /^(?:By|Von|Par|Por)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*[,|–—-]|\s*$)/u.exec(paragraph);
    if (m && paragraph.length <= 120) return m[1];
  }
  return null;
}

const LIST_CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'HEADER', 'FOOTER', 'TABLE', 'TBODY', 'TR', 'TD']);
const ELEMENT = 1;
const TEXT = 3;

interface TextStats {
  chars: number;
  linkChars: number;
  links: number;
}

/**
 * Removes link lists (teaser rails, menus, "more stories" blocks) before Readability runs: a
 * container with at least 5 links whose text is 70% link text and which has little other text.
 * Readability would discard them as well, but only after scoring them, which on real pages
 * (hundreds of teaser cards) costs more than the story itself. One pass over the tree.
 */
function pruneLinkLists(root: DomNode): void {
  const visit = (node: DomNode, inLink: boolean): TextStats => {
    const stats: TextStats = { chars: 0, linkChars: 0, links: 0 };
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === TEXT) {
        const length = (child.nodeValue ?? '').trim().length;
        stats.chars += length;
        if (inLink) stats.linkChars += length;
      } else if (child.nodeType === ELEMENT) {
        const element = child as DomElement;
        const tag = element.tagName.toUpperCase();
        const isLink = tag === 'A';
        const inner = visit(child, inLink || isLink);
        const links = inner.links + (isLink ? 1 : 0);
        const otherChars = inner.chars - inner.linkChars;
        if (LIST_CONTAINERS.has(tag) && links >= 5 && inner.linkChars >= inner.chars * 0.7 && otherChars < 200) {
          element.remove();
        } else {
          stats.chars += inner.chars;
          stats.linkChars += inner.linkChars;
          stats.links += links;
        }
      }
      child = next;
    }
    return stats;
  };
  visit(root, false);
}

/** Class or id naming an advertising or promotion slot. */
const AD_NAME = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|dfp|sponsor\w*|promo\w*|outbrain|taboola)(?:$|[\s_-])/i;

/** Class naming the standfirst or kicker around a headline: a summary, not the story's text. */
const DEK_NAME = /(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|sub-title|subheadline|sub-headline|kicker)(?:$|[\s_-])/i;

function removeFurniture(document: DomDocument): void {
  const doomed = [...document.querySelectorAll(FURNITURE_SELECTOR)];
  for (const element of document.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (AD_NAME.test(names)) doomed.push(element);
    else if (DEK_NAME.test(element.getAttribute('class') ?? '') && (element.textContent ?? '').length < 400) doomed.push(element);
  }
  for (const element of doomed) {
    // A consent or promo class on <body> or on an ancestor of the story would take the story with it.
    if (element.querySelectorAll('p').length < 5) element.remove();
  }
}

/** Lines at the head of the story that are page furniture: the headline again, a byline, a bare date, an ad label. */
function dropLeadingFurniture(body: string, title: string | null, author: string | null): string {
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

/** Words in the text, counting no further than `limit`. */
function wordCount(text: string, limit = Infinity): number {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < limit && word.exec(text)) count++;
  return count;
}
