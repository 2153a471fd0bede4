// RSS 2.0 (and RSS 1.0/RDF) and Atom: every item or entry becomes an article. Item text is usually
// HTML (escaped or in CDATA), so it goes through the same markup-to-text step as pages.
import type { Article, NormalizeResult, SkippedItem } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { parsePublishedAt } from './dates.js';
import { languageTag } from './language.js';
import { htmlFragmentToText, looksLikeMarkup } from './markup.js';
import { childElements, firstChild, localName, serializeChildren, textOf, type XmlElement } from './xml.js';

export type FeedKind = 'rss' | 'atom';

export function feedKind(root: XmlElement): FeedKind | null {
  const name = localName(root.name).toLowerCase();
  if (name === 'rss' || name === 'rdf') return 'rss';
  if (name === 'feed') return 'atom';
  return null;
}

interface ItemFields {
  title: string;
  body: string;
  publishedAt: string | null;
  author: string | null;
  url: string | null;
}

export function normalizeFeed(root: XmlElement, kind: FeedKind): NormalizeResult {
  const channel = kind === 'rss' ? (firstChild(root, 'channel') ?? root) : root;
  const items = kind === 'rss' ? [...childElements(channel, 'item'), ...(channel === root ? [] : childElements(root, 'item'))] : childElements(root, 'entry');
  const publisher = cleanInline(markupText(textOf(firstChild(channel, 'title')))) || null;
  const language = languageTag(textOf(firstChild(channel, 'language', 'dc:language'))) ?? languageTag(root.attributes['xml:lang']);
  if (items.length === 0) {
    return { ok: false, error: { code: 'NO_ARTICLE_TEXT', message: `The ${kind === 'rss' ? 'RSS' : 'Atom'} feed has no items.` } };
  }
  const articles: Article[] = [];
  const skipped: SkippedItem[] = [];
  items.forEach((item, index) => {
    const fields = kind === 'rss' ? rssItem(item) : atomEntry(item);
    if (!fields.title && !fields.body) {
      skipped.push({ index, error: { code: 'NO_ARTICLE_TEXT', message: `Feed item ${index + 1} has neither title nor text.` } });
      return;
    }
    articles.push(
      assembleArticle({
        format: kind,
        title: fields.title || null,
        body: fields.body,
        publishedAt: fields.publishedAt,
        sources: publisher ? [publisher] : [],
        language,
        url: fields.url,
        author: fields.author,
      }),
    );
  });
  if (articles.length === 0) return { ok: false, error: skipped[0].error };
  return skipped.length ? { ok: true, articles, skipped } : { ok: true, articles };
}

function rssItem(item: XmlElement): ItemFields {
  const description = textOf(firstChild(item, 'description'));
  const encoded = textOf(firstChild(item, 'content:encoded', 'encoded'));
  const longer = encoded.length > description.length ? encoded : description;
  return {
    title: cleanInline(markupText(textOf(firstChild(item, 'title')))),
    body: markupText(longer),
    publishedAt: parsePublishedAt(textOf(firstChild(item, 'pubDate', 'dc:date', 'date'))),
    author: cleanInline(textOf(firstChild(item, 'dc:creator', 'author', 'creator'))) || null,
    url: cleanInline(textOf(firstChild(item, 'link'))) || item.attributes['rdf:about'] || null,
  };
}

function atomEntry(entry: XmlElement): ItemFields {
  const content = firstChild(entry, 'content');
  const summary = firstChild(entry, 'summary');
  const contentText = atomText(content);
  const summaryText = atomText(summary);
  const links = childElements(entry, 'link');
  const link = links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate') ?? links[0];
  const author = firstChild(entry, 'author');
  return {
    title: cleanInline(atomText(firstChild(entry, 'title'))),
    body: contentText.length >= summaryText.length ? contentText : summaryText,
    publishedAt: parsePublishedAt(textOf(firstChild(entry, 'published', 'issued', 'updated'))),
    author: author ? cleanInline(textOf(firstChild(author, 'name')) || textOf(author)) || null : null,
    url: link?.attributes.href ?? null,
  };
}

/** Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (inline elements). */
function atomText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = (element.attributes.type ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) return htmlFragmentToText(serializeChildren(element));
  if (type === 'html' || type === 'text/html') return markupText(textOf(element));
  return plainText(textOf(element));
}

/** Feed text that may or may not carry markup. */
function markupText(text: string): string {
  return looksLikeMarkup(text) ? htmlFragmentToText(text) : plainText(text);
}

function plainText(text: string): string {
  return joinParagraphs(toParagraphs(text).map((p) => p.text));
}
