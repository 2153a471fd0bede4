import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import { normalize } from './index.js';
import { shingleF1 } from '../../scripts/eval/shingle-f1.js';

const dir = new URL('../../test/fixtures/normalize/html/', import.meta.url);
function page(name: string): Article {
  const result = normalize({ bytes: readFileSync(new URL(`${name}.html`, dir)), fileName: `${name}.html` });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.articles[0];
}
const gold = (name: string) => readFileSync(new URL(`${name}.expected.txt`, dir), 'utf8');

describe('main content of news pages', () => {
  it.each(['wire-story', 'div-soup', 'paywall-jsonld', 'figures-subheads', 'spanish', 'comments-heavy', 'windows-1252', 'pull-quote', 'french-lire-aussi', 'table-layout', 'hashed-classes', 'author-bio-long', 'german-live', 'short-brief'])('%s matches the marked article text', (name) => {
    const article = page(name);
    expect(shingleF1(article.body, gold(name)).f1).toBeGreaterThan(0.9);
    expect(article.body).not.toMatch(/cookie|subscribe|sign up|comments?\b.*\d|related stories|most read/i);
  });

  it('keeps paragraphs apart and character references decoded', () => {
    const article = page('wire-story');
    expect(article.body.split('\n\n')).toHaveLength(7);
    expect(article.body).toContain('“For too long, families in small towns have been told to wait,” said Senator Alice Moreno');
    expect(article.body).not.toMatch(/&[a-z]+;|<\/?p>/);
  });
});

describe('metadata of news pages', () => {
  it('JSON-LD NewsArticle and Open Graph', () => {
    expect(page('wire-story')).toMatchObject({
      title: 'Senate passes rural broadband bill after late-night vote',
      publishedAt: '2023-05-11T02:14:00-04:00',
      author: 'Thomas Reed',
      url: 'https://ledger.example.com/politics/2023/05/senate-broadband-bill',
      dateline: 'Washington',
      sources: ['AP'],
      language: 'en',
      format: 'html',
    });
  });

  it('JSON-LD inside @graph, with articleBody behind a paywall', () => {
    const article = page('paywall-jsonld');
    expect(article).toMatchObject({ publishedAt: '2024-09-02T07:00:00+01:00', author: 'Gareth Pryce', dateline: 'Newport' });
    expect(article.body).toContain('Unions welcomed the investment');
  });

  it('<time datetime>, byline element and a site name from og:site_name', () => {
    expect(page('comments-heavy')).toMatchObject({ publishedAt: '2021-06-03', author: 'Dana Whitfield', sources: ['Millbrook Gazette'], dateline: 'Millbrook' });
    expect(page('figures-subheads')).toMatchObject({ publishedAt: '2022-08-19', author: 'Ingrid Sorensen', sources: ['Northern Observer'] });
  });

  it('a title without the site suffix when the page has no og:title', () => {
    expect(page('div-soup')).toMatchObject({ title: 'Harbour city votes to ban cruise ships from old port', publishedAt: '2024-03-07' });
  });

  it('an old table layout: ISO-8859-1 declared, windows-1252 references, byline in the text', () => {
    const article = page('table-layout');
    expect(article).toMatchObject({ title: 'Mill closure leaves 300 without work', author: 'Ed Harlan', dateline: 'Riverton' });
    expect(article.body.startsWith('RIVERTON – The Pine Ridge paper mill')).toBe(true);
    expect(article.body).toContain('“There isn\'t a family in this valley');
  });

  it('French page: language, AFP dateline, JSON-LD author', () => {
    expect(page('french-lire-aussi')).toMatchObject({ language: 'fr', dateline: 'Marseille', sources: ['AFP'], author: 'Julien Marchetti', publishedAt: '2024-06-12T08:05:00+02:00' });
  });

  it('JSON-LD with several authors; standfirst left out of the body', () => {
    expect(page('hashed-classes')).toMatchObject({ author: 'Rosa Delgado, Ben Carter', publishedAt: '2024-10-16T21:40:00-06:00', sources: ['Front Range Daily'] });
    expect(page('author-bio-long').body).not.toContain('The change takes effect Feb. 1');
  });

  it('a one-paragraph brief is still an article', () => {
    expect(page('short-brief').body).toBe(gold('short-brief').trim());
  });

  it('non-English pages are kept and marked', () => {
    expect(page('spanish')).toMatchObject({ language: 'es', dateline: 'Sevilla', sources: ['EFE'], author: 'Carmen Ruiz' });
  });
});

describe('pages Readability cannot parse', () => {
  it('fall back to the page text instead of failing (a malformed tree that makes Readability throw)', () => {
    const result = normalize({ bytes: readFileSync(new URL('readability-crash.html', dir)), fileName: 'readability-crash.html' });
    expect(result.ok ? 'processed' : result.error.code).not.toBe('INTERNAL_ERROR');
    if (result.ok) expect(result.articles[0].body).toMatch(/word/);
  });
});
