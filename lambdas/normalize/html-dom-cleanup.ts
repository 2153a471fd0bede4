// Page furniture removed from the DOM before Readability runs: consent banners, dialogs, ad and
// promotion slots, standfirsts, and link lists (teaser rails, menus, "more stories" blocks).
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

export function removeFurniture(document: DomDocument): void {
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
