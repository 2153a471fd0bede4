// Page furniture removed from the DOM before Readability runs: consent banners, dialogs, ad and
// promotion slots, standfirsts, and link lists (teaser rails, menus, "more stories" blocks).
import { cleanInline } from './clean-text.js';
import type { DomDocument, DomElement, DomNode } from './markup.js';

/** Page furniture Readability's own class heuristics can miss: consent banners, dialogs, paywall and newsletter prompts. */
const FURNITURE_SELECTOR = [
  '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]', '[aria-modal="true"]', '[hidden]',
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[class*="gdpr" i]',
  '[class*="newsletter" i]', '[id*="newsletter" i]', '[class*="paywall" i]', '[class*="subscribe" i]',
  'nav', 'form', 'dialog',
].join(',');

/** Class or id naming an advertising or promotion slot. */
const AD_NAME = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|dfp|sponsor\w*|promo\w*|outbrain|taboola)(?:$|[\s_-])/i;

/** Class naming the standfirst or kicker around a headline: a summary, not the story's text. */
const DEK_NAME = /(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|sub-title|subheadline|sub-headline|kicker)(?:$|[\s_-])/i;

/** Class or id token of a reader-comment section (whole tokens, so "has-comments" on a story wrapper is not one). */
const COMMENTS_NAME = /(?:^|\s)(?:comments?|comment-?list|comments?-(?:area|section|block|wrap(?:per)?|container|title)|reader-?comments|user-?comments|discussion|disqus_thread|disqus|respond|responses|replies)(?:$|\s)/i;

/**
 * Removes page furniture: dialogs, consent, newsletter and paywall prompts, menus, forms, ad and
 * promotion slots, standfirsts and reader-comment sections. An element that holds the headline or
 * the marked-up article is never furniture: sites put promo and comment classes on the wrappers of
 * the story too (`<body class="has-promo-bar">`, `<td class="ad-wrapper-parent">`).
 */
export function removeFurniture(document: DomDocument): void {
  const doomed = [...document.querySelectorAll(FURNITURE_SELECTOR)];
  const comments: DomElement[] = [];
  for (const element of document.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (COMMENTS_NAME.test(names)) comments.push(element);
    else if (AD_NAME.test(names)) doomed.push(element);
    else if (DEK_NAME.test(element.getAttribute('class') ?? '') && (element.textContent ?? '').length < 400) doomed.push(element);
  }
  for (const element of doomed) {
    if (element.parentNode === null || holdsStory(element)) continue;
    // A consent or promo class on an ancestor of an unmarked story would take the story with it.
    if (element.querySelectorAll('p').length < 5) element.remove();
  }
  // Comment threads are many paragraphs by design; only the headline guard applies to them.
  for (const element of comments) if (element.parentNode !== null && !holdsStory(element)) element.remove();
  removeControlWidgets(document);
}

/** Whether the element is or contains the headline or the marked-up article body. */
function holdsStory(element: DomElement): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'H1' || tag === 'ARTICLE' || tag === 'MAIN') return true;
  return element.querySelector('h1, article, main, [itemprop="articleBody"]') !== null;
}

/** Tags a widget can be, going up from its control; a paragraph is text, never a widget. */
const WIDGET_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'LI', 'UL', 'SPAN', 'FOOTER', 'HEADER', 'LABEL', 'FIELDSET']);
/** A sign-up box, a search field or a poll around a form control holds less text than this. */
const WIDGET_MAX_CHARS = 300;

/** Sign-up boxes, search fields and polls without a <form>: the block of short text around an input or button. */
function removeControlWidgets(document: DomDocument): void {
  for (const control of [...document.querySelectorAll('input:not([type="hidden"]), button, select, textarea')]) {
    if (control.parentNode === null) continue;
    let widget: DomElement | null = null;
    for (let node: DomElement | null = control.parentNode; node && WIDGET_TAGS.has(node.tagName?.toUpperCase()); node = node.parentNode) {
      if ((node.textContent ?? '').length >= WIDGET_MAX_CHARS || holdsStory(node)) break;
      widget = node;
    }
    (widget ?? control).remove();
  }
}

/** Class tokens of a picture caption or credit (whole tokens or their "-"/"_" parts). */
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|captions|photocaption|imagecaption|cutline|credit|credits|bildunterschrift|legende|legend)(?:$|[\s_-])/i;
/** A caption is short: a figure-like block with more text than this is content. */
const CAPTION_MAX_CHARS = 400;
const PICTURE = 'img, picture, amp-img, video';

/**
 * Removes picture captions from the page and returns their text: <figcaption>, blocks classed as
 * captions or credits, and figure-like blocks (a picture and at most a few short lines, no headings)
 * which old table layouts and many CMSs use instead of <figure>. Captions describe a picture, not
 * the story, and interrupt its sentences.
 */
export function takeCaptions(document: DomDocument): string[] {
  const captions: string[] = [];
  const take = (element: DomElement, keepText: boolean) => {
    const text = cleanInline(element.textContent ?? '');
    if (keepText && text && !captions.includes(text)) captions.push(text);
    element.remove();
  };
  for (const element of [...document.querySelectorAll('figcaption')]) take(element, true);
  for (const element of [...document.querySelectorAll('[class]')]) {
    if (element.parentNode === null || !CAPTION_NAME.test(element.getAttribute('class') ?? '')) continue;
    if ((element.textContent ?? '').length < CAPTION_MAX_CHARS && !holdsStory(element) && element.querySelector('p, h2, h3') === null) take(element, !isMostlyLinks(element));
  }
  const pageChars = (document.body?.textContent ?? '').length;
  for (const picture of [...document.querySelectorAll(PICTURE)]) {
    if (picture.parentNode === null) continue;
    let figure: DomElement | null = null;
    for (let node: DomElement | null = picture.parentNode; node && FIGURE_TAGS.has(node.tagName?.toUpperCase()); node = node.parentNode) {
      const chars = cleanInline(node.textContent ?? '').length;
      if (chars >= CAPTION_MAX_CHARS || chars * 5 > pageChars || node.querySelector('h1, h2, h3, h4, p + p, article') !== null || holdsStory(node)) break;
      figure = node;
    }
    if (figure && cleanInline(figure.textContent ?? '') && !isMostlyLinks(figure)) take(figure, true);
  }
  return captions;
}

/** Blocks that can wrap a picture and its caption (not a paragraph, which is text with an inline image). */
const FIGURE_TAGS = new Set(['FIGURE', 'DIV', 'TD', 'TR', 'TBODY', 'TABLE', 'SPAN', 'CENTER', 'FONT', 'A', 'DL', 'DT', 'DD']);

function isMostlyLinks(element: DomElement): boolean {
  const chars = cleanInline(element.textContent ?? '').length;
  let linkChars = 0;
  for (const link of element.querySelectorAll('a')) linkChars += cleanInline(link.textContent ?? '').length;
  return chars > 0 && linkChars >= chars * 0.5;
}

/** Headings that are links: the mark of a teaser card ("Read next", "Related", recirculation rails). */
const LINKED_HEADING = 'h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6';
/** A card is a headline and a blurb; more text than this is not a teaser. */
const CARD_MAX_CHARS = 1200;

/**
 * Removes lists of teaser cards: a container with at least 3 children that each hold a linked
 * heading and a short blurb. Their link share is too low for the link-list rule (the blurbs are
 * text), and on a short story they outweigh it in Readability's scores.
 */
export function removeTeaserCards(document: DomDocument): void {
  const containers = new Set<DomElement>();
  for (const link of document.querySelectorAll(LINKED_HEADING)) {
    const href = link.getAttribute('href') ?? link.querySelector('a[href]')?.getAttribute('href') ?? link.parentNode?.getAttribute?.('href') ?? '';
    if (href.startsWith('#')) continue;
    // The card: the highest ancestor holding this one linked heading; its parent holds the others.
    let card: DomElement = link;
    while (card.parentNode?.tagName && !holdsStory(card.parentNode) && card.parentNode.querySelectorAll(LINKED_HEADING).length <= 1) card = card.parentNode;
    if (card.parentNode?.tagName) containers.add(card.parentNode);
  }
  for (const container of containers) {
    if (container.parentNode === null || holdsStory(container)) continue;
    const children = [...container.children].filter((child) => cleanInline(child.textContent ?? ''));
    const cards = children.filter((child) => (child.textContent ?? '').length < CARD_MAX_CHARS && child.querySelector(LINKED_HEADING) !== null);
    if (cards.length < 3 || cards.length * 3 < children.length * 2) continue;
    for (const card of cards) card.remove();
    // The rail's own heading ("More from…", "Read next") goes with its cards.
    if (cleanInline(container.textContent ?? '').length <= 80) container.remove();
  }
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
export function pruneLinkLists(root: DomNode): void {
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
