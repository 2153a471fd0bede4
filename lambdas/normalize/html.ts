// News pages: main content by @mozilla/readability over a linkedom DOM, metadata from the page's
// structured data. Falls back to JSON-LD articleBody when the visible text is missing or much
// shorter (paywalled or script-rendered pages often embed the full story there).
import type { HtmlExtraction, NormalizeResult } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, nfc, toParagraphs } from './clean-text.js';
import { joinSplitStoryCells, keepHeadlineSection, keepTitledArticle, pruneLinkLists, recordDomChanges, removeAnnotatedLinkLists, removeFurniture, removeInlinePromotions, removeLeadSummary, removePromotionBoxes, removeTeaserCards, removeRepeatedSummaries, removeUnmarkedCommentThreads, revealHiddenProse, takeCaptions, unmarkStorySubheads } from './html-dom-cleanup.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { pageStateText } from './html-page-state.js';
import { isPaywalled } from './html-paywall.js';
import { NET_MIN_PROSE_WORDS, proseWords, restoreDroppedProse } from './html-safety-net.js';
import { bylineInText, dropLeadingFurniture, type PageText, withoutSiteSuffix } from './html-text-cleanup.js';
import {
  countWords,
  dataTableCells,
  type DomDocument,
  type DomNode,
  elementsWhere,
  isNavigationParagraph,
  linkDensity,
  loadReadability,
  nodeToBlocks,
  nodeToText,
  parseHtmlDocument,
  tagIn,
  type TextBlock,
} from './markup.js';

/** Fewer words than this is not an article (error pages, empty shells, link lists). */
const MIN_ARTICLE_WORDS = 15;
/** Deeper element nesting is rejected: linkedom's parse and every recursive walk degrade with depth. */
const MAX_NESTING = 1_000;
/**
 * The same limit on the parsed tree, which the tag scan underestimates (implied `<tbody>`, `<tr>`,
 * `<li>`…): Readability's work grows with the cube of the depth of nested tables and lists (a page
 * of 600 nested tables, 50 KB, took 14 s here). At 256 levels every shape tried took under 0.6 s;
 * news pages stay far below it.
 */
const MAX_DOM_DEPTH = 256;
/** The safety net reads the page again only when the cleaning rules took at least this much text (about 30 words). */
const NET_MIN_REMOVED_CHARS = 150;
/**
 * Nor on pages of more text than this: the longest stories run to a tenth of it, and the second
 * reading's cost grows with the page (10,000 stamped entries, 1.3 MB, took 3x as long with it).
 */
const NET_MAX_TEXT_CHARS = 200_000;
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
  if (document.documentElement && elementDepth(document.documentElement) > MAX_DOM_DEPTH) {
    return { ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: `The HTML nests elements more than ${MAX_DOM_DEPTH} levels deep.` } };
  }
  const metadata = extractHtmlMetadata(document);
  const documentTitle = cleanInline(document.title ?? '');
  const paywalled = isPaywalled(document, metadata.accessibleForFree);
  // Before furniture removal, which takes every [hidden] element.
  revealHiddenProse(document);
  removeFurniture(document);
  unmarkStorySubheads(document);
  // The safety net's reading is the page with only the certain furniture gone (html-safety-net.ts):
  // what the rules below take out or move is recorded, to be put back only if the net runs.
  const textBeforeRules = document.body?.textContent?.length ?? 0;
  let captions: string[] = [];
  // In three parts, so that the net's reading can keep the captions out without taking them again.
  const beforeCaptions = recordDomChanges(() => cleanBeforeCaptions(document, [metadata.title ?? '', documentTitle], documentTitle));
  const captionChanges = recordDomChanges(() => {
    captions = takeCaptions(document);
  });
  const afterCaptions = recordDomChanges(() => cleanAfterCaptions(document));

  // Read before Readability, which turns <div>s of text into <p>s.
  const tableCells = document.body ? dataTableCells(document.body) : undefined;
  const textBeforeReadability = document.body?.textContent?.length ?? 0;
  // The net runs only where the rules took text besides captions (otherwise both readings read the
  // same page), on pages of at most NET_MAX_TEXT_CHARS. Then Readability reads a copy of the
  // cleaned page, which it changes, and the page itself is put back for the net's reading.
  const captionChars = captions.reduce((sum, caption) => sum + caption.length, 0);
  const netRuns =
    textBeforeRules <= NET_MAX_TEXT_CHARS &&
    textBeforeRules - textBeforeReadability - captionChars >= NET_MIN_REMOVED_CHARS &&
    // Only where what the rules took holds prose (a teaser's blurb, a timeline's entries), not menus and labels alone.
    removedProse([...beforeCaptions.removed(), ...afterCaptions.removed()]) >= NET_MIN_PROSE_WORDS;
  const cleaned = netRuns ? (document as unknown as { cloneNode(deep: boolean): DomDocument }).cloneNode(true) : document;
  const parsed = runReadability(cleaned, { charThreshold: 300 });
  let extraction: HtmlExtraction = 'readability';
  let body = parsed?.content ? nodeToText(parsed.content, { dropLinkOnly: true }) : '';
  let title = metadata.title ?? (parsed?.title ? cleanInline(parsed.title) : null) ?? (documentTitle || null);
  title = title && withoutSiteSuffix(title, body, metadata.publisher);
  const author = metadata.author ?? (parsed?.byline ? cleanInline(parsed.byline).replace(/^by\s+/i, '') : null) ?? bylineInText(body);
  const page: PageText = { title, author, documentTitle, tableCells, subheads: parsed?.content ? seriesHeadings(parsed.content) : undefined };
  body = dropLeadingFurniture(body, page);
  // The safety net: prose that Readability keeps on that reading (its default options, captions
  // out) and newsfacts' cleaning dropped goes back. The extraction stays 'readability' either way.
  if (netRuns) {
    afterCaptions.undo();
    // When the rules before the captions changed nothing, the page is now as removeFurniture left
    // it with its captions out, which is the net's reading; otherwise it is put back whole.
    if (!beforeCaptions.isEmpty()) {
      captionChanges.undo();
      beforeCaptions.undo();
      takeCaptions(document);
    }
    const reading = runReadability(document, {});
    const net = restoreDroppedProse(body, reading?.content ? nodeToBlocks(reading.content) : []);
    if (net.changed) body = dropLeadingFurniture(net.body, page);
  }

  if (wordCount(body, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS) {
    // Too little main content: fall back in steps rather than refuse a page a person can read.
    const fallback = fallbackText(html, page);
    body = fallback.body;
    extraction = fallback.extraction;
  }
  const ldBody = metadata.articleBody ? joinParagraphs(toParagraphs(metadata.articleBody).map((p) => p.text)) : '';
  if (ldBody && wordCount(ldBody) > Math.max(MIN_ARTICLE_WORDS, wordCount(body) * 2)) {
    body = ldBody;
    extraction = 'json-ld';
  }
  if (wordCount(body, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS) {
    // Last: a client-rendered page saved before its script ran holds the story in its JSON state.
    const state = dropLeadingFurniture(joinParagraphs(pageStateText(html)), page);
    if (wordCount(state, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS) {
      body = state;
      extraction = 'page-state';
    }
  }
  if (wordCount(body, MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS) {
    return { ok: false, error: { code: 'NO_ARTICLE_TEXT', message: 'The HTML page has no article text (fewer than 15 words outside links).' } };
  }

  const article = assembleArticle({
    format: 'html',
    title,
    body,
    publishedAt: metadata.publishedAt ?? null,
    sources: metadata.publisher ? [metadata.publisher] : parsed?.siteName ? [cleanInline(parsed.siteName)] : [],
    language: metadata.language,
    url: metadata.url,
    author: author || null,
  });
  return { ok: true, articles: [{ ...article, extraction, paywalled, captions: captions.map(nfc) }] };
}

/**
 * The cleaning rules after removeFurniture and before the captions are taken, in their order:
 * what they take out or move is recorded for the safety net (normalizeHtml).
 */
export function cleanBeforeCaptions(document: DomDocument, titles: string[], documentTitle: string): void {
  keepTitledArticle(document, titles);
  keepHeadlineSection(document, documentTitle);
  removeUnmarkedCommentThreads(document);
  joinSplitStoryCells(document);
}

/** The cleaning rules after the captions are taken, in their order (recorded like the ones before). */
export function cleanAfterCaptions(document: DomDocument): void {
  removeTeaserCards(document);
  removeAnnotatedLinkLists(document);
  removeLeadSummary(document);
  removeRepeatedSummaries(document);
  removeInlinePromotions(document);
  removePromotionBoxes(document);
  pruneLinkLists(document.body);
}

/** Prose words in the nodes the rules removed, counted up to the net's threshold only. */
function removedProse(nodes: DomNode[]): number {
  let sum = 0;
  for (const node of nodes) {
    sum += proseWords(nodeToBlocks(node));
    if (sum >= NET_MIN_PROSE_WORDS) break;
  }
  return sum;
}

type ReadabilityResult = { content: DomNode | null; title?: string | null; byline?: string | null; siteName?: string | null } | null;

function runReadability(document: DomDocument, options: { charThreshold?: number; nbTopCandidates?: number }): ReadabilityResult {
  const { Readability } = loadReadability();
  // The serializer hands back the content element itself: no HTML string round trip.
  const readable = new Readability(document as never, { ...options, serializer: (element: unknown) => element as DomNode });
  try {
    return readable.parse() as ReadabilityResult;
  } catch {
    // Readability trips over some malformed trees linkedom builds (a null node in textContent):
    // the fallbacks below read the page without it.
    return null;
  }
}

/**
 * The fallbacks, in order: Readability again with relaxed thresholds on the page without
 * pre-cleaning (which may have taken the story with some furniture); the largest run of text
 * blocks with little link text (as boilerpipe finds it); all of the page's text but navigation.
 * Each parses the page afresh, as Readability changes the tree it reads; only pages with too
 * little main content pay for it.
 */
function fallbackText(html: string, page: PageText): { body: string; extraction: HtmlExtraction } {
  const relaxed = runReadability(parseHtmlDocument(html), { charThreshold: 0, nbTopCandidates: 10 });
  const relaxedBody = relaxed?.content ? dropLeadingFurniture(nodeToText(relaxed.content, { dropLinkOnly: true }), { ...page, subheads: seriesHeadings(relaxed.content) }) : '';
  if (wordCount(relaxedBody, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS) return { body: relaxedBody, extraction: 'readability-relaxed' };

  const document = parseHtmlDocument(html);
  removeFurniture(document);
  takeCaptions(document);
  const blocks = document.body ? nodeToBlocks(document.body) : [];
  const run = largestTextRun(blocks);
  const runBody = dropLeadingFurniture(joinParagraphs(run.filter((b) => !isNavigationParagraph(b.text, b.linkText)).map((b) => b.text)), page);
  if (wordCount(runBody, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS) return { body: runBody, extraction: 'text-block' };

  // The page text, without link text: a page of links alone (a section front) is still no article.
  const text = joinParagraphs(blocks.filter((b) => linkDensity(b) < 0.5).map((b) => b.text));
  return { body: dropLeadingFurniture(text, page), extraction: 'page-text' };
}

/**
 * The texts of the story's headings that come in a series: two or more of the same level (a
 * guide's entries, a letters page's letters). Each is a subhead, even the first one right under
 * the headline, where a lone short line would be a label.
 */
function seriesHeadings(content: DomNode): Set<string> {
  const byLevel = new Map<string, string[]>();
  for (const heading of elementsWhere(content, tagIn('H2', 'H3', 'H4', 'H5', 'H6'))) {
    const text = cleanInline(heading.textContent ?? '');
    if (text) byLevel.set(heading.tagName.toUpperCase(), [...(byLevel.get(heading.tagName.toUpperCase()) ?? []), text]);
  }
  return new Set([...byLevel.values()].filter((texts) => texts.length >= 2).flat());
}

/** A block counts as text when at most this share of its words is link text. */
const TEXT_BLOCK_MAX_LINK_DENSITY = 0.33;
/** Blocks of fewer words are headings, labels or menu entries: neutral inside a run of text. */
const TEXT_BLOCK_MIN_WORDS = 8;

/**
 * The run of consecutive blocks with the most text: text blocks count their words, short
 * unlinked lines (subheads) nothing, and link-heavy blocks count against the run (Kadane's
 * maximum subarray over the blocks in document order).
 */
export function largestTextRun(blocks: TextBlock[]): TextBlock[] {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  blocks.forEach((block, i) => {
    const words = countWords(block.text);
    const density = linkDensity(block);
    const value = density <= TEXT_BLOCK_MAX_LINK_DENSITY ? (words >= TEXT_BLOCK_MIN_WORDS ? words : 0) : -Math.max(3, words);
    if (sum + value <= 0) {
      sum = 0;
      start = i + 1;
    } else {
      sum += value;
      if (sum > best.sum) best = { start, end: i + 1, sum };
    }
  });
  return blocks.slice(best.start, best.end);
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

/** Depth of the deepest element below `root` (1 for `root` alone), without recursion. */
export function elementDepth(root: DomNode): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max) max = depth;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** Words in the text, counting no further than `limit`. */
function wordCount(text: string, limit = Infinity): number {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < limit && word.exec(text)) count++;
  return count;
}
