import fc from 'fast-check';
import { expect, it } from 'vitest';
import { articleText } from './article.js';
import { normalize } from './index.js';

const encode = (text: string) => new TextEncoder().encode(text);

it('never throws, whatever the bytes and file name', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'a.html', 'a.json', 'a.xml', 'a.gz', 'a.sgm', 'noext'), (bytes, fileName) => {
      const result = normalize({ bytes, fileName });
      expect(typeof result.ok).toBe('boolean');
    }),
    { numRuns: 400 },
  );
});

it('never throws on text shaped like the supported formats', () => {
  const fragment = fc.constantFrom('<', '>', '</p>', '<p>', '{', '}', '[', ']', '"', ':', ',', '&amp;', '&#5;', '<rss>', '<item>', '<title>', '<REUTERS>', '<BODY>', 'date 2022-02-17 (@x)', 'CARACAS (A / B - 1st May, 2020) ', '\n', '\n\n', ' ', 'word', 'Ünïcødé', '\u0000', '\uFEFF');
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 60 }), fc.constantFrom('x.txt', 'x.html', 'x.json', 'x.xml'), (parts, fileName) => {
      const result = normalize({ bytes: encode(parts.join('')), fileName });
      expect(typeof result.ok).toBe('boolean');
    }),
    { numRuns: 400 },
  );
});

/** Plain text: letters, digits, punctuation, quotes, dashes, accents, combining marks, controls and all kinds of whitespace. */
const plainChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') },
  { weight: 2, arbitrary: fc.constantFrom(...'.,;:!?()"\'-–—“”‘’«»£€$%&/@#*') },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'ø', 'Ж', 'ñ', '中', '\u0301', '\u0308', '😀') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00A0', '\u2003', '\u2028', '\f', '\v') },
  { weight: 1, arbitrary: fc.constantFrom('\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u200B', '\u00AD') },
);

it('keeps every non-whitespace character of plain text, in order', () => {
  const invisible = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
  const essence = (text: string) => text.replace(invisible, '').replace(/\s/g, '').normalize('NFC');
  fc.assert(
    fc.property(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'), fc.array(plainChar, { maxLength: 300 }), (first, rest) => {
      const input = first + rest.join('');
      const result = normalize({ bytes: encode(input), fileName: 'story.txt' });
      if (!result.ok) {
        // The one allowed rejection: text that is mostly control characters is binary data.
        const controls = input.match(/[\u0000-\u0008\u000B\u000E-\u001F]/g)?.length ?? 0;
        expect(result.error.code).toBe('BINARY_DATA');
        expect(controls / input.length).toBeGreaterThan(0.1);
        return;
      }
      expect(result.articles).toHaveLength(1);
      const [article] = result.articles;
      expect(article.format).toBe('text');
      expect(essence(articleText(article))).toBe(essence(input));
      expect(article.body).not.toMatch(/[\u0000-\u0009\u000B-\u001F]|\n{3,}| {2}/);
      expect(article.body).toBe(article.body.normalize('NFC'));
    }),
    { numRuns: 500 },
  );
});
