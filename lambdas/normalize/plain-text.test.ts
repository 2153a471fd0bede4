import { describe, expect, it } from 'vitest';
import { articleText } from './article.js';
import { normalizePlainText } from './plain-text.js';

describe('normalizePlainText', () => {
  it('takes a short first line as the headline', () => {
    const article = normalizePlainText('Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).\n\nThe firm said sales rose.');
    expect(article.title).toBe('Ad sales boost Time Warner profit');
    expect(article.body).toBe('Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).\n\nThe firm said sales rose.');
    expect(articleText(article).startsWith('Ad sales boost Time Warner profit\n\nQuarterly')).toBe(true);
  });

  it('does not take a sentence, a dateline or a lone paragraph as the headline', () => {
    expect(normalizePlainText('The council met on Monday.\n\nIt approved the budget.').title).toBeNull();
    expect(normalizePlainText('WASHINGTON (AP) — Lawmakers met.\n\nThey agreed.').title).toBeNull();
    expect(normalizePlainText('Just one line').title).toBeNull();
  });

  it('reads a Reuters-style dateline after the headline and keeps it in the body', () => {
    const article = normalizePlainText('BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.');
    expect(article.title).toBe('BAHIA COCOA REVIEW');
    expect(article.dateline).toBe('Salvador');
    expect(article.body).toBe('SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone.');
  });

  it('joins hard-wrapped lines and splits paragraphs at indentation', () => {
    const article = normalizePlainText('First line of the story\ncontinues here.\n    A new paragraph starts\nhere and goes on.');
    expect(article.body).toBe('First line of the story continues here.\n\nA new paragraph starts here and goes on.');
  });

  it('treats long unbroken lines as one paragraph each', () => {
    const line = (n: number) => `Paragraph ${n} ` + 'has many words in it and runs on for quite a while '.repeat(4);
    const article = normalizePlainText([line(1), line(2), line(3)].join('\n'));
    expect(article.body.split('\n\n')).toHaveLength(3);
  });

  it('reads a header block of known fields as metadata', () => {
    const article = normalizePlainText('Title: Port strike ends\nDate: 2024-01-05\nSource: Harbour Wire / Reuters\nAuthor: By Ana Silva\n\nDockworkers returned to work on Friday.');
    expect(article).toMatchObject({
      title: 'Port strike ends',
      publishedAt: '2024-01-05',
      sources: ['Harbour Wire', 'Reuters'],
      source: 'Harbour Wire',
      author: 'Ana Silva',
      body: 'Dockworkers returned to work on Friday.',
    });
  });

  it('reads a byline but leaves it in the text', () => {
    const article = normalizePlainText('Rates held\n\nBy Jane Doe, Economics Editor\n\nThe central bank held rates on Thursday.');
    expect(article.author).toBe('Jane Doe');
    expect(article.body.startsWith('By Jane Doe, Economics Editor')).toBe(true);
  });

  it('reads the submission header with a datetime and without a handle', () => {
    expect(normalizePlainText('date 2022-02-17T08:00:00Z\n\nText of the story.')).toMatchObject({ publishedAt: '2022-02-17T08:00:00Z', submittedBy: null, body: 'Text of the story.' });
  });

  it('takes the publication date from a dated dateline when no header gives one', () => {
    expect(normalizePlainText('MOSCOW (Sputnik - 3rd March, 2021) Officials said on Tuesday that talks went well.').publishedAt).toBe('2021-03-03');
  });
});
