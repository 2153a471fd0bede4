import { describe, expect, it } from 'vitest';
import { findQuotations, quotationMask, quotedShare } from './quotations.js';

const contents = (text: string) => findQuotations(text).map((q) => text.slice(q.contentStart, q.contentEnd));

describe('findQuotations', () => {
  it('reads curly, straight, guillemet and British single quotes', () => {
    expect(contents('He said “yes” and "no" and «oui».')).toEqual(['yes', 'no', 'oui']);
    expect(contents('‘We will win,’ she said.')).toEqual(['We will win,']);
  });

  it('reads the two-apostrophe and backtick quotes of newspaper archives', () => {
    expect(contents("''If he wins,'' Mr. Sanders said, ''we lose.'' He said ``yes'' twice. Don't stop.")).toEqual(['If he wins,', 'we lose.', 'yes']);
  });

  it('does not take apostrophes for closing single quotes, nor single quotes inside double ones', () => {
    expect(contents('‘It’s the voters’ choice, don’t forget,’ he said.')).toEqual(['It’s the voters’ choice, don’t forget,']);
    expect(contents('“She told me ‘never’ twice,” he said.')).toEqual(['She told me ‘never’ twice,']);
  });

  it('runs a quote over paragraphs that reopen it, and over an unmarked paragraph that closes it', () => {
    const reopened = '“First paragraph.\n\n“Second one,” she said.';
    expect(findQuotations(reopened)).toHaveLength(1);
    expect(findQuotations(reopened)[0]).toMatchObject({ multiParagraph: true, contentStart: 1 });
    const unmarked = '"First paragraph.\n\nSecond one," she said. Then "another".';
    expect(contents(unmarked)).toEqual(['First paragraph.\n\nSecond one,', 'another']);
  });

  it('drops a quote never closed and starts over at the next one', () => {
    expect(contents('“Unclosed here.\n\nPlain text.\n\nMore.\n\nStill.\n\nEnd. “Closed,” he said.')).toEqual(['Closed,']);
  });

  it('measures how much of a span is quoted', () => {
    const text = 'He said the plan “will work” soon.';
    const mask = quotationMask(text.length, findQuotations(text));
    expect(quotedShare(text, mask, text.indexOf('the'), text.indexOf(' soon'))).toBeCloseTo(8 / 15, 2);
  });
});
