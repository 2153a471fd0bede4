// Synthetic news pages of a chosen size, built from BBC stories: one main story (what
// normalization must find) inside the furniture that makes real pages big: navigation, teaser
// lists, reader comments and an inline JSON state script.
import type { Article } from '../../lambdas/normalize/article.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface HtmlPage {
  html: string;
  /** The first paragraph of the main story, to check normalization kept it. */
  lead: string;
}

export function buildHtmlPage(main: Article, others: Article[], targetBytes: number): HtmlPage {
  const paragraphs = main.body.split(/\n\s*\n/).filter(Boolean);
  const head = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(main.title ?? '')} - Example News</title>`,
    `<meta property="og:title" content="${escapeHtml(main.title ?? '')}">`,
    '<meta property="article:published_time" content="2005-03-14T09:30:00Z">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: main.title, datePublished: '2005-03-14T09:30:00Z', publisher: { '@type': 'Organization', name: 'Example News' } })}</script>`,
    '<style>body{font-family:sans-serif}.teaser{margin:4px}.comment{color:#333}</style>',
    '</head><body>',
    '<header><a href="/">Example News</a><nav>',
    ...['World', 'Business', 'Politics', 'Technology', 'Science', 'Health', 'Sport', 'Culture', 'Travel'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`),
    '</nav></header>',
    '<main><article>',
    `<h1>${escapeHtml(main.title ?? '')}</h1><p class="byline">By Staff Reporter</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article>',
  ].join('\n');
  const tail = '</main><footer><p>© Example News</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></body></html>';

  // Furniture in rotation until the page reaches its size.
  const parts: string[] = [];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let i = 0;
  const state: { id: number; headline: string; summary: string }[] = [];
  while (size < targetBytes && others.length > 0) {
    const other = others[i % others.length];
    const firstParagraph = other.body.split(/\n\s*\n/)[0] ?? '';
    let block: string;
    switch (i % 3) {
      case 0:
        block = `<aside class="teaser"><a href="/story/${i}"><img src="/img/${i}.jpg" alt=""><h3>${escapeHtml(other.title ?? '')}</h3></a><p>${escapeHtml(firstParagraph.slice(0, 160))}</p></aside>`;
        break;
      case 1:
        block = `<div class="comment"><span class="user">reader${i}</span><p>${escapeHtml(firstParagraph)}</p><button>Reply</button></div>`;
        break;
      default:
        state.push({ id: i, headline: other.title ?? '', summary: other.body.slice(0, 600) });
        block = '';
    }
    parts.push(block);
    size += Buffer.byteLength(block) + (block ? 0 : 700);
    i++;
  }
  const stateScript = `<script>window.__STATE__=${JSON.stringify({ related: state }).replace(/</g, '\\u003c')}</script>`;
  let html = `${head}\n<section class="related">${parts.join('\n')}</section>\n${stateScript}\n${tail}`;
  if (Buffer.byteLength(html) > targetBytes * 1.05) html = trimTo(html, head, parts, stateScript, tail, targetBytes);
  return { html, lead: paragraphs[0] ?? '' };
}

function trimTo(_html: string, head: string, parts: string[], stateScript: string, tail: string, targetBytes: number): string {
  let kept = [...parts];
  let html = '';
  do {
    html = `${head}\n<section class="related">${kept.join('\n')}</section>\n${stateScript}\n${tail}`;
    kept = kept.slice(0, -1);
  } while (Buffer.byteLength(html) > targetBytes * 1.05 && kept.length > 0);
  return html;
}
