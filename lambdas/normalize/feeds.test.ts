import { describe, expect, it } from 'vitest';
import type { NormalizeResult } from './article.js';
import { normalize } from './index.js';

const run = (xml: string): NormalizeResult => normalize({ bytes: new TextEncoder().encode(xml), fileName: 'feed.xml' });
const articles = (result: NormalizeResult) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.articles;
};

describe('RSS 2.0', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><language>en-us</language>
<item><title>Storm &amp; rain hit the coast</title><link>https://news.example/1</link>
<pubDate>Thu, 17 Feb 2022 23:30:00 +0300</pubDate><dc:creator>Jo Park</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>LONDON (Reuters) - Heavy rain hit the city on Thursday.</p><p>Trains were cancelled&nbsp;again.</p>]]></content:encoded></item>
<item><title>Second item</title><description>&lt;p&gt;Escaped &lt;b&gt;markup&lt;/b&gt; in a description.&lt;/p&gt;</description></item>
<item></item>
</channel></rss>`;

  it('makes one article per item with its metadata', () => {
    const result = run(rss);
    const [first, second] = articles(result);
    expect(first).toMatchObject({
      title: 'Storm & rain hit the coast',
      body: 'LONDON (Reuters) - Heavy rain hit the city on Thursday.\n\nTrains were cancelled again.',
      publishedAt: '2022-02-17T23:30:00+03:00',
      url: 'https://news.example/1',
      author: 'Jo Park',
      dateline: 'London',
      sources: ['Reuters'],
      format: 'rss',
    });
    expect(second.body).toBe('Escaped markup in a description.');
    expect(second.sources).toEqual(['Example News']);
    expect(result.ok && result.skipped?.map((s) => s.index)).toEqual([2]);
  });
});

describe('Atom', () => {
  it('reads entries, text constructs and authors', () => {
    const [entry] = articles(
      run(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title>
<entry><title type="html">A &amp;amp; B agree</title><link rel="alternate" href="https://w.example/a"/>
<published>2022-02-17T10:00:00Z</published><author><name>Jane Roe</name></author>
<summary>Short.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The two companies agreed to merge on Thursday.</p><p>Shares rose.</p></div></content></entry></feed>`),
    );
    expect(entry).toMatchObject({
      title: 'A & B agree',
      body: 'The two companies agreed to merge on Thursday.\n\nShares rose.',
      publishedAt: '2022-02-17T10:00:00Z',
      url: 'https://w.example/a',
      author: 'Jane Roe',
      format: 'atom',
    });
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel', () => {
    const [item] = articles(
      run(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example/"><title>RDF News</title></channel>
<item rdf:about="https://r.example/1"><title>Bridge reopens</title><description>The bridge reopened on Monday.</description><dc:date>2021-06-01</dc:date></item></rdf:RDF>`),
    );
    expect(item).toMatchObject({ title: 'Bridge reopens', body: 'The bridge reopened on Monday.', publishedAt: '2021-06-01', url: 'https://r.example/1', format: 'rss' });
  });
});

it('rejects a feed that is not well-formed', () => {
  const result = run('<rss><channel><title>x</title><item><title>a</item></channel></rss>');
  expect(result.ok ? null : result.error.code).toBe('MALFORMED_XML');
});
