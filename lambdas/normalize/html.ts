// News pages: main content by @mozilla/readability over a linkedom DOM, metadata from the page's
// structured data. Falls back to JSON-LD articleBody when the visible text is missing or much
// shorter (paywalled or script-rendered pages often embed the full story there).
import type { NormalizeResult } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { loadReadability, nodeToText, parseHtmlDocument, type DomNode } from './markup.js';

/** Fewer words than this is not an article (error pages, empty shells, link lists). */
const MIN_ARTICLE_WORDS = 15;

/** Page furniture Readability's own class heuristics can miss: consent banners, dialogs, paywall and newsletter prompts. */
const FURNITURE_SELECTOR = [
  '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]', '[aria-modal="true"]', '[hidden]',
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[class*="gdpr" i]',
  '[class*="newsletter" i]', '[id*="newsletter" i]', '[class*="paywall" i]', '[class*="subscribe" i]',
  'nav', 'form', 'dialog',
].join(',');

export function normalizeHtml(html: string): NormalizeResult {
  const document = parseHtmlDocument(html);
  const metadata = extractHtmlMetadata(document);
  for (const element of [...document.querySelectorAll(FURNITURE_SELECTOR)]) {
    // A consent class on <body> or an ancestor of the story would take the story with it.
    if (element.querySelectorAll('p').length < 5) element.remove();
  }

  const { Readability } = loadReadability();
  // The serializer hands back the content element itself: no HTML string round trip.
  const readable = new Readability(document as never, { serializer: (element: unknown) => element as DomNode, charThreshold: 300 });
  const parsed = readable.parse();
  let body = parsed?.content ? nodeToText(parsed.content) : '';
  body = dropLeadingTitle(body, metadata.title ?? parsed?.title ?? null);

  const ldBody = metadata.articleBody ? joinParagraphs(toParagraphs(metadata.articleBody).map((p) => p.text)) : '';
  if (wordCount(ldBody) > Math.max(MIN_ARTICLE_WORDS, wordCount(body) * 2)) body = ldBody;
  if (wordCount(body) < MIN_ARTICLE_WORDS) {
    return { ok: false, error: { code: 'NO_ARTICLE_TEXT', message: 'The HTML page has no article text (fewer than 15 words of main content).' } };
  }

  const title = metadata.title ?? (parsed?.title ? cleanInline(parsed.title) : null);
  const author = metadata.author ?? (parsed?.byline ? cleanInline(parsed.byline).replace(/^by\s+/i, '') : null);
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

function dropLeadingTitle(body: string, title: string | null): string {
  if (!title) return body;
  const breakAt = body.indexOf('\n\n');
  const first = breakAt < 0 ? body : body.slice(0, breakAt);
  return first.trim().toLowerCase() === title.trim().toLowerCase() ? body.slice(first.length).replace(/^\n+/, '') : body;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
