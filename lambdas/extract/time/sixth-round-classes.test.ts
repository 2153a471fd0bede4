// Issue 14's sixth round: classes read off the tune split's errors and web-news batch 10, one block
// each, in the TimeML TIMEX3 conventions.
import { describe, expect, it } from 'vitest';
import { timexTable } from '../../../test/support/timex-table.js';

const table = timexTable;

describe('"last" + a month', () => {
  it('skips the month just ended, which would be "last month"', () => {
    expect(table('Two helicopters crashed last February.', '1998-03-01')).toEqual({ 'last February': 'DATE 1997-02' });
    expect(table('The plant closed last December.', '1998-01-10')).toEqual({ 'last December': 'DATE 1996-12' });
  });

  it('keeps the latest one for months further back, and "this past" for the month just ended', () => {
    expect(table('Two helicopters crashed last January.', '1998-03-01')).toEqual({ 'last January': 'DATE 1998-01' });
    expect(table('He left last March.', '1998-03-01')).toEqual({ 'last March': 'DATE 1997-03' });
    expect(table('The plant closed this past February.', '1998-03-01')).toEqual({ 'this past February': 'DATE 1998-02' });
  });
});

describe('"the Nth day of" an ongoing event that the sentence puts today', () => {
  it('is the publication day after "today is" or "it\'s", the next day after "tomorrow is"', () => {
    expect(table("It's the second day of an offensive by the security forces.", '1998-03-06')).toEqual({ 'the second day': 'DATE 1998-03-06' });
    expect(table('Today is the eighth day of the blockade.', '1990-08-15')).toEqual({ Today: 'DATE 1990-08-15', 'the eighth day': 'DATE 1990-08-15' });
    expect(table('Tomorrow will be the 10th day of the strike.', '2024-05-02')).toEqual({ Tomorrow: 'DATE 2024-05-03', 'the 10th day': 'DATE 2024-05-03' });
  });

  it('is not tagged when nothing says which day it is', () => {
    expect(table('The third day of the talks ended without a deal.', '2024-05-02')).toEqual({});
    expect(table('He was sacked on the first day of the season.', '2024-05-02')).toEqual({});
  });
});

describe('one more unit: "an additional year", "another week", "an extra day"', () => {
  it('is a duration of the unit', () => {
    expect(table('The loan may be extended for an additional year.', '1989-11-02')).toEqual({ 'an additional year': 'DURATION P1Y' });
    expect(table('He will stay for another week.', '1989-11-02')).toEqual({ 'another week': 'DURATION P1W' });
    expect(table('Workers got an extra day off.', '1989-11-02')).toEqual({ 'an extra day': 'DURATION P1D' });
  });

  it('is no duration as a fraction or a rate', () => {
    expect(table('Another quarter of the shares changed hands.', '1989-11-02')).toEqual({});
    expect(table('He earns $5 million another year.', '1989-11-02')).toEqual({});
  });
});

describe('a list of weekdays ending in a plural part of day', () => {
  it('makes each weekday of the list a set', () => {
    expect(table('Two new flights will leave Bombay on Monday and Tuesday nights.', '1998-02-13')).toEqual({
      Monday: 'SET XXXX-WXX-1TNI',
      'Tuesday nights': 'SET XXXX-WXX-2TNI',
    });
    expect(table('Shows run on Friday, Saturday and Sunday evenings.', '1998-02-13')).toEqual({
      Friday: 'SET XXXX-WXX-5TEV',
      Saturday: 'SET XXXX-WXX-6TEV',
      'Sunday evenings': 'SET XXXX-WXX-7TEV',
    });
  });

  it('leaves a list ending in one part of day as dates', () => {
    expect(table('They met on Monday and Tuesday night.', '1998-02-13')).toEqual({ Monday: 'DATE 1998-02-09', 'Tuesday night': 'TIME 1998-02-10TNI' });
  });
});

describe('two quarters as a half of the year', () => {
  it('reads "the first two quarters (of 1990)" as the first half and "the last two quarters of 1990" as the second', () => {
    expect(table('Weakness will last through the first two quarters of 1990.', '1989-10-26')).toEqual({ 'the first two quarters of 1990': 'DATE 1990-H1' });
    expect(table('Profit will rise in the last two quarters of 1990.', '1989-10-26')).toEqual({ 'the last two quarters of 1990': 'DATE 1990-H2' });
  });

  it('keeps "the last two quarters" alone a stretch up to now', () => {
    expect(table('Profit rose in the last two quarters.', '1989-10-26')).toEqual({ 'the last two quarters': 'DURATION P2Q' });
  });
});

describe('a quarter in apposition to a year-ago comparison', () => {
  const story =
    'Service Corp. reported third-quarter net of $5 million. In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss of $21 million. Results for that quarter included a charge.';

  it('names the year-ago quarter, a year before the one reported on, and "that quarter" follows it', () => {
    expect(table(story, '1989-10-27')).toMatchObject({
      'third-quarter': 'DATE 1989-Q3',
      'the comparable year-ago quarter': 'DATE 1988-Q2',
      'the second quarter': 'DATE 1988-Q2',
      'that quarter': 'DATE 1988-Q2',
    });
  });

  it('leaves a quarter not in apposition to the tense', () => {
    expect(table('Service Corp. reported third-quarter net of $5 million. In the year-ago quarter it lost money, and in the second quarter it broke even.', '1989-10-27')).toMatchObject({
      'the year-ago quarter': 'DATE 1988-Q3',
      'the second quarter': 'DATE 1989-Q2',
    });
  });
});

describe("issue 14's classes, rechecked in new sentences (publication date Wednesday 2025-03-12)", () => {
  const t = (body: string) => table(body, '2025-03-12');

  it('weekday direction around the publication date, also for a timetable told with a clock time', () => {
    expect(t('The council will vote on Friday. Ministers met on Monday and talks resume on Thursday.')).toEqual({
      Friday: 'DATE 2025-03-14', Monday: 'DATE 2025-03-10', Thursday: 'DATE 2025-03-13',
    });
    expect(t('The launch is at 14:30 UTC on Friday.')).toEqual({ '14:30 UTC': 'TIME 2025-03-14T14:30Z', Friday: 'DATE 2025-03-14' });
    expect(t('The match is at 8pm on Saturday.')).toEqual({ '8pm': 'TIME 2025-03-15T20:00', Saturday: 'DATE 2025-03-15' });
    expect(t('The match was at 8pm on Saturday.')).toEqual({ '8pm': 'TIME 2025-03-08T20:00', Saturday: 'DATE 2025-03-08' });
  });

  it('weekday direction around a narrated past', () => {
    expect(t('The mine collapsed on June 3, 2019. On Wednesday, rescuers reached the shaft.')).toEqual({
      'June 3, 2019': 'DATE 2019-06-03', Wednesday: 'DATE 2019-06-05',
    });
  });

  it('day parts and periods', () => {
    expect(t('Shares slid late in the day. Sales were strong at the start of the year. Rain is forecast for the rest of the week.')).toEqual({
      'late in the day': 'DATE 2025-03-12', 'the start of the year': 'DATE 2025', 'the rest of the week': 'DATE 2025-W11',
    });
  });

  it('seasons and quarters', () => {
    expect(t('The company expects growth this summer. Output fell for three straight quarters. Sales rose in the second quarter.')).toEqual({
      'this summer': 'DATE 2025-SU', 'three straight quarters': 'DURATION P3Q', 'the second quarter': 'DATE 2024-Q2',
    });
  });

  it('vague references and compound durations', () => {
    expect(t('In the long run, prices will fall. For now, the plan is on hold. Costs rose in recent years.')).toEqual({
      'the long run': 'DATE FUTURE_REF', now: 'DATE PRESENT_REF', 'recent years': 'DURATION PXY',
    });
    expect(t('The index posted a one-day fall. Ten-year bonds rallied.')).toEqual({ 'one-day': 'DURATION P1D', 'Ten-year': 'DURATION P10Y' });
  });

  it('anchors that move with the narrative', () => {
    expect(t('The treaty was signed on May 4, 2010. A month earlier, the talks had stalled.')).toEqual({
      'May 4, 2010': 'DATE 2010-05-04', 'A month earlier': 'DATE 2010-04',
    });
    expect(t('The treaty was signed on May 4, 2010. The following week, parliament voted.')).toEqual({
      'May 4, 2010': 'DATE 2010-05-04', 'The following week': 'DATE 2010-W19',
    });
  });
});

describe('a coarser period that holds the day last named', () => {
  it('keeps a bare clock time on that day', () => {
    expect(table('The app was down for three hours on Wednesday, the second outage this month. Services returned at about 15:40 UTC.', '2025-01-30')).toEqual({
      'three hours': 'DURATION PT3H',
      Wednesday: 'DATE 2025-01-29',
      'this month': 'DATE 2025-01',
      'about 15:40 UTC': 'TIME 2025-01-29T15:40Z',
    });
  });

  it('moves the story when the period does not hold that day', () => {
    expect(table('The strike began on March 3, 2019. A month earlier, talks had failed. The next day, pickets arrived.', '2025-01-30')).toMatchObject({
      'A month earlier': 'DATE 2019-02',
    });
    expect(table('The app was down on Wednesday. Last month it failed too, at 15:40 UTC.', '2025-01-30')).toMatchObject({
      'Last month': 'DATE 2024-12',
      '15:40 UTC': 'TIME 2025-01-30T15:40Z',
    });
  });
});

describe('a past verb right before "in" + a month', () => {
  it('dates the month in the past even when the same month is weeks ahead', () => {
    expect(table('The last budget, presented in October, was rejected within a week.', '2024-08-07')).toEqual({ October: 'DATE 2023-10', 'a week': 'DURATION P1W' });
  });

  it('leaves a month about to begin to the nearest reading when the verb is further off', () => {
    expect(table('It was the first trading day for November.', '1989-10-30')).toEqual({ November: 'DATE 1989-11' });
  });
});

describe('a vague stretch after a superlative', () => {
  it('reads irregular superlatives and a place between ("the worst rail disaster in the country in decades")', () => {
    expect(table('It was the worst rail disaster in the country in decades.', '2023-03-02')).toEqual({ decades: 'DURATION PXY' });
    expect(table('It was the best result in years.', '2023-03-02')).toEqual({ years: 'DURATION PXY' });
    expect(table('Shares hit their lowest level in decades.', '2023-03-02')).toEqual({ decades: 'DURATION PXY' });
  });

  it('does not take words ending in "est" that are no superlatives', () => {
    expect(table('Prices rose in the west in years.', '2023-03-02')).toEqual({});
  });
});

describe('a half of the year without its year follows the tense', () => {
  it('is the latest half begun in the past tense and the earliest not yet over in the future tense', () => {
    expect(table('Sales fell in the first half.', '2022-10-10')).toEqual({ 'the first half': 'DATE 2022-H1' });
    expect(table('Profit will rise in the first half.', '2022-10-10')).toEqual({ 'the first half': 'DATE 2023-H1' });
    expect(table('Profit rose in the second half.', '2022-03-10')).toEqual({ 'the second half': 'DATE 2021-H2' });
    expect(table('Profit will rise in the second half.', '2022-03-10')).toEqual({ 'the second half': 'DATE 2022-H2' });
  });
});

describe('a bare "May" or "March" after a superlative', () => {
  it('is the month when a record follows ("the hottest May on record")', () => {
    expect(table('Last month was the hottest May on record.', '2024-06-27')).toEqual({ 'Last month': 'DATE 2024-05', May: 'DATE 2024-05' });
    expect(table('It was the wettest March since 1998.', '2024-06-27')).toEqual({ March: 'DATE 2024-03', '1998': 'DATE 1998' });
  });

  it('is no month without a record after it', () => {
    expect(table('Theresa May was the best May for the job.', '2024-06-27')).toEqual({});
  });
});

describe('"the year", "the week" after a verb of ending or starting', () => {
  it('is the period itself', () => {
    expect(table('Global stocks are set to end the year about 20% higher.', '2023-12-29')).toEqual({ 'the year': 'DATE 2023' });
    expect(table('Shares ended the week 2% higher.', '2023-12-29')).toEqual({ 'the week': 'DATE 2023-W52' });
  });

  it('is not tagged after other verbs', () => {
    expect(table('They spent the week in talks about the year ahead.', '2023-12-29')).toEqual({});
  });
});

describe('"The day" as the subject of a sentence', () => {
  it('is the day the story is on', () => {
    expect(table('Crowds watched the procession on Saturday, police said on Tuesday. The day ended with a flypast at 14:30.', '2023-05-09')).toEqual({
      Saturday: 'DATE 2023-05-06',
      Tuesday: 'DATE 2023-05-09',
      'The day': 'DATE 2023-05-06',
      '14:30': 'TIME 2023-05-06T14:30',
    });
  });

  it('is not tagged when it hangs on an event or another verb follows', () => {
    expect(table('The day of the vote began early.', '2023-05-09')).toEqual({});
    expect(table('The day was a success.', '2023-05-09')).toEqual({});
  });
});
