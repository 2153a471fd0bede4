// Article metadata from a news page: JSON-LD (NewsArticle and kin), Open Graph and article: meta
// tags, other common meta names, <time datetime>, bylines, <html lang>. Read before Readability
// runs, because Readability removes scripts and meta-bearing elements from the document.
import { cleanInline } from './clean-text.js';
import { parsePublishedAt } from './dates.js';
import { languageTag } from './language.js';
import { classAttribute, type DomDocument, type DomElement, elementsWhere, isJsonLdScript, nameOf } from './markup.js';

// The selectors of the byline elements, as predicates (elementsWhere): `[rel="author"]` (rel compared
// without case, as in HTML), `[itemprop="author"]`, `.byline`, `.author`; and an author page's link.
const BYLINE_CLASS = /(?:^|\s)(?:byline|author)(?:$|\s)/;
const isBylineElement = (element: DomElement) => element.getAttribute('rel')?.toLowerCase() === 'author' || element.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(classAttribute(element) ?? '');
const AUTHOR_PATHS = ['/author/', '/authors/', '/autor/', '/auteur/', '/autore/'];
const isAuthorLink = (element: DomElement) => {
  const href = nameOf(element) === 'a' ? element.getAttribute('href') : null;
  return href !== null && AUTHOR_PATHS.some((path) => href.includes(path));
};

export interface HtmlMetadata {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  /** Full text from JSON-LD articleBody, when the page embeds it. */
  articleBody: string | null;
  /** JSON-LD isAccessibleForFree; false on pages behind a paywall; null when the page does not say. */
  accessibleForFree: boolean | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|SocialMediaPosting)$/;

type Json = Record<string, unknown>;

/** The elements metadata is read from, found in one walk of the page (each list in document order, each single one the first). */
interface MetadataElements {
  metas: DomElement[];
  scripts: DomElement[];
  h1: DomElement | null;
  time: DomElement | null;
  byline: DomElement | null;
  authorLink: DomElement | null;
  canonical: DomElement | null;
}

function metadataElements(document: DomDocument): MetadataElements {
  const found: MetadataElements = { metas: [], scripts: [], h1: null, time: null, byline: null, authorLink: null, canonical: null };
  elementsWhere(document, (element) => {
    const name = nameOf(element);
    if (name === 'meta') found.metas.push(element);
    else if (isJsonLdScript(element)) found.scripts.push(element);
    else if (name === 'h1') found.h1 ??= element;
    // `time[itemprop="datePublished"], article time[datetime], time[pubdate], time[datetime]`.
    else if (name === 'time' && !found.time && (element.getAttribute('itemprop') === 'datePublished' || element.getAttribute('pubdate') !== null || element.getAttribute('datetime') !== null)) found.time = element;
    else if (name === 'link' && !found.canonical && element.getAttribute('rel')?.toLowerCase() === 'canonical') found.canonical = element;
    if (!found.byline && isBylineElement(element)) found.byline = element;
    if (!found.authorLink && isAuthorLink(element)) found.authorLink = element;
    return false;
  });
  return found;
}

export function extractHtmlMetadata(document: DomDocument): HtmlMetadata {
  const elements = metadataElements(document);
  const ld = findJsonLdArticle(elements.scripts);
  const meta = collectMeta(elements.metas);
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };

  // <title> usually carries the site name; Readability's cleaned title is the fallback after these.
  const title = firstText(ld?.headline, ld?.name, pick('og:title', 'twitter:title', 'dc.title', 'sailthru.title'), elements.h1?.textContent);
  const timeElement = elements.time;
  const published = [
    ld?.datePublished, ld?.dateCreated,
    pick('article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:updated_time'),
    timeElement?.getAttribute('datetime'), timeElement?.textContent,
    ld?.dateModified,
  ]
    .map(parsePublishedAt)
    .find((value) => value !== null) ?? null;

  const author = firstText(
    personNames(ld?.author),
    nonUrl(pick('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')),
    stripBy(pick('byl')),
    stripBy(elements.byline?.textContent),
    // A link to the writer's page names the writer alone, where a byline box also holds a handle and an e-mail link.
    stripBy(elements.authorLink?.textContent),
  );
  const publisher = firstText(personNames(ld?.publisher), pick('og:site_name', 'application-name', 'dc.publisher'));
  const url = firstText(urlOf(ld?.url), urlOf(ld?.mainEntityOfPage), pick('og:url'), elements.canonical?.getAttribute('href'));
  const language =
    languageTag(ld?.inLanguage) ?? languageTag(document.documentElement?.getAttribute('lang')) ?? languageTag(pick('og:locale', 'content-language', 'language', 'dc.language'));
  const articleBody = typeof ld?.articleBody === 'string' && ld.articleBody.trim() ? ld.articleBody : null;
  const free = ld?.isAccessibleForFree;
  const accessibleForFree = typeof free === 'boolean' ? free : typeof free === 'string' && /^(?:true|false)$/i.test(free.trim()) ? free.trim().toLowerCase() === 'true' : null;
  return { title, publishedAt: published, author, publisher, url, language, articleBody, accessibleForFree };
}

function collectMeta(metas: DomElement[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of metas) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv'))?.toLowerCase();
    const content = element.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function findJsonLdArticle(scripts: DomElement[]): Json | null {
  const candidates: Json[] = [];
  for (const script of scripts) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) flattenLd(parsed, candidates, 0);
  }
  const isArticle = (node: Json) => typesOf(node).some((type) => ARTICLE_TYPES.test(type));
  return candidates.find((node) => isArticle(node) && node.articleBody) ?? candidates.find(isArticle) ?? null;
}

function parseLenient(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function flattenLd(node: unknown, out: Json[], depth: number): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) flattenLd(item, out, depth + 1);
    return;
  }
  const object = node as Json;
  out.push(object);
  if (object['@graph']) flattenLd(object['@graph'], out, depth + 1);
  if (object.mainEntity) flattenLd(object.mainEntity, out, depth + 1);
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function personNames(value: unknown): string | null {
  if (typeof value === 'string') return nonUrl(value);
  if (Array.isArray(value)) {
    const names = value.map(personNames).filter((name): name is string => !!name);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return personNames((value as Json).name);
  return null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return urlOf((value as Json)['@id'] ?? (value as Json).url);
  return null;
}

function nonUrl(value: string | null | undefined): string | null {
  return value && !/^https?:\/\//i.test(value.trim()) ? value : null;
}

function stripBy(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = cleanInline(value).replace(/^(?:by|von|par|por|di|door|av|af)\s+/i, '');
  return text && text.length <= 100 ? text : null;
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = cleanInline(value);
    if (text) return text;
  }
  return null;
}
