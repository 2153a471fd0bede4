import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleText, type Article, type NormalizeResult } from './article.js';
import { normalize } from './index.js';

const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (bytes: Uint8Array, fileName = 'story.txt', maxBytes?: number) => normalize({ bytes, fileName, maxBytes });

function articles(result: NormalizeResult): Article[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.articles;
}
function errorCode(result: NormalizeResult): string {
  if (result.ok) throw new Error('expected a rejection');
  return result.error.code;
}

describe('the sample article', () => {
  const [article] = articles(run(fixture('caracas-russia-venezuela-2022-02-17.txt'), 'incoming/caracas.txt'));

  it('reads the header line as metadata, not text', () => {
    expect(article.publishedAt).toBe('2022-02-17');
    expect(article.submittedBy).toBe('@ChaudhryMAli88');
    expect(article.body).not.toContain('ChaudhryMAli88');
    expect(article.body.startsWith('CARACAS (UrduPoint News / Sputnik - 17th February, 2022) Russia and Venezuela')).toBe(true);
  });

  it('reads the dateline and source chain while keeping the dateline in the text', () => {
    expect(article.dateline).toBe('Caracas');
    expect(article.sources).toEqual(['UrduPoint News', 'Sputnik']);
    expect(article.source).toBe('UrduPoint News');
    expect(article.language).toBe('en');
    expect(article.format).toBe('text');
    expect(article.title).toBeNull();
  });

  it('keeps paragraphs separated by a blank line and every printable character as written', () => {
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[1]).toBe('"It is encouraging that the bilateral trade increased by almost 50% last year compared with 2020," Borisov said.');
    const source = readFileSync(new URL('../../test/fixtures/caracas-russia-venezuela-2022-02-17.txt', import.meta.url), 'utf8');
    const withoutHeader = source.replace(/^.*\n/, '');
    expect(articleText(article).replace(/\s/g, '')).toBe(withoutHeader.replace(/\s/g, ''));
  });
});

describe('bad input becomes a stable error code', () => {
  it.each([
    ['empty file', new Uint8Array(), 'EMPTY_FILE'],
    ['whitespace only', utf8(' \n\t\r\n '), 'EMPTY_FILE'],
    ['PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'BINARY_DATA'],
    ['random bytes with NULs', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)), 'BINARY_DATA'],
    ['PDF document', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>'), 'UNSUPPORTED_FORMAT'],
    ['ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'UNSUPPORTED_FORMAT'],
    ['truncated JSON', utf8('{"title": "Rates rise", "body": "The central'), 'MALFORMED_JSON'],
    ['bad NDJSON line', utf8('{"title":"a","body":"x y z"}\n{"title": oops}\n'), 'MALFORMED_JSON'],
    ['unbalanced feed', utf8('<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>'), 'MALFORMED_XML'],
    ['XML that is no feed', utf8('<?xml version="1.0"?><invoice><total>3</total></invoice>'), 'UNSUPPORTED_FORMAT'],
    ['JSON without article fields', utf8('{"temperature": 21, "unit": "C"}'), 'UNSUPPORTED_FORMAT'],
    ['JSON article without text', utf8('{"title": "Only a headline"}'), 'NO_ARTICLE_TEXT'],
    ['feed without items', utf8('<rss version="2.0"><channel><title>Empty</title></channel></rss>'), 'NO_ARTICLE_TEXT'],
  ])('%s', (_name, bytes, code) => {
    expect(errorCode(run(bytes))).toBe(code);
  });

  it('UTF-16 BOM over bytes that are not UTF-16', () => {
    // Lone low surrogates: every code unit decodes to U+FFFD.
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 40 }, (_, i) => (i % 2 ? 0xdc : 0x41))]);
    expect(errorCode(run(bytes))).toBe('BAD_ENCODING');
  });

  it('HTML without article text', () => {
    expect(errorCode(run(fixture('normalize/html/no-article.html'), 'section.html'))).toBe('NO_ARTICLE_TEXT');
  });

  it('over the size limit', () => {
    const result = run(utf8('word '.repeat(300)), 'big.txt', 1000);
    expect(errorCode(result)).toBe('TOO_LARGE');
  });

  it('an unexpected fault becomes INTERNAL_ERROR, never an exception', () => {
    const input = { fileName: 'story.txt', get bytes(): Uint8Array { throw new Error('the read went away\nat line 2'); } };
    const result = normalize(input);
    expect(errorCode(result)).toBe('INTERNAL_ERROR');
    if (!result.ok) expect(result.error.message).not.toContain('\n');
  });

  it('keeps error messages to one line', () => {
    const result = run(utf8('{"a": [1, 2,, 3]}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('\n');
  });
});

describe('gzip', () => {
  const story = 'Markets rallied on Friday after the central bank held rates.\n\nTraders said the decision was expected.';

  it('decompresses and normalizes by content', () => {
    const [article] = articles(run(gzipSync(utf8(story)), 'incoming/story.txt.gz'));
    expect(article.body).toBe(story);
  });

  it('unwraps gzip inside gzip', () => {
    const [article] = articles(run(gzipSync(gzipSync(utf8(story))), 'story.gz'));
    expect(article.body).toBe(story);
  });

  it('reports a decompression bomb when a tiny file expands past the limit', () => {
    const bomb = gzipSync(new Uint8Array(5 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(20_000);
    expect(errorCode(run(bomb, 'x.gz', 1024 * 1024))).toBe('DECOMPRESSION_BOMB');
  });

  it('reports plain TOO_LARGE when the ratio is ordinary', () => {
    const noisy = Uint8Array.from({ length: 50_000 }, (_, i) => 0x61 + ((i * 2654435761) >>> 27) % 26);
    expect(errorCode(run(gzipSync(noisy), 'x.gz', 40_000))).toBe('TOO_LARGE');
  });

  it('reports a truncated stream', () => {
    const compressed = gzipSync(utf8(story.repeat(20)));
    expect(errorCode(run(compressed.subarray(0, compressed.length - 30), 'x.gz'))).toBe('MALFORMED_GZIP');
  });
});

describe('encodings', () => {
  const text = 'Café owners in Zürich said “prices” rose — by 5%.';

  it('UTF-8 with BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(articles(run(bytes))[0].body).toBe(text);
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le[2 + i * 2] = code & 0xff;
      le[3 + i * 2] = code >> 8;
      be[2 + i * 2] = code >> 8;
      be[3 + i * 2] = code & 0xff;
    }
    expect(articles(run(le))[0].body).toBe(text);
    expect(articles(run(be))[0].body).toBe(text);
  });

  it('windows-1252 detected when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35, 0x20, 0x80, 0x39]);
    expect(articles(run(bytes))[0].body).toBe('Café “ok” – £5 €9');
  });

  it('an HTML charset declaration is honoured', () => {
    const [article] = articles(run(fixture('normalize/html/windows-1252.html'), 'page.html'));
    expect(article.title).toBe('Football club fined £250,000 over ticket sales');
    expect(article.body).toContain('“The safety of supporters must come first, and the club accepts the panel’s findings in full,”');
  });

  it('composes to NFC and drops control and invisible characters', () => {
    const [article] = articles(run(utf8('Cafe\u0301 news\u0007 to\u00ADday\u200B in Ko\u0308ln.')));
    expect(article.body).toBe('Café news today in Köln.');
  });
});

describe('format by content first, extension second', () => {
  it('HTML saved as .txt is still a page', () => {
    const [article] = articles(run(fixture('normalize/html/wire-story.html'), 'story.txt'));
    expect(article.format).toBe('html');
    expect(article.body).not.toContain('cookies');
  });

  it('JSON saved as .html is still JSON', () => {
    const [article] = articles(run(utf8('{"headline": "Port reopens", "text": "The port reopened on Monday after repairs."}'), 'x.html'));
    expect(article.format).toBe('json');
    expect(article.title).toBe('Port reopens');
  });

  it('a plain story that opens with a bracket is text, not broken JSON', () => {
    const [article] = articles(run(utf8('[Updated] Storm closes the coastal road\n\nThe road will stay shut until Friday, police said.'), 'x.json'));
    expect(article.format).toBe('text');
  });

  it('Reuters SGML is several articles with title, dateline and date', () => {
    const result = run(fixture('normalize/misc/reuters-sample.sgm'), 'reut2-999.sgm');
    const [wheat, brief, unproc] = articles(result);
    expect(wheat).toMatchObject({
      title: 'CANADIAN WHEAT STOCKS <WHEAT> SEEN LOWER',
      publishedAt: '1987-03-03T09:12:44',
      dateline: 'Winnipeg',
      source: 'Reuters',
      format: 'sgml',
    });
    expect(wheat.body).toBe(
      'WINNIPEG, March 3 - Canadian wheat stocks at the end of the crop year are expected to be about 8.2 mln tonnes, down from 9.1 mln a year earlier, the Wheat Board said.\n\n' +
        'The board said exports had been strong & domestic use was steady.',
    );
    expect(brief).toMatchObject({ title: 'OTTAWA BANK RATE UNCHANGED AT 7.32 PCT', body: '' });
    // The wire's sign-off is the source, not text.
    for (const article of articles(result)) expect(article.body).not.toMatch(/Reuters?\s*$/);
    expect(unproc.body).toContain('WEEKLY MONEY REPORT - MARCH 3');
    expect(unproc.body).not.toMatch(/[\u0000-\u0008]/);
  });
});

it('never throws, even on hostile input', () => {
  const inputs = [utf8('<'), utf8('{'), utf8('<rss'), utf8('<!DOCTYPE html><html><body><p>'), new Uint8Array([0x1f, 0x8b, 0x08]), new Uint8Array([0xff, 0xfe, 0x00])];
  for (const bytes of inputs) expect(() => run(bytes, 'x')).not.toThrow();
});

describe('encoding repair', () => {
  it('undoes UTF-8 that was decoded as windows-1252 and saved again', () => {
    const original = 'The café’s owner said “prices” rose — again.';
    const doubled = Array.from(new TextEncoder().encode(original), (b) => (b >= 0x80 && b <= 0x9f ? ({ 0x80: '€', 0x94: '”', 0x99: '™', 0x9c: 'œ', 0x93: '“', 0x9d: '\u009d' } as Record<number, string>)[b] ?? String.fromCharCode(b) : String.fromCharCode(b))).join('');
    expect(doubled).toContain('Ã©');
    const [article] = articles(run(utf8(doubled)));
    expect(article.body).toBe(original);
  });

  it('leaves text alone when the signature appears once', () => {
    expect(articles(run(utf8('A product called Ã© exists.')))[0].body).toBe('A product called Ã© exists.');
  });
});

describe('hostile structure is refused, not left to overflow the stack or the clock', () => {
  it('HTML nested thousands of levels deep', () => {
    const html = `<html><body>${'<div>'.repeat(3000)}some words of text here${'</div>'.repeat(3000)}</body></html>`;
    expect(errorCode(run(utf8(html), 'deep.html'))).toBe('UNSUPPORTED_FORMAT');
  });

  it('HTML whose parsed tree is deeper than its tags show (nested tables and lists)', () => {
    const sentence = 'The minister said on Tuesday that the plan would cost 2 billion euros.';
    for (const unit of ['<table><tr><td>', '<ul><li>']) {
      const html = `<html><body>${`${unit}${sentence}`.repeat(300)}</body></html>`;
      expect(errorCode(run(utf8(html), 'nested.html'))).toBe('UNSUPPORTED_FORMAT');
    }
    // Nesting a page really has stays readable.
    const html = `<html><body>${`<table><tr><td>${sentence}`.repeat(20)}</body></html>`;
    expect(articles(run(utf8(html), 'tables.html'))[0].body).toContain('2 billion euros');
  });

  it('HTML made of character references', () => {
    expect(errorCode(run(utf8(`<html><body><p>${'&lt;'.repeat(250_000)}</p></body></html>`), 'refs.html'))).toBe('UNSUPPORTED_FORMAT');
  });

  it('a feed item nested deeper than the XML reader allows', () => {
    const xml = `<rss><channel><item><title>t</title><description>${'<b>'.repeat(2000)}x${'</b>'.repeat(2000)}</description></item></channel></rss>`;
    expect(errorCode(run(utf8(xml), 'deep.xml'))).toBe('UNSUPPORTED_FORMAT');
  });

  it('a JSON body nested thousands of arrays deep', () => {
    const json = `{"title": "t", "body": ${'['.repeat(5000)}"deep"${']'.repeat(5000)}}`;
    expect(errorCode(run(utf8(json), 'deep.json'))).toBe('NO_ARTICLE_TEXT');
  });

  it('markup without an <html> element is still a page', () => {
    const [article] = articles(run(utf8('<p>The council met on Monday and voted to close the old bridge for repairs lasting about six weeks.</p>'), 'frag.html'));
    expect(article.body).toBe('The council met on Monday and voted to close the old bridge for repairs lasting about six weeks.');
  });
});
