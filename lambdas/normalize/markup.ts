// HTML to paragraph text over a linkedom DOM. linkedom (and Readability) cost ~150 ms to import,
// so they are loaded synchronously on first use only: inputs without markup never pay for them.
// A default import: the Lambda bundle's banner already declares a top-level `createRequire`.
import nodeModule from 'node:module';
import { cleanInline, joinParagraphs } from './clean-text.js';

type LinkedomModule = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

// Plain `require('…')` calls where `require` exists (CommonJS, vitest, an esbuild bundle with the
// createRequire banner): esbuild sees them, bundles the packages and initialises them only when
// the call runs. Under plain Node ESM (tsx) there is no `require`, so one is created.
const requireFromHere = nodeModule.createRequire(import.meta.url);
let linkedom: LinkedomModule | undefined;
let readability: ReadabilityModule | undefined;

export function loadLinkedom(): LinkedomModule {
  return (linkedom ??= (typeof require === 'function' ? require('linkedom') : requireFromHere('linkedom')) as LinkedomModule);
}

export function loadReadability(): ReadabilityModule {
  return (readability ??= (typeof require === 'function' ? require('@mozilla/readability') : requireFromHere('@mozilla/readability')) as ReadabilityModule);
}

/** The slice of the DOM this module uses (the project compiles without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  className: string;
  id: string;
  parentNode: DomElement | null;
  children: ArrayLike<DomElement> & Iterable<DomElement>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  getElementsByTagName(tag: string): ArrayLike<DomElement> & Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  remove(): void;
}
export interface DomDocument {
  title: string;
  body: DomElement;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

/**
 * A frameset page shows other documents; what it says itself is in <noframes>, for browsers and
 * search engines without frames (small sites of the early 2000s repeated the whole story there).
 * That content becomes the page's body; a frameset without it has no text of its own.
 */
export function withNoframesBody(html: string): string {
  if (!/<frameset[\s>]/i.test(html)) return html;
  // Searched once each, from the first <noframes>: a lazy match retried at every <noframes> of a
  // page that never closes one would take quadratic time.
  const open = /<noframes\b[^>]*>/i.exec(html);
  if (!open) return html;
  const from = open.index + open[0].length;
  const close = html.slice(from).search(/<\/noframes\s*>/i);
  if (close < 0) return html;
  const head = html.slice(0, html.search(/<frameset[\s>]/i));
  const inner = html.slice(from, from + close).replace(/<\/?body\b[^>]*>/gi, '');
  return `${head}<body>${inner}</body></html>`;
}

/**
 * The elements below `root` (for a document, all of them) that pass `test`, in document order:
 * what querySelectorAll gives for a selector written as a predicate. linkedom compiles the
 * selector again on every call, and its matcher builds a child list at each step; a walk with a
 * plain test costs a fraction of that (about 1 ms of a 100 KB page's 35 went to compiling the
 * same few selectors). A <template>'s content is passed over, as querySelectorAll passes it.
 */
export function elementsWhere(root: DomNode | DomDocument, test: (element: DomElement) => boolean, first = false): DomElement[] {
  const found: DomElement[] = [];
  const isDocument = (root as DomNode).nodeType === 9;
  const owner = (isDocument ? root : (root as DomNode & { ownerDocument: unknown }).ownerDocument) as TreeWalkerFactory | null;
  if (!owner?.createTreeWalker) return found;
  // linkedom's walker lists the elements up front (the document's from its root element on, an
  // element's below it), in one pass over its node chain.
  const walker = owner.createTreeWalker(root, SHOW_ELEMENT);
  let template: DomElement | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as DomElement;
    if (template) {
      if (contains(template, element)) continue;
      template = null;
    }
    if (test(element)) {
      found.push(element);
      if (first) return found;
    }
    if (nameOf(element) === 'template') template = element;
  }
  return found;
}

const SHOW_ELEMENT = 1;
interface TreeWalkerFactory {
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): DomNode | null };
}
const contains = (ancestor: DomElement, node: DomElement) => {
  for (let up = node.parentNode; up; up = up.parentNode) if (up === ancestor) return true;
  return false;
};

/** The first element below `root` that passes `test` (querySelector's answer), or null. */
export const firstElementWhere = (root: DomNode | DomDocument, test: (element: DomElement) => boolean): DomElement | null => elementsWhere(root, test, true)[0] ?? null;

/**
 * An element's name as a selector compares it: the local name in lower case. (linkedom's tagName
 * builds an upper-case copy on every read.)
 */
export const nameOf = (element: DomElement) => element.localName.toLowerCase();

/** The class attribute as written, or null: what a selector reads (linkedom's getAttribute('class') gives "" for none). */
export const classAttribute = (element: DomElement) => (element as DomElement & { getAttributeNode(name: string): { value: string } | null }).getAttributeNode('class')?.value ?? null;

/** A test of the element's name: `tagIn('H2', 'H3')` for the selector "h2, h3". */
export function tagIn(...tags: string[]): (element: DomElement) => boolean {
  const set = new Set(tags.map((tag) => tag.toLowerCase()));
  return (element) => set.has(nameOf(element));
}

/** `script[type="application/ld+json"]`: the type is compared without case, as the selector compares it in HTML. */
export const isJsonLdScript = (element: DomElement) => nameOf(element) === 'script' && element.getAttribute('type')?.toLowerCase() === 'application/ld+json';

export function parseHtmlDocument(html: string): DomDocument {
  const cleaned = withoutInertMarkup(withNoframesBody(html));
  // linkedom builds no <html>/<body> around markup that lacks them.
  const whole = /<html[\s>]/i.test(cleaned) ? cleaned : `<!DOCTYPE html><html><body>${cleaned}</body></html>`;
  const document = loadLinkedom().parseHTML(whole).document as unknown as DomDocument;
  if (document.documentElement) removeCommentNodes(document);
  return document;
}

/** NodeFilter.SHOW_COMMENT. */
const SHOW_COMMENT = 0x80;

/**
 * Removes the comments the parser made of markup it does not know in a page body (`<![CDATA[`, a
 * second `<!DOCTYPE`, `<?xml ?>`); real comments were cut before parsing. They hold no text, and
 * Readability looped forever on one such tree (a hostile-corpus page, once its NULs were dropped).
 */
function removeCommentNodes(document: DomDocument): void {
  // A tree walker follows linkedom's node list directly; firstChild/nextSibling walks cost more.
  const walker = (document as unknown as { createTreeWalker(root: unknown, show: number): { nextNode(): DomElement | null } }).createTreeWalker(document.documentElement, SHOW_COMMENT);
  const comments: DomElement[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.remove();
}

const INERT = /<!--[\s\S]*?-->|<(script|style|svg|noscript|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;

/** Comments, styles, icons, scripts (except JSON-LD) and long data-* attributes never hold
 * article text; real pages carry hundreds of KB of them, so they are cut before the DOM is built.
 * Tags end at the first matching close tag, as an HTML tokenizer ends script data. */
export function withoutInertMarkup(html: string): string {
  return html
    .replace(INERT, (all, tag: string | undefined, attributes: string | undefined) =>
      tag?.toLowerCase() === 'script' && /application\/ld\+json/i.test(attributes ?? '') ? all : '',
    )
    // Long data-* attributes hold serialized component state (JSON full of &quot;), never text.
    .replace(/\sdata-[\w-]+\s*=\s*(?:"[^"]{200,}"|'[^']{200,}')/g, '')
    // Old presentational inline tags become <span>: Readability counts <font>, <big>, <tt>, <u>, <s>,
    // <strike> and <nobr> as blocks when it turns a <br><br> into a paragraph break, so the break
    // before a <font> run vanished and the lines on either side ran together (a 2003 print view's
    // date line and its story's first sentence).
    .replace(/<(\/?)(?:font|big|tt|nobr|strike|u|s)(?=[\s>/])/gi, '<$1span')
    // A "<" that starts no tag is text to an HTML tokenizer anyway; escaped, it keeps linkedom's
    // parser off its slow path for runs of "<" (2 MB of them took 29 s unescaped).
    .replace(/<(?![a-zA-Z!/?])/g, '&lt;');
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Captions describe a picture, not the story; they interrupt its sentences.
const SKIP = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);

const SUBHEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A cross-link is a short label ("Read more:", "Lire aussi :") before a linked headline. */
const CROSS_LINK_MAX_WORDS = 30;
const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Whether a paragraph is navigation: all link text but separators, or a short label and a linked headline. A story's sentences are never all link. */
export function isNavigationParagraph(text: string, linkText: string): boolean {
  const linkWords = countWords(linkText);
  if (linkWords === 0) return false;
  const words = countWords(text);
  const labelWords = words - linkWords;
  // Link text alone, of any length: section lists, story tools, a promotion ("Click here to subscribe to the print edition…").
  if (labelWords <= 0) return true;
  return words <= CROSS_LINK_MAX_WORDS && labelWords <= 3 && linkWords >= 3 && /^[^.!?]{0,40}[:|»›>–—]\s/u.test(text);
}

/** A paragraph of a DOM subtree: the text of one block element, and the part of it inside links. */
export interface TextBlock {
  text: string;
  linkText: string;
  /** Set when the block is a heading (h2–h6). */
  heading?: boolean;
}

/**
 * The text of a DOM subtree, one paragraph per block element, paragraphs separated by "\n\n".
 * With `dropLinkOnly`, navigation paragraphs (link text only, or a label and a linked headline) are left out.
 */
export function nodeToText(root: DomNode, { dropLinkOnly = false } = {}): string {
  const blocks = joinHardWrapped(nodeToBlocks(root));
  return joinParagraphs((dropLinkOnly ? blocks.filter((b, i) => !isNavigationParagraph(b.text, b.linkText) || isLinkedSubhead(b, blocks[i + 1])) : blocks).map((b) => b.text));
}

/** A paragraph of prose under a heading makes the heading a subhead, even when it links (a guide's entries): this many words, few of them links. */
const SUBHEAD_PARAGRAPH_MIN_WORDS = 20;

function isLinkedSubhead(block: TextBlock, next: TextBlock | undefined): boolean {
  return !!block.heading && !!next && !next.heading && countWords(next.text) >= SUBHEAD_PARAGRAPH_MIN_WORDS && linkDensity(next) < 0.2;
}

/** Whether a block is mostly link text: a menu entry, a teaser headline. */
export function linkDensity(block: TextBlock): number {
  const words = countWords(block.text);
  return words ? Math.min(1, countWords(block.linkText) / words) : 0;
}

export { countWords };

/** Blocks that follow the one before them after a single <br> in the same run of text (a line, not a paragraph). */
const afterLineBreak = new WeakSet<TextBlock>();

/** Hard-wrapped text shows its wrap column in a run of at least this many lines, the longest at most HARD_WRAP_MAX_CHARS and at least HARD_WRAP_MIN_CHARS long. */
const HARD_WRAP_MIN_LINES = 3;
const HARD_WRAP_MAX_CHARS = 100;
const HARD_WRAP_MIN_CHARS = 40;
/** Every line but the last reaches this share of the longest: a wrap column, not a list of short lines (an address, a menu). */
const HARD_WRAP_FILL = 0.6;

/**
 * Lines of one paragraph broken by single <br>s at a wrap column (text pasted from an e-mail or
 * a terminal: "…the excavation of<br>what will be the longest…") are joined with a space, as
 * plain text's hard-wrapped lines are: once a run of three lines or more shows the wrap column,
 * every run of two lines or more that fills it. Runs of short or uneven lines (an address, a list
 * of links, verse) stay lines.
 */
export function joinHardWrapped(blocks: TextBlock[]): TextBlock[] {
  // The runs of lines, each a paragraph's lines if the text is hard-wrapped.
  const runs: TextBlock[][] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i + 1;
    while (end < blocks.length && afterLineBreak.has(blocks[end])) end++;
    runs.push(blocks.slice(i, end));
    i = end;
  }
  const fills = (run: TextBlock[], column: number) => !run.some((b) => b.heading) && run.every((b) => b.text.length <= column) && run.slice(0, -1).every((b) => b.text.length >= column * HARD_WRAP_FILL);
  // The wrap column: the longest line of the runs of three lines or more that fill it.
  let column = 0;
  for (const run of runs) {
    const longest = Math.max(...run.map((b) => b.text.length));
    if (run.length >= HARD_WRAP_MIN_LINES && longest <= HARD_WRAP_MAX_CHARS && longest >= HARD_WRAP_MIN_CHARS && fills(run, longest)) column = Math.max(column, longest);
  }
  if (column === 0) return blocks;
  // Then every run of two lines or more that fills the same column is one paragraph.
  return runs.flatMap((run) => (run.length >= 2 && fills(run, column) ? [{ text: run.map((b) => b.text).join(' '), linkText: cleanInline(run.map((b) => b.linkText).join(' ')) }] : run));
}

/** The paragraphs of a DOM subtree in document order, with their link text. */
export function nodeToBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linkText = '';
  let linkDepth = 0;
  let preDepth = 0;
  let heading = false;
  // Set by a <br> that ends a line of text: the next block is that text's next line.
  let lineBreak = false;
  const flush = () => {
    const text = cleanInline(buffer);
    if (text) {
      const block = heading ? { text, linkText: cleanInline(linkText), heading } : { text, linkText: cleanInline(linkText) };
      if (lineBreak) afterLineBreak.add(block);
      blocks.push(block);
    }
    lineBreak = false;
    buffer = '';
    linkText = '';
  };
  const walk = (node: DomNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (preDepth > 0 && /\n[ \t]*\n/.test(value)) {
          // Preformatted text (a wire story in <pre>): a blank line ends a paragraph.
          const parts = value.split(/\n[ \t]*\n/);
          parts.forEach((part, i) => {
            if (i > 0) flush();
            buffer += part;
            if (linkDepth > 0) linkText += part;
          });
          continue;
        }
        buffer += value;
        if (linkDepth > 0) linkText += value;
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as DomElement).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          const line = cleanInline(buffer) !== '';
          flush();
          lineBreak = line;
        } else if (BLOCK.has(tag)) {
          flush();
          const outer = heading;
          heading = SUBHEAD_TAGS.has(tag);
          if (tag === 'PRE') preDepth++;
          walk(child);
          if (tag === 'PRE') preDepth--;
          flush();
          heading = outer;
        } else if (tag === 'A') {
          linkDepth++;
          walk(child);
          linkDepth--;
          // Links side by side without a space ("[Date Prev][Date Next]") are words apart, not one word.
          if (linkDepth === 0) linkText += ' ';
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Markup of an HTML fragment (feed description, JSON body) to paragraph text; character references decoded. */
export function htmlFragmentToText(html: string): string {
  const document = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeToText(document.body);
}

/** Whether a string holds HTML markup or character references worth a DOM parse. */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i.test(text) || /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]{1,31});/i.test(text);
}

/** Lines of figures: a run of at least this many short paragraphs with digits (results, scores). */
const FIGURE_RUN = 3;
const FIGURE_LINE_MAX_WORDS = 12;

/** The text of runs of three or more consecutive short <p>s holding digits: the story's results or scores, not labels. */
function figureParagraphs(root: DomNode): Set<string> {
  const lines = new Set<string>();
  let run: string[] = [];
  const end = () => {
    if (run.length >= FIGURE_RUN) for (const line of run) lines.add(line);
    run = [];
  };
  for (const paragraph of elementsWhere(root, tagIn('P'))) {
    const text = cleanInline(paragraph.textContent ?? '');
    const previous = (paragraph as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
    if (previous?.tagName.toUpperCase() !== 'P') end();
    if (/\d/.test(text) && countWords(text) <= FIGURE_LINE_MAX_WORDS && !/[.!?]$/.test(text)) run.push(text);
    else end();
  }
  end();
  return lines;
}

/**
 * Lines that end a story without being labels: the cells of the data tables under `root` (tables
 * with header cells, or of two or more rows of two or more cells holding no table or picture of
 * their own, which layout tables do), runs of lines of figures, and a list introduced by a line
 * ending in a colon.
 */
const isCell = (element: DomElement) => nameOf(element) === 'td' || nameOf(element) === 'th';

export function dataTableCells(root: DomNode): Set<string> {
  const cells = figureParagraphs(root);
  // A list that a paragraph ending in a colon introduces ("Where to get help:"), with that paragraph.
  for (const list of elementsWhere(root, tagIn('UL', 'OL'))) {
    const intro = (list as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
    const introText = intro?.tagName.toUpperCase() === 'P' ? cleanInline(intro.textContent ?? '') : '';
    if (!introText.endsWith(':')) continue;
    cells.add(introText);
    for (const item of list.children) if (item.tagName.toUpperCase() === 'LI') cells.add(cleanInline(item.textContent ?? ''));
  }
  for (const table of elementsWhere(root, tagIn('TABLE'))) {
    const rows = elementsWhere(table, tagIn('TR'));
    const layout = firstElementWhere(table, tagIn('TABLE', 'IMG', 'PICTURE', 'IFRAME')) !== null;
    const grid = rows.length >= 2 && rows.every((row) => elementsWhere(row, isCell).length >= 2);
    if (layout || !(grid || firstElementWhere(table, tagIn('TH')) !== null)) continue;
    for (const cell of elementsWhere(table, isCell)) {
      const text = cleanInline(cell.textContent ?? '');
      if (text) cells.add(text);
    }
  }
  return cells;
}
