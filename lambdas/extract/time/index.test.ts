import { describe, expect, it } from 'vitest';
import { textArticle as article, timexesOf, timexTable } from '../../../test/support/timex-table.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { extractTimex } from './index.js';

const timex = (body: string, publishedAt: string | null = '2022-02-17') => timexesOf(body, publishedAt);
const table = (body: string, publishedAt: string | null = '2022-02-17') => timexTable(body, publishedAt);

describe('extractTimex on a news story published Thursday 2022-02-17', () => {
  const story =
    'MOSCOW (Wire - 17th February, 2022) The deputy minister said on Wednesday that exports grew by almost 50% last year compared with 2020.\n\n' +
    'The two presidents spoke by phone on January 20, he recalled.';

  it('finds each expression with its TimeML span and value', () => {
    const found = timex(story);
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['17th February, 2022', 'DATE', '2022-02-17'],
      ['Wednesday', 'DATE', '2022-02-16'],
      ['last year', 'DATE', '2021'],
      ['2020', 'DATE', '2020'],
      ['January 20', 'DATE', '2022-01-20'],
    ]);
    for (const t of found) expect(story.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('absolute dates', () => {
  it('reads the common news formats', () => {
    expect(table('It opened Feb 26, closed 26-FEB-1987, reopened 2022-02-14 and again on Aug. 7, 1998.')).toMatchObject({
      'Feb 26': 'DATE 2022-02-26',
      '26-FEB-1987': 'DATE 1987-02-26',
      '2022-02-14': 'DATE 2022-02-14',
      'Aug. 7, 1998': 'DATE 1998-08-07',
    });
  });

  it('reads slashed ISO dates, abbreviated weekdays, day ranges and dotted European dates (via chrono)', () => {
    expect(table('Filed 2021/03/05, seen Thurs., Feb. 10, held March 5 to 7, 2021, and on April 24 and 25; stamped 17.02.2021.')).toEqual({
      '2021/03/05': 'DATE 2021-03-05',
      'Thurs., Feb. 10': 'DATE 2022-02-10',
      'March 5': 'DATE 2021-03-05',
      '7, 2021': 'DATE 2021-03-07',
      'April 24': 'DATE 2022-04-24',
      '25': 'DATE 2022-04-25',
      '17.02.2021': 'DATE 2021-02-17',
    });
  });

  it('leaves dotted numeric dates to chrono, and finds none when chrono is switched off', () => {
    const body = 'The order was stamped 17.02.2021 in Riga.';
    const tokens = tokenize(body);
    const ctx = { text: body, tokens, sentences: splitSentences(body, tokens), article: article(body, '2022-02-17') };
    expect(extractTimex(ctx).map((t) => t.value)).toEqual(['2021-02-17']);
    expect(extractTimex(ctx, { chrono: false })).toEqual([]);
  });

  it('takes the year nearest the publication date for a month and day written without one', () => {
    expect(table('The deadline is Jan. 14.', '2000-01-07')).toEqual({ 'Jan. 14': 'DATE 2000-01-14' });
    expect(table('He was hired on Dec. 15.', '1990-01-03')).toEqual({ 'Dec. 15': 'DATE 1989-12-15' });
  });

  it('lets a weekday decide the year of "Monday, Oct. 26"', () => {
    expect(table('The paper said in an editorial on Monday, Oct. 26: enough.', '1998-10-25')).toEqual({ 'Monday, Oct. 26': 'DATE 1998-10-26' });
  });

  it('reads months, quarters, halves, seasons, fiscal years, decades and centuries', () => {
    expect(
      table(
        'Profit fell in the third quarter and in the first half of 1990. Sales peaked last fall and in fiscal 1989. ' +
          'Prices were low in the 1990s and in the early 1980s, as in the 20th century. He left in July 1997.',
        '1989-11-02',
      ),
    ).toEqual({
      'the third quarter': 'DATE 1989-Q3',
      'the first half of 1990': 'DATE 1990-H1',
      'last fall': 'DATE 1988-FA',
      'fiscal 1989': 'DATE 1989',
      'the 1990s': 'DATE 199',
      'the early 1980s': 'DATE 198',
      'the 20th century': 'DATE 19',
      'July 1997': 'DATE 1997-07',
    });
  });

  it('does not read "may" the verb or amounts as dates', () => {
    expect(table('Officials may act. The plan costs $2000 and covers 1990 people.')).toEqual({});
  });
});

describe('weekdays follow tense', () => {
  it('takes the most recent one in past-tense reporting, the coming one in future tense', () => {
    expect(table('The minister said on Wednesday that talks ended.')).toEqual({ Wednesday: 'DATE 2022-02-16' });
    expect(table('The ministers will meet on Friday.')).toEqual({ Friday: 'DATE 2022-02-18' });
    expect(table('They met last Thursday and will meet again next Monday.')).toEqual({
      'last Thursday': 'DATE 2022-02-10',
      'next Monday': 'DATE 2022-02-21',
    });
  });
});

describe('relative expressions', () => {
  it('resolves against the publication date at the right granularity', () => {
    expect(
      table('Talks began this week, after a pause last month; a deal may come next month or next year. Trade fell two days ago and three years ago.'),
    ).toEqual({
      'this week': 'DATE 2022-W07',
      'last month': 'DATE 2022-01',
      'next month': 'DATE 2022-03',
      'next year': 'DATE 2023',
      'two days ago': 'DATE 2022-02-15',
      'three years ago': 'DATE 2019',
    });
  });

  it('keeps modifiers and drops prepositions', () => {
    expect(table('The law passed earlier this month and takes effect in early next year.')).toEqual({
      'earlier this month': 'DATE 2022-02',
      'early next year': 'DATE 2023',
    });
  });

  it('reads today, yesterday, tonight and parts of days', () => {
    expect(table('Yesterday morning the talks failed; they resume today and tonight.')).toEqual({
      'Yesterday morning': 'TIME 2022-02-16TMO',
      today: 'DATE 2022-02-17',
      tonight: 'TIME 2022-02-17TNI',
    });
  });

  it('marks PRESENT_REF, PAST_REF and FUTURE_REF', () => {
    expect(table('Prices are now high; they were recently lower and may rise in the future. Currently, 20 deals exist.')).toEqual({
      now: 'DATE PRESENT_REF',
      recently: 'DATE PAST_REF',
      'the future': 'DATE FUTURE_REF',
      Currently: 'DATE PRESENT_REF',
    });
  });

  it('places "a year earlier" on the quarter under discussion', () => {
    expect(table('Third-quarter profit rose 5% from a year earlier.', '1989-10-20')).toEqual({
      'Third-quarter': 'DATE 1989-Q3',
      'a year earlier': 'DATE 1988-Q3',
    });
  });

  it('keeps comparisons on the quarter the story reports on, not on one named in passing', () => {
    const story =
      'Third-quarter net income rose 20%. After a flat second quarter, sales recovered. Net was $90 million a year ago. ' +
      'The company stopped paying a dividend in the third quarter of 1984. It earned $3 a share in the year-earlier period.';
    expect(table(story, '1989-11-01')).toMatchObject({
      'second quarter': 'DATE 1989-Q2',
      'a year ago': 'DATE 1988-Q3',
      'the third quarter of 1984': 'DATE 1984-Q3',
      'the year-earlier period': 'DATE 1988-Q3',
    });
    // A quarter named in the same sentence is the one compared.
    expect(table('Third-quarter sales rose. Second-quarter sales fell 5% from a year earlier.', '1989-11-01')).toMatchObject({ 'a year earlier': 'DATE 1988-Q2' });
    // A stretch of months named before it makes the comparison a year, not the quarter.
    expect(table('Third-quarter net rose. In the first nine months, net was $9 million, up from $7 million a year earlier and $5 million in the 1987 period.', '1989-11-01')).toMatchObject({
      'the first nine months': 'DURATION P9M',
      'a year earlier': 'DATE 1988',
      'the 1987 period': 'DATE 1987',
    });
    // "the latest period" is the quarter reported on when the story names it (a fiscal fourth quarter
    // ended in September), else the calendar quarter just closed.
    expect(table('Net rose 8% in the fiscal fourth quarter ended Sept. 30. Sales in the latest period were $1.7 billion.', '1989-11-02')).toMatchObject({ 'the latest period': 'DATE 1989-Q4' });
    expect(table('Sales in the latest period were $1.7 billion.', '1989-11-02')).toEqual({ 'the latest period': 'DATE 1989-Q3' });
    // "that quarter" is the one just named.
    expect(table('Third-quarter sales rose. In the second quarter, it lost $5 million. Results for that quarter included a charge.', '1989-11-01')).toMatchObject({ 'that quarter': 'DATE 1989-Q2' });
  });

  it('leaves what depends on the publication date unspecified when there is none', () => {
    expect(table('It fell last year, on Friday, in the third quarter, on May 4 at 10:30 a.m., on March 3, 2020, and for three years.', null)).toEqual({
      'last year': 'DATE XXXX',
      Friday: 'DATE XXXX-XX-XX',
      'the third quarter': 'DATE XXXX-Q3',
      'May 4': 'DATE XXXX-05-04',
      '10:30 a.m.': 'TIME XXXX-XX-XXT10:30',
      'March 3, 2020': 'DATE 2020-03-03',
      'three years': 'DURATION P3Y',
    });
  });
});

describe('durations, sets and times', () => {
  it('writes durations as TimeML periods', () => {
    expect(
      table('It took a month, then three years; over the past decade and the past two months it grew, for 5 1/2 hours and half an hour.'),
    ).toEqual({
      'a month': 'DURATION P1M',
      'three years': 'DURATION P3Y',
      'the past decade': 'DURATION P10Y',
      'the past two months': 'DURATION P2M',
      '5 1/2 hours': 'DURATION PT5H30M',
      'half an hour': 'DURATION PT30M',
    });
  });

  it('reads numbers with thousands separators whole', () => {
    expect(table('The 1,000 years old tradition lasted 2.5 years.')).toEqual({ '2.5 years': 'DURATION P2Y6M' });
    expect(table('Glass makers kept secrets for 1,200 years.')).toEqual({ '1,200 years': 'DURATION P1200Y' });
  });

  it('does not take ages or fractions for durations', () => {
    expect(table('Smith, 37 years old, sold about three-quarters of the stock.')).toEqual({});
  });

  it('reads sets', () => {
    expect(table('Flights leave every week and daily, each Thursday, and cost $5 million a year.')).toEqual({
      'every week': 'SET P1W',
      daily: 'SET P1D',
      'each Thursday': 'SET XXXX-WXX-4',
      'a year': 'SET P1Y',
    });
    expect(table('Interest is paid semi-annually, reviewed biennially and reported annually.')).toEqual({
      'semi-annually': 'SET P6M',
      biennially: 'SET P2Y',
      annually: 'SET P1Y',
    });
  });

  it('reads clock times with zones, on the day they name', () => {
    expect(table('The vote opens at 10:30 a.m. EST; the last one closed at 5 p.m. EST Friday.')).toEqual({
      '10:30 a.m. EST': 'TIME 2022-02-17T10:30-05',
      '5 p.m. EST Friday': 'TIME 2022-02-11T17:00-05',
    });
  });
});

describe('robustness', () => {
  it('gives spans that index the text, in order and without overlaps, for any input', async () => {
    const fc = await import('fast-check');
    const words = ['on', 'Friday', 'last', 'year', 'the', '1990s', 'Jan.', '14', ',', '2021', 'ago', 'two', 'days', 'a', 'month', 'every',
      'week', 'now', '10:30', 'a.m.', 'EST', 'May', 'may', 'quarter', 'third-quarter', 'earlier', 'this', '$', '5', '%', '.', '\n\n', "'s", '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom('2022-02-17', '1998-11-20T19:30', null, 'garbage'), (parts, published) => {
        const body = parts.join(' ');
        const found = timex(body, published);
        let last = -1;
        for (const t of found) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(body.slice(t.start, t.end)).toBe(t.text);
          expect(t.value).toMatch(/^(?:P|XXXX|PRESENT_REF|PAST_REF|FUTURE_REF|\d)/);
          last = t.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('does not read a year before "years earlier" as a count', () => {
    // "year earlier" is then the year before the one just named, with or without a publication date.
    expect(table('Sales in 2021 year earlier', null)).toEqual({ '2021': 'DATE 2021', 'year earlier': 'DATE 2020' });
  });

  it('handles empty text and a datetime anchor', () => {
    expect(timex('')).toEqual([]);
    expect(table('It rained yesterday.', '2022-02-17T23:30:00Z')).toEqual({ yesterday: 'DATE 2022-02-16' });
  });

  it('finds nothing in long text without temporal cues, and reads long runs of numbers as at most years', () => {
    const plain = 'The committee discussed the proposal and the members voted. '.repeat(5000);
    expect(timex(plain)).toEqual([]);
    const numbers = '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 1999 '.repeat(500);
    expect(new Set(timex(numbers).map((t) => t.value))).toEqual(new Set(['1999']));
  });
});

describe('vague periods and year stretches', () => {
  it('reads recent/coming periods as vague stretches and "the year ended" as a stretch', () => {
    expect(table('Sales rose in recent years and will grow in the coming months.')).toEqual({
      'recent years': 'DURATION PXY',
      'the coming months': 'DURATION PXM',
    });
    expect(timex('Revenue for the year ended March 31 was flat; for the year, profit rose.', '1989-11-01').map((t) => `${t.text} ${t.type} ${t.value}`)).toEqual([
      'the year DURATION P1Y',
      'March 31 DATE 1989-03-31',
      'the year DATE 1989',
    ]);
  });
});
