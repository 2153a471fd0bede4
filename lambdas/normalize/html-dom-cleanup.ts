// Page furniture removed from the DOM before Readability runs: consent banners, dialogs, ad and
// promotion slots, standfirsts, and link lists (teaser rails, menus, "more stories" blocks).
import { cleanInline } from './clean-text.js';
import { parsePublishedAt } from './dates.js';
import { type DomDocument, type DomElement, type DomNode, classAttribute, elementsWhere, firstElementWhere, isJsonLdScript, nameOf, tagIn } from './markup.js';

// Predicates for the selectors the rules ask for most (elementsWhere in markup.ts walks the tree
// with them instead of compiling a selector on every call).
const isSubheadTag = tagIn('H2', 'H3', 'H4', 'H5', 'H6');
const isParagraph = tagIn('P');
const isLink = tagIn('A');
const hasClassOrId = (element: DomElement) => classAttribute(element) !== null || element.getAttribute('id') !== null;
const hasClass = (element: DomElement) => classAttribute(element) !== null;
const isLinkWithHref = (element: DomElement) => nameOf(element) === 'a' && element.getAttribute('href') !== null;
const isStoryMark = (element: DomElement) => nameOf(element) === 'h1' || nameOf(element) === 'article' || nameOf(element) === 'main' || element.getAttribute('itemprop') === 'articleBody';


type Movable = DomElement & { insertBefore(node: DomNode, before: DomNode | null): void; appendChild(node: DomNode): void };
/** Why a node was taken out: a rule removed it, it was a caption, or it was moved elsewhere. */
type Removal = 'removed' | 'caption' | 'moved';
/**
 * A node taken out, with its place; a node moved elsewhere is taken out first, and insertBefore
 * moves it back. `connected`: it was in the page when taken out (not inside a node already gone).
 */
type JournalEntry = { node: DomElement | DomNode; parent: Movable; next: DomNode | null; kind: Removal; connected: boolean };
/** The journal the rules write to while `recordDomChanges` runs, or null. */
let journal: JournalEntry[] | null = null;

/** What `recordDomChanges` saw the rules do, to be undone on the same tree. */
export interface DomChanges {
  /** Puts every node the rules took out or moved back where it was, last change first. */
  undo(): void;
  /** The nodes the rules took out of the page, captions and moved nodes aside. */
  removed(): DomNode[];
  /** True when the rules took out and moved nothing. */
  isEmpty(): boolean;
}

/**
 * Runs `rules` and records every node they take out or move (with its parent and next sibling),
 * so that the tree can be put back as it was before them: the safety net reads the page as it
 * was after `removeFurniture` only when it runs, without a copy of the page on every call.
 */
export function recordDomChanges(rules: () => void): DomChanges {
  const entries: JournalEntry[] = [];
  const outer = journal;
  journal = entries;
  try {
    rules();
  } finally {
    journal = outer;
  }
  return {
    undo() {
      for (let i = entries.length - 1; i >= 0; i--) {
        const { node, parent, next } = entries[i];
        parent.insertBefore(node, next);
      }
      entries.length = 0;
    },
    removed: () => entries.filter((entry) => entry.kind === 'removed' && entry.connected).map((entry) => entry.node),
    isEmpty: () => entries.length === 0,
  };
}

/** Takes a node out of the tree, in the journal when one is being kept. */
function detach(node: DomElement | DomNode, kind: Removal = 'removed'): void {
  const parent = (node as DomElement).parentNode as Movable | null;
  if (parent === null || parent === undefined) return;
  journal?.push({ node, parent, next: node.nextSibling, kind, connected: (node as { isConnected?: boolean }).isConnected !== false });
  (node as DomElement).remove();
}

/**
 * Page furniture Readability's own class heuristics can miss. Certain furniture: dialogs, navigation, forms, [hidden], and cookie, consent, newsletter, paywall
 * and subscribe blocks named by id or class (the selector `[role="dialog"], …, [class*="cookie" i],
 * nav, form, dialog` as a predicate: the names are matched anywhere in the attribute, without case).
 */
const FURNITURE_ROLES = new Set(['dialog', 'alertdialog', 'navigation']);
const FURNITURE_TAGS = new Set(['nav', 'form', 'dialog']);
const FURNITURE_ID = /cookie|consent|newsletter/i;
const FURNITURE_CLASS = /cookie|consent|gdpr|newsletter|paywall|subscribe/i;
const isFurniture = (element: DomElement) => {
  if (FURNITURE_TAGS.has(nameOf(element)) || element.getAttribute('hidden') !== null || element.getAttribute('aria-modal') === 'true') return true;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const id = element.getAttribute('id');
  if (id !== null && FURNITURE_ID.test(id)) return true;
  const className = classAttribute(element);
  return className !== null && FURNITURE_CLASS.test(className);
};

/** Class or id of a consent-management platform's overlay ("qc-cmp2-container", "cmp-banner"): CMP is the trade's name for it. */
const CMP_NAME = /(?:^|[\s_-])cmp\d*(?:$|[\s_-])/i;

/** Class or id naming an advertising or promotion slot. */
const AD_NAME = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|dfp|sponsor\w*|promo\w*|outbrain|taboola)(?:$|[\s_-])/i;

/**
 * Class of a block that repeats or quotes what is not the story's own text: a pull quote (a
 * sentence of the story set large again) and an embedded social post (another author's words,
 * its handle and date), as the platforms' embed codes name them.
 */
const REPEAT_NAME = /(?:^|[\s_-])(?:pullquote|pull-quote|pullout-quote|twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|threads-post)(?:$|[\s_-])/i;

/** Class naming the standfirst or kicker around a headline: a summary, not the story's text. */
const DEK_NAME = /(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|sub-title|subheadline|sub-headline|kicker)(?:$|[\s_-])/i;

/** Class or id token of a reader-comment section (whole tokens, so "has-comments" on a story wrapper is not one), in English and the languages of the cross-link labels. */
const COMMENTS_NAME = /(?:^|\s)(?:comments?|comment-?list|comments?-(?:area|section|block|wrap(?:per)?|container|title)|reader-?comments|user-?comments|discussion|disqus_thread|disqus|respond|responses|replies|comentarios|comentários|commentaires|kommentare|commenti|reacties|reacciones)(?:$|\s)/i;

/** Class of a post's metadata line or footer in blog and CMS themes ("postmetadata", "entry-utility"): when and where it was filed, feeds, trackbacks. */
const POST_META_NAME = /(?:^|\s)(?:postmetadata|post-?meta(?:data)?|entry-meta|entry-utility|entry-footer|post-?footer|post-?info|postinfo)(?:$|\s)/i;
/** A post's metadata is a line or two; a longer element so classed holds more than that. */
const POST_META_MAX_CHARS = 500;

/**
 * Removes page furniture: dialogs, consent, newsletter and paywall prompts, menus, forms, ad and
 * promotion slots, standfirsts and reader-comment sections. An element that holds the headline or
 * the marked-up article is never furniture: sites put promo and comment classes on the wrappers of
 * the story too (`<body class="has-promo-bar">`, `<td class="ad-wrapper-parent">`).
 */
export function removeFurniture(document: DomDocument): void {
  const story = storyHolders(document);
  const holdsStory = (element: DomElement) => story.has(element);
  // The certain furniture and the elements with a class or id, in one walk (each list in document order).
  const doomed: DomElement[] = [];
  const named: DomElement[] = [];
  elementsWhere(document, (element) => {
    if (isFurniture(element)) doomed.push(element);
    if (hasClassOrId(element)) named.push(element);
    return false;
  });
  const comments: DomElement[] = [];
  for (const element of named) {
    const className = element.getAttribute('class') ?? '';
    const names = `${className} ${element.getAttribute('id') ?? ''}`;
    if (COMMENTS_NAME.test(names)) comments.push(element);
    else if (CMP_NAME.test(names)) comments.push(element);
    else if (AD_NAME.test(names)) doomed.push(element);
    else if (REPEAT_NAME.test(className)) doomed.push(element);
    else if (POST_META_NAME.test(className) && (element.textContent ?? '').length < POST_META_MAX_CHARS) doomed.push(element);
    else if (DEK_NAME.test(className) && (element.textContent ?? '').length < 400 && !followsProse(element)) doomed.push(element);
  }
  for (const element of doomed) {
    if (element.parentNode === null || holdsStory(element)) continue;
    // A consent or promo class on an ancestor of an unmarked story would take the story with it.
    if (elementsWhere(element, isParagraph).length < 5) detach(element);
  }
  // Comment threads and consent overlays are many paragraphs by design; only the headline guard applies to them.
  for (const element of comments) {
    if (element.parentNode === null || holdsStory(element)) continue;
    if (HEADING.test(element.tagName) && followsStory(element)) closeSection(element, holdsStory);
    detach(element);
  }
  removeControlWidgets(document, holdsStory);
  removeMailingFooters(document, holdsStory);
  removeOtherStories(document, holdsStory);
}

/** The label a page puts over other stories shown below the story ("Also in the news", "In other news"), in eight languages. */
const OTHER_NEWS_LABEL = /^(?:also in the news|in other news|other news|more news|more headlines|more top stories|also today|today's other stories|elsewhere in the news|weitere nachrichten|weitere meldungen|nachrichten aus der region|autres actualités|dans l['’]actualité aussi|otras noticias|más noticias|altre notizie|outras notícias|mais notícias|ander nieuws|meer nieuws|другие новости)\s*:?$/i;

/**
 * Another story shown whole below the story, under a label and its own headline (a portal's "Also
 * in the news" brief): the label is a heading followed by another heading, after the story's text.
 * The block that the label opens goes: its container when the label leads it, else the label and
 * the siblings after it. A subhead of the story ("Elsewhere") is followed by a paragraph, not a headline.
 */
function removeOtherStories(document: DomDocument, holdsStory: (element: DomElement) => boolean): void {
  for (const heading of elementsWhere(document, isSubheadTag)) {
    if (heading.parentNode === null || !OTHER_NEWS_LABEL.test(cleanInline(heading.textContent ?? ''))) continue;
    const next = (heading as DomElement & { nextElementSibling: DomElement | null }).nextElementSibling;
    if (!next || !/^H[1-6]$/i.test(next.tagName) || holdsStory(heading)) continue;
    const parent = heading.parentNode;
    const leads = (parent as DomElement & { firstElementChild: DomElement | null }).firstElementChild === heading;
    if (leads && !holdsStory(parent) && followsStory(parent)) detach(parent);
    else if (followsStory(heading)) {
      closeSection(heading, holdsStory);
      detach(heading);
    }
  }
}

const HEADING = /^H[2-6]$/i;
/** Words of text before a comment section's heading, among its siblings, that make it come after the story. */
const STORY_BEFORE_MIN_WORDS = 50;

function followsStory(heading: DomElement): boolean {
  let words = 0;
  type Back = DomNode & { previousSibling: Back | null };
  for (let sibling = (heading as unknown as Back).previousSibling; sibling && words < STORY_BEFORE_MIN_WORDS; sibling = sibling.previousSibling) words += countWordsIn(sibling.textContent ?? '');
  return words >= STORY_BEFORE_MIN_WORDS;
}

/**
 * A heading that names a comment section ("Leave a Reply" with id respond, "Comments") after the
 * story opens that section, in flat markup, to the end of its container: the siblings after it
 * are the comments and the form's labels and hints ("You can use these tags: …"), also when no
 * <form> holds them. Siblings holding the story stay.
 */
function closeSection(heading: DomElement, holdsStory: (element: DomElement) => boolean): void {
  const after: DomNode[] = [];
  for (let sibling = heading.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1 && holdsStory(sibling as DomElement)) return;
    after.push(sibling);
  }
  for (const node of after) detach(node);
}

/** Siblings looked at before an element, and the words that make a paragraph prose. */
const PROSE_LOOKBACK = 50;
const PROSE_MIN_WORDS = 12;

/**
 * Whether a paragraph of prose comes before the element among its siblings: a standfirst sits
 * between the headline and the story, so an element classed subtitle after story paragraphs is a
 * subhead (CMSs and component libraries class every subhead so: `<h2 class="subtitle">`).
 */
function followsProse(element: DomElement): boolean {
  let sibling = (element as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
  for (let n = 0; sibling && n < PROSE_LOOKBACK; n++, sibling = (sibling as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling) {
    if (sibling.tagName.toUpperCase() === 'P' && countWordsIn(sibling.textContent ?? '') >= PROSE_MIN_WORDS) return true;
  }
  return false;
}

/** The link an e-mail's footer carries, in the languages of the cross-link labels. */
const UNSUBSCRIBE = /^(?:unsubscribe|abbestellen|newsletter abbestellen|se désabonner|désinscription|darse de baja|cancelar suscripción|annulla iscrizione|cancelar subscrição|afmelden|отписаться)$/i;
/** An e-mail's footer (address, "You are receiving this because…") is short. */
const MAILING_FOOTER_MAX_CHARS = 400;

/** The footer of a newsletter's web version: the block of under 400 characters around its "Unsubscribe" link. */
function removeMailingFooters(document: DomDocument, holdsStory: (element: DomElement) => boolean): void {
  for (const link of elementsWhere(document, isLink)) {
    if (link.parentNode === null || !UNSUBSCRIBE.test(cleanInline(link.textContent ?? ''))) continue;
    let footer: DomElement | null = null;
    for (let node: DomElement | null = link.parentNode; node?.tagName && !holdsStory(node) && !textLongerThan(node, MAILING_FOOTER_MAX_CHARS); node = node.parentNode) footer = node;
    if (footer) detach(footer);
  }
}

/** Tags a widget can be, going up from its control; a paragraph is text, never a widget. */
// A <p> counts too: a poll's options set with <br>s in one paragraph ("<p><input type=radio> Yes<br>…</p>").
const WIDGET_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'LI', 'UL', 'SPAN', 'FOOTER', 'HEADER', 'LABEL', 'FIELDSET', 'P']);
/** A sign-up box, a search field or a poll around a form control holds less text than this. */
const WIDGET_MAX_CHARS = 300;

/** Two or more buttons, no field, and no text but theirs. */
function isButtonRow(element: DomElement): boolean {
  const buttons = element.getElementsByTagName('button');
  if (buttons.length < 2 || firstElementWhere(element, tagIn('INPUT', 'SELECT', 'TEXTAREA'))) return false;
  let labels = 0;
  for (const button of buttons) labels += (button.textContent ?? '').replace(/\s+/g, '').length;
  return (element.textContent ?? '').replace(/\s+/g, '').length === labels;
}

/** Sign-up boxes, search fields and polls without a <form>: the block of short text around an input or button. */
function removeControlWidgets(document: DomDocument, holdsStory: (element: DomElement) => boolean): void {
  for (const control of elementsWhere(document, isFormControl)) {
    if (control.parentNode === null) continue;
    let widget: DomElement | null = null;
    for (let node: DomElement | null = control.parentNode; node && WIDGET_TAGS.has(node.tagName?.toUpperCase()); node = node.parentNode) {
      if ((node.textContent ?? '').length >= WIDGET_MAX_CHARS || holdsStory(node)) break;
      widget = node;
      // A row of buttons and nothing else (Share, Copy link) is a toolbar: it goes alone, and the
      // post, entry or card it sits in stays (a live blog's entries are short too).
      if (isButtonRow(node)) break;
    }
    detach(widget ?? control);
  }
}

/**
 * The first element below `root` (not `root` itself), in document order, that passes `test`: a
 * walk of the subtree, where `querySelector` would compile its selector again on every call (the
 * rules ask it of every picture's, heading's and link's subtree).
 */
function findBelow(root: DomElement, test: (element: DomElement) => boolean): DomElement | null {
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT) {
      if (test(node as DomElement)) return node as DomElement;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = (node as DomElement).parentNode;
      if (node === root || node === null) return null;
    }
    node = node?.nextSibling ?? null;
  }
  return null;
}
const isParagraphOrSubhead = tagIn('P', 'H2', 'H3');
const isHeadingOrArticle = tagIn('H1', 'H2', 'H3', 'H4', 'ARTICLE');
/** What `h1, h2, h3, h4, p + p, article` matches: a heading, an article, or a paragraph right after another. */
const isFigureBreak = (element: DomElement) =>
  isHeadingOrArticle(element) || (element.tagName.toUpperCase() === 'P' && (element as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling?.tagName.toUpperCase() === 'P');
const isSubheading = tagIn('H2', 'H3', 'H4', 'H5', 'H6');
const isPicture = tagIn('IMG', 'PICTURE', 'AMP-IMG', 'VIDEO');
const isPageLinkElement = (element: DomElement) => element.tagName.toUpperCase() === 'A' && element.getAttribute('href') !== null;

/** Class tokens of a picture caption or credit (whole tokens or their "-"/"_" parts). */
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|captions|photocaption|imagecaption|cutline|credit|credits|bildunterschrift|legende|legend)(?:$|[\s_-])/i;
/** A caption is short: a figure-like block with more text than this is content. */
const CAPTION_MAX_CHARS = 400;
/** A block named as a picture's ("image-block", "photo-module", "article-figure"): what it holds beside the picture is the caption, as in a <figure>. */
const PICTURE_BLOCK_NAME = /(?:^|[\s_-])(?:image|img|photo|picture|figure|foto|bild)(?:$|[\s_-])/i;
/** `amp-carousel, amp-story, [class*="carousel" i], [class*="slideshow" i], [class*="swiper" i]`. */
const SLIDESHOW_CLASS = /carousel|slideshow|swiper/i;
const isSlideshow = (element: DomElement) => nameOf(element) === 'amp-carousel' || nameOf(element) === 'amp-story' || SLIDESHOW_CLASS.test(classAttribute(element) ?? '');
/** `input:not([type="hidden"]), button, select, textarea` (the type compared without case, as in HTML). */
const isFormControl = (element: DomElement) =>
  nameOf(element) === 'button' || nameOf(element) === 'select' || nameOf(element) === 'textarea' || (nameOf(element) === 'input' && element.getAttribute('type')?.toLowerCase() !== 'hidden');

/**
 * Removes picture captions from the page and returns their text: <figcaption>, blocks classed as
 * captions or credits, and figure-like blocks (a picture and at most a few short lines, no headings)
 * which old table layouts and many CMSs use instead of <figure>. Captions describe a picture, not
 * the story, and interrupt its sentences.
 */
export function takeCaptions(document: DomDocument): string[] {
  const story = storyHolders(document);
  const holdsStory = (element: DomElement) => story.has(element);
  const captions: string[] = [];
  const take = (element: DomElement, keepText: boolean) => {
    const text = cleanInline(element.textContent ?? '');
    if (keepText && text && !captions.includes(text)) captions.push(text);
    detach(element, 'caption');
  };
  for (const element of elementsWhere(document, tagIn('FIGCAPTION'))) take(element, true);
  for (const element of elementsWhere(document, hasClass)) {
    if (element.parentNode === null || !CAPTION_NAME.test(element.getAttribute('class') ?? '')) continue;
    if ((element.textContent ?? '').length < CAPTION_MAX_CHARS && !holdsStory(element) && findBelow(element, isParagraphOrSubhead) === null) take(element, !isMostlyLinks(element));
  }
  const pageChars = (document.body?.textContent ?? '').length;
  for (const picture of elementsWhere(document, isPicture)) {
    if (picture.parentNode === null) continue;
    let figure: DomElement | null = null;
    let level = 0;
    for (let node: DomElement | null = picture.parentNode; node && level++ < FIGURE_MAX_LEVELS && FIGURE_TAGS.has(node.tagName?.toUpperCase()); node = node.parentNode) {
      const chars = cleanInline(node.textContent ?? '').length;
      if (chars >= CAPTION_MAX_CHARS || chars * 5 > pageChars || findBelow(node, isFigureBreak) !== null || holdsStory(node) || holdsProse(node)) break;
      figure = node;
    }
    if (figure && cleanInline(figure.textContent ?? '') && !isMostlyLinks(figure) && !insideLink(figure)) take(figure, true);
  }
  // Slides of a carousel or gallery: a picture and its sentence each, in a <p> too.
  for (const slides of elementsWhere(document, isSlideshow)) {
    if (slides.parentNode === null || holdsStory(slides) || (slides.textContent ?? '').length >= CAPTION_MAX_CHARS * 4) continue;
    for (const picture of elementsWhere(slides, isPicture)) {
      let slide: DomElement | null = picture;
      while (slide?.parentNode && slide.parentNode !== slides) slide = slide.parentNode;
      const text = slide ? cleanInline(slide.textContent ?? '') : '';
      if (slide && slide !== picture && text && text.length < CAPTION_MAX_CHARS && !isMostlyLinks(slide) && !insideLink(slide)) take(slide, true);
    }
  }
  return captions;
}

/** A picture and a title inside one link are a teaser card's, not a figure and its caption. */
function insideLink(element: DomElement): boolean {
  if (element.tagName.toUpperCase() === 'A') return true;
  let node = element.parentNode;
  for (let level = 0; node?.tagName && level < 3; level++, node = node.parentNode) if (node.tagName.toUpperCase() === 'A') return true;
  return false;
}

/** A paragraph beside a picture is story (a list entry with its picture), unless it is classed as the caption or sits in a <figure>. */
function holdsProse(node: DomElement): boolean {
  // A <figure> is a picture and its caption by definition, whatever the caption's markup.
  if (node.tagName.toUpperCase() === 'FIGURE' || PICTURE_BLOCK_NAME.test(node.getAttribute('class') ?? '')) return false;
  for (const paragraph of elementsWhere(node, isParagraph)) {
    if (!CAPTION_NAME.test(paragraph.getAttribute('class') ?? '') && /[.!?…]["”’»)]*$/.test(cleanInline(paragraph.textContent ?? ''))) return true;
  }
  return false;
}

/** A figure wraps its picture a few levels deep at most; the bound keeps pages of hundreds of thumbnails linear. */
const FIGURE_MAX_LEVELS = 5;
/** Blocks that can wrap a picture and its caption (not a paragraph, which is text with an inline image). */
const FIGURE_TAGS = new Set(['FIGURE', 'DIV', 'TD', 'TR', 'TBODY', 'TABLE', 'SPAN', 'CENTER', 'FONT', 'A', 'DL', 'DT', 'DD']);

function isMostlyLinks(element: DomElement): boolean {
  const chars = cleanInline(element.textContent ?? '').length;
  let linkChars = 0;
  for (const link of elementsWhere(element, isLink)) linkChars += cleanInline(link.textContent ?? '').length;
  return chars > 0 && linkChars >= chars * 0.5;
}

/** A card is a headline and a blurb; more text than this is not a teaser. */
const CARD_MAX_CHARS = 1200;
/**
 * A card opens with its title, after a picture or a kicker at most: a block whose one link comes
 * after more words of its own than this (a forum post over its "Reply With Quote") is not a card.
 */
const CARD_MAX_WORDS_BEFORE_TITLE = 20;

/** Whether more than `limit` words of `root`'s text come before `target` in it (a walk that stops at either). */
function wordsBeforeExceed(root: DomElement, target: DomElement, limit: number): boolean {
  let words = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node === target) return false;
    if (node.nodeType === TEXT) {
      words += countWordsIn(node.nodeValue ?? '');
      if (words > limit) return true;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = (node as DomElement).parentNode;
      if (node === root || node === null) return false;
    }
    node = node?.nextSibling ?? null;
  }
  return false;
}
/** A card title without heading markup is a headline: a few words at least. */
const TITLE_MIN_WORDS = 3;
/** Blocks a card link can hold (a title, a label, a blurb); inline links in a sentence hold none. */
const CARD_BLOCKS = new Set(['DIV', 'P', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'UL', 'SECTION']);

/**
 * Removes teaser cards. First lists of them: a container with at least 3 children that each hold
 * one card title and a short blurb. A title is a linked heading, or a link that is the whole text
 * of its block (`<div class="title"><a>…</a></div>`, a linked `<p>`), as CMS views and React
 * components render them without heading markup. Their link share is too low for the link-list
 * rule (the blurbs are text), and on a short story they outweigh it in Readability's scores. Then
 * single cards in the story's flow: a link that holds two or more blocks with text (a label, a
 * title, a blurb), which a sentence's link never does.
 */
export function removeTeaserCards(document: DomDocument): void {
  const story = storyHolders(document);
  removeBlockLinks(document, story);
  // Headings with a link inside or around them (one simple query: a selector list with
  // descendant combinators costs a walk per selector).
  const headings = [...elementsWhere(document, isSubheadTag)].filter((heading) => {
    const href = findBelow(heading, isPageLinkElement)?.getAttribute('href') ?? enclosingLinkHref(heading);
    return isPageLink(href);
  });
  const titles = [...headings, ...titleLinks(document, new Set(headings))];
  if (titles.length < 3) return;
  // Titles below each element, and the elements that hold the story: counted once, by walking up
  // from each, rather than by a selector query per element (a 100 KB page of teaser rails took
  // 140 ms that way).
  const below = new Map<DomElement, number>();
  for (const title of titles) for (let node = title.parentNode; node?.tagName; node = node.parentNode) below.set(node, (below.get(node) ?? 0) + 1);
  const containers = new Set<DomElement>();
  const titleOf = new Map<DomElement, DomElement>();
  for (const title of titles) {
    // The card: the highest ancestor holding this one title; its parent holds the others.
    let card: DomElement = title;
    while (card.parentNode?.tagName && !story.has(card.parentNode) && (below.get(card.parentNode) ?? 0) <= 1) card = card.parentNode;
    titleOf.set(card, title);
    // A container that holds the story too is kept for the run rule below.
    if (card.parentNode?.tagName) containers.add(card.parentNode);
  }
  const titleSet = new Set(titles);
  for (const container of containers) {
    if (container.parentNode === null) continue;
    const children = [...container.children].filter((child) => cleanInline(child.textContent ?? ''));
    const cards = children.filter((child) => {
      if (!((below.get(child) ?? 0) >= 1 || titleSet.has(child))) return false;
      if ((child.textContent ?? '').length >= CARD_MAX_CHARS) return false;
      const title = titleOf.get(child);
      return !title || title === child || !wordsBeforeExceed(child, title, CARD_MAX_WORDS_BEFORE_TITLE);
    });
    if (cards.length < 3) continue;
    // In the headline's own <article>, entries with a paragraph of two sentences or more under a linked heading are the article's (a guide).
    if (inStoryArticle(container, story) && cards.filter((card) => sentenceEnds(cleanInline(card.textContent ?? '')) >= 2).length * 2 >= cards.length) continue;
    if (story.has(container) || cards.length * 3 < children.length * 2) {
      // A run of three or more cards in a row among other rows, or in the story's own container
      // (an e-mail's "Also this morning" rows in the one table that holds its headline).
      const cardSet = new Set(cards);
      let run: DomElement[] = [];
      for (const child of [...children, null]) {
        if (child && cardSet.has(child)) run.push(child);
        else {
          if (run.length >= 3) for (const card of run) detach(card);
          run = [];
        }
      }
      continue;
    }
    for (const card of cards) detach(card);
    // The rail's own heading ("More from…", "Read next") goes with its cards.
    if (cleanInline(container.textContent ?? '').length <= LEFTOVER_HEADING_CHARS) removeWithLeftoverHeading(container, story);
  }
}

/** Ends of sentences: a lower-case letter, then a full stop, a question or exclamation mark (not "1." in a numbered title). */
const sentenceEnds = (text: string) => text.match(/\p{Ll}[.!?…]["”’»)]*(?=\s|$)/gu)?.length ?? 0;

/** Whether an element sits inside the <article> that holds the headline. */
function inStoryArticle(element: DomElement, story: Set<DomElement>): boolean {
  for (let node = element.parentNode; node?.tagName; node = node.parentNode) if (node.tagName.toUpperCase() === 'ARTICLE') return story.has(node);
  return false;
}

/** A box left with no more text than a heading's, once its list is gone, was that list's box. */
const LEFTOVER_HEADING_CHARS = 80;

/** Removes an element, and its box when the box is left with its heading alone ("Related stories"). */
function removeWithLeftoverHeading(element: DomElement, story: Set<DomElement>): void {
  let box = element.parentNode;
  detach(element);
  // Up a few levels: a rail's heading often sits in the box around the list's own wrapper.
  for (let level = 0; level < 3 && box?.parentNode && !story.has(box) && cleanInline(box.textContent ?? '').length <= LEFTOVER_HEADING_CHARS; level++) {
    const parent: DomElement | null = box.parentNode;
    detach(box);
    box = parent;
  }
}

/** A promotion box is short: a heading, a line or two, and its call to action. */
const PROMO_BOX_MAX_CHARS = 400;
/** A call to action is a few words ("Listen now", "Read more", "Lea también"). */
const CALL_TO_ACTION_MAX_WORDS = 4;
/** Besides its heading and its call to action, a promotion box holds a blurb of at least this many characters. */
const PROMO_BLURB_MIN_CHARS = 40;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'LI']);

/**
 * Promotion and teaser boxes in or beside the story: a box of under 400 characters holding a
 * heading, a blurb, and a short call-to-action link as its last text (a podcast or newsletter
 * promotion, a related story's heading, excerpt and "Read more"). Unlinked headings keep them
 * out of the card rules; a story's section ends with its own sentence, not with a short link.
 */
export function removePromotionBoxes(document: DomDocument): void {
  const story = storyHolders(document);
  for (const heading of [...elementsWhere(document, isSubheadTag)]) {
    if (heading.parentNode === null) continue;
    let box: DomElement | null = null;
    for (let node: DomElement | null = heading.parentNode; node?.tagName && BOX_TAGS.has(node.tagName.toUpperCase()) && !story.has(node); node = node.parentNode) {
      if (textLongerThan(node, PROMO_BOX_MAX_CHARS)) break;
      box = node;
    }
    if (!box) continue;
    const links = elementsWhere(box, isLinkWithHref);
    const last = links[links.length - 1];
    if (!last || !isPageLink(last.getAttribute('href'))) continue;
    const action = cleanInline(last.textContent ?? '');
    const text = cleanInline(box.textContent ?? '');
    if (!action || action.split(' ').length > CALL_TO_ACTION_MAX_WORDS || !text.endsWith(action)) continue;
    if (text.length - cleanInline(heading.textContent ?? '').length - action.length < PROMO_BLURB_MIN_CHARS) continue;
    removeWithLeftoverHeading(box, story);
  }
  // Without a heading: one sentence and two or more calls to action after it ("Open in app", "Not now"; "App Store", "Google Play").
  for (const box of elementsWhere(document, tagIn('DIV', 'SECTION', 'ASIDE'))) {
    if (box.parentNode === null || story.has(box) || textLongerThan(box, PROMO_BOX_MAX_CHARS)) continue;
    const paragraphs = elementsWhere(box, isParagraph);
    const links = elementsWhere(box, isLinkWithHref);
    if (paragraphs.length !== 1 || links.length < 2 || firstElementWhere(box, tagIn('H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'IMG', 'PICTURE')) !== null) continue;
    if (firstElementWhere(paragraphs[0], isLink) !== null || links.some((link) => cleanInline(link.textContent ?? '').split(' ').length > CALL_TO_ACTION_MAX_WORDS)) continue;
    // The paragraph comes first and the box ends with the links: nothing but them after it.
    const rest = cleanInline(box.textContent ?? '').slice(cleanInline(paragraphs[0].textContent ?? '').length);
    if (cleanInline(box.textContent ?? '').startsWith(cleanInline(paragraphs[0].textContent ?? '')) && cleanInline(rest) === links.map((link) => cleanInline(link.textContent ?? '')).join(' ')) detach(box);
  }
}

const isPageLink = (href: string | null | undefined): boolean => !!href && !href.startsWith('#') && !/^javascript:/i.test(href);

/**
 * Links that are the whole text of their block and read as a headline: card titles without
 * heading markup. The check stops at the first sibling with text, so a paragraph of links costs
 * one step per link.
 */
function titleLinks(document: DomDocument, headings: Set<DomElement>): DomElement[] {
  const titles: DomElement[] = [];
  for (const link of elementsWhere(document, isLinkWithHref)) {
    const parent = link.parentNode;
    if (!parent?.tagName || !isPageLink(link.getAttribute('href'))) continue;
    let alone = true;
    for (let sibling = parent.firstChild; sibling && alone; sibling = sibling.nextSibling) {
      if (sibling !== link && (sibling.textContent ?? '').trim()) alone = false;
    }
    if (enclosingHeading(link, headings) || (link.children.length > 0 && findBelow(link, isSubheading) !== null)) continue;
    // A link around a picture and a title is a card's title even beside its blurb (`<a><img><span>title</span></a><p>…`),
    // and so is a link that is a whole line before a <br> and the blurb (`<td><a>title</a><br>blurb</td>`).
    if (!alone && (link.children.length === 0 || findBelow(link, isPicture) === null) && !isLineTitle(link) && !hasOnlyCardMeta(link)) continue;
    const text = cleanInline(link.textContent ?? '');
    if (text.split(' ').length < TITLE_MIN_WORDS || text.length >= CARD_MAX_CHARS) continue;
    titles.push(parent.tagName.toUpperCase() === 'LI' || parent.tagName.toUpperCase() === 'TD' ? link : parent);
  }
  return titles;
}

/** A card's source, age or kicker beside its title ("Sponsored · Brand 2", "3h ago"): a few words, not a sentence nor a label with a colon. */
const CARD_META_MAX_WORDS = 5;
const CARD_META_MAX_CHARS = 60;
/** Besides its title, a card's block holds a picture link and a line or two. */
const CARD_MAX_SIBLINGS = 8;

/**
 * Whether the link's block holds, besides it, only the card's picture link (to the same page) and
 * short meta lines: a recommendation widget's card (`<a><img></a><a>title</a><span>Sponsored</span>`).
 */
function hasOnlyCardMeta(link: DomElement): boolean {
  const href = link.getAttribute('href');
  let meta = false;
  let siblings = 0;
  for (let node = link.parentNode?.firstChild ?? null; node; node = node.nextSibling) {
    if (node === link) continue;
    // A card's block is a few elements; text of its own beside the link is a sentence's (checked first: it is cheap).
    if (++siblings > CARD_MAX_SIBLINGS || (node.nodeType !== ELEMENT && (node.textContent ?? '').trim())) return false;
    if (node.nodeType !== ELEMENT) continue;
    const text = cleanInline(node.textContent ?? '');
    if (!text) continue;
    if (text.length > CARD_META_MAX_CHARS || text.split(' ').length > CARD_META_MAX_WORDS || /[.!?:;,]["”’»)]*$/.test(text)) return false;
    meta = true;
  }
  return meta;
}

/** Whether a link opens its block and a <br> ends its line: the title line of a card in a table cell or a <br> layout. */
function isLineTitle(link: DomElement): boolean {
  for (let node = link.parentNode?.firstChild ?? null; node && node !== link; node = node.nextSibling) if ((node.textContent ?? '').trim()) return false;
  for (let node = link.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT && (node as DomElement).tagName.toUpperCase() === 'BR') return true;
    if ((node.textContent ?? '').trim()) return false;
  }
  return false;
}

/** True when the link sits in a heading already counted as a title. */
function enclosingHeading(link: DomElement, headings: Set<DomElement>): boolean {
  let node = link.parentNode;
  for (let level = 0; node?.tagName && level < 3; level++, node = node.parentNode) if (headings.has(node)) return true;
  return false;
}

/**
 * Single cards: a link holding two or more blocks with text (label, title, blurb), or two or more
 * inline elements of a few words each and no text of its own (`<a><strong>title</strong><span>blurb</span></a>`),
 * outside the story holders. A link in a sentence holds words, not a title and a blurb.
 */
function removeBlockLinks(document: DomDocument, story: Set<DomElement>): void {
  for (const link of [...elementsWhere(document, isLinkWithHref)]) {
    // Most links hold one text node: checked first, as a page holds hundreds of links.
    if (link.children.length < 2 || link.parentNode === null || story.has(link) || !isPageLink(link.getAttribute('href'))) continue;
    if ((link.textContent ?? '').length >= CARD_MAX_CHARS) continue;
    let blocks = 0;
    let parts = 0;
    for (const child of link.children) {
      const text = cleanInline(child.textContent ?? '');
      if (!text) continue;
      if (CARD_BLOCKS.has(child.tagName.toUpperCase())) blocks++;
      if (text.split(' ').length >= TITLE_MIN_WORDS) parts++;
    }
    if (blocks >= 2 || (parts >= 2 && !hasOwnText(link))) detach(link);
  }
}

function hasOwnText(element: DomElement): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT && (child.nodeValue ?? '').trim()) return true;
  return false;
}

/** A list item of an annotated link list is short: a title, a source, a date. */
const LINK_ITEM_MAX_CHARS = 300;

/**
 * Annotated link lists: a list of at least 3 items that each hold one link making up a third or
 * more of their text ("See also", sources and references, related stories with their dates). The
 * annotations keep their link share under the link-list rule's; story bullets are sentences.
 */
export function removeAnnotatedLinkLists(document: DomDocument): void {
  const story = storyHolders(document);
  for (const list of elementsWhere(document, tagIn('UL', 'OL'))) {
    if (list.parentNode === null || story.has(list)) continue;
    const items = [...list.children].filter((item) => item.tagName.toUpperCase() === 'LI');
    if (items.length < 3 || introducedByColon(list)) continue;
    const annotated = items.every((item) => {
      const text = cleanInline(item.textContent ?? '');
      const links = elementsWhere(item, isLinkWithHref);
      if (links.length !== 1 || text.length >= LINK_ITEM_MAX_CHARS) return false;
      return cleanInline(links[0].textContent ?? '').length * 3 >= text.length;
    });
    if (annotated) removeWithLeftoverHeading(list, story);
  }
}

/** A list right after a paragraph ending in a colon is the one it introduces ("Where to get help:"): the story's. */
function introducedByColon(list: DomElement): boolean {
  const previous = (list as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
  return previous?.tagName.toUpperCase() === 'P' && /:\s*$/.test(cleanInline(previous.textContent ?? ''));
}

/** Prose hidden by an inline style or the hidden attribute: a "read the full story" page hides the rest of the text it holds. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Shows the story's hidden part: an element hidden by its inline style or the `hidden` attribute
 * that holds two or more paragraphs of prose (12 words or more each) or one long one (40 words or
 * more). Readability skips hidden elements and furniture removal takes [hidden] ones, but the text
 * is the story's, one click away; hidden menus, dialogs and templates hold no such prose.
 */
export function revealHiddenProse(document: DomDocument): void {
  for (const element of elementsWhere(document, (element) => element.getAttribute('style') !== null || element.getAttribute('hidden') !== null)) {
    const byAttribute = element.getAttribute('hidden') !== null;
    if (!byAttribute && !HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) continue;
    let prose = 0;
    for (const paragraph of elementsWhere(element, isParagraph)) {
      const words = cleanInline(paragraph.textContent ?? '').split(' ').length;
      if (words >= 40) prose = 2;
      else if (words >= 12) prose++;
      if (prose >= 2) break;
    }
    if (prose >= 2 && !isMostlyLinks(element)) (element as DomElement & { removeAttribute(name: string): void }).removeAttribute(byAttribute ? 'hidden' : 'style');
  }
}

/** An age ("3 hours ago", "1 hrs ago", "5h ago", "vor 2 Stunden") or a numeric date; dates in words go to parsePublishedAt. A year alone is not a stamp (timelines). */
const DATE_OR_AGE = /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)\.?\s+ago\b|\bvor\s+\d+\s+(?:minuten|stunden|tagen)\b|\bil y a\s+\d+|\bhace\s+\d+|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;
/**
 * A comment's header gives its day (a date or an age): comments gather over days. A time of day
 * alone ("16:00", "[10:02] Reader") heads the entries of a live blog or a live chat, the story.
 */
const isStamp = (text: string) => DATE_OR_AGE.test(text) || parsePublishedAt(text) !== null;
/** A comment header (name, date, time) is short; longer text with a date in it is prose. */
const STAMP_MAX_CHARS = 60;
/** Paragraphs of story text between the headline and a thread that the thread follows. */
const STORY_PARAGRAPHS_BEFORE_THREAD = 2;

/**
 * Reader-comment threads whose markup names nothing (`<table class="rc">`, `<div class="c">`):
 * a container of at least 3 items that each start from a short stamped header (a name with a
 * date or time) and hold text, after at least two paragraphs of story below the headline. Live
 * blogs' entries are stamped too, but they are the story: pages that say they are live blogs
 * (LiveBlogPosting), and entries in `<article>`s, are left alone.
 */
export function removeUnmarkedCommentThreads(document: DomDocument): void {
  const story = storyHolders(document);
  const order = new Map<DomElement, number>();
  let index = 0;
  for (const element of elementsWhere(document, () => true)) order.set(element, index++);
  // Without an h1 (a headline in a styled <div>, old table layouts), the story's paragraphs are counted from the top of the body.
  const headline = firstElementWhere(document, tagIn('H1'));
  // A live blog says so in its structured data: its stamped entries are the story.
  for (const script of elementsWhere(document, isJsonLdScript)) if ((script.textContent ?? '').includes('LiveBlogPosting')) return;
  // Where the story has shown two paragraphs of prose (or one run of <br>-separated text): threads start after that.
  const headlineAt = headline ? (order.get(headline) ?? 0) : 0;
  let storyShown = Infinity;
  let seen = 0;
  for (const block of elementsWhere(document, tagIn('P', 'DIV', 'TD'))) {
    const at = order.get(block) ?? 0;
    if (at < headlineAt) continue;
    const prose = block.tagName.toUpperCase() === 'P' ? countWordsIn(block.textContent ?? '') >= 12 : ownWords(block) >= 40;
    if (prose && (block.tagName.toUpperCase() !== 'P' || ++seen >= STORY_PARAGRAPHS_BEFORE_THREAD)) {
      storyShown = at;
      break;
    }
  }
  if (storyShown === Infinity) return;
  // Stamps are found from text nodes (a date is one text node), so no element's whole text is read.
  const stamps: DomElement[] = [];
  const walker = (document as unknown as { createTreeWalker(root: unknown, show: number): { nextNode(): DomNode | null } }).createTreeWalker(document.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > STAMP_MAX_CHARS || !/\d/.test(value)) continue;
    const element = (node as DomNode & { parentNode: DomElement | null }).parentNode;
    if (!element?.tagName || (order.get(element) ?? 0) <= storyShown || stamps[stamps.length - 1] === element) continue;
    // The stamp's element: "by <strong>member1</strong> » Tue Mar 03, 2009 11:14 am" as a whole.
    const text = element.textContent ?? '';
    if (text.length <= STAMP_MAX_CHARS && isStamp(text) && !opensParagraph(element)) stamps.push(element);
  }
  // One stamp per header: the innermost element ("reader_4<br><small>date</small>" is the <small>).
  const stampSet = new Set(stamps);
  for (const stamp of stamps) for (let node = stamp.parentNode, level = 0; node?.tagName && level < 4; node = node.parentNode, level++) stampSet.delete(node);
  if (stampSet.size < 3) return;
  const below = new Map<DomElement, number>();
  for (const stamp of stampSet) for (let node = stamp.parentNode; node?.tagName; node = node.parentNode) below.set(node, (below.get(node) ?? 0) + 1);
  const containers = new Set<DomElement>();
  for (const stamp of stampSet) {
    let item: DomElement = stamp;
    while (item.parentNode?.tagName && (below.get(item.parentNode) ?? 0) <= 1) item = item.parentNode;
    const container = item.parentNode;
    // A forum puts the story and its replies in one list: the container may hold the story, never be the page.
    if (container?.tagName && container !== document.body && container !== document.documentElement) containers.add(container);
  }
  for (const container of containers) {
    if (container.parentNode === null || firstElementWhere(container, tagIn('ARTICLE')) !== null) continue;
    const children = [...container.children].filter((child) => cleanInline(child.textContent ?? ''));
    const items = children.filter((child) => (below.get(child) ?? 0) >= 1 && cleanInline(child.textContent ?? '').length >= 40);
    const replies = items.filter((item) => !story.has(item));
    // Items that mostly run to two paragraphs or more are letters or entries of the story, signed and dated; comments are a paragraph.
    const longItems = items.filter((item) => elementsWhere(item, isParagraph).filter((p) => countWordsIn(p.textContent ?? '') >= 12).length >= 2);
    if (longItems.length * 2 >= items.length) continue;
    if (replies.length >= 3 && items.length * 3 >= children.length * 2) for (const reply of replies) detach(reply);
  }
}

/** Inline elements a stamp can sit in before the block that holds it. */
const INLINE_TAGS = new Set(['STRONG', 'B', 'EM', 'I', 'SPAN', 'SMALL', 'TIME', 'A', 'FONT', 'ABBR']);

/**
 * A stamp inline in a <p> that goes on past it is the paragraph's own date (a timeline's
 * "<p><strong>March 3, 2015</strong> — The council votes…</p>"); a comment's header is a block of
 * its own, or shares a cell or box with the comment, not a paragraph.
 */
function opensParagraph(stamp: DomElement): boolean {
  let block: DomElement | null = stamp;
  while (block && INLINE_TAGS.has(block.tagName.toUpperCase())) block = block.parentNode;
  return !!block && block !== stamp && block.tagName.toUpperCase() === 'P' && textLongerThan(block, STAMP_MAX_CHARS);
}

const countWordsIn = (text: string) => cleanInline(text).split(' ').filter(Boolean).length;

/** Words in an element's own text nodes, not its children's: a run of <br>-separated text. */
function ownWords(element: DomElement): number {
  let count = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT) count += countWordsIn(child.nodeValue ?? '');
  return count;
}

/** A promotion in the story is a line: "Sign up for our newsletter here.", "Download our app…". */
const PROMO_MAX_CHARS = 160;

/**
 * One-line promotions inside the story: a short paragraph set entirely in bold or italics that
 * holds a link. Story paragraphs are not set in one emphasis with a link; wire credit lines in
 * italics hold no link.
 */
export function removeInlinePromotions(document: DomDocument): void {
  for (const paragraph of elementsWhere(document, tagIn('P'))) {
    const text = cleanInline(paragraph.textContent ?? '');
    if (!text || text.length >= PROMO_MAX_CHARS || hasOwnText(paragraph)) continue;
    const parts = [...paragraph.children].filter((child) => cleanInline(child.textContent ?? ''));
    if (parts.length !== 1 || !EMPHASIS.has(parts[0].tagName.toUpperCase())) continue;
    if (firstElementWhere(parts[0], isLinkWithHref) !== null && !isLabelledNote(parts[0], text)) detach(paragraph);
  }
}
const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I']);

/**
 * A note about the story ("Editor's note: This story was updated…", "Correction: …") opens with a
 * label of up to three words and a colon, and its link, if any, is a small part of it. A promotion
 * asks the reader to act, and a cross-link is mostly its link.
 */
function isLabelledNote(element: DomElement, text: string): boolean {
  if (!/^[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}\s*:\s/u.test(text)) return false;
  let linkChars = 0;
  for (const link of elementsWhere(element, isLink)) linkChars += cleanInline(link.textContent ?? '').length;
  return linkChars * 2 < text.length;
}

/** A summary box under the headline holds a few bullets of up to this many words each. */
const SUMMARY_BULLET_MAX_WORDS = 40;

/**
 * The bullet-point summary between the headline and the story's first paragraph ("story
 * highlights", key points): a list of 2 to 6 short items, mostly not links, before any paragraph
 * of the story. It repeats the story's sentences; the story starts after it.
 */
export function removeLeadSummary(document: DomDocument): void {
  let afterHeadline = false;
  for (const element of elementsWhere(document, tagIn('H1', 'P', 'UL', 'OL'))) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'H1') {
      afterHeadline = true;
      continue;
    }
    if (!afterHeadline) continue;
    const text = cleanInline(element.textContent ?? '');
    if (tag === 'P') {
      // A line that ends in a colon introduces the list after it: the list is the story's.
      if (text.split(' ').length >= 12 || text.endsWith(':')) return;
      continue;
    }
    const items = [...element.children].filter((item) => item.tagName.toUpperCase() === 'LI');
    if (items.length < 2 || items.length > 6 || isMostlyLinks(element)) continue;
    if (items.every((item) => cleanInline(item.textContent ?? '').split(' ').length <= SUMMARY_BULLET_MAX_WORDS)) detach(element);
    return;
  }
}

/** The href of the link around an element, a few levels up at most; null when there is none. */
function enclosingLinkHref(element: DomElement): string | null {
  let node = element.parentNode;
  for (let level = 0; node?.tagName && level < 3; level++, node = node.parentNode) {
    if (node.tagName.toUpperCase() === 'A') return node.getAttribute('href');
  }
  return null;
}

/**
 * The elements that are or hold the headline (h1, or else the h2/h3 the <title> repeats), an
 * article, main or [itemprop=articleBody]: never furniture, whatever their class. Found once per pass, walking up from each.
 */
function storyHolders(document: DomDocument): Set<DomElement> {
  const holders = new Set<DomElement>();
  const marked = elementsWhere(document, isStoryMark);
  // Without an h1, the headline is the h2 or h3 that the page's <title> repeats.
  const headline = marked.some((element) => element.tagName.toUpperCase() === 'H1') ? null : headlineElement(document, (document.title ?? '').toLowerCase());
  for (const element of headline ? [...marked, headline] : marked) {
    for (let node: DomElement | null = element; node?.tagName && !holders.has(node); node = node.parentNode) holders.add(node);
  }
  if (document.body) holders.add(document.body);
  if (document.documentElement) holders.add(document.documentElement);
  return holders;
}

const LIST_CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'HEADER', 'FOOTER', 'TABLE', 'TBODY', 'TR', 'TD']);
const ELEMENT = 1;
const TEXT = 3;
const SHOW_TEXT = 4;

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
          detach(element);
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

/**
 * Whether an element holds more than `limit` characters of text (trimmed text nodes), reading no
 * further than that: a page of headings directly under one large block would otherwise read the
 * whole block once per heading.
 */
function textLongerThan(element: DomElement, limit: number): boolean {
  let chars = 0;
  // Document order through first-child and next-sibling links, stopping as soon as the limit is passed.
  let node: DomNode | null = element.firstChild;
  while (node) {
    if (node.nodeType === TEXT && (chars += (node.nodeValue ?? '').trim().length) > limit) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      const parent: DomElement | null = (node as DomNode & { parentNode: DomElement | null }).parentNode;
      node = parent === element ? null : parent;
    }
    node = node?.nextSibling ?? null;
  }
  return false;
}

/** The headline's part of a page divided by <hr> holds at least this many paragraphs of prose. */
const HEADLINE_SECTION_MIN_PROSE = 3;

/**
 * Pages written by hand as a flat run of blocks with <hr> between their parts (masthead, story,
 * the paper's notes): the part holding the headline is the story, when a part comes before it. The others go when each holds
 * fewer words than it: a motto, a news-tip line, subscription rates, "also in this issue".
 * The headline is the page's h1, or an h2/h3 that its <title> repeats.
 */
export function keepHeadlineSection(document: DomDocument, documentTitle: string): void {
  const headline = headlineElement(document, documentTitle.toLowerCase());
  const parent = headline?.parentNode;
  if (!headline || !parent?.tagName) return;
  const sections: DomElement[][] = [[]];
  let own = -1;
  for (const child of [...parent.children]) {
    if (child.tagName.toUpperCase() === 'HR') sections.push([]);
    else sections[sections.length - 1].push(child);
    if (child === headline) own = sections.length - 1;
  }
  // The headline opens the first part of a feature whose <hr>s are scene breaks; the parts of a
  // page put the masthead before it.
  if (sections.length < 2 || own < 1) return;
  const words = sections.map((section) => section.reduce((sum, element) => sum + countWordsIn(element.textContent ?? ''), 0));
  const prose = sections[own].filter((element) => element.tagName.toUpperCase() === 'P' && countWordsIn(element.textContent ?? '') >= 12).length;
  if (prose < HEADLINE_SECTION_MIN_PROSE || words.some((count, i) => i !== own && count >= words[own])) return;
  sections.forEach((section, i) => {
    if (i === own || section.some((element) => firstElementWhere(element, tagIn('ARTICLE', 'MAIN', 'H1')) !== null)) return;
    for (const element of section) detach(element);
  });
}

function headlineElement(document: DomDocument, documentTitle: string): DomElement | null {
  const h1 = firstElementWhere(document, tagIn('H1'));
  if (h1) return h1;
  for (const heading of elementsWhere(document, tagIn('H2', 'H3'))) {
    const text = cleanInline(heading.textContent ?? '').toLowerCase();
    if (text.split(' ').length >= 3 && documentTitle.includes(text)) return heading;
  }
  return null;
}

/** Rows between two parts of a story hold an ad or its label at most: fewer words than this. */
const SPLIT_GAP_MAX_WORDS = 30;

/**
 * A story split across table rows by an ad (`<tr><td>` first half, `<tr><td>` an ad table,
 * `<tr><td>` the rest), as 2000s newspapers laid it out: the later part is moved into the first,
 * so that Readability, which picks one cell, gets all of it. Parts are cells of the same column
 * holding two or more paragraphs of prose of their own, with rows of little text between them.
 */
export function joinSplitStoryCells(document: DomDocument): void {
  for (const table of elementsWhere(document, tagIn('TABLE'))) {
    let previous: { cell: DomElement; column: number } | null = null;
    let gap = 0;
    for (const row of elementsWhere(table, tagIn('TR'))) {
      if (nearest(row, 'TABLE') !== table) continue;
      const cells = [...row.children].filter((cell) => cell.tagName.toUpperCase() === 'TD');
      const column = cells.findIndex(isProseCell);
      if (column < 0) {
        gap += countWordsIn(row.textContent ?? '');
        continue;
      }
      const cell = cells[column];
      if (previous && previous.column === column && gap < SPLIT_GAP_MAX_WORDS) {
        const target = previous.cell as DomElement & { appendChild(node: DomNode): void };
        for (let child = cell.firstChild; child; child = cell.firstChild) {
          detach(child, 'moved');
          target.appendChild(child);
        }
      } else previous = { cell, column };
      gap = 0;
    }
  }
}

function isProseCell(cell: DomElement): boolean {
  let prose = 0;
  for (const paragraph of elementsWhere(cell, isParagraph)) {
    if (nearest(paragraph, 'TD') === cell && countWordsIn(paragraph.textContent ?? '') >= 12 && ++prose >= 2) return true;
  }
  return false;
}

/** The nearest ancestor with this tag name. */
function nearest(element: DomElement, tag: string): DomElement | null {
  for (let node = element.parentNode; node?.tagName; node = node.parentNode) if (node.tagName.toUpperCase() === tag) return node;
  return null;
}

/**
 * A page that holds several stories, each in its own <article> with its own h1 (infinite scroll
 * saves the next story whole below the first; some portals show two): the story is the one whose
 * headline the page's title gives. The other articles go.
 */
export function keepTitledArticle(document: DomDocument, pageTitles: string[]): void {
  const headlines = elementsWhere(document, tagIn('H1')).map((h1) => ({ h1, article: nearest(h1, 'ARTICLE') }));
  if (headlines.length < 2 || headlines.some(({ article }) => article === null)) return;
  const titles = pageTitles.map((t) => cleanInline(t).toLowerCase()).filter(Boolean);
  const own = headlines.find(({ h1 }) => {
    const text = cleanInline(h1.textContent ?? '').toLowerCase();
    return text.length > 0 && titles.some((title) => title.includes(text));
  });
  if (!own) return;
  for (const { article } of headlines) if (article && article !== own.article && article.parentNode !== null && !(article as DomElement & { contains(node: DomNode): boolean }).contains(own.h1)) detach(article);
}

/** The words of Readability's "unlikely candidate" test ("header", "social", "related", …), which it strips in its first pass. */
const READABILITY_UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const READABILITY_MAYBE = /and|article|body|column|content|main|shadow/i;

/**
 * A subhead between two paragraphs is the story's, whatever its class says: a platform's anchor
 * class ("header-anchor-post") made Readability strip every subhead of the story as an unlikely
 * candidate. Its class and id go, so that Readability reads it as the heading it is.
 */
export function unmarkStorySubheads(document: DomDocument): void {
  for (const heading of elementsWhere(document, isSubheadTag)) {
    const names = `${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`;
    if (!READABILITY_UNLIKELY.test(names) || READABILITY_MAYBE.test(names)) continue;
    if (!isProseParagraph(neighbour(heading, 'previousElementSibling')) || !isProseParagraph(neighbour(heading, 'nextElementSibling'))) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}
/** The paragraphs on either side of a story subhead are prose, not a widget's one-liners. */
const SUBHEAD_NEIGHBOUR_MIN_WORDS = 12;
/** Siblings of fewer words than this beside a subhead are a button or an emptied box, passed over. */
const SUBHEAD_SKIP_MAX_WORDS = 3;

/** The nearest sibling element that way with more than a few words (or none, three siblings on). */
function neighbour(element: DomElement, way: 'previousElementSibling' | 'nextElementSibling'): DomElement | null {
  let node = (element as unknown as Record<string, DomElement | null>)[way];
  for (let skipped = 0; node && skipped < 3 && countWordsIn(node.textContent ?? '') <= SUBHEAD_SKIP_MAX_WORDS; skipped++) node = (node as unknown as Record<string, DomElement | null>)[way];
  return node;
}
const isProseParagraph = (element: DomElement | null) => element?.tagName.toUpperCase() === 'P' && countWordsIn(element.textContent ?? '') >= SUBHEAD_NEIGHBOUR_MIN_WORDS;

/** A summary box repeats at least this many of the story's sentences, one an item. */
const SUMMARY_MIN_ITEMS = 2;

/**
 * A list under its own heading in a box of its own, whose items each repeat a sentence of the
 * story's paragraphs ("What you need to know" in the middle of a story), is a summary of it: the
 * list goes, with its box when only its heading is left. A list among the story's paragraphs stays
 * even when it repeats them (a post's list of its points).
 */
export function removeRepeatedSummaries(document: DomDocument): void {
  const lists = elementsWhere(document, tagIn('UL', 'OL'));
  if (lists.length === 0) return;
  const story = storyHolders(document);
  let paragraphs: string[] | null = null;
  for (const list of lists) {
    if (list.parentNode === null || story.has(list)) continue;
    const items = [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI');
    if (items.length < SUMMARY_MIN_ITEMS || items.length > 8 || !isHeadedBox(list)) continue;
    const texts = items.map((item) => cleanInline(item.textContent ?? ''));
    if (texts.some((text) => text.split(' ').length < 6 || !/[.!?…]["”’»)]*$/.test(text))) continue;
    // The story's paragraphs: <p>s outside list items.
    paragraphs ??= elementsWhere(document, tagIn('P')).filter((p) => !inListItem(p)).map((p) => cleanInline(p.textContent ?? ''));
    if (texts.every((text) => paragraphs?.some((p) => p.includes(text)))) removeWithLeftoverHeading(list, story);
  }
}

/** Whether the list's parent is a box of its own: a heading, then the list, and nothing else with text. */
function isHeadedBox(list: DomElement): boolean {
  const children = [...(list.parentNode?.children ?? [])].filter((child) => child === list || cleanInline(child.textContent ?? ''));
  return children.length === 2 && children[1] === list && /^H[2-6]$/i.test(children[0].tagName);
}

function inListItem(element: DomElement): boolean {
  for (let node = element.parentNode, level = 0; node?.tagName && level < 6; node = node.parentNode, level++) if (node.tagName.toUpperCase() === 'LI') return true;
  return false;
}
