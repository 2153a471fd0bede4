// Site templates of different kinds and eras for the varied news-page set (page-set.ts). Each one
// renders a story into a whole page with its furniture (menus, captions, share bars, related links,
// "read more" teasers, comments, paywall prompts, tables of contents) and says which text is the
// article: the story's paragraphs and subheads, never the headline, standfirst, byline, captions
// or furniture. Written from the shapes of real sites, not copied from any.
import { commentsFor, labelsFor, type Labels, type Story } from './stories.js';

export interface TemplateContext {
  /** Other stories, for teasers and related links. */
  others: Story[];
  /** Position of the page in the set, for small deterministic variations. */
  seed: number;
}

export interface RenderedPage {
  html: string;
  /** Paragraphs of the article text a reader would mark. */
  expected: string[];
  /** True when the page withholds the rest of the story behind a subscription. */
  paywalled?: boolean;
  /** Byte-level damage applied after encoding (stray NULs, a legacy charset). */
  bytes?: 'windows-1252' | 'stray-nul' | 'windows-1252-stray-nul' | 'mixed-utf-8-windows-1252' | 'windows-1251';
}

export interface Template {
  name: string;
  era: string;
  render(story: Story, context: TemplateContext): RenderedPage;
}

export const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (text: string) => text.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
const isSubhead = (p: string) => p.startsWith('## ');
const plain = (p: string) => p.replace(/^## /, '');
const firstSentence = (text: string) => text.split(/(?<=[.!?»”"])\s/)[0];
const dateOnly = (iso: string) => iso.slice(0, 10);
const humanDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${d}, ${y}`;
};
const allText = (story: Story) => story.paragraphs.map(plain);
const teasers = (context: TemplateContext, count: number) =>
  context.others.slice(0, count).map((s) => ({ title: s.title, blurb: firstSentence(s.paragraphs[0]), href: `/${dateOnly(s.date).slice(0, 4)}/${slug(s.title)}.html` }));
const linkList = (_labels: Labels, context: TemplateContext, count: number) => teasers(context, count).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('\n');
const menu = (labels: Labels) => labels.sections.map((s) => `<li><a href="/${slug(s)}/">${esc(s)}</a></li>`).join('');
const jsonLd = (story: Story, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.title, datePublished: story.date, author: { '@type': 'Person', name: story.author }, ...extra })}</script>`;
const paragraphsHtml = (paragraphs: string[], p = (t: string) => `<p>${esc(t)}</p>`, h = (t: string) => `<h2>${esc(t)}</h2>`) =>
  paragraphs.map((x) => (isSubhead(x) ? h(plain(x)) : p(x)));

/** Inserts `item` after the n-th entry of `list` (or at the end). */
const insertAfter = (list: string[], n: number, item: string) => [...list.slice(0, n), item, ...list.slice(n)];

const tableLayout1999: Template = {
  name: 'table-layout-1999',
  era: 'late 1990s: nested tables, <font>, <br><br> paragraphs, spacer images',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const body = allText(story).map((t, i) => (isSubhead(story.paragraphs[i]) ? `<b>${esc(t)}</b>` : esc(t))).join('<br><br>\n');
    const html = `<HTML><HEAD><TITLE>${esc(story.title)} - The Valley Herald Online</TITLE>
<META NAME="keywords" CONTENT="news, valley, herald"></HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003399" MARGINWIDTH=0 MARGINHEIGHT=0>
<TABLE WIDTH=760 BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD COLSPAN=3><IMG SRC="/img/masthead.gif" WIDTH=760 HEIGHT=80 ALT="The Valley Herald"></TD></TR>
<TR><TD WIDTH=140 VALIGN=TOP BGCOLOR="#E8E8E8"><FONT FACE="Arial" SIZE=2>
${labels.sections.map((s) => `<A HREF="/${slug(s)}/index.html">${esc(s)}</A><BR>`).join('\n')}
<BR><A HREF="/classifieds/">Classifieds</A><BR><A HREF="/obits/">Obituaries</A><BR><A HREF="/contact.html">Contact Us</A><BR>
<IMG SRC="/img/spacer.gif" WIDTH=140 HEIGHT=1></FONT></TD>
<TD WIDTH=470 VALIGN=TOP><IMG SRC="/img/spacer.gif" WIDTH=1 HEIGHT=10><BR>
<FONT FACE="Times New Roman" SIZE=5><B>${esc(story.title)}</B></FONT><BR>
<FONT FACE="Arial" SIZE=2>By ${esc(story.author)}<BR>Herald Staff Writer<BR>${humanDate(story.date)}</FONT><BR><BR>
<TABLE ALIGN=RIGHT WIDTH=200 BORDER=0 CELLPADDING=4><TR><TD><IMG SRC="/photos/${slug(story.title)}.jpg" WIDTH=200 HEIGHT=150><BR><FONT SIZE=1>${esc(story.captions[0])} (Herald ${labels.photo})</FONT></TD></TR></TABLE>
<FONT FACE="Times New Roman" SIZE=3>
${body}
</FONT><BR><BR>
<FONT SIZE=2><A HREF="/cgi-bin/email.cgi">E-mail this story</A> | <A HREF="/cgi-bin/print.cgi">Printer-friendly version</A></FONT><BR><BR>
</TD>
<TD WIDTH=150 VALIGN=TOP><FONT FACE="Arial" SIZE=1><B>Today's headlines</B><BR>
${teasers(context, 5).map((t) => `<A HREF="${t.href}">${esc(t.title)}</A><BR><BR>`).join('\n')}
<IMG SRC="/ads/banner-120x600.gif" WIDTH=120 HEIGHT=600></FONT></TD></TR>
<TR><TD COLSPAN=3 ALIGN=CENTER><FONT SIZE=1>Copyright 1999 The Valley Herald. All rights reserved. <A HREF="/privacy.html">Privacy policy</A></FONT></TD></TR></TABLE>
</BODY></HTML>`;
    return { html, expected: allText(story), bytes: 'windows-1252' };
  },
};

const portal2004: Template = {
  name: 'portal-2004',
  era: 'mid-2000s news portal: div#wrapper columns, related-links box inside the story, tools bar',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const parts = insertAfter(paragraphsHtml(story.paragraphs), 2, `<div class="relatedbox"><h4>${esc(labels.related)}</h4><ul>${linkList(labels, context, 4)}</ul></div>`);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="${story.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(story.title)} | NewsNet Portal</title><link rel="stylesheet" href="/css/main.css" type="text/css" /></head>
<body><div id="wrapper"><div id="masthead"><a href="/"><img src="/i/logo.gif" alt="NewsNet" /></a>
<div id="searchbox">Search: <input type="text" name="q" /> <input type="submit" value="Go" /></div></div>
<ul id="topnav">${menu(labels)}</ul>
<div id="leftcol"><h3>Sections</h3><ul>${menu(labels)}</ul><h3>Services</h3><ul><li><a href="/rss/">RSS feeds</a></li><li><a href="/mobile/">Mobile</a></li><li><a href="/alerts/">E-mail alerts</a></li><li><a href="/archive/">Archive</a></li><li><a href="/weather/">Weather</a></li></ul></div>
<div id="content"><div class="breadcrumb"><a href="/">${esc(labels.home)}</a> &gt; <a href="/news/">${esc(labels.sections[0])}</a></div>
<h1>${esc(story.title)}</h1><div class="byline">By ${esc(story.author)}, NewsNet</div><div class="timestamp">Posted: ${humanDate(story.date)}</div>
<div class="storytools"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">Digg this</a> | <a href="#">del.icio.us</a> | <a href="#">Text size</a></div>
<div id="storytext">
<div class="photo"><img src="/photos/a.jpg" width="300" height="200" alt="" /><div class="photocaption">${esc(story.captions[0])}</div></div>
${parts.join('\n')}
</div>
<p class="copyright">&copy; 2004 NewsNet. This material may not be published, broadcast, rewritten or redistributed.</p>
</div>
<div id="rightcol"><div class="adbox"><img src="/ads/300x250.gif" alt="Advertisement" /></div>
<h3>${esc(labels.mostRead)}</h3><ol>${linkList(labels, context, 6)}</ol></div>
<div id="footer"><a href="/about/">About us</a> | <a href="/terms/">Terms of use</a> | <a href="/privacy/">Privacy</a> | <a href="/jobs/">Jobs</a></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wordpress2011: Template = {
  name: 'wordpress-2011',
  era: 'WordPress blog of the early 2010s: wp-caption, share buttons, related posts, long comment thread, widgets',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const caption = `<div id="attachment_41" class="wp-caption aligncenter" style="width: 610px"><img class="size-large wp-image-41" src="/wp-content/uploads/2011/photo.jpg" width="600" height="400" /><p class="wp-caption-text">${esc(story.captions[0])}</p></div>`;
    const parts = insertAfter(paragraphsHtml(story.paragraphs), 1, caption);
    const comments = commentsFor(story.lang).slice(0, 5);
    const html = `<!DOCTYPE html>
<html lang="${story.lang}"><head><meta charset="UTF-8" /><title>${esc(story.title)} | The Lantern Post</title>
<meta property="og:type" content="article" /><meta property="og:title" content="${esc(story.title)}" /><meta property="article:published_time" content="${story.date}" />
<link rel='stylesheet' id='twentyeleven-css' href='/wp-content/themes/twentyeleven/style.css' type='text/css' /></head>
<body class="single single-post postid-1287 single-format-standard">
<div id="page" class="hfeed"><header id="branding" role="banner"><hgroup><h1 id="site-title"><a href="/">The Lantern Post</a></h1><h2 id="site-description">Local news, told plainly</h2></hgroup>
<nav id="access" role="navigation"><div class="menu"><ul>${menu(labels)}</ul></div></nav></header>
<div id="main"><div id="primary"><div id="content" role="main">
<article id="post-1287" class="post-1287 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">${esc(story.title)}</h1>
<div class="entry-meta"><span class="sep">Posted on </span><a href="#" rel="bookmark"><time class="entry-date" datetime="${story.date}" pubdate>${humanDate(story.date)}</time></a><span class="by-author"> <span class="sep"> by </span> <span class="author vcard"><a class="url fn n" href="/author/x/" rel="author">${esc(story.author)}</a></span></span></div></header>
<div class="entry-content">
${parts.join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${teasers(context, 3).map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="${t.href}">${esc(t.title)}</a></h4><p class="jp-relatedposts-post-excerpt">${esc(t.blurb)}</p></div>`).join('\n')}</div>
</div>
<footer class="entry-meta">This entry was posted in <a href="/category/news/" rel="category tag">News</a> and tagged <a href="/tag/local/" rel="tag">local</a>. Bookmark the <a href="#" rel="bookmark">permalink</a>.</footer>
</article>
<div id="comments"><h2 id="comments-title">${comments.length} thoughts on &ldquo;<span>${esc(story.title)}</span>&rdquo;</h2>
<ol class="commentlist">${comments.map((c, i) => `<li class="comment"><article id="comment-${i}" class="comment"><footer class="comment-meta"><div class="comment-author vcard"><span class="fn">reader${i + 1}</span> on <a href="#"><time datetime="${story.date}">${humanDate(story.date)}</time></a> said:</div></footer><div class="comment-content"><p>${esc(c)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`).join('\n')}</ol>
<div id="respond"><h3 id="reply-title">Leave a Reply</h3><p>Your email address will not be published.</p></div></div>
</div></div>
<div id="secondary" class="widget-area" role="complementary"><aside class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>${linkList(labels, context, 5)}</ul></aside>
<aside class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="#">March 2011</a></li><li><a href="#">February 2011</a></li><li><a href="#">January 2011</a></li><li><a href="#">December 2010</a></li><li><a href="#">November 2010</a></li></ul></aside></div>
</div><footer id="colophon" role="contentinfo"><div id="site-generator"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const ampArticle: Template = {
  name: 'amp-2018',
  era: 'AMP page: amp-img in figures, amp-ad slots, social share, recommended carousel with blurbs',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const figure = (i: number) => `<figure class="article-figure"><amp-img src="/img/${i}.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption class="article-figure__caption">${esc(story.captions[i % story.captions.length])} <span class="credit">${esc(labels.photo)}: Staff</span></figcaption></figure>`;
    let parts = paragraphsHtml(story.paragraphs, (t) => `<p class="article-body__paragraph">${esc(t)}</p>`, (t) => `<h2 class="article-body__subhead">${esc(t)}</h2>`);
    parts = insertAfter(parts, 3, '<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/mid"></amp-ad></div>');
    parts = insertAfter(parts, 1, figure(1));
    const html = `<!doctype html>
<html ⚡ lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><link rel="canonical" href="https://www.coastline.example/news/${slug(story.title)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">${jsonLd(story, { publisher: { '@type': 'Organization', name: 'Coastline News' } })}
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>.article-body{font-size:18px}</style></head>
<body><header class="amp-header"><a href="/" class="logo">Coastline News</a><button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>${menu(labels)}</ul></amp-sidebar>
<main><article class="article">
<header class="article-header"><a class="article-header__section" href="/news/">${esc(labels.sections[0])}</a><h1 class="article-header__headline">${esc(story.title)}</h1>
<p class="article-header__summary">${esc(story.standfirst)}</p><div class="article-header__meta"><span class="article-header__author">${esc(story.author)}</span> <time datetime="${story.date}">${humanDate(story.date)}</time></div></header>
${figure(0)}
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share>
<div class="article-body">
${parts.join('\n')}
</div></article>
<section class="recommended"><h2>Recommended</h2><amp-carousel height="300" layout="fixed-height" type="carousel">
${teasers(context, 4).map((t) => `<div class="card"><a href="${t.href}"><amp-img src="/t.jpg" width="200" height="120"></amp-img><h3>${esc(t.title)}</h3><p>${esc(t.blurb)}</p></a></div>`).join('\n')}</amp-carousel></section></main>
<footer class="amp-footer"><p>&copy; Coastline News 2018</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const nextSsr2023: Template = {
  name: 'next-ssr-2023',
  era: 'React server-side rendering (Next.js): hashed classes, __NEXT_DATA__, inline newsletter box, numbered most-read list',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const h = (n: number) => `css-${((n * 2654435761) % 0xfffff).toString(36)}`;
    let parts = paragraphsHtml(story.paragraphs, (t) => `<p class="${h(1)} e1xq7ng0">${esc(t)}</p>`, (t) => `<h2 class="${h(2)} e1xq7ng1">${esc(t)}</h2>`);
    parts = insertAfter(parts, 2, `<div class="${h(3)} e9nq1t0"><div class="${h(4)}"><p class="${h(5)}">${esc(labels.newsletter)}</p><input type="email" placeholder="Email address"><button class="${h(6)}">Sign up</button></div></div>`);
    parts = insertAfter(parts, 1, `<figure class="${h(7)}"><div class="${h(8)}"><img src="/_next/image?url=a.jpg&amp;w=1080" alt="" loading="lazy"></div><figcaption class="${h(9)}"><span>${esc(story.captions[0])}</span><span class="${h(10)}">${esc(labels.photo)}: Agency</span></figcaption></figure>`);
    const nextData = JSON.stringify({ props: { pageProps: { article: { id: 88121, headline: story.title, section: 'news', tags: ['local'] } } }, page: '/[section]/[slug]', buildId: 'k2P9xq' });
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(story.title)} | Metro Daily</title><meta property="og:title" content="${esc(story.title)}"/><meta property="og:site_name" content="Metro Daily"/><meta property="article:published_time" content="${story.date}"/><link rel="preload" href="/_next/static/css/2f1a.css" as="style"/></head>
<body><div id="__next"><div class="${h(11)}"><header class="${h(12)}"><a href="/" class="${h(13)}">Metro Daily</a><nav class="${h(14)}"><ul class="${h(15)}">${menu(labels)}</ul></nav><a class="${h(16)}" href="/subscribe">Subscribe</a></header>
<main class="${h(17)}"><div class="${h(18)}"><div class="${h(19)}"><span class="${h(20)}">${esc(labels.sections[0])}</span><h1 class="${h(21)}">${esc(story.title)}</h1><p class="${h(22)}">${esc(story.standfirst)}</p><div class="${h(23)}"><span>By <a href="/authors/x">${esc(story.author)}</a></span><time dateTime="${story.date}">${humanDate(story.date)}</time></div></div>
<div class="${h(24)}">${parts.join('')}</div>
<div class="${h(25)}"><h2 class="${h(26)}">${esc(labels.mostRead)}</h2><ol class="${h(27)}">${teasers(context, 5).map((t, i) => `<li class="${h(28)}"><span class="${h(29)}">${i + 1}</span><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ol></div></div></main>
<footer class="${h(30)}"><p>© 2023 Metro Daily Media</p><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${nextData}</script><script src="/_next/static/chunks/main.js" async=""></script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wire2015: Template = {
  name: 'wire-2015',
  era: 'wire service article page: (Agency) dateline, reporting credits, trust-principles line, "Read next" teasers with blurbs',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const paragraphs = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i]));
    const lead = `${story.place} (Newswire) - ${paragraphs[0]}`;
    const credit = `Reporting by ${story.author}; Editing by Mark Holloway`;
    const expected = [lead, ...paragraphs.slice(1), credit];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Newswire</title>
<meta name="description" content="${esc(firstSentence(paragraphs[0]))}"><meta property="og:site_name" content="Newswire">${jsonLd(story)}</head>
<body><div class="site-header"><a class="logo" href="/">Newswire</a><ul class="nav-links">${menu(labels)}</ul><div class="market-ticker"><span>DOW 31,420.10 +0.4%</span> <span>FTSE 7,112.3 -0.2%</span> <span>OIL 61.20 +1.1%</span></div></div>
<div class="container"><div class="article-container"><div class="article-header"><div class="channel"><a href="/world/">World News</a></div><h1 class="headline">${esc(story.title)}</h1><div class="byline">By ${esc(story.author)}</div><div class="date">${humanDate(story.date)} / 2 Min Read</div></div>
<div class="article-body-wrapper"><div class="StandardArticleBody_body">
${[lead, ...paragraphs.slice(1)].map((t) => `<p>${esc(t)}</p>`).join('\n')}
<p>${esc(credit)}</p>
<div class="Attribution_container"><p class="Attribution_content">Our Standards: <a href="/trust-principles">The Newswire Trust Principles.</a></p></div>
</div></div>
<div class="read-next"><h3>Read next</h3>${teasers(context, 3).map((t) => `<div class="read-next-item"><a href="${t.href}"><h4>${esc(t.title)}</h4></a><p>${esc(t.blurb)}</p></div>`).join('')}</div>
</div></div>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2015 Newswire. All rights reserved.</p></footer></body></html>`;
    return { html, expected };
  },
};

const liveBlog: Template = {
  name: 'live-blog',
  era: 'live blog: key-events summary, timestamped entries, share buttons per entry',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const entries = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i])).reverse();
    const time = (i: number) => `${String(9 + Math.floor(((entries.length - i) * 23) / 60)).padStart(2, '0')}:${String(((entries.length - i) * 23) % 60).padStart(2, '0')}`;
    const expected = entries.flatMap((t, i) => [time(i), t]);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} – live updates</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: story.title, datePublished: story.date, coverageStartTime: story.date })}</script></head>
<body><header class="masthead"><a href="/">The Daily Ledger</a><nav><ul>${menu(labels)}</ul></nav></header>
<main><div class="live-header"><span class="live-badge">LIVE</span><h1>${esc(story.title)}</h1><p class="live-standfirst">${esc(story.standfirst)}</p></div>
<div class="key-events"><h2>Key events</h2><ul>${entries.slice(0, 4).map((t, i) => `<li><a href="#block-${i}">${time(i)} ${esc(firstSentence(t).slice(0, 70))}</a></li>`).join('')}</ul></div>
<div class="live-blog">
${entries.map((t, i) => `<article class="block" id="block-${i}"><header class="block-time"><time datetime="${story.date}">${time(i)}</time></header><div class="block-elements"><p>${esc(t)}</p></div><footer class="block-share"><a href="#">Share</a><a href="#">Facebook</a><a href="#">Twitter</a></footer></article>`).join('\n')}
</div><button class="load-more">Load more updates</button></main>
<aside class="onward"><h2>${esc(labels.related)}</h2><ul>${linkList(labels, context, 4)}</ul></aside>
<footer><p>© The Daily Ledger</p></footer></body></html>`;
    return { html, expected };
  },
};

const paywallTeaser: Template = {
  name: 'paywall-teaser',
  era: 'metered paywall: two paragraphs shown, then a subscription offer; the rest is not in the page',
  render(story) {
    const labels = labelsFor(story.lang);
    const shown = story.paragraphs.filter((p) => !isSubhead(p)).slice(0, 2);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><meta property="og:title" content="${esc(story.title)}">
${jsonLd(story, { isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.premium-content' } })}</head>
<body><div class="top-bar"><a href="/">The Courier</a> <a href="/login">Log in</a> <a href="/offers">Subscribe</a></div>
<article class="story"><h1>${esc(story.title)}</h1><p class="story-meta">${esc(story.author)} · ${humanDate(story.date)}</p>
<div class="story-body">${shown.map((t) => `<p>${esc(t)}</p>`).join('\n')}
<div class="premium-content" aria-hidden="true"></div></div>
<div class="regwall-offer piano-template"><h2>${esc(labels.subscribe)}</h2><ul><li>Unlimited digital access</li><li>The daily e-paper</li><li>Ad-light experience</li></ul><a class="btn" href="/offers">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>
</article><footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;
    return { html, expected: shown, paywalled: true };
  },
};

const explainerToc: Template = {
  name: 'explainer-toc',
  era: 'long-form explainer: table of contents, subheads with anchors, in-body "read more" teasers',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [teaser] = teasers(context, 1);
    const heads = story.paragraphs.filter(isSubhead).map(plain);
    const toc = heads.length ? heads : [labels.sections[0], labels.sections[1]];
    let parts = paragraphsHtml(story.paragraphs, undefined, (t) => `<h2 id="${slug(t)}">${esc(t)}</h2>`);
    parts = insertAfter(parts, 2, `<p class="inline-teaser"><strong>${esc(labels.readMore)}:</strong> <a href="${teaser.href}">${esc(teaser.title)}</a></p>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Explained</title><meta name="author" content="${esc(story.author)}"><meta name="date" content="${dateOnly(story.date)}"></head>
<body><div class="header"><a href="/">Explained</a><ul class="menu">${menu(labels)}</ul></div>
<div class="main"><h1>${esc(story.title)}</h1><div class="summary">${esc(story.standfirst)}</div>
<div class="toc" id="toc"><div class="toc-title">Contents</div><ol>${toc.map((t) => `<li><a href="#${slug(t)}">${esc(t)}</a></li>`).join('')}</ol></div>
<div class="content">${parts.join('\n')}</div>
<div class="tags">Tags: <a href="/t/1">infrastructure</a>, <a href="/t/2">weather</a>, <a href="/t/3">money</a></div></div>
<div class="footer">© Explained Media</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const blogspot2008: Template = {
  name: 'blogspot-2008',
  era: 'Blogger blog of 2008: post body in <br> lines, "Posted by" footer, comment block, archive sidebar',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const comments = commentsFor(story.lang).slice(0, 4);
    const body = allText(story).map(esc).join('<br /><br />');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><title>Hill Country Notes: ${esc(story.title)}</title></head>
<body><div id='navbar'><iframe src='about:blank' height='30'></iframe></div>
<div id='outer-wrapper'><div id='header-wrapper'><div class='header section' id='header'><div class='widget Header'><h1><a href='/'>Hill Country Notes</a></h1><p class='description'>News and views from the hills, since 2005</p></div></div></div>
<div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<h2 class='date-header'>${humanDate(story.date)}</h2>
<div class='post hentry'><a name='58210'></a><h3 class='post-title entry-title'><a href='/2008/05/post.html'>${esc(story.title)}</a></h3>
<div class='post-header-line-1'></div><div class='post-body entry-content'>${body}<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn'>${esc(story.author)}</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='#'>3:14 PM</a></span> <span class='post-comment-link'><a class='comment-link' href='#comments'>${comments.length} comments</a></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='/search/label/news' rel='tag'>news</a>, <a href='/search/label/local' rel='tag'>local</a></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>${comments.length} comments:</h4><dl id='comments-block'>
${comments.map((c, i) => `<dt class='comment-author'><a name='c${i}'></a><a href='/profile/${i}'>hillwalker${i}</a> said...</dt><dd class='comment-body'><p>${esc(c)}</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c${i}'>May 18, 2008 9:0${i} AM</a></span></dd>`).join('\n')}
</dl><p class='comment-footer'><a href='/comment.g'>Post a Comment</a></p></div>
<div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='#'>Newer Post</a> <a class='blog-pager-older-link' href='#'>Older Post</a> <a class='home-link' href='/'>Home</a></div>
</div></div></div></div>
<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'><div class='widget BlogArchive'><h2>Blog Archive</h2><ul class='hierarchy'><li><a href='#'>2008</a> (41)<ul>${linkList(labels, context, 6)}</ul></li><li><a href='#'>2007</a> (88)</li><li><a href='#'>2006</a> (102)</li></ul></div>
<div class='widget Profile'><h2>About Me</h2><dl class='profile-datablock'><dd class='profile-data'>${esc(story.author)}</dd></dl><p>Retired teacher, walker, writer of letters to the editor.</p></div></div></div>
<div id='footer-wrapper'><p>Powered by Blogger.</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const regionalCms2009: Template = {
  name: 'regional-cms-2009',
  era: 'regional paper CMS of 2009 saved with stray NUL bytes, windows-1252, reader comments',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const comments = commentsFor(story.lang).slice(0, 3);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>${esc(story.title)} - Tri-County Times</title></head>
<body><div id="hdr"><img src="/logo.gif" alt="Tri-County Times"><div class="weather">Today: 14°, partly cloudy</div></div>
<div id="menubar">${labels.sections.map((s) => `<a href="/${slug(s)}">${esc(s)}</a>`).join(' | ')}</div>
<div id="main"><div class="storyhead"><h2>${esc(story.title)}</h2><span class="author">${esc(story.author)}</span> <span class="pubdate">Published ${humanDate(story.date)}</span></div>
<div class="storytext">
${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><b>${esc(t)}</b></p>`).join('\n')}
</div>
<div class="storytools"><a href="#">Print</a> <a href="#">E-mail</a> <a href="#">Comment</a></div>
<div class="reader-comments"><h3>Reader comments (${comments.length})</h3>${comments.map((c, i) => `<div class="rc"><div class="rc-name">Posted by townie${i} on ${humanDate(story.date)}</div><div class="rc-text">${esc(c)}</div></div>`).join('\n')}</div>
<div class="morenews"><h3>More local news</h3>${teasers(context, 4).map((t) => `<div class="mn"><a href="${t.href}">${esc(t.title)}</a></div>`).join('')}</div></div>
<div id="ftr">Copyright © 2009 Tri-County Publishing Co.</div></body></html>`;
    return { html, expected: allText(story), bytes: 'windows-1252-stray-nul' };
  },
};

const briefHeavyRail: Template = {
  name: 'brief-heavy-rail',
  era: 'a two-paragraph brief on a modern page whose teaser rail holds far more text than the story',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const shown = story.paragraphs.filter((p) => !isSubhead(p)).slice(0, 2);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Tribune Online</title><meta property="og:title" content="${esc(story.title)}"></head>
<body><header><a href="/">Tribune Online</a><nav><ul>${menu(labels)}</ul></nav></header>
<div class="layout"><div class="col-main"><div class="story"><h1>${esc(story.title)}</h1><div class="meta">${humanDate(story.date)}</div>
<div class="text">${shown.map((t) => `<p>${esc(t)}</p>`).join('')}</div></div></div>
<div class="col-side"><h2>${esc(labels.related)}</h2>
${context.others.slice(0, 6).map((s) => `<div class="teaser"><a href="/${slug(s.title)}"><h3>${esc(s.title)}</h3></a><p>${esc(s.paragraphs[0])}</p><p>${esc(s.paragraphs[1] ?? '')}</p></div>`).join('\n')}</div></div>
<footer><p>© Tribune Online</p></footer></body></html>`;
    return { html, expected: shown };
  },
};

const photoCaptions: Template = {
  name: 'photo-captions',
  era: 'photo-led story: captions in divs and paragraphs with caption classes, credits, image counters',
  render(story) {
    const labels = labelsFor(story.lang);
    const photo = (i: number) => `<div class="image-block"><img src="/p/${i}.jpg" alt=""><div class="image-meta"><span class="counter">${i + 1}/${story.captions.length + 1}</span><p class="photo-caption">${esc(story.captions[i % story.captions.length])}</p><span class="photo-credit">${esc(labels.photo)}: Jan Novak</span></div></div>`;
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 4, photo(1));
    parts = insertAfter(parts, 2, photo(0));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><meta property="og:title" content="${esc(story.title)}"><meta name="author" content="${esc(story.author)}"></head>
<body><div class="site"><div class="brand">Picture Post</div><ul class="sections">${menu(labels)}</ul>
<div class="article"><h1>${esc(story.title)}</h1><div class="lede-photo"><img src="/p/lede.jpg" alt=""><div class="caption">${esc(story.captions[0])} ${esc(labels.photo)}: Agency</div></div>
<div class="article-text">${parts.join('\n')}</div></div>
<div class="footer-links"><a href="/a">About</a> · <a href="/c">Contact</a> · <a href="/p">Privacy</a></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const commentsOutweigh: Template = {
  name: 'comments-outweigh',
  era: 'a short story under a long threaded discussion (comment paragraphs outnumber the story\'s)',
  render(story) {
    const labels = labelsFor(story.lang);
    const pool = commentsFor(story.lang);
    const thread = Array.from({ length: 12 }, (_, i) => pool[i % pool.length]);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="page"><div class="topnav"><ul>${menu(labels)}</ul></div>
<div class="article-wrap"><h1 class="article-title">${esc(story.title)}</h1><div class="article-info">${esc(story.author)} | ${humanDate(story.date)}</div>
<div class="article-content">${paragraphsHtml(story.paragraphs).join('\n')}</div></div>
<section class="discussion"><h2>${esc(labels.comments)} (${thread.length})</h2>
${thread.map((c, i) => `<div class="post" id="p${i}"><div class="post-author"><strong>user_${i * 37}</strong> <span class="ago">${i + 1} hours ago</span></div><div class="post-message"><p>${esc(c)}</p><p>${esc(pool[(i + 3) % pool.length])}</p></div><div class="post-actions"><a href="#">Reply</a> <a href="#">Like</a></div></div>`).join('\n')}
</section><div class="foot">© Forum Gazette</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const adClassedContainer: Template = {
  name: 'ad-classed-container',
  era: 'CMS whose story container carries ad-slot and promo classes, story in <br> lines inside a table cell',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const body = allText(story).map(esc).join('<br><br>\n');
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)}</title></head>
<body class="article-page has-promo-bar">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="topad"><div class="ad-leaderboard"><img src="/ad/728.gif"></div></td></tr>
<tr><td><table width="980"><tr><td width="180" valign="top" class="leftnav">${labels.sections.map((s) => `<a href="/${slug(s)}">${esc(s)}</a><br>`).join('')}</td>
<td valign="top" class="content-cell ad-wrapper-parent"><div class="story-container sticky-ad-parent"><h1>${esc(story.title)}</h1><p class="dateline-meta">${humanDate(story.date)} - ${esc(story.author)}</p>
<div class="article-text">${body}</div>
<div class="related-inline"><b>${esc(labels.related)}:</b><br>${teasers(context, 3).map((t) => `<a href="${t.href}">${esc(t.title)}</a><br>`).join('')}</div></div></td>
<td width="160" valign="top"><div class="ad-skyscraper"><img src="/ad/160.gif"></div></td></tr></table></td></tr>
<tr><td class="footer">© 2006 The Daily Standard</td></tr></table></body></html>`;
    return { html, expected: allText(story) };
  },
};

const newspaper2008: Template = {
  name: 'newspaper-2008',
  era: 'newspaper site of 2008: "story continues below" ad labels, cutlines, page 1 of 2 links, related articles with dates',
  render(story, context) {
    const labels = labelsFor(story.lang);
    let parts = paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`);
    parts = insertAfter(parts, 3, '<div class="inline-ad"><p class="adlabel">Story continues below</p><iframe src="/ads/300x250.html" width="300" height="250"></iframe></div>');
    parts = insertAfter(parts, 1, `<div class="photo-right"><img src="/photos/b.jpg" width="250"><span class="cutline">${esc(story.captions[0])}</span> <span class="photog">${esc(labels.photo)} by Jim Baird</span></div>`);
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} | The Evening Sentinel</title><meta name="date" content="${dateOnly(story.date)}"></head>
<body><div id="container"><div id="header"><a href="/"><img src="/logo.png" alt="The Evening Sentinel"></a><span class="today">${humanDate(story.date)}</span></div>
<div id="sectionnav">${labels.sections.map((x) => `<a href="/${slug(x)}/">${esc(x)}</a>`).join(' ')}</div>
<div id="col1"><div class="headline"><h1>${esc(story.title)}</h1></div><div class="byline">By ${esc(story.author)}<br>Sentinel staff</div>
<div class="tools"><a href="#">Email</a> <a href="#">Print</a> <a href="#">Comment (4)</a> <a href="#">Reprint</a></div>
<div id="story-body">${parts.join('\n')}</div>
<div class="pagination">Page <b>1</b> <a href="?page=2">2</a> <a href="?page=2">Next &raquo;</a></div>
<div class="related-articles"><h3>${esc(labels.related)}</h3><ul>${teasers(context, 4).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a> <span class="date">(${humanDate(context.others[i].date)})</span></li>`).join('')}</ul></div></div>
<div id="col2"><div class="box"><h3>Local weather</h3><p>Showers, high of 12</p></div><div class="box"><h3>${esc(labels.mostRead)}</h3><ol>${linkList(labels, context, 5)}</ol></div></div>
<div id="footer"><p>Copyright © 2008 Sentinel Media Group. All rights reserved.</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const richLinks2015: Template = {
  name: 'rich-links-2015',
  era: 'mid-2010s quality paper: itemprop articleBody, in-body rich-link asides, topics, "reuse this content", numbered most viewed',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [rich] = teasers(context, 1);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 2, `<aside class="element element-rich-link"><p><span>${esc(labels.related)}</span> <a href="${rich.href}">${esc(rich.title)}</a></p></aside>`);
    parts = insertAfter(parts, 1, `<figure class="element element-image" itemprop="associatedMedia image"><img src="/i/x.jpg" alt=""><figcaption><span class="inline-icon"></span>${esc(story.captions[0])} ${esc(labels.photo)}: Pat Lee/Agency</figcaption></figure>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | World news | The Examiner</title><meta property="og:title" content="${esc(story.title)}"><meta property="og:site_name" content="The Examiner"><meta property="article:published_time" content="${story.date}"><meta name="author" content="${esc(story.author)}"></head>
<body><header class="new-header"><a class="logo" href="/">The Examiner</a><ul class="pillars">${menu(labels)}</ul></header>
<div class="content__main"><div class="content__head"><div class="content__labels"><a href="/world">World news</a></div><h1 class="content__headline" itemprop="headline">${esc(story.title)}</h1><div class="content__standfirst"><p>${esc(story.standfirst)}</p></div></div>
<div class="content__meta-container"><p class="byline">${esc(story.author)}</p><p class="content__dateline"><time datetime="${story.date}">${humanDate(story.date)}</time></p><div class="social"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></div>
<div class="content__article-body from-content-api" itemprop="articleBody">${parts.join('\n')}</div>
<div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links">${labels.sections.slice(0, 4).map((x) => `<li><a href="/${slug(x)}">${esc(x)}</a></li>`).join('')}</ul><a href="/reuse">Reuse this content</a></div></div>
<div class="most-popular"><h2>Most viewed</h2><ol>${teasers(context, 6).map((t, i) => `<li><span class="number">${i + 1}</span><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ol></div>
<footer class="l-footer">© 2015 Examiner News &amp; Media Limited or its affiliated companies. All rights reserved.</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const highlights2012: Template = {
  name: 'highlights-2012',
  era: 'broadcaster site of 2012: "story highlights" bullet summary, (Network) dateline, inline video promo, related topics',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i]));
    const lead = `${story.place} (Network) -- ${text[0]}`;
    let parts = [lead, ...text.slice(1)].map((t) => `<p class="story_paragraph">${esc(t)}</p>`);
    parts = insertAfter(parts, 2, `<div class="video-promo"><a href="/video/${slug(story.title)}"><img src="/v.jpg"><span>Watch: ${esc(firstSentence(text[1]).slice(0, 80))}</span></a></div>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Network.com</title><meta name="pubdate" content="${story.date}"></head>
<body><div id="hdr"><a href="/">Network</a><ul id="nav">${menu(labels)}</ul><div class="hdr-search"><input type="text"><button>Search</button></div></div>
<div class="story-container"><h1>${esc(story.title)}</h1><div class="story-meta">By ${esc(story.author)}, Network<br>updated 10:12 AM EST, ${humanDate(story.date)}</div>
<div class="story-left"><div class="highlights"><h2>STORY HIGHLIGHTS</h2><ul>${text.slice(0, 3).map((t) => `<li>${esc(firstSentence(t).split(' ').slice(0, 12).join(' '))}</li>`).join('')}</ul></div>
<div class="share-bar"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Save</a> <a href="#">Print</a></div></div>
<div class="story-text">${parts.join('\n')}</div>
<div class="related-topics"><span>RELATED TOPICS</span> ${labels.sections.slice(0, 4).map((x) => `<a href="/topic/${slug(x)}">${esc(x)}</a>`).join(' · ')}</div></div>
<div class="rail"><h3>From our partners</h3>${teasers(context, 3).map((t) => `<div class="partner"><a href="${t.href}">${esc(t.title)}</a></div>`).join('')}</div>
<div id="ftr">© 2012 Network. All Rights Reserved. Terms of service | Privacy guidelines</div></body></html>`;
    return { html, expected: [lead, ...text.slice(1)] };
  },
};

const broadcaster2005: Template = {
  name: 'broadcaster-2005',
  era: 'public broadcaster of 2005 in tables: subheads as bold paragraphs, "see also" and "related internet links" lists, external-sites disclaimer',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<div class="sih">${esc(plain(p))}</div>` : `<p>${esc(p)}</p>`)).join('\n');
    const html = `<html><head><meta http-equiv="content-type" content="text/html;charset=iso-8859-1"><title>Public Radio News | ${esc(labels.sections[0])} | ${esc(story.title)}</title><meta name="Headline" content="${esc(story.title)}"><meta name="OriginalPublicationDate" content="${dateOnly(story.date).replace(/-/g, '/')} 10:21:47"></head>
<body marginwidth="0" marginheight="0"><table width="770" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3"><a href="/"><img src="/nol/shared/img/banner.gif" alt="Public Radio News"></a></td></tr>
<tr><td class="lhsdl" width="120" valign="top"><a href="/">News Front Page</a><br>${labels.sections.map((x) => `<a href="/${slug(x)}/">${esc(x)}</a><br>`).join('')}<a href="/lowgraphics">Low Graphics version</a><br><a href="/feedback">Feedback</a><br><a href="/help">Help</a></td>
<td width="416" valign="top"><div class="mxb"><div class="ds">Last Updated: ${humanDate(story.date)}, 10:21 GMT</div>
<div class="sh">${esc(story.title)}</div>
<table align="right" width="226" cellspacing="0" cellpadding="0" border="0"><tr><td><img src="/img/p.jpg" width="226" height="170"><div class="cap">${esc(story.captions[0])}</div></td></tr></table>
<div class="storybody"><b>${esc(story.standfirst)}</b>
${body}</div>
<div class="o"><a href="/email">E-mail this to a friend</a> <a href="/print">Printable version</a></div></div></td>
<td width="226" valign="top"><div class="arr"><b>SEE ALSO:</b><br>${teasers(context, 3).map((t) => `<a class="rlink" href="${t.href}">${esc(t.title)}</a><br><span class="date">${dateOnly(story.date)} | ${esc(labels.sections[0])}</span><br>`).join('')}
<b>RELATED INTERNET LINKS:</b><br><a href="http://example.org">Regional council</a><br><a href="http://example.net">Met office</a><br><span class="disclaimer">The Public Radio is not responsible for the content of external internet sites</span></div></td></tr></table></body></html>`;
    return { html, expected: allText(story), bytes: 'windows-1252' };
  },
};

const mediumBlog: Template = {
  name: 'medium-blog',
  era: 'blogging platform of the late 2010s: paragraphs as graf elements, a bullet list inside the story, claps and responses, "more from" cards',
  render(story, context) {
    const text = allText(story);
    const facts = text.slice(1, 4).map((t) => firstSentence(t));
    const listPosition = Math.min(2, text.length);
    let parts = story.paragraphs.map((p, i) => (isSubhead(p) ? `<h3 name="h${i}" class="graf graf--h3">${esc(plain(p))}</h3>` : `<p name="p${i}" class="graf graf--p">${esc(p)}</p>`));
    parts = insertAfter(parts, listPosition, `<ul class="postList">${facts.map((f) => `<li class="graf graf--li">${esc(f)}</li>`).join('')}</ul>`);
    const expected = [...text.slice(0, listPosition), ...facts, ...text.slice(listPosition)];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} – Field Notes – Medium</title><meta name="author" content="${esc(story.author)}"><meta property="article:published_time" content="${story.date}"></head>
<body><div class="site-main"><div class="metabar"><a href="/">Field Notes</a><a href="/m/signin">Sign in</a><a href="/get-started">Get started</a></div>
<article class="postArticle"><div class="postArticle-content"><section class="section section--body"><div class="section-content"><div class="section-inner">
<h1 class="graf graf--h3 graf--title">${esc(story.title)}</h1><div class="postMetaInline"><a href="/@x">${esc(story.author)}</a> <span>${humanDate(story.date)} · 4 min read</span></div>
${parts.join('\n')}
</div></div></section></div>
<footer class="postArticle-footer"><div class="claps"><button>Clap</button> 1.2K claps</div><div class="tags"><a href="/tag/local">Local</a><a href="/tag/news">News</a></div></footer></article>
<div class="responses"><h4>Responses (3)</h4>${commentsFor(story.lang).slice(0, 3).map((c) => `<div class="response"><p>${esc(c)}</p></div>`).join('')}</div>
<div class="more-from"><h3>More from Field Notes</h3>${teasers(context, 3).map((t) => `<div class="card"><h3><a href="${t.href}">${esc(t.title)}</a></h3><p>${esc(t.blurb)}</p></div>`).join('')}</div></div></body></html>`;
    return { html, expected };
  },
};

// ——— Held out: never looked at while tuning (see page-set.ts). ———

const drupal2012: Template = {
  name: 'drupal-2012',
  era: 'Drupal 7 newspaper: field wrappers, panes, caption field, related-content view, tags, share widgets',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const html = `<!DOCTYPE html><html lang="${story.lang}" dir="ltr"><head><meta charset="utf-8" /><title>${esc(story.title)} | The Riverside Record</title><meta name="dcterms.date" content="${story.date}" /></head>
<body class="html not-front not-logged-in page-node page-node- page-node-4412 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="header"><div class="region region-header"><div id="block-system-main-menu" class="block block-system block-menu"><ul class="menu">${menu(labels)}</ul></div></div></div>
<div id="main-wrapper"><div id="content" class="column"><a id="main-content"></a><h1 class="title" id="page-title">${esc(story.title)}</h1>
<div class="panel-pane pane-node-content"><div id="node-4412" class="node node-article node-promoted clearfix">
<div class="field field-name-field-byline field-type-text"><div class="field-items"><div class="field-item even">${esc(story.author)}</div></div></div>
<div class="field field-name-field-image"><div class="field-items"><div class="field-item even"><img src="/sites/default/files/styles/large/a.jpg" /></div></div></div>
<div class="field field-name-field-image-caption"><div class="field-items"><div class="field-item even">${esc(story.captions[0])}</div></div></div>
<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('')}</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/local">Local</a></div><div class="field-item odd"><a href="/tags/news">News</a></div></div></div>
<div class="service-links"><ul class="links"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div></div></div>
<div class="panel-pane pane-views pane-related-content"><h2 class="pane-title">${esc(labels.related)}</h2><div class="view-content">${teasers(context, 4).map((t) => `<div class="views-row"><div class="views-field-title"><a href="${t.href}">${esc(t.title)}</a></div><div class="views-field-body">${esc(t.blurb)}</div></div>`).join('')}</div></div>
</div></div><div id="footer"><div class="region region-footer">© The Riverside Record · <a href="/contact">Contact</a></div></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const magazineLongread: Template = {
  name: 'magazine-longread',
  era: 'magazine feature: drop cap, pull quotes repeating a sentence, subheads, author bio box at the end',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = allText(story);
    const quote = text.find((t) => /["“„«]/.test(t)) ?? text[1];
    let parts = story.paragraphs.map((p, i) => (isSubhead(p) ? `<h2 class="section-head">${esc(plain(p))}</h2>` : i === 0 ? `<p class="has-dropcap"><span class="dropcap">${esc(p[0])}</span>${esc(p.slice(1))}</p>` : `<p>${esc(p)}</p>`));
    parts = insertAfter(parts, 3, `<aside class="pullquote"><blockquote>${esc(firstSentence(quote))}</blockquote></aside>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} — The Northern Review</title>${jsonLd(story)}</head>
<body><div class="nav-wrap"><a class="wordmark" href="/">The Northern Review</a><ul>${menu(labels)}</ul><a href="/subscribe" class="cta">Subscribe</a></div>
<article class="feature"><header class="feature-hero"><p class="rubric">Feature</p><h1>${esc(story.title)}</h1><p class="feature-dek">${esc(story.standfirst)}</p><p class="feature-byline">Words by ${esc(story.author)} · Photographs by Ana Lima</p></header>
<figure class="hero-image"><img src="/h.jpg" alt=""><figcaption>${esc(story.captions[0])}</figcaption></figure>
<div class="feature-body">${parts.join('\n')}</div>
<div class="author-box"><img src="/a.jpg" alt=""><p><strong>${esc(story.author)}</strong> is a contributing writer. Her reporting has been supported by a grant from the Open Desk Fund.</p></div>
<div class="feature-more"><h3>More from the Review</h3>${teasers(context, 3).map((t) => `<a class="more-card" href="${t.href}"><span>${esc(t.title)}</span></a>`).join('')}</div></article>
<footer class="site-foot">© The Northern Review. Published four times a year.</footer></body></html>`;
    return { html, expected: text };
  },
};

const portal2007Syndicated: Template = {
  name: 'portal-2007-syndicated',
  era: 'web portal carrying a syndicated story: story tools, source logo caption, related searches, most-viewed tabs',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const html = `<html><head><title>${esc(story.title)} - Portal News</title><meta name="description" content="${esc(story.standfirst)}"></head>
<body><div id="ygunav"><a href="/">Portal</a> - <a href="/mail">Mail</a> - <a href="/search">Search</a> - <a href="/news">News</a></div>
<div id="yncontainer"><div id="ynmain"><div class="yn-title"><h1>${esc(story.title)}</h1></div>
<div class="yn-source"><img src="/logos/herald.gif" alt="Herald Wire"> <span class="byline">By ${esc(story.author)}, Herald Wire Writer</span> <span class="timedate">${humanDate(story.date)}</span></div>
<div id="ynstory"><div class="storytools"><a href="#">Email Story</a> <a href="#">IM Story</a> <a href="#">Printable View</a> <a href="#">RSS</a></div>
<p>${esc(story.place)} - ${esc(allText(story)[0])}</p>
${paragraphsHtml(story.paragraphs.slice(1)).join('\n')}
</div>
<div class="related-searches"><h3>Related Searches</h3><ul>${labels.sections.slice(0, 5).map((s) => `<li><a href="/search?p=${slug(s)}">${esc(s)}</a></li>`).join('')}</ul></div></div>
<div id="ynside"><div class="mostviewed"><ul class="tabs"><li>Most Viewed</li><li>Most Emailed</li><li>Most Recommended</li></ul><ol>${linkList(labels, context, 6)}</ol></div></div></div>
<div id="footer">Copyright © 2007 Herald Wire. All rights reserved. The information contained in the Herald Wire News report may not be published, broadcast, rewritten or redistributed without the prior written authority of Herald Wire.</div></body></html>`;
    const expected = [`${story.place} - ${allText(story)[0]}`, ...allText(story).slice(1)];
    return { html, expected };
  },
};

const reactDivParagraphs: Template = {
  name: 'react-div-paragraphs',
  era: 'client-rendered site: paragraphs as bare <div>s, recirculation cards with blurbs inside the article flow',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [card] = teasers(context, 1);
    let parts = story.paragraphs.map((p) => (isSubhead(p) ? `<div class="sc-hd3 hLkYjQ" role="heading" aria-level="2">${esc(plain(p))}</div>` : `<div class="sc-pgr1 dRtwLb">${esc(p)}</div>`));
    parts = insertAfter(parts, 3, `<a class="sc-card9 kLmNop" href="${card.href}"><div class="sc-lbl">${esc(labels.readMore)}</div><div class="sc-ttl">${esc(card.title)}</div><div class="sc-bl">${esc(card.blurb)}</div></a>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><meta property="og:title" content="${esc(story.title)}"><meta property="og:site_name" content="Pulse"></head>
<body><div id="root"><div class="sc-app"><div class="sc-top"><a href="/">Pulse</a><div class="sc-menu">${labels.sections.map((s) => `<a href="/${slug(s)}">${esc(s)}</a>`).join('')}</div></div>
<div class="sc-art"><div class="sc-h1" role="heading" aria-level="1">${esc(story.title)}</div><div class="sc-by">${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="sc-body">${parts.join('')}</div>
<div class="sc-recirc"><div class="sc-recirc-title">${esc(labels.mostRead)}</div>${teasers(context, 4).map((t) => `<a class="sc-rc" href="${t.href}"><div>${esc(t.title)}</div></a>`).join('')}</div></div>
<div class="sc-foot">© Pulse Media Group</div></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const printView: Template = {
  name: 'print-view',
  era: 'bare print view: no containers, headline and text straight in <body>, links at the foot',
  render(story) {
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b><br>` : `${esc(p)}<br><br>`)).join('\n');
    const html = `<html><head><title>${esc(story.title)}</title></head><body onload="window.print()">
<h2>${esc(story.title)}</h2><b>By ${esc(story.author)}</b><br><i>${humanDate(story.date)}</i><br><br>
${body}
<hr><small>URL: https://www.example-courier.test/story/${slug(story.title)}<br><a href="javascript:window.close()">Close window</a> | <a href="/">Home</a></small></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 4: written on 2026-12-03 after the round-3 change, scored once unseen, then tuned on. ———

const joomla2010: Template = {
  name: 'joomla-2010',
  era: 'Joomla 1.5/2.5 regional site: item-page, article-info list, prev/next pager, related-items module, a comments component with unmarked class names',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const pool = commentsFor(story.lang);
    const thread = Array.from({ length: 6 }, (_, i) => `<div class="jc-item ${i % 2 ? 'odd' : 'even'}"><div class="jc-head"><span class="jc-name">guest${i + 3}</span> <span class="jc-date">${humanDate(story.date)}</span></div><div class="jc-text">${esc(pool[i % pool.length])}</div><div class="jc-tools"><a href="#">Quote</a> <a href="#">Report</a></div></div>`).join('');
    const [prev, next] = teasers(context, 2);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="${story.lang}" lang="${story.lang}"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><title>${esc(story.title)}</title></head>
<body id="page_bg"><div id="wrapper"><div id="header"><div id="logo"><a href="/">Valley Courier</a></div><div id="topmenu"><ul class="menu">${menu(labels)}</ul></div></div>
<div id="leftcolumn"><div class="moduletable"><h3>Login Form</h3><div>Username<br />Password<br /><a href="/reset">Forgot your password?</a></div></div></div>
<div id="maincolumn"><div class="item-page"><h2 class="contentheading"><a href="/news/${slug(story.title)}">${esc(story.title)}</a></h2>
<dl class="article-info"><dd class="createdby">Written by ${esc(story.author)}</dd><dd class="published">${humanDate(story.date)}</dd><dd class="hits">Hits: 1482</dd></dl>
${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`).join('\n')}
<ul class="pagenav"><li class="pagenav-prev"><a href="${prev.href}" rel="prev">&lt; Prev</a></li><li class="pagenav-next"><a href="${next.href}" rel="next">Next &gt;</a></li></ul></div>
<div class="moduletable_related"><h3>${esc(labels.related)}</h3><ul class="relateditems">${linkList(labels, context, 4)}</ul></div>
<div id="jc"><h4>${esc(labels.comments)} (${6})</h4><div id="jc-list">${thread}</div><div class="jc-addnew">Add your comment</div></div></div>
<div id="footer">Copyright &copy; 2010 Valley Courier. All Rights Reserved. Joomla! is Free Software released under the GNU/GPL License.</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wikinews2010: Template = {
  name: 'wikinews-2010',
  era: 'wiki news site: mw-content-text, infobox table of related news, "Sources" list of citations, categories, edit links',
  render(story, context) {
    const related = teasers(context, 4);
    const body = story.paragraphs.map((p, i) => (isSubhead(p) ? `<h2><span class="editsection">[<a href="/edit?section=${i}">edit</a>]</span> <span class="mw-headline">${esc(plain(p))}</span></h2>` : `<p>${esc(p)}</p>`));
    const html = `<!DOCTYPE html><html lang="${story.lang}" dir="ltr"><head><meta charset="UTF-8" /><title>${esc(story.title)} - Wikinews, the free news source</title></head>
<body class="mediawiki ltr ns-0 page-${slug(story.title)}"><div id="content"><h1 id="firstHeading" class="firstHeading">${esc(story.title)}</h1>
<div id="bodyContent"><div id="siteSub">From Wikinews, the free news source you can write!</div><div id="contentSub"></div>
<div id="mw-content-text"><p><strong class="published">${humanDate(story.date)}</strong></p>
<table class="infobox" style="float:right"><tr><th>Related news</th></tr>${related.map((t) => `<tr><td><span class="date">${humanDate(story.date)}</span>: <a href="${t.href}">${esc(t.title)}</a></td></tr>`).join('')}</table>
${body.join('\n')}
<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul>${related.slice(0, 3).map((t) => `<li><span class="sourceTemplate">Staff. "<a rel="nofollow" class="external text" href="https://example.test${t.href}">${esc(t.title)}</a>" — <i>Harbour Times</i>, ${humanDate(story.date)}</span></li>`).join('')}</ul>
</div><div id="catlinks" class="catlinks"><a href="/Special:Categories">Categories</a>: <a href="/c/Europe">Europe</a> | <a href="/c/Economy">Economy</a> | <a href="/c/Published">Published</a></div></div></div>
<div id="mw-panel"><div class="portal"><h3>Navigation</h3><ul><li><a href="/Main_Page">Main page</a></li><li><a href="/Latest">Latest news</a></li><li><a href="/Random">Random article</a></li><li><a href="/Write">Write an article</a></li><li><a href="/Help">Help</a></li></ul></div></div>
<div id="footer"><ul><li>This page was last modified on ${humanDate(story.date)}.</li><li>Text is available under the Creative Commons Attribution 2.5 License.</li></ul></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const appWebview2021: Template = {
  name: 'app-webview-2021',
  era: 'news app web view: sections with data-block attributes, related cards as links holding <strong> and <span>, a follow-topic button, an audio player label',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const blocks = story.paragraphs.map((p) => (isSubhead(p) ? `<section data-block="heading"><h2>${esc(plain(p))}</h2></section>` : `<section data-block="paragraph"><p>${esc(p)}</p></section>`));
    const cards = teasers(context, 3).map((t) => `<a class="rel" href="${t.href}"><strong>${esc(t.title)}</strong><span>${esc(t.blurb)}</span></a>`).join('');
    const withCards = insertAfter(blocks, 4, `<section data-block="related">${cards}</section>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(story.title)}</title>${jsonLd(story)}</head>
<body class="webview"><main><section data-block="topic"><span>${esc(labels.sections[0])}</span> <button>Follow</button></section>
<section data-block="title"><h1>${esc(story.title)}</h1></section>
<section data-block="meta"><span>${esc(story.author)}</span> <time datetime="${story.date}">${humanDate(story.date)}</time> <span>4 min</span></section>
<section data-block="audio"><span>Listen to this article</span> <span>5:12</span></section>
${withCards.join('\n')}
<section data-block="share"><span>${esc(labels.share)}</span></section></main></body></html>`;
    return { html, expected: allText(story) };
  },
};

const slashdotLike2007: Template = {
  name: 'community-news-2007',
  era: 'community news site of 2007: a submitted story with "writes" intro, then a nested comment tree in unclassed-looking tables and lists',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const pool = commentsFor(story.lang);
    const replies = (depth: number, from: number): string =>
      depth === 0 ? '' : `<ul>${[0, 1].map((k) => `<li id="t${from + k}"><div class="ctitle"><b>Re: ${esc(story.title.slice(0, 30))}</b> (Score:${(from + k) % 5})</div><div class="cdetails">by anon${from + k} on ${humanDate(story.date)}</div><div class="ctext"><p>${esc(pool[(from + k) % pool.length])}</p></div>${replies(depth - 1, from * 2 + k + 1)}</li>`).join('')}</ul>`;
    const html = `<html><head><title>${esc(story.title)} | CommunityDot</title></head><body>
<div id="top"><a href="/">CommunityDot</a> - News for neighbours. Stuff that matters.</div>
<table width="100%"><tr><td valign="top" width="150" class="sections">${labels.sections.map((s) => `<a href="/${slug(s)}">${esc(s)}</a><br>`).join('')}</td><td valign="top">
<div class="article"><div class="title"><h3>${esc(story.title)}</h3></div><div class="details">Posted by editor on ${humanDate(story.date)}<br><i>from the local-matters dept.</i></div>
<div class="intro">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="storylinks"><a href="/comments">Read More...</a> | <b>${43}</b> comments</div></div>
<div id="commentlisting"><div class="commentTop">${esc(labels.comments)}: threshold 1, nested</div>${replies(3, 1)}</div>
<div class="rel"><b>Related Links</b><br>${teasers(context, 4).map((t) => `<a href="${t.href}">${esc(t.title)}</a><br>`).join('')}</div>
</td></tr></table><div id="bottom">All trademarks and copyrights on this page are owned by their respective owners. Comments are owned by the Poster.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const tabloid2015: Template = {
  name: 'tabloid-2015',
  era: 'tabloid site of 2015: bullet-point summary box, inline related teaser with picture inside the text, social embed, "most popular" numbered rail, a puff for the print edition',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [inline] = teasers(context, 1);
    let parts = paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`);
    parts = insertAfter(parts, 2, `<div class="inline-article"><a href="${inline.href}"><img src="/i/${slug(inline.title)}.jpg" alt=""></a><div><span class="inline-label">${esc(labels.readMore)}</span><a href="${inline.href}">${esc(inline.title)}</a></div></div>`);
    const popular = teasers(context, 5).map((t, i) => `<li><span class="num">${i + 1}</span><a href="${t.href}"><img src="/t/${i}.jpg" alt=""></a><a href="${t.href}">${esc(t.title)}</a></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Daily Beacon</title><meta property="og:title" content="${esc(story.title)}"></head>
<body><div class="masthead"><a href="/">Daily Beacon</a><ul class="nav">${menu(labels)}</ul></div>
<div class="article-container"><div class="article-text"><h1>${esc(story.title)}</h1>
<ul class="mol-bullets-with-font"><li>${esc(story.standfirst)}</li><li>${esc(firstSentence(story.paragraphs[story.paragraphs.length - 1]))}</li></ul>
<p class="author-section">By <a href="/author">${esc(story.author)}</a> | Published: ${humanDate(story.date)}</p>
<div class="image-wrap"><img src="/i/main.jpg" alt=""><p class="imageCaption">${esc(story.captions[0])}</p></div>
${parts.join('\n')}
<div class="print-puff"><a href="/print"><img src="/i/paper.jpg" alt=""></a><p>Read the full story in today's paper</p></div></div>
<div class="column-split"><h3>Most popular</h3><ol class="most-popular">${popular}</ol></div></div>
<div class="footer">Published by Beacon Media Ltd. © 2015</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 5: 2008-era pages, written after the round-4 changes, scored once unseen, then tuned on. ———

const paginated2008: Template = {
  name: 'paginated-2008',
  era: 'newspaper of 2008: page 1 of a paginated story, "story continues below" ad label, a reader-comment table with unmarked names',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const pool = commentsFor(story.lang);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 2, '<div class="adv"><span>Story continues below</span><iframe src="/ads/box.html" width="300" height="250"></iframe></div>');
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td class="u">reader_${i * 13 + 4}<br><small>${humanDate(story.date)} ${9 + i}:1${i} am</small></td><td class="t">${esc(pool[i % pool.length])}</td></tr>`).join('');
    const html = `<html><head><title>${esc(story.title)} - The Midland Star</title><meta name="date" content="${dateOnly(story.date)}"></head>
<body><div id="hd"><a href="/"><img src="/i/star.gif" alt="The Midland Star"></a> <span>${humanDate(story.date)}</span></div>
<div id="nv">${labels.sections.map((x) => `<a href="/${slug(x)}/">${esc(x)}</a>`).join(' | ')}</div>
<div id="ct"><h1>${esc(story.title)}</h1><p class="by">By ${esc(story.author)}<br>The Midland Star</p>
<div class="tools"><a href="#">Print</a> <a href="#">E-mail</a> <a href="#">Digg</a> <a href="#">Facebook</a> <a href="#">Buzz up!</a></div>
${parts.join('\n')}
<div class="pg">Page 1 of 2 | <a href="?page=2">Next page &raquo;</a></div>
<h3>What readers say</h3><table class="rc" width="100%">${rows}</table>
<p><a href="/comments/new">Add your comment</a> | <a href="/rules">House rules</a></p></div>
<div id="rt"><h3>${esc(labels.mostRead)}</h3><ol>${linkList(labels, context, 5)}</ol></div>
<div id="ft">&copy; 2008 The Midland Star. <a href="/privacy">Privacy</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const msnPortal2008: Template = {
  name: 'msn-portal-2008',
  era: 'web portal of 2008: story tools, "rate this story", a video thumbnail grid, text ads with display URLs',
  render(story, context) {
    const videos = teasers(context, 4).map((t) => `<td><a href="/video${t.href}"><img src="/v/${slug(t.title)}.jpg" width="90" height="60"></a><br><a href="/video${t.href}">${esc(t.title)}</a><br><span class="dur">1:4${t.title.length % 10}</span></td>`).join('');
    const ads = ['Cheap flights to anywhere', 'Refinance your home today', 'Learn a language in 10 days'].map((a, i) => `<div class="sl"><a href="http://ads.example.test/${i}">${a}</a><br>Compare offers from trusted partners and save money now.<br><span class="u">www.offers-${i}.example</span></div>`).join('');
    const html = `<html><head><title>${esc(story.title)} - Portal News</title></head><body>
<div id="top"><a href="/">Portal</a> <a href="/mail">Hotmail</a> <a href="/msgr">Messenger</a> <a href="/search">Search</a></div>
<table width="100%"><tr><td valign="top"><div class="hl"><h1>${esc(story.title)}</h1></div>
<div class="src">${esc(story.author)} | ${humanDate(story.date)}</div>
<div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">IM</a> | <a href="#">Share</a></div>
<div class="story">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="rate">Rate this story: <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></div>
<div class="vids"><b>More videos</b><table><tr>${videos}</tr></table></div></td>
<td valign="top" width="300"><div class="ads"><b>Sponsored links</b>${ads}</div></td></tr></table>
<div id="foot">&copy; 2008 Portal Corporation. All rights reserved. <a href="/terms">Terms of Use</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wordpress2008: Template = {
  name: 'wordpress-2008',
  era: 'WordPress blog of 2008: sidebar lists (recent posts, archives, blogroll), "Filed under" line, trackbacks and comments',
  render(story, context) {
    const pool = commentsFor(story.lang);
    const recent = teasers(context, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('');
    const months = ['March 2008', 'February 2008', 'January 2008', 'December 2007', 'November 2007'].map((m) => `<li><a href="/${slug(m)}/">${m}</a></li>`).join('');
    const comments = pool.slice(0, 4).map((c, i) => `<li class="${i % 2 ? 'alt' : ''}" id="comment-${100 + i}"><cite>neighbour${i}</cite> Says:<br><small class="commentmetadata"><a href="#comment-${100 + i}">${humanDate(story.date)} at ${i + 2}:05 pm</a></small><p>${esc(c)}</p></li>`).join('');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>A Town Notebook &raquo; ${esc(story.title)}</title></head>
<body><div id="page"><div id="header"><h1><a href="/">A Town Notebook</a></h1><div class="description">Notes from a small place</div></div>
<div id="content" class="narrowcolumn"><div class="navigation"><div class="alignleft">&laquo; <a href="/prev/">Previous entry</a></div><div class="alignright"><a href="/next/">Next entry</a> &raquo;</div></div>
<div class="post" id="post-77"><h2>${esc(story.title)}</h2><small>${humanDate(story.date)} by ${esc(story.author)}</small>
<div class="entry">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('\n')}</div>
<p class="postmetadata">Filed under: <a href="/category/local/">Local</a> | <a href="#respond">4 Comments &raquo;</a></p></div>
<h3 id="comments">4 Responses to &#8220;${esc(story.title)}&#8221;</h3><ol class="commentlist">${comments}</ol></div>
<div id="sidebar"><ul><li><h2>Recent Posts</h2><ul>${recent}</ul></li><li><h2>Archives</h2><ul>${months}</ul></li><li><h2>Blogroll</h2><ul><li><a href="http://a.example">Harbour Diary</a></li><li><a href="http://b.example">Valley Voices</a></li><li><a href="http://c.example">The Local Beat</a></li></ul></li></ul></div>
<div id="footer"><p>A Town Notebook is proudly powered by WordPress. Entries (RSS) and Comments (RSS).</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const agency2008: Template = {
  name: 'agency-2008',
  era: 'news agency site of 2008: story in a table cell as <br> runs, "Keywords:" line, related photos strip with captions, feedback box',
  render(story, context) {
    const text = allText(story);
    const body = text.map((t) => esc(t)).join('<br><br>\n');
    const photos = story.captions.map((c, i) => `<td width="120"><a href="/photo/${i}"><img src="/p/${i}.jpg" width="110" height="75"></a><br><font size="1">${esc(c)}</font></td>`).join('');
    const html = `<html><head><title>${esc(story.title)} | Capital Press Agency</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table width="980" align="center"><tr><td colspan="2"><img src="/img/cpa.gif" alt="Capital Press Agency"> <a href="/en/">English</a> | <a href="/fr/">Français</a></td></tr>
<tr><td width="200" valign="top" class="menu">${teasers(context, 3).map((t) => `<a href="${t.href}">${esc(t.title)}</a><br><br>`).join('')}</td>
<td valign="top" class="text"><span class="date">${humanDate(story.date)} 14:02</span><br><b class="title">${esc(story.title)}</b><br><br>
${body}<br><br>
<span class="kw">Keywords: ${esc(story.place.toLowerCase())}, local, society</span><br><br>
<table><tr>${photos}</tr></table>
<div class="fb"><b>Send us your feedback</b><br><textarea rows="3" cols="40"></textarea><br><input type="submit" value="Send"></div></td></tr>
<tr><td colspan="2" align="center"><font size="1">© 2008 Capital Press Agency. Reproduction prohibited without permission.</font></td></tr></table></body></html>`;
    return { html, expected: text };
  },
};

const classifieds2008: Template = {
  name: 'local-paper-2008',
  era: 'local paper of 2008: story inside a <div id="article"> with inline "Advertisement" iframe, a "subscribe to the print edition" puff, obituary and classifieds boxes',
  render(story, context) {
    const labels = labelsFor(story.lang);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 3, '<div align="center"><small>Advertisement</small><br><iframe src="/ad/300x250" width="300" height="250"></iframe></div>');
    const html = `<html><head><title>${esc(story.title)}: Lakeside Ledger</title></head><body>
<div id="masthead"><a href="/">Lakeside Ledger</a> &middot; ${humanDate(story.date)} &middot; <a href="/weather">52&deg; Partly cloudy</a></div>
<div id="menu">${labels.sections.map((x) => `<a href="/${slug(x)}">${esc(x)}</a>`).join(' ')}</div>
<div id="article"><div class="headline">${esc(story.title)}</div><div class="byline">${esc(story.author)} / Ledger staff</div>
${parts.join('\n')}
<p class="puff"><a href="/subscribe">Click here to subscribe to the print edition and get 13 weeks for the price of 8.</a></p></div>
<div id="side"><div class="box"><b>Obituaries</b><br>${teasers(context, 3).map((t) => `<a href="/obits${t.href}">${esc(t.title.split(' ').slice(0, 2).join(' '))}</a>`).join('<br>')}</div>
<div class="box"><b>Classifieds</b><br><a href="/cl/jobs">Jobs</a> &middot; <a href="/cl/homes">Homes</a> &middot; <a href="/cl/cars">Cars</a> &middot; <a href="/cl/place">Place an ad</a></div></div>
<div id="foot">Lakeside Ledger &copy; 2008. Contents may not be reproduced without permission.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 6: written after the round-5 changes, scored once unseen, then tuned on. ———

const amp2017: Template = {
  name: 'amp-2017-sidebar',
  era: 'AMP page of 2017: amp-sidebar menu, amp-social-share, labelled amp-ad slots, related cards with amp-img and linked headings',
  render(story, context) {
    const labels = labelsFor(story.lang);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 3, '<div class="ad-container"><div class="ad-label">Advertisement</div><amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"></amp-ad></div>');
    const related = teasers(context, 3).map((t) => `<div class="rel-card"><a href="${t.href}"><amp-img src="/r.jpg" width="120" height="80" layout="responsive"></amp-img><h4>${esc(t.title)}</h4></a></div>`).join('');
    const html = `<!doctype html><html amp lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><link rel="canonical" href="/${slug(story.title)}">${jsonLd(story)}</head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>${menu(labels)}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">North Shore Daily</a></header>
<article class="amp-article"><h1>${esc(story.title)}</h1><div class="amp-byline">${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="amp-share"><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share></div>
<amp-img src="/lead.jpg" width="800" height="450" layout="responsive"></amp-img><p class="amp-caption-text">${esc(story.captions[0])}</p>
${parts.join('\n')}
</article><section class="amp-related"><h3>${esc(labels.related)}</h3>${related}</section>
<footer class="amp-footer"><a href="/">North Shore Daily</a> · <a href="/privacy">Privacy</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const recommendations2019: Template = {
  name: 'recommendations-2019',
  era: 'newspaper of 2019 with a content-recommendation grid under the story: linked pictures with title spans and source names',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const grid = teasers(context, 6).map((t, i) => `<div class="rec-item"><a href="https://partner.example.test${t.href}"><img src="/rec/${i}.jpg" alt=""><span class="rec-title">${esc(t.title)}</span></a><span class="rec-source">${['Weekend Finds', 'Home Ideas', 'Travel Notes'][i % 3]}</span></div>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Bay Herald</title><meta property="og:type" content="article"></head>
<body><div class="site-header"><a href="/">The Bay Herald</a><ul>${menu(labels)}</ul></div>
<div class="article"><h1 class="article__title">${esc(story.title)}</h1><div class="article__meta">By ${esc(story.author)} | ${humanDate(story.date)}</div>
<div class="article__body">${paragraphsHtml(story.paragraphs).join('\n')}</div></div>
<div class="rec-wrap"><div class="rec-head">You may like</div><div class="rec-grid">${grid}</div></div>
<div class="site-footer">© 2019 The Bay Herald</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const authorBox2014: Template = {
  name: 'author-box-2014',
  era: 'news site of 2014 with an author box (photo, name, handle, e-mail) above the story and a punctuated author bio below it',
  render(story) {
    const labels = labelsFor(story.lang);
    const handle = `@${story.author.split(' ')[0].toLowerCase()}`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Metro Ledger</title></head>
<body><div class="top"><a href="/">Metro Ledger</a> ${labels.sections.map((x) => `<a href="/${slug(x)}">${esc(x)}</a>`).join(' ')}</div>
<div class="main"><h1>${esc(story.title)}</h1>
<div class="author-card"><img src="/authors/a.jpg" alt=""><div><a href="/authors/${slug(story.author)}">${esc(story.author)}</a><br><a href="https://twitter.test/${handle}">Follow ${handle}</a><br><a href="mailto:news@example.test">Email the author</a></div></div>
<div class="date">${humanDate(story.date)}</div>
<div class="body">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="bio"><p><em>${esc(story.author)} covers local government and transport for the Metro Ledger. Before joining the paper in 2011, ${esc(story.author.split(' ')[0])} reported for two regional weeklies.</em></p></div></div>
<div class="foot">© 2014 Metro Ledger</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const donateBox2022: Template = {
  name: 'nonprofit-news-2022',
  era: 'nonprofit newsroom of 2022: an in-story donation appeal box of two paragraphs and a button link, a republish notice, a newsletter link box',
  render(story, context) {
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 3, '<aside class="appeal"><p><strong>Independent local news needs you.</strong> Our reporting is free to read because readers like you chip in.</p><p>Give what you can today and your gift will be matched up to $1,000.</p><a class="button" href="/donate">Donate now</a></aside>');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Riverbend Report</title>${jsonLd(story)}</head>
<body><header class="site"><a href="/">Riverbend Report</a> <a href="/donate">Donate</a> <a href="/newsletters">Newsletters</a></header>
<main><article><h1>${esc(story.title)}</h1><p class="byline">by ${esc(story.author)}, ${humanDate(story.date)}</p>
<div class="entry-content">${parts.join('\n')}</div>
<div class="republish"><a href="/republish">Republish this story</a> for free under a Creative Commons license.</div>
</article><div class="signup-link"><a href="/newsletters">Get our stories in your inbox every Thursday</a></div>
<section class="more"><h2>More from Riverbend</h2><ul>${teasers(context, 3).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></section></main>
<footer>Riverbend Report is a nonprofit newsroom. © 2022</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const gallery2012: Template = {
  name: 'gallery-story-2012',
  era: 'photo-gallery story of 2012: a slideshow strip with numbered slides and captions above the text, "1 of 8" counters, thumbnails',
  render(story) {
    const slides = story.captions.map((c, i) => `<li class="slide"><img src="/g/${i}.jpg" alt=""><div class="slide-count">${i + 1} of ${story.captions.length}</div><div class="slide-text">${esc(c)} (${labelsFor(story.lang).photo}: Ana Lima)</div></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div id="hdr"><a href="/">Coastline Times</a></div>
<div id="story"><h1>${esc(story.title)}</h1><div class="meta">${esc(story.author)} — ${humanDate(story.date)}</div>
<div class="gallery"><ul class="slides">${slides}</ul><div class="gallery-nav"><a href="#prev">‹ Previous</a> <a href="#next">Next ›</a> <a href="#all">View all photos</a></div></div>
<div class="text">${paragraphsHtml(story.paragraphs).join('\n')}</div></div>
<div id="ftr">© 2012 Coastline Times</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 7: written after the round-6 changes, scored once unseen, then tuned on. ———

const liveDivs2016: Template = {
  name: 'live-divs-2016',
  era: 'live coverage of 2016 that does not declare itself a live blog: two intro paragraphs, then timestamped entries in <div>s, newest first',
  render(story) {
    const text = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i]));
    const [intro1, intro2, ...rest] = text;
    const time = (i: number) => `${String(16 - i).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`;
    const entries = rest.map((t, i) => `<div class="update"><div class="update-time">${time(i)}</div><div class="update-body"><p>${esc(t)}</p></div></div>`).join('\n');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - as it happened</title></head>
<body><div class="hdr"><a href="/">Evening Courier</a></div>
<div class="content"><h1>${esc(story.title)}</h1><div class="meta">${esc(story.author)} · ${humanDate(story.date)}</div>
<p>${esc(intro1)}</p><p>${esc(intro2 ?? '')}</p>
<div class="updates">${entries}</div></div>
<div class="ftr">© Evening Courier</div></body></html>`;
    const expected = [intro1, ...(intro2 ? [intro2] : []), ...rest.flatMap((t, i) => [time(i), t])];
    return { html, expected };
  },
};

const matchReport2013: Template = {
  name: 'match-report-2013',
  era: 'sports match report of 2013: a score box and line-ups table above the story, match facts list, "player ratings" link, fixtures widget',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const fixtures = teasers(context, 4).map((t, i) => `<tr><td>Sat ${i + 3}</td><td><a href="${t.href}">${esc(t.title.split(' ').slice(0, 3).join(' '))}</a></td><td>15:00</td></tr>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Sport | County Press</title></head>
<body><div id="nav">${menu(labels)}</div>
<div id="main"><div class="scorebox"><span class="home">Harbour Town</span> <span class="score">2 - 1</span> <span class="away">Valley Rovers</span><div class="scorers">Doyle 12', 67'; Mensah 80'</div></div>
<table class="lineups"><tr><th>Harbour Town</th><th>Valley Rovers</th></tr><tr><td>Keane; Ortiz, Blake, Moreau, Fenn</td><td>Hardy; Quinn, Osei, Varga, Lund</td></tr></table>
<h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)} at Harbour Park</p>
<div class="report">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<ul class="match-facts"><li>Attendance: 4,312</li><li>Referee: P. Grant</li><li>Booked: Blake, Osei</li></ul>
<p><a href="/ratings">See the player ratings</a></p></div>
<div id="side"><h3>Fixtures</h3><table class="fixtures">${fixtures}</table></div>
<div id="foot">© 2013 County Press</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const substack2020: Template = {
  name: 'newsletter-post-2020',
  era: 'newsletter platform post of 2020: subscribe buttons, "Share" and like/comment counters, a subscribe box mid-post, "Discussion" teaser',
  render(story) {
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 3, '<div class="subscription-widget"><p>Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.</p><a class="button" href="/subscribe">Subscribe</a></div>');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - The Harbour Letter</title><meta property="og:type" content="article"></head>
<body><div class="topbar"><a href="/">The Harbour Letter</a> <a class="button" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
<div class="post"><h1 class="post-title">${esc(story.title)}</h1><h3 class="subtitle">${esc(story.standfirst)}</h3>
<div class="post-meta"><a href="/profile">${esc(story.author)}</a> <span>${humanDate(story.date)}</span></div>
<div class="post-ufi"><a href="#like">12</a> <a href="#comments">4</a> <a href="#share">Share</a></div>
<div class="body markup">${parts.join('\n')}</div>
<div class="post-footer"><a href="#like">12 Likes</a> · <a href="#restack">2 Restacks</a></div>
<div class="discussion-teaser"><h4>Discussion about this post</h4><a href="/p/comments">View 4 comments</a></div></div>
<div class="footer">© 2020 ${esc(story.author)} · Privacy · Terms · Collection notice</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const continued2009: Template = {
  name: 'continued-2009',
  era: 'magazine site of 2009: the story\'s first part with a "Continued on page 2" link, page numbers, a "print edition" note and a tag cloud',
  render(story) {
    const labels = labelsFor(story.lang);
    const html = `<html><head><title>${esc(story.title)} - Weekly Review</title></head><body>
<div id="top"><a href="/">Weekly Review</a> | ${labels.sections.slice(0, 4).map((x) => `<a href="/${slug(x)}">${esc(x)}</a>`).join(' | ')}</div>
<div id="article"><h1>${esc(story.title)}</h1><div class="issue">From the ${humanDate(story.date)} issue</div><div class="by">By ${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Continued on page 2 &raquo;</a></div>
<p class="print-note"><i>This article appeared in print under the headline "${esc(story.title.split(' ').slice(0, 4).join(' '))}".</i></p></div>
<div id="tags"><b>Tags</b>: ${['harbour', 'council', 'weather', 'transport', 'schools', 'culture'].map((t) => `<a href="/tag/${t}">${t}</a>`).join(' ')}</div>
<div id="bottom">Copyright 2009 Weekly Review Ltd.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const php2006: Template = {
  name: 'php-news-2006',
  era: 'home-made PHP news site of 2006: <font> and <p>, print and e-mail icons, a related-articles table with dates, a hit counter and a "back to top" link',
  render(story, context) {
    const rel = teasers(context, 4).map((t, i) => `<tr><td><a href="news.php?id=${200 + i}">${esc(t.title)}</a></td><td><font size="1">${dateOnly(story.date)}</font></td></tr>`).join('');
    const html = `<html><head><title>${esc(story.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#ffffee"><center><img src="banner.jpg"></center>
<table width="760" align="center"><tr><td valign="top">
<font face="Georgia" size="4"><b>${esc(story.title)}</b></font><br><font size="1">${humanDate(story.date)} - ${esc(story.author)}</font>
<a href="print.php?id=199"><img src="print.gif" alt="Print"></a> <a href="mail.php?id=199"><img src="mail.gif" alt="E-mail"></a>
<font face="Georgia" size="2">${paragraphsHtml(story.paragraphs).join('\n')}</font>
<p><b>Related articles</b></p><table>${rel}</table>
<p><font size="1">This article has been read 1,204 times.</font></p>
<p><a href="#top">Back to top</a></p></td></tr></table></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 8: written after the round-7 changes, scored once unseen, then tuned on. ———

const govRelease2015: Template = {
  name: 'gov-news-2015',
  era: 'public-body news release of 2015: breadcrumb, "Media contact" block and "###" end mark, a feedback prompt, a crown-copyright footer',
  render(story) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - News - Regional Council</title></head>
<body><div class="skip"><a href="#content">Skip to content</a></div><div class="crumbs"><a href="/">Home</a> › <a href="/news">News</a> › Release</div>
<div id="content"><h1>${esc(story.title)}</h1><p class="release-date">Release date: ${humanDate(story.date)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}
<p>###</p>
<div class="contact"><h2>Media contact</h2><p>Press office<br>Tel: 01234 567 890<br><a href="mailto:press@council.test">press@council.test</a></p></div>
<div class="feedback">Is this page useful? <a href="#yes">Yes</a> <a href="#no">No</a></div></div>
<div class="footer">© Regional Council 2015. All content is available under the Open Government Licence.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const listicle2017: Template = {
  name: 'listicle-2017',
  era: 'list-style feature of 2017: numbered subheads, a picture per entry with a credit, an in-body "Related:" link, share rail, "Read more" grid with linked headings',
  render(story, context) {
    const labels = labelsFor(story.lang);
    let n = 0;
    const parts = story.paragraphs.map((p) => (isSubhead(p) ? `<h2>${esc(plain(p))}</h2>` : `<div class="entry"><span class="credit">${labels.photo}: Ana Lima</span><img src="/e/${n++}.jpg" alt=""><p>${esc(p)}</p></div>`));
    const grid = teasers(context, 3).map((t) => `<div class="grid-item"><a href="${t.href}"><h3>${esc(t.title)}</h3></a><p>${esc(t.blurb)}</p></div>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><meta property="og:title" content="${esc(story.title)}"></head>
<body><div class="share-rail"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Pinterest</a></div>
<div class="listicle"><h1>${esc(story.title)}</h1><p class="deck">${esc(story.standfirst)}</p><p class="credit-line">By ${esc(story.author)}</p>
${parts.join('\n')}</div>
<div class="read-more"><h2>${esc(labels.readMore)}</h2><div class="grid">${grid}</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const promoLines2019: Template = {
  name: 'promo-lines-2019',
  era: 'regional news site of 2019: one-line promotions inside the story ("Sign up for … here", "Download our app"), a poll widget without a form, a "trending" strip of linked headlines',
  render(story, context) {
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 2, '<p><strong>Sign up for our free morning newsletter <a href="/newsletter">here</a>.</strong></p>');
    parts = insertAfter(parts, 5, '<p><em>Download the <a href="/app">Harbour Post app</a> for the latest news.</em></p>');
    const trending = teasers(context, 4).map((t) => `<a href="${t.href}">${esc(t.title)}</a>`).join(' · ');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Harbour Post</title></head>
<body><div class="trending">Trending: ${trending}</div><div class="wrap"><h1>${esc(story.title)}</h1><div class="byline">${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="story-body">${parts.join('\n')}</div>
<div class="poll"><p class="q">Should the market stay open?</p><span class="opt">Yes</span> <span class="opt">No</span> <span class="opt">Not sure</span><p class="votes">1,302 votes so far</p></div></div>
<div class="foot">© 2019 Harbour Post Ltd</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const portalWire2019: Template = {
  name: 'portal-wire-2019',
  era: 'web portal carrying a wire story in 2019: the agency\'s rights line, "What to read next" numbered list, reactions bar, comment count link',
  render(story, context) {
    const next = teasers(context, 5).map((t, i) => `<li><span class="n">${i + 1}</span><a href="${t.href}">${esc(t.title)}</a><span class="src">Herald Wire</span></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="portal-top"><a href="/">Portal</a> <a href="/mail">Mail</a> <a href="/news">News</a> <a href="/finance">Finance</a> <a href="/sports">Sports</a></div>
<div class="caas"><header><h1>${esc(story.title)}</h1><div class="caas-attr"><span class="caas-author">${esc(story.author)}</span><span class="caas-provider">Herald Wire</span><time>${humanDate(story.date)}</time></div></header>
<div class="caas-reactions"><button>Like</button><button>Share</button><a href="#comments">128 comments</a></div>
<div class="caas-body">${paragraphsHtml(story.paragraphs).join('\n')}
<p>Copyright 2019 Herald Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></div></div>
<div class="read-next"><h3>What to read next</h3><ol>${next}</ol></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const podcastPage2021: Template = {
  name: 'podcast-story-2021',
  era: 'a story that goes with a podcast episode (2021): an audio player block, "Listen on" platform links, an episode-credits line, a transcript link',
  render(story) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title>${jsonLd(story)}</head>
<body><header><a href="/">Coast Radio</a></header><main><article><h1>${esc(story.title)}</h1><p class="meta">${esc(story.author)} · ${humanDate(story.date)}</p>
<div class="player"><button>Play</button><span class="duration">24:18</span><div class="platforms">Listen on <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">RSS</a></div></div>
<div class="story">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<p class="credits">Produced by Ana Lima. Edited by Tom Reyes. Music by Blue Dot Sessions.</p>
<p><a href="/transcripts/ep-41">Read the full transcript</a></p></article></main>
<footer>© Coast Radio 2021</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 9: written after the round-8 changes, scored once unseen, then tuned on. ———

const twoColumns2005: Template = {
  name: 'two-columns-2005',
  era: 'print-like layout of 2005: the story split over two table cells side by side, a drop-cap image, a "continued" arrow',
  render(story) {
    const text = allText(story);
    const half = Math.ceil(text.length / 2);
    const cell = (list: string[]) => list.map((t) => `<p>${esc(t)}</p>`).join('\n');
    const html = `<html><head><title>${esc(story.title)} :: The Northern Post</title></head><body>
<table width="100%"><tr><td colspan="2"><a href="/">The Northern Post</a> :: <a href="/news">News</a> :: <a href="/sport">Sport</a></td></tr>
<tr><td colspan="2"><h1>${esc(story.title)}</h1><i>${esc(story.author)}, ${humanDate(story.date)}</i></td></tr>
<tr><td width="50%" valign="top">${cell(text.slice(0, half))}</td><td width="50%" valign="top">${cell(text.slice(half))}</td></tr>
<tr><td colspan="2" align="right"><a href="/news">More news &raquo;</a></td></tr></table></body></html>`;
    return { html, expected: text };
  },
};

const showMore2013: Template = {
  name: 'show-more-2013',
  era: 'news site of 2013 that shows two paragraphs and hides the rest behind a "Read the full story" button (the text is in the page, hidden by a style)',
  render(story) {
    const parts = paragraphsHtml(story.paragraphs);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="hdr"><a href="/">Lakeland Today</a></div><div class="story"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
<div class="visible">${parts.slice(0, 2).join('\n')}</div>
<div class="rest" style="display:none">${parts.slice(2).join('\n')}</div>
<a class="expand" href="#" onclick="return false">Read the full story</a></div>
<div class="ftr">© Lakeland Today</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const aggregator2011: Template = {
  name: 'aggregator-2011',
  era: 'news aggregator of 2011: the story as published by the source, a "via" line and source link, vote buttons, a long thread of short user comments with points',
  render(story, context) {
    const pool = commentsFor(story.lang);
    const thread = Array.from({ length: 8 }, (_, i) => `<div class="c"><div class="c-head"><a href="/u/user${i}">user${i}</a> ${i + 2} points ${i + 1} hours ago</div><div class="c-body">${esc(pool[i % pool.length].split('. ')[0])}.</div><div class="c-links"><a href="#">reply</a></div></div>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | NewsPile</title></head>
<body><div class="top"><a href="/">NewsPile</a> <a href="/new">new</a> <a href="/top">top</a> <a href="/submit">submit</a></div>
<div class="item"><div class="votes"><a href="#up">▲</a> 312 <a href="#down">▼</a></div><h1>${esc(story.title)}</h1>
<div class="via">via <a href="https://herald.example.test">herald.example.test</a> · submitted by editor2</div>
<div class="text">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<p><a href="https://herald.example.test/story">Read it at the source</a></p></div>
<div class="comments-count">8 comments</div><div class="thread">${thread}</div>
<div class="side"><b>Also on NewsPile</b><ul>${teasers(context, 4).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a> (${t.title.length} points)</li>`).join('')}</ul></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const interview2016: Template = {
  name: 'interview-2016',
  era: 'interview feature of 2016: an intro, then questions as bold one-line paragraphs and answers, a "this interview was edited" note, a related-interviews box',
  render(story, context) {
    const text = allText(story);
    const qa = text.slice(1).map((t, i) => `<p><strong>${i % 2 ? 'And then what happened?' : 'What did you see that day?'}</strong></p><p>${esc(t)}</p>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="site"><a href="/">Open Ear</a></div><article><h1>${esc(story.title)}</h1><p class="by">Interview by ${esc(story.author)}</p>
<p>${esc(text[0])}</p>
${qa.join('\n')}
<p class="note"><em>This interview has been edited and condensed.</em></p></article>
<div class="related-interviews"><h3>More interviews</h3>${teasers(context, 3).map((t) => `<p><a href="${t.href}">${esc(t.title)}</a></p>`).join('')}</div></body></html>`;
    const expected = [text[0], ...text.slice(1).flatMap((t, i) => [i % 2 ? 'And then what happened?' : 'What did you see that day?', t])];
    return { html, expected };
  },
};

const despiece2014: Template = {
  name: 'sidebar-box-2014',
  era: 'daily of 2014 with a boxed sidebar inside the story ("key figures": a heading and a few short lines), a tag list, and an in-body "related news" list',
  render(story, context) {
    const labels = labelsFor(story.lang);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 2, `<div class="despiece"><h4>${esc(labels.related)}</h4><ul>${teasers(context, 3).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></div>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Diario del Puerto</title></head>
<body><div class="cab"><a href="/">Diario del Puerto</a><ul>${menu(labels)}</ul></div>
<div class="noticia"><h1>${esc(story.title)}</h1><div class="firma">${esc(story.author)} | ${humanDate(story.date)}</div>
<div class="cuerpo">${parts.join('\n')}</div>
<div class="tags">Tags: <a href="/t/1">${esc(labels.sections[0])}</a>, <a href="/t/2">${esc(labels.sections[1])}</a></div></div>
<div class="pie">© Diario del Puerto 2014</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

// ——— Tuning, round 10: written after the round-9 changes, scored once unseen, then tuned on. ———

const mobile2010: Template = {
  name: 'mobile-site-2010',
  era: 'mobile site of 2010 (m.): a bare article div, "« Back" and "Full site" links, numbered top stories',
  render(story, context) {
    const html = `<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd"><html><head><title>${esc(story.title)}</title><meta name="viewport" content="width=device-width" /></head>
<body><div class="bar"><a href="/">« Back</a> | <a href="/">m.Harbour News</a></div>
<div class="art"><b>${esc(story.title)}</b><br /><small>${humanDate(story.date)}</small>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="top"><b>Top stories</b><br />${teasers(context, 5).map((t, i) => `${i + 1}. <a href="${t.href}">${esc(t.title)}</a><br />`).join('')}</div>
<div class="bar"><a href="/?full=1">Full site</a> | <a href="/help">Help</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const forum2009: Template = {
  name: 'forum-news-2009',
  era: 'community forum of 2009 carrying a news story as its first post, with replies in the same post markup',
  render(story) {
    const pool = commentsFor(story.lang);
    const post = (i: number, author: string, body: string) => `<div class="post ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner"><div class="postbody"><h3><a href="#p${i}">Re: ${esc(story.title.slice(0, 40))}</a></h3><p class="author">by <strong>${author}</strong> » Tue Mar 03, 2009 ${10 + i}:14 am</p><div class="content">${body}</div></div></div></div>`;
    const first = `<div class="post bg2"><div class="inner"><div class="postbody"><h1>${esc(story.title)}</h1><p class="author">by <strong>${esc(story.author)}</strong> » Tue Mar 03, 2009 9:02 am</p><div class="content">${story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('<br /><br />')}</div></div></div></div>`;
    const replies = pool.slice(0, 5).map((c, i) => post(i + 1, `member${i + 1}`, esc(c))).join('\n');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Harbour Forum</title></head>
<body><div id="wrap"><div class="headerbar"><a href="/">Harbour Forum</a> <a href="/faq">FAQ</a> <a href="/register">Register</a> <a href="/login">Login</a></div>
<div class="navbar"><a href="/">Board index</a> ‹ <a href="/f/news">Local news</a></div>
<div id="page-body">${first}
${replies}</div><div class="copyright">Powered by phpBB © 2000, 2002, 2005, 2007 phpBB Group</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const spaState2022: Template = {
  name: 'spa-state-2022',
  era: 'client-rendered page of 2022 saved before its script ran: an empty app root, the story only in the framework\'s JSON state script',
  render(story) {
    const state = { props: { pageProps: { article: { headline: story.title, byline: story.author, published: story.date, body: story.paragraphs.map((p) => ({ type: isSubhead(p) ? 'heading' : 'paragraph', text: plain(p) })) } } }, page: '/article/[slug]' };
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Pulse Daily</title><meta property="og:title" content="${esc(story.title)}"></head>
<body><div id="__next"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/main.js"></script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const cmpOverlay2020: Template = {
  name: 'cmp-overlay-2020',
  era: 'news page of 2020 under a consent-platform overlay with several paragraphs of purposes and no consent word in its class names',
  render(story) {
    const purposes = ['We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, and audience insights.', 'With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners’ processing as described above.', 'Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting. Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.'];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>We value your privacy</h2>${purposes.map((p) => `<p>${esc(p)}</p>`).join('')}<span class="qc-cmp2-btn">MORE OPTIONS</span> <span class="qc-cmp2-btn">AGREE</span></div></div>
<div class="page"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
<div class="txt">${paragraphsHtml(story.paragraphs).join('\n')}</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const creditLines2010: Template = {
  name: 'credit-lines-2010',
  era: 'regional paper of 2010: story in <br> runs with pictures between paragraphs and a credit line under each ("Photo: …/Agency")',
  render(story) {
    const labels = labelsFor(story.lang);
    const text = allText(story);
    const runs = text.map((t, i) => `${esc(t)}<br><br>${i === 1 || i === 3 ? `<img src="/p/${i}.jpg" width="400"><br><span style="font-size:10px">${labels.photo}: Ana Lima/Harbour Agency</span><br><br>` : ''}`).join('\n');
    const html = `<html><head><title>${esc(story.title)}</title></head><body><div id="logo"><a href="/">Harbour Gazette</a></div>
<div id="text"><h1>${esc(story.title)}</h1><b>${esc(story.author)}</b><br><br>
${runs}</div><div id="foot">Harbour Gazette 2010</div></body></html>`;
    return { html, expected: text };
  },
};

/** Templates tuned on. */
export const TUNING_TEMPLATES: Template[] = [
  tableLayout1999, portal2004, wordpress2011, ampArticle, nextSsr2023, wire2015, liveBlog, paywallTeaser,
  explainerToc, blogspot2008, regionalCms2009, briefHeavyRail, photoCaptions, commentsOutweigh, adClassedContainer,
  // Second round, written after the first round was tuned on.
  newspaper2008, richLinks2015, highlights2012, broadcaster2005, mediumBlog,
];
/** Fourth round, tuned on: listed apart so that adding them left the other pages' stories as they were. */
export const TUNING_ROUND_4_TEMPLATES: Template[] = [joomla2010, wikinews2010, appWebview2021, slashdotLike2007, tabloid2015];
/** Fifth round (2008-era pages), tuned on, also listed apart. */
export const TUNING_ROUND_5_TEMPLATES: Template[] = [paginated2008, msnPortal2008, wordpress2008, agency2008, classifieds2008];
/** Sixth round, tuned on, also listed apart. */
export const TUNING_ROUND_6_TEMPLATES: Template[] = [amp2017, recommendations2019, authorBox2014, donateBox2022, gallery2012];
/** Seventh round, tuned on, also listed apart. */
export const TUNING_ROUND_7_TEMPLATES: Template[] = [liveDivs2016, matchReport2013, substack2020, continued2009, php2006];
/** Eighth round, tuned on, also listed apart. */
export const TUNING_ROUND_8_TEMPLATES: Template[] = [govRelease2015, listicle2017, promoLines2019, portalWire2019, podcastPage2021];
/** Ninth round, tuned on, also listed apart. */
export const TUNING_ROUND_9_TEMPLATES: Template[] = [twoColumns2005, showMore2013, aggregator2011, interview2016, despiece2014];
/** Tenth round, tuned on, also listed apart. */
export const TUNING_ROUND_10_TEMPLATES: Template[] = [mobile2010, forum2009, spaState2022, cmpOverlay2020, creditLines2010];
/** Templates kept apart: scored before tuning and after it, never inspected page by page while tuning. */
export const HELD_OUT_TEMPLATES: Template[] = [drupal2012, magazineLongread, portal2007Syndicated, reactDivParagraphs, printView];

// ——— Held out, round 3: written on 2026-12-03 before the changes of that day, scored before and
// after them, never inspected page by page (see page-set.ts, split "held-out-2"). ———

const isp2001: Template = {
  name: 'isp-portal-2001',
  era: 'ISP portal of 2001: upper-case table markup, story in a <td> with <p>, related links as bold linked titles with <br> blurbs, a poll',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = allText(story);
    const related = teasers(context, 4).map((t) => `<TR><TD><FONT SIZE=2><B><A HREF="${t.href}">${esc(t.title)}</A></B><BR>${esc(t.blurb)}</FONT></TD></TR>`).join('\n');
    const html = `<HTML><HEAD><TITLE>StarNet News: ${esc(story.title)}</TITLE></HEAD>
<BODY BGCOLOR=white TOPMARGIN=0 LEFTMARGIN=0>
<TABLE WIDTH="100%" CELLSPACING=0 CELLPADDING=2 BGCOLOR="#000066"><TR><TD><A HREF="/"><IMG SRC="/img/starnet.gif" BORDER=0 ALT="StarNet"></A></TD><TD ALIGN=RIGHT><FONT COLOR=white SIZE=1><A HREF="/mail/">Mail</A> | <A HREF="/chat/">Chat</A> | <A HREF="/games/">Games</A> | <A HREF="/horoscopes/">Horoscopes</A> | <A HREF="/shop/">Shopping</A></FONT></TD></TR></TABLE>
<TABLE WIDTH=780 CELLSPACING=0 CELLPADDING=6><TR>
<TD WIDTH=150 VALIGN=TOP BGCOLOR="#EEEEFF"><FONT SIZE=2><B>News</B><BR>${labels.sections.map((s) => `<A HREF="/news/${slug(s)}/">${esc(s)}</A><BR>`).join('')}</FONT>
<P><FONT SIZE=1><B>Today's Poll</B><BR>Will you travel this summer?<BR><INPUT TYPE=radio NAME=p VALUE=1> Yes<BR><INPUT TYPE=radio NAME=p VALUE=2> No<BR><INPUT TYPE=submit VALUE=Vote></FONT></P></TD>
<TD WIDTH=450 VALIGN=TOP CLASS="story"><FONT FACE="Verdana,Arial" SIZE=4><B>${esc(story.title)}</B></FONT><BR>
<FONT SIZE=1 COLOR="#666666">${humanDate(story.date)} - By ${esc(story.author)}</FONT>
<TABLE ALIGN=LEFT CELLPADDING=4><TR><TD><IMG SRC="/news/photos/${slug(story.title)}.jpg" WIDTH=180 HEIGHT=120><BR><FONT SIZE=1><I>${esc(story.captions[0])}</I></FONT></TD></TR></TABLE>
<FONT FACE="Verdana,Arial" SIZE=2>
${story.paragraphs.map((p, i) => (isSubhead(p) ? `<P><B>${esc(text[i])}</B></P>` : `<P>${esc(text[i])}</P>`)).join('\n')}
</FONT>
<P><FONT SIZE=1><A HREF="/cgi-bin/mailfriend">Send to a friend</A> - <A HREF="/cgi-bin/print">Print this page</A></FONT></P>
<TABLE WIDTH="100%" BORDER=1 CELLSPACING=0 CELLPADDING=4 BORDERCOLOR="#CCCCCC"><TR><TD BGCOLOR="#EEEEEE"><FONT SIZE=2><B>${esc(labels.related)}</B></FONT></TD></TR>
${related}
</TABLE></TD>
<TD WIDTH=180 VALIGN=TOP><IMG SRC="/ads/sky-160x600.gif" WIDTH=160 HEIGHT=600 ALT=""><BR><FONT SIZE=1>Advertisement</FONT></TD></TR></TABLE>
<CENTER><FONT SIZE=1>Copyright &copy; 2001 StarNet Communications Inc. All Rights Reserved. <A HREF="/legal/">Terms</A></FONT></CENTER>
</BODY></HTML>`;
    return { html, expected: text };
  },
};

const gatsbySsr2021: Template = {
  name: 'gatsby-ssr-2021',
  era: 'React static-site rendering of 2021: CSS-module class names, cards as linked <p> titles with excerpts, newsletter box, hydration data',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const cards = teasers(context, 3).map((t) => `<li class="card-module--card--2Hk9e"><a href="${t.href}" class="card-module--link--1pQzX"><div class="card-module--media--3AbcD"><img src="/static/${slug(t.title)}.jpg" alt=""></div><p class="card-module--title--x8Lm2">${esc(t.title)}</p></a><p class="card-module--excerpt--Qw3Rt">${esc(t.blurb)}</p></li>`).join('');
    const body = paragraphsHtml(story.paragraphs, (t) => `<p class="article-module--para--9xYzA">${esc(t)}</p>`, (t) => `<h2 class="article-module--subhead--7Ghj1">${esc(t)}</h2>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><title data-react-helmet="true">${esc(story.title)} | Tidewater Times</title><meta data-react-helmet="true" property="og:title" content="${esc(story.title)}"/><meta data-react-helmet="true" name="author" content="${esc(story.author)}"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrap--3Zx1Q">
<header class="header-module--bar--1aB2c"><a href="/" class="header-module--logo--2cD3e">Tidewater Times</a><ul class="header-module--links--3eF4g">${menu(labels)}</ul></header>
<main class="layout-module--main--4Gh5I"><div class="article-module--article--5Ij6K">
<p class="article-module--section--6Kl7M"><a href="/news/">${esc(labels.sections[0])}</a></p>
<h1 class="article-module--title--7Mn8O">${esc(story.title)}</h1>
<div class="article-module--meta--8Op9Q"><span>${esc(story.author)}</span><time dateTime="${story.date}">${humanDate(story.date)}</time></div>
<div class="article-module--hero--9Qr0S"><img src="/static/hero.jpg" alt=""><span class="article-module--credit--0St1U">${esc(story.captions[0])}</span></div>
<div class="article-module--body--1Uv2W">${body.join('')}</div>
<div class="newsletter-module--box--2Wx3Y"><p>${esc(labels.newsletter)}</p><input type="email" placeholder="you@example.com"/><button type="button">Sign up</button></div>
<section class="related-module--rail--3Yz4A"><p class="related-module--heading--4Ab5C">${esc(labels.related)}</p><ul class="related-module--list--5Cd6E">${cards}</ul></section>
</div></main>
<footer class="footer-module--foot--6Ef7G"><p>© 2021 Tidewater Times</p><a href="/privacy/">Privacy</a> <a href="/about/">About</a></footer></div></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/${slug(story.title)}/";/*]]>*/</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const arcCms2016: Template = {
  name: 'arc-cms-2016',
  era: 'newspaper CMS of 2016: article-body wrapper, in-body "RELATED:" lines, trending cards with spans, a hosted comment thread',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [rel] = teasers(context, 1);
    let parts = paragraphsHtml(story.paragraphs, (t) => `<p class="body-paragraph">${esc(t)}</p>`, (t) => `<h3 class="body-subhead">${esc(t)}</h3>`);
    parts = insertAfter(parts, 2, `<p class="body-paragraph"><strong>${esc(labels.related.toUpperCase())}:</strong> <a href="${rel.href}">${esc(rel.title)}</a></p>`);
    const trending = teasers(context.others.length > 1 ? { ...context, others: context.others.slice(1) } : context, 4)
      .map((t) => `<div class="story-card"><a href="${t.href}"><span class="story-card-headline">${esc(t.title)}</span></a><span class="story-card-blurb">${esc(t.blurb)}</span></div>`).join('');
    const thread = commentsFor(story.lang).slice(0, 4).map((c, i) => `<div class="coral-comment"><span class="coral-username">reader${i + 7}</span><div class="coral-content">${esc(c)}</div></div>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - The Daily Lantern</title><meta property="og:type" content="article"><meta property="article:published_time" content="${story.date}"></head>
<body class="article-page"><header class="site-header"><a class="logo" href="/">The Daily Lantern</a><nav class="main-nav"><ul>${menu(labels)}</ul></nav></header>
<div class="page-content"><article class="article-wrapper">
<div class="headline-wrapper"><h1 class="headline">${esc(story.title)}</h1><h2 class="subheadline">${esc(story.standfirst)}</h2></div>
<div class="byline-wrapper"><span class="author-name">By ${esc(story.author)}</span> <span class="timestamp">${humanDate(story.date)}</span></div>
<div class="lead-art"><img src="/resizer/lead.jpg" alt=""><p class="lead-art-caption">${esc(story.captions[0])}</p></div>
<div class="article-body">${parts.join('\n')}</div>
<div class="article-tags"><a href="/topics/local/">Local</a> <a href="/topics/news/">News</a></div>
</article>
<aside class="right-rail"><h4 class="rail-title">Trending</h4>${trending}</aside>
<section class="coral-talk-stream"><h4>${esc(labels.comments)} (${thread.length ? 4 : 0})</h4>${thread}</section></div>
<footer class="site-footer">Copyright © 2016 The Daily Lantern. All rights reserved. <a href="/terms">Terms of Service</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const tvStation2010: Template = {
  name: 'tv-station-2010',
  era: 'local TV station site of 2010: video player caption, story in <br> runs inside div.story_body, sponsored-links widget with thumbnails',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = allText(story);
    const body = story.paragraphs.map((p, i) => (isSubhead(p) ? `<b>${esc(text[i])}</b>` : esc(text[i]))).join('<br><br>\n');
    const sponsored = teasers(context, 4).map((t) => `<div class="trc_item"><a href="${t.href}"><img src="/thumbs/${slug(t.title)}.jpg" width="120" height="80"><span class="trc_title">${esc(t.title)}</span></a><span class="trc_branding">Sponsored</span></div>`).join('');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(story.title)} - WKLT Channel 8</title></head>
<body><div id="container"><div id="hdr"><a href="/"><img src="/img/wklt8.png" alt="WKLT 8" /></a><ul id="mainnav"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/traffic">Traffic</a></li><li><a href="/video">Video</a></li><li><a href="/contests">Contests</a></li></ul></div>
<div id="left"><div class="story_head"><h1>${esc(story.title)}</h1><div class="story_meta">Posted: ${humanDate(story.date)} | Reported by ${esc(story.author)}</div></div>
<div class="video_player"><object width="480" height="270"><param name="movie" value="/player.swf" /><embed src="/player.swf" width="480" height="270" /></object><div class="video_title">VIDEO: ${esc(story.captions[0])}</div></div>
<div class="story_body">${body}</div>
<div class="story_tools"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">Share</a> | <a href="#">Report a typo</a></div>
<p class="story_copy">Copyright 2010 WKLT. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<div class="trc_rbox_container"><div class="trc_header">You might also like</div>${sponsored}</div></div>
<div id="right"><div class="weather_widget">Now: 54&deg;F Cloudy</div><h3>${esc(labels.mostRead)}</h3><ul>${linkList(labels, context, 5)}</ul></div>
<div id="ftr"><a href="/eeo">EEO Report</a> | <a href="/fcc">FCC Public File</a> | <a href="/careers">Careers</a></div></div></body></html>`;
    return { html, expected: text };
  },
};

const staticBlog2020: Template = {
  name: 'static-blog-2020',
  era: 'static-site blog of 2020: main/article, an unmarked table of contents list, footnote links, prev/next post titles, "see also" list with dates',
  render(story, context) {
    const subheads = story.paragraphs.filter(isSubhead).map(plain);
    const toc = subheads.length ? `<aside><p><strong>Contents</strong></p><ul>${subheads.map((s) => `<li><a href="#${slug(s)}">${esc(s)}</a></li>`).join('')}</ul></aside>` : '';
    const body = paragraphsHtml(story.paragraphs, undefined, (t) => `<h2 id="${slug(t)}">${esc(t)}</h2>`);
    const [prev, next, ...more] = teasers(context, 5);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.74.3"><title>${esc(story.title)} · Field Notes</title><meta name="description" content="${esc(story.standfirst)}"></head>
<body><header><a href="/">Field Notes</a> <a href="/posts/">Posts</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></header>
<main><article><header><h1>${esc(story.title)}</h1><p><time datetime="${story.date}">${humanDate(story.date)}</time> · ${esc(story.author)} · 4 min read</p></header>
${toc}
<div class="content">${body.join('\n')}</div>
<footer><p>Tags: <a href="/tags/local/">local</a>, <a href="/tags/notes/">notes</a></p></footer></article>
<div class="post-nav"><a href="${prev.href}">← ${esc(prev.title)}</a> <a href="${next.href}">${esc(next.title)} →</a></div>
<section><h3>See also</h3><ul>${more.map((t) => `<li><a href="${t.href}">${esc(t.title)}</a> <small>${humanDate(story.date)}</small></li>`).join('')}</ul></section></main>
<footer><p>© 2020 Field Notes · Built with Hugo</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 3: scored before and after the changes of 2026-12-03, as aggregates only. */
export const HELD_OUT_ROUND_3_TEMPLATES: Template[] = [isp2001, gatsbySsr2021, arcCms2016, tvStation2010, staticBlog2020];

// ——— Round 11: written on 2026-12-03 after round 10 had been tuned on, scored once on the code as
// it was, then tuned on. ———

const splitTable2008: Template = {
  name: 'split-table-2008',
  era: 'newspaper of 2008 in tables: headline in <font> (no <h1>), the story split across two table rows by an inline ad table, a bulleted related-links table',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = allText(story);
    const para = (i: number) => (isSubhead(story.paragraphs[i]) ? `<p><b>${esc(text[i])}</b></p>` : `<p>${esc(text[i])}</p>`);
    const cut = Math.ceil(text.length / 2);
    const first = text.slice(0, cut).map((_t, i) => para(i)).join('\n');
    const rest = text.slice(cut).map((_t, i) => para(cut + i)).join('\n');
    const html = `<html><head><title>${esc(story.title)} | The Riverton Daily Ledger</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body bgcolor="#ffffff" leftmargin=0 topmargin=0>
<table width=980 cellpadding=0 cellspacing=0 border=0>
<tr><td colspan=3><a href="/"><img src="/images/ledger_logo.gif" border=0></a> <font size=1 face=verdana>${humanDate(story.date)} | <a href="/subscribe/">Subscribe</a> | <a href="/epaper/">E-Edition</a> | <a href="/contact/">Contact us</a></font></td></tr>
<tr><td colspan=3 bgcolor="#003366"><font color=white size=2 face=arial>${labels.sections.map((s) => `<a href="/${slug(s)}/"><font color=white>${esc(s)}</font></a>`).join(' | ')}</font></td></tr>
<tr><td width=160 valign=top bgcolor="#eeeeee"><font size=1 face=verdana><b>Classifieds</b><br><a href="/autos/">Autos</a><br><a href="/homes/">Homes</a><br><a href="/jobs/">Jobs</a><br><a href="/placead/">Place an ad</a><br><br><b>Weather</b><br>Riverton: 41&deg; Rain</font></td>
<td width=640 valign=top>
<table width="100%" cellpadding=6 border=0><tr><td><font face="georgia" size=5><b>${esc(story.title)}</b></font><br><font face=arial size=1 color="#666666">By ${esc(story.author)}<br>Ledger Staff Writer<br>Published: ${humanDate(story.date)}</font></td></tr>
<tr><td class="storytext"><font face="georgia" size=2>
${first}
</font></td></tr>
<tr><td align=center><table width=300 border=0 bgcolor="#f4f4f4"><tr><td align=center><font size=1 color="#999999">ADVERTISEMENT</font><br><a href="/adclick.php?id=221"><img src="/ads/300x250_cars.gif" width=300 height=250 border=0></a></td></tr></table></td></tr>
<tr><td class="storytext"><font face="georgia" size=2>
${rest}
</font></td></tr>
<tr><td><font size=1 face=arial><a href="/email.php">Email this story</a> | <a href="/print.php">Print this story</a> | <a href="#comments">Comment on this story</a></font></td></tr>
<tr><td><table width="100%" border=0 cellpadding=3 bgcolor="#eef2f7"><tr><td><font size=2 face=arial><b>${esc(labels.related)}</b></font></td></tr>
${teasers(context, 3).map((t) => `<tr><td><font size=2 face=arial>&#149; <a href="${t.href}">${esc(t.title)}</a></font></td></tr>`).join('\n')}
</table></td></tr>
<tr><td><font size=1 face=arial>Copyright &copy; 2008 The Riverton Daily Ledger. All rights reserved.</font></td></tr>
</table></td>
<td width=180 valign=top><font size=2 face=arial><b>${esc(labels.mostRead)}</b></font><br>${teasers({ ...context, others: context.others.slice(3) }, 5).map((t, i) => `<font size=1 face=arial>${i + 1}. <a href="${t.href}">${esc(t.title)}</a></font><br>`).join('\n')}</td>
</tr></table></body></html>`;
    return { html, expected: text, bytes: 'windows-1252' };
  },
};

/** Headlines of the Chinese-language site around an English edition's story. */
const CHINESE_HEADLINES = ['市政府召开新闻发布会通报城市交通建设进展', '暴雨来袭 多地启动防汛应急响应', '全市中小学下周一起恢复线下教学', '新能源汽车销量同比增长三成', '图书馆延长开放时间方便市民阅读', '老旧小区改造工程全面启动', '第十届国际马拉松赛鸣枪开跑'];

const englishEdition2019: Template = {
  name: 'english-edition-2019',
  era: 'English edition of a Chinese-language portal of 2019: Chinese menus, breadcrumb and footer, a source/editor line, a share label, "previous/next" links and a related list in Chinese',
  render(story, context) {
    const date = story.date.slice(0, 10);
    const [prev, next] = teasers(context, 2);
    const related = CHINESE_HEADLINES.slice(0, 5).map((h, i) => `<li><a href="/zh/2019/${i + 10}.html">${h}</a><span>${date}</span></li>`).join('');
    const ranking = CHINESE_HEADLINES.map((h, i) => `<li><em>${i + 1}</em><a href="/zh/2019/r${i}.html">${h}</a></li>`).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(story.title)} - 东江网 English</title><meta name="keywords" content="东江网,English,news"></head>
<body><div class="topbar"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/finance/">财经</a> | <a href="/sports/">体育</a> | <a href="/en/">English</a> | <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="nav"><ul><li><a href="/china/">国内</a></li><li><a href="/world/">国际</a></li><li><a href="/city/">本地</a></li><li><a href="/culture/">文化</a></li><li><a href="/video/">视频</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/en/">English</a> &gt; 正文</div>
<div class="main"><div class="left">
<h1>${esc(story.title)}</h1>
<div class="info">Source: Dongjiang Daily | ${date} 10:12:33 | Editor: Zhang Rui</div>
<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>
<div id="content" class="TRS_Editor">${paragraphsHtml(story.paragraphs, (t) => `<p style="text-indent:2em">${esc(t)}</p>`, (t) => `<p><strong>${esc(t)}</strong></p>`).join('\n')}</div>
<div class="editor">(责任编辑：张睿)</div>
<div class="pages"><p>上一篇：<a href="${prev.href}">${esc(prev.title)}</a></p><p>下一篇：<a href="${next.href}">${esc(next.title)}</a></p></div>
<div class="xgxw"><h3>相关新闻</h3><ul>${related}</ul></div>
</div><div class="right"><h3>热点排行</h3><ol>${ranking}</ol><h3>图片新闻</h3><div class="pic"><a href="/photo/1.html"><img src="/photo/1.jpg"></a><p><a href="/photo/1.html">${CHINESE_HEADLINES[6]}</a></p></div></div></div>
<div class="foot"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ads/">广告服务</a> | <a href="/map/">网站地图</a></p><p>版权所有 东江网 未经授权禁止复制或建立镜像</p><p>粤ICP备05012345号 违法和不良信息举报电话：020-12345678</p></div>
</body></html>`;
    return { html, expected: allText(story) };
  },
};

const factBox2018: Template = {
  name: 'fact-box-2018',
  era: 'newspaper of 2018: a pull quote repeating a sentence of the story, a fact box in an <aside>, a "Most read" list numbered 1 to 10 with reading times, all inside the <article>',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const quoted = story.paragraphs.find((p) => /["“«„]/.test(p)) ?? story.paragraphs[1];
    const pull = `<aside class="pull-quote"><blockquote><p>${esc(firstSentence(plain(quoted)))}</p></blockquote></aside>`;
    const place = story.place.charAt(0) + story.place.slice(1).toLowerCase();
    const facts = `<aside class="fact-box"><h3>At a glance</h3><ul><li><strong>Where:</strong> ${esc(place)}</li><li><strong>When:</strong> ${humanDate(story.date)}</li><li><strong>Reporting:</strong> ${esc(story.author)}</li></ul></aside>`;
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 4, facts);
    parts = insertAfter(parts, 2, pull);
    const mostRead = teasers(context, 10).map((t, i) => `<li><span class="rank">${i + 1}</span><a href="${t.href}">${esc(t.title)}</a><span class="read-time">${3 + (i % 4)} min read</span></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Northern Courier</title>${jsonLd(story)}</head>
<body><header class="masthead"><a href="/" class="brand">The Northern Courier</a><nav><ul>${menu(labels)}</ul></nav></header>
<div class="wrap"><article class="story">
<header><p class="section-label"><a href="/news/">${esc(labels.sections[0])}</a></p><h1>${esc(story.title)}</h1><div class="byline">By ${esc(story.author)} · ${humanDate(story.date)}</div></header>
<div class="story-body">${parts.join('\n')}</div>
<div class="most-read"><h2>${esc(labels.mostRead)}</h2><ol>${mostRead}</ol></div>
</article></div>
<footer><p>© 2018 The Northern Courier</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const nextSections2023: Template = {
  name: 'next-sections-2023',
  era: 'React server rendering of 2023: the story in data-component text blocks inside <article>, with sibling <section>s in its flow (more on this story, a podcast promotion, topics, a newsletter), card sections after it, JSON-LD and a state script',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const more = teasers(context, 3).map((t) => `<li><a href="${t.href}"><span>${esc(t.title)}</span></a></li>`).join('');
    const features = teasers({ ...context, others: context.others.slice(3) }, 4).map((t) => `<div class="card"><a href="${t.href}"><div class="card-media"><img src="/i/${slug(t.title)}.jpg" alt=""></div><span class="card-title">${esc(t.title)}</span></a><p class="card-summary">${esc(t.blurb)}</p></div>`).join('');
    const mostRead = teasers({ ...context, others: context.others.slice(7) }, 5).map((t, i) => `<li><a href="${t.href}"><span class="rank">${i + 1}</span><span>${esc(t.title)}</span></a></li>`).join('');
    const blocks = paragraphsHtml(story.paragraphs, (t) => `<div data-component="text-block"><p>${esc(t)}</p></div>`, (t) => `<div data-component="subheadline-block"><h2>${esc(t)}</h2></div>`);
    let parts = insertAfter(blocks, 2, `<section data-component="links-block"><h2>More on this story</h2><ul>${more}</ul></section>`);
    parts = insertAfter(parts, 5, `<section data-component="podcast-promo"><div><h2>Listen: The Morning Tide</h2><p>Our daily podcast on the stories that matter across the region, in twenty minutes. New episodes every weekday from 6am.</p><a href="/podcasts/morning-tide">Listen now</a></div></section>`);
    parts = [...parts, `<section data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/topics/transport">Transport</a></li><li><a href="/topics/local">Local news</a></li><li><a href="/topics/weather">Weather</a></li></ul></section>`, `<section data-component="newsletter"><h2>Sign up</h2><p>${esc(labels.newsletter)}</p><button type="button">Sign up</button></section>`];
    const state = JSON.stringify({ props: { pageProps: { id: 'a-91230', section: 'news', headline: story.title } }, page: '/news/[slug]', buildId: 'x7Tq2' });
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charSet="utf-8"/><title>${esc(story.title)} - Tide News</title>${jsonLd(story, { publisher: { '@type': 'Organization', name: 'Tide News' } })}<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'News' }] })}</script></head>
<body><div id="__next"><header><a href="/">Tide News</a><nav><ul>${menu(labels)}</ul></nav></header>
<main id="main-content"><article>
<div data-component="headline-block"><h1>${esc(story.title)}</h1></div>
<div data-component="byline-block"><span>By <a href="/authors/${slug(story.author)}">${esc(story.author)}</a></span> <time dateTime="${story.date}">${humanDate(story.date)}</time></div>
<figure data-component="image-block"><img src="/i/lead.jpg" alt=""><figcaption>${esc(story.captions[0])}</figcaption></figure>
${parts.join('\n')}
</article>
<section data-component="features"><h2>Features</h2><div>${features}</div></section>
<section data-component="most-read"><h2>${esc(labels.mostRead)}</h2><ol>${mostRead}</ol></section>
</main><footer><p>© 2023 Tide News</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">${state}</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const bareParagraphs2006: Template = {
  name: 'bare-paragraphs-2006',
  era: 'weekly paper of 2006 hand-written in HTML: every line a <p> directly in <body>, the headline in <h2>, the paper\'s own notes (a motto, a news-tip line, subscription rates) as sibling paragraphs, <hr> between parts',
  render(story, context) {
    const html = `<html><head><title>${esc(story.title)} - The Weekly Courier</title></head><body bgcolor="#FFFFF0">
<p align="center"><a href="/"><img src="/masthead.jpg" alt="The Weekly Courier"></a></p>
<p align="center"><small><a href="/">Home</a> - <a href="/news.html">News</a> - <a href="/sports.html">Sports</a> - <a href="/obits.html">Obituaries</a> - <a href="/classifieds.html">Classifieds</a> - <a href="/archive.html">Archives</a></small></p>
<p><i>The Weekly Courier, serving Elm County and the river towns since 1887. Published every Thursday morning.</i></p>
<hr>
<h2>${esc(story.title)}</h2>
<p><b>By ${esc(story.author)}</b><br>Courier Staff Writer</p>
${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><b>${esc(t)}</b></p>`).join('\n')}
<hr>
<p><b>Have a news tip?</b> Call the newsroom at 555-0100 or e-mail news@weeklycourier.example. Letters to the editor must be signed and include a daytime telephone number.</p>
<p><b>Also in this week's issue:</b><br>${teasers(context, 3).map((t) => `<a href="${t.href}">${esc(t.title)}</a>`).join('<br>')}</p>
<p>Subscriptions are $28 a year in Elm County and $36 a year elsewhere. Call 555-0101 to start home delivery.</p>
<p align="center"><small>Copyright 2006 The Weekly Courier. All rights reserved.</small></p>
</body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 11, tuned on after its first run. */
export const TUNING_ROUND_11_TEMPLATES: Template[] = [splitTable2008, englishEdition2019, factBox2018, nextSections2023, bareParagraphs2006];

// ——— Round 12: written on 2026-12-03 with round 11, before any code change of that session, scored
// once on the code as it was, then tuned on. ———

const ampCarousel2019: Template = {
  name: 'amp-carousel-2019',
  era: 'AMP page of 2019: a slide carousel in the story whose slides hold a picture and a sentence in a <p>, an amp-accordion of related stories, amp-ad slots',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const slides = story.captions.map((c, i) => `<div class="slide"><amp-img src="/g/${i}.jpg" width="800" height="533" layout="responsive"></amp-img><p class="slide-text">${esc(c)}</p></div>`).join('');
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 3, '<amp-ad width="300" height="250" type="doubleclick" data-slot="/99/mid"></amp-ad>');
    parts = insertAfter(parts, 1, `<amp-carousel width="800" height="600" layout="responsive" type="slides">${slides}</amp-carousel>`);
    const related = teasers(context, 3).map((t) => `<section><h4>${esc(t.title)}</h4><p>${esc(t.blurb)} <a href="${t.href}">${esc(labels.readMore)}</a></p></section>`).join('');
    const html = `<!doctype html><html amp lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Bayside Post</title><link rel="canonical" href="/news/${slug(story.title)}.html">${jsonLd(story)}<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><header class="top"><a href="/">Bayside Post</a></header>
<article><h1>${esc(story.title)}</h1><p class="meta">${esc(story.author)} | ${humanDate(story.date)}</p>
${parts.join('\n')}
</article>
<amp-accordion><section><h3>${esc(labels.related)}</h3><div>${related}</div></section></amp-accordion>
<footer><p>© 2019 Bayside Post</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const bloggerWidgets2012: Template = {
  name: 'blogger-widgets-2012',
  era: 'Blogger post of 2012: the post in <br> runs, sidebar widgets (About me with a bio, blog archive tree, popular posts with snippets), "Labels:" footer, comments as dt/dd',
  render(story, context) {
    const text = allText(story);
    const body = story.paragraphs.map((p, i) => (isSubhead(p) ? `<b>${esc(text[i])}</b>` : esc(text[i]))).join('<br />\n<br />\n');
    const popular = teasers(context, 3).map((t) => `<li><div class="item-thumbnail"><a href="${t.href}"><img src="/t.jpg" width="72" height="72" /></a></div><div class="item-title"><a href="${t.href}">${esc(t.title)}</a></div><div class="item-snippet">${esc(t.blurb)}</div></li>`).join('');
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<dt class="comment-author"><a href="/profile/${i}">Reader ${i + 1}</a> said...</dt><dd class="comment-body"><p>${esc(c)}</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c${i}">March ${4 + i}, 2012 at 9:1${i} AM</a></span></dd>`).join('');
    const html = `<!DOCTYPE html><html><head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><title>Harbour Notes: ${esc(story.title)}</title></head>
<body><div class="content-outer"><div class="header-outer"><h1 class="title"><a href="/">Harbour Notes</a></h1><p class="description"><span>A neighbourhood blog about the harbour, its boats and its people.</span></p></div>
<div class="main-outer"><div class="column-center-inner"><div class="date-outer"><h2 class="date-header"><span>Monday, March 5, 2012</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">${esc(story.title)}</h3>
<div class="post-body entry-content">${body}</div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">${esc(story.author)}</span></span> at <a class="timestamp-link" href="#">9:02 AM</a> <span class="post-labels">Labels: <a href="/search/label/harbour">harbour</a>, <a href="/search/label/news">news</a></span></div></div>
<div class="comments" id="comments"><h4>${3} comments:</h4><dl id="comments-block">${comments}</dl></div></div></div>
<div class="column-right-inner"><div class="widget Profile"><h2>About Me</h2><div class="widget-content"><a href="/profile"><img src="/me.jpg" width="80" /></a><dl class="profile-datablock"><dt class="profile-data"><a href="/profile">${esc(story.author)}</a></dt><dd class="profile-textblock">I have lived by the harbour for thirty years and write about what happens on its quays, in its council chamber and on its boats. Tips and corrections are always welcome by e-mail.</dd></dl></div></div>
<div class="widget PopularPosts"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>${popular}</ul></div></div>
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy"><li><a class="toggle" href="#">▼</a> <a href="/2012/">2012</a> (45)<ul><li><a href="/2012/03/">March</a> (6)</li><li><a href="/2012/02/">February</a> (19)</li><li><a href="/2012/01/">January</a> (20)</li></ul></li><li><a class="toggle" href="#">►</a> <a href="/2011/">2011</a> (212)</li></ul></div></div></div>
<div class="footer-outer">Simple template. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></body></html>`;
    return { html, expected: text };
  },
};

const resultsTable2022: Template = {
  name: 'results-table-2022',
  era: 'local paper of 2022: the story ends with a data table of its figures (a <table> with a caption row and header cells), share buttons and a tag list after it',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const figures = story.paragraphs.map(plain).flatMap((p) => p.match(/\d[\d.,]*(?:\s?(?:%|percent|per cent))?/g) ?? []).slice(0, 4);
    const rows = figures.map((f, i) => [`Figure ${i + 1}`, f]);
    const table = `<table class="data-table"><tr><th>Item</th><th>Value</th></tr>${rows.map(([a, b]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Valley Voice</title><meta property="og:title" content="${esc(story.title)}"></head>
<body><header><a href="/">Valley Voice</a><nav><ul>${menu(labels)}</ul></nav></header>
<main><div class="entry"><h1>${esc(story.title)}</h1><p class="entry-meta">${esc(story.author)} — ${humanDate(story.date)}</p>
<div class="entry-content">${paragraphsHtml(story.paragraphs).join('\n')}
${table}</div>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<div class="tags"><a href="/tag/local">local</a> <a href="/tag/figures">figures</a></div></div>
<aside><h3>${esc(labels.mostRead)}</h3><ul>${linkList(labels, context, 5)}</ul></aside></main>
<footer>© 2022 Valley Voice</footer></body></html>`;
    return { html, expected: [...allText(story), 'Item', 'Value', ...rows.flat()] };
  },
};

const apHosted2008: Template = {
  name: 'ap-hosted-2008',
  era: 'wire story hosted on a newspaper site in 2008: ap-story paragraphs, "Associated Press Writer" line, an AP photo credit caption, a contributors\' line that ends the story, the wire\'s rights line, "On the Net" links',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const contributors = 'Associated Press writers Lena Brooks and Tomas Varga contributed to this report.';
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>${esc(story.title)} - The Lakeland Sentinel</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div id="hdr"><a href="/"><img src="/sentinel.gif" alt="The Lakeland Sentinel"></a></div><div id="menu">${labels.sections.map((s) => `<a href="/${slug(s)}">${esc(s)}</a>`).join(' | ')}</div>
<div id="ap-wrap"><div class="ap-headline">${esc(story.title)}</div>
<div class="ap-byline">By ${esc(story.author.toUpperCase())}<br>Associated Press Writer</div>
<div class="ap-dateline">${humanDate(story.date)}</div>
<div class="ap-photo"><img src="/ap/photo.jpg" width="300"><div class="ap-photo-text">${esc(story.captions[0])} (AP Photo/Karl Wendt)</div></div>
<div class="ap-story">${paragraphsHtml(story.paragraphs, (t) => `<p class="ap-story-p">${esc(t)}</p>`, (t) => `<p class="ap-story-p"><b>${esc(t)}</b></p>`).join('\n')}
<p class="ap-story-p">${contributors}</p>
<p class="ap-story-p">___</p>
<p class="ap-story-p">On the Net:</p><p class="ap-story-p"><a href="http://www.example.gov/">http://www.example.gov/</a></p></div>
<div class="ap-copyright">Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div></div>
<div id="more"><b>More AP News</b><br>${teasers(context, 5).map((t) => `<a href="${t.href}">${esc(t.title)}</a>`).join('<br>')}</div>
<div id="ftr">The Lakeland Sentinel | <a href="/about">About</a> | <a href="/contact">Contact</a></div></body></html>`;
    return { html, expected: [...allText(story), contributors] };
  },
};

const guestbook2010: Template = {
  name: 'guestbook-2010',
  era: 'local paper of 2010: a story followed by a guest book whose entries end with their signature and date ("— Name, Town, March 4, 2010") rather than start with a header',
  render(story) {
    const labels = labelsFor(story.lang);
    const entries = commentsFor(story.lang).slice(0, 5).map((c, i) => `<div class="entry"><div class="entry-text">${esc(c)}</div><div class="entry-sig">— Reader ${i + 1}, Elmsworth, March ${3 + i}, 2010</div></div>`).join('\n');
    const html = `<html><head><title>${esc(story.title)} - Elmsworth Gazette</title></head><body>
<div id="top"><a href="/">Elmsworth Gazette</a> · <a href="/news">${esc(labels.sections[0])}</a> · <a href="/obits">Obituaries</a></div>
<div id="story"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="book"><h3>Guest book</h3>${entries}<p><a href="/sign">Sign the guest book</a></p></div>
<div id="foot">Elmsworth Gazette, 2010</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 12, tuned on after its first run. */
export const TUNING_ROUND_12_TEMPLATES: Template[] = [ampCarousel2019, bloggerWidgets2012, resultsTable2022, apHosted2008, guestbook2010];

// ——— Round 13: written on 2026-12-03 after rounds 11 and 12 had been tuned on, scored once,
// unseen, then tuned on. ———

const photoEssay2016: Template = {
  name: 'photo-essay-2016',
  era: 'photo essay of 2016: short story paragraphs between full-width <figure>s whose captions are <p>s of a sentence or two, each with a credit',
  render(story) {
    const labels = labelsFor(story.lang);
    const figure = (i: number) => `<figure class="full-bleed"><img src="/essay/${i}.jpg" alt="" width="1600"><p>${esc(story.captions[i % story.captions.length])} ${esc(labels.photo)}: Ana Lima.</p></figure>`;
    const parts = paragraphsHtml(story.paragraphs).flatMap((p, i) => (i % 2 === 1 ? [p, figure(i)] : [p]));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} — Field & Harbour</title></head>
<body><header><a href="/">Field &amp; Harbour</a> <a href="/essays/">Photo essays</a></header>
<article><h1>${esc(story.title)}</h1><p class="byline">${esc(labels.photo)}: Ana Lima · ${esc(story.author)}</p>
${figure(0)}
${parts.join('\n')}
</article><footer><p>© 2016 Field &amp; Harbour</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const infiniteScroll2018: Template = {
  name: 'infinite-scroll-2018',
  era: 'news site of 2018 with infinite scroll: the saved page holds the story and, below a "Next story" label, the next story rendered whole in its own <article>',
  render(story, context) {
    const next = context.others[0];
    const block = (s: Story) => `<article class="story"><h1>${esc(s.title)}</h1><div class="byline">${esc(s.author)} · ${humanDate(s.date)}</div><div class="story-body">${paragraphsHtml(s.paragraphs).join('\n')}</div></article>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Metro Wire</title><meta property="og:title" content="${esc(story.title)}"><link rel="canonical" href="/news/${slug(story.title)}"></head>
<body><header><a href="/">Metro Wire</a></header><div id="stream">${block(story)}
<div class="next-label">Next story</div>
${block(next)}</div><footer>© 2018 Metro Wire</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wayback2008: Template = {
  name: 'wayback-2008',
  era: 'a 2008 newspaper page as a web archive saved it: the archive\'s toolbar (calendar, capture counts, "Close" and "Help") above the original page',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const html = `<html><head><title>${esc(story.title)} - The Lakeshore Times</title></head><body>
<div id="wm-ipp-base"><div id="wm-ipp"><table><tr><td class="logo"><a href="/web/">Web Archive</a></td><td><form><input type="text" name="url" value="http://www.lakeshoretimes.example/news/story.html"><input type="submit" value="Go"></form><div class="captures"><a href="/web/*/lakeshoretimes.example">312 captures</a><br>14 Mar 2008 - 02 Nov 2015</div></td><td class="cal"><a href="#">FEB</a> <b>MAR</b> <a href="#">APR</a><br><a href="#">13</a> <b>14</b> <a href="#">15</a><br><a href="#">2007</a> <b>2008</b> <a href="#">2009</a></td><td><a href="#">Close</a><br><a href="#">Help</a></td></tr></table></div></div>
<div id="page"><div id="masthead"><a href="/"><img src="/web/20080314/logo.gif"></a></div>
<div id="nav">${labels.sections.map((s) => `<a href="/web/20080314/${slug(s)}">${esc(s)}</a>`).join(' | ')}</div>
<div id="story"><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="side"><h3>${esc(labels.mostRead)}</h3><ul>${linkList(labels, context, 5)}</ul></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const videoPage2021: Template = {
  name: 'video-page-2021',
  era: 'video story of 2021: a player with its title and duration, the story under it, an "Up next" playlist of linked thumbnails with durations and view counts',
  render(story, context) {
    const playlist = teasers(context, 5).map((t, i) => `<li class="playlist-item"><a href="${t.href}"><span class="thumb"><img src="/v/${i}.jpg" alt=""><span class="duration">${i + 1}:${10 + i * 7}</span></span><span class="title">${esc(t.title)}</span></a><span class="views">${(i + 2) * 1300} views</span></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Harbour TV</title><meta property="og:type" content="video.other"></head>
<body><header><a href="/">Harbour TV</a></header><main>
<div class="player"><video src="/v/main.mp4" poster="/v/main.jpg" controls></video><div class="player-meta"><span class="player-title">${esc(story.title)}</span> <span class="duration">2:48</span></div></div>
<h1>${esc(story.title)}</h1><div class="meta">${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="description">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<aside class="up-next"><h2>Up next</h2><ol>${playlist}</ol></aside></main>
<footer>© 2021 Harbour TV</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const numberedComments2010: Template = {
  name: 'numbered-comments-2010',
  era: 'newspaper of 2010 with numbered reader comments in neutral markup: "#1 Posted by name on March 3, 2010 at 9:12 p.m." headers and "Report abuse" links',
  render(story) {
    const labels = labelsFor(story.lang);
    const items = commentsFor(story.lang).slice(0, 5).map((c, i) => `<div class="c-item"><div class="c-head">#${i + 1} Posted by reader${i + 3} on March ${3 + i}, 2010 at ${i + 8}:1${i} p.m.</div><div class="c-body">${esc(c)}</div><div class="c-tools"><a href="/abuse?c=${i}">Report abuse</a></div></div>`).join('\n');
    const html = `<html><head><title>${esc(story.title)} - Pine Valley Record</title></head><body>
<div id="top"><a href="/">Pine Valley Record</a> | <a href="/news/">${esc(labels.sections[0])}</a></div>
<div id="main"><h1>${esc(story.title)}</h1><div class="by">By ${esc(story.author)}</div>
<div class="text">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="c-count">${esc(labels.comments)} (5)</div>
<div class="c-list">${items}</div></div>
<div id="ftr">Pine Valley Record © 2010</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 13, written after rounds 11 and 12 were tuned on. */
export const TUNING_ROUND_13_TEMPLATES: Template[] = [photoEssay2016, infiniteScroll2018, wayback2008, videoPage2021, numberedComments2010];

// ——— Round 14: written on 2026-12-03 after round 13 had been tuned on: pages whose story looks
// like furniture (stamped entries, ad-like class names, short unpunctuated lines, a list under the
// headline, a brief beside its picture). Scored once, unseen, then tuned on. ———

const timelineDates2015: Template = {
  name: 'timeline-dates-2015',
  era: 'explainer of 2015: an introduction, then a timeline whose entries each open with a full date in bold',
  render(story) {
    const text = allText(story);
    const [y, m] = story.date.slice(0, 7).split('-').map(Number);
    const entries = text.slice(2).map((t, i) => {
      const date = humanDate(`${y}-${String(((m + i - 1) % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`);
      return { html: `<p><strong>${date}</strong> — ${esc(t)}</p>`, text: `${date} — ${t}` };
    });
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Explainer</title></head>
<body><header><a href="/">The Explainer</a></header><div class="page"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
<div class="intro"><p>${esc(text[0])}</p><p>${esc(text[1])}</p></div>
<div class="timeline">${entries.map((e) => e.html).join('\n')}</div></div><footer>The Explainer, 2015</footer></body></html>`;
    return { html, expected: [text[0], text[1], ...entries.map((e) => e.text)] };
  },
};

const sponsoredStory2012: Template = {
  name: 'sponsored-story-2012',
  era: 'partner content of 2012: the story itself in a wrapper classed "sponsored-post", headline in <h2>, a sponsor line, four paragraphs',
  render(story) {
    const text = allText(story).slice(0, 4);
    const html = `<html><head><title>${esc(story.title)} - Riverside Times</title></head><body>
<div id="hdr"><a href="/">Riverside Times</a> | <a href="/partners/">Partner content</a></div>
<div class="sponsored-post"><div class="sponsor-line">Presented by Harbour Mutual</div><h2>${esc(story.title)}</h2>
${text.map((t) => `<p>${esc(t)}</p>`).join('\n')}</div>
<div id="ftr">Riverside Times 2012</div></body></html>`;
    return { html, expected: text };
  },
};

const resultsLines2008: Template = {
  name: 'results-lines-2008',
  era: 'sports page of 2008: a brief that ends with its results and standings as short unpunctuated <p> lines, after a "Results" line',
  render(story, context) {
    const text = allText(story);
    const teams = ['Harbour United', 'Selva Rovers', 'Portkirk Athletic', 'Elm Valley', 'Riverton Town', 'Lakeside City'];
    const results = [0, 2, 4].map((i) => `${teams[i]} ${(i + 3) % 4}, ${teams[i + 1]} ${(i + 1) % 3}`);
    const html = `<html><head><title>${esc(story.title)} - County Sport</title></head><body>
<div id="top"><a href="/">County Sport</a> | <a href="/football/">Football</a> | <a href="/cricket/">Cricket</a></div>
<div id="story"><h1>${esc(story.title)}</h1><p class="by">${esc(story.author)}</p>
${text.map((t) => `<p>${esc(t)}</p>`).join('\n')}
<p>Results</p>${results.map((r) => `<p>${esc(r)}</p>`).join('')}</div>
<div id="more"><b>More sport</b><br>${teasers(context, 4).map((t) => `<a href="${t.href}">${esc(t.title)}</a>`).join('<br>')}</div></body></html>`;
    return { html, expected: [...text, 'Results', ...results] };
  },
};

const introList2020: Template = {
  name: 'intro-list-2020',
  era: 'news site of 2020: the story opens with a short line ending in a colon and a bullet list of what is known, then its paragraphs',
  render(story) {
    const text = allText(story);
    const known = text.slice(0, 3).map((t) => firstSentence(t));
    const intro = 'Here is what we know so far:';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">Daily Brief</a></header><article><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}</p>
<p>${intro}</p><ul>${known.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>
${text.slice(3).map((t) => `<p>${esc(t)}</p>`).join('\n')}</article><footer>© 2020 Daily Brief</footer></body></html>`;
    return { html, expected: [intro, ...known, ...text.slice(3)] };
  },
};

const photoBrief2007: Template = {
  name: 'photo-brief-2007',
  era: 'local site of 2007: a one-paragraph brief in the same table cell as its picture, under a bold headline, with a sidebar of links',
  render(story, context) {
    const [lead] = allText(story);
    const html = `<html><head><title>${esc(story.title)} - Elm County Online</title></head><body>
<table width="760"><tr><td width="160" valign="top">${teasers(context, 5).map((t) => `<a href="${t.href}">${esc(t.title)}</a>`).join('<br>')}</td>
<td valign="top"><b>${esc(story.title)}</b><br><br><img src="/photos/brief.jpg" width="160" align="left">${esc(lead)}</td></tr></table>
<p><small>Elm County Online, 2007</small></p></body></html>`;
    return { html, expected: [lead] };
  },
};

/** Round 14, written after round 13 was tuned on. */
export const TUNING_ROUND_14_TEMPLATES: Template[] = [timelineDates2015, sponsoredStory2012, resultsLines2008, introList2020, photoBrief2007];

// ——— Round 15: written on 2026-12-03 after round 14 had been tuned on, more pages whose story
// looks like furniture. Scored once, unseen, then tuned on. ———

const venueGuide2019: Template = {
  name: 'venue-guide-2019',
  era: 'guide of 2019 in the <article>: each entry a heading linked to the place\'s own page and a paragraph of several sentences',
  render(story) {
    const text = allText(story);
    const entries = text.map((t, i) => ({ title: `${i + 1}. ${firstSentence(t).split(' ').slice(0, 4).join(' ')}`, body: t }));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | City Guide</title></head>
<body><header><a href="/">City Guide</a></header><article><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}</p>
<div class="guide">${entries.map((e, i) => `<section class="entry"><h2><a href="/places/${i + 1}-${slug(e.title)}">${esc(e.title)}</a></h2><p>${esc(e.body)}</p></section>`).join('\n')}</div>
</article><footer>© 2019 City Guide</footer></body></html>`;
    return { html, expected: entries.flatMap((e) => [e.title, e.body]) };
  },
};

const editorsNote2017: Template = {
  name: 'editors-note-2017',
  era: 'news site of 2017: an italic editor\'s note with a link opens the story, and an italic correction closes it',
  render(story) {
    const text = allText(story);
    const note = 'Editor’s note: This story was updated with the operator’s response. <a href="/standards">Our standards</a>.';
    const noteText = 'Editor’s note: This story was updated with the operator’s response. Our standards.';
    const correction = 'Correction: An earlier version of this story gave the wrong date for the meeting.';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">The Ledger</a></header><article><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)}</p>
<p><em>${note}</em></p>
${paragraphsHtml(story.paragraphs).join('\n')}
<p><em>${correction}</em></p></article><footer>© 2017 The Ledger</footer></body></html>`;
    return { html, expected: [noteText, ...text, correction] };
  },
};

const lettersPage2012: Template = {
  name: 'letters-page-2012',
  era: 'letters page of 2012: several readers\' letters, each a heading, paragraphs and a signature line with a date',
  render(story) {
    const text = allText(story);
    const letters = [0, 2, 4].map((i, k) => ({ title: firstSentence(text[i] ?? text[0]).split(' ').slice(0, 5).join(' '), paragraphs: text.slice(i, i + 2), sig: `Reader ${k + 1}, Elmsworth, March ${3 + k}, 2012` })).filter((l) => l.paragraphs.length);
    const html = `<html><head><title>${esc(story.title)} - Letters - Elmsworth Gazette</title></head><body>
<div id="top"><a href="/">Elmsworth Gazette</a> | <a href="/opinion/">Opinion</a></div>
<div id="letters"><h1>${esc(story.title)}</h1>
${letters.map((l) => `<div class="letter"><h3>${esc(l.title)}</h3>${l.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}<p class="sig">${esc(l.sig)}</p></div>`).join('\n')}</div>
<div id="foot">Letters may be edited for length. Elmsworth Gazette, 2012</div></body></html>`;
    return { html, expected: letters.flatMap((l) => [l.title, ...l.paragraphs, l.sig]) };
  },
};

const faqAccordion2021: Template = {
  name: 'faq-accordion-2021',
  era: 'explainer of 2021: the story, then its questions and answers in <details>/<summary> accordions',
  render(story) {
    const text = allText(story);
    const cut = Math.ceil(text.length / 2);
    const faqs = text.slice(cut).map((t, i) => ({ q: `Question ${i + 1}: what happens next?`, a: t }));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">Explained</a></header><article><h1>${esc(story.title)}</h1>
${text.slice(0, cut).map((t) => `<p>${esc(t)}</p>`).join('\n')}
<div class="faq">${faqs.map((f) => `<details><summary>${esc(f.q)}</summary><p>${esc(f.a)}</p></details>`).join('\n')}</div></article></body></html>`;
    return { html, expected: [...text.slice(0, cut), ...faqs.flatMap((f) => [f.q, f.a])] };
  },
};

const liveChat2013: Template = {
  name: 'live-chat-2013',
  era: 'live chat transcript of 2013 (no live-blog markup): an introduction, then entries stamped "[10:02]" with the asker or the guest',
  render(story) {
    const text = allText(story);
    const entries = text.slice(2).map((t, i) => ({ head: `[10:${String(2 + i * 3).padStart(2, '0')}] ${i % 2 ? 'Guest' : 'Reader'}`, body: t }));
    const html = `<html><head><title>${esc(story.title)} - Live chat</title></head><body><div id="hdr"><a href="/">Valley Daily</a></div>
<div id="chat"><h1>${esc(story.title)}</h1><p>${esc(text[0])}</p><p>${esc(text[1])}</p>
<div class="transcript">${entries.map((e) => `<div class="msg"><div class="who">${esc(e.head)}</div><div class="said">${esc(e.body)}</div></div>`).join('\n')}</div></div></body></html>`;
    return { html, expected: [text[0], text[1], ...entries.flatMap((e) => [e.head, e.body])] };
  },
};

/** Round 15, written after round 14 was tuned on. */
export const TUNING_ROUND_15_TEMPLATES: Template[] = [venueGuide2019, editorsNote2017, lettersPage2012, faqAccordion2021, liveChat2013];

// ——— Round 16: written on 2026-12-03 after round 15 had been tuned on. Scored once, unseen,
// then tuned on. ———

const quoteRoundup2018: Template = {
  name: 'quote-roundup-2018',
  era: 'reaction story of 2018: an introduction, then quotes, each a paragraph followed by the speaker\'s name and role on its own short line',
  render(story) {
    const text = allText(story);
    const speakers = ['Ruth Kessler, grower', 'Callum Reid, union secretary', 'Helen Bryce, library manager', 'Marc Vidal, police inspector', 'Ilse Brandt, project director', 'Ana Lima, photographer'];
    const quotes = text.slice(1).map((t, i) => ({ quote: t, who: speakers[i % speakers.length] }));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Reaction</title></head>
<body><header><a href="/">The Courier</a></header><article><h1>${esc(story.title)}</h1><p>${esc(text[0])}</p>
${quotes.map((q) => `<blockquote><p>${esc(q.quote)}</p></blockquote><p class="attribution">${esc(q.who)}</p>`).join('\n')}</article></body></html>`;
    return { html, expected: [text[0], ...quotes.flatMap((q) => [q.quote, q.who])] };
  },
};

const rtlChrome2015: Template = {
  name: 'rtl-chrome-2015',
  era: 'English service of an Arabic-language site of 2015: right-to-left chrome, Arabic menus, a "read also" box and share label in Arabic, an Arabic footer',
  render(story, context) {
    const [rel] = teasers(context, 1);
    let parts = paragraphsHtml(story.paragraphs);
    parts = insertAfter(parts, 2, `<p><strong>اقرأ أيضا:</strong> <a href="${rel.href}">${esc(rel.title)}</a></p>`);
    const html = `<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>${esc(story.title)} | الخليج نيوز</title></head>
<body><div class="top"><a href="/">الرئيسية</a> | <a href="/news/">أخبار</a> | <a href="/economy/">اقتصاد</a> | <a href="/sport/">رياضة</a> | <a href="/en/">English</a></div>
<div class="main" dir="ltr" lang="${story.lang}"><h1>${esc(story.title)}</h1><div class="date">${humanDate(story.date)}</div>
<div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
<div class="body">${parts.join('\n')}</div></div>
<div class="side"><h3>الأكثر قراءة</h3><ul>${['انطلاق مهرجان الكتاب في دورته الجديدة', 'ارتفاع أسعار النفط في الأسواق العالمية', 'افتتاح جسر جديد على الخليج', 'الأرصاد تتوقع أمطارا غزيرة'].map((h, i) => `<li><a href="/ar/${i}">${h}</a></li>`).join('')}</ul></div>
<div class="foot">جميع الحقوق محفوظة © 2015 الخليج نيوز</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const hiddenRest2019: Template = {
  name: 'hidden-rest-2019',
  era: 'news site of 2019 that shows the first paragraphs and keeps the rest in a <div hidden> behind a "Continue reading" button',
  render(story) {
    const parts = paragraphsHtml(story.paragraphs);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">Coast Today</a></header><article><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}</p>
<div class="article-start">${parts.slice(0, 2).join('\n')}</div>
<button class="continue" aria-controls="rest">Continue reading</button>
<div id="rest" class="article-rest" hidden>${parts.slice(2).join('\n')}</div></article></body></html>`;
    return { html, expected: allText(story) };
  },
};

const pressRelease2016: Template = {
  name: 'press-release-2016',
  era: 'press release of 2016 on a company newsroom: "FOR IMMEDIATE RELEASE", the release, "###", a media-contact block, a list of other releases with dates',
  render(story, context) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Harbour Mutual Newsroom</title></head>
<body><header><a href="/">Harbour Mutual</a> <a href="/newsroom/">Newsroom</a> <a href="/about/">About</a></header>
<main><div class="release"><p class="release-label">FOR IMMEDIATE RELEASE</p><h1>${esc(story.title)}</h1><p class="release-date">${humanDate(story.date)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}
<p class="end">###</p>
<div class="media-contact"><p><strong>Media contact</strong></p><p>Jane Porter, Communications Manager<br>+44 20 7946 0000<br>press@harbourmutual.example</p></div></div>
<aside><h3>Recent releases</h3><ul>${teasers(context, 4).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a> <span>${humanDate(story.date)}</span></li>`).join('')}</ul></aside></main>
<footer>© 2016 Harbour Mutual plc</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const quotedLetter2016: Template = {
  name: 'quoted-letter-2016',
  era: 'newspaper of 2016: a story that quotes a letter at length in a <blockquote> of several paragraphs, in the middle of its text',
  render(story) {
    const text = allText(story);
    const cut = Math.min(2, text.length - 1);
    const letter = ['Dear residents, we write to tell you that the works will begin next month and will last about six weeks.', 'We are sorry for the noise and the closed roads, and we will keep you informed of every change to the plans.'];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">The Ledger</a></header><div class="story"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
${text.slice(0, cut).map((t) => `<p>${esc(t)}</p>`).join('\n')}
<blockquote class="letter">${letter.map((l) => `<p>${esc(l)}</p>`).join('')}</blockquote>
${text.slice(cut).map((t) => `<p>${esc(t)}</p>`).join('\n')}</div></body></html>`;
    return { html, expected: [...text.slice(0, cut), ...letter, ...text.slice(cut)] };
  },
};

/** Round 16, written after round 15 was tuned on. */
export const TUNING_ROUND_16_TEMPLATES: Template[] = [quoteRoundup2018, rtlChrome2015, hiddenRest2019, pressRelease2016, quotedLetter2016];

// ——— Round 17: written on 2026-12-03 after round 16 had been tuned on. Scored once, unseen,
// then tuned on. ———

const newsletterWeb2021: Template = {
  name: 'newsletter-web-2021',
  era: 'web version of an e-mail newsletter of 2021: nested tables with inline styles, "View in browser", the story in a <td>, "Forward to a friend", the sender\'s postal address and "Unsubscribe"',
  render(story, context) {
    const cell = (inner: string) => `<tr><td style="padding:16px 24px;font-family:Georgia,serif;font-size:17px;line-height:26px;color:#222">${inner}</td></tr>`;
    const more = teasers(context, 3).map((t) => cell(`<a href="${t.href}" style="color:#0a58ca;font-weight:bold">${esc(t.title)}</a><br>${esc(t.blurb)}`)).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="font-size:11px;color:#888;padding:8px 24px;text-align:right"><a href="#" style="color:#888">View in browser</a></td></tr>
<tr><td style="padding:24px;font-family:Arial;font-size:26px;font-weight:bold">The Morning Tide</td></tr>
${cell(`<h1 style="font-size:24px">${esc(story.title)}</h1>`)}
${cell(paragraphsHtml(story.paragraphs, (t) => `<p style="margin:0 0 16px">${esc(t)}</p>`, (t) => `<h2 style="font-size:19px">${esc(t)}</h2>`).join(''))}
<tr><td style="padding:8px 24px;font-family:Arial;font-size:14px;font-weight:bold;color:#555">Also this morning</td></tr>
${more}
<tr><td style="padding:24px;font-family:Arial;font-size:12px;color:#888;text-align:center"><a href="#" style="color:#888">Forward to a friend</a> | <a href="#" style="color:#888">Update your preferences</a> | <a href="#" style="color:#888">Unsubscribe</a><br>The Morning Tide, 14 Quay Street, Portkirk PK1 2AB<br>You are receiving this because you signed up at tide.example.</td></tr>
</table></td></tr></table></body></html>`;
    return { html, expected: allText(story) };
  },
};

const weatherWidget2020: Template = {
  name: 'weather-widget-2020',
  era: 'local news of 2020: a weather story whose <article> ends with a five-day forecast widget (a day, a temperature and a word per line)',
  render(story) {
    const days = ['Mon 12° Rain', 'Tue 14° Cloudy', 'Wed 15° Sunny', 'Thu 11° Showers', 'Fri 9° Windy'];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">Valley Now</a></header><article><h1>${esc(story.title)}</h1><div class="byline">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="forecast"><div class="forecast-title">5-day forecast</div>${days.map((d) => `<div class="forecast-day">${d}</div>`).join('')}</div></article>
<footer>© 2020 Valley Now</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const shareCounts2014: Template = {
  name: 'share-counts-2014',
  era: 'viral-era site of 2014: counters of shares, comments and reading time as list items above and below the story, a "trending now" list with view counts',
  render(story, context) {
    const counts = `<ul class="counts"><li>1,204 shares</li><li>34 comments</li><li>5 min read</li></ul>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">Buzzline</a></header><div class="post"><h1>${esc(story.title)}</h1>${counts}
<div class="post-body">${paragraphsHtml(story.paragraphs).join('\n')}</div>${counts}</div>
<div class="trending"><h3>Trending now</h3><ol>${teasers(context, 4).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a> <span>${(9 - i) * 1000} views</span></li>`).join('')}</ol></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const preWire2000: Template = {
  name: 'pre-wire-2000',
  era: 'wire service page of 2000: the story in a <pre> block with hard-wrapped lines, the wire\'s slug and copyright lines inside the same <pre>, links around it',
  render(story) {
    const wrap = (t: string) => t.replace(/(.{1,68})(?:\s+|$)/g, '$1\n').trimEnd();
    const body = allText(story).map(wrap).join('\n\n');
    const html = `<html><head><title>${esc(story.title)}</title></head><body bgcolor="white">
<a href="/">NewsWire Online</a> | <a href="/wire/">Latest wire</a><hr>
<pre>
 ${esc(story.place)}-STORY-0309 ${dateOnly(story.date)} 07:30
 ${esc(story.title.toUpperCase())}

${esc(body)}

 Copyright 2000 NewsWire Service. All rights reserved.
</pre><hr><a href="/wire/">Back to the wire</a></body></html>`;
    return { html, expected: allText(story) };
  },
};

const meterModal2019: Template = {
  name: 'meter-modal-2019',
  era: 'metered site of 2019: the whole story shown, with a modal counting the free articles left this month (not withheld, so not paywalled)',
  render(story) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">The Sentinel</a></header><article><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}</article>
<div class="modal-overlay"><div class="modal"><p>You have 2 free articles left this month.</p><p>Subscribe for unlimited access to local news, from $1 a week.</p><a href="/subscribe" class="button">Subscribe</a> <a href="#" class="close">Not now</a></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 17, written after round 16 was tuned on. */
export const TUNING_ROUND_17_TEMPLATES: Template[] = [newsletterWeb2021, weatherWidget2020, shareCounts2014, preWire2000, meterModal2019];

// ——— Round 18: written on 2026-12-03 after round 17 had been tuned on. Scored once, unseen. ———

const dlRelated2010: Template = {
  name: 'dl-related-2010',
  era: 'newspaper of 2010: related stories as a definition list (<dt> a linked title, <dd> its blurb) under the story',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const items = teasers(context, 4).map((t) => `<dt><a href="${t.href}">${esc(t.title)}</a></dt><dd>${esc(t.blurb)}</dd>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - The Herald</title></head>
<body><div id="top"><a href="/">The Herald</a></div><div id="content"><h1>${esc(story.title)}</h1><p class="by">${esc(story.author)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}
<h3>${esc(labels.related)}</h3><dl class="related">${items}</dl></div><div id="foot">The Herald 2010</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const authorCardTop2018: Template = {
  name: 'author-card-top-2018',
  era: 'opinion blog of 2018: an author card with a picture and a two-sentence bio between the headline and the story',
  render(story) {
    const card = `<div class="author-card"><img src="/authors/${slug(story.author)}.jpg" width="64" alt=""><div class="author-card-text"><a href="/authors/${slug(story.author)}">${esc(story.author)}</a><p>${esc(story.author)} writes about transport and the coast for the Tide. Before that she spent ten years on regional papers in the north.</p></div></div>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">The Tide</a></header><article><h1>${esc(story.title)}</h1>${card}
<div class="entry">${paragraphsHtml(story.paragraphs).join('\n')}</div></article></body></html>`;
    return { html, expected: allText(story) };
  },
};

const secondStory2007: Template = {
  name: 'second-story-2007',
  era: 'portal of 2007: the story, then below it a second story shown whole as a brief ("Also in the news") under its own <h2>, in the same column',
  render(story, context) {
    const other = context.others[0];
    const brief = allText(other).slice(0, 2);
    const html = `<html><head><title>${esc(story.title)} - CityPortal</title></head><body><div id="hdr"><a href="/">CityPortal</a></div>
<div id="col"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="also"><h4>Also in the news</h4><h2>${esc(other.title)}</h2>${brief.map((t) => `<p>${esc(t)}</p>`).join('')}</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const appBanner2017: Template = {
  name: 'app-banner-2017',
  era: 'mobile web page of 2017: a "smart banner" offering the app above the story (a sentence, "Open in app" and "Not now" links), the story, a "Get the app" box below it',
  render(story) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(story.title)}</title></head>
<body><div class="smart-banner"><p>Read faster in the Coast Today app, with alerts for breaking news where you live.</p><a href="/app">Open in app</a> <a href="#">Not now</a></div>
<div class="page"><h1>${esc(story.title)}</h1><div class="meta">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="get-app"><p>Get the Coast Today app for the day's news on your phone, free on iPhone and Android.</p><a href="/app/ios">App Store</a> <a href="/app/android">Google Play</a></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const imageHeadline2004: Template = {
  name: 'image-headline-2004',
  era: 'regional site of 2004: the headline is an image with alt text, the story in <br> runs in one cell with an ad table floated in its middle',
  render(story) {
    const text = allText(story);
    const cut = Math.ceil(text.length / 2);
    const run = (list: string[]) => list.map((t) => esc(t)).join('<br><br>\n');
    const html = `<html><head><title>${esc(story.title)}</title></head><body>
<table width="760"><tr><td><img src="/img/logo.gif" alt="Valley Online"></td></tr>
<tr><td><img src="/headlines/0304.gif" alt="${esc(story.title)}"><br><font size="2">${esc(story.author)}</font><br><br>
<font face="Verdana" size="2">${run(text.slice(0, cut))}<br><br>
<table align="right" width="180"><tr><td><font size="1">Advertisement</font><br><img src="/ads/180x150.gif"></td></tr></table>
${run(text.slice(cut))}</font></td></tr>
<tr><td><font size="1">© 2004 Valley Online</font></td></tr></table></body></html>`;
    return { html, expected: text };
  },
};

/** Round 18, written after round 17 was tuned on. */
export const TUNING_ROUND_18_TEMPLATES: Template[] = [dlRelated2010, authorCardTop2018, secondStory2007, appBanner2017, imageHeadline2004];

// ——— Round 19: written on 2026-12-03 after round 18 had been tuned on. Scored once, unseen. ———

const h1Logo2012: Template = {
  name: 'h1-logo-2012',
  era: 'blog theme of 2012 that puts the site name in the <h1> of every page: the post title in an <h2>, an "About this blog" paragraph in the sidebar, a comment list',
  render(story) {
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<li class="comment"><div class="comment-author">reader${i + 1} says:</div><div class="comment-meta">March ${3 + i}, 2012 at 9:1${i} am</div><p>${esc(c)}</p></li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Harbour Lights</title></head>
<body><div id="header"><h1 class="site-title"><a href="/">Harbour Lights</a></h1><p class="site-description">News and notes from the harbour</p></div>
<div id="main"><div class="post"><h2 class="entry-title">${esc(story.title)}</h2><div class="entry-meta">Posted on ${humanDate(story.date)} by ${esc(story.author)}</div>
<div class="entry-content">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('\n')}</div></div>
<ol class="commentlist">${comments}</ol></div>
<div id="sidebar"><h3>About this blog</h3><p>Harbour Lights has covered the town's quays, boats and council meetings since 2009. It is written by volunteers and paid for by its readers.</p></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const blockquote1997: Template = {
  name: 'blockquote-1997',
  era: 'early web page of 1997: the story indented with <blockquote> for margins, <p> without closing tags, an image-map menu and "Back to top"',
  render(story) {
    const html = `<HTML><HEAD><TITLE>${esc(story.title)}</TITLE></HEAD><BODY BGCOLOR="#FFFFFF">
<IMG SRC="/menu.gif" USEMAP="#menu" BORDER=0><MAP NAME="menu"><AREA HREF="/news.html" COORDS="0,0,80,20"><AREA HREF="/sports.html" COORDS="80,0,160,20"></MAP>
<BLOCKQUOTE><H2>${esc(story.title)}</H2>
<I>${esc(story.author)}</I>
${allText(story).map((t) => `<P>${esc(t)}`).join('\n')}
</BLOCKQUOTE><HR><CENTER><A HREF="#top">Back to top</A> | <A HREF="/index.html">Home</A></CENTER></BODY></HTML>`;
    return { html, expected: allText(story) };
  },
};

const ticker2021: Template = {
  name: 'ticker-2021',
  era: 'news site of 2021 with a "Breaking" ticker of unlinked headlines above the story, separated by bullets',
  render(story, context) {
    const ticker = context.others.slice(0, 5).map((s) => esc(s.title)).join(' • ');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><div class="ticker"><span class="ticker-label">Breaking</span> <span class="ticker-items">${ticker}</span></div>
<header><a href="/">Metro 24</a></header><main><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}</main></body></html>`;
    return { html, expected: allText(story) };
  },
};

const helpList2016: Template = {
  name: 'help-list-2016',
  era: 'newspaper of 2016: the story ends with "Where to get help:" and a list of services, each a linked name and a telephone number',
  render(story) {
    const services = ['Harbour Food Bank', 'Elm County Advice Centre', 'Coastline Housing Trust'].map((n, i) => ({ name: n, rest: `, 0800 555 01${i}${i}` }));
    const intro = 'Where to get help:';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title></head>
<body><header><a href="/">The Courier</a></header><article><h1>${esc(story.title)}</h1>
${paragraphsHtml(story.paragraphs).join('\n')}
<p>${intro}</p><ul>${services.map((s, i) => `<li><a href="https://help${i}.example/">${s.name}</a>${s.rest}</li>`).join('')}</ul></article></body></html>`;
    return { html, expected: [...allText(story), intro, ...services.map((s) => `${s.name}${s.rest}`)] };
  },
};

const sidebarProse2009: Template = {
  name: 'sidebar-prose-2009',
  era: 'newspaper of 2009: beside the story, a column box with two paragraphs of the paper\'s comment policy, and a weather box',
  render(story) {
    const html = `<html><head><title>${esc(story.title)} - The Gazette</title></head><body><div id="hdr"><a href="/">The Gazette</a></div>
<div id="wrap"><div id="story"><h1>${esc(story.title)}</h1><div class="by">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="side"><div class="box"><h4>Our comment policy</h4><p>We welcome comments from readers on our stories, but we ask that you keep them civil and on the subject of the story you are commenting on.</p><p>Comments that are abusive, defamatory or off topic will be removed by our moderators, and repeat offenders will be banned from the site.</p></div>
<div class="box"><h4>Weather</h4>Today: 14°, showers</div></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 19, written after round 18 was tuned on. */
export const TUNING_ROUND_19_TEMPLATES: Template[] = [h1Logo2012, blockquote1997, ticker2021, helpList2016, sidebarProse2009];

// ——— Round 20: written on 2026-12-03 after round 19 had been tuned on and the safety net added.
// Scored once, unseen, before anything was changed for it. ———

const weekday = (iso: string) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay()];
/** Hard-wraps a paragraph at `width` columns, as a mail client does. */
const wrap = (text: string, width = 72) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
};

const phpNuke2004: Template = {
  name: 'php-nuke-portal-2004',
  era: 'PHP-Nuke community portal of 2004: block tables (Modules, "Who\'s Online" sentences, a survey without a form), the story box with "Posted by … (1204 reads)", Related Links and Article Rating boxes, "Re:" comments with scores, a GPL footer',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('<br><br>\n');
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<tr><td><font class="content"><b>Re: ${esc(story.title)}</b> (Score: ${i + 1})<br>by member${i + 4} on Thursday, March 0${4 + i} @ 0${8 + i}:41:02 EST<br>(<a href="modules.php?name=Your_Account&op=userinfo">User Info</a> | <a href="modules.php?name=Private_Messages">Send a Message</a>)<br>${esc(c)}</font></td></tr>`).join('\n');
    const html = `<html><head><title>Elmdale Community Portal - ${esc(story.title)}</title><meta name="GENERATOR" content="PHP-Nuke 7.3"></head>
<body bgcolor="#FFFFFF" text="#000000" link="#333366">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="themes/DeepBlue/images/logo.gif" alt="Elmdale Community Portal"></td><td align="right"><font size="1">Welcome, Anonymous &middot; <a href="modules.php?name=Your_Account&op=new_user">Create an account</a></font></td></tr></table>
<table width="100%" border="0" cellpadding="4"><tr>
<td width="160" valign="top">
<table class="block" width="160"><tr><td bgcolor="#CCCCFF"><b>Modules</b></td></tr><tr><td><font size="2">${labels.sections.map((s) => `&middot; <a href="modules.php?name=News&topic=${slug(s)}">${esc(s)}</a><br>`).join('')}&middot; <a href="modules.php?name=Downloads">Downloads</a><br>&middot; <a href="modules.php?name=Forums">Forums</a><br></font></td></tr></table><br>
<table class="block" width="160"><tr><td bgcolor="#CCCCFF"><b>Who's Online</b></td></tr><tr><td><font size="1">There are currently 14 guests and 2 members online.<br><br>You are an anonymous user. You can register for free by clicking here.</font></td></tr></table><br>
<table class="block" width="160"><tr><td bgcolor="#CCCCFF"><b>Survey</b></td></tr><tr><td><font size="1">Should the town build a new pool?<br><input type="radio" name="voteID" value="1"> Yes<br><input type="radio" name="voteID" value="2"> No<br><input type="submit" value="Vote"><br>[ <a href="modules.php?name=Surveys&op=results">Results</a> | <a href="modules.php?name=Surveys">Polls</a> ]<br>Votes: 212</font></td></tr></table>
</td>
<td valign="top">
<table width="100%" border="0" cellpadding="3" bgcolor="#FFFFFF"><tr><td bgcolor="#EEEEFF"><font class="title"><b>${esc(story.title)}</b></font><br><font class="content" size="1">Posted by ${esc(story.author)} on ${weekday(story.date)}, ${humanDate(story.date).replace(/, \d{4}$/, '')} @ 10:12:33 EST (1204 reads)</font></td></tr>
<tr><td><a href="modules.php?name=News&new_topic=3"><img src="images/topics/community.gif" border="0" align="right" alt="Community"></a><font class="content">${body}</font></td></tr>
<tr><td><font size="1">(<a href="modules.php?name=News&file=print">Printer Friendly Page</a> | <a href="modules.php?name=News&file=friend">Send to a Friend</a>)</font></td></tr></table><br>
<table width="100%" border="0"><tr><td valign="top" width="50%"><b>Related Links</b><br><font size="1">&middot; <a href="modules.php?name=News&new_topic=3">More about Community</a><br>&middot; <a href="modules.php?name=News&author=1">News by ${esc(story.author)}</a><br><br><b>Most read story about Community:</b><br><a href="${teasers(context, 1)[0].href}">${esc(teasers(context, 1)[0].title)}</a></font></td>
<td valign="top"><b>Article Rating</b><br><font size="1">Average Score: 4.5<br>Votes: 12<br><img src="images/blocks/star.gif"><img src="images/blocks/star.gif"><br><br>Please take a second and vote for this article:<br><input type="radio" name="score" value="5"> Excellent<br><input type="radio" name="score" value="1"> Bad</font></td></tr></table><br>
<table width="100%" border="0" cellpadding="4"><tr><td><font size="1">The comments are owned by the poster. We aren't responsible for their content.</font></td></tr>
${comments}</table>
</td></tr></table>
<center><font size="1">All logos and trademarks in this site are property of their respective owner. The comments are property of their posters, all the rest &copy; 2004 by me.<br>You can syndicate our news using the file backend.php<br>PHP-Nuke Copyright &copy; 2004 by Francisco Burzi. This is free software, and you may redistribute it under the GPL.<br>Page Generation: 0.214 Seconds</font></center></body></html>`;
    return { html, expected: allText(story) };
  },
};

const scienceRelease2018: Template = {
  name: 'science-release-2018',
  era: 'science-news site of 2018 carrying a university release: a "Summary:" box, the release, then "Story Source:", a journal reference, "Cite This Page:" with MLA/APA/Chicago citations, related stories with dates and blurbs',
  render(story, context) {
    const related = teasers(context, 4).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a><br><span class="date">Mar. ${i + 1}, 2018</span> &mdash; ${esc(t.blurb)}</li>`).join('\n');
    const surname = story.author.split(' ').slice(-1)[0];
    const cite = (style: string) => `<div class="tab-pane" id="citation_${style}"><p>University of Elmford. "${esc(story.title)}." Science Wire. Science Wire, ${humanDate(story.date)}. &lt;www.sciencewire.example/releases/2018/03/180303101212.htm&gt;.</p></div>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} -- Science Wire</title></head>
<body><div id="header"><a href="/" class="brand">Science Wire</a><ul class="menu"><li><a href="/health/">Health</a></li><li><a href="/tech/">Tech</a></li><li><a href="/environment/">Environment</a></li><li><a href="/society/">Society</a></li></ul></div>
<div id="content"><h1 id="headline">${esc(story.title)}</h1>
<dl class="dl-horizontal"><dt>Date:</dt><dd id="date_posted">${humanDate(story.date)}</dd><dt>Source:</dt><dd id="source">University of Elmford</dd></dl>
<div id="abstract">Summary: ${esc(story.standfirst)}.</div>
<div id="story_text">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('\n')}</div>
<div id="story_source"><hr><h3>Story Source:</h3><p><a href="/sources/elmford.htm">Materials</a> provided by <a href="https://www.elmford.example/news">University of Elmford</a>. Original written by ${esc(story.author)}. <em>Note: Content may be edited for style and length.</em></p></div>
<div id="journal_references"><h3>Journal Reference:</h3><ol><li>${esc(surname)}, A. Moreno, L. Chen. <strong>${esc(story.title)}</strong>. <em>Journal of Regional Studies</em>, 2018; 12 (3): 114 DOI: <a href="https://doi.example/10.1016/j.jrs.2018.03.004">10.1016/j.jrs.2018.03.004</a></li></ol></div>
<div id="citations"><h3>Cite This Page:</h3><ul class="nav nav-tabs"><li><a href="#citation_mla">MLA</a></li><li><a href="#citation_apa">APA</a></li><li><a href="#citation_chicago">Chicago</a></li></ul>${cite('mla')}</div>
<div id="related_stories"><h3>Related Stories</h3><ul>${related}</ul></div></div>
<div id="footer">&copy; 2018 Science Wire. Content on this website is for information only.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const factCheck2019: Template = {
  name: 'fact-check-2019',
  era: 'fact-checking site of 2019: a claim box with the claim and a rating meter above the story, an "Our ruling" section ending the story, an annotated list of sources, a "Share the facts" box repeating the claim',
  render(story) {
    const claim = firstSentence(allText(story).find((p) => !isSubhead(p)) ?? '');
    const ruling = 'We rate this claim False.';
    const sources = ['Elmford Borough Council', 'Office for Regional Statistics', 'Harbour Authority', 'Interview with the council press office'].map((name, i) => `<li><a href="https://source${i}.example/">${name}</a>, ${['minutes of the planning meeting', 'quarterly figures', 'annual report', 'telephone interview'][i]}, ${humanDate(story.date)}</li>`).join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>Fact check: ${esc(story.title)} | FactLine</title></head>
<body><header class="site"><a href="/">FactLine</a><nav><a href="/latest/">Latest</a> <a href="/ratings/">Ratings</a> <a href="/about/">About us</a></nav></header>
<main><article><h1>Fact check: ${esc(story.title)}</h1><div class="byline">By ${esc(story.author)} &middot; ${humanDate(story.date)}</div>
<div class="claim-review"><div class="claim"><span class="label">The claim</span><p>“${esc(claim)}” — a social media post, ${humanDate(story.date)}</p></div><div class="rating"><img src="/meter/false.png" alt="False"><span class="label">Our rating:</span> <strong>False</strong></div></div>
<div class="article-text">${paragraphsHtml(story.paragraphs).join('\n')}
<h2>Our ruling</h2><p>${ruling}</p></div>
<section class="sources"><h2>Our sources</h2><ul>${sources}</ul></section>
<div class="share-the-facts"><p>Share the facts</p><p>${esc(claim)}</p><p>Rating: False</p><a href="/share">Share</a></div>
</article></main><footer>FactLine is a nonprofit newsroom. <a href="/corrections/">Corrections</a></footer></body></html>`;
    return { html, expected: [...allText(story), 'Our ruling', ruling] };
  },
};

const liveJournal2006: Template = {
  name: 'livejournal-2006',
  era: 'LiveJournal-style journal of 2006 carrying a local news post: user header and userpic, the post in <br /> runs, "Current Mood:" and "Current Music:" lines, tags, "(7 comments | Leave a comment)", previous/next entry links',
  render(story) {
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('<br /><br />\n');
    const html = `<html><head><title>harbourwatch: ${esc(story.title)}</title></head><body>
<table class="header" width="100%"><tr><td><img src="/img/userinfo.gif" alt="[info]"><b><a href="/users/harbourwatch/">harbourwatch</a></b></td><td align="right"><a href="/users/harbourwatch/">Recent Entries</a> | <a href="/users/harbourwatch/calendar">Archive</a> | <a href="/users/harbourwatch/friends">Friends</a> | <a href="/userinfo.bml?user=harbourwatch">User Info</a></td></tr></table>
<div class="entry"><table><tr><td><img src="/userpic/1204/harbourwatch" width="100" height="100" alt="harbourwatch"></td><td><span class="date">${weekday(story.date)}, ${humanDate(story.date)}</span><br><span class="time">10:12 am</span></td></tr></table>
<div class="subject"><b>${esc(story.title)}</b></div>
<div class="entrytext">${body}<br /><br />
<b>Current Mood:</b> <img src="/img/mood/hopeful.gif" alt=""> hopeful<br /><b>Current Music:</b> the harbour radio, badly tuned</div>
<div class="tags">Tags: <a href="/tag/harbour">harbour</a>, <a href="/tag/council">council</a>, <a href="/tag/news">news</a></div>
<div class="footer">(<a href="/12045.html#comments">7 comments</a> | <a href="/12045.html?mode=reply">Leave a comment</a>)</div></div>
<div class="navbar"><a href="/go.bml?dir=prev">&laquo; Previous Entry</a> | <a href="/tools/memadd.bml">Add to Memories</a> | <a href="/tools/tellafriend.bml">Tell a Friend</a> | <a href="/go.bml?dir=next">Next Entry &raquo;</a></div>
</body></html>`;
    return { html, expected: allText(story) };
  },
};

const trustBox2022: Template = {
  name: 'trust-box-2022',
  era: 'news site of 2022 with a transparency box ("Why you can trust this story", two paragraphs the same on every page) inside the <article>, after the story, and a topics line',
  render(story) {
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - The Beacon</title>${jsonLd(story)}</head>
<body><header><a href="/">The Beacon</a><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a></nav></header>
<main><article><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)}</p>
<div class="article-body">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<aside class="transparency"><h3>Why you can trust this story</h3><p>Our reporters verify every fact in a story with at least two independent sources, and an editor checks each story before it is published.</p><p>We correct our mistakes openly. If you see something that is wrong, write to our corrections desk and an editor will reply within two working days.</p></aside>
<div class="topics"><span>Topics:</span> <a href="/t/local/">Local</a> <a href="/t/politics/">Politics</a></div></article></main>
<footer><p>&copy; 2022 The Beacon Media Trust</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const STREETS = ['Elm Street', 'Harbour Road', 'Mill Lane', 'Church Square', 'Station Avenue', 'Quay Street', 'Orchard Way', 'Market Place', 'Bridge Row', 'Castle Hill'];

const policeLog2009: Template = {
  name: 'police-log-2009',
  era: 'local paper of 2009 whose story is a police log: an introduction, then entries each opening with a bold street and time of day and a colon, inside the story\'s <div>',
  render(story, context) {
    const text = allText(story).filter((_p, i) => !isSubhead(story.paragraphs[i]));
    const entries = text.slice(1).map((p, i) => ({ head: `${STREETS[i % STREETS.length]}, ${8 + i}:${String((i * 17) % 60).padStart(2, '0')} a.m.:`, text: p }));
    const html = `<html><head><title>${esc(story.title)} | The Elmford Courier</title></head><body>
<div id="masthead"><a href="/">The Elmford Courier</a></div><div id="nav"><a href="/news/">News</a> | <a href="/police/">Police log</a> | <a href="/obits/">Obituaries</a></div>
<div id="wrap"><div id="story"><h1>${esc(story.title)}</h1><p class="byline">Compiled by ${esc(story.author)}</p>
<p>${esc(text[0])}</p>
${entries.map((e) => `<p><strong>${e.head}</strong> ${esc(e.text)}</p>`).join('\n')}</div>
<div id="rail"><h3>Most read</h3><ol>${linkList(labelsFor(story.lang), context, 5)}</ol></div></div></body></html>`;
    return { html, expected: [text[0], ...entries.map((e) => `${e.head} ${e.text}`)] };
  },
};

const webmentions2019: Template = {
  name: 'webmentions-2019',
  era: 'static-site blog of 2019 (Hugo): reading time, tags, "Edit this page on GitHub", a Webmentions section with counts, a facepile and replies with their authors and dates, prev/next links',
  render(story, context) {
    const replies = commentsFor(story.lang).slice(0, 3).map((c, i) => `<li class="wm-reply"><a class="wm-author" href="https://reader${i}.example/"><img src="/wm/avatar${i}.jpg" alt=""> ${['Ana Lima', 'Ben Marsh', 'Chidi Obi'][i]}</a> <a class="wm-date" href="https://reader${i}.example/notes/${i}">${humanDate(story.date)}</a><div class="wm-content"><p>${esc(c)}</p></div></li>`).join('\n');
    const [prev, next] = teasers(context, 2);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} · Notes from Elmford</title></head>
<body><header class="site-header"><a class="site-title" href="/">Notes from Elmford</a><nav><a href="/posts/">Posts</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>
<main><article class="post"><header><h1 class="post-title">${esc(story.title)}</h1><p class="post-meta"><time datetime="${story.date}">${humanDate(story.date)}</time> · 4 min read</p></header>
<div class="post-content">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/council/">#council</a></li><li><a href="/tags/harbour/">#harbour</a></li></ul><p><a href="https://github.example/notes/edit/main/content/posts/${slug(story.title)}.md">Edit this page on GitHub</a></p></footer></article>
<section class="webmentions"><h2>Webmentions</h2><p class="wm-counts">12 likes · 3 reposts · 3 replies</p><ul class="wm-facepile">${[1, 2, 3, 4, 5].map((i) => `<li><a href="https://fan${i}.example/"><img src="/wm/face${i}.jpg" alt="fan${i}"></a></li>`).join('')}</ul>
<ol class="wm-replies">${replies}</ol></section>
<nav class="pagination"><a rel="prev" href="${prev.href}">← ${esc(prev.title)}</a> <a rel="next" href="${next.href}">${esc(next.title)} →</a></nav></main></body></html>`;
    return { html, expected: allText(story) };
  },
};

const nuxtSsr2020: Template = {
  name: 'nuxt-ssr-2020',
  era: 'Vue server rendering of 2020 (Nuxt): data-v-* attributes on every element, paragraphs as <p class="paragraph">, an "Also read" card inside the story, topic chips, a "More from" grid, the window.__NUXT__ state script',
  render(story, context) {
    const v = 'data-v-5c6d2e1a';
    const [inline, ...more] = teasers(context, 5);
    const card = `<a ${v} class="inline-card" href="${inline.href}"><div ${v} class="inline-card__label">Also read</div><div ${v} class="inline-card__title">${esc(inline.title)}</div><div ${v} class="inline-card__excerpt">${esc(inline.blurb)}</div></a>`;
    const paragraphs = insertAfter(paragraphsHtml(story.paragraphs, (t) => `<p ${v} class="paragraph">${esc(t)}</p>`, (t) => `<h2 ${v} class="subtitle">${esc(t)}</h2>`), 2, card);
    const html = `<!DOCTYPE html><html lang="${story.lang}" data-n-head-ssr><head><title data-n-head="ssr">${esc(story.title)} | Metro Today</title></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-3f1a2b7c class="page">
<header data-v-3f1a2b7c class="header"><a data-v-3f1a2b7c href="/" class="logo">Metro Today</a><ul data-v-3f1a2b7c class="menu">${menu(labelsFor(story.lang))}</ul></header>
<div ${v} class="article"><div ${v} class="article__breadcrumb"><a ${v} href="/">Home</a> › <a ${v} href="/city/">City</a></div><h1 ${v} class="article__title">${esc(story.title)}</h1><div ${v} class="article__meta"><span ${v}>${esc(story.author)}</span> <span ${v}>${humanDate(story.date)}</span> <span ${v}>3 min</span></div>
<div ${v} class="article__content">${paragraphs.join('\n')}</div>
<div ${v} class="article__topics">${['City', 'Transport', 'Council', 'Weather'].map((t) => `<a ${v} class="chip" href="/topic/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div ${v} class="article__share"><button ${v}>Share</button><button ${v}>Copy link</button></div></div>
<section data-v-9a8b7c6d class="more"><h2 data-v-9a8b7c6d>More from Metro Today</h2><div data-v-9a8b7c6d class="grid">${more.map((t) => `<a data-v-9a8b7c6d class="card" href="${t.href}"><img data-v-9a8b7c6d src="/img/${slug(t.title)}.jpg" alt=""><div data-v-9a8b7c6d class="card__title">${esc(t.title)}</div><div data-v-9a8b7c6d class="card__excerpt">${esc(t.blurb)}</div></a>`).join('')}</div></section>
<footer data-v-3f1a2b7c>© 2020 Metro Today · <a data-v-3f1a2b7c href="/imprint">Imprint</a> · <a data-v-3f1a2b7c href="/privacy">Privacy</a></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:a,views:b}}],state:{}}}("${story.id}",1204));</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const mailingList2002: Template = {
  name: 'mailing-list-archive-2002',
  era: 'mailing-list archive page of 2002 (MHonArc): date/thread navigation, the subject in an <h1>, a header list (To, Subject, From, Date), the forwarded story hard-wrapped in a <pre> with the sender\'s note and signature, the list footer, follow-ups and prev/next by date',
  render(story, context) {
    const [prev, next] = teasers(context, 2);
    const text = allText(story);
    const user = story.author.toLowerCase().replace(/[^a-z]+/g, '.');
    const html = `<html><head><title>[elmford-news] ${esc(story.title)}</title><link rev="made" href="mailto:${user}@example.org"></head><body>
<!--X-Body-Begin--><hr>[<a href="msg00040.html">Date Prev</a>][<a href="msg00042.html">Date Next</a>][<a href="msg00039.html">Thread Prev</a>][<a href="msg00043.html">Thread Next</a>][<a href="maillist.html#00041">Date Index</a>][<a href="threads.html#00041">Thread Index</a>]
<h1>[elmford-news] ${esc(story.title)}</h1><hr>
<ul><li><em>To</em>: elmford-news@lists.example.org</li><li><em>Subject</em>: [elmford-news] ${esc(story.title)}</li><li><em>From</em>: "${esc(story.author)}" &lt;${user}@example.org&gt;</li><li><em>Date</em>: ${weekday(story.date).slice(0, 3)}, 03 Mar 2002 10:12:00 -0500</li></ul>
<hr><pre>Forwarded from today's Elmford Gazette, with permission:

${text.map((t) => esc(wrap(t))).join('\n\n')}

--
${esc(story.author)}
Elmford News list volunteer
</pre><hr>
<pre>_______________________________________________
elmford-news mailing list
elmford-news@lists.example.org
http://lists.example.org/mailman/listinfo/elmford-news</pre>
<hr><ul><li><strong>Follow-Ups</strong>:<ul><li><strong><a href="msg00043.html">Re: [elmford-news] ${esc(story.title)}</a></strong><ul><li><em>From:</em> Ben Marsh</li></ul></li></ul></li></ul>
<ul><li>Prev by Date: <strong><a href="msg00040.html">${esc(prev.title)}</a></strong></li><li>Next by Date: <strong><a href="msg00042.html">${esc(next.title)}</a></strong></li><li>Index(es):<ul><li><a href="maillist.html#00041"><strong>Date</strong></a></li><li><a href="threads.html#00041"><strong>Thread</strong></a></li></ul></li></ul>
</body></html>`;
    return { html, expected: text };
  },
};

const translatedStory2021: Template = {
  name: 'translated-story-2021',
  era: 'nonprofit international newsroom of 2021: a language switcher of eight languages above the page, an italic translation note before the story and a republishing note after it, "also available in" links',
  render(story) {
    const languages = ['Español', 'Français', 'Português', 'Deutsch', 'Italiano', 'Nederlands', 'Русский', 'English'];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} · Crossroads Review</title></head>
<body><div class="lang-switcher"><span>Read in:</span><ul>${languages.map((l, i) => `<li><a hreflang="${['es', 'fr', 'pt', 'de', 'it', 'nl', 'ru', 'en'][i]}" href="/${i}/">${l}</a></li>`).join('')}</ul></div>
<header><a href="/">Crossroads Review</a></header><main><article><h1>${esc(story.title)}</h1><p class="author">${esc(story.author)}, translated by Lucía Ortega</p>
<p class="translation-note"><em>This story was first published in Spanish by our partner El Faro del Sur. It has been translated and edited for length.</em></p>
${paragraphsHtml(story.paragraphs).join('\n')}
<p class="republish"><em>This story is published under a Creative Commons licence. You may republish it with credit to Crossroads Review and El Faro del Sur.</em></p>
<div class="also-in"><span>This story is also available in:</span> <a href="/es/">Español</a> · <a href="/fr/">Français</a> · <a href="/pt/">Português</a></div></article></main>
<footer>Crossroads Review · <a href="/donate/">Donate</a> · <a href="/privacy/">Privacy</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 20, written after round 19 was tuned on and the safety net was added. */
export const TUNING_ROUND_20_TEMPLATES: Template[] = [phpNuke2004, scienceRelease2018, factCheck2019, liveJournal2006, trustBox2022, policeLog2009, webmentions2019, nuxtSsr2020, mailingList2002, translatedStory2021];

// ——— Round 21: written on 2026-12-03 after round 20 had been tuned on, weighted to 2004–2010
// designs. Scored once, unseen, before anything was changed for it. ———

const SOURCES_2008 = ['Portkirk Times', 'Elm Valley Star', 'Harbour Daily', 'The Courier-Ledger', 'Selva Island News', 'Metro Herald', 'Riverside Gazette', 'KXLT News 4'];
const spacer = (w: number, h: number) => `<img src="/images/spacer.gif" width="${w}" height="${h}" border="0" alt="">`;
/** The story's paragraphs split into `parts` runs of about equal length, in order. */
const chunks = (list: string[], parts: number) => {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
};

const regionalTables2006: Template = {
  name: 'regional-tables-2006',
  era: 'regional newspaper of 2006 in tables: a left column of section links, <font> and <center> tags, spacer gifs, the story in a middle <td> split by an ad table with "Story continues below", a right column of "Related articles" and "Local links"',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const text = paragraphsHtml(story.paragraphs, (t) => `<p><font face="Georgia, Times" size="3">${esc(t)}</font></p>`, (t) => `<p><font face="Arial" size="3"><b>${esc(t)}</b></font></p>`);
    const ad = `<table align="center" width="300" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><font size="1" color="#999999">Story continues below</font><br>${spacer(1, 4)}<br><a href="/adclick.php?id=2231"><img src="/ads/300x100_autos.gif" width="300" height="100" border="0" alt="Click here!"></a><br><font size="1" color="#999999">ADVERTISEMENT</font></td></tr></table>`;
    const parts = insertAfter(text, 3, ad);
    const related = teasers(context, 6).map((t) => `<tr><td valign="top"><img src="/images/bullet_red.gif" width="7" height="7"></td><td><font face="Arial" size="1"><a href="${t.href}">${esc(t.title)}</a></font></td></tr>`).join('\n');
    const html = `<html><head><title>The Elm Valley Star - ${esc(story.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><script language="JavaScript">function MM_swapImage(){}</script></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<center><table width="770" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="3"><a href="/"><img src="/images/masthead_2006.gif" width="770" height="90" border="0" alt="The Elm Valley Star"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font face="Arial" size="1" color="#ffffff">&nbsp;${weekday(story.date)}, ${humanDate(story.date)} &nbsp;|&nbsp; <a href="/subscribe/"><font color="#ffffff">Subscribe</font></a> &nbsp;|&nbsp; <a href="/weather/"><font color="#ffffff">Weather: 54&deg; Partly cloudy</font></a></font></td></tr>
<tr><td width="140" valign="top" bgcolor="#e6ecf2">${spacer(140, 8)}<br><font face="Arial" size="2"><b>NEWS</b><br>${labels.sections.map((s) => `<a href="/${slug(s)}/">${esc(s)}</a><br>`).join('\n')}<br><b>MARKETPLACE</b><br><a href="/classifieds/">Classifieds</a><br><a href="/jobs/">Jobs</a><br><a href="/homes/">Homes</a><br><a href="/autos/">Autos</a><br><br><b>COMMUNITY</b><br><a href="/obits/">Obituaries</a><br><a href="/calendar/">Calendar</a><br><a href="/weddings/">Weddings</a></font><br>${spacer(1, 200)}</td>
<td width="470" valign="top">${spacer(470, 10)}<br><table width="100%" border="0" cellpadding="8"><tr><td>
<font face="Arial" size="1"><a href="/">Home</a> &gt; <a href="/news/">${esc(labels.sections[0])}</a></font><br>
<font face="Georgia, Times" size="5"><b>${esc(story.title)}</b></font><br>${spacer(1, 6)}<br>
<font face="Arial" size="2"><b>By ${esc(story.author.toUpperCase())}</b><br><i>Star Staff Writer</i></font><br><br>
<table align="right" width="180" border="0" cellpadding="4"><tr><td bgcolor="#eeeeee"><img src="/photos/2006/${slug(story.title)}.jpg" width="180" height="135"><br><font face="Arial" size="1">${esc(story.captions[0])}</font></td></tr></table>
${parts.join('\n')}
<br><center><font face="Arial" size="1"><a href="/cgi-bin/mail.pl">E-mail this story</a> &nbsp;|&nbsp; <a href="/cgi-bin/print.pl">Print this story</a> &nbsp;|&nbsp; <a href="/letters/">Write a letter to the editor</a></font></center>
</td></tr></table></td>
<td width="160" valign="top" bgcolor="#f4f4f4">${spacer(160, 8)}<br><table width="100%" border="0" cellpadding="2"><tr><td colspan="2"><font face="Arial" size="2"><b>Related articles</b></font></td></tr>
${related}
<tr><td colspan="2">${spacer(1, 10)}<br><font face="Arial" size="2"><b>Local links</b></font></td></tr>
<tr><td></td><td><font face="Arial" size="1"><a href="http://www.elmvalley.example.gov/">City of Elm Valley</a><br><a href="http://www.evschools.example.org/">Elm Valley Schools</a><br><a href="/traffic/">Traffic cameras</a></font></td></tr></table><br>
<center><img src="/ads/160x600_bank.gif" width="160" height="600"></center></td></tr>
<tr><td colspan="3" align="center" bgcolor="#003366"><font face="Arial" size="1" color="#ffffff">Copyright &copy; 2006 The Elm Valley Star. All rights reserved. Reproduction in whole or in part without permission is prohibited.</font></td></tr></table></center></body></html>`;
    return { html, expected: allText(story) };
  },
};

const printPopup2003: Template = {
  name: 'print-popup-2003',
  era: 'print view of 2003 from a frames site: window.print() on load, a small logo, "Print this page | Close window", the story in <font> with <br><br> paragraphs, the story\'s address and a reprint notice at the foot',
  render(story) {
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('\n<br><br>\n');
    const url = `http://www.harbourdaily.example/news/2003/${slug(story.title)}.shtml`;
    const html = `<HTML><HEAD><TITLE>Harbour Daily: Printer Friendly Version</TITLE><META NAME="robots" CONTENT="noindex"></HEAD>
<BODY BGCOLOR="#FFFFFF" onLoad="window.print()">
<TABLE WIDTH="600" BORDER="0"><TR><TD><IMG SRC="/graphics/print_logo.gif" WIDTH="200" HEIGHT="40" ALT="Harbour Daily"></TD><TD ALIGN="RIGHT"><FONT FACE="Verdana" SIZE="1"><A HREF="javascript:window.print()">Print this page</A> | <A HREF="javascript:window.close()">Close window</A></FONT></TD></TR></TABLE>
<HR SIZE="1" NOSHADE>
<TABLE WIDTH="600" BORDER="0"><TR><TD>
<FONT FACE="Verdana" SIZE="4"><B>${esc(story.title)}</B></FONT><BR>
<FONT FACE="Verdana" SIZE="1">${esc(story.author)}, Harbour Daily<BR>${weekday(story.date)}, ${humanDate(story.date)}</FONT><BR><BR>
<FONT FACE="Verdana" SIZE="2">
${body}
</FONT>
</TD></TR></TABLE>
<HR SIZE="1" NOSHADE>
<FONT FACE="Verdana" SIZE="1">This story can be found at: ${url}<BR><BR>
Copyright 2003 Harbour Daily. All rights reserved. For reprint permission call 555-0141.<BR>
<A HREF="javascript:window.close()">Close window</A></FONT>
</BODY></HTML>`;
    return { html, expected: allText(story) };
  },
};

const frameset2004: Template = {
  name: 'frameset-noframes-2004',
  era: 'small weekly paper of 2004 built with frames: a <frameset> of a top banner, a menu and the story, with the whole story repeated in <noframes> for browsers and search engines without frames',
  render(story) {
    const body = paragraphsHtml(story.paragraphs, undefined, (t) => `<p><b>${esc(t)}</b></p>`);
    const html = `<html><head><title>${esc(story.title)} - Selva Island News</title><meta name="description" content="${esc(story.standfirst)}"></head>
<frameset rows="96,*" border="0" frameborder="0" framespacing="0"><frame name="top" src="/banner.html" scrolling="no" noresize>
<frameset cols="150,*"><frame name="menu" src="/menu.html" scrolling="auto"><frame name="main" src="/stories/2004/${slug(story.title)}.html"></frameset>
<noframes><body bgcolor="#ffffff"><p><a href="/">Selva Island News</a> | <a href="/stories/">Stories</a> | <a href="/classifieds/">Classifieds</a> | <a href="/contact.html">Contact</a></p>
<h2>${esc(story.title)}</h2><p><i>by ${esc(story.author)}</i></p>
${body.join('\n')}
<p><font size="1">This site uses frames. If your browser does not show them, <a href="/stories/2004/${slug(story.title)}.html">read the story here</a>. &copy; 2004 Selva Island News</font></p></body></noframes>
</frameset></html>`;
    return { html, expected: allText(story) };
  },
};

const portalWidgets2007: Template = {
  name: 'portal-widgets-2007',
  era: 'web portal of 2007: a "Top Stories" box, a weather widget and a stock quotes table beside the story, "Email Story | IM Story | Printable View", "Story continues below" with an ad, a "Related Quotes" table under the story, a "Sponsored Links" box',
  render(story, context) {
    const text = paragraphsHtml(story.paragraphs);
    const ad = `<div class="ad-inline"><div class="ad-label">Story continues below</div><iframe src="/ads/adframe.html?pos=mid" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>`;
    const parts = insertAfter(text, 2, ad);
    const top = teasers(context, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('');
    const quotes = [['ELMV', '34.12', '+0.41'], ['SLVA', '12.87', '-0.22'], ['HRBR', '56.03', '+1.10']];
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} - StarNet News</title></head>
<body class="news"><div id="hd"><a href="/" id="logo">StarNet</a><ul id="tabs"><li><a href="/">Home</a></li><li><a href="/mail/">Mail</a></li><li class="on"><a href="/news/">News</a></li><li><a href="/finance/">Finance</a></li><li><a href="/sports/">Sports</a></li><li><a href="/games/">Games</a></li></ul>
<div id="search">Search the Web: <input type="text" name="p"> <button>Search</button></div></div>
<div id="bd"><div id="col1"><div class="mod" id="topstories"><h3>Top Stories</h3><ul>${top}</ul><p class="more"><a href="/news/">More top stories &raquo;</a></p></div>
<div class="mod" id="weather"><h3>Weather</h3><p><b>Elm Valley</b><br><img src="/wx/pcloudy.gif" alt=""> 54&deg;F Partly Cloudy<br>Hi 61&deg; Lo 43&deg;</p><p><a href="/weather/">Change location</a> | <a href="/weather/10day/">10-day forecast</a></p></div>
<div class="mod" id="markets"><h3>Markets</h3><table><tr><td>Dow</td><td>13,264.82</td><td class="up">+52.11</td></tr><tr><td>Nasdaq</td><td>2,612.40</td><td class="down">-8.43</td></tr><tr><td>S&amp;P 500</td><td>1,482.37</td><td class="up">+3.20</td></tr></table><p><a href="/finance/">Get quotes</a></p></div></div>
<div id="col2"><div id="storyhead"><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author.toUpperCase())}, StarNet News Writer</p><p class="date">${weekday(story.date)} ${humanDate(story.date)}, 10:12 AM ET</p>
<div class="tools"><a href="/email/">Email Story</a> | <a href="/im/">IM Story</a> | <a href="/print/">Printable View</a> | <a href="/rss/">RSS</a></div></div>
<div id="storybody"><div class="photo"><img src="/photos/2007/${slug(story.title)}.jpg" alt=""><p class="caption">${esc(story.captions[0])} (AP Photo)</p></div>
${parts.join('\n')}
</div>
<div id="relatedquotes"><h3>Related Quotes</h3><table><tr><th>Symbol</th><th>Price</th><th>Change</th></tr>${quotes.map((q) => `<tr><td><a href="/q?s=${q[0]}">${q[0]}</a></td><td>${q[1]}</td><td>${q[2]}</td></tr>`).join('')}</table><p><a href="/finance/">Quote data delayed 20 minutes</a></p></div>
<div id="sponsored"><h3>Sponsored Links</h3><p><a href="/ad1">Refinance Now - Rates as low as 5.2%</a><br>Compare lenders and save hundreds every month.</p><p><a href="/ad2">Elm Valley Homes for Sale</a><br>Browse thousands of listings with photos.</p></div></div>
<div id="col3"><div class="mod"><h3>Most Popular</h3><ol>${linkList(labelsFor(story.lang), context, 5)}</ol></div></div></div>
<div id="ft">Copyright &copy; 2007 StarNet Inc. All rights reserved. <a href="/privacy/">Privacy Policy</a> - <a href="/terms/">Terms of Service</a> - <a href="/help/">Help</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const typepad2005: Template = {
  name: 'typepad-2005',
  era: 'TypePad blog of 2005 carrying a local news post: "Posted by … at 10:12 AM in Local news | Permalink | Comments (3) | TrackBack (0)", a TrackBack URL, "Listed below are links to weblogs that reference…", comments signed "Posted by: … |", a "Post a comment" box with "Remember personal info?", sidebar archives',
  render(story, context) {
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<div class="comment" id="c${6620 + i}"><div class="comment-content"><p>${esc(c)}</p></div><p class="comment-footer">Posted by: <a href="http://reader${i}.typepad.example/">${['harbourmom', 'Ben M.', 'oldtimer'][i]}</a> | ${weekday(story.date)}, ${humanDate(story.date)} at 0${i + 1}:3${i} PM</p></div>`).join('\n');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="generator" content="http://www.typepad.com/" /><title>Harbour Notes: ${esc(story.title)}</title></head>
<body><div id="container"><div id="banner"><div id="banner-inner"><h1 id="banner-header"><a href="http://harbournotes.typepad.example/" accesskey="1">Harbour Notes</a></h1><h2 id="banner-description">News and views from the waterfront</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg">
<div id="alpha"><div id="alpha-inner" class="pkg">
<div class="entry" id="entry-${story.id}"><h3 class="entry-header">${esc(story.title)}</h3><div class="entry-content"><div class="entry-body">
${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`).join('\n')}
</div></div>
<p class="entry-footer"><span class="post-footers">Posted by ${esc(story.author)} at 10:12 AM in <a href="/local_news/">Local news</a></span> <span class="separator">|</span> <a class="permalink" href="/2005/03/${slug(story.title)}.html">Permalink</a> | <a href="#comments">Comments (3)</a> | <a href="#trackback">TrackBack (0)</a></p></div>
<div class="trackbacks"><h3 id="trackback" class="trackbacks-header">TrackBack</h3><div class="trackbacks-info"><p>TrackBack URL for this entry:<br /><span id="trackback-url">http://www.typepad.example/t/trackback/48213/2214593</span></p><p>Listed below are links to weblogs that reference <a href="/2005/03/${slug(story.title)}.html">${esc(story.title)}</a>:</p></div></div>
<div class="comments"><h3 id="comments" class="comments-header">Comments</h3><div class="comments-content">
${comments}
</div></div>
<div class="comments-open"><h2 class="comments-open-header">Post a comment</h2><div class="comments-open-content"><p>Comments are moderated, and will not appear on this weblog until the author has approved them.</p>
<p>If you have a TypeKey or TypePad account, please <a href="/signin">Sign In</a></p>
<p><label for="comment-author">Name:</label><br /><input id="comment-author" name="author" size="30" /></p><p><label for="comment-email">Email Address:</label><br /><input id="comment-email" name="email" size="30" /></p><p><label for="comment-url">URL:</label><br /><input id="comment-url" name="url" size="30" /></p>
<p><label for="comment-bake-cookie"><input type="checkbox" id="comment-bake-cookie" name="bakecookie" value="1" /> Remember personal info?</label></p><p><label for="comment-text">Comments:</label><br /><textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p>
<input type="submit" name="preview" value="Preview" /> <input type="submit" name="post" value="Post" /></div></div>
</div></div>
<div id="beta"><div id="beta-inner" class="pkg"><div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/2005/03/">March 2005</a></li><li class="module-list-item"><a href="/2005/02/">February 2005</a></li><li class="module-list-item"><a href="/2005/01/">January 2005</a></li></ul></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">${teasers(context, 4).map((t) => `<li class="module-list-item"><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></div></div>
<div class="module-powered module"><div class="module-content"><a href="http://www.typepad.example/">Powered by TypePad</a></div></div></div></div>
</div></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wordpress2Kubrick2007: Template = {
  name: 'wordpress-2-kubrick-2007',
  era: 'WordPress 2.x blog of 2007 with the Kubrick theme: the post in div.entry, a postmetadata paragraph of sentences ("This entry was posted on … You can follow any responses to this entry through the RSS 2.0 feed."), numbered comments with pingbacks, "Leave a Reply", a sidebar of archives and a blogroll',
  render(story, context) {
    const d = humanDate(story.date);
    const comments = [
      ...commentsFor(story.lang).slice(0, 2).map((c, i) => `<li class="${i ? 'alt' : ''}" id="comment-${312 + i}"><cite>${['Maggie', 'Tom from Eastbank'][i]}</cite> Says:<br /><small class="commentmetadata"><a href="#comment-${312 + i}">${d} at ${i + 3}:1${i} pm</a></small><p>${esc(c)}</p></li>`),
      `<li id="comment-314"><cite><a href="http://another.example/2007/03/links/" rel="external nofollow">Another Elm Valley blog &raquo; Blog Archive &raquo; Links for today</a></cite> Says:<br /><small class="commentmetadata"><a href="#comment-314">${d} at 6:02 pm</a></small><p>[...] ${esc(firstSentence(allText(story)[0]))} [...]</p></li>`,
    ].join('\n');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="${story.lang}"><head profile="http://gmpg.org/xfn/11"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Eastbank Matters &raquo; Blog Archive &raquo; ${esc(story.title)}</title><meta name="generator" content="WordPress 2.2.1" /></head>
<body><div id="page"><div id="header"><div id="headerimg"><h1><a href="http://eastbank.example/">Eastbank Matters</a></h1><div class="description">Neighbourhood news since 2004</div></div></div><hr />
<div id="content" class="widecolumn"><div class="navigation"><div class="alignleft">&laquo; <a href="/2007/03/older/">${esc(context.others[0].title)}</a></div><div class="alignright"><a href="/2007/03/newer/">${esc(context.others[1].title)}</a> &raquo;</div></div>
<div class="post" id="post-${story.id}"><h2><a href="/2007/03/${slug(story.title)}/" rel="bookmark" title="Permanent Link: ${esc(story.title)}">${esc(story.title)}</a></h2>
<div class="entry">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('\n')}
<p class="postmetadata alt"><small>This entry was posted on ${weekday(story.date)}, ${d} at 10:12 am and is filed under <a href="/category/news/" title="View all posts in News" rel="category tag">News</a>. You can follow any responses to this entry through the <a href="/2007/03/${slug(story.title)}/feed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or <a href="/2007/03/${slug(story.title)}/trackback/" rel="trackback">trackback</a> from your own site.</small></p></div></div>
<h3 id="comments">3 Responses to &#8220;${esc(story.title)}&#8221;</h3><ol class="commentlist">
${comments}
</ol>
<h3 id="respond">Leave a Reply</h3><p>Name (required)</p><p>Mail (will not be published) (required)</p><p>Website</p><p><small><strong>XHTML:</strong> You can use these tags: &lt;a href=&quot;&quot; title=&quot;&quot;&gt; &lt;abbr title=&quot;&quot;&gt; &lt;b&gt; &lt;blockquote cite=&quot;&quot;&gt; &lt;em&gt; &lt;strong&gt;</small></p>
<textarea name="comment" id="comment" cols="100%" rows="10" tabindex="4"></textarea><p><input name="submit" type="submit" id="submit" tabindex="5" value="Submit Comment" /></p></div>
<div id="sidebar"><ul><li><h2>Archives</h2><ul><li><a href="/2007/03/">March 2007</a></li><li><a href="/2007/02/">February 2007</a></li></ul></li><li><h2>Blogroll</h2><ul><li><a href="http://a.example/">Elm Valley Star</a></li><li><a href="http://b.example/">Riverside Walks</a></li><li><a href="http://c.example/">Town Hall Watch</a></li></ul></li><li><h2>Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="http://validator.w3.org/check/referer">Valid XHTML</a></li><li><a href="http://wordpress.org/">WordPress</a></li></ul></li></ul></div>
<hr /><div id="footer"><p>Eastbank Matters is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const multipage2006: Template = {
  name: 'multipage-2006',
  era: 'newspaper site of 2006 that splits a story over three pages: "Page 2 of 3" under the byline, the part of the story on this page, "« Previous | 1 | 2 | 3 | Next »" and "Single page view" after it, a "More stories" list',
  render(story, context) {
    const page = (context.seed % 3) + 1;
    const part = chunks(story.paragraphs, 3)[page - 1];
    const pager = [page > 1 ? `<a href="?page=${page - 1}">&laquo; Previous</a>` : '&laquo; Previous', ...[1, 2, 3].map((n) => (n === page ? `<b>${n}</b>` : `<a href="?page=${n}">${n}</a>`)), page < 3 ? `<a href="?page=${page + 1}">Next &raquo;</a>` : 'Next &raquo;'].join(' | ');
    const html = `<html><head><title>${esc(story.title)} (Page ${page} of 3) - Riverside Gazette</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div id="top"><a href="/"><img src="/img/gazette.gif" alt="Riverside Gazette"></a> <a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/business/">Business</a> | <a href="/features/">Features</a></div>
<div id="main"><div id="article"><h1>${esc(story.title)}</h1><div class="byline">By ${esc(story.author)}<br>Gazette staff</div><div class="pageof">Page ${page} of 3</div>
<div class="text">${paragraphsHtml(part).join('\n')}</div>
<div class="pager">${pager}</div><div class="singlepage"><a href="?page=all">Single page view</a> | <a href="/print/?id=22817">Print</a> | <a href="/email/?id=22817">E-mail</a></div></div>
<div id="more"><h3>More stories</h3><ul>${linkList(labelsFor(story.lang), context, 5)}</ul></div></div>
<div id="footer">&copy; 2006 Riverside Gazette Publishing Co.</div></body></html>`;
    return { html, expected: part.map(plain) };
  },
};

const mixedCharset2005: Template = {
  name: 'mixed-charset-2005',
  era: 'local news site of 2005 declaring UTF-8, whose stories were pasted from a word processor: curly quotes and dashes saved as windows-1252 bytes among UTF-8 text, and stray control bytes (0x01, 0x1A, DEL) at line ends and between words',
  render(story, context) {
    const control = ['\u0001', '\u001a', '\u007f'];
    const body = paragraphsHtml(story.paragraphs, (t) => `<p>${esc(t).replace('. ', `.${control[t.length % 3]} `)}${control[(t.length + 1) % 3]}</p>`, (t) => `<h3>${esc(t)}</h3>`);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} — Elm Valley Online</title></head>
<body><div id="head"><a href="/">Elm Valley Online</a> · <a href="/news/">News</a> · <a href="/events/">Events</a> · <a href="/café/">Café listings</a></div>
<div id="page"><div id="story"><h1>${esc(story.title)}</h1><p class="meta">${esc(story.author)} · ${humanDate(story.date)}</p>
${body.join('\n')}</div>
<div id="side"><h4>Latest</h4><ul>${linkList(labelsFor(story.lang), context, 4)}</ul></div></div>
<div id="foot">© 2005 Elm Valley Online · Tél. 555-0199</div></body></html>`;
    return { html, expected: allText(story), bytes: 'mixed-utf-8-windows-1252' };
  },
};

const relatedTd2008: Template = {
  name: 'related-td-2008',
  era: 'news page of 2008 with the story in a <td> beside a long "Related articles" column: two dozen headlines each with its source and age in grey ("Harbour Daily - 2 hours ago"), "All 212 news articles »", and a "Blogs" box',
  render(story, context) {
    const related = Array.from({ length: 24 }, (_, i) => {
      const t = context.others[i % context.others.length];
      return `<tr><td class="rel"><a href="http://${slug(SOURCES_2008[i % SOURCES_2008.length])}.example/${slug(t.title)}-${i}.html">${esc(i < context.others.length ? t.title : `${t.title}: ${['update', 'reaction', 'what it means', 'more details'][i % 4]}`)}</a><br><font color="#888888" size="1">${SOURCES_2008[(i + 3) % SOURCES_2008.length]} - ${i + 1} hour${i ? 's' : ''} ago</font></td></tr>`;
    }).join('\n');
    const html = `<html><head><title>${esc(story.title)} | Harbour Daily</title><meta name="news_keywords" content="harbour, council"></head>
<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="hdr"><a href="/"><img src="/logo.gif" alt="Harbour Daily"></a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a> <a href="/letters/">Letters</a></td></tr>
<tr><td valign="top" width="65%" class="story"><h1>${esc(story.title)}</h1><p class="by">${esc(story.author)} | ${humanDate(story.date)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}
<p class="tools"><a href="/email">Email</a> | <a href="/print">Print</a> | <a href="/digg">Digg</a> | <a href="/delicious">del.icio.us</a></p></td>
<td valign="top" width="35%" class="side"><table width="100%"><tr><td><b>Related articles</b></td></tr>
${related}
<tr><td><a href="/related?id=22817"><b>All 212 news articles &raquo;</b></a></td></tr></table>
<table width="100%"><tr><td><b>Blogs</b></td></tr><tr><td><a href="http://blog.example/1">What the harbour vote means for us</a> - Eastbank Matters</td></tr><tr><td><a href="http://blog.example/2">Council notes, week 11</a> - Town Hall Watch</td></tr></table></td></tr>
<tr><td colspan="2" class="ftr">&copy; 2008 Harbour Daily. <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/rss">RSS</a></td></tr></table></body></html>`;
    return { html, expected: allText(story) };
  },
};

const archiveRecord2004: Template = {
  name: 'archive-record-2004',
  era: 'newspaper archive record of 2004 (pay-per-view library): a document header table (Headline, Byline, Date, Section, Page, Edition, Word count), the story, a copyright line, "Back to results | Next document", the search box',
  render(story) {
    const words = allText(story).join(' ').split(/\s+/).length;
    const field = (k: string, v: string) => `<tr><td class="fld" valign="top"><b>${k}:</b></td><td>${v}</td></tr>`;
    const html = `<html><head><title>Archives | The Courier-Ledger | Document</title></head>
<body><div id="banner"><a href="/archives/">The Courier-Ledger Archives</a> <span>Articles from 1985 to today</span></div>
<form action="/archives/search"><input type="text" name="s" value="harbour"><input type="submit" value="Search archives"></form>
<div id="nav"><a href="/archives/results?s=harbour&p=2">&laquo; Back to results</a> | Document 14 of 212 | <a href="/archives/doc?id=15">Next document &raquo;</a></div>
<div id="doc"><table class="docinfo" border="0">
${field('Headline', esc(story.title))}${field('Byline', esc(story.author))}${field('Date', humanDate(story.date))}${field('Section', 'LOCAL')}${field('Page', 'B1')}${field('Edition', 'FINAL')}${field('Word count', String(words))}</table>
<div class="doctext">${paragraphsHtml(story.paragraphs, undefined, (t) => `<p>${esc(t.toUpperCase())}</p>`).join('\n')}</div>
<p class="copyright">Copyright 2004 The Courier-Ledger. All rights reserved. Reproduced with permission of the copyright owner. Further reproduction or distribution is prohibited without permission.</p>
<p class="docid">Record Number: 0403041022817</p></div>
<div id="buy">Purchase this article: <a href="/archives/buy?id=14">$2.95</a> | <a href="/archives/subscribe">Buy a 30-day pass</a></div></body></html>`;
    return { html, expected: story.paragraphs.map((p) => (isSubhead(p) ? plain(p).toUpperCase() : p)) };
  },
};

/** Round 21, written after round 20 was tuned on; weighted to 2004–2010 designs. */
export const TUNING_ROUND_21_TEMPLATES: Template[] = [regionalTables2006, printPopup2003, frameset2004, portalWidgets2007, typepad2005, wordpress2Kubrick2007, multipage2006, mixedCharset2005, relatedTd2008, archiveRecord2004];

// ——— Round 22: written on 2026-12-03 after round 21 had been tuned on, to check its fixes on
// pages they were not written for. Scored once, unseen, before anything was changed for it. ———

const RU_MENU = ['Новости', 'Город', 'Экономика', 'Спорт', 'Культура', 'Объявления'];

const cyrillicPortal2007: Template = {
  name: 'cyrillic-cp1251-2007',
  era: 'Russian regional portal of 2007 in windows-1251 that declares no charset in the page (its server sent it in a header): Cyrillic menus and footer around the story, a counter block, "Версия для печати"',
  render(story, context) {
    const html = `<html><head><title>${esc(story.title)} :: Вести Заречья</title><meta name="keywords" content="новости, Заречье"></head>
<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/img/logo.gif" alt="Вести Заречья"></a></td><td align="right"><font size="1">Вторник, ${humanDate(story.date)} | <a href="/rss/">RSS</a> | <a href="/pda/">PDA-версия</a></font></td></tr></table>
<table width="100%" cellpadding="6"><tr><td width="160" valign="top" bgcolor="#eeeeee"><b>Разделы</b><br>${RU_MENU.map((m, i) => `<a href="/r${i}/">${m}</a><br>`).join('')}<br><b>Опрос</b><br>Как вы оцениваете работу городского транспорта?<br><a href="/poll/1">Хорошо</a><br><a href="/poll/2">Плохо</a></td>
<td valign="top"><h2>${esc(story.title)}</h2><div class="date">${humanDate(story.date)} | Автор: ${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><b>${esc(t)}</b></p>`).join('\n')}
<p><a href="/print/22817">Версия для печати</a> | <a href="/send/22817">Отправить другу</a> | <a href="/forum/22817">Обсудить на форуме</a></p>
<div class="more"><b>Другие новости раздела:</b><ul>${teasers(context, 4).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></div></td></tr></table>
<center><font size="1">© 2007 «Вести Заречья». При перепечатке ссылка обязательна.<br><img src="/counter.gif" width="88" height="31" alt="Рейтинг"></font></center></body></html>`;
    return { html, expected: allText(story), bytes: 'windows-1251' };
  },
};

const photoStrip2008: Template = {
  name: 'photo-strip-2008',
  era: 'newspaper of 2008 with a photo strip above the story: "Photo 1 of 6", "« Prev | Next »", "Enlarge", a table of thumbnails each with a one-line caption, and "Buy this photo"',
  render(story, context) {
    const thumbs = [...story.captions, ...context.others.slice(0, 4).flatMap((s) => s.captions.slice(0, 1))].map((c, i) => `<td width="100" valign="top"><a href="/photos/${i}"><img src="/thumbs/${i}.jpg" width="90" height="60"></a><br><font size="1">${esc(c)}</font></td>`).join('');
    const html = `<html><head><title>${esc(story.title)} | Riverside Gazette</title></head><body><div id="top"><a href="/">Riverside Gazette</a> | <a href="/news/">News</a> | <a href="/photos/">Photos</a></div>
<div id="story"><h1>${esc(story.title)}</h1>
<div class="gallery"><img src="/photos/big0.jpg" width="450" height="300"><br><span class="photocount">Photo 1 of 6</span> <a href="#">&laquo; Prev</a> | <a href="#">Next &raquo;</a> | <a href="#">Enlarge</a> | <a href="/buy/">Buy this photo</a><table><tr>${thumbs}</tr></table></div>
<div class="byline">By ${esc(story.author)} | Gazette staff writer</div>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="rail"><h3>Most viewed</h3><ol>${linkList(labelsFor(story.lang), context, 5)}</ol></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wapMobile2006: Template = {
  name: 'wap-mobile-2006',
  era: 'WAP/XHTML-MP mobile page of 2006: an <?xml?> prologue and the WAP forum doctype, access-key menus ("[1] Home [2] News"), the story in <p>s with <br/>, "Page 1/1", "[0] Back", a tiny footer',
  render(story) {
    const html = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${esc(story.title)}</title></head><body>
<p><a href="/" accesskey="1">[1] Home</a> <a href="/news/" accesskey="2">[2] News</a> <a href="/sport/" accesskey="3">[3] Sport</a></p><hr/>
<p><b>${esc(story.title)}</b><br/><small>${humanDate(story.date)}</small></p>
${story.paragraphs.map((p) => (isSubhead(p) ? `<p><b>${esc(plain(p))}</b></p>` : `<p>${esc(p)}</p>`)).join('\n')}
<p><small>Page 1/1</small></p><hr/><p><a href="/news/" accesskey="0">[0] Back</a> | <a href="/" accesskey="*">[*] Top</a></p><p><small>&copy; MetroMobile 2006</small></p></body></html>`;
    return { html, expected: allText(story) };
  },
};

const socialToolbar2009: Template = {
  name: 'social-toolbar-2009',
  era: 'news site of 2009: an AddThis-style toolbar above and below the story ("Share: Digg | Facebook | Buzz up! | Mixx | StumbleUpon"), text-size buttons, "Tags:", "Report an error", "Reprints", a "Popular on Twitter" box',
  render(story, context) {
    const toolbar = '<div class="share-tools"><span>Share:</span> <a href="#">Digg</a> | <a href="#">Facebook</a> | <a href="#">Buzz up!</a> | <a href="#">Mixx</a> | <a href="#">StumbleUpon</a> | <a href="#">Reddit</a> <span class="size">Text size: <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></span></div>';
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><head><title>${esc(story.title)} - The Beacon Herald</title></head>
<body><div id="masthead"><a href="/">The Beacon Herald</a></div><div id="nav"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obits/">Obituaries</a></div>
<div id="main"><h1 class="headline">${esc(story.title)}</h1><p class="dateline">${esc(story.author)} &middot; ${humanDate(story.date)} &middot; <a href="#comments">12 comments</a></p>${toolbar}
<div class="story-body">${paragraphsHtml(story.paragraphs).join('\n')}</div>${toolbar}
<p class="tags">Tags: <a href="/t/harbour">harbour</a>, <a href="/t/council">council</a>, <a href="/t/local">local</a></p>
<p class="story-links"><a href="/errors/">Report an error</a> | <a href="/reprints/">Reprints</a> | <a href="/rss/">RSS</a></p></div>
<div id="side"><h3>Popular on Twitter</h3><ul>${teasers(context, 4).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a> <span>${12 + i * 7} tweets</span></li>`).join('')}</ul></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const ezineArticle2006: Template = {
  name: 'ezine-article-2006',
  era: 'article directory of 2006 republishing a local news piece: "By [author]" with a linked expert page, "Submitted On …", the article, a resource box ("About the Author", two sentences and a link), "Article Source:", "Add to favorites | Print | Report", category links',
  render(story, context) {
    const html = `<html><head><title>${esc(story.title)} - Article Depot</title></head><body><div id="hdr"><a href="/">Article Depot</a> - Expert authors, free articles <a href="/submit/">Submit articles</a></div>
<div id="cats">${['Business', 'Health', 'Home', 'News and Society', 'Travel'].map((c) => `<a href="/cat/${slug(c)}">${c}</a>`).join(' | ')}</div>
<div id="article"><h1>${esc(story.title)}</h1><p>By <a href="/expert/${slug(story.author)}">${esc(story.author)}</a> | Submitted On ${humanDate(story.date)}</p>
<div id="body">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="resource"><p><b>About the Author</b></p><p>The writer has reported on coastal towns and their councils for two decades and edits a weekly newsletter on local affairs. Read more of the writer's work at <a href="http://harbournotes.example/">Harbour Notes</a>.</p></div>
<p>Article Source: <a href="/?expert=${slug(story.author)}">http://articledepot.example/?expert=${slug(story.author)}</a></p>
<p><a href="#">Add to favorites</a> | <a href="#">Print article</a> | <a href="#">Report article</a></p>
<div id="more"><h3>More articles in News and Society</h3><ul>${linkList(labelsFor(story.lang), context, 5)}</ul></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 22, written after round 21 was tuned on. */
export const TUNING_ROUND_22_TEMPLATES: Template[] = [cyrillicPortal2007, photoStrip2008, wapMobile2006, socialToolbar2009, ezineArticle2006];

// Round 23: modern news pages (2019-2025), written before the extractor ran on them.

const nextAppRouter2024: Template = {
  name: 'next-app-router-2024',
  era: 'Next.js App Router of 2024: CSS-module class names, the story also in a self.__next_f RSC payload, an inline related link in the body, a mid-story ad slot, a share row, a client-rendered "More from" rail of card links and a recommendations skeleton',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const inline = context.others[0];
    const body = insertAfter(
      insertAfter(
        paragraphsHtml(story.paragraphs, (t) => `<p class="Paragraph_p__q1Z7x">${esc(t)}</p>`, (t) => `<h2 class="Heading_h2__Rw2kA">${esc(t)}</h2>`),
        4,
        '<div class="AdSlot_slot__9aKq1" data-slot="mid-article"><span class="AdSlot_label__x0">Advertisement</span><div id="gpt-mid-1"></div></div>',
      ),
      2,
      `<aside class="InlineRelated_wrap__3nVb2"><span class="InlineRelated_label__Ue">${esc(labels.related)}</span><a class="InlineRelated_link__k2" href="/news/${slug(inline.title)}"><span class="InlineRelated_title__p9">${esc(inline.title)}</span></a></aside>`,
    );
    const payload = JSON.stringify(['$', 'article', null, { children: story.paragraphs.map((p) => ['$', 'p', null, { children: plain(p) }]) }]);
    const cards = teasers(context, 6)
      .map((t, i) => `<a class="Card_card__Lp2x0" href="/news${t.href}"><div class="Card_media__m1"><img alt="" loading="lazy" src="/_next/image?url=%2Fimg%2F${i}.jpg&amp;w=640&amp;q=75"/></div><div class="Card_body__b2"><span class="Card_kicker__k3">${esc(labels.sections[i % labels.sections.length])}</span><h3 class="Card_title__t4">${esc(t.title)}</h3><span class="Card_meta__z5">${3 + i} min read</span></div></a>`)
      .join('');
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5c1f2a.js"/><title>${esc(story.title)} | Meridian</title><meta property="og:title" content="${esc(story.title)}"/><meta property="og:type" content="article"/>
${jsonLd(story)}<script src="/_next/static/chunks/main-app-9e1b.js" async=""></script></head>
<body class="__className_3a9f1c"><header class="Header_header__x8Kq2"><a class="Header_logo__d1" href="/">Meridian</a><nav class="Header_nav__n2"><ul>${menu(labels)}</ul></nav><button class="Header_signin__s3">Sign in</button><a class="Header_cta__c4" href="/subscribe">Subscribe</a></header>
<main class="Layout_main__Q1wE0"><article class="ArticleLayout_article__3kLmQ"><div class="ArticleHeader_header__h1"><a class="ArticleHeader_kicker__p0" href="/${slug(labels.sections[0])}">${esc(labels.sections[0])}</a><h1 class="ArticleHeader_title__T1">${esc(story.title)}</h1><p class="ArticleHeader_dek__a9">${esc(story.standfirst)}</p>
<div class="Byline_byline__zQ"><a href="/authors/${slug(story.author)}">${esc(story.author)}</a><time dateTime="${story.date}">${humanDate(story.date)}</time><span>6 min read</span></div></div>
<figure class="LeadImage_figure__f1"><img alt="" src="/_next/image?url=%2Flead.jpg&amp;w=1200&amp;q=75"/><figcaption class="LeadImage_caption__c1">${esc(story.captions[0])}</figcaption></figure>
<div class="ArticleBody_body__Zx9pL">${body.join('')}</div>
<div class="ShareRow_row__r1"><button>Copy link</button><button aria-label="Share on X">X</button><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share by email">Email</button></div></article>
<section class="RelatedRail_rail__e7Yt"><h2 class="RelatedRail_heading__h">More from Meridian</h2><div class="RelatedRail_grid__g">${cards}</div></section>
<section class="Recs_wrap__w" data-testid="recommendations"><div class="Skeleton_line__l"></div><div class="Skeleton_line__l"></div></section></main>
<footer class="Footer_footer__f"><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><p>© 2024 Meridian Media</p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,${JSON.stringify(`5:${payload}\n`)}])</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const ampSticky2022: Template = {
  name: 'amp-sticky-2022',
  era: 'AMP article of 2022: amp-consent banner, amp-sidebar menu, amp-img lead with figcaption, a slides amp-carousel inside the story, amp-ad slots with labels, amp-sticky-ad, amp-social-share row, a "Recommended" amp-embed',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const carousel = `<amp-carousel type="slides" width="800" height="533" layout="responsive" controls>${story.captions.map((c, i) => `<figure class="slide"><amp-img src="/img/slide-${i}.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>${esc(c)}</figcaption></figure>`).join('')}</amp-carousel>`;
    const ad = (n: number) => `<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/mid-${n}"></amp-ad></div>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 4, ad(2)), 2, carousel);
    const html = `<!doctype html><html ⚡ lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Channel 9 News</title><link rel="canonical" href="https://www.ch9news.example/news/${slug(story.title)}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>${jsonLd(story)}
<style amp-custom>.ad-label{font-size:10px}</style></head>
<body><amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>${menu(labels)}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">Menu</button><a href="/"><amp-img src="/logo.png" width="120" height="30" alt="Channel 9 News"></amp-img></a></header>
${ad(1)}
<article class="amp-article"><h1>${esc(story.title)}</h1><div class="meta"><span class="author">By ${esc(story.author)}</span> <time datetime="${story.date}">${humanDate(story.date)}</time></div>
<figure class="lead"><amp-img src="/img/lead.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img><figcaption>${esc(story.captions[0])}</figcaption></figure>
<div class="article-body">${body.join('\n')}</div>
<div class="social-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div></article>
<section class="recommended"><h2>Recommended</h2><amp-embed width="100" height="100" type="taboola" layout="responsive" data-mode="thumbnails-a"></amp-embed><ul>${teasers(context, 4).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></section>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/1234/news/sticky"></amp-ad></amp-sticky-ad>
<footer class="amp-footer"><a href="/">View full site</a> · <a href="/privacy">Privacy policy</a> · © 2022 Channel 9 News</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const newsletterPlatform2023: Template = {
  name: 'newsletter-platform-2023',
  era: 'newsletter-platform post of 2023 (Substack-like): publication header with Subscribe and Sign in, title, subtitle, author and date, like/comment/restack counts, a subscription widget and a Share button inside the body, "Leave a comment", a discussion of reader comments, a "Ready for more?" footer',
  render(story) {
    const pub = 'The Harbour Letter';
    const counts = '<div class="post-ufi"><a class="like-button" href="#"><span class="label">42</span></a><a class="comment-button" href="#comments"><span class="label">3</span></a><a class="restack-button" href="#"><span class="label">5</span></a><a class="share-button" href="#">Share</a></div>';
    const widget = `<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading ${pub}! Subscribe for free to receive new posts and support my work.</p></div><div class="fake-input-wrapper"><div class="fake-input">Type your email…</div><div class="fake-button">Subscribe</div></div></div></div>`;
    const share = `<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://harbourletter.example/p/${slug(story.title)}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&quot;}"><a class="button primary" href="https://harbourletter.example/p/${slug(story.title)}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share"><span>Share</span></a></p>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs, (t) => `<p>${esc(t)}</p>`, (t) => `<h3 class="header-anchor-post">${esc(t)}</h3>`), 5, share), 3, widget);
    const comments = commentsFor(story.lang).slice(0, 3);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - by ${esc(story.author)}</title><meta property="og:title" content="${esc(story.title)}"><meta name="author" content="${esc(story.author)}">${jsonLd(story)}</head>
<body><div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">${pub}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header"><h1 class="post-title">${esc(story.title)}</h1><h3 class="subtitle">${esc(story.standfirst)}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/profile">${esc(story.author)}</a></div><div class="post-date">${humanDate(story.date)}</div></div>${counts}</div>
<div class="available-content"><div class="body markup" dir="auto">${body.join('\n')}</div></div>
<div class="post-footer"><div class="post-ufi">${counts}</div><a class="button" href="#comments">Leave a comment</a></div>
<div class="subscribe-footer"><p>${pub} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><div class="fake-button">Subscribe</div></div>
<div class="single-post-section" id="comments"><h4>Discussion about this post</h4><div class="thread-list">${comments.map((c, i) => `<div class="comment"><div class="comment-meta"><a href="/profile/r${i}">reader${i + 1}</a><span class="comment-date">${humanDate(story.date)}</span></div><div class="comment-body"><p>${esc(c)}</p></div><div class="comment-actions"><a href="#">Like (${i + 2})</a><a href="#">Reply</a><a href="#">Share</a></div></div>`).join('')}</div></div>
</div></div></div>
<div class="footer-wrap"><h3>Ready for more?</h3><div class="fake-input">Type your email…</div><div class="fake-button">Subscribe</div><p>© 2023 ${esc(story.author)} · <a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/cn">Collection notice</a></p><p><a href="/publish">Start writing</a> <a href="/app">Get the app</a></p><p>Substack is the home for great culture</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const liveblogPinned2024: Template = {
  name: 'liveblog-pinned-2024',
  era: 'live blog of 2024: LiveBlogPosting, a "Key events" list, a pinned summary post, entries newest first, each with its time, a headline of its own, the writer\'s name and share and copy-link buttons, a "new updates" button',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const [pinned, ...rest] = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i]));
    const entries = rest.reverse();
    const time = (i: number) => `${String(10 + Math.floor(((entries.length - i) * 17) / 60)).padStart(2, '0')}.${String(((entries.length - i) * 17) % 60).padStart(2, '0')} GMT`;
    const headline = (t: string) => firstSentence(t).split(/\s+/).slice(0, 6).join(' ').replace(/[,.;:]$/, '');
    const expected = [pinned, ...entries.flatMap((t, i) => [time(i), headline(t), t])];
    const entry = (t: string, i: number) =>
      `<div class="lb-post" id="post-${i}" data-post-id="${9000 + i}"><div class="lb-post__meta"><time class="lb-post__time" datetime="${story.date}">${time(i)}</time></div><h2 class="lb-post__title">${esc(headline(t))}</h2><div class="lb-post__body"><p>${esc(t)}</p></div><div class="lb-post__author"><img src="/authors/a.jpg" alt=""><span>${esc(story.author)}</span></div><div class="lb-post__share"><button>Share</button><button>Copy link</button></div></div>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}: live updates | The Northern Post</title><meta property="og:title" content="${esc(story.title)}: live updates">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: story.title, datePublished: story.date, coverageStartTime: story.date, liveBlogUpdate: entries.map((t) => ({ '@type': 'BlogPosting', headline: headline(t) })) })}</script></head>
<body><header class="site-header"><a href="/">The Northern Post</a><nav><ul>${menu(labels)}</ul></nav></header>
<main><div class="lb-header"><span class="lb-badge">Live</span><h1>${esc(story.title)}</h1><p class="lb-standfirst">${esc(story.standfirst)}</p><p class="lb-updated">Updated ${humanDate(story.date)}</p></div>
<div class="lb-key-events"><h3>Key events</h3><ul>${entries.slice(0, 4).map((t, i) => `<li><a href="#post-${i}"><span>${time(i)}</span> ${esc(headline(t))}</a></li>`).join('')}</ul><button>Show all key events</button></div>
<div class="lb-feed"><div class="lb-post lb-post--pinned"><span class="lb-pinned-label">Pinned post</span><div class="lb-post__body"><p>${esc(pinned)}</p></div><div class="lb-post__author"><span>${esc(story.author)}</span></div></div>
<button class="lb-new-updates">3 new updates</button>
${entries.map(entry).join('\n')}
</div><nav class="lb-pagination"><a href="?page=2">Older posts</a></nav></main>
<aside class="onward"><h2>${esc(labels.mostRead)}</h2><ol>${linkList(labels, context, 5)}</ol></aside><footer><p>© 2024 The Northern Post</p></footer></body></html>`;
    return { html, expected };
  },
};

const republishedWire2019: Template = {
  name: 'republished-wire-2019',
  era: 'aggregator of 2019 republishing a local paper\'s story: "Originally published at" line, the source\'s logo, the story, "This article originally appeared on … Read the original", a distribution line, "Trending on" cards, an empty comment box, "Report this content"',
  render(story, context) {
    const source = 'The Portkirk Courier';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Newsline</title><meta property="og:title" content="${esc(story.title)}"><meta property="og:site_name" content="Newsline"></head>
<body><div class="topbar"><a class="brand" href="/">Newsline</a><a href="/local">Local</a><a href="/for-you">For you</a><a class="app" href="/app">Open app</a></div>
<div class="article-page"><div class="source-row"><img class="source-logo" src="/logos/courier.png" alt=""><a class="source-name" href="/source/portkirk-courier">${source}</a><button class="follow">Follow</button></div>
<h1 class="title">${esc(story.title)}</h1><p class="origin">Originally published at <a href="https://portkirkcourier.example/news/${slug(story.title)}">${source}</a> on ${humanDate(story.date)}</p><p class="author">${esc(story.author)}</p>
<div class="content">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<p class="attribution"><em>This article originally appeared on ${source}: <a href="https://portkirkcourier.example/news/${slug(story.title)}">${esc(story.title)}</a></em></p>
<p class="distribution">© ${story.date.slice(0, 4)} ${source}. Distributed by Newsline Partners.</p>
<div class="actions"><button>Like</button><button>Comment</button><button>Share</button></div>
<div class="comment-box"><textarea placeholder="Add a comment"></textarea><p>Be the first to comment</p></div><p class="report"><a href="/report">Report this content</a></p></div>
<div class="trending"><h3>Trending on Newsline</h3>${teasers(context, 5).map((t, i) => `<div class="trend-card"><a href="${t.href}"><img src="/t/${i}.jpg" alt=""></a><div><a class="trend-title" href="${t.href}">${esc(t.title)}</a><span class="trend-meta">${source} · ${i + 2}h</span></div></div>`).join('')}</div>
<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/publishers">For publishers</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const paywallHard2021: Template = {
  name: 'paywall-hard-2021',
  era: 'hard paywall of 2021: the first two paragraphs, a gradient over them, and a gate in neutral markup ("This story is for subscribers", plans, "Already a subscriber? Sign in"); nothing in the metadata says so',
  render(story) {
    const shown = story.paragraphs.filter((p) => !isSubhead(p)).slice(0, 2);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - The Valley Ledger</title><meta property="og:title" content="${esc(story.title)}"><meta property="og:description" content="${esc(story.standfirst)}"></head>
<body><header class="hdr"><a href="/">The Valley Ledger</a><a href="/account/signin">Sign in</a><a class="hdr-offer" href="/offers">Subscribe for $1</a></header>
<div class="story-wrap"><h1 class="story-hed">${esc(story.title)}</h1><div class="story-byline">${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="story-text">${shown.map((t) => `<p>${esc(t)}</p>`).join('\n')}<div class="fade-out"></div></div>
<div class="gate-box" id="gate"><h2>This story is for subscribers</h2><p>Subscribers get unlimited access to local reporting, the daily e-edition and puzzles.</p><div class="plans"><div class="plan"><strong>Digital</strong><span>$1 for 6 months</span><a href="/offers/digital">Choose</a></div><div class="plan"><strong>Digital + Print</strong><span>$4.99 a week</span><a href="/offers/print">Choose</a></div></div><p>Already a subscriber? <a href="/account/signin">Sign in</a></p></div></div>
<footer><a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> © 2021 The Valley Ledger</footer></body></html>`;
    return { html, expected: shown, paywalled: true };
  },
};

const consentMostRead2022: Template = {
  name: 'consent-most-read-2022',
  era: 'regional paper of 2022: a consent-SDK banner ("We and our partners…", Accept All / Cookie Settings), a "Most Read" list and a "Recommended" sponsored-content strip between paragraphs, an uppercase "READ MORE:" line, newsletter box after the story',
  render(story, context) {
    const labels = labelsFor(story.lang);
    const mostRead = `<div class="inline-widget"><h3 class="inline-widget__title">${esc(labels.mostRead)}</h3><ol>${teasers(context, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ol></div>`;
    const recommended = `<div class="rec-strip"><div class="rec-strip__head">Recommended</div>${context.others.slice(5, 8).map((s, i) => `<div class="rec-item"><a href="https://partner.example/r/${i}"><img src="/r/${i}.jpg" alt=""></a><a class="rec-item__title" href="https://partner.example/r/${i}">${esc(s.title)}</a><span class="rec-item__src">Sponsored · Partner Brand ${i + 1}</span></div>`).join('')}</div>`;
    const readMore = `<p><strong>READ MORE: <a href="${teasers(context, 6)[5].href}">${esc(context.others[5].title)}</a></strong></p>`;
    const body = insertAfter(insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 5, recommended), 3, readMore), 2, mostRead);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Shire Gazette</title>${jsonLd(story)}</head>
<body><div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter"></div><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<header class="site-head"><a href="/">The Shire Gazette</a><ul class="site-nav">${menu(labels)}</ul></header>
<div class="article-container"><h1 class="headline">${esc(story.title)}</h1><div class="article-meta"><span class="byline">By ${esc(story.author)}</span><span class="pub-date">${humanDate(story.date)}</span></div>
<div class="article-image"><img src="/i/lead.jpg" alt=""><span class="caption">${esc(story.captions[0])}</span></div>
<div class="article-body">${body.join('\n')}</div>
<div class="nl-signup"><h4>Get the Gazette daily</h4><p>${esc(labels.newsletter)}</p><input type="email" placeholder="Email address"><button>Sign up</button></div></div>
<footer class="site-foot"><a href="/about">About</a> <a href="/advertise">Advertise</a> <a href="/cookies">Cookie policy</a><p>© 2022 Shire Media Ltd</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const localTv2023: Template = {
  name: 'local-tv-2023',
  era: 'local TV station of 2023: weather alert banner, "Watch live" strip, a video player with its title and duration, a collapsed video transcript, the story, "Download the app", station copyright, "Trending stories"',
  render(story, context) {
    const transcript = [
      `ANCHOR: Tonight we begin in ${story.place.charAt(0) + story.place.slice(1).toLowerCase()}, where our crew spent the afternoon.`,
      'REPORTER: People here told us they had been waiting for answers for weeks, and many of them came out to see for themselves.',
      'ANCHOR: We will keep following this one and bring you more at ten.',
    ];
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | KXRV 7 News</title><meta property="og:title" content="${esc(story.title)}">${jsonLd(story, { video: { '@type': 'VideoObject', name: story.title, duration: 'PT2M14S' } })}</head>
<body><div class="alert-banner"><strong>WEATHER ALERT</strong> Winter storm warning in effect until 6 PM <a href="/weather/alerts">See alerts</a></div>
<header class="station-header"><a href="/">KXRV 7</a><nav><a href="/news">News</a><a href="/weather">Weather</a><a href="/traffic">Traffic</a><a href="/live">Watch</a><a href="/contests">Contests</a></nav></header>
<div class="watch-live"><span>LIVE</span> <a href="/live">Watch KXRV 7 News at 5</a></div>
<main class="article"><h1 class="article-headline">${esc(story.title)}</h1><div class="article-byline">by ${esc(story.author)}</div><div class="article-date">${humanDate(story.date)}</div>
<div class="video-wrapper"><div class="jw-player" data-media-id="Xk2${story.id.length}p"><div class="jw-poster"></div><button class="jw-play" aria-label="Play Video">Play Video</button><span class="jw-duration">2:14</span></div><div class="video-title">${esc(story.title)}</div></div>
<details class="video-transcript"><summary>Video transcript</summary>${transcript.map((t) => `<p>${esc(t)}</p>`).join('')}</details>
<div class="article-body">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="app-promo"><p>Download the KXRV 7 News app for breaking news alerts and live video.</p><a href="/apps">Get the app</a></div>
<p class="article-copyright">Copyright 2023 KXRV. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></main>
<aside class="trending"><h2>Trending Stories</h2><ul>${teasers(context, 5).map((t) => `<li><a href="${t.href}"><img src="/th.jpg" alt="">${esc(t.title)}</a></li>`).join('')}</ul></aside>
<footer><a href="/eeo">EEO Report</a> <a href="/fcc">FCC Public File</a> <a href="/closed-captioning">Closed Captioning</a> <a href="/privacy">Privacy</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const FAQ_QUESTIONS: Record<string, string[]> = {
  en: ['What happened?', 'Why does it matter?', 'Who is affected?', 'What happens next?', 'What else do we know?', 'Where can I find out more?'],
  de: ['Was ist passiert?', 'Warum ist das wichtig?', 'Wer ist betroffen?', 'Wie geht es weiter?', 'Was wissen wir noch?', 'Wo erfahre ich mehr?'],
  fr: ['Que s’est-il passé ?', 'Pourquoi est-ce important ?', 'Qui est concerné ?', 'Et maintenant ?', 'Que sait-on encore ?', 'Où en savoir plus ?'],
  es: ['¿Qué ha pasado?', '¿Por qué es importante?', '¿A quién afecta?', '¿Qué pasará ahora?', '¿Qué más se sabe?', '¿Dónde saber más?'],
  it: ['Che cosa è successo?', 'Perché è importante?', 'Chi è coinvolto?', 'Che cosa succede ora?', 'Che cosa sappiamo ancora?', 'Dove saperne di più?'],
  pt: ['O que aconteceu?', 'Porque é importante?', 'Quem é afetado?', 'O que acontece agora?', 'O que mais se sabe?', 'Onde saber mais?'],
  nl: ['Wat is er gebeurd?', 'Waarom is dit belangrijk?', 'Wie worden getroffen?', 'Hoe nu verder?', 'Wat weten we nog meer?', 'Waar lees ik meer?'],
  ru: ['Что произошло?', 'Почему это важно?', 'Кого это касается?', 'Что будет дальше?', 'Что еще известно?', 'Где узнать больше?'],
};

const explainerFaq2024: Template = {
  name: 'explainer-faq-2024',
  era: 'explainer of 2024: two intro paragraphs, then questions in collapsible <details> (FAQPage JSON-LD), a "Sources" list, "Was this helpful? Yes / No", a correction policy line',
  render(story, context) {
    const paras = allText(story).filter((_t, i) => !isSubhead(story.paragraphs[i]));
    const intro = paras.slice(0, 2);
    const answers = paras.slice(2);
    const questions = FAQ_QUESTIONS[story.lang] ?? FAQ_QUESTIONS.en;
    const qa = answers.map((a, i) => [questions[i % questions.length], a]);
    const faqLd = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: qa.map(([q, a]) => ({ '@type': 'Question', name: q, acceptedAnswer: { '@type': 'Answer', text: a } })) };
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}: what you need to know | Civic Desk</title>${jsonLd(story)}<script type="application/ld+json">${JSON.stringify(faqLd)}</script></head>
<body><header><a href="/">Civic Desk</a><nav><a href="/explainers">Explainers</a><a href="/fact-checks">Fact checks</a><a href="/about">About</a><a href="/donate">Donate</a></nav></header>
<article class="explainer"><p class="eyebrow">Explainer</p><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)} · ${humanDate(story.date)}</p>
<div class="explainer-intro">${intro.map((t) => `<p>${esc(t)}</p>`).join('')}</div>
<div class="faq-list">${qa.map(([q, a], i) => `<details class="faq-item"${i === 0 ? ' open' : ''}><summary class="faq-question"><h3>${esc(q)}</h3></summary><div class="faq-answer"><p>${esc(a)}</p></div></details>`).join('\n')}</div>
<div class="sources"><h4>Sources</h4><ul>${teasers(context, 3).map((t, i) => `<li><a href="https://records.example/doc/${i}">${esc(t.title)}</a>, public records, ${humanDate(story.date)}</li>`).join('')}</ul></div>
<div class="feedback"><p>Was this helpful?</p><button>Yes</button><button>No</button></div>
<p class="corrections">We correct errors promptly. <a href="/corrections">Read our corrections policy</a>.</p></article>
<footer><p>Civic Desk is a nonprofit newsroom. <a href="/donate">Support our work</a></p></footer></body></html>`;
    return { html, expected: [...intro, ...qa.flat()] };
  },
};

const CAPTION_TAILS: Record<string, string> = {
  en: 'The pictures in this essay were made over three days with a handheld camera and the light that was there, and the people in them agreed to be photographed.',
  de: 'Die Bilder dieser Reportage entstanden an drei Tagen mit einer Handkamera und vorhandenem Licht; alle Abgebildeten waren mit den Aufnahmen einverstanden.',
  fr: 'Les images de ce reportage ont été prises en trois jours, à main levée et en lumière naturelle ; les personnes photographiées ont donné leur accord.',
  es: 'Las imágenes de este reportaje se tomaron durante tres días con cámara en mano y luz natural; las personas fotografiadas dieron su permiso.',
  it: 'Le immagini di questo reportage sono state scattate in tre giorni a mano libera e con luce naturale; le persone ritratte hanno dato il loro consenso.',
  pt: 'As imagens desta reportagem foram feitas em três dias, com câmara na mão e luz natural; as pessoas fotografadas deram autorização.',
  nl: 'De beelden in deze reportage zijn in drie dagen gemaakt uit de hand en bij daglicht; de gefotografeerde mensen gaven toestemming.',
  ru: 'Снимки для этого репортажа сделаны за три дня с рук при естественном свете; все, кто на них изображен, дали согласие на съемку.',
};

const photoEssayLong2025: Template = {
  name: 'photo-essay-long-2025',
  era: 'photo essay of 2025: full-width pictures between the paragraphs, long captions of two or three sentences in image blocks (a picture, a caption paragraph and a credit), a lead figure with a figcaption, a "More photo essays" rail',
  render(story, context) {
    const tail = CAPTION_TAILS[story.lang] ?? CAPTION_TAILS.en;
    const block = (c: string, i: number) =>
      `<div class="image-block image-block--full"><picture><source srcset="/e/${i}.avif" type="image/avif"><img src="/e/${i}.jpg" alt=""></picture><div class="image-block__text"><p>${esc(c)} ${esc(tail)}</p><p class="image-block__credit">${esc(story.author)} for The Long View</p></div></div>`;
    const paras = paragraphsHtml(story.paragraphs);
    const withPictures = paras.flatMap((p, i) => (i === 1 ? [p, block(story.captions[0], 1)] : i === 3 ? [p, block(story.captions[1] ?? story.captions[0], 2)] : [p]));
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} — The Long View</title><meta property="og:title" content="${esc(story.title)}">${jsonLd(story)}</head>
<body><header class="masthead"><a href="/">The Long View</a><a href="/photo">Photography</a><a href="/subscribe">Subscribe</a></header>
<article class="essay"><figure class="essay-lead"><img src="/e/lead.jpg" alt=""><figcaption>${esc(story.captions[0])} <span class="credit">${esc(story.author)} for The Long View</span></figcaption></figure>
<h1 class="essay-title">${esc(story.title)}</h1><p class="essay-dek">${esc(story.standfirst)}</p><p class="essay-byline">Photographs and text by ${esc(story.author)} · ${humanDate(story.date)}</p>
<div class="essay-body">${withPictures.join('\n')}</div></article>
<section class="more-essays"><h2>More photo essays</h2>${teasers(context, 4).map((t, i) => `<a class="essay-card" href="${t.href}"><img src="/m/${i}.jpg" alt=""><span>${esc(t.title)}</span></a>`).join('')}</section>
<footer>© 2025 The Long View</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 23, modern pages, written after round 22 was tuned on. */
export const TUNING_ROUND_23_TEMPLATES: Template[] = [nextAppRouter2024, ampSticky2022, newsletterPlatform2023, liveblogPinned2024, republishedWire2019, paywallHard2021, consentMostRead2022, localTv2023, explainerFaq2024, photoEssayLong2025];

// Round 24: other eras and kinds (2011-2023), written after round 23 was tuned on, before the extractor ran on them.

const gutenberg2021: Template = {
  name: 'gutenberg-blocks-2021',
  era: 'WordPress block editor of 2021: wp-block-group, a wp-block-pullquote repeating a quote, a wp-block-embed, a wp-block-buttons donate row, Jetpack "Like this:" and "Related" after the story',
  render(story, context) {
    const paras = allText(story);
    const quote = paras.find((p) => p.startsWith('"') || p.startsWith('«') || p.startsWith('„')) ?? paras[1];
    const body = insertAfter(
      insertAfter(paragraphsHtml(story.paragraphs, (t) => `<p>${esc(t)}</p>`, (t) => `<h2 class="wp-block-heading">${esc(t)}</h2>`), 3, `<figure class="wp-block-pullquote"><blockquote><p>${esc(firstSentence(quote))}</p><cite>${esc(story.author)}</cite></blockquote></figure>`),
      2,
      '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe src="https://video.example/embed/8812" title="Video"></iframe></div></figure>',
    );
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="UTF-8"><title>${esc(story.title)} &#8211; The Riverside Record</title><link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all' /></head>
<body class="post-template-default single single-post wp-embed-responsive"><div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">The Riverside Record</a></p><ul class="wp-block-navigation">${menu(labelsFor(story.lang))}</ul></div></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">${esc(story.title)}</h1><div class="wp-block-post-date"><time datetime="${story.date}">${humanDate(story.date)}</time></div><div class="wp-block-post-author"><p class="wp-block-post-author__name">${esc(story.author)}</p></div>
<div class="entry-content wp-block-post-content">${body.join('\n')}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate">Support local news</a></div></div></div>
<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder">Loading...</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>${teasers(context, 3).map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="${t.href}">${esc(t.title)}</a></h4><p class="jp-relatedposts-post-excerpt">${esc(t.blurb)}</p><p class="jp-relatedposts-post-date">${humanDate(story.date)}</p></div>`).join('')}</div></main>
<footer class="wp-block-template-part"><p>Proudly powered by WordPress</p></footer></div></body></html>`;
    return { html, expected: paras };
  },
};

const ghost2019: Template = {
  name: 'ghost-2019',
  era: 'Ghost blog of 2019: post-full-content, a kg-bookmark-card to another site inside the story, a kg-image-card with caption, a members sign-up CTA, "Read next" cards, a subscribe overlay',
  render(story, context) {
    const o = context.others[1];
    const bookmark = `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://other.example/${slug(o.title)}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">${esc(o.title)}</div><div class="kg-bookmark-description">${esc(firstSentence(o.paragraphs[0]))}</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Other Paper</span></div></div></a></figure>`;
    const image = `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2019/03/a.jpg" class="kg-image" alt=""><figcaption>${esc(story.captions[0])}</figcaption></figure>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 4, bookmark), 1, image);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)}</title><meta name="generator" content="Ghost 2.19"></head>
<body class="post-template"><div class="site-wrapper"><header class="site-header outer"><nav class="site-nav"><a class="site-nav-logo" href="/">Harbour Notes</a><ul class="nav">${menu(labelsFor(story.lang))}</ul><a class="subscribe-button" href="#subscribe">Subscribe</a></nav></header>
<main id="site-main" class="site-main outer"><article class="post-full post"><header class="post-full-header"><section class="post-full-meta"><time class="post-full-meta-date" datetime="${dateOnly(story.date)}">${humanDate(story.date)}</time></section><h1 class="post-full-title">${esc(story.title)}</h1></header>
<section class="post-full-content"><div class="post-content">${body.join('\n')}</div></section>
<section class="subscribe-form"><h3 class="subscribe-form-title">Subscribe to Harbour Notes</h3><p>Get the latest posts delivered right to your inbox</p><input type="email" placeholder="youremail@example.com"><button>Subscribe</button></section>
<footer class="post-full-footer"><section class="author-card"><h4>${esc(story.author)}</h4><p>Read <a href="/author/x/">more posts</a> by this author.</p></section></footer></article></main>
<aside class="read-next outer"><div class="read-next-feed">${teasers(context, 3).map((t) => `<article class="post-card"><a class="post-card-image-link" href="${t.href}"><img class="post-card-image" src="/i.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="${t.href}"><header class="post-card-header"><h2 class="post-card-title">${esc(t.title)}</h2></header><section class="post-card-excerpt"><p>${esc(t.blurb)}</p></section></a></div></article>`).join('')}</div></aside>
<footer class="site-footer outer">Harbour Notes © 2019 · Published with Ghost</footer></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const bootstrapMedia2014: Template = {
  name: 'bootstrap-media-2014',
  era: 'Bootstrap 3 news site of 2014: navbar, col-md-8 story with a panel "Fast facts" box of list items, col-md-4 with media-object related stories, a well with tags, a pager',
  render(story, context) {
    const facts = `<div class="panel panel-default"><div class="panel-heading">Fast facts</div><ul class="list-group"><li class="list-group-item">Published ${humanDate(story.date)}</li><li class="list-group-item">Place: ${esc(story.place)}</li><li class="list-group-item">Reporter: ${esc(story.author)}</li></ul></div>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(story.title)} | Metro Daily</title><link href="/css/bootstrap.min.css" rel="stylesheet"></head>
<body><nav class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/">Metro Daily</a><ul class="nav navbar-nav">${menu(labelsFor(story.lang))}</ul></div></nav>
<div class="container"><div class="row"><div class="col-md-8"><ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">${esc(labelsFor(story.lang).sections[0])}</li></ol>
<h1>${esc(story.title)}</h1><p class="text-muted"><small>${esc(story.author)} | ${humanDate(story.date)}</small></p><img class="img-responsive" src="/l.jpg" alt="">
${facts}
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="well well-sm">Tags: <a href="/t/a" class="label label-default">local</a> <a href="/t/b" class="label label-default">${esc(story.place.toLowerCase())}</a></div>
<ul class="pager"><li class="previous"><a href="/prev">&larr; Older</a></li><li class="next"><a href="/next">Newer &rarr;</a></li></ul></div>
<div class="col-md-4"><h4>${esc(labelsFor(story.lang).related)}</h4>${teasers(context, 4).map((t, i) => `<div class="media"><div class="media-left"><a href="${t.href}"><img class="media-object" src="/t/${i}.jpg" alt=""></a></div><div class="media-body"><h5 class="media-heading"><a href="${t.href}">${esc(t.title)}</a></h5>${esc(t.blurb)}</div></div>`).join('')}</div></div></div>
<footer class="footer"><div class="container"><p class="text-muted">© 2014 Metro Daily</p></div></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const hgroupHtml5_2011: Template = {
  name: 'html5-hgroup-2011',
  era: 'early HTML5 of 2011: <hgroup> with h1 and an h2 standfirst, <section> per story part, <aside> pull quote, <details> "Story timeline" inside the article, <time pubdate>, a "Tweet" and "Like" iframe row',
  render(story) {
    const paras = allText(story);
    const half = Math.ceil(paras.length / 2);
    const html = `<!doctype html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} — Lakeside Voice</title><!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]--></head>
<body><header id="top"><a href="/">Lakeside Voice</a><nav><a href="/news">News</a> <a href="/arts">Arts</a> <a href="/sports">Sports</a></nav></header>
<article><header><hgroup><h1>${esc(story.title)}</h1><h2>${esc(story.standfirst)}</h2></hgroup><p>By ${esc(story.author)}, <time pubdate datetime="${story.date}">${humanDate(story.date)}</time></p></header>
<section>${paras.slice(0, half).map((t, i) => (isSubhead(story.paragraphs[i]) ? `<h3>${esc(t)}</h3>` : `<p>${esc(t)}</p>`)).join('\n')}</section>
<aside class="pull"><blockquote>${esc(firstSentence(paras[1]))}</blockquote></aside>
<section>${paras.slice(half).map((t, i) => (isSubhead(story.paragraphs[half + i]) ? `<h3>${esc(t)}</h3>` : `<p>${esc(t)}</p>`)).join('\n')}</section>
<footer><div class="social"><iframe src="https://platform.example/tweet_button.html" title="Tweet"></iframe><iframe src="https://social.example/like.php" title="Like"></iframe></div><p>Filed under <a href="/news">News</a></p></footer></article>
<footer id="bottom"><small>© 2011 Lakeside Voice. <a href="/privacy">Privacy</a></small></footer></body></html>`;
    return { html, expected: paras };
  },
};

const embedTweets2016: Template = {
  name: 'embedded-posts-2016',
  era: 'news story of 2016 with embedded social posts: blockquote.twitter-tweet and an instagram-media blockquote between paragraphs (the post text, a handle, a date link), and "Follow us on Twitter" after the story',
  render(story) {
    const tweet = `<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Huge queues down at the harbour this morning, nobody knows what is going on <a href="https://t.example/x">pic.example/x</a></p>&mdash; Local Resident (@resident_42) <a href="https://social.example/resident_42/status/1">${humanDate(story.date)}</a></blockquote><script async src="https://platform.example/widgets.js"></script>`;
    const insta = `<blockquote class="instagram-media" data-instgrm-version="7"><div><p><a href="https://photos.example/p/abc/">A photo posted by Harbour Café (@harbourcafe)</a> on <time datetime="${story.date}">${humanDate(story.date)}</time></p></div></blockquote>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 4, insta), 2, tweet);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Bay Today</title>${jsonLd(story)}</head>
<body><div id="header"><a href="/">Bay Today</a></div><div id="content"><div class="article"><h1>${esc(story.title)}</h1><div class="byline">${esc(story.author)} | ${humanDate(story.date)}</div>
<div class="article-text">${body.join('\n')}</div><p class="follow"><a href="https://social.example/baytoday">Follow us on Twitter</a> and <a href="https://face.example/baytoday">like us on Facebook</a>.</p></div></div>
<div id="footer">© 2016 Bay Today</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const correctionsBox2018: Template = {
  name: 'update-box-2018',
  era: 'story of 2018 with an "Update" box at its head, a "Clarification" note at its foot, a "What you need to know" bullet box in the middle, a reading-time line, and a "Have a news tip?" box',
  render(story) {
    const paras = allText(story);
    const update = `<div class="story-update"><strong>Update, ${humanDate(story.date)}:</strong> This story has been updated with comment from officials.</div>`;
    const need = `<div class="need-to-know"><h3>What you need to know</h3><ul><li>${esc(firstSentence(paras[0]))}</li><li>${esc(firstSentence(paras[paras.length - 1]))}</li></ul></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 3, need);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The County Sentinel</title></head>
<body><header><a href="/">The County Sentinel</a></header><main><article class="story"><h1>${esc(story.title)}</h1><p class="story__meta">${esc(story.author)} · ${humanDate(story.date)} · 4 min read</p>${update}
<div class="story__body">${body.join('\n')}</div>
<p class="story__clarification"><em>Clarification: An earlier version of this story misstated the day of the meeting.</em></p>
<div class="tip-box"><h4>Have a news tip?</h4><p>Email the newsroom at <a href="mailto:tips@sentinel.example">tips@sentinel.example</a> or call 555-0100.</p></div></article></main>
<footer>© 2018 The County Sentinel</footer></body></html>`;
    // The update and the clarification are the newsroom's notes on the story, read as its text (as round 15's editor's note).
    return { html, expected: [`Update, ${humanDate(story.date)}: This story has been updated with comment from officials.`, ...paras, 'Clarification: An earlier version of this story misstated the day of the meeting.'] };
  },
};

const tabbedRail2013: Template = {
  name: 'tabbed-rail-2013',
  era: 'regional paper of 2013: story beside a tabbed "Most Viewed | Most Commented | Most Shared" rail (ul.tabs and three ol panels with counts), a print and email toolbar, "Story continues below" ad mid-story, an obituaries widget',
  render(story, context) {
    const panel = (name: string, n: number) => `<div class="tab-panel" id="tab-${n}"><ol>${teasers(context, 5).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a> <span class="count">(${(i + 1) * (n + 3)})</span></li>`).join('')}</ol></div>`;
    const ad = '<div class="inline-ad"><p class="ad-note">Story continues below</p><div id="div-gpt-ad-1"></div></div>';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - Valley Courier-Times</title></head>
<body><div id="masthead"><a href="/">Valley Courier-Times</a></div><div id="wrap"><div id="story-col"><h1 class="headline">${esc(story.title)}</h1><div class="byline">Posted: ${humanDate(story.date)} | By ${esc(story.author)}</div>
<div class="tools"><a href="#print">Print</a> <a href="#email">Email</a> <a href="#font">Font size</a></div>
<div id="story-body">${insertAfter(paragraphsHtml(story.paragraphs), 3, ad).join('\n')}</div></div>
<div id="rail"><ul class="tabs"><li><a href="#tab-0">Most Viewed</a></li><li><a href="#tab-1">Most Commented</a></li><li><a href="#tab-2">Most Shared</a></li></ul>${panel('viewed', 0)}${panel('commented', 1)}${panel('shared', 2)}
<div class="obits"><h3>Obituaries</h3><p><a href="/obits/1">Margaret Hale, 88, of Fairview</a></p><p><a href="/obits/2">Thomas Reed, 71, of Elm Grove</a></p><p><a href="/obits/">All obituaries</a></p></div></div></div>
<div id="footer">Copyright © 2013 Valley Courier-Times. All rights reserved.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const sveltekit2023: Template = {
  name: 'sveltekit-2023',
  era: 'SvelteKit of 2023: svelte-hashed classes, the story in <div class="prose">, a "Listen" audio player, a reading-progress bar, a "Topics" chip list, a data-sveltekit-preload "Up next" section, the page data in a __sveltekit script',
  render(story, context) {
    const h = 'svelte-1x8k2q';
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} • Northline</title><meta property="og:title" content="${esc(story.title)}"><link rel="modulepreload" href="/_app/immutable/entry/start.js"></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents"><div class="progress ${h}" role="progressbar" aria-valuenow="0"></div><header class="${h}"><a href="/" class="${h}">Northline</a><nav class="${h}"><a href="/latest">Latest</a><a href="/topics">Topics</a></nav></header>
<main class="${h}"><article class="${h}"><h1 class="${h}">${esc(story.title)}</h1><p class="meta ${h}">${esc(story.author)} · <time datetime="${story.date}">${humanDate(story.date)}</time></p>
<div class="player ${h}"><button class="${h}" aria-label="Listen">▶</button><span class="${h}">Listen · 4 min</span></div>
<div class="prose ${h}">${paragraphsHtml(story.paragraphs).join('')}</div>
<ul class="topics ${h}"><li><a href="/topics/local">Local</a></li><li><a href="/topics/${slug(story.place)}">${esc(story.place)}</a></li></ul></article>
<section class="up-next ${h}"><h2 class="${h}">Up next</h2>${teasers(context, 3).map((t) => `<a href="${t.href}" class="card ${h}"><h3 class="${h}">${esc(t.title)}</h3><p class="${h}">${esc(t.blurb)}</p></a>`).join('')}</section></main>
<footer class="${h}">© 2023 Northline</footer>
<script>{ __sveltekit_1 = { base: "" }; const data = [null, { type: "data", data: { story: ${JSON.stringify({ title: story.title, paragraphs: story.paragraphs.map(plain) })} } }]; }</script></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const pressAgency2012: Template = {
  name: 'agency-wire-page-2012',
  era: 'news agency web page of 2012: slug line and priority code above the story, a dateline, "(Reporting by …; Editing by …)" and a keyword line after it, "Related Coverage" links and a "Thomson"-style licensing box',
  render(story, context) {
    const paras = allText(story);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Continental Wire</title></head>
<body><div id="hdr"><a href="/">Continental Wire</a> <a href="/markets">Markets</a> <a href="/world">World</a></div>
<div id="article"><p class="slug">${esc(story.place)}-${story.id.toUpperCase()}/ URGENT</p><h1>${esc(story.title)}</h1><p class="timestamp">${humanDate(story.date)} 10:42am EST</p>
<div id="articleText"><p><span class="location">${esc(story.place)}</span> (Continental Wire) - ${esc(paras[0])}</p>
${paras.slice(1).map((t, i) => (isSubhead(story.paragraphs[i + 1]) ? `<h3>${esc(t)}</h3>` : `<p>${esc(t)}</p>`)).join('\n')}
<p>(Reporting by ${esc(story.author)}; Editing by Peter Lund)</p></div>
<p class="keywords">Keywords: ${esc(story.place)} / LOCAL / GENERAL</p>
<div class="related"><h3>Related Coverage</h3><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div>
<div class="license">Continental Wire is the world's largest multimedia news provider. <a href="/licensing">Our Standards: The Trust Principles</a>.</div></div></body></html>`;
    return { html, expected: [`${story.place} (Continental Wire) - ${paras[0]}`, ...paras.slice(1), `(Reporting by ${story.author}; Editing by Peter Lund)`] };
  },
};

const gallerySlides2015: Template = {
  name: 'story-with-gallery-2015',
  era: 'story of 2015 ending in a photo gallery: numbered slides ("1 of 4") with a caption each in div.gallery-slide, thumbnails, "View gallery" and "Next slide" buttons, then a "You might also like" widget',
  render(story, context) {
    const slides = [...story.captions, ...story.captions].map((c, i, a) => `<div class="gallery-slide"><img src="/g/${i}.jpg" alt=""><div class="slide-count">${i + 1} of ${a.length}</div><div class="slide-text">${esc(c)}</div></div>`);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Eastside Herald</title></head>
<body><div class="top"><a href="/">Eastside Herald</a></div><div class="main"><h1>${esc(story.title)}</h1><div class="meta">By ${esc(story.author)} · ${humanDate(story.date)}</div>
<div class="story-text">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="gallery"><h3>Photos: ${esc(story.title)}</h3>${slides.join('')}<div class="thumbs">${slides.map((_s, i) => `<img src="/g/t${i}.jpg" alt="">`).join('')}</div><a class="btn" href="/gallery/1">View gallery</a> <a class="btn" href="#next">Next slide</a></div>
<div class="ymal"><h3>You might also like</h3>${teasers(context, 4).map((t) => `<div class="ymal-item"><a href="${t.href}"><img src="/y.jpg" alt=""><span>${esc(t.title)}</span></a></div>`).join('')}</div></div>
<div class="foot">© 2015 Eastside Herald</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 24, other eras and kinds, written after round 23 was tuned on. */
export const TUNING_ROUND_24_TEMPLATES: Template[] = [gutenberg2021, ghost2019, bootstrapMedia2014, hgroupHtml5_2011, embedTweets2016, correctionsBox2018, tabbedRail2013, sveltekit2023, pressAgency2012, gallerySlides2015];

// ——— Round 25: written on 2026-12-04 after round 24 had been tuned on, weighted to the small and
// mid-size sites of 2005–2010 (two modern ones). Scored once, unseen, before anything was changed
// for it. ———

const usLocalPluck2008: Template = {
  name: 'us-local-pluck-2008',
  era: 'US local daily of 2008 on a chain CMS: "By … • Staff writer • date", a tool row ("Print this page | E-mail this article | Comments (14) | Recommend (2)", text size), a photo with "Photo: …/The Courier" and "Buy photo", an inline "Related links" box after the second paragraph, Pluck comments ("… wrote:", "Recommend | Report abuse", a time stamp) and "You must be logged in to leave a comment"',
  render(story, context) {
    const related = `<div class="inline-related"><h4>Related links</h4><ul>${teasers(context, 3).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`), 2, related);
    const comments = commentsFor(story.lang).slice(0, 4).map((c, i) => `<div class="pluck-comm-single"><div class="pluck-comm-author"><a href="/users/${i}">${['porchlight', 'Dave_in_Elm', 'retired_teacher', 'watcher22'][i]}</a> wrote:</div><div class="pluck-comm-body"><p>${esc(c)}</p></div><div class="pluck-comm-foot"><a href="#">Recommend</a> | <a href="#">Report abuse</a> | ${3 + i}/${10 + i}/2008 ${i + 1}:1${i}:0${i} PM</div></div>`).join('\n');
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>${esc(story.title)} | The Courier-Ledger | courierledger.example</title><meta name="description" content="${esc(story.standfirst)}"></head>
<body><div id="header"><a href="/"><img src="/graphics/logo.gif" alt="The Courier-Ledger"></a><div id="topnav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obits/">Obituaries</a> <a href="/classifieds/">Classifieds</a> <a href="/jobs/">Jobs</a></div></div>
<div id="content"><div id="article"><p class="section-name">Local News</p><h1>${esc(story.title)}</h1>
<p class="byline">By ${esc(story.author)} &bull; Staff writer &bull; ${humanDate(story.date)}</p>
<div class="article-tools"><a href="#">Print this page</a> | <a href="#">E-mail this article</a> | <a href="#comments">Comments (14)</a> | <a href="#">Recommend (2)</a> <span class="textsize">Text size: <a href="#">+</a> <a href="#">-</a></span></div>
<div class="photo-block"><img src="/apps/pbcsi.dll/bilde?Site=CL&Date=2008&Kategori=NEWS01" width="300" alt=""><div class="photo-caption">${esc(story.captions[0])}</div><div class="photo-credit">Photo: Ann Riley/The Courier</div><a class="buy-photo" href="/buyphoto/">Buy photo</a></div>
<div class="article-body">${body.join('\n')}</div>
<div class="article-tools"><a href="#">Print this page</a> | <a href="#">E-mail this article</a> | <a href="#">Recommend (2)</a></div></div>
<div id="comments"><h3>Comments (14)</h3>${comments}<p class="pluck-login">You must be logged in to leave a comment. <a href="/login/">Login</a> | <a href="/register/">Register</a></p></div></div>
<div id="rightrail"><div class="module"><h3>More Local News</h3><ul>${linkList(labelsFor(story.lang), context, 5)}</ul></div></div>
<div id="footer">Copyright &copy; 2008 The Courier-Ledger. All rights reserved. Users of this site agree to the <a href="/terms/">Terms of Service</a> and <a href="/privacy/">Privacy Policy</a>.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const inlineStyleDaily2007: Template = {
  name: 'inline-style-daily-2007',
  era: 'South Asian English daily of 2007 in tables with inline styles on every cell: the dateline in bold at the head of the first paragraph ("PLACE: …", part of the story), "TNN" credit line, Print | Email | Save | Comment | Discuss icons as text, "Rate this article", a "More on this topic" cell with bracketed dates, reader comments with "Agree (3) Disagree (1) Recommend (0) Offensive"',
  render(story, context) {
    const paras = allText(story);
    const td = 'style="font-family:Verdana,Arial;font-size:12px;color:#333333;line-height:18px"';
    const body = story.paragraphs.map((p, i) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : i === 0 ? `<b>${esc(story.place)}:</b> ${esc(p)}` : esc(p))).join('<br><br>');
    const more = teasers(context, 4).map((t, i) => `<tr><td style="font-family:Verdana;font-size:11px;padding:2px"><a href="${t.href}" style="color:#00309C">${esc(t.title)}</a> <span style="color:#777777">[${10 - i} Mar 2007]</span></td></tr>`).join('');
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<tr><td style="font-family:Verdana;font-size:11px;border-bottom:1px dotted #cccccc;padding:4px">${esc(c)}<br><b>${['Rakesh', 'Anita', 'Sunil'][i]}, ${['Pune', 'Chennai', 'Dubai'][i]}</b> <span style="color:#999999">(${i + 1} hrs ago)</span><br><a href="#" style="font-size:10px">Agree (${3 + i})</a> <a href="#" style="font-size:10px">Disagree (1)</a> <a href="#" style="font-size:10px">Recommend (0)</a> <a href="#" style="font-size:10px">Offensive</a></td></tr>`).join('');
    const html = `<html><head><title>${esc(story.title)}-Cities-The Daily Chronicle</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0px;background-color:#ffffff"><table width="980" cellpadding="0" cellspacing="0" style="border:0px"><tr><td colspan="2" style="background-color:#8B0000;height:70px"><a href="/"><img src="/img/dc_logo.gif" alt="The Daily Chronicle" border="0"></a></td></tr>
<tr><td colspan="2" style="background-color:#eeeeee;font-family:Arial;font-size:11px;padding:3px">${['Home', 'City', 'India', 'World', 'Business', 'Cricket', 'Entertainment', 'Photos'].map((m) => `<a href="/${slug(m)}/" style="color:#000000">${m}</a>`).join(' | ')}</td></tr>
<tr><td width="650" valign="top" style="padding:10px"><div style="font-family:Arial;font-size:11px;color:#666666"><a href="/">Home</a> &raquo; <a href="/city/">City</a> &raquo; ${esc(story.place)}</div>
<div style="font-family:Georgia;font-size:22px;font-weight:bold;color:#000000;padding:6px 0px">${esc(story.title)}</div>
<div style="font-family:Verdana;font-size:10px;color:#666666">${esc(story.author)}, TNN, ${weekday(story.date).slice(0, 3)} ${humanDate(story.date)}, 03.12am IST</div>
<div style="font-family:Verdana;font-size:10px;padding:4px 0px"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Save</a> | <a href="#comments">Comment</a> | <a href="#">Discuss</a> | <a href="#">Text: <b>A</b> A</a></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td ${td}>${body}</td></tr></table>
<div style="font-family:Verdana;font-size:11px;padding:8px 0px">Rate this article: <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a> &nbsp; (Average rating 3.4 of 5, 21 votes)</div>
<a name="comments"></a><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial;font-size:13px;font-weight:bold;background-color:#f2f2f2;padding:4px">Readers' opinions (3)</td></tr>${comments}</table>
<div style="font-family:Verdana;font-size:11px;padding:6px 0px"><a href="#">Post a comment</a> | <a href="#">Read all comments</a></div></td>
<td width="330" valign="top" style="padding:10px;background-color:#fafafa"><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial;font-size:12px;font-weight:bold;color:#8B0000;padding:2px">More on this topic</td></tr>${more}</table><br><img src="/ads/300x250.gif" width="300" height="250" alt=""></td></tr>
<tr><td colspan="2" style="font-family:Arial;font-size:10px;color:#666666;text-align:center;padding:8px">Copyright &copy; 2007 Chronicle Media Ltd. All rights reserved. For reprint rights: <a href="/syndication/">Syndication Services</a></td></tr></table></body></html>`;
    return { html, expected: [`${story.place}: ${paras[0]}`, ...paras.slice(1)], bytes: 'windows-1252' };
  },
};

const syndicationHub2009: Template = {
  name: 'syndication-hub-2009',
  era: 'continental news hub of 2009 carrying a member paper\'s story: "The Harbour Daily (Portkirk) — date — Posted to the web date" above the byline, the story, the member\'s copyright "Distributed by … (hub.example)", "To contact the copyright holder directly… click here", "Related Topics" links, the hub\'s "publishes around 2,000 reports a day" blurb',
  render(story, context) {
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.place.charAt(0) + story.place.slice(1).toLowerCase())}: ${esc(story.title)}</title></head>
<body><div id="top"><a href="/"><img src="/static/logo_hub.gif" alt="ContinentHub"></a><form action="/search/"><input name="q"> <input type="submit" value="Search"></form></div>
<div id="regions">${['Africa', 'Americas', 'Asia', 'Europe', 'Pacific'].map((r) => `<a href="/${slug(r)}/">${r}</a>`).join(' ')}</div>
<div id="story"><h2>${esc(story.place.charAt(0) + story.place.slice(1).toLowerCase())}: ${esc(story.title)}</h2>
<div class="publisher"><a href="/publisher/harbour-daily.html">The Harbour Daily</a> (Portkirk)</div><div class="date">${humanDate(story.date)}<br>Posted to the web ${humanDate(story.date)}</div>
<div class="byline">${esc(story.author)}</div>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="copyright">Copyright &copy; ${story.date.slice(0, 4)} The Harbour Daily. All rights reserved. Distributed by ContinentHub Global Media (hub.example).</div>
<p class="contact-holder">To contact the copyright holder directly for corrections — or for permission to republish or make other authorized use of this material, <a href="/contact/">click here</a>.</p>
<div class="topics"><b>Related Topics:</b> <a href="/topic/transport/">Transport</a>, <a href="/topic/labour/">Labour</a>, <a href="/topic/local/">Local Government</a></div></div>
<div id="headlines"><h3>Top Headlines</h3><ul>${linkList(labelsFor(story.lang), context, 6)}</ul></div>
<div id="about">ContinentHub publishes around 2,000 reports a day from more than 130 news organizations and 200 other institutions and individuals, representing a diversity of positions on every topic.</div>
<div id="footer"><a href="/about/">About</a> | <a href="/privacy/">Privacy</a> | <a href="/contact/">Contact</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const ukWeekly2009: Template = {
  name: 'uk-weekly-2009',
  era: 'UK regional weekly of 2009 on a group CMS: the story in p.para, "First published … in News © Copyright … The Gazette" after it, "Read more about: …" tag links, a "Have your say" comment box with "Comments are closed on this article"-style notes and "Report this comment", "Most read | Most commented" tabs, an inline picture with "Picture: …"',
  render(story, context) {
    const body = insertAfter(paragraphsHtml(story.paragraphs, (t) => `<p class="para">${esc(t)}</p>`, (t) => `<h3 class="subhead">${esc(t)}</h3>`), 1, `<div class="inline-pic"><img src="/resources/images/${1800 + (story.id.length % 9)}.jpg" alt=""><p class="pic-caption">${esc(story.captions[0])} Picture: Ross Hale</p></div>`);
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<div class="comment"><p class="comment-text">${esc(c)}</p><p class="comment-author">${['Grumpy of Hayle', 'localdad', 'JT, Portkirk'][i]}, Portkirk says... ${humanDate(story.date)} ${i + 9}:0${i}am</p><p class="report"><a href="#">Report this comment</a></p></div>`).join('');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html><head><title>${esc(story.title)} (From The Portkirk Gazette)</title></head>
<body><div id="masthead"><a href="/">The Portkirk Gazette</a><p>Your local news, sport and classifieds</p></div>
<ul id="nav">${['News', 'Sport', 'Leisure', 'Business', 'Motors', 'Jobs', 'Property', 'Announcements'].map((n) => `<li><a href="/${slug(n)}/">${n}</a></li>`).join('')}</ul>
<div id="main"><h1>${esc(story.title)}</h1><p class="standfirst">${esc(story.standfirst)}</p><p class="author">By ${esc(story.author)}</p>
<ul class="tools"><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li><a href="#comments">Comments (3)</a></li><li><a href="#">Rate this</a></li></ul>
<div class="story">${body.join('\n')}</div>
<p class="published">First published ${weekday(story.date)} ${humanDate(story.date)} in News &copy; Copyright 2009 The Portkirk Gazette</p>
<p class="tags">Read more about: <a href="/tag/portkirk">Portkirk</a> <a href="/tag/council">Council</a> <a href="/tag/transport">Transport</a></p>
<div id="comments"><h2>Have your say</h2><p class="notice">Comments are moderated after they are posted. Offensive remarks will be removed.</p>${comments}<p><a href="/login/">Log in</a> or <a href="/register/">register</a> to post a comment.</p></div></div>
<div id="side"><ul class="tabs"><li class="on"><a href="#mr">Most read</a></li><li><a href="#mc">Most commented</a></li></ul><ol id="mr">${linkList(labelsFor(story.lang), context, 5)}</ol></div>
<div id="footer">&copy; Copyright 2001-2009 Newsgroup Media Ltd. <a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const publicRadio2009: Template = {
  name: 'public-radio-2009',
  era: 'public radio station of 2009: "Listen now [4:12] | Download MP3 | Podcast" player block, "Text size", the web version of the story, "Copyright 2009 …", a "Related stories" list each with a date and a duration, "Comments" under a community-guidelines note, a "Support public radio — Donate now" box',
  render(story, context) {
    const related = teasers(context, 4).map((t, i) => `<li><a href="${t.href}">${esc(t.title)}</a> <span class="date">${humanDate(story.date)}</span> <span class="dur">[${3 + i}:${10 + i * 7}]</span></li>`).join('');
    const comments = commentsFor(story.lang).slice(0, 2).map((c, i) => `<li class="comment"><div class="who">${['listener_67', 'M. Ortega'][i]} (${humanDate(story.date)} at ${i + 6}:45 PM)</div><blockquote>${esc(c)}</blockquote><a href="#">Reply</a> <a href="#">Flag</a></li>`).join('');
    const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} : KXLT Public Radio</title></head>
<body id="story-page"><div id="wrap"><div id="brand"><a href="/">KXLT 89.7 FM</a> <span>Your source for news and music</span> <a class="listen-live" href="/live/">Listen live</a></div>
<ul id="nav"><li><a href="/news/">News</a></li><li><a href="/programs/">Programs</a></li><li><a href="/schedule/">Schedule</a></li><li><a href="/support/">Support</a></li></ul>
<div id="storywrap"><h1>${esc(story.title)}</h1><p class="dateline-meta">${humanDate(story.date)} &middot; ${esc(story.author)}</p>
<div class="audio-module"><a class="play" href="/audio/${slug(story.title)}.m3u">Listen now</a> [4:12] | <a href="/audio/${slug(story.title)}.mp3">Download MP3</a> | <a href="/podcast/">Podcast</a></div>
<div class="textsize">Text size <a href="#">A</a> <a href="#">A</a></div>
<div id="storytext">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<p class="copyright">Copyright 2009 KXLT Public Radio. To see more, visit kxlt.example.</p>
<div class="related"><h3>Related stories</h3><ul>${related}</ul></div>
<div id="discussion"><h3>Comments</h3><p class="guidelines">Please keep your comments civil. We reserve the right to remove comments that break our community guidelines.</p><ul>${comments}</ul></div></div>
<div id="support"><h3>Support public radio</h3><p>Listeners like you keep KXLT on the air.</p><a href="/donate/">Donate now</a></div>
<div id="footer">KXLT is a service of Elm Valley State University. &copy; 2009</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wireEnglishPortal2008: Template = {
  name: 'wire-english-portal-2008',
  era: 'English-language portal of a state news agency, 2008: "Source: … | date 10:12:33 | Editor: …" lines, paragraphs indented with ideographic or no-break spaces, "Print | Close" links, a "Related News" list with bracketed dates, "Comments" counter, a photo table with its caption',
  render(story, context) {
    const indent = (i: number) => (i % 2 === 0 ? '\u3000\u3000' : '&nbsp;&nbsp;&nbsp;&nbsp;');
    const body = story.paragraphs.map((p, i) => `<p>${indent(i)}${esc(plain(p))}</p>`);
    const photo = `<table align="center" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="/photo/20080304/xin_4803.jpg" border="0"></td></tr><tr><td align="center"><font color="navy">${esc(story.captions[0])} (Photo/Agency)</font></td></tr></table>`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)}_English_Agency Net</title></head>
<body><table width="778" align="center"><tr><td><img src="/images/banner_en.jpg" alt=""></td></tr><tr><td class="nav"><a href="/">Home</a> | <a href="/world/">World</a> | <a href="/business/">Business</a> | <a href="/sci/">Sci-Tech</a> | <a href="/photos/">Photos</a></td></tr></table>
<table width="778" align="center"><tr><td width="560" valign="top"><div class="title">${esc(story.title)}</div>
<div class="info">Source: Agency &nbsp;|&nbsp; ${dateOnly(story.date)} 10:12:33 &nbsp;|&nbsp; <a href="#">Print</a> | <a href="javascript:window.close()">Close</a></div>
<div id="content">${photo}${body.join('\n')}</div>
<div class="editor">Editor: Zhou Lan</div>
<div class="relnews"><b>Related News:</b><br>${teasers(context, 4).map((t, i) => `<a href="${t.href}">${esc(t.title)}</a> [2008-03-0${i + 1}]<br>`).join('')}</div>
<div class="cmt"><a href="/comments/">Comments (0)</a></div></td>
<td width="200" valign="top"><b>Most Popular</b><br>${teasers(context, 5).map((t) => `<a href="${t.href}">${esc(t.title)}</a><br>`).join('')}</td></tr></table>
<div align="center" class="foot">Copyright &copy; 2000-2008 Agency Net All Rights Reserved</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const drupal5Community2007: Template = {
  name: 'drupal5-community-2007',
  era: 'Drupal 5 community news site of 2007: "Submitted by … on Tue, 2007-03-06 10:12", taxonomy links, the node\'s links ("Printer-friendly version | Login or register to post comments | 1482 reads"), threaded comments (div.indented) each with a subject, "Submitted by … on …" and "reply", a "Who\'s online" block and a "Navigation" block',
  render(story, context) {
    const stamp = `${weekday(story.date).slice(0, 3)}, ${dateOnly(story.date)} 10:12`;
    const c = commentsFor(story.lang);
    const comment = (text: string, who: string, subject: string) => `<div class="comment"><h3 class="title"><a href="#">${esc(subject)}</a></h3><div class="submitted">Submitted by ${who} on ${stamp}.</div><div class="content"><p>${esc(text)}</p></div><div class="links"><ul class="links"><li class="first last comment_reply"><a href="#">reply</a></li></ul></div></div>`;
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html><head><title>${esc(story.title)} | Elm Valley Online</title></head>
<body class="sidebars"><div id="header"><h1 class="site-name"><a href="/">Elm Valley Online</a></h1><div class="site-slogan">Community news since 1998</div></div>
<div id="sidebar-left"><div class="block block-user"><h2>Navigation</h2><ul class="menu"><li><a href="/tracker">Recent posts</a></li><li><a href="/forum">Forums</a></li><li><a href="/event">Events</a></li></ul></div>
<div class="block block-user"><h2>Who's online</h2><div class="content">There are currently 2 users and 31 guests online.</div></div></div>
<div id="main"><div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></div><h2 class="title">${esc(story.title)}</h2>
<div class="node"><span class="submitted">Submitted by ${esc(story.author)} on ${stamp}.</span><span class="taxonomy"><ul class="links inline"><li><a href="/taxonomy/term/4">Local</a></li><li><a href="/taxonomy/term/9">Transport</a></li></ul></span>
<div class="content">${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="links"><ul class="links inline"><li><a href="/print/1482">Printer-friendly version</a></li><li><a href="/user/login">Login</a> or <a href="/user/register">register</a> to post comments</li><li>1482 reads</li></ul></div></div>
<div id="comments">${comment(c[0], 'harbourmom', firstSentence(c[0]).slice(0, 40))}<div class="indented">${comment(c[1], 'Anonymous (not verified)', 'Re: ' + firstSentence(c[0]).slice(0, 36))}</div>${comment(c[2], 'oldtimer', firstSentence(c[2]).slice(0, 40))}</div></div>
<div id="sidebar-right"><div class="block"><h2>Recent news</h2><div class="item-list"><ul>${linkList(labelsFor(story.lang), context, 5)}</ul></div><div class="more-link"><a href="/news">more</a></div></div></div>
<div id="footer">Elm Valley Online is run by volunteers. Content licensed under a Creative Commons license.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const movableTypeMore2006: Template = {
  name: 'movable-type-more-2006',
  era: 'Movable Type blog of 2006 run by a local reporter: the post split into entry-body and entry-more (the extended entry, after an <a name="more"> anchor), "Posted by … at 10:12 AM | Comments (2) | TrackBack", "Technorati Tags:", "TrackBack URL for this entry:", comments, a "Recent Entries" / "Archives" / blogroll sidebar, "Powered by Movable Type 3.2"',
  render(story, context) {
    const [first, second] = chunks(story.paragraphs, 2);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Beat Notes: ${esc(story.title)}</title></head>
<body class="layout-two-column-right"><div id="container"><div id="banner"><h1><a href="/" accesskey="1">Beat Notes</a></h1><h2>Notes from the county beat</h2></div>
<div id="center"><div class="content"><p align="right"><a href="/archives/000412.html">&laquo; Council sets budget hearing</a> | <a href="/">Main</a> | <a href="/archives/000414.html">Schools delay start &raquo;</a></p>
<h2>${humanDate(story.date)}</h2><h3>${esc(story.title)}</h3>
<div class="entry-body">${paragraphsHtml(first).join('\n')}</div><a id="more"></a>
<div class="entry-more">${paragraphsHtml(second).join('\n')}</div>
<p class="posted">Posted by ${esc(story.author)} at 10:12 AM | <a href="#comments">Comments (2)</a> | <a href="#trackback">TrackBack</a></p>
<p class="tags">Technorati Tags: <a href="http://technorati.example/tag/portkirk" rel="tag">portkirk</a>, <a href="http://technorati.example/tag/local" rel="tag">local</a></p>
<h2 id="trackback">Trackback Pings</h2><p class="techstuff">TrackBack URL for this entry:<br>http://beatnotes.example/mt/mt-tb.cgi/413</p>
<h2 id="comments">Comments</h2>${commentsFor(story.lang).slice(0, 2).map((c, i) => `<div id="c${2201 + i}"><p>${esc(c)}</p><p class="posted">Posted by: ${['Jan', 'a reader'][i]} | ${humanDate(story.date)} 0${i + 2}:14 PM</p></div>`).join('')}
<h2>Post a comment</h2><p>(If you haven't left a comment here before, you may need to be approved by the site owner before your comment will appear. Until then, it won't appear on the entry. Thanks for waiting.)</p></div></div>
<div id="right"><div class="sidebar"><h2>Recent Entries</h2><ul>${linkList(labelsFor(story.lang), context, 5)}</ul><h2>Archives</h2><ul><li><a href="/archives/2006_03.html">March 2006</a></li><li><a href="/archives/2006_02.html">February 2006</a></li></ul><h2>Blogroll</h2><ul><li><a href="http://a.example/">County Clerk Watch</a></li><li><a href="http://b.example/">Harbour Notes</a></li></ul><p>Powered by<br><a href="http://www.movabletype.org">Movable Type 3.2</a></p></div></div></div></body></html>`;
    return { html, expected: allText(story), bytes: 'stray-nul' };
  },
};

const remixSsr2025: Template = {
  name: 'remix-ssr-2025',
  era: 'React Router/Remix server-rendered story of 2025: data-testid attributes, each paragraph in a text-block component, an "Listen to this article" player, a "Gift this article" button row, an inline related-story aside between paragraphs, an in-story newsletter card, a "Most popular" list, the state in window.__remixContext',
  render(story, context) {
    const o = context.others[0];
    const aside = `<aside data-testid="inline-related" class="rel"><span class="rel-label">Related</span><a href="/news/${slug(o.title)}"><span class="rel-title">${esc(o.title)}</span></a></aside>`;
    const news = `<div data-testid="newsletter-card" class="nl-card"><p class="nl-title">The Morning Tide</p><p class="nl-text">${esc(labelsFor(story.lang).newsletter)}</p><input type="email" placeholder="Email address"><button type="button">Sign up</button></div>`;
    const blocks = paragraphsHtml(story.paragraphs, (t) => `<div data-component="text-block" class="tb"><p class="tb-p">${esc(t)}</p></div>`, (t) => `<div data-component="subheading"><h2 class="sh">${esc(t)}</h2></div>`);
    const body = insertAfter(insertAfter(blocks, 4, news), 2, aside);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Tide</title><meta property="og:title" content="${esc(story.title)}">${jsonLd(story)}</head>
<body><div id="root"><header data-testid="masthead"><a href="/" class="logo">The Tide</a><nav><ul>${menu(labelsFor(story.lang))}</ul></nav><button type="button">Subscribe</button></header>
<main><article data-testid="article"><header><p class="kicker">${esc(labelsFor(story.lang).sections[0])}</p><h1 data-testid="headline">${esc(story.title)}</h1><p class="dek" data-testid="dek">${esc(story.standfirst)}</p>
<div class="byline-row"><span>By <a href="/by/${slug(story.author)}">${esc(story.author)}</a></span><time datetime="${story.date}">${humanDate(story.date)}</time></div>
<div data-testid="audio-player" class="player"><button type="button" aria-label="Play">▶</button><span>Listen to this article</span><span>6 min</span></div>
<div class="actions"><button type="button">Gift this article</button><button type="button">Share</button><button type="button">Save</button></div></header>
<figure data-testid="lead-image"><img src="/img/lead.webp" alt=""><figcaption>${esc(story.captions[0])}<span class="credit">Lena Ruiz for The Tide</span></figcaption></figure>
<section data-testid="article-body" class="body">${body.join('\n')}</section></article>
<section data-testid="most-popular"><h2>Most popular</h2><ol>${teasers(context, 5).map((t) => `<li><a href="${t.href}"><span class="mp-title">${esc(t.title)}</span></a></li>`).join('')}</ol></section></main>
<footer><p>© 2025 The Tide Media Co.</p></footer></div>
<script>window.__remixContext = ${JSON.stringify({ state: { loaderData: { article: { id: story.id, headline: story.title } } } })};</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const astroIslands2024: Template = {
  name: 'astro-islands-2024',
  era: 'Astro site of 2024 for a regional outlet: utility-class paragraphs (Tailwind), an astro-island share widget and a "Read also" card island inside the story, a "Key takeaways" box at the top (short paraphrases), a "Topics" chip row, an author bio card after the story, a "Corrections policy" line and a sticky donate bar',
  render(story, context) {
    const o = context.others[2];
    const island = (name: string, inner: string) => `<astro-island uid="${name.length}x" component-url="/_astro/${name}.js" client="visible">${inner}</astro-island>`;
    const card = island('ReadAlso', `<a href="/news/${slug(o.title)}" class="block rounded border p-4"><span class="text-xs uppercase">${esc(labelsFor(story.lang).readMore)}</span><span class="block font-bold">${esc(o.title)}</span></a>`);
    const takeaways = `<div class="rounded bg-slate-100 p-4"><p class="font-bold">Key takeaways</p><ul class="list-disc pl-4"><li>${esc(story.standfirst)}</li><li>${esc(firstSentence(story.captions[0]))}</li></ul></div>`;
    const blocks = paragraphsHtml(story.paragraphs, (t) => `<p class="mb-4 text-lg leading-8">${esc(t)}</p>`, (t) => `<h2 class="mt-8 mb-2 text-2xl font-semibold">${esc(t)}</h2>`);
    const body = insertAfter(blocks, 3, card);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><meta name="generator" content="Astro v4.5.0"><title>${esc(story.title)} — Coastline Reporter</title></head>
<body class="bg-white text-slate-900"><header class="border-b"><div class="mx-auto flex max-w-5xl justify-between p-4"><a href="/" class="font-serif text-2xl">Coastline Reporter</a><nav class="flex gap-4">${labelsFor(story.lang).sections.slice(0, 5).map((s) => `<a href="/${slug(s)}/">${esc(s)}</a>`).join('')}</nav></div></header>
<main class="mx-auto max-w-2xl p-4"><h1 class="font-serif text-4xl">${esc(story.title)}</h1><div class="my-4 text-sm text-slate-600">By ${esc(story.author)} · <time datetime="${story.date}">${humanDate(story.date)}</time></div>
${island('ShareBar', '<div class="flex gap-2"><button>Share</button><button>Copy link</button><button>Email</button></div>')}
${takeaways}
<div class="prose">${body.join('\n')}</div>
<div class="mt-6 flex flex-wrap gap-2"><span class="text-sm font-bold">Topics</span><a class="rounded-full border px-2 text-sm" href="/topics/transport">Transport</a><a class="rounded-full border px-2 text-sm" href="/topics/labour">Labour</a><a class="rounded-full border px-2 text-sm" href="/topics/islands">Islands</a></div>
<div class="mt-8 flex gap-4 rounded border p-4"><img src="/authors/a.jpg" class="h-16 w-16 rounded-full" alt=""><div><p class="font-bold">${esc(story.author)}</p><p class="text-sm">${esc(story.author)} covers transport and the islands for Coastline Reporter. Reach them at tips@coastline.example.</p></div></div>
<p class="mt-4 text-xs text-slate-500">Spotted an error? Read our <a href="/corrections">corrections policy</a>.</p></main>
<div class="fixed bottom-0 w-full bg-amber-100 p-2 text-center">Coastline Reporter is nonprofit and reader-funded. <a href="/donate" class="font-bold">Donate today</a></div>
<footer class="p-4 text-sm">© 2024 Coastline Reporter</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 25, written after round 24 was tuned on: small and mid-size sites of 2005–2010, two modern. */
export const TUNING_ROUND_25_TEMPLATES: Template[] = [usLocalPluck2008, inlineStyleDaily2007, syndicationHub2009, ukWeekly2009, publicRadio2009, wireEnglishPortal2008, drupal5Community2007, movableTypeMore2006, remixSsr2025, astroIslands2024];

// ——— Round 26: written on 2026-12-04 after round 25 had been tuned on (and the selectors had
// become predicates). Scored once, unseen, before anything was changed for it. ———

const aspNetWebForms2008: Template = {
  name: 'aspnet-webforms-2008',
  era: 'ASP.NET WebForms news site of 2008: the whole page inside one <form id="aspnetForm"> with __VIEWSTATE, the headline and the story in <span id="ctl00_…">s (no h1, <br><br> paragraphs), a "Most popular" GridView table, a poll with radio buttons, a login box',
  render(story, context) {
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('<br /><br />');
    const rows = teasers(context, 5).map((t, i) => `<tr class="${i % 2 ? 'alt' : 'row'}"><td>${i + 1}.</td><td><a id="ctl00_gvPopular_ctl0${i + 2}_lnk" href="${t.href}">${esc(t.title)}</a></td></tr>`).join('');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${esc(story.title)} - Harbour Online</title></head>
<body><form name="aspnetForm" method="post" action="article.aspx?id=20817" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkJ0+3k8ycB4vbnD5pJ8sYb3k0pA0=" /></div>
<div id="header"><a href="default.aspx"><img src="images/logo.gif" alt="Harbour Online" /></a><div id="login">User name: <input name="ctl00$txtUser" type="text" /> Password: <input name="ctl00$txtPass" type="password" /> <input type="submit" name="ctl00$btnLogin" value="Log in" /></div></div>
<div id="menu"><a href="default.aspx">Home</a> | <a href="news.aspx">News</a> | <a href="sport.aspx">Sport</a> | <a href="classifieds.aspx">Classifieds</a></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" class="main">
<span id="ctl00_ContentPlaceHolder1_lblSection" class="section">${esc(labelsFor(story.lang).sections[0])}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">${esc(story.title)}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblDate" class="date">${humanDate(story.date)} 10:12</span><br /><br />
<span id="ctl00_ContentPlaceHolder1_lblBody" class="body">${body}</span><br /><br />
<a id="ctl00_ContentPlaceHolder1_lnkPrint" href="print.aspx?id=20817">Print</a> | <a id="ctl00_ContentPlaceHolder1_lnkSend" href="send.aspx?id=20817">Send to a friend</a></td>
<td valign="top" width="220" class="side"><b>Most popular</b><table id="ctl00_gvPopular" cellspacing="0" border="0">${rows}</table><br />
<b>Poll</b><br />Should the ferry run all night?<br /><input type="radio" name="ctl00$poll" value="1" />Yes<br /><input type="radio" name="ctl00$poll" value="2" />No<br /><input type="submit" name="ctl00$btnVote" value="Vote" /></td></tr></table>
<div id="footer">&copy; 2008 Harbour Online Ltd.</div></form></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wordpressYarpp2009: Template = {
  name: 'wordpress-yarpp-2009',
  era: 'WordPress 2.8 blog of a local reporter, 2009: the Sociable plugin\'s "Share and Enjoy:" icon list and the YARPP "Related posts:" list inside the entry div, "Posted in … | Tags: … | 3 Comments »", comments "… says:" with a date link and gravatar, "Leave a Reply" with "Logged in as" hints',
  render(story, context) {
    const sociable = `<div class="sociable"><div class="sociable_tagline"><strong>Share and Enjoy:</strong></div><ul>${['Print', 'Digg', 'del.icio.us', 'Facebook', 'Google Bookmarks', 'email'].map((s) => `<li><a rel="nofollow" href="#" title="${s}"><img src="/wp-content/plugins/sociable/images/${slug(s)}.png" alt="${s}" class="sociable-hovers" /></a></li>`).join('')}</ul></div>`;
    const yarpp = `<p>Related posts:</p><ol>${teasers(context, 4).map((t) => `<li><a href="${t.href}" rel="bookmark" title="${esc(t.title)}">${esc(t.title)}</a></li>`).join('')}</ol>`;
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<li class="comment" id="comment-${812 + i}"><div class="comment-author vcard"><img alt="" src="http://www.gravatar.example/avatar/${i}.png" class="avatar" height="32" width="32" /> <cite class="fn">${['Maggie', 'Tom R.', 'harbourwatcher'][i]}</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#comment-${812 + i}">${humanDate(story.date)} at ${i + 7}:1${i} pm</a></div><p>${esc(c)}</p><div class="reply"><a href="#">Reply</a></div></li>`).join('');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="${story.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>${esc(story.title)} | Quayside Notes</title><meta name="generator" content="WordPress 2.8.4" /></head>
<body><div id="page"><div id="header"><h1><a href="/">Quayside Notes</a></h1><div class="description">Local news from the waterfront</div></div>
<div id="content" class="narrowcolumn"><div class="post" id="post-1182"><h2><a href="/${slug(story.title)}/" rel="bookmark">${esc(story.title)}</a></h2><small>${humanDate(story.date)} by ${esc(story.author)}</small>
<div class="entry">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3>${esc(t)}</h3>`).join('\n')}
${sociable}
${yarpp}</div>
<p class="postmetadata">Posted in <a href="/category/local/">Local</a> | Tags: <a href="/tag/ferry/">ferry</a>, <a href="/tag/council/">council</a> | <a href="#comments">3 Comments &#187;</a></p></div>
<h3 id="comments">3 Responses to &#8220;${esc(story.title)}&#8221;</h3><ol class="commentlist">${comments}</ol>
<div id="respond"><h3>Leave a Reply</h3><p>You must be <a href="/wp-login.php">logged in</a> to post a comment.</p></div></div>
<div id="sidebar"><ul><li><h2>Archives</h2><ul><li><a href="/2009/03/">March 2009</a></li><li><a href="/2009/02/">February 2009</a></li></ul></li><li><h2>Blogroll</h2><ul><li><a href="http://a.example/">Harbour Board</a></li></ul></li></ul></div>
<div id="footer"><p>Quayside Notes is proudly powered by <a href="http://wordpress.org/">WordPress</a>. <a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const tvStationRights2010: Template = {
  name: 'tv-station-rights-2010',
  era: 'local TV station site of 2010: a video player block with "Video: …" heading and "Play video" inside the story, "Email | Print | Share | A A" tools, the station\'s "Copyright 2010 by KXLT. All rights reserved. This material may not be published, broadcast, rewritten or redistributed." line after the story, "Report a typo", a "Recommended stories" strip with thumbnails and "Sponsored content" links',
  render(story, context) {
    const video = `<div class="video-block"><h4>Video: ${esc(firstSentence(story.captions[0]))}</h4><div class="player" data-video-id="88213"><img src="/video/thumb88213.jpg" alt="" /><a class="play" href="#">Play video</a></div></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 1, video);
    const html = `<!DOCTYPE html><html><head><title>${esc(story.title)} - KXLT News 4</title><meta name="description" content="${esc(story.standfirst)}"></head>
<body><div id="top"><a href="/">KXLT News 4</a> <span class="wx">Now: 52&deg; Cloudy</span> <a href="/live/">Watch live</a></div><div id="nav"><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/traffic/">Traffic</a> <a href="/contests/">Contests</a></div>
<div id="story"><h1>${esc(story.title)}</h1><div class="byline">Posted: ${humanDate(story.date)} 5:44 PM CST <span class="updated">Updated: ${humanDate(story.date)} 9:02 PM CST</span></div><div class="reporter">By ${esc(story.author)}, KXLT News 4</div>
<div class="tools"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">Share</a> | <a href="#">A</a> <a href="#">A</a></div>
<div class="story-body">${body.join('\n')}
<p class="copyright">Copyright 2010 by KXLT. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
<p class="typo"><a href="/typo/">Report a typo</a></p>
<div class="recommended"><h3>Recommended stories</h3>${teasers(context, 3).map((t) => `<div class="rec"><a href="${t.href}"><img src="/t.jpg" alt="" /></a><a href="${t.href}">${esc(t.title)}</a></div>`).join('')}<p class="sponsored">Sponsored content: <a href="/ad1">Five foods to avoid after 40</a> | <a href="/ad2">Homeowners are switching to this insurance</a></p></div></div>
<div id="footer">KXLT News 4 | 1400 Harbour Road | <a href="/eeo/">EEO Report</a> | <a href="/fcc/">FCC Public File</a></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const epaperText2009: Template = {
  name: 'epaper-text-2009',
  era: 'e-paper text view of 2009: "Text version" of one article of the printed page, "Page 3 | Edition: City | date", "« Previous article | Next article »", "Back to page", "View this page as PDF", the article with its subheads in <p class="sub">, a "More articles on this page" list',
  render(story, context) {
    const html = `<html><head><title>e-Paper: ${esc(story.title)}</title></head><body>
<div class="bar"><a href="/epaper/">e-Paper home</a> | <a href="/epaper/page3">Back to page</a> | <a href="/epaper/page3.pdf">View this page as PDF</a></div>
<div class="nav"><a href="#">&laquo; Previous article</a> | <a href="#">Next article &raquo;</a></div>
<div class="meta">Page 3 | Edition: City | ${humanDate(story.date)}</div><div class="mode">Text version</div>
<div class="article"><div class="head">${esc(story.title)}</div><div class="by">${esc(story.author)}</div>
${story.paragraphs.map((p) => (isSubhead(p) ? `<p class="sub">${esc(plain(p))}</p>` : `<p>${esc(p)}</p>`)).join('\n')}</div>
<div class="more"><b>More articles on this page</b><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div>
<div class="foot">All rights reserved. Reproduction without permission is prohibited.</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const vbulletinPortal2008: Template = {
  name: 'vbulletin-portal-2008',
  era: 'community portal of 2008 on a forum: the story is the first post of a thread in vBulletin postbit tables (the poster\'s "Join Date: Mar 2005", "Posts: 1,234", a signature under "__________________"), then replies with "Quote: Originally Posted by …", "Reply With Quote" buttons, "« Previous Thread | Next Thread »"',
  render(story) {
    const c = commentsFor(story.lang);
    const post = (n: number, who: string, inner: string, sig: string) => `<table class="tborder" id="post${9100 + n}" cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="thead">${humanDate(story.date)}, 0${n + 8}:1${n} AM <span class="postnum">#${n + 1}</span></td></tr><tr><td class="alt2" width="175"><a class="bigusername" href="member.php?u=${n}">${who}</a><div class="smallfont">${n === 0 ? 'Editor' : 'Member'}</div><div class="smallfont">Join Date: Mar 2005<br />Posts: ${1234 - n * 400}</div></td><td class="alt1" id="td_post_${9100 + n}"><div id="post_message_${9100 + n}">${inner}</div>${sig ? `<div>__________________<br />${sig}</div>` : ''}</td></tr><tr><td class="alt2"><a href="newreply.php?do=newreply&amp;p=${9100 + n}">Reply With Quote</a></td></tr></table>`;
    const first = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : esc(p))).join('<br />\n<br />\n');
    const reply1 = `<div style="margin:20px; margin-top:5px;"><div class="smallfont">Quote:</div><table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2">Originally Posted by <strong>harbour_editor</strong><br />${esc(firstSentence(allText(story)[0]))}</td></tr></table></div>${esc(c[0])}`;
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><title>${esc(story.title)} - Harbour Community Forums</title></head><body>
<table class="tborder" width="100%"><tr><td class="alt1"><a href="index.php">Harbour Community Forums</a> &gt; <a href="forumdisplay.php?f=3">Local News</a></td><td class="alt2">User Name <input type="text" name="vb_login_username" /> <input type="submit" value="Log in" /></td></tr></table>
<div class="smallfont"><a href="#">&laquo; Previous Thread</a> | <a href="#">Next Thread &raquo;</a></div>
<h2 class="threadtitle">${esc(story.title)}</h2>
${post(0, 'harbour_editor', first, 'Harbour Community Forums - news by and for the waterfront. Send tips to the editor.')}
${post(1, 'quaygirl', reply1, '')}
${post(2, 'oldsalt', esc(c[1]), 'Sailing since 1971')}
<div class="smallfont">All times are GMT. The time now is 11:02 AM. Powered by vBulletin Version 3.7.2</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const latamPortal2006: Template = {
  name: 'latam-portal-2006',
  era: 'Latin American news portal of 2006 in Spanish chrome: "Fecha de publicación: …", "Imprimir | Enviar | Comentar" and "A+ A-" tools, a "Notas relacionadas" box of bullets floating in the middle of the story, a "Publicidad" label and iframe, subheads in <p><strong>, "Comentarios de los lectores (2)" with "Escrito por …"',
  render(story, context) {
    const related = `<div class="relacionadas" style="float:right;width:200px"><b>Notas relacionadas</b><ul>${teasers(context, 3).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ul></div>`;
    const ad = '<div class="pub"><span>Publicidad</span><iframe src="/pub/300x250.html" width="300" height="250"></iframe></div>';
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`), 4, ad), 2, related);
    const comments = commentsFor(story.lang).slice(0, 2).map((c, i) => `<div class="comentario"><p>${esc(c)}</p><p class="autor">Escrito por ${['Jorge', 'Lucía'][i]} el ${dateOnly(story.date).split('-').reverse().join('/')} a las 1${i}:2${i}</p></div>`).join('');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>${esc(story.title)} - Diario del Puerto</title></head>
<body><div id="cabecera"><a href="/"><img src="/img/logo.gif" alt="Diario del Puerto"></a> <span>${humanDate(story.date)}</span></div>
<div id="menu"><a href="/">Portada</a> | <a href="/nacional/">Nacional</a> | <a href="/mundo/">Mundo</a> | <a href="/deportes/">Deportes</a> | <a href="/espectaculos/">Espectáculos</a></div>
<div id="nota"><h1>${esc(story.title)}</h1><p class="fecha">Fecha de publicación: ${dateOnly(story.date).split('-').reverse().join('/')}</p><p class="autor">Por ${esc(story.author)}</p>
<div class="herramientas"><a href="#">Imprimir</a> | <a href="#">Enviar</a> | <a href="#comentarios">Comentar</a> | <a href="#">A+</a> <a href="#">A-</a></div>
${body.join('\n')}</div>
<div id="comentarios"><h3>Comentarios de los lectores (2)</h3>${comments}</div>
<div id="pie">Diario del Puerto &copy; 2006 - Todos los derechos reservados</div></body></html>`;
    return { html, expected: allText(story), bytes: 'windows-1252' };
  },
};

const magazineDropcap2007: Template = {
  name: 'magazine-dropcap-2007',
  era: 'weekly news magazine of 2007: the first letter of the story in a drop-cap <span>, a boxed "Sidebar" with its own headline and text in the middle of the story, "Page 1 of 1", "Print | E-mail | Reprints | Subscribe to the magazine", an issue box ("From the March 12, 2007 issue")',
  render(story, context) {
    const [first, ...rest] = story.paragraphs;
    const o = context.others[0];
    const sidebar = `<div class="sidebar-box"><h4>Sidebar: ${esc(o.title)}</h4><p>${esc(firstSentence(o.paragraphs[0]))}</p><p>${esc(firstSentence(o.paragraphs[1] ?? o.paragraphs[0]))}</p></div>`;
    const paras = [`<p><span class="dropcap">${esc(first.charAt(0))}</span>${esc(first.slice(1))}</p>`, ...paragraphsHtml(rest)];
    const body = insertAfter(paras, 3, sidebar);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>${esc(story.title)} | The Week Ahead</title></head>
<body><div id="mast"><a href="/">The Week Ahead</a> <a href="/subscribe/">Subscribe to the magazine</a></div>
<div id="content"><div class="issue">From the ${humanDate(story.date)} issue</div><h1>${esc(story.title)}</h1><h2 class="deck">${esc(story.standfirst)}</h2><div class="byline">By ${esc(story.author)}</div>
<div class="tools"><a href="#">Print</a> | <a href="#">E-mail</a> | <a href="#">Reprints</a></div>
<div class="article-text">${body.join('\n')}</div><div class="pages">Page 1 of 1</div></div>
<div id="rail"><h3>In this issue</h3><ul>${linkList(labelsFor(story.lang), context, 4)}</ul></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wireReleaseHub2010: Template = {
  name: 'wire-release-hub-2010',
  era: 'commercial release wire of 2010: the dateline "PLACE, date /PRNewswire/ --" at the head of the release (part of the text), "Web site:" and "Photo:" lines, the closing "SOURCE Company" line, a "Related links" list, "Share this release", "Find more releases from…"',
  render(story, context) {
    const paras = allText(story);
    const line = `${story.place}, ${humanDate(story.date)} /PRNewswire/ -- ${paras[0]}`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(story.title)} -- PORTKIRK, ${humanDate(story.date)} /PRNewswire/ --</title></head>
<body><div id="hdr"><a href="/">ReleaseWire Hub</a> <a href="/news-releases/">News Releases</a> <a href="/send/">Send a release</a></div>
<div id="release"><h1>${esc(story.title)}</h1><div class="share">Share this release <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>${esc(line)}</p>
${paragraphsHtml(story.paragraphs.slice(1)).join('\n')}
<p>Web site: http://www.selvalines.example/</p><p>Photo: http://photos.releasewire.example/88213</p>
<p class="source">SOURCE Selva Lines Ltd.</p>
<div class="related"><b>Related links</b><ul><li><a href="http://www.selvalines.example/">http://www.selvalines.example</a></li></ul></div></div>
<div id="more"><h3>Find more releases from Selva Lines Ltd.</h3><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div></body></html>`;
    return { html, expected: [line, ...paras.slice(1)] };
  },
};

const webflow2024: Template = {
  name: 'webflow-2024',
  era: 'Webflow site of 2024 for a city magazine: the story in a w-richtext div with a w-richtext-figure (figcaption), a newsletter w-form whose success and failure messages ("Thank you! Your submission has been received!", "Oops! Something went wrong while submitting the form.") sit beside the form, a "Related articles" w-dyn-list of cards, a w-nav menu',
  render(story, context) {
    const figure = `<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://uploads.example/65f/lead.jpg" loading="lazy" alt=""></div><figcaption>${esc(story.captions[0])}</figcaption></figure>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 2, figure);
    const form = `<div class="newsletter-block"><h3 class="heading-5">Get the weekly letter</h3><div class="w-form"><form id="email-form" name="email-form" method="get"><input class="w-input" maxlength="256" name="email" placeholder="Email" type="email" required=""><input type="submit" value="Subscribe" class="w-button"></form><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>`;
    const cards = teasers(context, 3).map((t) => `<div role="listitem" class="w-dyn-item"><a href="${t.href}" class="blog-card w-inline-block"><img src="https://uploads.example/c.jpg" alt="" class="card-image"><div class="card-category">${esc(labelsFor(story.lang).sections[1])}</div><h4 class="card-title">${esc(t.title)}</h4></a></div>`).join('');
    const html = `<!DOCTYPE html><html data-wf-page="65f0a1" data-wf-site="65e9"><head><meta charset="utf-8"><title>${esc(story.title)} | Harbour Quarterly</title><meta content="Webflow" name="generator"></head>
<body><div data-collapse="medium" role="banner" class="navbar w-nav"><a href="/" class="brand w-nav-brand">Harbour Quarterly</a><nav role="navigation" class="w-nav-menu"><a href="/stories" class="w-nav-link">Stories</a><a href="/about" class="w-nav-link">About</a></nav></div>
<div class="section"><div class="container"><div class="post-category">${esc(labelsFor(story.lang).sections[0])}</div><h1 class="post-title">${esc(story.title)}</h1><div class="post-meta"><div>${esc(story.author)}</div><div>${humanDate(story.date)}</div></div>
<div class="post-body w-richtext">${body.join('\n')}</div>${form}</div></div>
<div class="section related"><h2>Related articles</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">${cards}</div></div></div>
<footer class="footer"><div>© 2024 Harbour Quarterly</div><a href="https://webflow.example">Made in Webflow</a></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const brightspot2022: Template = {
  name: 'brightspot-2022',
  era: 'Brightspot CMS story of 2022 carrying wire copy: RichTextArticleBody with Enhancement blocks holding ps-promo related-story cards (title and description) between paragraphs, a "Page-authors" block, the agency\'s "Copyright 2022 … All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed." inside the body, a "Trending" list',
  render(story, context) {
    const promo = (o: Story) => `<div class="Enhancement"><div class="Enhancement-item"><ps-promo class="PagePromo" data-content-type="article"><div class="PagePromo-content"><div class="PagePromo-title"><a class="Link" href="/article/${slug(o.title)}">${esc(o.title)}</a></div><div class="PagePromo-description"><a class="Link" href="/article/${slug(o.title)}">${esc(firstSentence(o.paragraphs[0]))}</a></div></div></ps-promo></div></div>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 4, promo(context.others[1])), 2, promo(context.others[0]));
    const html = `<!DOCTYPE html><html class="ArticlePage" lang="${story.lang}"><head><meta charset="UTF-8"><title>${esc(story.title)} | Harbour Public Media</title><meta property="og:title" content="${esc(story.title)}"></head>
<body class="Page-body"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">Harbour Public Media</a><nav class="Page-header-navigation"><ul>${menu(labelsFor(story.lang))}</ul></nav><a class="Page-header-donate" href="/donate">Donate</a></div></bsp-header>
<main class="Page-main"><div class="Page-content"><h1 class="Page-headline">${esc(story.title)}</h1><div class="Page-authors"><span>By </span><a class="Link" href="/people/${slug(story.author)}">${esc(story.author)}</a><span> The Associated Press</span></div><div class="Page-datePublished">Published ${humanDate(story.date)} at 4:12 PM CST</div>
<div class="RichTextArticleBody RichTextBody">${body.join('\n')}
<p>Copyright 2022 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div></div>
<aside class="Page-aside"><div class="List"><h2 class="List-title">Trending</h2><ul>${teasers(context, 4).map((t) => `<li class="List-items-item"><ps-promo class="PagePromo"><div class="PagePromo-title"><a class="Link" href="${t.href}">${esc(t.title)}</a></div></ps-promo></li>`).join('')}</ul></div></aside></main>
<footer class="Page-footer"><p>© 2022 Harbour Public Media</p></footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 26, written after round 25 was tuned on: older site engines and templates, two modern. */
export const TUNING_ROUND_26_TEMPLATES: Template[] = [aspNetWebForms2008, wordpressYarpp2009, tvStationRights2010, epaperText2009, vbulletinPortal2008, latamPortal2006, magazineDropcap2007, wireReleaseHub2010, webflow2024, brightspot2022];

// ——— Round 27: written on 2026-12-04 after round 26 had been tuned on. Scored once, unseen,
// before anything was changed for it. ———

const dotNetNuke2009: Template = {
  name: 'dotnetnuke-2009',
  era: 'DotNetNuke portal of 2009 for a county paper: the story in a module container (a "News Article" module title, span.Head headline, div.Normal body), a print-module icon, "« Back", a "Latest headlines" module, a login link and "Terms Of Use | Privacy Statement"',
  render(story, context) {
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><title>${esc(story.title)} &gt; County Courier</title><meta name="GENERATOR" content="DotNetNuke"></head>
<body><form name="Form" method="post" action="/News/tabid/55/Default.aspx" id="Form"><div id="dnn_ControlPanel"></div>
<table class="pagemaster" width="100%"><tr><td class="skinheader"><a href="/"><img src="/Portals/0/logo.gif" alt="County Courier"></a> <a class="SkinObject" href="/Login.aspx">Login</a></td></tr>
<tr><td class="skinmenu"><a href="/Home/tabid/36/">Home</a> <a href="/News/tabid/55/">News</a> <a href="/Sports/tabid/56/">Sports</a> <a href="/Obituaries/tabid/57/">Obituaries</a></td></tr>
<tr><td><table width="100%"><tr><td id="dnn_ContentPane" class="contentpane" valign="top"><a name="412"></a><div class="c_container"><div class="c_head"><span id="dnn_ctr412_dnnTITLE_lblTitle" class="c_title">News Article</span> <a href="/Print.aspx?mid=412"><img src="/images/print.gif" alt="Print"></a></div>
<div class="c_content"><span class="Head">${esc(story.title)}</span><br><span class="SubHead">${humanDate(story.date)} | ${esc(story.author)}</span>
<div class="Normal">${paragraphsHtml(story.paragraphs, undefined, (t) => `<p><strong>${esc(t)}</strong></p>`).join('\n')}</div><a class="CommandButton" href="/News/tabid/55/Default.aspx">« Back</a></div></div></td>
<td id="dnn_RightPane" class="rightpane" valign="top" width="220"><div class="c_container"><div class="c_head"><span class="c_title">Latest headlines</span></div><div class="c_content">${teasers(context, 5).map((t) => `<a class="Normal" href="${t.href}">${esc(t.title)}</a><br>`).join('')}</div></div></td></tr></table></td></tr>
<tr><td class="skinfooter"><span class="SkinObject">Copyright 2009 by County Courier</span> | <a class="SkinObject" href="/Terms.aspx">Terms Of Use</a> | <a class="SkinObject" href="/Privacy.aspx">Privacy Statement</a></td></tr></table></form></body></html>`;
    return { html, expected: allText(story) };
  },
};

const coldFusion2004: Template = {
  name: 'coldfusion-2004',
  era: 'ColdFusion news page of 2004 (story.cfm?id=…): p.bodytext paragraphs, "Return to top", a "Send this story to a friend" form with labels, an "Other stories in this section" table with dates, a "Subscribe to the print edition" box',
  render(story, context) {
    const others = teasers(context, 4).map((t, i) => `<tr><td class="small">${dateOnly(story.date).slice(5)}-0${i}</td><td><a href="story.cfm?id=${3300 + i}">${esc(t.title)}</a></td></tr>`).join('');
    const html = `<html><head><title>The Riverside Gazette: ${esc(story.title)}</title></head><body bgcolor="#ffffff">
<a name="top"></a><table width="750"><tr><td><img src="/images/gazette_logo.gif" alt="The Riverside Gazette"></td><td align="right" class="small">${weekday(story.date)}, ${humanDate(story.date)}</td></tr></table>
<table width="750"><tr><td width="140" valign="top" class="nav"><a href="index.cfm">Front page</a><br><a href="section.cfm?s=local">Local</a><br><a href="section.cfm?s=sports">Sports</a><br><a href="section.cfm?s=opinion">Opinion</a><br><a href="archive.cfm">Archive</a></td>
<td valign="top"><p class="headline">${esc(story.title)}</p><p class="byline">By ${esc(story.author)}<br>Gazette Staff</p>
${story.paragraphs.map((p) => (isSubhead(p) ? `<p class="bodytext"><b>${esc(plain(p))}</b></p>` : `<p class="bodytext">${esc(p)}</p>`)).join('\n')}
<p class="small"><a href="#top">Return to top</a></p>
<form action="sendstory.cfm" method="post"><p class="small"><b>Send this story to a friend</b><br>Your e-mail: <input name="from"><br>Friend's e-mail: <input name="to"><br><input type="submit" value="Send"></p></form>
<p class="small"><b>Other stories in this section</b></p><table>${others}</table></td>
<td width="160" valign="top"><div class="box"><b>Subscribe to the print edition</b><br>Home delivery for just $2.50 a week. Call 555-0199.</div></td></tr></table>
<p class="small" align="center">&copy; 2004 The Riverside Gazette</p></body></html>`;
    return { html, expected: allText(story) };
  },
};

const dominoHardWrap2005: Template = {
  name: 'domino-hard-wrap-2005',
  era: 'Lotus Domino web page of 2005 for a trade-union newsletter: the story pasted from an e-mail, each line ending in a single <br> (hard-wrapped at 72 columns) and paragraphs divided by <br><br>, "Document Actions" links, hidden Domino inputs, a "Previous | Next" document navigator',
  render(story) {
    const body = story.paragraphs.map((p) => (isSubhead(p) ? `<b>${esc(plain(p))}</b>` : wrap(esc(p)).split('\n').join('<br>\n'))).join('<br>\n<br>\n');
    const html = `<html><head><title>${esc(story.title)}</title></head><body text="#000000" bgcolor="#FFFFFF">
<form method="post" action="/news.nsf/0/8A1B?OpenDocument" name="_DominoForm"><input type="hidden" name="__Click" value="0">
<table width="100%" border="0"><tr><td><font size="2" face="Arial"><a href="/news.nsf?OpenDatabase">Newsletter home</a> | <a href="/news.nsf/bydate?OpenView">By date</a></font></td></tr></table>
<font size="4" face="Arial"><b>${esc(story.title)}</b></font><br><font size="2" face="Arial">${humanDate(story.date)} - ${esc(story.author)}</font><br><br>
<font size="2" face="Arial">${body}</font><br><br>
<font size="1" face="Arial"><b>Document Actions</b>: <a href="javascript:window.print()">Print</a> | <a href="mailto:?subject=news">E-mail</a></font><br>
<font size="1" face="Arial"><a href="/news.nsf/0/8A1A?OpenDocument">Previous</a> | <a href="/news.nsf/0/8A1C?OpenDocument">Next</a></font></form></body></html>`;
    return { html, expected: allText(story) };
  },
};

const hyperlocal2010: Template = {
  name: 'hyperlocal-2010',
  era: 'hyperlocal news network of 2010: "Related Topics:" tag links at the head of the story, a "Get the newsletter" box with an e-mail field in the middle of the story, "Tell us what you think" comment prompt, "Report this comment" links, a "Local voices" column teaser, a "Follow us" row with counts',
  render(story) {
    const box = `<div class="inline-signup"><p><b>Get the Portkirk newsletter</b> Local news every morning in your inbox.</p><input type="email" placeholder="Your email"><button>Sign me up</button></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 3, box);
    const comments = commentsFor(story.lang).slice(0, 3).map((c, i) => `<li class="c"><span class="who">${['Dana P.', 'Rob', 'K. Nilsen'][i]}</span> <span class="when">${i + 2} hours ago</span><p>${esc(c)}</p><a href="#">Report this comment</a></li>`).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(story.title)} | Portkirk Local</title></head>
<body><div id="bar"><a href="/">Portkirk Local</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/directory">Directory</a></div>
<div id="article"><h1>${esc(story.title)}</h1><p class="topics">Related Topics: <a href="/topics/ferry">ferry</a>, <a href="/topics/council">council</a>, <a href="/topics/strike">strike</a></p><p class="by">By ${esc(story.author)} | ${humanDate(story.date)}</p>
<div class="body">${body.join('\n')}</div>
<div id="comments"><h3>Tell us what you think</h3><ul>${comments}</ul></div></div>
<div id="side"><div class="voices"><h3>Local voices</h3><p><a href="/voices/1">Why the harbour matters to all of us</a> by a local resident</p></div><div class="follow">Follow us: <a href="#">Facebook (1,204)</a> <a href="#">Twitter (388)</a></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const universityNews2008: Template = {
  name: 'university-news-2008',
  era: 'university news office of 2008: the story with a "Media contact:" block (name, phone, e-mail) after it, "Filed under:" categories, "Related links" to department pages, a news-archive menu by year, the university\'s footer with its address',
  render(story, context) {
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html><head><title>${esc(story.title)} - News - Elm Valley State University</title></head>
<body><div id="utility"><a href="/">EVSU Home</a> | <a href="/directory/">Directory</a> | <a href="/a-z/">A–Z Index</a></div><div id="banner"><a href="/news/">EVSU News</a></div>
<div id="wrap"><div id="left"><h3>News archive</h3><ul><li><a href="/news/2008/">2008</a></li><li><a href="/news/2007/">2007</a></li><li><a href="/news/2006/">2006</a></li></ul><h3>For the media</h3><ul><li><a href="/news/experts/">Find an expert</a></li><li><a href="/news/photos/">Photos</a></li></ul></div>
<div id="main"><h1>${esc(story.title)}</h1><p class="date">${humanDate(story.date)}</p>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="contact"><p><b>Media contact:</b><br>${esc(story.author)}, News and Information<br>555-0142<br>news@evsu.example</p></div>
<p class="filed">Filed under: <a href="/news/research/">Research</a>, <a href="/news/community/">Community</a></p>
<div class="related"><h3>Related links</h3><ul><li><a href="/geography/">Department of Geography</a></li><li><a href="/extension/">University Extension</a></li></ul></div>
<div class="more"><h3>More news</h3><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div></div></div>
<div id="footer">Elm Valley State University | 100 College Avenue, Elm Valley | 555-0100 | &copy; 2008 Board of Regents</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const germanRegional2008: Template = {
  name: 'german-regional-2008',
  era: 'German regional paper of 2008: a bold place mark at the head of the first paragraph ("Portkirk." as German papers set it, part of the story), "Artikel empfehlen | Drucken | Leserbrief schreiben", "Bildergalerie (12 Bilder)", an "Anzeige" slot, "Mehr aus dem Ressort" links, "Kommentare (0)" with "Sie müssen angemeldet sein"',
  render(story, context) {
    const paras = allText(story);
    const place = story.place.charAt(0) + story.place.slice(1).toLowerCase();
    const ad = '<div class="werbung"><span>Anzeige</span><div id="adv-rect"></div></div>';
    const text = story.paragraphs.map((p, i) => (isSubhead(p) ? `<h3>${esc(plain(p))}</h3>` : i === 0 ? `<p><b>${esc(place)}.</b> ${esc(p)}</p>` : `<p>${esc(p)}</p>`));
    const body = insertAfter(text, 3, ad);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} - Kreisblatt Online</title></head>
<body><div id="kopf"><a href="/">Kreisblatt Online</a> <span>${humanDate(story.date)}</span></div><div id="navi"><a href="/lokales/">Lokales</a> | <a href="/region/">Region</a> | <a href="/sport/">Sport</a> | <a href="/kultur/">Kultur</a></div>
<div id="artikel"><div class="dachzeile">${esc(labelsFor(story.lang).sections[0])}</div><h1>${esc(story.title)}</h1><div class="autor">Von ${esc(story.author)}</div>
<div class="galerie"><a href="/galerie/88/">Bildergalerie (12 Bilder)</a></div>
${body.join('\n')}
<div class="werkzeuge"><a href="#">Artikel empfehlen</a> | <a href="#">Drucken</a> | <a href="#">Leserbrief schreiben</a></div>
<div class="ressort"><b>Mehr aus dem Ressort</b><ul>${linkList(labelsFor(story.lang), context, 4)}</ul></div>
<div class="kommentarbox"><h3>Kommentare (0)</h3><p>Sie müssen angemeldet sein, um einen Kommentar zu schreiben. <a href="/login/">Anmelden</a> | <a href="/registrieren/">Registrieren</a></p></div></div>
<div id="fuss">© Kreisblatt Verlag 2008 | <a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a></div></body></html>`;
    return { html, expected: [`${place}. ${paras[0]}`, ...paras.slice(1)] };
  },
};

const frenchRegional2009: Template = {
  name: 'french-regional-2009',
  era: 'French regional daily of 2009: "Réagir à cet article | Envoyer à un ami | Imprimer", the chapô in bold, "Publié le … à 10h12", a "Les réactions (3)" section in div#reactions with "Posté par … le …", "Dans la même rubrique" links, "Publicité"',
  render(story, context) {
    const reactions = commentsFor(story.lang).slice(0, 3).map((c, i) => `<div class="reaction"><p>${esc(c)}</p><p class="signature">Posté par ${['Jean-Luc', 'Sophie_33', 'un lecteur'][i]} le ${dateOnly(story.date).split('-').reverse().join('/')} à 1${i}h0${i}</p></div>`).join('');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} - Le Courrier de l'Estuaire</title></head>
<body><div id="entete"><a href="/">Le Courrier de l'Estuaire</a></div><div id="menu"><a href="/actu/">Actualité</a> | <a href="/region/">Région</a> | <a href="/sports/">Sports</a> | <a href="/loisirs/">Loisirs</a></div>
<div id="article"><h1>${esc(story.title)}</h1><p class="chapo"><b>${esc(story.standfirst)}</b></p><p class="date">Publié le ${dateOnly(story.date).split('-').reverse().join('/')} à 10h12</p>
<div class="outils"><a href="#reactions">Réagir à cet article</a> | <a href="#">Envoyer à un ami</a> | <a href="#">Imprimer</a></div>
<div class="texte">${paragraphsHtml(story.paragraphs, undefined, (t) => `<h3 class="intertitre">${esc(t)}</h3>`).join('\n')}</div>
<div class="pub">Publicité</div>
<div id="reactions"><h2>Les réactions (3)</h2>${reactions}</div>
<div class="rubrique"><h3>Dans la même rubrique</h3><ul>${linkList(labelsFor(story.lang), context, 4)}</ul></div></div>
<div id="pied">© Le Courrier de l'Estuaire 2009 - Tous droits réservés</div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const aggregatorBar2009: Template = {
  name: 'aggregator-bar-2009',
  era: 'news aggregator of 2009 showing a partner\'s story under its own toolbar: "You are reading a story from The Harbour Daily. Close this bar | Back to headlines", vote buttons ("Vote up 14 | Vote down 2"), "Save | Share | Discuss (3)", then the partner\'s page (its own masthead, byline, story and footer)',
  render(story, context) {
    const html = `<!DOCTYPE html><html><head><title>${esc(story.title)} - via NewsHive</title></head>
<body><div id="hive-bar"><a href="/">NewsHive</a> <span>You are reading a story from The Harbour Daily.</span> <a href="#" id="close">Close this bar</a> | <a href="/">Back to headlines</a> <span class="votes"><a href="#">Vote up</a> 14 | <a href="#">Vote down</a> 2</span> <a href="#">Save</a> | <a href="#">Share</a> | <a href="#">Discuss (3)</a></div>
<div id="partner"><div class="masthead"><a href="http://harbourdaily.example/">The Harbour Daily</a></div><div class="story"><h1>${esc(story.title)}</h1><p class="byline">${esc(story.author)}, Harbour Daily</p>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div class="partner-more"><b>More from The Harbour Daily</b><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div><div class="partner-foot">The Harbour Daily, 2 Quay Street, Portkirk</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const softMeter2025: Template = {
  name: 'soft-meter-2025',
  era: 'metered news site of 2025: a banner "You have 3 free articles left this month. Subscribe for unlimited access" above the full story (the story is all there: not paywalled), a "Listen" player, an inline "Most read" module between paragraphs, a "Gift article" button, a "Topics" list',
  render(story, context) {
    const mostRead = `<section class="inline-most-read"><h2>Most read</h2><ol>${teasers(context, 3).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join('')}</ol></section>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 3, mostRead);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | The Estuary Post</title>${jsonLd(story, { isAccessibleForFree: true })}</head>
<body><header><a href="/" class="logo">The Estuary Post</a><a class="cta" href="/subscribe">Subscribe</a></header>
<div class="meter-banner" role="status">You have 3 free articles left this month. <a href="/subscribe">Subscribe for unlimited access</a></div>
<main><article><h1>${esc(story.title)}</h1><div class="byline">By ${esc(story.author)} · <time datetime="${story.date}">${humanDate(story.date)}</time></div><div class="audio"><button type="button">Listen</button><span>5 min</span></div><button type="button" class="gift">Gift article</button>
<div class="article-body">${body.join('\n')}</div>
<div class="topics"><h3>Topics</h3><ul><li><a href="/t/transport">Transport</a></li><li><a href="/t/labour">Labour</a></li></ul></div></article></main>
<footer>© 2025 The Estuary Post</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

const wpTocBlock2024: Template = {
  name: 'wp-toc-block-2024',
  era: 'WordPress block theme of 2024: a "Table of contents" block (linked list of the subheads) after the first paragraph, an estimated reading time, a wp-block-details "Methodology" note (collapsed; left out of the gold), a "Share" block, an author box with "View all posts", a newsletter block',
  render(story, context) {
    const subheads = story.paragraphs.filter(isSubhead).map(plain);
    const toc = `<nav class="wp-block-table-of-contents"><p class="toc-title">Table of contents</p><ol>${(subheads.length ? subheads : ['Background', 'What happens next']).map((h) => `<li><a href="#${slug(h)}">${esc(h)}</a></li>`).join('')}</ol></nav>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs, undefined, (t) => `<h2 class="wp-block-heading" id="${slug(t)}">${esc(t)}</h2>`), 1, toc);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="UTF-8"><title>${esc(story.title)} – Estuary Voice</title></head>
<body class="single wp-theme-twentytwentyfour"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Estuary Voice</a></p></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">${esc(story.title)}</h1><div class="wp-block-post-author-name">${esc(story.author)}</div><div class="reading-time">4 min read</div>
<div class="entry-content wp-block-post-content">${body.join('\n')}
<details class="wp-block-details"><summary>Methodology</summary><p>Figures in this story come from the port authority's monthly reports and interviews with twelve operators.</p></details></div>
<div class="wp-block-outermost-social-sharing"><a href="#">Share</a></div>
<div class="author-box"><p class="name">${esc(story.author)}</p><p><a href="/author/x/">View all posts</a></p></div>
<div class="wp-block-newsletter"><h3>Stay in the loop</h3><p>${esc(labelsFor(story.lang).newsletter)}</p><input type="email"><button>Subscribe</button></div>
<div class="wp-block-query"><h3>More stories</h3><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div></main></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 27, written after round 26 was tuned on: more site engines of 2004–2010, two modern. */
export const TUNING_ROUND_27_TEMPLATES: Template[] = [dotNetNuke2009, coldFusion2004, dominoHardWrap2005, hyperlocal2010, universityNews2008, germanRegional2008, frenchRegional2009, aggregatorBar2009, softMeter2025, wpTocBlock2024];

// ——— Round 28: written on 2026-12-04 after round 27 had been tuned on. Scored once, unseen,
// before anything was changed for it. ———

const searchCache2008: Template = {
  name: 'search-cache-2008',
  era: 'a search engine\'s cached copy of a news page, 2008: a boxed header "This is the cache of http://… It is a snapshot of the page as it appeared on …", "The current page could have changed in the meantime", "These search terms are highlighted: …", "Text-only version", then the paper\'s page itself (menu, story, footer)',
  render(story, context) {
    const url = `http://www.harbourdaily.example/news/${slug(story.title)}.html`;
    const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><base href="${url}"><title>${esc(story.title)} - Harbour Daily</title></head><body>
<div style="margin:-1px -1px 0;padding:0;border:1px solid #999;background:#fff"><div style="margin:12px;padding:8px;border:1px solid #999;background:#ddd;font:13px arial,sans-serif;color:black;text-align:left">This is the cache of <a href="${url}" style="text-decoration:underline;color:#00c">${url}</a>. It is a snapshot of the page as it appeared on ${humanDate(story.date)} 10:12:33 GMT. The <a href="${url}">current page</a> could have changed in the meantime. <a href="#">Learn more</a><br><br>These search terms are highlighted: <b>${esc(story.title.split(' ')[0].toLowerCase())}</b>&nbsp;&nbsp;<a href="#">Text-only version</a></div></div><div style="position:relative">
<div id="top"><a href="/">Harbour Daily</a> | <a href="/news/">News</a> | <a href="/sport/">Sport</a></div>
<div id="story"><h1>${esc(story.title)}</h1><p class="by">${esc(story.author)}</p>${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="more"><h3>Latest</h3><ul>${linkList(labelsFor(story.lang), context, 4)}</ul></div><div id="foot">&copy; 2008 Harbour Daily</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const broadsheet2006: Template = {
  name: 'broadsheet-2006',
  era: 'national broadsheet of 2006: "Sign In to E-Mail or Save This | Print | Single-Page | Reprints | Share", an "Enlarge this image" picture with a caption and credit, a "Multimedia" box (a slide show and a graphic), "Next Article in Region (3 of 24) »", "A version of this article appeared in print on …, on page A12 of the New York edition"',
  render(story, context) {
    const photo = `<div class="image"><a href="#"><img src="/images/2006/${slug(story.title)}.jpg" width="190" alt=""></a><div class="enlarge"><a href="#">Enlarge this image</a></div><p class="credit">Ana Lima for The Daily Ledger</p><p class="caption">${esc(story.captions[0])}</p></div>`;
    const multimedia = `<div class="multimedia"><h4>Multimedia</h4><ul><li><a href="#">Slide Show: ${esc(story.title.split(' ').slice(0, 4).join(' '))}</a></li><li><a href="#">Graphic: The route</a></li></ul></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 2, multimedia);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><title>${esc(story.title)} - The Daily Ledger</title></head><body>
<div id="masthead"><a href="/">The Daily Ledger</a> <span>${weekday(story.date)}, ${humanDate(story.date)}</span></div><div id="navigation"><a href="/world/">World</a> <a href="/us/">U.S.</a> <a href="/region/">Region</a> <a href="/business/">Business</a></div>
<div id="article"><h1>${esc(story.title)}</h1><div class="byline">By ${esc(story.author.toUpperCase())}</div><div class="timestamp">Published: ${humanDate(story.date)}</div>
<ul class="toolsList"><li><a href="#">Sign In to E-Mail or Save This</a></li><li><a href="#">Print</a></li><li><a href="#">Single-Page</a></li><li><a href="#">Reprints</a></li><li><a href="#">Share</a></li></ul>
${photo}
<div class="articleBody">${body.join('\n')}</div>
<div class="authorIdentification">A version of this article appeared in print on ${humanDate(story.date)}, on page A12 of the New York edition.</div>
<div class="nextArticle"><a href="#">Next Article in Region (3 of 24) »</a></div></div>
<div id="mostPopular"><h4>Most E-Mailed</h4><ol>${linkList(labelsFor(story.lang), context, 5)}</ol></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const homepage2001: Template = {
  name: 'homepage-2001',
  era: 'personal homepage of 2001 carrying a village newsletter\'s story: a <marquee> of news, an animated "NEW!" gif, "You are visitor number 004512", "Sign my guestbook | View my guestbook", a webring bar ("<< Prev | Village Sites Ring | Next >>"), "Last updated: …", a "Best viewed in 800x600" note',
  render(story) {
    const html = `<HTML><HEAD><TITLE>Welcome to Portkirk Village News!!!</TITLE></HEAD><BODY BGCOLOR="#FFFFCC" BACKGROUND="/bg_tile.gif">
<CENTER><FONT SIZE="6" COLOR="#000099"><B>Portkirk Village News</B></FONT><BR><MARQUEE>*** Welcome to the village news page!!! *** Jumble sale on Saturday ***</MARQUEE><IMG SRC="/new.gif" ALT="NEW!"></CENTER><HR>
<FONT SIZE="4"><B>${esc(story.title)}</B></FONT><BR><I>Written by ${esc(story.author)}</I><P>
${story.paragraphs.map((p) => (isSubhead(p) ? `<P><B>${esc(plain(p))}</B>` : `<P>${esc(p)}`)).join('\n')}
<HR><CENTER><FONT SIZE="2">You are visitor number <IMG SRC="/cgi-bin/counter.gif?0"><B>004512</B><BR><A HREF="/guestbook/sign.html">Sign my guestbook</A> | <A HREF="/guestbook/view.html">View my guestbook</A><BR>
<TABLE BORDER="1"><TR><TD><A HREF="#">&lt;&lt; Prev</A> | <A HREF="#">Village Sites Ring</A> | <A HREF="#">Next &gt;&gt;</A></TD></TR></TABLE>
Last updated: ${humanDate(story.date)}<BR>Best viewed in 800x600 with Netscape 4</FONT></CENTER></BODY></HTML>`;
    return { html, expected: allText(story) };
  },
};

const inlinePoll2008: Template = {
  name: 'inline-poll-2008',
  era: 'regional paper of 2008 with a reader poll set inside the story (a question, radio options, "Vote" and "View results" with no form), a "Have your say" text box, a "Story tags" line, "Print | Email | Digg this"',
  render(story, context) {
    const poll = `<div class="poll-box"><p class="poll-q"><b>Our poll:</b> Do you support the decision?</p><p><input type="radio" name="p1"> Yes<br><input type="radio" name="p1"> No<br><input type="radio" name="p1"> Not sure</p><p><button>Vote</button> <a href="/poll/results">View results</a></p></div>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs), 3, poll);
    const html = `<html><head><title>${esc(story.title)} | The Gazette Online</title></head><body><div id="hdr"><a href="/">The Gazette Online</a></div><div id="menu"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whatson/">What's on</a></div>
<div id="content"><h1>${esc(story.title)}</h1><p class="meta">${humanDate(story.date)} | ${esc(story.author)}</p><p class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Digg this</a></p>
<div class="storytext">${body.join('\n')}</div><p class="tags">Story tags: <a href="/t/1">harbour</a> <a href="/t/2">council</a></p>
<div class="say"><h3>Have your say</h3><textarea rows="4" cols="40"></textarea><br><button>Submit comment</button></div></div>
<div id="rail"><h3>Most read</h3><ol>${linkList(labelsFor(story.lang), context, 5)}</ol></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const scoreTicker2010: Template = {
  name: 'score-ticker-2010',
  era: 'sports-and-news site of 2010: a live score strip above the page ("LIVE: Portkirk 2-1 Elm Valley (78\')", "FT: Harbour 0-0 Selva", "HT: …"), a breaking-news bar ("BREAKING: …" linked), the story, a "Latest scores" table in the rail, "Share | Tweet | Email"',
  render(story, context) {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(story.title)} | Coast Sport &amp; News</title></head><body>
<div id="scores"><span>LIVE: Portkirk 2-1 Elm Valley (78')</span> <span>FT: Harbour 0-0 Selva</span> <span>HT: Riverside 1-0 Metro</span> <a href="/scores/">All scores</a></div>
<div id="breaking"><b>BREAKING:</b> <a href="/news/${slug(context.others[0].title)}">${esc(context.others[0].title)}</a></div>
<div id="hdr"><a href="/">Coast Sport &amp; News</a></div>
<div id="main"><h1>${esc(story.title)}</h1><p class="meta">${esc(story.author)} · ${humanDate(story.date)}</p><p class="share"><a href="#">Share</a> | <a href="#">Tweet</a> | <a href="#">Email</a></p>
${paragraphsHtml(story.paragraphs).join('\n')}</div>
<div id="rail"><h3>Latest scores</h3><table><tr><td>Portkirk</td><td>2-1</td><td>Elm Valley</td></tr><tr><td>Harbour</td><td>0-0</td><td>Selva</td></tr><tr><td>Riverside</td><td>1-0</td><td>Metro</td></tr></table></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const correctionAppended2009: Template = {
  name: 'correction-appended-2009',
  era: 'newspaper story of 2009 with a correction appended at its foot in italics ("Correction: An earlier version of this story gave the wrong date for …", part of the story as printed), "Reporting by …" credit, then "Related" links and a "Comments are closed" note',
  render(story, context) {
    const correction = `Correction: An earlier version of this story gave the wrong first name for ${story.author.split(' ').slice(-1)[0]}'s source and misstated the date of the meeting.`;
    const html = `<html><head><title>${esc(story.title)} - The Evening Post</title></head><body><div id="top"><a href="/">The Evening Post</a> | <a href="/news/">News</a></div>
<div class="story"><h1>${esc(story.title)}</h1><p class="by">By ${esc(story.author)}</p>${paragraphsHtml(story.paragraphs).join('\n')}
<p><i>${esc(correction)}</i></p></div>
<div class="related"><h3>${esc(labelsFor(story.lang).related)}</h3><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div>
<p class="closed">Comments are closed for this story.</p></body></html>`;
    return { html, expected: [...allText(story), correction] };
  },
};

const italianRegional2008: Template = {
  name: 'italian-regional-2008',
  era: 'Italian regional paper of 2008: "Ultimo aggiornamento: …", "Stampa | Invia | Commenta", "Dimensione testo A A", an "Articoli correlati" box after the story, "Tag:" links, "Commenti (2)" in div.commenti with "inviato da … il …"',
  render(story, context) {
    const comments = commentsFor(story.lang).slice(0, 2).map((c, i) => `<div class="commento"><p>${esc(c)}</p><p class="firma">inviato da ${['Gianni', 'Paola'][i]} il ${dateOnly(story.date).split('-').reverse().join('/')}</p></div>`).join('');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} - Il Corriere della Valle</title></head>
<body><div id="testata"><a href="/">Il Corriere della Valle</a></div><div id="menu"><a href="/cronaca/">Cronaca</a> | <a href="/politica/">Politica</a> | <a href="/sport/">Sport</a></div>
<div id="articolo"><h1>${esc(story.title)}</h1><p class="agg">Ultimo aggiornamento: ${dateOnly(story.date).split('-').reverse().join('/')} ore 10:12</p><p class="autore">di ${esc(story.author)}</p>
<p class="strumenti"><a href="#">Stampa</a> | <a href="#">Invia</a> | <a href="#commenti">Commenta</a> | Dimensione testo <a href="#">A</a> <a href="#">A</a></p>
${paragraphsHtml(story.paragraphs).join('\n')}
<div class="correlati"><b>Articoli correlati</b><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div><p class="tag">Tag: <a href="/tag/porto">porto</a>, <a href="/tag/comune">comune</a></p>
<div class="commenti" id="commenti"><h3>Commenti (2)</h3>${comments}</div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const dutchRegional2007: Template = {
  name: 'dutch-regional-2007',
  era: 'Dutch regional paper of 2007: an inline "Lees ook:" link between paragraphs, "Reageer op dit artikel", "Meer nieuws uit de regio" links, "Stuur door | Print", a "Reacties (3)" list in div#reacties with names and times, "Advertentie"',
  render(story, context) {
    const o = context.others[0];
    const readAlso = `<p class="leesook">Lees ook: <a href="/nieuws/${slug(o.title)}">${esc(o.title)}</a></p>`;
    const body = insertAfter(insertAfter(paragraphsHtml(story.paragraphs), 4, '<div class="advertentie">Advertentie</div>'), 2, readAlso);
    const reacties = commentsFor(story.lang).slice(0, 3).map((c, i) => `<li><strong>${['Henk', 'Marloes', 'J. de Vries'][i]}</strong> <span>${humanDate(story.date)} ${10 + i}:0${i}</span><p>${esc(c)}</p></li>`).join('');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(story.title)} - Dagblad van het Noorden-Oost</title></head>
<body><div id="kop"><a href="/">Dagblad Noord-Oost</a></div><div id="nav"><a href="/regio/">Regio</a> | <a href="/sport/">Sport</a> | <a href="/economie/">Economie</a></div>
<div id="artikel"><h1>${esc(story.title)}</h1><p class="datum">${humanDate(story.date)}</p><p class="opties"><a href="#">Stuur door</a> | <a href="#">Print</a> | <a href="#reacties">Reageer op dit artikel</a></p>
${body.join('\n')}
<div class="meer"><b>Meer nieuws uit de regio</b><ul>${linkList(labelsFor(story.lang), context, 3)}</ul></div>
<div id="reacties"><h3>Reacties (3)</h3><ul>${reacties}</ul></div></div></body></html>`;
    return { html, expected: allText(story) };
  },
};

const solidStart2024: Template = {
  name: 'solidstart-2024',
  era: 'SolidStart server-rendered story of 2024: data-hk hydration keys on every element, <!--$--> markers, the state in a _$HY script, a "Listen" button and a "Save" toggle, an inline "Read more" card between paragraphs, a comments count button, a "Newsletter" island',
  render(story, context) {
    let hk = 0;
    const k = () => `data-hk="0-0-0-${hk++}"`;
    const o = context.others[1];
    const card = `<a ${k()} class="card" href="/story/${slug(o.title)}"><span ${k()} class="card-label">${esc(labelsFor(story.lang).readMore)}</span><span ${k()} class="card-title">${esc(o.title)}</span></a>`;
    const body = insertAfter(paragraphsHtml(story.paragraphs, (t) => `<p ${k()}>${esc(t)}</p>`, (t) => `<h2 ${k()}>${esc(t)}</h2>`), 3, card);
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} · Tidewater</title><script>window._$HY||(e=>{let t=e=>e&&e.hasAttribute&&(e.hasAttribute("data-hk")?e:t(e.host&&e.host.nodeType?e.host:e.parentNode));})(window._$HY={events:[],completed:new WeakSet,r:{}})</script></head>
<body><div id="app"><!--$--><header ${k()}><a ${k()} href="/">Tidewater</a><nav ${k()}>${labelsFor(story.lang).sections.slice(0, 4).map((s) => `<a ${k()} href="/${slug(s)}">${esc(s)}</a>`).join('')}</nav></header>
<main ${k()}><article ${k()}><h1 ${k()}>${esc(story.title)}</h1><div ${k()} class="meta"><span ${k()}>${esc(story.author)}</span><time ${k()} datetime="${story.date}">${humanDate(story.date)}</time></div><div ${k()} class="actions"><button ${k()}>Listen</button><button ${k()} aria-pressed="false">Save</button><button ${k()}>12 comments</button></div>
<!--$-->${body.join('\n')}<!--/--></article>
<section ${k()} class="newsletter"><h3 ${k()}>Newsletter</h3><p ${k()}>${esc(labelsFor(story.lang).newsletter)}</p><input ${k()} type="email"><button ${k()}>Join</button></section></main><!--/--></div>
<script>self.$R=self.$R||[];_$HY.r["0-0-0"]=${JSON.stringify({ id: story.id })}</script></body></html>`;
    return { html, expected: allText(story) };
  },
};

const aiSummary2025: Template = {
  name: 'ai-summary-2025',
  era: 'news site of 2025 with a machine summary at the top: a "Summary" box of three bullets paraphrasing the story, "This summary was generated with the help of AI and checked by an editor", "Was this summary helpful? Yes No" buttons, then the story, a "How we use AI" link, "Related coverage" cards',
  render(story, context) {
    const box = `<aside class="ai-summary"><h2>Summary</h2><ul><li>${esc(story.standfirst)}.</li><li>${esc(firstSentence(story.captions[0]))}</li><li>${esc(firstSentence(story.captions[1] ?? story.captions[0]))}</li></ul><p class="ai-note">This summary was generated with the help of AI and checked by an editor.</p><div class="ai-feedback">Was this summary helpful? <button>Yes</button> <button>No</button></div></aside>`;
    const html = `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${esc(story.title)} | Harbour Herald</title>${jsonLd(story)}</head>
<body><header class="site-header"><a href="/">Harbour Herald</a><nav>${labelsFor(story.lang).sections.slice(0, 4).map((s) => `<a href="/${slug(s)}">${esc(s)}</a>`).join('')}</nav></header>
<main><article><h1>${esc(story.title)}</h1><p class="byline">By ${esc(story.author)} · ${humanDate(story.date)}</p>${box}
<div class="article-body">${paragraphsHtml(story.paragraphs).join('\n')}</div><p class="ai-policy"><a href="/standards/ai">How we use AI</a></p></article>
<section class="related"><h2>Related coverage</h2>${teasers(context, 3).map((t) => `<div class="card"><a href="${t.href}"><h3>${esc(t.title)}</h3></a><p>${esc(t.blurb)}</p></div>`).join('')}</section></main>
<footer>© 2025 Harbour Herald</footer></body></html>`;
    return { html, expected: allText(story) };
  },
};

/** Round 28, written after round 27 was tuned on. */
export const TUNING_ROUND_28_TEMPLATES: Template[] = [searchCache2008, broadsheet2006, homepage2001, inlinePoll2008, scoreTicker2010, correctionAppended2009, italianRegional2008, dutchRegional2007, solidStart2024, aiSummary2025];
