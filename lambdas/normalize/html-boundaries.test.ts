import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import { isTextWithStrayNuls } from './decode-text.js';
import { largestTextRun } from './html.js';
import { normalize } from './index.js';
import { countWords, nodeToBlocks, parseHtmlDocument } from './markup.js';
import { buildPageSet } from '../../scripts/eval/normalize-pages/page-set.js';
import { scorePage } from '../../scripts/eval/normalize-pages/score.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const STORY = 'The harbour board voted on Monday to close the old fish market at the end of the year, after forty years of trading on the quay.';
const STORY_2 = 'Traders said they had not been consulted and would appeal, and the union asked the council to find them a new site before the winter.';

function html(page: string): Article {
  const result = normalize({ bytes: utf8(page), fileName: 'page.html' });
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.articles[0];
}

describe('the varied news-page set (scripts/eval/normalize-pages)', () => {
  const scores = buildPageSet().map(scorePage);

  it('has at least 60 pages of 20 templates and both splits', () => {
    expect(scores.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scores.map((s) => s.page.template)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(scores.map((s) => s.page.split))).toEqual(new Set(['tuning', 'held-out', 'held-out-2']));
  });

  it('refuses no page and scores at least 0.96 mean 4-gram shingle F1', () => {
    expect(scores.filter((s) => s.refused).map((s) => `${s.page.name}: ${s.refused}`)).toEqual([]);
    expect(scores.reduce((sum, s) => sum + s.f1, 0) / scores.length).toBeGreaterThanOrEqual(0.96);
  });

  it('flags the paywalled pages and no others', () => {
    const flagged = (s: (typeof scores)[number]) => s.article?.paywalled === true;
    expect(scores.filter((s) => s.page.paywalled).every(flagged)).toBe(true);
    expect(scores.filter((s) => !s.page.paywalled && flagged(s)).map((s) => s.page.name)).toEqual([]);
  });
});

describe('bytes a person can read are not binary data', () => {
  it('drops stray NULs in an HTML page and in plain text', () => {
    const page = html(`<html><body>\0<p>${STORY}</p>\0\0<p>${STORY_2}</p></body></html>${'\0'.repeat(64)}`);
    expect(page.body).toBe(`${STORY}\n\n${STORY_2}`);
    const result = normalize({ bytes: utf8(`Harbour news\n\n${STORY}\0\0\0`), fileName: 'story.txt' });
    expect(result.ok && result.articles[0].body).toBe(STORY);
  });

  it('a hostile page whose NULs hid markup that made Readability loop forever ends in time', () => {
    // Page 619 of the chaos hostile corpus (seed 20261128): token soup with NULs, bogus comments
    // (CDATA, a second doctype) and a <title> in the body. Readability looped on its comment nodes.
    const bytes = readFileSync(new URL('../../test/fixtures/normalize/html/readability-loop.html', import.meta.url));
    const started = Date.now();
    const result = normalize({ bytes, fileName: 'hostile-00619-token-soup.html' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok || result.error.code).not.toBe('INTERNAL_ERROR');
  });

  it('drops other stray control bytes with the NULs, in markup and in UTF-8 text of any script', () => {
    const page = html(`<html><body><p>${STORY}\x01</p>\x1b<p>${STORY_2}\x08</p>\0\0\x02\x03</body></html>`);
    expect(page.body).toBe(`${STORY}\n\n${STORY_2}`);
    const russian = 'Завод на окраине города закрылся в понедельник после сорока лет работы, и рабочие вышли на площадь.';
    const result = normalize({ bytes: utf8(`<html><body><p>${russian}</p>\0<p>${russian}\x01</p>\0\0</body></html>`), fileName: 'page.html' });
    expect(result.ok && result.articles[0].body).toBe(`${russian}\n\n${russian}`);
  });

  it('still refuses random bytes with NULs, whatever the seed', () => {
    for (const seed of [1, 7, 42, 1234, 99991]) {
      let state = seed;
      const bytes = Uint8Array.from({ length: 4096 }, () => (state = (state * 1103515245 + 12345) % 2 ** 31) >>> 23);
      bytes[100] = 0;
      const result = normalize({ bytes, fileName: 'blob.html' });
      expect(result.ok ? 'ok' : result.error.code).toBe('BINARY_DATA');
    }
  });

  it('still refuses NULs among other control bytes', () => {
    expect(isTextWithStrayNuls(utf8(`${STORY}\0\0`))).toBe(true);
    expect(isTextWithStrayNuls(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)))).toBe(false);
    expect(isTextWithStrayNuls(new Uint8Array([0, 0, 0, 65]))).toBe(false);
  });
});

describe('fallbacks when the main-content pass finds too little', () => {
  it('readability on the uncleaned page when pre-cleaning took the story (a newsletter class on its wrapper)', () => {
    const article = html(`<html><body><h2>Harbour news</h2><div class="newsletter-story"><p>${STORY}</p><p>${STORY_2}</p></div></body></html>`);
    expect(article.extraction).toBe('readability-relaxed');
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('marks the ordinary path and structured data', () => {
    expect(html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p></article></body></html>`).extraction).toBe('readability');
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Market to close', articleBody: `${STORY}\n\n${STORY_2}\n\n${STORY}` });
    expect(html(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>${STORY.slice(0, 60)}</p></body></html>`).extraction).toBe('json-ld');
  });

  it('the largest run of text blocks: link-heavy blocks break it, short unlinked lines do not', () => {
    const block = (text: string, linkText = '') => ({ text, linkText });
    const menu = block('Home News Sport Weather Business Culture', 'Home News Sport Weather Business Culture');
    const run = largestTextRun([menu, block('Teaser about something else entirely here', 'Teaser about something else entirely here'), block(STORY), block('Traders appeal'), block(STORY_2), menu, block('Short footer line')]);
    expect(run.map((b) => b.text)).toEqual([STORY, 'Traders appeal', STORY_2]);
    expect(largestTextRun([menu, menu])).toEqual([]);
  });

  it('a client-rendered page saved before its script ran: the story from its JSON state', () => {
    const state = { props: { pageProps: { article: { body: [{ type: 'paragraph', text: STORY }, { type: 'heading', text: 'Appeal' }, { type: 'paragraph', text: STORY_2 }] } } } };
    const article = html(`<html><head><title>Market to close</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`);
    expect(article.extraction).toBe('page-state');
    expect(article.body).toBe(`${STORY}\n\nAppeal\n\n${STORY_2}`);
    const markup = { page: { html: `<p>${STORY}</p><p>${STORY_2}</p>` } };
    expect(html(`<html><body><div id="app"></div><script type="application/json">${JSON.stringify(markup)}</script></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('a page of links alone is still no article', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the harbour board and the market</a></li>`).join('');
    const result = normalize({ bytes: utf8(`<html><body><ul>${links}</ul></body></html>`), fileName: 'front.html' });
    expect(result.ok ? 'ok' : result.error.code).toBe('NO_ARTICLE_TEXT');
  });
});

describe('boundaries of the story', () => {
  it('keeps captions out of the body and exposes them', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><figure><img src="a.jpg"><figcaption>The quay at dawn.</figcaption></figure><p>${STORY}</p><div class="img-box"><img src="b.jpg"><span>Traders at the last auction. Photo: J. Doe</span></div><p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
    expect(article.captions).toEqual(['The quay at dawn.', 'Traders at the last auction. Photo: J. Doe']);
  });

  it('drops reader comments, teaser cards and sign-up boxes, but not a story whose wrapper has promo or comment classes', () => {
    const cards = [1, 2, 3].map((i) => `<div class="c"><h3><a href="/s${i}">Other story ${i}</a></h3><p>A blurb of the other story number ${i} that is long enough to matter to a scorer.</p></div>`).join('');
    const article = html(`<html><body class="has-promo-bar"><div class="story has-comments"><h1>Market to close</h1><p>${STORY}</p><div class="box"><p>Get the morning briefing.</p><input type="email"><button>Sign up</button></div><p>${STORY_2}</p></div>
      <div class="more"><h2>More from the Gazette</h2>${cards}</div><section id="comments"><p>${STORY_2} I disagree.</p><p>${STORY} Me too.</p><p>Who cares.</p></section></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops teaser cards without heading markup: linked title blocks with blurbs, and a link holding a title and a blurb', () => {
    const rows = [1, 2, 3, 4].map((i) => `<div class="row"><div class="t"><a href="/s${i}">Other story number ${i} of the day</a></div><div class="b">A blurb of the other story number ${i} that is long enough to matter to a scorer.</div></div>`).join('');
    const card = '<a class="card" href="/next"><div>Read more</div><div>Council approves new bus lanes</div><div>The plan passed by one vote after a long debate on Tuesday night.</div></a>';
    const article = html(`<html><body><div class="story"><h1>Market to close</h1><div>${STORY}</div>${card}<div>${STORY_2}</div></div><div class="view"><h2>Related</h2>${rows}</div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops a card link of a title and a blurb in inline elements, and annotated link lists (sources, see also)', () => {
    const cards = [1, 2].map((i) => `<a href="/s${i}"><strong>Other story number ${i}</strong><span>A blurb of the other story ${i}, long enough to count.</span></a>`).join('');
    const sources = [1, 2, 3].map((i) => `<li>Staff. "<a href="https://example.test/${i}">Harbour report number ${i}</a>" — Harbour Times, 3 May 2010</li>`).join('');
    const article = html(`<html><body><main><h1>Market to close</h1><p>${STORY}</p><section>${cards}</section><p>${STORY_2}</p><h2>Sources</h2><ul>${sources}</ul></main></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops a bullet summary between the headline and the story, but keeps bullets inside the story', () => {
    const summary = '<ul><li>Market closes at the end of the year</li><li>Traders will appeal the decision.</li></ul>';
    const facts = '<ul><li>The market opened in 1984 on the old quay.</li><li>It has 42 stalls and employs about 120 people.</li></ul>';
    const article = html(`<html><body><article><h1>Market to close</h1>${summary}<p>${STORY}</p>${facts}<p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\nThe market opened in 1984 on the old quay.\n\nIt has 42 stalls and employs about 120 people.\n\n${STORY_2}`);
  });

  it('drops "Written by" lines, article counters and player labels at the head of the story', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p>Written by Jane Doe</p><p>Hits: 1482</p><p>Listen to this article 5:12</p><p>${STORY}</p><p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops a reader-comment thread whose markup names nothing, after the story', () => {
    const rows = [1, 2, 3, 4].map((i) => `<tr><td>reader_${i}<br><small>March ${i}, 2008 9:1${i} am</small></td><td>I have lived by the quay for thirty years and comment number ${i} says the market should stay.</td></tr>`).join('');
    const article = html(`<html><body><div id="ct"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><h3>What readers say</h3><table>${rows}</table></div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps stamped blocks that are the story: a timeline of years, and a live blog that says it is one', () => {
    const timeline = [1984, 1999, 2008].map((y) => `<div><b>${y}</b><div>In ${y} the market changed hands again, and the traders formed a new association.</div></div>`).join('');
    const page = html(`<html><body><div><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div>${timeline}</div></div></body></html>`);
    expect(page.body).toContain('In 1999 the market changed hands again');
    const ld = JSON.stringify({ '@type': 'LiveBlogPosting', headline: 'Market to close' });
    const entries = ['10:05', '10:32', '11:15'].map((t) => `<div class="e"><span>${t}</span><div>At ${t} the board was still debating the future of the market on the quay.</div></div>`).join('');
    const live = html(`<html><head><script type="application/ld+json">${ld}</script></head><body><div><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div>${entries}</div></div></body></html>`);
    expect(live.body).toContain('At 11:15 the board was still debating');
  });

  it('keeps live updates headed by a bare time after two intro paragraphs, though no live blog is declared', () => {
    const updates = ['16:00', '15:17', '14:34'].map((t) => `<div class="u"><div>${t}</div><div><p>At ${t} the board was still debating the future of the market on the quay.</p></div></div>`).join('');
    const page = html(`<html><body><div><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div>${updates}</div></div></body></html>`);
    expect(page.body).toContain('15:17\n\nAt 15:17 the board was still debating');
  });

  it('keeps list entries that put a paragraph beside their picture, and drops one-line promotions set in bold or italics', () => {
    const entries = [STORY, STORY_2].map((t, i) => `<div class="entry"><img src="/e/${i}.jpg"><p>${t}</p></div>`).join('');
    const promo = '<p><strong>Sign up for our free morning newsletter <a href="/n">here</a>.</strong></p>';
    const credit = '<p><em>Reporting by Jane Doe; editing by Tom Reyes.</em></p>';
    const article = html(`<html><body><div><h1>Market to close</h1>${entries}${promo}${credit}</div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\nReporting by Jane Doe; editing by Tom Reyes.`);
  });

  it('reads the part of the story a page hides behind "read the full story", but no hidden menu', () => {
    const third = 'The council said it would look for a new site for the traders before the market closes in December.';
    const page = html(`<html><body><div><h1>Market to close</h1><p>${STORY}</p><div style="display:none"><p>${STORY_2}</p><p>${third}</p></div><ul style="display: none"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul><a href="#">Read the full story</a></div></body></html>`);
    expect(page.body).toBe(`${STORY}\n\n${STORY_2}\n\n${third}`);
  });

  it('drops a related-links box inside the story with its heading', () => {
    const box = '<div class="box"><h4>Related stories</h4><ul><li><a href="/1">The harbour board meets on Friday</a></li><li><a href="/2">Traders plan a march to the town hall</a></li><li><a href="/3">A short history of the old fish market</a></li></ul></div>';
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p>${box}<p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops notes about the page under the story: a read counter, a print-edition note', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><p><i>This article appeared in print under the headline "Market closes".</i></p><p>This article has been read 1,204 times.</p><p><em>This interview has been edited and condensed.</em></p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops a consent platform overlay named only by its trade name, and credit lines left in the text', () => {
    const overlay = `<div class="qc-cmp2-container"><h2>We value your privacy</h2><p>${STORY_2.replace('Traders', 'Partners')}</p><p>${STORY.replace('harbour', 'privacy')}</p></div>`;
    const article = html(`<html><body>${overlay}<div><h1>Market to close</h1><div>${STORY}<br><br><img src="a.jpg"><br><span>Photo: Ana Lima/Harbour Agency</span><br><br>${STORY_2}</div></div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps the first post of a forum thread, the story, and drops the replies posted under it in the same markup', () => {
    const post = (who: string, when: string, text: string) => `<div class="post"><p class="author">by <strong>${who}</strong> » ${when}</p><div class="content">${text}</div></div>`;
    const first = `<div class="post"><h1>Market to close</h1><p class="author">by <strong>editor</strong> » Tue Mar 03, 2009 9:02 am</p><div class="content">${STORY}<br><br>${STORY_2}</div></div>`;
    const replies = [1, 2, 3].map((i) => post(`member${i}`, `Tue Mar 03, 2009 1${i}:14 am`, `Reply number ${i}: I have lived by the quay for thirty years and the market should stay.`)).join('');
    const article = html(`<html><body><div id="board">${first}${replies}</div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('drops promotions that are one link, ad labels in the story, and tool lines at its foot', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>Story continues below</p><p>${STORY_2}</p><p><a href="/subscribe">Click here to subscribe to the print edition and get 13 weeks for the price of 8.</a></p><p>Rate this story: <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></p><p>Filed under: <a href="/c">Local</a> | <a href="#r">4 Comments »</a></p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('reads the writer from a link to their page in a byline box, and drops their bio under the story', () => {
    const card = '<div class="author-card"><a href="/authors/jane-doe">Jane Doe</a><br><a href="https://social.test/@jane">Follow @jane</a><br><a href="mailto:j@x.test">Email the author</a></div>';
    const bio = '<p><em>Jane Doe covers the harbour and the markets. She joined the Gazette in 2011.</em></p>';
    const article = html(`<html><body><div><h1>Market to close</h1>${card}<p>${STORY}</p><p>${STORY_2}</p>${bio}</div></body></html>`);
    expect(article.author).toBe('Jane Doe');
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps a story whose paragraphs each hold a link in a sentence', () => {
    const linked = `<p>The board's <a href="/minutes">published minutes</a> show the vote was close.</p>`;
    const whole = `<p><a href="/report">Read the harbour board's full report on the market</a></p>`;
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p>${linked}${whole}<p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toContain('published minutes');
    expect(article.body).toContain(STORY_2);
  });

  it('drops cross-links in other languages and unpunctuated labels and rights lines after the story', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p><strong>Lire aussi :</strong> <a href="/x">Le port de Marseille rouvre ses quais</a></p><p>${STORY_2}</p><p>Related stories</p><p>© 2024 Harbour Gazette. All rights reserved.</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('a lead sentence that starts with "By" is story text, not a byline', () => {
    const lead = 'By the time the storm reached the coast on Monday night, most of the fishing fleet had already returned to port.';
    expect(html(`<html><body><article><h1>Storm</h1><p>${lead}</p><p>${STORY}</p></article></body></html>`).body.startsWith(lead)).toBe(true);
  });

  it('flags a paywall the page announces, and not a newsletter prompt', () => {
    const teaser = `<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div class="offer"><h2>Subscribe to continue reading</h2></div></article></body></html>`;
    expect(html(teaser).paywalled).toBe(true);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Market to close', isAccessibleForFree: 'False' });
    expect(html(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${STORY}</p><p>${STORY_2}</p></article></body></html>`).paywalled).toBe(true);
    expect(html(`<html><body><article><p>${STORY}</p><p>${STORY_2}</p><div class="newsletter-box"><p>Subscribe to our newsletter</p></div></article></body></html>`).paywalled).toBe(false);
  });
});

describe('boundaries found by the eleventh and twelfth rounds of page templates', () => {
  const STORY_3 = 'The council said a new covered market would open next spring on the site of the old bus depot, a few streets back from the water.';
  const STORY_4 = 'Until then the traders may keep their stalls on the quay on Saturdays, the board said, as long as they clear the pitches by noon.';

  it('drops a rail of cards whose link holds a picture and the title, and keeps the titles out of the captions', () => {
    const cards = [1, 2, 3, 4].map((i) => `<div class="card"><a href="/f/${i}"><div><img src="/i${i}.jpg" alt=""></div><span>Feature number ${i} about the harbour boats</span></a><p>A short blurb number ${i} about the quay and the traders who work on it.</p></div>`).join('');
    const article = html(`<html><body><main><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p></article><section><h2>Features</h2><div>${cards}</div></section></main></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
    expect(article.captions?.join(' ') ?? '').not.toContain('Feature number');
  });

  it('takes the sentences of carousel slides as captions, not as story', () => {
    const slides = '<div class="slide"><amp-img src="/a.jpg"></amp-img><p>A seaplane drops water over the pines.</p></div><div class="slide"><amp-img src="/b.jpg"></amp-img><p>Residents rest in the sports hall.</p></div>';
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><amp-carousel type="slides">${slides}</amp-carousel><p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
    expect(article.captions).toEqual(['A seaplane drops water over the pines.', 'Residents rest in the sports hall.']);
  });

  it('drops promotion boxes that end with a short call to action, and keeps a story section with its subhead', () => {
    const podcast = '<section><div><h2>Listen: The Morning Tide</h2><p>Our daily podcast on the stories that matter across the region, in twenty minutes.</p><a href="/podcast">Listen now</a></div></section>';
    const related = [1, 2, 3].map((i) => `<section><h4>Bridge ${i} reopens</h4><p>The bridge over the river reopened on Friday after two years of works. <a href="/b${i}">Read more</a></p></section>`).join('');
    const article = html(`<html><body><article><h1>Market to close</h1><div><p>${STORY}</p></div>${podcast}<section><h2>Traders appeal</h2><p>${STORY_2}</p></section></article><div><h3>Related</h3><div>${related}</div></div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\nTraders appeal\n\n${STORY_2}`);
  });

  it('keeps the part of a hand-written page that holds its headline, between <hr>s', () => {
    const page = `<html><head><title>Harbour board closes the fish market - The Weekly Courier</title></head><body><p><i>The Weekly Courier, serving Elm County since 1887. Published every Thursday.</i></p><hr><h2>Harbour board closes the fish market</h2><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p><hr><p>Have a news tip? Call the newsroom at 555-0100 or e-mail news@courier.example today.</p><p>Subscriptions are $28 a year in Elm County and $36 a year elsewhere.</p></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    // A feature whose <hr>s are scene breaks opens with its headline: every part is story.
    const feature = `<html><head><title>Harbour board closes the fish market</title></head><body><div class="entry"><h1>Harbour board closes the fish market</h1><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p><hr><p>${STORY_4}</p><hr><p>${STORY}</p></div></body></html>`;
    expect(html(feature).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${STORY_4}\n\n${STORY}`);
  });

  it('joins a story that an ad splits across table rows', () => {
    const ad = '<tr><td align="center"><table><tr><td>ADVERTISEMENT<br><img src="/ad.gif"></td></tr></table></td></tr>';
    const part = (...paragraphs: string[]) => `<tr><td class="storytext"><font>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</font></td></tr>`;
    const page = `<html><body><table><tr><td valign="top"><a href="/">Home</a><br><a href="/news">News</a></td><td><table><tr><td><font size="5"><b>Market to close</b></font></td></tr>${part(STORY, STORY_2, STORY_3)}${ad}${part(STORY_4, STORY)}</table></td></tr></table></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${STORY_4}\n\n${STORY}`);
  });

  it('keeps a data table that ends the story, and still drops the label after it', () => {
    const table = '<table><tr><th>Item</th><th>Value</th></tr><tr><td>Stalls</td><td>42</td></tr><tr><td>Traders</td><td>120</td></tr></table>';
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p>${table}<p>Related stories</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\nItem\n\nValue\n\nStalls\n\n42\n\nTraders\n\n120`);
  });

  it('takes a <p> in a <figure> as its caption, and keeps a list entry that puts a paragraph beside its picture', () => {
    const figure = '<figure><img src="/a.jpg" alt=""><p>Lorries queue on the harbour road on Tuesday morning. Photo: Ana Lima.</p></figure>';
    const entry = `<div class="entry"><img src="/b.jpg" alt=""><p>${STORY_3}</p></div>`;
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p>${figure}<p>${STORY_2}</p>${entry}</article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    expect(article.captions).toEqual(['Lorries queue on the harbour road on Tuesday morning. Photo: Ana Lima.']);
  });

  it('keeps the article whose headline the page title gives when the page holds the next story too', () => {
    const story = (title: string, ...paragraphs: string[]) => `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const page = `<html><head><title>Market to close | Metro Wire</title></head><body>${story('Market to close', STORY, STORY_2)}<div>Next story</div>${story('Depot becomes a market', STORY_3, STORY_4, STORY)}</body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps a timeline whose entries open with a full date in bold, after two paragraphs of story', () => {
    const entries = [STORY_3, STORY_4, STORY].map((t, i) => `<p><strong>March ${i + 3}, 2015</strong> — ${t}</p>`).join('');
    const article = html(`<html><body><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div>${entries}</div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\nMarch 3, 2015 — ${STORY_3}\n\nMarch 4, 2015 — ${STORY_4}\n\nMarch 5, 2015 — ${STORY}`);
  });

  it('keeps a list under the headline that a line ending in a colon introduces, with that line', () => {
    const list = '<ul><li>The market closes at the end of the year.</li><li>Traders will appeal.</li><li>A covered market opens in spring.</li></ul>';
    const article = html(`<html><body><article><h1>Market to close</h1><p>Here is what we know so far:</p>${list}<p>${STORY}</p><p>${STORY_2}</p></article></body></html>`);
    expect(article.body).toBe(`Here is what we know so far:\n\nThe market closes at the end of the year.\n\nTraders will appeal.\n\nA covered market opens in spring.\n\n${STORY}\n\n${STORY_2}`);
  });

  it('keeps the lines of figures that end a story, and still drops a lone label there', () => {
    const results = '<p>Results</p><p>Harbour United 3, Selva Rovers 1</p><p>Portkirk 0, Elm Valley 2</p><p>Riverton 1, Lakeside 1</p>';
    expect(html(`<html><body><article><h1>Derby day</h1><p>${STORY}</p><p>${STORY_2}</p>${results}</article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}\n\nResults\n\nHarbour United 3, Selva Rovers 1\n\nPortkirk 0, Elm Valley 2\n\nRiverton 1, Lakeside 1`);
    expect(html(`<html><body><article><h1>Derby day</h1><p>${STORY}</p><p>${STORY_2}</p><p>Rate this story: 1 2 3 4 5</p></article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps a story in a sponsor-classed wrapper when it holds the headline the <title> repeats, without an h1', () => {
    const article = html(`<html><head><title>Market to close - Riverside Times</title></head><body><div class="sponsored-post"><div class="sponsor-line">Presented by Harbour Mutual</div><h2>Market to close</h2><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p></div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    expect(article.extraction).toBe('readability');
  });

  it('keeps live-chat entries headed by a time of day and a name, and signed letters of two paragraphs or more', () => {
    const chat = [STORY_3, STORY_4, STORY].map((t, i) => `<div class="msg"><div class="who">[10:0${i + 2}] ${i % 2 ? 'Guest' : 'Reader'}</div><div class="said">${t}</div></div>`).join('');
    expect(html(`<html><body><h1>Ask the harbour master</h1><p>${STORY}</p><p>${STORY_2}</p><div>${chat}</div></body></html>`).body).toContain(`[10:04] Reader\n\n${STORY}`);
    const letters = [1, 2, 3].map((i) => `<div class="letter"><p>${STORY_3}</p><p>${STORY_4}</p><p class="sig">Reader ${i}, Elmsworth, March ${i + 2}, 2012</p></div>`).join('');
    const body = html(`<html><body><h1>Letters: the market</h1><div>${letters}</div></body></html>`).body;
    expect(body.split(STORY_4).length - 1).toBe(3);
  });

  it('keeps a linked heading over a paragraph of prose as a subhead, and drops a lone linked line', () => {
    const entry = (i: number) => `<section><h2><a href="/places/${i}">${i}. The old fish market</a></h2><p>${STORY} ${STORY_2}</p></section>`;
    const article = html(`<html><body><article><h1>Where to eat by the harbour</h1><p>${STORY_3}</p>${entry(1)}<p><a href="/more">More places to eat by the harbour this winter</a></p><p>${STORY_4}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY_3}\n\n1. The old fish market\n\n${STORY} ${STORY_2}\n\n${STORY_4}`);
  });

  it("keeps a guide's entries under linked headings in the headline's article, and an editor's note in italics with a link", () => {
    const entries = [1, 2, 3].map((i) => `<section><h2><a href="/places/${i}">${i}. The old fish market</a></h2><p>${STORY} ${STORY_2}</p></section>`).join('');
    const note = '<p><em>Editor’s note: This story was updated with the harbour board’s response. <a href="/standards">Our standards</a>.</em></p>';
    const article = html(`<html><body><article><h1>Where to eat by the harbour</h1>${note}<p>${STORY_3}</p><div class="guide">${entries}</div></article></body></html>`);
    expect(article.body.startsWith('Editor’s note: This story was updated')).toBe(true);
    expect(article.body.split('. The old fish market').length - 1).toBe(3);
    expect(article.body.split(STORY_2).length - 1).toBe(3);
  });

  it('reads the rest of a story kept in a <div hidden> behind a button, but no hidden menu', () => {
    const page = `<html><body><article><h1>Market to close</h1><p>${STORY}</p><button>Continue reading</button><div hidden><p>${STORY_2}</p><p>${STORY_3}</p></div><div hidden><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></div></article></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('reads a story in a <pre> as paragraphs, without its slug and rights lines', () => {
    const wrapped = (t: string) => t.replace(/(.{1,60})(?:\s+|$)/g, '$1\n').trimEnd();
    const page = `<html><head><title>Market to close</title></head><body><a href="/">Wire</a><hr><pre>\n HARBOUR-0309 2000-03-09 07:30\n MARKET TO CLOSE\n\n${wrapped(STORY)}\n\n${wrapped(STORY_2)}\n\n Copyright 2000 NewsWire Service. All rights reserved.\n</pre></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps lines of figures written as paragraphs, and drops a widget of short lines after the story', () => {
    const widget = '<div class="forecast"><div>5-day forecast</div><div>Mon 12° Rain</div><div>Tue 14° Cloudy</div><div>Wed 15° Sunny</div></div>';
    expect(html(`<html><body><article><h1>Rain at last</h1><p>${STORY}</p><p>${STORY_2}</p>${widget}</article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it("drops an e-mail's run of teaser rows (a linked title line and a blurb) and its unsubscribe footer, in the table that holds the story", () => {
    const row = (inner: string) => `<tr><td>${inner}</td></tr>`;
    const teasers = [1, 2, 3].map((i) => row(`<a href="/t/${i}">Teaser headline number ${i} about the quay</a><br>A blurb of the teaser number ${i} in one sentence.`)).join('');
    const footer = row('<a href="/fwd">Forward to a friend</a> | <a href="/unsub">Unsubscribe</a><br>The Morning Tide, 14 Quay Street, Portkirk<br>You are receiving this because you signed up at tide.example.');
    const page = `<html><body><table>${row('<h1>Market to close</h1>')}${row(`<p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p>`)}${row('<b>Also this morning</b>')}${teasers}${footer}</table></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('drops an app banner of one sentence and its calls to action, and keeps a story paragraph followed by one link', () => {
    const banner = '<div class="smart-banner"><p>Read faster in the Coast Today app, with alerts for breaking news where you live.</p><a href="/app">Open in app</a> <a href="#">Not now</a></div>';
    const box = '<div class="get-app"><p>Get the Coast Today app for the news on your phone, free on iPhone and Android.</p><a href="/ios">App Store</a> <a href="/android">Google Play</a></div>';
    const kept = `<div><p>${STORY_3}</p><a href="/council">Council papers</a></div>`;
    const article = html(`<html><body>${banner}<div class="page"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p>${kept}${box}</div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('keeps a list of linked services that a line ending in a colon introduces at the end of the story', () => {
    const list = '<ul><li><a href="https://a.example/">Harbour Food Bank</a>, 0800 555 0100</li><li><a href="https://b.example/">Elm County Advice Centre</a>, 0800 555 0111</li><li><a href="https://c.example/">Coastline Housing Trust</a>, 0800 555 0122</li></ul>';
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><p>Where to get help:</p>${list}</article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\nWhere to get help:\n\nHarbour Food Bank, 0800 555 0100\n\nElm County Advice Centre, 0800 555 0111\n\nCoastline Housing Trust, 0800 555 0122`);
  });

  it('drops a ticker of unlinked headlines set apart by bullets above the story', () => {
    const ticker = '<div class="ticker"><span>Breaking</span> <span>Ferry crews walk out over rotas • Frost wipes out the blossom • Library reopens after the flood • Chalice found in a locker</span></div>';
    const article = html(`<html><body><div class="page">${ticker}<h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p></div></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });
});

describe('round 20 (2026-12-03): classes the round-20 pages found', () => {
  const STORY_3 = 'The council said it would publish the traders’ appeal and its answer on its website before the next meeting in March.';

  it('counts links set side by side without a space as separate words: an archive\'s "[Date Prev][Date Next]" line is navigation', () => {
    const nav = '[<a href="1.html">Date Prev</a>][<a href="2.html">Date Next</a>][<a href="3.html">Thread Prev</a>][<a href="4.html">Thread Next</a>][<a href="5.html">Date Index</a>]';
    const article = html(`<html><body><hr>${nav}<h1>Market to close</h1><hr><pre>${STORY}\n\n${STORY_2}\n\n${STORY_3}\n</pre></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    const [block] = nodeToBlocks(parseHtmlDocument(`<html><body><p>${nav}</p></body></html>`).body);
    expect(countWords(block.linkText)).toBe(countWords(block.text));
  });

  it('keeps subheads classed "subtitle" after story paragraphs, and still drops a standfirst so classed before them', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p class="subtitle">Traders face a winter without a site as the board votes</p><div class="body"><p>${STORY}</p><h2 class="subtitle">What happens next</h2><p>${STORY_2}</p></div></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\nWhat happens next\n\n${STORY_2}`);
  });

  it("drops a partner story's provenance and translation note at its head and a republishing licence at its foot, in other languages too", () => {
    const head = '<p><em>This story was first published in Spanish by our partner El Faro del Sur. It has been translated and edited for length.</em></p>';
    const foot = '<p><em>This story is published under a Creative Commons licence. You may republish it with credit to Crossroads Review.</em></p>';
    expect(html(`<html><body><article><h1>Market to close</h1>${head}<p>${STORY}</p><p>${STORY_2}</p>${foot}</article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
    const german = '<p>Dieser Artikel erschien zuerst bei unserem Partner, dem Hafenkurier.</p>';
    expect(html(`<html><body><article><h1>Markt schließt</h1><p>${STORY}</p><p>${STORY_2}</p>${german}</article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it("drops a release's source block under the story, and keeps a story sentence about a report's publication", () => {
    const source = '<h3>Story Source:</h3><p>Materials provided by the University of Elmford. Note: Content may be edited for style and length.</p>';
    expect(html(`<html><body><div id="text"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p></div>${source}</body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
    const report = 'The report was published by the harbour board on Monday and shows trade at the market falling by a third since 2015.';
    expect(html(`<html><body><article><h1>Market to close</h1><p>${report}</p><p>${STORY}</p><p>${STORY_2}</p><p>${report}</p></article></body></html>`).body).toBe(`${report}\n\n${STORY}\n\n${STORY_2}\n\n${report}`);
  });

  it('drops a summary labelled as such at the head of the story, and a mail client\'s forwarding line', () => {
    const summary = '<div id="abstract">Summary: The harbour board will close the fish market at the end of the year after forty years.</div>';
    expect(html(`<html><body><div><h1>Market to close</h1>${summary}<p>${STORY}</p><p>${STORY_2}</p></div></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
    const mail = `<html><body><h1>[harbour-news] Market to close</h1><pre>Forwarded from today's Harbour Gazette, with permission:\n\n${STORY}\n\n${STORY_2}\n\n${STORY_3}\n</pre></body></html>`;
    expect(html(mail).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('drops metadata fields as the last lines ("Current Mood: hopeful", "Current Music: …"), and keeps a last sentence with a colon', () => {
    const fields = '<br><br><b>Current Mood:</b> hopeful<br><b>Current Music:</b> the harbour radio, badly tuned';
    expect(html(`<html><body><div class="entry"><b>Market to close</b><div class="entrytext">${STORY}<br><br>${STORY_2}${fields}</div></div></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}`);
    const last = 'Her advice to the traders: keep the receipts, and write to the board before the end of the month.';
    expect(html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><p>${last}</p></article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}\n\n${last}`);
  });
});

describe('where Readability.js alone beat newsfacts (2026-12-03): subheads and closing lines that looked like labels', () => {
  const para = (n: number) => `Entry ${n} of the guide tells readers where to eat by the harbour, what it costs and when it is open in the winter.`;

  it("keeps the first of a series of headings right under the headline (a guide's linked entries), and still drops a lone label there", () => {
    const entries = [1, 2, 3].map((n) => `<section><h2><a href="/places/${n}">${n}. The Quay Kitchen ${n}</a></h2><p>${para(n)}</p></section>`).join('');
    const article = html(`<html><body><article><h1>Where to eat by the harbour</h1><p class="byline">Ana Lima</p><div>${entries}</div></article></body></html>`);
    expect(article.body).toBe([1, 2, 3].map((n) => `${n}. The Quay Kitchen ${n}\n\n${para(n)}`).join('\n\n'));
    const lone = html(`<html><body><article><h1>Market to close</h1><p>Listen to this article 5:12</p><p>${STORY}</p><h2>What happens next</h2><p>${STORY_2}</p></article></body></html>`);
    expect(lone.body).toBe(`${STORY}\n\nWhat happens next\n\n${STORY_2}`);
  });

  it("keeps a reaction story's last speaker line and every letter's signature, and drops the letters page's editing note", () => {
    const speakers = ['Ruth Kessler, grower', 'Callum Reid, union secretary', 'Ilse Brandt, project director'];
    const quotes = speakers.map((who, i) => `<blockquote><p>Quote ${i + 1}: we were not asked about the market, and we will not let the board close it without a fight.</p></blockquote><p class="attribution">${who}</p>`).join('');
    const roundup = html(`<html><body><article><h1>Traders react</h1><p>${STORY}</p>${quotes}</article></body></html>`);
    expect(roundup.body.split('\n\n').slice(-1)).toEqual(['Ilse Brandt, project director']);
    const letters = [1, 2, 3].map((n) => `<div class="letter"><h3>Save our market ${n}</h3><p>${para(n)}</p><p class="sig">Reader ${n}, Elmsworth, March ${n + 2}, 2012</p></div>`).join('');
    const page = html(`<html><body><div id="letters"><h1>Letters: the market</h1>${letters}</div><div id="foot">Letters may be edited for length. Elmsworth Gazette, 2012</div></body></html>`);
    expect(page.body).toBe([1, 2, 3].map((n) => `Save our market ${n}\n\n${para(n)}\n\nReader ${n}, Elmsworth, March ${n + 2}, 2012`).join('\n\n'));
  });

  it('still drops a page date line under the byline and a trailing tags line that nothing in the story echoes', () => {
    const article = html(`<html><body><article><h1>Market to close</h1><p>Elmsworth, March 3, 2012</p><p>${STORY}</p><p>${STORY_2}</p><p>Tags: harbour, council</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}`);
  });
});

describe('round 21 (2026-12-03): older pages', () => {
  const STORY_3 = 'The council said a new covered market would open next spring on the site of the old bus depot, a few streets back from the water.';
  const bytesOf = (parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
  const normalizeBytes = (bytes: Uint8Array) => {
    const result = normalize({ bytes, fileName: 'page.html' });
    if (!result.ok) throw new Error(result.error.code);
    return result.articles[0];
  };

  it('keeps a <br><br> break before a <font> run: the date line above the story is not joined to its first sentence', () => {
    const page = `<html><body><table><tr><td><font size="4"><b>Market to close after forty years</b></font><br><font size="1">Ana Lima, Harbour Daily<br>Tuesday, March 4, 2003</font><br><br><font size="2">${STORY}<br><br>${STORY_2}<br><br>${STORY_3}</font></td></tr></table></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('reads the story a frameset page holds in <noframes>, without the frames notice; a frameset with none is still refused', () => {
    const frames = '<frameset rows="96,*"><frame src="/banner.html"><frameset cols="150,*"><frame src="/menu.html"><frame src="/story.html"></frameset>';
    const page = `<html><head><title>Market to close - Island News</title></head>${frames}<noframes><body><h2>Market to close</h2><p>${STORY}</p><p>${STORY_2}</p><p>This site uses frames. If your browser does not show them, <a href="/story.html">read the story here</a>. © 2004 Island News</p></body></noframes></frameset></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}`);
    const empty = normalize({ bytes: utf8(`<html><head><title>Island News</title></head>${frames}</frameset></html>`), fileName: 'page.html' });
    expect(empty.ok || empty.error.code).toBe('NO_ARTICLE_TEXT');
  });

  it('a frameset page whose <noframes> never closes ends in time', () => {
    const started = Date.now();
    const result = normalize({ bytes: utf8(`<html><frameset rows="*"><frame src="a.html">${'<noframes>x '.repeat(100_000)}</frameset></html>`), fileName: 'page.html' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok || result.error.code).not.toBe('INTERNAL_ERROR');
  });

  it('reads UTF-8 with windows-1252 quote bytes among it as both, and single-byte pages as before', () => {
    const quote = 'Die Händler fürchten um ihre Stände am Kai, sagte die Sprecherin der Marktgemeinschaft am Montag.';
    // „…“ and ’ as windows-1252 bytes (0x84, 0x93, 0x92) in a page declared and mostly written as UTF-8.
    const mixed = bytesOf([`<html><head><meta charset="utf-8"></head><body><article><h1>Markt schließt</h1><p>${STORY}</p><p>`, [0x84], quote, [0x93], ' Es ist Jan', [0x92], 's Stand, sagte sie.</p></article></body></html>']);
    expect(normalizeBytes(mixed).body).toBe(`${STORY}\n\n„${quote}“ Es ist Jan’s Stand, sagte sie.`);
    // Real windows-1252 (no valid UTF-8 sequence) is still windows-1252, declared or not.
    const latin = bytesOf(['<html><body><article><h1>March', [0xe9], ' ferm', [0xe9], '</h1><p>Le conseil a d', [0xe9], 'cid', [0xe9], ' lundi de fermer le march', [0xe9], ' aux poissons ', [0x96], ' apr', [0xe8], 's quarante ans de commerce sur le quai du port.</p></article></body></html>']);
    expect(normalizeBytes(latin).body).toBe('Le conseil a décidé lundi de fermer le marché aux poissons – après quarante ans de commerce sur le quai du port.');
  });

  it('reads undeclared single-byte Cyrillic as windows-1251 or KOI8-R, and Western text as windows-1252', () => {
    const russian = 'Городской совет в понедельник решил закрыть старый рыбный рынок на набережной после сорока лет торговли.';
    const cp1251 = Uint8Array.from([...russian].map((ch) => (ch === ' ' || ch === '.' ? ch.charCodeAt(0) : ch.codePointAt(0)! - 0x410 + 0xc0)));
    const page = (body: Uint8Array) => bytesOf(['<html><head><title>Рынок</title></head><body><p>', [...body], '</p></body></html>']);
    expect(normalizeBytes(page(cp1251)).body).toBe(russian);
    // KOI8-R puts the same letters elsewhere: lower case at 0xC0–0xDF.
    const order = 'юабцдефгхийклмнопярстужвьызшэщчъ';
    const koi = Uint8Array.from([...russian].map((ch) => (ch === ' ' || ch === '.' ? ch.charCodeAt(0) : (ch.toLowerCase() === ch ? 0xc0 : 0xe0) + order.indexOf(ch.toLowerCase()))));
    const text = normalize({ bytes: koi, fileName: 'story.txt' });
    expect(text.ok && text.articles[0].body).toBe(russian);
    const french = bytesOf(['<html><body><p>Le conseil a d', [0xe9], 'cid', [0xe9], ' de fermer le march', [0xe9], ' ', [0xe0], ' poissons apr', [0xe8], 's quarante ans, a d', [0xe9], 'clar', [0xe9], ' le maire ', [0xe0], ' la presse ce lundi.</p></body></html>']);
    expect(normalizeBytes(french).body).toBe('Le conseil a décidé de fermer le marché à poissons après quarante ans, a déclaré le maire à la presse ce lundi.');
  });

  it("drops an unmarked headline and its byline line before the story's first sentence (a print view with a generic <title>)", () => {
    const page = `<html><head><title>Harbour Daily: Printer Friendly Version</title></head><body><p><b>Harbour board votes to close the old fish market</b></p><p>Ana Lima, Harbour Daily</p><p>${STORY}</p><p>${STORY_2}</p></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it("drops a blog theme's post metadata (postmetadata, entry-utility) and a comment section's form hints after its heading", () => {
    const meta = '<p class="postmetadata alt"><small>This entry was posted on Monday, March 3rd, 2007 at 10:12 am and is filed under <a href="/c/news/">News</a>. You can follow any responses to this entry through the <a href="/feed/">RSS 2.0</a> feed.</small></p>';
    const respond = '<h3 id="respond">Leave a Reply</h3><p>Name (required)</p><p><small><strong>XHTML:</strong> You can use these tags: &lt;a href=""&gt; &lt;b&gt; &lt;em&gt;, and your comment will appear after the moderator has read it.</small></p><textarea name="comment"></textarea>';
    const page = `<html><body><div id="content"><div class="post"><h2><a href="/p/1">Market to close</a></h2><div class="entry"><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p>${meta}</div></div>${respond}</div></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it('keeps the story under a comments heading that comes before it (a count link under the headline)', () => {
    const page = `<html><body><div id="main"><h1>Market to close</h1><h4 class="comments"><a href="#c">12 comments</a></h4><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p></div></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });
});

describe('a second story below the story, under an "Also in the news" label and its own headline (older templates, 2026-12-03)', () => {
  const OTHER = 'The county fair will move to the showground next summer, the organisers said, because the old field floods every other year.';
  const OTHER_2 = 'Tickets will cost the same as this year, and a shuttle bus will run from the station every twenty minutes on each of the four days.';

  it('drops the labelled block, in its own container and in flat markup', () => {
    const boxed = `<html><body><div id="col"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><div class="also"><h4>Also in the news</h4><h2>Fair moves to the showground</h2><p>${OTHER}</p><p>${OTHER_2}</p></div></div></body></html>`;
    expect(html(boxed).body).toBe(`${STORY}\n\n${STORY_2}`);
    const flat = `<html><body><div id="col"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><h3>In other news:</h3><h2>Fair moves to the showground</h2><p>${OTHER}</p><p>${OTHER_2}</p></div></body></html>`;
    expect(html(flat).body).toBe(`${STORY}\n\n${STORY_2}`);
  });

  it('keeps a subhead of the story with such a name, which a paragraph follows', () => {
    const page = `<html><body><div id="col"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><h2>Other news</h2><p>${OTHER}</p><p>${OTHER_2}</p></div></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\nOther news\n\n${OTHER}\n\n${OTHER_2}`);
  });
});

describe('modern templates, round 23 (2026-12-03)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';
  const ENTRY = 'Crews reopened the northbound lane at noon after the fallen tree was cut up and cleared, police said.';
  const ENTRY_2 = 'A second tree came down on the coast road an hour later, and drivers were told to expect long delays.';
  const ENTRY_3 = 'The weather service extended its wind warning until midnight and urged people to stay indoors.';

  it("keeps a live blog's entries that carry a row of Share and Copy link buttons, and still drops a sign-up box with its field", () => {
    const entry = (time: string, text: string) => `<div class="update"><span class="t">${time}</span><p>${text}</p><div class="tools"><button>Share</button><button>Copy link</button></div></div>`;
    const signup = '<div class="box"><p>Get the morning briefing in your inbox every weekday.</p><input type="email"><button>Sign up</button></div>';
    const page = `<html><head><title>Storm live</title></head><body><main><h1>Storm live</h1><p>${STORY}</p>${entry('12:40', ENTRY)}${entry('13:05', ENTRY_2)}${signup}${entry('13:30', ENTRY_3)}</main></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n12:40\n\n${ENTRY}\n\n13:05\n\n${ENTRY_2}\n\n13:30\n\n${ENTRY_3}`);
  });

  it('flags a gate that says the story is for subscribers in its own words, and not a free newsletter prompt', () => {
    const gate = (words: string) => `<html><body><article><h1>Market to close</h1><p>${STORY}</p></article><div class="offer-box"><h2>${words}</h2><p>Plans from $1. Already a subscriber? <a href="/in">Sign in</a></p></div></body></html>`;
    expect(html(gate('This story is for subscribers')).paywalled).toBe(true);
    expect(html(gate('Continue reading with a subscription')).paywalled).toBe(true);
    expect(html(gate('Subscribe today to read the full article')).paywalled).toBe(true);
    expect(html(gate('Subscribe for free to receive new posts and support my work')).paywalled).toBe(false);
  });

  it("takes the long caption of a block named as a picture's, and keeps a list entry's picture and paragraph", () => {
    const caption = 'Fishermen mend nets on the quay at dawn, as their fathers did before them. The market has stood beside the harbour since 1983.';
    const photo = `<div class="photo-module"><img src="/a.jpg" alt=""><div class="photo-module__text"><p>${caption}</p></div></div>`;
    const article = html(`<html><body><article><h1>Market to close</h1><p>${STORY}</p>${photo}<p>${STORY_2}</p><p>${STORY_3}</p><p>${ENTRY}</p><p>${ENTRY_2}</p></article></body></html>`);
    expect(article.body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${ENTRY}\n\n${ENTRY_2}`);
    expect(article.captions).toContain(caption);
    const entry = (n: number, text: string) => `<div class="entry"><img src="/${n}.jpg" alt=""><p>${text}</p></div>`;
    expect(html(`<html><body><article><h1>Market to close</h1>${entry(1, STORY)}${entry(2, STORY_2)}${entry(3, STORY_3)}</article></body></html>`).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it("keeps a subhead between paragraphs whose class Readability takes for page chrome ('header-anchor')", () => {
    const page = `<html><body><div class="post"><h1>Market to close</h1><div class="body markup"><p>${STORY}</p><h3 class="header-anchor-post">What traders say</h3><p>${STORY_2}</p><h3 class="header-anchor-post">What comes next</h3><p class="button-wrapper"><a href="/share">Share</a></p><p>${STORY_3}</p></div></div></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\nWhat traders say\n\n${STORY_2}\n\nWhat comes next\n\n${STORY_3}`);
  });

  it("drops a recommendation strip of cards (a picture link, a title link, a source line) with its label, and keeps a sentence with a link", () => {
    const card = (n: number) => `<div class="rec"><a href="https://partner.example/${n}"><img src="/${n}.jpg" alt=""></a><a href="https://partner.example/${n}">Ten gadgets that will change your kitchen forever number ${n}</a><span>Sponsored · Partner Brand ${n}</span></div>`;
    const strip = `<div class="strip"><div class="strip-head">Recommended</div>${card(1)}${card(2)}${card(3)}</div>`;
    const linked = `<p>The council published <a href="/report">its full report on the market</a> on Monday, with the figures.</p>`;
    const page = `<html><body><article><h1>Market to close</h1><p>${STORY}</p>${linked}<p>${STORY_2}</p><p>${STORY_3}</p>${strip}<p>The stalls close on July 1.</p></article></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\nThe council published its full report on the market on Monday, with the figures.\n\n${STORY_2}\n\n${STORY_3}\n\nThe stalls close on July 1.`);
  });
});

describe('round 24 (2026-12-03)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';

  it('drops a pull quote that sets a sentence of the story large again, and embedded social posts', () => {
    const pull = '<figure class="wp-block-pullquote"><blockquote><p>Traders said they had not been consulted and would appeal.</p><cite>Ana Lima</cite></blockquote></figure>';
    const tweet = '<blockquote class="twitter-tweet"><p lang="en">Queues all along the quay this morning, nobody knows why <a href="https://t.example/x">pic.example/x</a></p>&mdash; Resident (@resident_42) <a href="https://social.example/s/1">March 3, 2016</a></blockquote>';
    const page = `<html><body><article><h1>Market to close</h1><p>${STORY}</p>${pull}<p>${STORY_2}</p>${tweet}<p>${STORY_3}</p></article></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it("drops a headed box that lists the story's own sentences again, and keeps a list among the paragraphs that does", () => {
    const box = `<div class="box"><h3>What you need to know</h3><ul><li>${STORY}</li><li>${STORY_3}</li></ul></div>`;
    const page = `<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p>${box}<p>${STORY_3}</p></article></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    const points = `<ul><li>${STORY}</li><li>${STORY_3}</li></ul>`;
    const kept = `<html><body><article><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p>${points}<p>${STORY_3}</p></article></body></html>`;
    expect(html(kept).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY}\n\n${STORY_3}\n\n${STORY_3}`);
  });
});

describe('round 25 (2026-12-04)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';
  const story = (extra: string, head = '') => `<html><body><div id="main"><h1>Market to close</h1>${head}<div class="story"><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p>${extra}</div></div></body></html>`;

  it('drops a rating widget’s line (a verb of rating and the scale’s numbers), and keeps a sentence with figures', () => {
    for (const line of ['Rate this article: 1 2 3 4 5 (Average rating 3.4 of 5, 21 votes)', 'Rating: 1 2 3 4 5', 'Artikel bewerten: 1 2 3 4 5']) {
      const page = `<html><body><div id="main"><h1>Market to close</h1><div class="story"><p>${STORY}</p><p>${line}</p><p>${STORY_2}</p><p>${STORY_3}</p></div></div></body></html>`;
      expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    }
    const figures = '<p>Voters were asked to rate the three plans, and they came 1, 2 and 3 in the order the council had listed them.</p>';
    expect(html(story(figures)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\nVoters were asked to rate the three plans, and they came 1, 2 and 3 in the order the council had listed them.`);
  });

  it('ends the story at a rights line signed with © or "Copyright" and a year, with the short notes after it, and keeps "all rights reserved" in a sentence', () => {
    const syndicated = '<p>Copyright © 2009 The Harbour Daily. All rights reserved. Distributed by Hub Media (hub.example).</p><p>To contact the copyright holder directly for corrections, or for permission to republish this material, click here.</p><p>The hub publishes around 2,000 reports a day from more than 130 news organizations.</p>';
    expect(html(story(syndicated)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    expect(html(story('<p>First published Monday March 2, 2009 in News © Copyright 2009 The Portkirk Gazette</p>')).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    const sentence = '<p>All rights reserved, the record label said, but the band gave the songs away at the quay.</p><p>The traders will meet again on Thursday.</p>';
    expect(html(story(sentence)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\nAll rights reserved, the record label said, but the band gave the songs away at the quay.\n\nThe traders will meet again on Thursday.`);
  });

  it("drops a post's metadata line at the story's head or foot (a verb of posting, by/on/at, and a clock time, an ISO date or a bar), and keeps a sentence that starts the same way", () => {
    expect(html(story('', '<p>Submitted by Ana Lima on Tue, 2007-03-06 10:12.</p>')).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    expect(html(story('<p>Posted by Ana Lima at 10:12 AM | Comments (2) | TrackBack</p>')).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    expect(html(story('<p>Filed in Local news | 2009-03-04</p>')).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    const sentence = 'Posted by the council on its website, the notice said the quay would close for three weeks.';
    expect(html(story(`<p>${sentence}</p>`)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${sentence}`);
  });

  it('drops a donation bar (a sentence and a call to give) and an editorial-policy note under the story, and keeps a last sentence that asks readers to give', () => {
    for (const foot of ['<div class="bar">The Reporter is nonprofit and reader-funded. <a href="/donate">Donate today</a></div>', '<p>Spotted an error? Read our <a href="/corrections">corrections policy</a>.</p>', '<p>Found a typo? <a href="/report">Report an error</a></p>', '<p>Independent journalism needs you. <a href="/join">Become a member</a></p>']) {
      expect(html(story(foot)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    }
    const ask = 'The traders urged shoppers to donate unsold produce to the food bank on the quay.';
    expect(html(story(`<p>${ask}</p>`)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${ask}`);
  });

  it('drops a bio card under the story (a name line and a short paragraph that starts with the name) when the page names no writer, and keeps a last paragraph after prose', () => {
    const card = '<div class="bio"><p>Ana Lima</p><p>Ana Lima covers the harbour and its trades for the Reporter. Reach her at tips@reporter.example.</p></div>';
    expect(html(story(card)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
    const last = 'Ana Lima, who has traded on the quay since 1990, said she would not move to the new site.';
    expect(html(story(`<p>${last}</p>`)).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}\n\n${last}`);
  });

  it('drops a thread of comments signed with an age ("1 hrs ago", "5 mins ago", "2h ago") on a page without an h1', () => {
    const COMMENT = 'This is exactly what happened in our town ten years ago and nobody learned anything from it at all.';
    const rows = ['1 hrs ago', '5 mins ago', '2h ago'].map((age, i) => `<tr><td>${COMMENT} Reader number ${i + 1} agrees.<br><b>Reader ${i + 1}, Pune</b> <span>(${age})</span></td></tr>`).join('');
    const page = `<html><body><table><tr><td><div style="font-size:22px">Market to close</div><table><tr><td>${STORY}<br><br>${STORY_2}<br><br>${STORY_3}</td></tr></table><table><tr><td>Readers' opinions (3)</td></tr>${rows}</table></td></tr></table></body></html>`;
    expect(html(page).body).toBe(`${STORY}\n\n${STORY_2}\n\n${STORY_3}`);
  });
});

describe('round 26 (2026-12-04)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';
  const COMMENT = 'This is exactly what happened in our town ten years ago and nobody learned anything from it.';
  const story = (extra: string) => `<html><body><div id="main"><h1>Market to close</h1><div class="story"><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p>${extra}</div></div></body></html>`;
  const BODY = `${STORY}\n\n${STORY_2}\n\n${STORY_3}`;

  it('drops a comment section named in Spanish, French or German, and keeps a block whose one class token merely contains the word', () => {
    for (const name of ['id="comentarios"', 'class="commentaires"', 'id="kommentare"', 'class="box comentários"']) {
      const page = story(`<div ${name}><h3>Reacciones (2)</h3><p>${COMMENT}</p><p>Escrito por Jorge el 13/08/2006</p></div>`);
      expect(html(page).body).toBe(BODY);
    }
    const kept = `<html><body><div id="main" class="has-comentarios"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p></div></body></html>`;
    expect(html(kept).body).toBe(BODY);
  });

  it('keeps a forum post whose one link comes after its text ("Reply With Quote"), where three teaser cards in a row, titles first or after a kicker, still go', () => {
    const post = (text: string) => `<table><tr><td>${text}</td></tr><tr><td><a href="newreply.php?p=1">Reply With Quote</a></td></tr></table>`;
    const footer = '<p>All times are GMT. The time now is 11:02 AM. The forums are run by volunteers from the harbour community.</p>';
    const page = `<html><head><title>Market to close - Forums</title></head><body><h2>Market to close</h2>${post(`${STORY}<br><br>${STORY_2}<br><br>${STORY_3}<br><br>The council meets again on Thursday.`)}${post('Short reply one.')}${post('Short reply two.')}${footer}</body></html>`;
    expect(html(page).body).toContain(`${BODY}\n\nThe council meets again on Thursday.`);
    const card = (n: number) => `<div class="card">${n === 2 ? '<span class="kicker">Business</span>' : ''}<div class="title"><a href="/story-${n}">Council approves new harbour wall plan ${n}</a></div><p>A short blurb about the wall.</p></div>`;
    const cards = `<html><body><div id="main"><h1>Market to close</h1><p>${STORY}</p><p>${STORY_2}</p><p>${STORY_3}</p></div><div class="rail">${card(1)}${card(2)}${card(3)}</div></body></html>`;
    expect(html(cards).body).toBe(BODY);
  });

  it('ends the story at a separator line of underscores or "--" that a signature follows, and keeps a story that goes on at length after one', () => {
    for (const separator of ['__________________', '--']) {
      const page = story(`<p>${separator}</p><p>Harbour Forums - news by and for the waterfront</p><p>Member</p><p>${COMMENT}</p>`);
      expect(html(page).body).toBe(BODY);
    }
    const LONG = `${STORY_2} ${STORY_3} ${STORY}`;
    const part = `<html><body><div id="main"><h1>Market to close</h1><div class="story"><p>${STORY}</p><p>${STORY_2}</p><p>_____</p><p>${LONG}</p><p>${LONG}</p></div></div></body></html>`;
    expect(html(part).body).toBe(`${STORY}\n\n${STORY_2}\n\n_____\n\n${LONG}\n\n${LONG}`);
  });

  it('drops a "Powered by" line naming the software and its version, and a release wire\'s SOURCE line, and keeps a last sentence about what powers something', () => {
    expect(html(story('<p>All times are GMT. The time now is 11:02 AM. Powered by vBulletin Version 3.7.2</p>')).body).toBe(BODY);
    expect(html(story('<p>Powered by WordPress 2.8.4</p>')).body).toBe(BODY);
    expect(html(story('<p>Web site: http://www.selvalines.example/</p><p>SOURCE Selva Lines Ltd.</p>')).body).toBe(BODY);
    const ferry = 'The new ferry is powered by two 1.2 megawatt engines.';
    expect(html(story(`<p>${ferry}</p>`)).body).toBe(`${BODY}\n\n${ferry}`);
  });
});

describe('round 27 (2026-12-04)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';
  /** Hard-wraps a paragraph at `width` columns with <br>s, as text pasted from an e-mail. */
  const wrapped = (text: string, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('<br>\n');
  };

  it('joins the lines of a paragraph hard-wrapped with single <br>s (at 72 or 60 columns, a line ending a sentence among them), and keeps short or uneven lines apart', () => {
    const LONG = `${STORY} ${STORY_2}`;
    for (const width of [72, 60]) {
      const page = `<html><body><h1>Market to close</h1><font size="2">${wrapped(LONG, width)}<br>\n<br>\n${wrapped(STORY_3, width)}</font></body></html>`;
      expect(html(page).body).toBe(`${LONG}\n\n${STORY_3}`);
    }
    // On a page with a wrap column, an address's short lines stay lines.
    const address = '<p>Write to: Harbour Board<br>2 Quay Street<br>Portkirk PK1 2AB, Selva Islands<br>Telephone 555-0100</p>';
    const page = `<html><body><h1>Market to close</h1><p>${wrapped(LONG, 72)}</p>${address}<p>${STORY_3}</p></body></html>`;
    expect(html(page).body).toBe(`${LONG}\n\nWrite to: Harbour Board\n\n2 Quay Street\n\nPortkirk PK1 2AB, Selva Islands\n\nTelephone 555-0100\n\n${STORY_3}`);
  });
});

describe('round 28 (2026-12-04)', () => {
  const STORY_3 = 'The market’s forty stalls will be offered to the traders first, at the old rents, if a new site is found before the spring.';
  const BODY = `${STORY}\n\n${STORY_2}\n\n${STORY_3}`;
  const story = (extra: string, middle = '') => `<html><body><div id="main"><h1>Market to close</h1><div class="story"><p>${STORY}</p>${middle}<p>${STORY_2}</p><p>${STORY_3}</p>${extra}</div></div></body></html>`;

  it("drops a poll set in the story whose options sit in a paragraph, and keeps a long story paragraph with a button in it", () => {
    const poll = '<div class="poll-box"><p><b>Our poll:</b> Do you support the decision?</p><p><input type="radio" name="p"> Yes<br><input type="radio" name="p"> No<br><input type="radio" name="p"> Not sure</p><p><button>Vote</button> <a href="/poll">View results</a></p></div>';
    expect(html(story('', poll)).body).toBe(BODY);
    const long = `${STORY_2} ${STORY_3} ${STORY}`;
    // The button goes alone (a button's text is never read); the paragraph of 300 characters or more stays.
    expect(html(story('', `<p>${long} <button>Listen</button></p>`)).body).toBe(`${STORY}\n\n${long}\n\n${STORY_2}\n\n${STORY_3}`);
  });

  it("drops a comment section's status line under the story in three languages, and keeps a last sentence that reports comments closing", () => {
    for (const line of ['Comments are closed for this story.', 'Sorry, commenting is closed.', 'Die Kommentarfunktion wurde geschlossen.', 'Les commentaires sont fermés.']) {
      expect(html(story(`<p>${line}</p>`)).body).toBe(BODY);
    }
    const sentence = 'The council said comments are closed until Friday, when the consultation ends.';
    expect(html(story(`<p>${sentence}</p>`)).body).toBe(`${BODY}\n\n${sentence}`);
  });
});
