// News-page-shaped HTML around a known article text, for the normalization eval and benchmark
// (not used at run time). Four layouts with the furniture real pages carry: navigation, cookie
// banners, bylines, share bars, inline ads and "read more" links, related-story teasers, comments,
// newsletter boxes, JSON-LD. Noise text is drawn from other stories so it reads like news.

export interface PageInput {
  title: string;
  paragraphs: string[];
  /** Other stories' sentences, used for teasers and comments. */
  noise: string[];
  layout: number;
}

export const LAYOUT_COUNT = 4;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildNewsPage({ title, paragraphs, noise, layout }: PageInput): string {
  const t = escapeHtml(title);
  const pick = (i: number) => escapeHtml(noise[i % Math.max(noise.length, 1)] ?? 'More news later today.');
  const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2005-03-14T09:30:00Z', author: { '@type': 'Person', name: 'Staff Reporter' } }).replace(/</g, '\\u003c')}</script>`;
  const cookie = `<div class="cookie-notice"><p>We use cookies to give you the best experience. ${pick(7)}</p><button>Accept</button></div>`;
  const nav = `<nav class="top"><ul>${['Home', 'News', 'Business', 'Sport', 'Tech', 'Culture', 'Weather'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>`;
  const related = `<aside class="related"><h3>Related stories</h3><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/s/${i}">${pick(i)}</a></li>`).join('')}</ul></aside>`;
  const comments = `<section class="comments" id="comments"><h3>Comments (${noise.length})</h3>${[5, 6, 8].map((i) => `<div class="comment"><span class="user">reader${i}</span><p>${pick(i)} ${pick(i + 10)}</p></div>`).join('')}</section>`;
  const footer = `<footer><p>&copy; 2005 Example Media Group. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`;
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);

  switch (layout % LAYOUT_COUNT) {
    case 0:
      return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${t} | Example News</title><meta property="og:title" content="${t}">${jsonLd}</head><body>${cookie}<header><a class="logo" href="/">Example News</a>${nav}</header><main><article><h1>${t}</h1><div class="byline">By Staff Reporter</div><time datetime="2005-03-14">14 March 2005</time><div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div><div class="article-body">${body.join('\n')}</div></article>${related}${comments}</main>${footer}</body></html>`;
    case 1:
      return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${t} - The Example Post</title></head><body><div id="wrap"><div id="top"><div class="logo">The Example Post</div><div class="menu"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/jobs">Jobs</a></div></div><div id="content"><div class="left"><div class="hl">${t}</div><div class="meta">By Staff Reporter | Published 14 March 2005</div><div class="txt">${paragraphs.map(escapeHtml).join('<br><br>\n')}</div><div class="newsletter"><h4>Get our daily briefing</h4><p>Sign up for the free newsletter. ${pick(9)}</p></div></div><div class="right sidebar"><h3>Most read</h3><ol>${[11, 12, 13, 14, 15].map((i) => `<li><a href="#">${pick(i)}</a></li>`).join('')}</ol></div></div><div id="bottom">The Example Post, 1 High Street.</div></div></body></html>`;
    case 2: {
      const withAds = body.flatMap((p, i) =>
        i === 1 ? [p, `<div class="ad-slot"><span>Advertisement</span><div>${pick(16)}</div></div>`] : i === 3 ? [p, `<p class="read-more"><strong>Read more:</strong> <a href="/x">${pick(17)}</a></p>`] : [p],
      );
      return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${t}</title><meta property="og:site_name" content="Example Daily"><meta property="article:published_time" content="2005-03-14T09:30:00Z"></head><body><header>${nav}</header><div class="page"><article><header><h1>${t}</h1><p class="author">Staff Reporter</p></header>${withAds.join('\n')}<div class="tags">Tags: <a>news</a> <a>politics</a></div></article><div class="more-stories"><h3>More stories</h3>${[18, 19, 20].map((i) => `<div class="teaser"><h4><a href="#">${pick(i)}</a></h4></div>`).join('')}</div></div>${footer}</body></html>`;
    }
    default:
      return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${t}</title>${jsonLd}</head><body><div role="dialog" class="consent-modal"><p>Your privacy choices. ${pick(21)}</p></div><div class="container"><div class="row"><div class="col-main"><div class="story"><h1 class="headline">${t}</h1><div class="story-body"><div class="story-inner">${body.join('\n')}</div></div></div><div class="recommended"><h3>Recommended for you</h3>${[22, 23, 24].map((i) => `<div class="card"><a href="#"><span>${pick(i)}</span></a></div>`).join('')}</div></div><div class="col-side"><div class="widget"><h3>Popular</h3><ul>${[25, 26, 27].map((i) => `<li><a href="#">${pick(i)}</a></li>`).join('')}</ul></div></div></div></div>${footer}</body></html>`;
  }
}

/** Another story, as page furniture shows it. */
export interface Teaser {
  headline: string;
  /** Its first paragraph. */
  text: string;
}

/**
 * Pads a page to about `bytes` with what makes real news pages heavy, inserted before </body>:
 * styles, then other stories in rotation as teaser cards (attribute-laden markup, SVG icons) and
 * reader comments in a "related" section, and as entries of an inline JSON state script.
 */
export function padPage(html: string, bytes: number, teasers: Teaser[]): string {
  const missing = bytes - html.length;
  if (missing <= 0 || teasers.length === 0) return html;
  const parts = [`<style>${'.card{display:flex;margin:0 0 8px;padding:4px}.card img{width:120px;height:80px}'.repeat(Math.ceil(missing / 2000))}</style>`];
  const state: { id: number; headline: string; summary: string }[] = [];
  let size = parts[0].length;
  for (let i = 0; size < missing; i++) {
    const { headline, text } = teasers[i % teasers.length];
    let block = '';
    if (i % 3 === 0) {
      block = `<div class="card card--teaser js-track" data-component="teaser" data-id="${i}"><a class="card__link" href="/story/${i}?ref=home&amp;src=rail"><img loading="lazy" src="/img/${i}.jpg" srcset="/img/${i}-320.jpg 320w, /img/${i}-640.jpg 640w" alt=""><svg class="icon" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-6 4 2 7-6-4-6 4 2-7-6-4h7z"/></svg><h3 class="card__title">${escapeHtml(headline)}</h3></a><p>${escapeHtml(text.slice(0, 160))}</p></div>\n`;
    } else if (i % 3 === 1) {
      block = `<div class="comment"><span class="user">reader${i}</span><p>${escapeHtml(text)}</p><button>Reply</button></div>\n`;
    } else {
      state.push({ id: i, headline, summary: text.slice(0, 600) });
      size += headline.length + Math.min(text.length, 600) + 40;
    }
    parts.push(block);
    size += block.length;
  }
  const stateScript = `<script>window.__STATE__=${JSON.stringify({ related: state }).replace(/</g, '\\u003c')}</script>`;
  return html.replace('</body>', `<section class="related">${parts.join('')}</section>${stateScript}</body>`);
}
