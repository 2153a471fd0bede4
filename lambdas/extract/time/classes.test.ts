// The classes of expressions that break outside TimeBank (issue 14), one block per class, in the
// TimeML TIMEX3 conventions. Publication date: Thursday 2022-02-17 unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { timexTable } from '../../../test/support/timex-table.js';

const table = (body: string, publishedAt: string | null = '2022-02-17') => timexTable(body, publishedAt);

describe('narrative anchoring', () => {
  it('reads "last Oct. 23" as the last one before publication, and a bare time after it on that day', () => {
    expect(table('He was shot last Oct. 23 at his home. He was shot at 10 p.m. in his kitchen.', '1999-04-19')).toEqual({
      'last Oct. 23': 'DATE 1998-10-23',
      '10 p.m.': 'TIME 1998-10-23T22:00',
    });
    expect(table('The vote is next March 5.', '1999-04-19')).toEqual({ 'next March 5': 'DATE 2000-03-05' });
  });

  it('does not take a year after "since" as the scene of what follows it', () => {
    expect(table('He has been in post since 2001 and will stand down at the end of March.', '2005-02-23')).toEqual({
      '2001': 'DATE 2001',
      'the end of March': 'DATE 2005-03',
    });
    expect(table('In 2001 he left in March.', '2005-02-23')).toEqual({ '2001': 'DATE 2001', March: 'DATE 2001-03' });
  });

  it('counts "a month earlier" from the date the paragraph has reached', () => {
    expect(table('The plant closed on March 3, 2019. A month earlier, workers had walked out.')).toEqual({
      'March 3, 2019': 'DATE 2019-03-03',
      'A month earlier': 'DATE 2019-02',
    });
    expect(table('In 2015 the firm moved to Leeds; two years earlier it had left London.')).toMatchObject({ 'two years earlier': 'DATE 2013' });
    // "a year earlier" too, unless a quarter is under discussion (then it is the year-ago quarter).
    expect(table('Police arrested him in June 2020. A year earlier, he had been warned.')).toEqual({ 'June 2020': 'DATE 2020-06', 'A year earlier': 'DATE 2019' });
    expect(table('He was warned a year ago.')).toEqual({ 'a year ago': 'DATE 2021' });
  });

  it('reads "a month earlier" from the publication date when no date was named', () => {
    expect(table('Prices were lower a month earlier.')).toEqual({ 'a month earlier': 'DATE 2022-01' });
  });

  it('puts "the next day", "that week" and "the previous Friday" after the day last named', () => {
    // Sunday March 3, 2019; the next day is the Monday that starts week 10.
    expect(table('The plant closed on March 3, 2019. The next day, workers protested, and that week the union met.')).toEqual({
      'March 3, 2019': 'DATE 2019-03-03',
      'The next day': 'DATE 2019-03-04',
      'that week': 'DATE 2019-W10',
    });
    expect(table('Shares rose on Friday, Jan. 7. The previous Friday they had fallen.')).toMatchObject({
      'Friday, Jan. 7': 'DATE 2022-01-07',
      'The previous Friday': 'DATE 2021-12-31',
    });
  });

  it('counts "the previous Friday" and "overnight" from the day the story named in an earlier paragraph', () => {
    // Publication Monday 1989-10-30; the story's day is Friday 1989-10-27.
    const found = table('Prices closed sharply lower Friday in active trading.\n\nShares were depressed by overnight losses in New York.\n\nThe index fell 4.5% from the previous Friday.', '1989-10-30');
    expect(found).toEqual({ Friday: 'DATE 1989-10-27', overnight: 'TIME 1989-10-26TNI', 'the previous Friday': 'DATE 1989-10-20' });
    // With no day named, both count from the publication date.
    expect(table('Shares were depressed by overnight losses. The index fell 4.5% from the previous Friday.', '1989-10-30')).toEqual({
      overnight: 'TIME 1989-10-29TNI',
      'the previous Friday': 'DATE 1989-10-27',
    });
    // A day named more than a week back is not the story's trading day.
    expect(table('The plant closed on March 3, 2019.\n\nShares fell on overnight losses.')).toMatchObject({ overnight: 'TIME 2022-02-16TNI' });
  });

  it('places a weekday in a paragraph about a dated earlier year in that week, and keeps "said Friday" in the publication week', () => {
    expect(table('The strike began on March 3, 2019. On Friday the union voted to go on.')).toMatchObject({ Friday: 'DATE 2019-03-08' });
    expect(table('The strike began on March 3, 2019, the union said Friday.')).toMatchObject({ Friday: 'DATE 2022-02-11' });
    expect(table('The strike began on March 3, 2019.\n\nOn Friday the union voted to end it.')).toMatchObject({ Friday: 'DATE 2022-02-11' });
  });

  it('turns weekdays both ways with the tense', () => {
    expect(table('The ministers met on Monday and will meet again on Friday.')).toEqual({ Monday: 'DATE 2022-02-14', Friday: 'DATE 2022-02-18' });
    expect(table('Talks are due to resume on Tuesday.')).toEqual({ Tuesday: 'DATE 2022-02-22' });
    expect(table('Trading resumes as soon as Monday.')).toEqual({ Monday: 'DATE 2022-02-21' });
  });

  it('gives a bare quarter or month the year the sentence is about', () => {
    expect(table('In 2019, sales fell in the second quarter and again in March.')).toEqual({
      '2019': 'DATE 2019',
      'the second quarter': 'DATE 2019-Q2',
      March: 'DATE 2019-03',
    });
  });
});

describe('day parts and periods of the story', () => {
  it('reads "the day", "late in the day" and the start, rest or middle of a period', () => {
    expect(table('Shares closed 3% higher on the day.')).toEqual({ 'the day': 'DATE 2022-02-17' });
    expect(table('Prices fell late in the day.')).toEqual({ 'late in the day': 'DATE 2022-02-17' });
    expect(table('Sales were strong at the start of the year.')).toEqual({ 'the start of the year': 'DATE 2022' });
    expect(table('Trading will be thin for the rest of the week.')).toEqual({ 'the rest of the week': 'DATE 2022-W07' });
    expect(table('Talks resume in the middle of the month.')).toEqual({ 'the middle of the month': 'DATE 2022-02' });
    expect(table('It will be done by the end of the decade.')).toEqual({ 'the end of the decade': 'DATE 202' });
  });

  it('reads "the day before/after …" in apposition to a date as that date, and leaves it alone otherwise', () => {
    expect(table('Protesters gathered on Monday, the day before the vote.', '2022-11-09')).toEqual({ Monday: 'DATE 2022-11-07', 'the day': 'DATE 2022-11-07' });
    expect(table('Eight trading days after Oct. 12, the day before the plunge, prices fell.', '1989-10-30')).toMatchObject({ 'Oct. 12': 'DATE 1989-10-12', 'the day': 'DATE 1989-10-12' });
    expect(table('He spoke on the day before the vote.', '2022-11-09')).toEqual({});
  });

  it('reads "the third week of March" as the ISO week it falls in', () => {
    expect(table('The vote is set for the third week of March.')).toEqual({ 'the third week of March': 'DATE 2022-W11' });
    expect(table('He left in the first week of January 2020.')).toEqual({ 'the first week of January 2020': 'DATE 2020-W01' });
  });
});

describe('decades and abbreviated years', () => {
  it('reads a bare "90s" after a decade written in full ("the 1980s and 90s"), and not alone', () => {
    expect(table('In the 1980s and 90s the city shrank.')).toEqual({ 'the 1980s': 'DATE 198', '90s': 'DATE 199' });
    expect(table('Temperatures hit the 90s.')).toEqual({});
  });

  it('reads "the 60s" without an apostrophe after a preposition, unless something around it is measured', () => {
    expect(table('The band formed in the 60s and split up during the mid-70s.')).toEqual({ 'the 60s': 'DATE 196', 'the mid-70s': 'DATE 197' });
    expect(table('He was a unifying force in the 80s and 90s.')).toEqual({ 'the 80s': 'DATE 198', '90s': 'DATE 199' });
    expect(table('Temperatures will be in the 60s and 70s this week.')).toEqual({ 'this week': 'DATE 2022-W07' });
    expect(table('The shares traded in the 60s.')).toEqual({});
    // Only after a preposition: a sentence-opening "The 60s" is left (a limit, not a reading).
    expect(table('The 60s were a time of change.')).toEqual({});
  });

  it('reads "the \'60s", "the mid-\'90s" and "in \'95"', () => {
    expect(table("Music of the '60s is back.")).toEqual({ "the '60s": 'DATE 196' });
    expect(table("Prices peaked in the mid-'90s.")).toEqual({ "the mid-'90s": 'DATE 199' });
    expect(table("He graduated in '95 and left in ’08.")).toEqual({ "'95": 'DATE 1995', '’08': 'DATE 2008' });
  });

  it('does not read quoted numbers or feet as years', () => {
    expect(table("The board was 12' long.")).toEqual({});
  });
});

describe('seasons', () => {
  it('reads a bare season after a preposition, by the tense', () => {
    expect(table('The law takes effect in spring.')).toEqual({ spring: 'DATE 2022-SP' });
    expect(table('Sales slowed in autumn, the firm said.')).toEqual({ autumn: 'DATE 2021-FA' });
    expect(table('spring 2020 was wet; the spring of 1998 too; last summer was dry')).toEqual({
      'spring 2020': 'DATE 2020-SP',
      'the spring of 1998': 'DATE 1998-SP',
      'last summer': 'DATE 2021-SU',
    });
  });

  it('reads a bare season after a superlative ("the driest summer on record")', () => {
    expect(table('Farmers got aid after the driest summer on record.', '2021-10-14')).toEqual({ summer: 'DATE 2021-SU' });
    expect(table('Forecasters expect the coldest winter in a decade.', '2021-10-14')).toMatchObject({ winter: 'DATE 2021-WI' });
    expect(table('It was the best summer job.', '2021-10-14')).toEqual({});
  });

  it('does not read springs and falls that are not seasons', () => {
    expect(table('The spring water was cold. A fall in prices followed.')).toEqual({});
  });
});

describe('quarters as durations and as dates', () => {
  it('reads counted quarters as durations', () => {
    expect(table('Profits fell for three straight quarters.')).toEqual({ 'three straight quarters': 'DURATION P3Q' });
    expect(table('It lost money for two consecutive years.')).toEqual({ 'two consecutive years': 'DURATION P2Y' });
  });

  it('takes the quarter just closed for a report still to come, and the story\'s year otherwise', () => {
    expect(table('The company will report results for the fourth quarter next week.')).toMatchObject({ 'the fourth quarter': 'DATE 2021-Q4' });
    expect(table('The company expects a loss in the second quarter.')).toEqual({ 'the second quarter': 'DATE 2022-Q2' });
    expect(table('Sales rose in the third quarter, it said.', '2022-10-28')).toEqual({ 'the third quarter': 'DATE 2022-Q3' });
  });
});

describe('clock times with a zone', () => {
  it('writes the zone as ISO 8601 does: Z for GMT and UTC, an offset for the others', () => {
    expect(table('Trading opened at 09:30 GMT.')).toEqual({ '09:30 GMT': 'TIME 2022-02-17T09:30Z' });
    expect(table('The offer will expire at 5 p.m. EST Friday.')).toEqual({ '5 p.m. EST Friday': 'TIME 2022-02-18T17:00-05' });
    expect(table('The strike began at 1400 GMT.')).toEqual({ '1400 GMT': 'TIME 2022-02-17T14:00Z' });
    expect(table('Polls close at 10 p.m. local time.')).toEqual({ '10 p.m.': 'TIME 2022-02-17T22:00' });
    expect(table('Voting begins at 0700 local time.')).toEqual({ '0700': 'TIME 2022-02-17T07:00' });
  });

  it('puts a time on the day named right after it', () => {
    expect(table('The ceremony starts at 7pm on Saturday.')).toEqual({ '7pm': 'TIME 2022-02-19T19:00', Saturday: 'DATE 2022-02-19' });
    expect(table('The vote closes at 10 p.m. on March 12.')).toEqual({ '10 p.m.': 'TIME 2022-03-12T22:00', 'March 12': 'DATE 2022-03-12' });
  });

  it('reads a 24-hour time before "local time", and the day after a second zone in parentheses', () => {
    expect(table('The quake struck at 14:46 local time (05:46 UTC) on Friday.', '2011-03-16')).toEqual({
      '14:46': 'TIME 2011-03-11T14:46',
      '05:46 UTC': 'TIME 2011-03-11T05:46Z',
      Friday: 'DATE 2011-03-11',
    });
    expect(table('It hit at 2:46 p.m. JST (0546 GMT) on 11 March.', '2011-03-16')).toEqual({
      '2:46 p.m. JST': 'TIME 2011-03-11T14:46+09',
      '0546 GMT': 'TIME 2011-03-11T05:46Z',
      '11 March': 'DATE 2011-03-11',
    });
    // After "at", "from", "until" … a 24-hour time needs no zone; a score or a verse is no time.
    expect(table('The ceasefire began at 06:00 on 12 April.', '2012-05-09')).toEqual({ '06:00': 'TIME 2012-04-12T06:00', '12 April': 'DATE 2012-04-12' });
    expect(table('The team won 14:12 at home; he read John 3:16.')).toEqual({});
  });
});

describe('vague references', () => {
  it('reads the long run and a later time as FUTURE_REF, "for now" as PRESENT_REF', () => {
    expect(table('In the long run, prices will fall.')).toEqual({ 'the long run': 'DATE FUTURE_REF' });
    expect(table('A decision will be made later.')).toEqual({ later: 'DATE FUTURE_REF' });
    expect(table('He later resigned.')).toEqual({});
    expect(table('For now, prices are stable.')).toEqual({ now: 'DATE PRESENT_REF' });
  });

  it('reads recent years and bare plural units as vague durations', () => {
    expect(table('Prices have risen in recent years.')).toEqual({ 'recent years': 'DURATION PXY' });
    expect(table('Talks lasted for days.')).toEqual({ days: 'DURATION PXD' });
    expect(table('The rebels took the town within hours.')).toEqual({ hours: 'DURATION PTXH' });
    expect(table('He was arrested days after the attack.')).toEqual({ days: 'DURATION PXD' });
    expect(table('Markets will be volatile in the coming weeks.')).toEqual({ 'the coming weeks': 'DURATION PXW' });
  });
});

describe('adjectival and compound durations', () => {
  it('reads hyphenated lengths as durations and "yearly" as a set', () => {
    expect(table('It was a one-day fall.')).toEqual({ 'one-day': 'DURATION P1D' });
    expect(table('Yields on ten-year bonds rose.')).toEqual({ 'ten-year': 'DURATION P10Y' });
    expect(table('A decades-long feud ended after a day-long meeting and a 20-year-long war.')).toEqual({
      'decades-long': 'DURATION PXY',
      'day-long': 'DURATION P1D',
      '20-year-long': 'DURATION P20Y',
    });
    expect(table('The fee is paid yearly.')).toEqual({ yearly: 'SET P1Y' });
  });
});

describe('holidays of British and other news', () => {
  it('reads Easter and the days around it by the computus, and Boxing Day', () => {
    expect(table('Shops close on Good Friday and reopen on Easter Monday.', '2011-03-10')).toEqual({
      'Good Friday': 'DATE 2011-04-22',
      'Easter Monday': 'DATE 2011-04-25',
    });
    expect(table('Easter 2024 came early; Easter 2000 late.')).toEqual({ 'Easter 2024': 'DATE 2024-03-31', 'Easter 2000': 'DATE 2000-04-23' });
    expect(table('Protesters prayed as Easter week began.', '2000-04-17')).toEqual({ 'Easter week': 'DATE 2000-W16' });
    expect(table('Sales peaked on Boxing Day.', '2011-03-10')).toEqual({ 'Boxing Day': 'DATE 2010-12-26' });
  });

  it('reads the US and other national days, fixed and movable', () => {
    // Election Day: the Tuesday after the first Monday in November (2 Nov 2010, 8 Nov 2016).
    expect(table('Voters will go to the polls on Election Day.', '2010-10-20')).toEqual({ 'Election Day': 'DATE 2010-11-02' });
    expect(table('Turnout was high on Election Day 2016.')).toEqual({ 'Election Day 2016': 'DATE 2016-11-08' });
    // Black Friday and Cyber Monday follow Thanksgiving (25 Nov 2021).
    expect(table('Shoppers crowded stores on Black Friday and spent online on Cyber Monday.', '2021-12-01')).toEqual({
      'Black Friday': 'DATE 2021-11-26',
      'Cyber Monday': 'DATE 2021-11-29',
    });
    expect(table("The parade was held on St. Patrick's Day; on Bastille Day 2016 a truck attack killed 86.")).toEqual({
      "St. Patrick's Day": 'DATE 2021-03-17',
      'Bastille Day 2016': 'DATE 2016-07-14',
    });
    expect(table('Martin Luther King Jr. Day falls on a Monday.', '2022-01-10')).toMatchObject({ 'Martin Luther King Jr. Day': 'DATE 2022-01-17' });
    // Lower case is no holiday name.
    expect(Object.keys(table('It was a black friday for the markets.'))).not.toContain('black friday');
  });
});

describe('names of newspapers and programmes', () => {
  it('takes no time from a name made with a time word', () => {
    expect(table("He told the BBC's Today programme he would stay; USA Today reported it.")).toEqual({});
    expect(table('The Sunday Times and the Mail on Sunday said so, as did ABC\'s This Week.')).toEqual({});
    expect(table('The film High Noon was shown; for Poland, high noon comes now.')).toEqual({ now: 'DATE PRESENT_REF' });
  });

  it('takes no year from a name introduced as one ("called Orion 1980"), and keeps years beside other names', () => {
    expect(table('He set up a joint venture called Orion 1980, making parts.')).toEqual({});
    expect(table('The plan, dubbed Vision 2030, was launched in 2016.')).toEqual({ '2016': 'DATE 2016' });
    expect(table('The firm, called Acme, was founded in 1980.')).toEqual({ '1980': 'DATE 1980' });
  });

  it('keeps the time words of running text and of title-case headlines', () => {
    expect(table('Today, shares fell. The vote is on Sunday.')).toEqual({ Today: 'DATE 2022-02-17', Sunday: 'DATE 2022-02-20' });
    expect(table('Shares Fall Today\nMarkets opened at noon.')).toEqual({ Today: 'DATE 2022-02-17', noon: 'TIME 2022-02-17T12:00' });
  });
});

describe('British day-first ranges and sentence openers', () => {
  it('reads the first day of "3 to 7 June" and "12-13 March 2011", and leaves the full stop out', () => {
    expect(table('The tournament runs from 3 to 7 June.', '2005-02-10')).toEqual({ '3': 'DATE 2005-06-03', '7 June': 'DATE 2005-06-07' });
    expect(table('The fair is on 12-13 March 2011.')).toEqual({ '12': 'DATE 2011-03-12', '13 March 2011': 'DATE 2011-03-13' });
    expect(table('Scores were 12-13 in the final.')).toEqual({});
  });

  it('reads "March" after "to" as the month, and a sentence-opening "Later," as no time', () => {
    expect(table('Sales in the 12 months to March rose.', '2005-02-10')).toEqual({ 'the 12 months': 'DURATION P12M', March: 'DATE 2005-03' });
    expect(table('In the year to January, prices rose 3.2%.', '2005-02-23')).toEqual({ 'the year': 'DURATION P1Y', January: 'DATE 2005-01' });
    expect(table('Later, he said he would return.')).toEqual({});
  });
});

describe('a season or half of a year written another way', () => {
  it('joins "the summer of \'69", "the winter of nineteen ninety-four" and a half of a decade into one expression', () => {
    expect(table("It began in the summer of '69.")).toEqual({ "the summer of '69": 'DATE 1969-SU' });
    expect(table('Oil fell to $13 in the winter of nineteen ninety-four.')).toEqual({ 'the winter of nineteen ninety-four': 'DATE 1994-WI' });
    expect(table("Sales fell in the last half of the '80s.")).toEqual({ "the last half of the '80s": 'DATE 198' });
    expect(table('Prices rose in the winter of 1994.')).toEqual({ 'the winter of 1994': 'DATE 1994-WI' });
  });

  it('leaves a season and a decade apart, and a season and a year not joined by "of"', () => {
    expect(table("He left in the summer of the '60s.")).toEqual({ 'the summer': 'DATE 2021-SU', "the '60s": 'DATE 196' });
    expect(table("It was hot in the summer and in '69 too.")).toEqual({ 'the summer': 'DATE 2021-SU', "'69": 'DATE 1969' });
  });
});

describe('vague stretches up to now', () => {
  it('reads "for a while" as a stretch of no stated unit, not "once in a while" or "a while ago"', () => {
    expect(table('They will have to live without it for a while.')).toEqual({ 'a while': 'DURATION PXX' });
    expect(table('After a while, he left.')).toEqual({ 'a while': 'DURATION PXX' });
    expect(table('Once in a while he calls.')).toEqual({});
    expect(table('Meanwhile the talks went on.')).toEqual({});
  });

  it('reads "the first time in years" and "the lowest level in decades", not "in years of"', () => {
    expect(table('Sales grew for the first time in years.')).toEqual({ years: 'DURATION PXY' });
    expect(table('Shares hit their lowest level in decades.')).toEqual({ decades: 'DURATION PXY' });
    expect(table('The strongest showing in months came on Friday.')).toMatchObject({ months: 'DURATION PXM' });
    expect(table('The best player in years of football.')).toEqual({});
    expect(table('He studied in years past.')).toEqual({});
  });
});

describe('vague references in a modal or a past frame', () => {
  it('reads "will one day" as a vague future, and "one day" elsewhere as a day', () => {
    expect(table('Islam will one day be the second largest religion.')).toEqual({ 'one day': 'DATE FUTURE_REF' });
    expect(table('He could one day lead the party.')).toEqual({ 'one day': 'DATE FUTURE_REF' });
    expect(table('It will take one day.')).toEqual({ 'one day': 'DURATION P1D' });
  });

  it('reads "the then current price" as a past reference', () => {
    expect(table('Holders may buy shares at 50% of the then current market price.')).toEqual({ 'then current': 'DATE PAST_REF' });
    expect(table('Holders may buy shares at the then-current price.')).toEqual({ 'then-current': 'DATE PAST_REF' });
    expect(table('Holders may buy shares at the current price.')).toEqual({ current: 'DATE PRESENT_REF' });
  });
});
