// News pages: main content by @mozilla/readability over a linkedom DOM, metadata from the page's
// structured data. Falls back to JSON-LD articleBody when the visible text is missing or much
// shorter (paywalled or script-rendered pages often embed the full story there).
import type { NormalizeResult } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { removeFurniture, pruneLinkLists } from './html-dom-cleanup.js';
import { bylineInText, dropLeadingFurniture, withoutSiteSuffix } from './html-text-cleanup.js';
import { loadReadability, nodeToText, parseHtmlDocument, type DomNode } from './markup.js';

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
  removeFurniture(document);
  pruneLinkLists(document.body);

  const { Readability } = loadReadability();
  // The serializer hands back the content element itself: no HTML string round trip.
  const readable = new Readability(document as never, { serializer: (element: unknown) => element as DomNode, charThreshold: 300 });
  let parsed: ReturnType<typeof readable.parse> = null;
  let readabilityFailed = false;
  try {
    parsed = readable.parse();
  } catch {
    // Readability trips over some malformed trees linkedom builds (a null node in textContent):
    // fall back to the page's own text rather than losing the file.
    readabilityFailed = true;
  }
  let body = parsed?.content
    ? nodeToText(parsed.content, { dropLinkOnly: true })
    : readabilityFailed && document.body ? nodeToText(document.body as DomNode, { dropLinkOnly: true }) : '';
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
