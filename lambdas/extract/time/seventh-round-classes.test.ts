// Issue 14's seventh round: classes read off web-news batch 14 and the tune split's errors, one
// block each, in the TimeML TIMEX3 conventions.
import { describe, expect, it } from 'vitest';
import { timexTable } from '../../../test/support/timex-table.js';

const table = timexTable;

// 2024-12-06 is a Friday.
describe('what a noun is "expected" to bring from, after, over or late on a day is still to come', () => {
  it('points ahead', () => {
    expect(table('Storm warnings have been issued, with winds of up to 90mph expected from Saturday evening.', '2024-12-06')).toEqual({ 'Saturday evening': 'TIME 2024-12-07TEV' });
    expect(table('Roads were closed, with heavy snow expected over the weekend.', '2024-12-04')).toEqual({ 'the weekend': 'DATE 2024-W49-WE' });
    expect(table('Shops reopened, with big crowds expected after Thursday.', '2024-12-06')).toEqual({ Thursday: 'DATE 2024-12-12' });
    expect(table('Flights were cancelled, with more storms expected late on Tuesday.', '2024-12-06')).toEqual({ Tuesday: 'DATE 2024-12-10' });
  });

  it('stays past when the expectation was told with was/were', () => {
    expect(table('The rain, which was expected from Tuesday, arrived early.', '2024-12-06')).toEqual({ Tuesday: 'DATE 2024-12-03' });
    expect(table('Big crowds were expected over the weekend.', '2024-12-06')).toEqual({ 'the weekend': 'DATE 2024-W48-WE' });
  });
});

// 2026-04-22 is a Wednesday.
describe('"today", "tonight" in a quote reported in the past: the day the story opens on', () => {
  it('is the past day the first paragraph names, when the quote is attributed without a day', () => {
    expect(table('A former minister was cleared on Tuesday.\n\n"Today I can finally rest," he said outside the court.', '2026-04-22')).toEqual({ Tuesday: 'DATE 2026-04-21', Today: 'DATE 2026-04-21' });
    expect(table('United won on Sunday.\n\n"Tonight belongs to the fans," the manager told reporters after the match.', '2026-04-22')).toEqual({ Sunday: 'DATE 2026-04-19', Tonight: 'TIME 2026-04-19TNI' });
    expect(table('The rocket lifted off on Monday.\n\nThe flight director said: "We start the checks tomorrow."', '2026-04-22')).toEqual({ Monday: 'DATE 2026-04-20', tomorrow: 'DATE 2026-04-21' });
  });

  it('stays the publication day when the quote is dated, told in the present, not a quote, or the story is on that day', () => {
    expect(table('A former minister was cleared on Tuesday.\n\n"Today I can rest," he said on Wednesday.', '2026-04-22')).toEqual({ Tuesday: 'DATE 2026-04-21', Today: 'DATE 2026-04-22', Wednesday: 'DATE 2026-04-22' });
    expect(table('A former minister was cleared on Tuesday.\n\n"Today I can rest," he says.', '2026-04-22')).toEqual({ Tuesday: 'DATE 2026-04-21', Today: 'DATE 2026-04-22' });
    expect(table('A former minister was cleared on Tuesday.\n\nToday he is at home, his lawyer said.', '2026-04-22')).toEqual({ Tuesday: 'DATE 2026-04-21', Today: 'DATE 2026-04-22' });
    expect(table('A former minister was cleared on Wednesday.\n\n"Today I can rest," he said.', '2026-04-22')).toEqual({ Wednesday: 'DATE 2026-04-22', Today: 'DATE 2026-04-22' });
    expect(table('The factory closed in March 2019.\n\n"Today is a sad day," the mayor said.', '2026-04-22')).toEqual({ 'March 2019': 'DATE 2019-03', Today: 'DATE 2026-04-22' });
  });
});

// 1999-03-13 is a Saturday.
describe('a day judged ("It was a great day for Poland"): the day the sentence is about', () => {
  it('is the day last named for a past verdict, the day it is said on for a present one', () => {
    expect(table('Poland joined NATO on Friday.\n\nGeremek said it was "a great day for Poland and for the world."', '1999-03-13')).toEqual({ Friday: 'DATE 1999-03-12', day: 'DATE 1999-03-12' });
    expect(table('The club was relegated on Thursday. "This is a sad day for everyone," the chairman said.', '1999-03-13')).toEqual({ Thursday: 'DATE 1999-03-11', day: 'DATE 1999-03-11' });
    expect(table("Fans gathered outside the ground. It's a historic day.", '1999-03-13')).toEqual({ day: 'DATE 1999-03-13' });
    expect(table('It was a very emotional day for the family, their lawyer said.', '1999-03-13')).toEqual({ day: 'DATE 1999-03-13' });
  });

  it('is no expression when the day is measured, not judged, or already named as the subject', () => {
    expect(table('It was a long day for the rescuers.', '1999-03-13')).toEqual({});
    expect(table('It was a great day out for the children.', '1999-03-13')).toEqual({});
    expect(table('A good day for a walk is rare in March.', '1999-03-13')).toEqual({ March: 'DATE 1999-03' });
    expect(table('Today is a sad day for the constitution.', '1999-03-13')).toEqual({ Today: 'DATE 1999-03-13' });
  });
});

// 2024-11-08 is a Friday.
describe('a verb after a reporting verb that follows the expression is of what was reported', () => {
  it('does not date the expression', () => {
    expect(table('The bank cut rates on Thursday, and said inflation would return to target next year.', '2024-11-08')).toEqual({ Thursday: 'DATE 2024-11-07', 'next year': 'DATE 2025' });
    expect(table('The firm put its plant up for sale on Tuesday and announced it will cut 300 jobs.', '2024-11-08')).toEqual({ Tuesday: 'DATE 2024-11-05' });
    expect(table('Police shut the road on Wednesday, and warned drivers could face delays.', '2024-11-08')).toEqual({ Wednesday: 'DATE 2024-11-06' });
  });

  it('leaves a verb of the expression\'s own clause, and a plan told before the reporting verb', () => {
    expect(table('The bank will cut rates on Thursday, and said it was ready.', '2024-11-08')).toEqual({ Thursday: 'DATE 2024-11-14' });
    expect(table('Talks will resume on Tuesday, the union said.', '2024-11-08')).toEqual({ Tuesday: 'DATE 2024-11-12' });
  });
});

describe('"before/after the new year" from October on: the coming year', () => {
  it('is the coming year', () => {
    expect(table('The bank would not move again before the new year.', '2024-11-08')).toEqual({ 'the new year': 'DATE 2025' });
    expect(table('Talks will resume after the new year.', '2024-10-20')).toEqual({ 'the new year': 'DATE 2025' });
    expect(table('The law takes effect in the new year.', '2024-12-02')).toEqual({ 'the new year': 'DATE 2025' });
  });

  it('is not the New Year holiday', () => {
    expect(table('Shops close before the New Year holiday.', '2024-11-08')).toEqual({});
    expect(table('He spoke after the new year celebrations.', '2024-11-08')).toEqual({});
  });
});

// 2023-06-27 is a Tuesday.
describe('a month-day without its year in a sentence opened by an earlier year or season', () => {
  it('takes that year', () => {
    expect(table('Last summer, a similar spell lasted 16 days and broke the national record on July 19.', '2023-06-27')).toEqual({ 'Last summer': 'DATE 2022-SU', '16 days': 'DURATION P16D', 'July 19': 'DATE 2022-07-19' });
    expect(table('In 2019, the river burst its banks on July 2.', '2023-06-27')).toEqual({ 2019: 'DATE 2019', 'July 2': 'DATE 2019-07-02' });
    expect(table('Last year, the plant closed on August 14 after a fire.', '2023-06-27')).toEqual({ 'Last year': 'DATE 2022', 'August 14': 'DATE 2022-08-14' });
  });

  it('keeps the nearest year when the year sits inside the sentence, or the date is still to come', () => {
    expect(table('Under a program approved in 2019, the firm had bought 481,000 shares through July 2.', '2023-06-27')).toEqual({ 2019: 'DATE 2019', 'July 2': 'DATE 2023-07-02' });
    expect(table('In 2019, the firm said it would open a plant, and it will do so on July 2.', '2023-06-27')).toEqual({ 2019: 'DATE 2019', 'July 2': 'DATE 2023-07-02' });
    expect(table('Since 2019, the festival has opened on July 2.', '2023-06-27')).toEqual({ 2019: 'DATE 2019', 'July 2': 'DATE 2023-07-02' });
  });
});

describe('"a quarter" after from, to or by: a share, not three months', () => {
  it('is no expression', () => {
    expect(table('Online sales made up a third of spending in 2025, up from a quarter in 2020.', '2025-12-30')).toEqual({ 2025: 'DATE 2025', 2020: 'DATE 2020' });
    expect(table('The firm cut its workforce by a quarter.', '2025-12-30')).toEqual({});
    expect(table('Its market share fell to a quarter.', '2025-12-30')).toEqual({});
  });

  it('stays a quarter of the year as a period or a stretch', () => {
    expect(table('Profit rose 5% from a quarter earlier.', '2025-12-30')).toEqual({ 'a quarter earlier': 'DATE 2025-Q3' });
    expect(table('Sales have fallen in a quarter.', '2025-12-30')).toEqual({ 'a quarter': 'DURATION P1Q' });
  });
});

describe('"a year earlier" after a month named in its sentence: that month a year back', () => {
  it('is the month', () => {
    expect(table('Retail sales rose 1.2% in December compared with a year earlier.', '2025-12-30')).toEqual({ December: 'DATE 2025-12', 'a year earlier': 'DATE 2024-12' });
    expect(table('Exports fell 3% in March 2023 from a year earlier.', '2025-12-30')).toEqual({ 'March 2023': 'DATE 2023-03', 'a year earlier': 'DATE 2022-03' });
    expect(table('Unemployment was 4.1% in June, up from 3.9% a year before.', '2025-12-30')).toEqual({ June: 'DATE 2025-06', 'a year before': 'DATE 2024-06' });
  });

  it('stays a year for "a year ago", a month named in an earlier sentence, or a day', () => {
    expect(table('Sales rose in December from a year ago.', '2025-12-30')).toEqual({ December: 'DATE 2025-12', 'a year ago': 'DATE 2024' });
    expect(table('He was arrested in June 2020. A year earlier, he had left the army.', '2025-12-30')).toEqual({ 'June 2020': 'DATE 2020-06', 'A year earlier': 'DATE 2019' });
  });
});

describe('a clock time followed by "on" and a holiday is that day\'s', () => {
  it('takes the day', () => {
    expect(table('Many shops opened at 6am on Boxing Day.', '2025-12-30')).toEqual({ '6am': 'TIME 2025-12-26T06:00', 'Boxing Day': 'DATE 2025-12-26' });
    expect(table('The fireworks will start at 9pm on Christmas Eve.', '2025-12-10')).toEqual({ '9pm': 'TIME 2025-12-24T21:00', 'Christmas Eve': 'DATE 2025-12-24' });
  });

  it('does not when the day is not joined to the time by "on"', () => {
    expect(table('Shops opened at 6am, and on Boxing Day queues formed.', '2025-12-30')).toEqual({ '6am': 'TIME 2025-12-30T06:00', 'Boxing Day': 'DATE 2025-12-26' });
  });
});

describe('a bare plural unit + "of" after ending, following, amid or despite: a vague stretch', () => {
  it('is a duration of the unit', () => {
    expect(table('The club announced the deal, ending weeks of speculation.', '2024-02-13')).toEqual({ weeks: 'DURATION PXW' });
    expect(table('The ceasefire came following months of talks.', '2024-02-13')).toEqual({ months: 'DURATION PXM' });
    expect(table('Prices rose despite years of decline.', '2024-02-13')).toEqual({ years: 'DURATION PXY' });
  });

  it('is no stretch after other words', () => {
    expect(table('The weeks of the season flew by.', '2024-02-13')).toEqual({});
    expect(table('She counted months of rent owed.', '2024-02-13')).toEqual({});
  });
});

// 2023-10-19 is a Thursday.
describe('"for this day", "on this day": the day it is said on', () => {
  it('is the quote\'s day or the publication day', () => {
    expect(table('A man was freed on Wednesday.\n\n"I have waited for this day for two decades," he said.', '2023-10-19')).toEqual({ Wednesday: 'DATE 2023-10-18', 'this day': 'DATE 2023-10-18', 'two decades': 'DURATION P20Y' });
    expect(table('Fans have prayed for this day since the club was founded.', '2023-10-19')).toEqual({ 'this day': 'DATE 2023-10-19' });
    expect(table('The treaty takes effect on this day.', '2023-10-19')).toEqual({ 'this day': 'DATE 2023-10-19' });
  });

  it('is not an anniversary, "to this day", or a fronted "This day"', () => {
    expect(table('On this day in 1945, the war ended.', '2023-10-19')).toEqual({ 1945: 'DATE 1945' });
    expect(table('The case remains unsolved to this day.', '2023-10-19')).toEqual({});
    expect(table('This day, in the history of their relations, will be remembered.', '2023-10-19')).toEqual({});
  });
});

// 2024-08-19 is a Monday.
describe('"plan(s)" with an object points ahead', () => {
  it('is a plan for the day', () => {
    expect(table('Campaigners plan a protest on Saturday.', '2024-08-19')).toEqual({ Saturday: 'DATE 2024-08-24' });
    expect(table('The union plans another strike on Friday.', '2024-08-19')).toEqual({ Friday: 'DATE 2024-08-23' });
  });

  it('is not the noun "plan"', () => {
    expect(table('The plan a minister backed on Friday was dropped.', '2024-08-19')).toEqual({ Friday: 'DATE 2024-08-16' });
    expect(table('Its plans were approved on Friday.', '2024-08-19')).toEqual({ Friday: 'DATE 2024-08-16' });
  });
});

// 2023-04-12 is a Wednesday.
describe('"the evening of May 5": the part of day is that day\'s', () => {
  it('takes the day after "of"', () => {
    expect(table('The results will be known by the evening of May 5.', '2023-04-12')).toEqual({ 'the evening': 'TIME 2023-05-05TEV', 'May 5': 'DATE 2023-05-05' });
    expect(table('Repairs should be finished by the afternoon of June 3.', '2023-04-12')).toEqual({ 'the afternoon': 'TIME 2023-06-03TAF', 'June 3': 'DATE 2023-06-03' });
  });

  it('keeps the publication day without "of" and a day', () => {
    expect(table('The results will be known by the evening.', '2023-04-12')).toEqual({ 'the evening': 'TIME 2023-04-12TEV' });
  });
});

describe('"the same period of 2024": the period last named in the sentence, in that year', () => {
  it('is that period of the year', () => {
    expect(table('Over the first half of the year, inflation averaged 2.5%, against 3.4% in the same period of 2024.', '2025-07-08')).toEqual({ 'the first half of the year': 'DATE 2025-H1', 'the same period of 2024': 'DATE 2024-H1' });
    expect(table('Sales in the third quarter rose 5% from the same period last year.', '2025-11-08')).toEqual({ 'the third quarter': 'DATE 2025-Q3', 'the same period last year': 'DATE 2024-Q3' });
    expect(table('Sales in March rose from the same month last year.', '2025-07-08')).toEqual({ March: 'DATE 2025-03', 'the same month last year': 'DATE 2024-03' });
  });

  it('is the year alone without a period named before it in the sentence', () => {
    expect(table('Sales were higher. They beat the same period of 2024.', '2025-07-08')).toEqual({ 2024: 'DATE 2024' });
  });
});

// 2024-09-27 is a Friday.
describe('a quarter followed by "ended" and its end date is named by the year it ends in', () => {
  it('takes the end date\'s year', () => {
    expect(table('Revenue rose in its fiscal fourth quarter, which ended on August 31. Sales tripled from a year earlier.', '2024-09-27')).toEqual({ 'fiscal fourth quarter': 'DATE 2024-Q4', 'August 31': 'DATE 2024-08-31', 'a year earlier': 'DATE 2023-Q4' });
    expect(table('Profit fell in the fourth quarter ended Sept. 30, 2023.', '2024-09-27')).toEqual({ 'the fourth quarter': 'DATE 2023-Q4', 'Sept. 30, 2023': 'DATE 2023-09-30' });
  });

  it('keeps the tense reading without an end date', () => {
    expect(table('Revenue rose in the fourth quarter.', '2024-09-27')).toEqual({ 'the fourth quarter': 'DATE 2023-Q4' });
  });
});

// 2023-12-06 is a Wednesday.
describe('the second of two days to come joined by "and"/"or" is not before the first', () => {
  it('moves on to the week of the first', () => {
    expect(table('Teachers will strike for two days next week, on Tuesday and Wednesday.', '2023-12-06')).toEqual({ 'two days': 'DURATION P2D', 'next week': 'DATE 2023-W50', Tuesday: 'DATE 2023-12-12', Wednesday: 'DATE 2023-12-13' });
    expect(table('The union will walk out on Monday and Wednesday.', '2023-12-06')).toEqual({ Monday: 'DATE 2023-12-11', Wednesday: 'DATE 2023-12-13' });
  });

  it('leaves a past list in its own order', () => {
    expect(table('Following are statements made Wednesday and Tuesday by the lawyer.', '2023-12-06')).toEqual({ Wednesday: 'DATE 2023-12-06', Tuesday: 'DATE 2023-12-05' });
  });
});

describe('a phrasal past verb right before "in" + a month dates the month', () => {
  it('is not overruled by the same month weeks ahead', () => {
    expect(table('The union\'s members last walked out in January.', '2023-12-06')).toEqual({ January: 'DATE 2023-01' });
    expect(table('Sales picked up in January.', '2023-12-06')).toEqual({ January: 'DATE 2023-01' });
    expect(table('Prices came back in January.', '2023-12-06')).toEqual({ January: 'DATE 2023-01' });
  });

  it('leaves a month named after other words to the nearest one', () => {
    expect(table('The first trading day for January was set.', '2023-12-06')).toEqual({ January: 'DATE 2024-01' });
  });
});

// 2024-07-01 is a Monday.
describe('a past verb right before the preposition (and its object) dates the expression over a verb after it', () => {
  it('is past', () => {
    expect(table('A sample collected in the spring may be the oldest rock ever studied.', '2024-07-01')).toEqual({ 'the spring': 'DATE 2024-SP' });
    expect(table('Players picked on Friday will travel to Rome.', '2024-07-01')).toEqual({ Friday: 'DATE 2024-06-28' });
    expect(table('Talks opened the summit on Sunday and will close it on Friday.', '2024-07-01')).toEqual({ Sunday: 'DATE 2024-06-30', Friday: 'DATE 2024-07-05' });
  });

  it('leaves what is warned of, a reporting verb and a passive to the rules before', () => {
    expect(table('Forecasters warned of more snow on Thursday.', '2024-07-01')).toEqual({ Thursday: 'DATE 2024-07-04' });
    expect(table('Officials said on Friday they will appeal.', '2024-07-01')).toEqual({ Friday: 'DATE 2024-06-28' });
    expect(table('The match will be played on Friday.', '2024-07-01')).toEqual({ Friday: 'DATE 2024-07-05' });
  });
});

// 2025-11-20 is a Thursday.
describe('a month whose figures are told of is the last such month', () => {
  it('is the month they cover, whatever the tense', () => {
    expect(table("October's figures will be published on December 11.", '2025-11-20')).toEqual({ October: 'DATE 2025-10', 'December 11': 'DATE 2025-12-11' });
    expect(table("September's inflation data are due next week.", '2025-11-20')).toEqual({ September: 'DATE 2025-09', 'next week': 'DATE 2025-W48' });
  });

  it('follows the tense for other possessives', () => {
    expect(table("October's election will be held in the capital.", '2025-11-20')).toEqual({ October: 'DATE 2026-10' });
  });
});

describe('"moved an hour earlier": the length of a shift, a duration', () => {
  it('is a duration of the count', () => {
    expect(table('This year the start has been moved an hour earlier.', '2026-05-30')).toEqual({ 'This year': 'DATE 2026', 'an hour': 'DURATION PT1H' });
    expect(table('The vote was pushed back a week later than planned.', '2026-05-30')).toEqual({ 'a week': 'DURATION P1W' });
    expect(table('The kick-off was brought forward two hours earlier than usual.', '2026-05-30')).toEqual({ 'two hours': 'DURATION PT2H' });
  });

  it('stays a date after other words', () => {
    expect(table('On March 3, 2019, the bank failed. A month earlier, it had warned investors.', '2026-05-30')).toEqual({ 'March 3, 2019': 'DATE 2019-03-03', 'A month earlier': 'DATE 2019-02' });
  });
});

// 2026-05-30 is a Saturday.
describe('a bare clock time told in the future after a year or month: the day to come last named', () => {
  it('is on the day to come', () => {
    expect(table('The marathon will start at 9am on Sunday.\n\nLast year the race was hot.\n\nRoads will be closed from 6am until 4pm.', '2026-05-30')).toEqual({ '9am': 'TIME 2026-05-31T09:00', Sunday: 'DATE 2026-05-31', 'Last year': 'DATE 2025', '6am': 'TIME 2026-05-31T06:00', '4pm': 'TIME 2026-05-31T16:00' });
    expect(table('Voting will take place on Thursday. Turnout in May was low. Polls will close at 10pm.', '2026-05-30')).toEqual({ Thursday: 'DATE 2026-06-04', May: 'DATE 2026-05', '10pm': 'TIME 2026-06-04T22:00' });
  });

  it('stays the publication day when told in the past', () => {
    expect(table('The marathon will start on Sunday. Last year the race was hot. Runners set off at 9am.', '2026-05-30')).toEqual({ Sunday: 'DATE 2026-05-31', 'Last year': 'DATE 2025', '9am': 'TIME 2026-05-30T09:00' });
  });
});

describe('a holiday followed by "last/next/this year": that year\'s holiday, one expression', () => {
  it('is the holiday of that year', () => {
    expect(table('Airports handled 20% more passengers than at Easter last year.', '2025-04-22')).toEqual({ 'Easter last year': 'DATE 2024-03-31' });
    expect(table('The shop will reopen for Christmas next year.', '2025-04-22')).toEqual({ 'Christmas next year': 'DATE 2026-12-25' });
  });

  it('leaves a holiday followed by other words to the tense', () => {
    expect(table('Airports were busy at Easter, and last year was quieter.', '2025-04-22')).toEqual({ Easter: 'DATE 2025-04-20', 'last year': 'DATE 2024' });
  });
});

describe('"the decades since", "the months since": a vague stretch up to now', () => {
  it('is a duration of the unit', () => {
    expect(table('Their use has fallen by 99% in the decades since.', '2024-11-26')).toEqual({ 'the decades': 'DURATION PXY' });
    expect(table('In the months since, prices have risen.', '2024-11-26')).toEqual({ 'the months': 'DURATION PXM' });
    expect(table('In the years that followed, the town grew.', '2024-11-26')).toEqual({ 'the years': 'DURATION PXY' });
  });

  it('is no stretch before other words', () => {
    expect(table('The decades of war left scars.', '2024-11-26')).toEqual({});
  });
});

// 2025-04-22 is a Tuesday.
describe('an "-ed" word after a relative "that" is the clause\'s verb', () => {
  it('dates the expression of its clause', () => {
    expect(table('Rail works that closed lines on Easter Monday will finish on Wednesday.', '2025-04-22')).toEqual({ 'Easter Monday': 'DATE 2025-04-21', Wednesday: 'DATE 2025-04-23' });
    expect(table('The law that passed in March will take effect in June.', '2025-04-22')).toEqual({ March: 'DATE 2025-03', June: 'DATE 2025-06' });
    expect(table('The storm that battered the coast on Friday will move north.', '2025-04-22')).toEqual({ Friday: 'DATE 2025-04-18' });
  });

  it('is an adjective after a preposition or a verb of saying', () => {
    expect(table('Aid will reach that troubled region on Friday.', '2025-04-22')).toEqual({ Friday: 'DATE 2025-04-25' });
    expect(table('He said that crowded trains will run on Friday.', '2025-04-22')).toEqual({ Friday: 'DATE 2025-04-25' });
  });
});

// 2025-12-03 is a Wednesday.
describe('a past verb and a figure before "in" + a month date the month over a verb after it', () => {
  it('is past', () => {
    expect(table('Pensions rose 4.1% in April and will rise again next April.', '2025-12-03')).toEqual({ April: 'DATE 2025-04', 'next April': 'DATE 2026-04' });
    expect(table('Exports fell $2bn in January and will recover slowly.', '2025-12-03')).toEqual({ January: 'DATE 2025-01' });
  });

  it('leaves a month told after a future verb to it', () => {
    expect(table('Pensions will rise 4.1% in April.', '2025-12-03')).toEqual({ April: 'DATE 2026-04' });
  });
});

// 2025-01-14 is a Tuesday.
describe('"return", "take effect" in the present: a timetable', () => {
  it('points ahead', () => {
    expect(table('Firefighters are racing to contain the fires before strong winds return on Wednesday night.', '2025-01-14')).toEqual({ 'Wednesday night': 'TIME 2025-01-15TNI' });
    expect(table('New laws on rents take effect on Wednesday.', '2025-01-14')).toEqual({ Wednesday: 'DATE 2025-01-15' });
    expect(table('The ban takes effect on Monday.', '2025-01-14')).toEqual({ Monday: 'DATE 2025-01-20' });
  });

  it('is no timetable as a noun or after "did not"', () => {
    expect(table('The protest marked a return to the demonstrations of early December.', '2025-01-14')).toEqual({ 'early December': 'DATE 2024-12' });
    expect(table('He did not return on Monday.', '2025-01-14')).toEqual({ Monday: 'DATE 2025-01-13' });
  });
});

describe('"the first/last day of 2025", "… of March": that day, one expression', () => {
  it('is the day', () => {
    expect(table('New laws take effect on Wednesday, the first day of 2025.', '2024-12-31')).toEqual({ Wednesday: 'DATE 2025-01-01', 'the first day of 2025': 'DATE 2025-01-01' });
    expect(table('The offer ends on the last day of March.', '2024-12-31')).toEqual({ 'the last day of March': 'DATE 2025-03-31' });
    expect(table('Rents were frozen until the last day of 2023.', '2024-12-31')).toEqual({ 'the last day of 2023': 'DATE 2023-12-31' });
  });

  it('is nothing without a year or month after "of"', () => {
    expect(table('The last day of the season was wet.', '2024-12-31')).toEqual({});
  });
});
