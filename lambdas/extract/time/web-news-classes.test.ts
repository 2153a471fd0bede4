// Issue 14's classes of misses, each checked on several of our own sentences in the style of
// present-day web news, with a publication date (TimeML TIMEX3 spans and values).
import { describe, expect, it } from 'vitest';
import { timexTable } from '../../../test/support/timex-table.js';

const table = timexTable;

describe('day parts and periods', () => {
  it('reads the day, late in the day, the start of the year and the rest of the week', () => {
    // Wednesday 6 March 2024.
    expect(table('Late in the day, the index slipped back and ended 0.4% lower on the day.', '2024-03-06')).toEqual({
      'Late in the day': 'DATE 2024-03-06',
      'the day': 'DATE 2024-03-06',
    });
    expect(table('Prices have risen 12% since the start of the year, and rain is forecast for the rest of the week.', '2024-03-06')).toEqual({
      'the start of the year': 'DATE 2024',
      'the rest of the week': 'DATE 2024-W10',
    });
    expect(table('The festival returns in the third week of July.', '2024-03-06')).toEqual({ 'the third week of July': 'DATE 2024-W29' });
  });
});

describe('durations', () => {
  it('reads compound lengths as one duration, larger unit first, but not a range', () => {
    expect(table('The final lasted four hours and 20 minutes.', '2024-06-03')).toEqual({ 'four hours and 20 minutes': 'DURATION PT4H20M' });
    expect(table('He spent two years and three months in custody.', '2024-06-03')).toEqual({ 'two years and three months': 'DURATION P2Y3M' });
    expect(table('Delays ranged between two hours and 30 minutes.', '2024-06-03')).toEqual({ 'two hours': 'DURATION PT2H', '30 minutes': 'DURATION PT30M' });
  });

  it('reads "a year" after an abbreviated amount as a rate ("£40bn a year")', () => {
    expect(table('The budget raises taxes by £40bn a year and spends $5m a month on it; the review took a year.', '2024-10-30')).toEqual({
      'a year': 'DURATION P1Y',
      'a month': 'SET P1M',
    });
    expect(table('The budget raises taxes by £40bn a year.', '2024-10-30')).toEqual({ 'a year': 'SET P1Y' });
  });

  it('reads "for the first month", "for the final year" as one unit of time, not "the first week of March"', () => {
    expect(table('Entry will be free for the first month.', '2025-06-04')).toEqual({ 'the first month': 'DURATION P1M' });
    expect(table('He was captain for the final year.', '2025-06-04')).toEqual({ 'the final year': 'DURATION P1Y' });
    expect(table('The vote is set for the first week of March.', '2025-06-04')).toEqual({ 'the first week of March': 'DATE 2025-W10' });
  });

  it('reads "a year" after a count of things ("90,000 cars a year") as a rate', () => {
    expect(table('The plant has made about 90,000 cars a year since 2015.', '2022-10-04')).toEqual({ 'a year': 'SET P1Y', '2015': 'DATE 2015' });
    expect(table('The bridge carries about 40,000 vehicles a day.', '2022-10-04')).toEqual({ 'a day': 'SET P1D' });
    expect(table('Drivers will pay about £100 more a year.', '2022-10-04')).toEqual({ 'a year': 'SET P1Y' });
    // "0.3% a quarter" is a rate; "a quarter point" is no quarter at all.
    expect(table('Growth has averaged 0.3% a quarter. The bank cut rates by a quarter point.', '2022-10-04')).toEqual({ 'a quarter': 'SET P1Q' });
    // A length after a count of things is still a length.
    expect(table('The 40 workers waited a day for news.', '2022-10-04')).toEqual({ 'a day': 'DURATION P1D' });
  });

  it('reads adjectival and compound lengths, and "yearly" as a set', () => {
    expect(table("It was the index's biggest one-day fall since 2020, and yields on ten-year bonds rose.", '2024-03-06')).toEqual({
      'one-day': 'DURATION P1D',
      '2020': 'DATE 2020',
      'ten-year': 'DURATION P10Y',
    });
    expect(table('The licence fee is reviewed yearly; the new governor will serve a four-year term.', '2024-11-06')).toEqual({
      yearly: 'SET P1Y',
      'four-year': 'DURATION P4Y',
    });
  });

  it('reads a vague stretch before or after an event ("hours before it expired")', () => {
    expect(table('The truce was extended on Monday, hours before it was due to expire.', '2023-11-28')).toMatchObject({ hours: 'DURATION PTXH' });
    expect(table('The deal collapsed days earlier.', '2023-11-28')).toEqual({ days: 'DURATION PXD' });
  });

  it('does not read "a quarter point" as a quarter of a year', () => {
    expect(table('The bank cut its main rate by a quarter point on Thursday.', '2025-04-24')).toEqual({ Thursday: 'DATE 2025-04-24' });
    expect(table('Profits fell for three straight quarters.', '2025-04-24')).toEqual({ 'three straight quarters': 'DURATION P3Q' });
  });
});

describe('quarters and months relative to the story', () => {
  it('reads "the previous quarter" and "the following quarter" from the quarter just named', () => {
    expect(table('The economy grew 0.6% in the first quarter compared with the previous quarter.', '2024-04-18')).toEqual({
      'the first quarter': 'DATE 2024-Q1',
      'the previous quarter': 'DATE 2023-Q4',
    });
    expect(table('Sales fell in the fourth quarter of 2023 and recovered in the following quarter.', '2024-04-18')).toMatchObject({ 'the following quarter': 'DATE 2024-Q1' });
    expect(table('In the second quarter, sales fell 3%, the company said.', '2024-03-06')).toEqual({ 'the second quarter': 'DATE 2023-Q2' });
  });

  it('reads "the three months to September" as that quarter for "the previous quarter"', () => {
    expect(table('The economy grew by 0.6% in the three months to September, faster than in the previous quarter.', '2023-10-26')).toEqual({
      'the three months': 'DURATION P3M',
      September: 'DATE 2023-09',
      'the previous quarter': 'DATE 2023-Q2',
    });
  });

  it('puts a bare month after "since" in the past, however far back', () => {
    expect(table('Rates have been at 5.25% since July.', '2024-04-18')).toEqual({ July: 'DATE 2023-07' });
    expect(table('Prices have fallen since early February.', '2024-04-18')).toEqual({ 'early February': 'DATE 2024-02' });
    expect(table('The central bank meets next month and again in July.', '2024-04-18')).toEqual({ 'next month': 'DATE 2024-05', July: 'DATE 2024-07' });
  });

  it('reads "the new year" as the coming year late in a year, not the holiday', () => {
    expect(table('The coach said he would decide his future in the new year.', '2022-12-19')).toEqual({ 'the new year': 'DATE 2023' });
    expect(table('Sales picked up early in the new year.', '2023-02-10')).toEqual({ 'early in the new year': 'DATE 2023' });
    expect(table('Shops closed for the New Year holiday.', '2022-12-19')).toEqual({});
  });

  it('puts "the weekend" after a day still to come named in the same sentence in that day\'s week', () => {
    // Thursday 4 November 2021; Friday 12 November is in ISO week 45.
    expect(table('The summit is due to end on November 12, but talks often run into the weekend.', '2021-11-04')).toEqual({
      'November 12': 'DATE 2021-11-12',
      'the weekend': 'DATE 2021-W45-WE',
    });
    // With no day to come named, the weekend follows the tense around the publication date.
    expect(table('Talks ran into the weekend.', '2021-11-04')).toEqual({ 'the weekend': 'DATE 2021-W43-WE' });
    expect(table('The strike began on Oct. 12, 2019. Talks will run into the weekend.', '2021-11-04')).toMatchObject({ 'the weekend': 'DATE 2021-W44-WE' });
  });

  it('reads a bare "May" or "March" after a figure\'s "for", not after "voted for"', () => {
    expect(table('Temperatures reached 46C on Monday, the highest reading for May in 12 years.', '2022-05-10')).toMatchObject({ May: 'DATE 2022-05' });
    expect(table('Sales figures for March were weak.', '2022-05-10')).toEqual({ March: 'DATE 2022-03' });
    expect(table('Most members voted for May in the ballot.', '2022-05-10')).toEqual({});
  });

  it('reads a weekend after "until at least" and "into"', () => {
    // Tuesday 10 May 2022: the coming weekend is 14-15 May, in week 19.
    expect(table('The heatwave will last until at least the weekend.', '2022-05-10')).toEqual({ 'the weekend': 'DATE 2022-W19-WE' });
    expect(table('Traders expect the selling to run into the weekend.', '2022-05-10')).toEqual({ 'the weekend': 'DATE 2022-W19-WE' });
  });
});

describe('weekday direction around the publication date', () => {
  // Thursday 29 September 2022.
  it('dates a weekday by the reporting verb of its own clause, not by a plan reported after it', () => {
    expect(table('On Wednesday the central bank said it would buy long-dated bonds.', '2022-09-29')).toEqual({ Wednesday: 'DATE 2022-09-28' });
    expect(table('On Wednesday, the central bank said it would buy long-dated bonds.', '2022-09-29')).toEqual({ Wednesday: 'DATE 2022-09-28' });
    expect(table('The company unveiled its new phone on Wednesday and said it would go on sale soon.', '2022-09-29')).toEqual({ Wednesday: 'DATE 2022-09-28' });
    // After a comma the reporting verb frames the clause, which keeps its own tense.
    expect(table('The ministers will meet again on Friday, officials said.', '2022-09-29')).toEqual({ Friday: 'DATE 2022-09-30' });
  });

  it('reads "are expected", modals and present-tense timetables as pointing ahead', () => {
    expect(table('Results are expected on Sunday.', '2024-02-27')).toEqual({ Sunday: 'DATE 2024-03-03' });
    expect(table('Forecasters warned that Wednesday could bring another 20cm of snow.', '2025-01-21')).toEqual({ Wednesday: 'DATE 2025-01-22' });
    expect(table('Officials said temperatures may reach 35C by Sunday.', '2022-07-12')).toEqual({ Sunday: 'DATE 2022-07-17' });
    expect(table('Voters in the state go to the polls on Saturday.', '2024-02-27')).toEqual({ Saturday: 'DATE 2024-03-02' });
  });

  it('dates a weekday inside a relative clause set off by commas by the clause\'s own verb', () => {
    // Thursday 17 November 2022.
    expect(table('The summit, which opened on Sunday, is due to end on Friday.', '2022-11-17')).toEqual({ Sunday: 'DATE 2022-11-13', Friday: 'DATE 2022-11-18' });
    expect(table('The talks, which will resume on Monday, were suspended.', '2022-11-17')).toEqual({ Monday: 'DATE 2022-11-21' });
    // Without a closing comma the clause runs on and the nearest marker decides as before.
    expect(table('He met the envoy, who arrived on Monday.', '2022-11-17')).toEqual({ Monday: 'DATE 2022-11-14' });
  });

  it('keeps the past for "could not", "could have", a modal in a that-clause, and a bare verb after "let"', () => {
    expect(table('The minister could not be reached for comment on Monday.', '2022-09-29')).toEqual({ Monday: 'DATE 2022-09-26' });
    expect(table('Moscow issued warnings on Tuesday that strikes could follow.', '2022-09-29')).toEqual({ Tuesday: 'DATE 2022-09-27' });
    expect(table('In August the firm let go 800 staff.', '2023-01-17')).toEqual({ August: 'DATE 2022-08' });
  });
});

describe('anchors that move with the narrative', () => {
  it('puts a bare clock time on the day of the event, not on the day it was reported', () => {
    // Tuesday 14 March 2023.
    expect(table('Workers will strike on Friday, the union said on Tuesday. Services will be disrupted from 04:00 GMT.', '2023-03-14')).toEqual({
      Friday: 'DATE 2023-03-17',
      Tuesday: 'DATE 2023-03-14',
      '04:00 GMT': 'TIME 2023-03-17T04:00Z',
    });
  });

  it('puts a bare clock time told in the future on the day to come last named, not on a past day named since', () => {
    // Wednesday 14 June 2023.
    expect(table('Rail workers will walk out on Saturday. The strike, which follows talks that broke up on Tuesday, will shut most lines from 06:00 until midnight.', '2023-06-14')).toEqual({
      Saturday: 'DATE 2023-06-17',
      Tuesday: 'DATE 2023-06-13',
      '06:00': 'TIME 2023-06-17T06:00',
      midnight: 'TIME 2023-06-17T24:00',
    });
    // With no day to come named, the publication day.
    expect(table('Talks broke up on Tuesday. Lines will shut at 6pm.', '2023-06-14')).toMatchObject({ '6pm': 'TIME 2023-06-14T18:00' });
  });

  it('does not move the story to the end of a stretch ("the six weeks to January 4")', () => {
    expect(table('Sales in the six weeks to January 4 fell 3%. Its shares fell 9% late in the day.', '2025-03-12')).toEqual({
      'the six weeks': 'DURATION P6W',
      'January 4': 'DATE 2025-01-04',
      'late in the day': 'DATE 2025-03-12',
    });
    // A stretch closes at the nearest such month, whatever the plans around it.
    expect(table('Profit fell for the year to January, and it said it would close 20 stores.', '2025-03-12')).toMatchObject({ January: 'DATE 2025-01' });
  });

  it('counts "a month earlier" and "the following Friday" from the date the paragraph has reached', () => {
    expect(table('The region was hit by a strong quake in March 2022; a month earlier, a smaller tremor had damaged the port.', '2023-05-22')).toEqual({
      'March 2022': 'DATE 2022-03',
      'a month earlier': 'DATE 2022-02',
    });
    expect(table('The last shutdown began on December 22, 2018. By the following Friday, workers had missed pay.', '2025-10-02')).toEqual({
      'December 22, 2018': 'DATE 2018-12-22',
      'the following Friday': 'DATE 2018-12-28',
    });
  });

  it('reads "March that year" as a month of the year the story has reached', () => {
    expect(table('The firm was founded in 1998. In March that year it listed its shares, and by the summer of that year it had 40 staff.', '2022-02-17')).toEqual({
      '1998': 'DATE 1998',
      'March that year': 'DATE 1998-03',
      'the summer of that year': 'DATE 1998-SU',
    });
    expect(table('It failed in 2001; in June of that year the plant shut.', '2022-02-17')).toEqual({ '2001': 'DATE 2001', 'June of that year': 'DATE 2001-06' });
  });

  it('reads "the past fortnight" as two weeks', () => {
    expect(table('Demand has been 20% above normal for the past fortnight.', '2022-07-12')).toEqual({ 'the past fortnight': 'DURATION P2W' });
  });
});

describe('decades, abbreviated years and seasons', () => {
  it("reads the '60s, the mid-'70s and '95", () => {
    expect(table("The band, formed in the '60s, played its last show in '95; fans from the mid-'70s still write in.", '2024-05-14')).toEqual({
      "the '60s": 'DATE 196',
      "'95": 'DATE 1995',
      "the mid-'70s": 'DATE 197',
    });
  });

  it('reads seasons as YYYY-SP/SU/FA/WI by the tense and a written year', () => {
    // Tuesday 14 May 2024: last winter began in December 2023.
    expect(table('Work on the bridge will begin in autumn and finish by spring 2026. Sales slumped in winter, the company said.', '2024-05-14')).toEqual({
      autumn: 'DATE 2024-FA',
      'spring 2026': 'DATE 2026-SP',
      winter: 'DATE 2023-WI',
    });
  });
});

describe('clock times with a zone', () => {
  it('writes GMT and UTC as Z and other zones as offsets, on the day named', () => {
    expect(table('The market opened at 08:00 GMT. The launch is scheduled for 14:30 UTC on Thursday.', '2024-05-14')).toEqual({
      '08:00 GMT': 'TIME 2024-05-14T08:00Z',
      '14:30 UTC': 'TIME 2024-05-16T14:30Z',
      Thursday: 'DATE 2024-05-16',
    });
    // (A bare "Polls close at 10pm" is left in the past reading: present-tense "close" cost tune items.)
    expect(table('Polls will close at 10pm BST on Thursday.', '2024-05-14')).toEqual({ '10pm BST': 'TIME 2024-05-16T22:00+01', Thursday: 'DATE 2024-05-16' });
  });

  it('puts a time on the month-day after it also before a comma, and with the year written', () => {
    expect(table('Ferry crews will strike from 6am on September 6, their union said.', '2024-08-29')).toEqual({ '6am': 'TIME 2024-09-06T06:00', 'September 6': 'DATE 2024-09-06' });
    expect(table('The vote opened at 9am on September 6, 2019 in the capital.', '2024-08-29')).toEqual({ '9am': 'TIME 2019-09-06T09:00', 'September 6, 2019': 'DATE 2019-09-06' });
    // A day named right before "at" is the time's, whatever follows it.
    expect(table('It fell on May 4 at 10:30 a.m., on March 3, 2020, and later.', '2024-08-29')).toMatchObject({ '10:30 a.m.': 'TIME 2024-05-04T10:30' });
  });

  it('does not put a time told in the past on a day still to come', () => {
    expect(table('The court will rule on Thursday. The hearing began at 9.30am local time.', '2024-05-14')).toEqual({
      Thursday: 'DATE 2024-05-16',
      '9.30am': 'TIME 2024-05-14T09:30',
    });
  });
});

describe('vague references', () => {
  it('reads FUTURE_REF, PRESENT_REF and vague stretches PXY, PXD, PTXH, PTXM', () => {
    expect(table('Prices will settle in the long run, and details will be announced later. For now, the road stays closed.', '2024-05-14')).toEqual({
      'the long run': 'DATE FUTURE_REF',
      later: 'DATE FUTURE_REF',
      now: 'DATE PRESENT_REF',
    });
    expect(table('Floods have become common in recent years. The fire burned for days; crews arrived within minutes and worked for hours.', '2024-05-14')).toEqual({
      'recent years': 'DURATION PXY',
      days: 'DURATION PXD',
      minutes: 'DURATION PTXM',
      hours: 'DURATION PTXH',
    });
  });
});

describe('weekdays around a narrated past date', () => {
  it("puts a weekday in a paragraph about an earlier year's date in that date's week, and back with the next paragraph", () => {
    expect(table('The strike began on March 3, 2019. On Friday, the union rejected an offer.\n\nOn Monday, talks resumed.', '2024-05-14')).toEqual({
      'March 3, 2019': 'DATE 2019-03-03',
      Friday: 'DATE 2019-03-08',
      Monday: 'DATE 2024-05-13',
    });
  });
});

describe('a weekday told in the future after a narrated past date', () => {
  it('stays in the publication week', () => {
    // Wednesday 23 August 2023.
    expect(table('The previous record was set on August 1, 2017. Forecasters expect the heat to break on Friday.', '2023-08-23')).toMatchObject({ Friday: 'DATE 2023-08-25' });
    // Told in the past, it is the narrated date's week, as before.
    expect(table('The record was set on August 1, 2017. On Friday the heat broke.', '2023-08-23')).toMatchObject({ Friday: 'DATE 2017-08-04' });
  });
});

describe('classes the second web-news batch showed', () => {
  it('reads "that weekend" after a date, and "the next fortnight" and "the first hour" as lengths', () => {
    // Thursday 17 August 2023: its weekend is 19-20 August, in week 33.
    expect(table('The fire started on August 17 and spread quickly that weekend.', '2023-08-30')).toEqual({ 'August 17': 'DATE 2023-08-17', 'that weekend': 'DATE 2023-W33-WE' });
    expect(table('The group expects further rises over the next fortnight.', '2022-03-08')).toEqual({ 'the next fortnight': 'DURATION P2W' });
    expect(table('Shares fell 2% in the first hour of trading on Wednesday.', '2025-04-02')).toEqual({ 'the first hour': 'DURATION PT1H', Wednesday: 'DATE 2025-04-02' });
  });

  it('moves a bare month on from a month written with its year, and takes a year just named in the sentence', () => {
    expect(table('He was arrested in November 2021 and released on bail in February.', '2023-06-13')).toEqual({ 'November 2021': 'DATE 2021-11', February: 'DATE 2022-02' });
    expect(table('The country will host the contest next year, most likely in May.', '2024-05-20')).toEqual({ 'next year': 'DATE 2025', May: 'DATE 2025-05' });
  });

  it('names this winter by the year it began in', () => {
    expect(table('It is the fourth named storm this winter.', '2025-02-17')).toEqual({ 'this winter': 'DATE 2024-WI' });
    expect(table('Heating bills will rise this winter.', '2025-10-02')).toEqual({ 'this winter': 'DATE 2025-WI' });
  });

  it('reads an obligation with a deadline ("must … by 2pm on Monday") as pointing ahead', () => {
    // Thursday 20 October 2022.
    expect(table('Candidates must secure 100 nominations by 2pm on Monday.', '2022-10-20')).toEqual({ '2pm': 'TIME 2022-10-24T14:00', Monday: 'DATE 2022-10-24' });
    expect(table('Firms have to file their accounts by Friday.', '2022-10-20')).toEqual({ Friday: 'DATE 2022-10-21' });
    // Without "by", "must" says nothing about the date: the past verb nearer to it decides.
    expect(table('The forms, which arrived on Monday, must be signed.', '2022-10-20')).toEqual({ Monday: 'DATE 2022-10-17' });
  });

  it('reads sports timetables in the present tense as pointing ahead', () => {
    expect(table('The team plays again on Wednesday at 7.45pm.', '2024-09-23')).toEqual({ Wednesday: 'DATE 2024-09-25', '7.45pm': 'TIME 2024-09-25T19:45' });
    expect(table('She swims again in the relay on Thursday.', '2024-07-31')).toEqual({ Thursday: 'DATE 2024-08-01' });
    expect(table('The team played on Wednesday.', '2024-09-23')).toEqual({ Wednesday: 'DATE 2024-09-18' });
  });
});

describe('ranges of days', () => {
  it('gives the end of a range written without a year the year of its start', () => {
    expect(table('The festival runs from July 18 to July 20 and was last held in 2019.', '2025-05-06')).toEqual({
      'July 18': 'DATE 2025-07-18',
      'July 20': 'DATE 2025-07-20',
      '2019': 'DATE 2019',
    });
    // Across the new year, the end falls in the next one.
    expect(table('The shop is closed between Dec. 28 and Jan. 3.', '2025-12-10')).toEqual({ 'Dec. 28': 'DATE 2025-12-28', 'Jan. 3': 'DATE 2026-01-03' });
    // A start with its year written carries it over.
    expect(table('The festival ran from July 18, 2019 to July 20.', '2025-05-06')).toEqual({ 'July 18, 2019': 'DATE 2019-07-18', 'July 20': 'DATE 2019-07-20' });
  });
});

describe('a from–to told in the present perfect', () => {
  it('does not hold the end of the range to the year of its start', () => {
    expect(table('Inflation has fallen from a peak of 9% in late 2022 to 2.4% in September.', '2025-10-22')).toEqual({ 'late 2022': 'DATE 2022', September: 'DATE 2025-09' });
    // In the simple past the year written before still sets the scene.
    expect(table('Inflation fell from 9% in 2022 to 4% in September.', '2025-10-22')).toMatchObject({ September: 'DATE 2022-09' });
  });
});

describe('holidays near the publication date', () => {
  it('reads "the Easter weekend" and "the July 4 weekend" as that weekend, a Monday holiday as the weekend before it', () => {
    // Easter Sunday 17 April 2022 (week 15); Labor Day Monday 5 September 2022 closes the weekend of 3-4 September (week 35).
    expect(table('Airports warned of long queues over the Easter weekend.', '2022-04-14')).toEqual({ 'the Easter weekend': 'DATE 2022-W15-WE' });
    expect(table('Traffic will be heavy over the Labor Day weekend.', '2022-08-30')).toEqual({ 'the Labor Day weekend': 'DATE 2022-W35-WE' });
    expect(table('The July 4 weekend was hot.', '2022-07-06')).toEqual({ 'The July 4 weekend': 'DATE 2022-W26-WE' });
  });

  it('does not put a holiday in the coming days a year back because a past verb is nearer', () => {
    expect(table('The government said it would not impose restrictions before Christmas, but ruled nothing out.', '2021-12-20')).toMatchObject({ Christmas: 'DATE 2021-12-25' });
    expect(table('Sales peaked on Boxing Day.', '2011-03-10')).toEqual({ 'Boxing Day': 'DATE 2010-12-26' });
    expect(table("The parade was held on St. Patrick's Day.", '2022-02-17')).toEqual({ "St. Patrick's Day": 'DATE 2021-03-17' });
  });
});
