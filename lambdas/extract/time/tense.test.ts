import { describe, expect, it } from 'vitest';
import { tenseMarkers, tenseNear } from './tense.js';

function tenseOf(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return tenseNear(tenseMarkers(sentence, 0, sentence.length), start, start + phrase.length);
}

/** With the sentence as context, as extractTimex asks. */
function tenseIn(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return tenseNear(tenseMarkers(sentence, 0, sentence.length), start, start + phrase.length, { text: sentence, from: 0 });
}

describe('tense around an expression', () => {
  it('takes the nearest marker', () => {
    expect(tenseOf('The minister said on Wednesday that talks ended.', 'Wednesday')).toBe('past');
    expect(tenseOf('The ministers will meet on Friday, she said.', 'Friday')).toBe('future');
    expect(tenseOf('Officials are expected to decide in January.', 'January')).toBe('future');
  });

  it('does not count passives or adjectival participles as past', () => {
    expect(tenseOf('The case is heard in May.', 'May')).toBe('none');
    expect(tenseOf('Dividends would be paid on a still unspecified date in January.', 'January')).toBe('future');
  });

  it('reads a present-tense schedule as future', () => {
    expect(tenseOf('The two leaders meet separately Monday with the envoy.', 'Monday')).toBe('future');
    expect(tenseOf("The firm's results are due on Thursday.", 'Thursday')).toBe('future');
    expect(tenseOf('The results were due on Thursday.', 'Thursday')).toBe('past');
    expect(tenseOf('His funeral is on Friday.', 'Friday')).toBe('future');
    // Plural subjects take the bare verb; after "did not" it is the past's.
    expect(tenseOf('Talks resume on Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('Schools reopen on Monday.', 'Monday')).toBe('future');
    expect(tenseOf('The talks did not begin on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('His funeral was on Friday.', 'Friday')).toBe('past');
    // An infinitive is no timetable: the clause's own verb decides.
    expect(tenseOf('The firm struggled to meet demand well into the summer.', 'the summer')).toBe('past');
    expect(tenseOf('The leaders plan to meet on Friday.', 'Friday')).toBe('future');
  });

  it('does not take "next to" for the future, nor a plan told in the past perfect', () => {
    expect(tenseOf('A bomb went off next to the embassy Friday morning.', 'Friday')).toBe('past');
    expect(tenseOf('The offer had been due to expire Friday evening.', 'Friday')).toBe('past');
    expect(tenseOf('The offer is due to expire Friday evening.', 'Friday')).toBe('future');
  });

  it('measures from the last letter of a marker before the expression', () => {
    expect(tenseOf('They met on Monday and will meet again on Friday.', 'Monday')).toBe('past');
  });

  it('reads "until" as pointing ahead unless the clause it opens says otherwise', () => {
    expect(tenseOf('Relatives have until Tuesday to sign.', 'Tuesday')).toBe('future');
    expect(tenseOf('Until Thursday, they had not called him a suspect.', 'Thursday')).toBe('past');
  });

  it('reads "since" as the past, and "until" only for what follows it', () => {
    expect(tenseOf('Police have searched for him since the Oct. 23 slaying.', 'Oct. 23')).toBe('past');
    expect(tenseOf('The Oct. 23 deadline holds until Friday.', 'Oct. 23')).toBe('none');
  });

  it('reads an intention ("vowed to", "hopes to") as pointing ahead', () => {
    expect(tenseOf('He vowed to close the unit on his first day in office in January.', 'January')).toBe('future');
  });

  it('reads "ahead of" as pointing ahead', () => {
    expect(tenseOf('Traders squared positions ahead of the weekend.', 'the weekend')).toBe('future');
  });

  it('lets a reporting verb after the expression date it unless a comma sets it off', () => {
    expect(tenseIn('On Wednesday, the bank said it would buy bonds.', 'Wednesday')).toBe('past');
    expect(tenseIn('It unveiled the phone on Wednesday and said it would go on sale.', 'Wednesday')).toBe('past');
    expect(tenseIn('The ministers will meet on Friday, she said.', 'Friday')).toBe('future');
    // Without the sentence (older callers) a reporting verb after the expression is passed over.
    expect(tenseOf('It unveiled the phone on Wednesday and said it would go on sale.', 'Wednesday')).toBe('future');
  });

  it('reads modals and "are expected" as pointing ahead, but not "could not", "could have" or a modal after "that"', () => {
    expect(tenseIn('Results are expected on Sunday.', 'Sunday')).toBe('future');
    expect(tenseIn('Temperatures could reach 35C by Sunday.', 'Sunday')).toBe('future');
    expect(tenseIn('He could not be reached on Monday.', 'Monday')).toBe('none');
    expect(tenseIn('Holders can collect their cards from Monday.', 'Monday')).toBe('future');
    expect(tenseIn("He can't be reached on Monday.", 'Monday')).toBe('none');
    expect(tenseIn('It could have ended on Monday.', 'Monday')).toBe('past');
    expect(tenseIn('Moscow issued warnings on Tuesday that strikes could follow.', 'Tuesday')).toBe('past');
    expect(tenseIn('In May prices fell.', 'prices')).toBe('past');
  });

  it('lets a fronted expression date an intention told in the past, not what was intended', () => {
    expect(tenseIn('On Friday, the government planned to pay the families.', 'Friday')).toBe('past');
    expect(tenseIn('On Friday the union vowed to strike.', 'Friday')).toBe('past');
    // After the intention, or with an intention in the present, the expression is what is intended.
    expect(tenseIn('The government planned to pay the families on Friday.', 'Friday')).toBe('future');
    expect(tenseIn('On Friday, the bank plans to cut rates.', 'Friday')).toBe('future');
  });

  it('reads irregular past forms ("broke", "fought", "sent") as past', () => {
    expect(tenseIn('The strike, which follows talks that broke up on Tuesday, will shut most lines.', 'Tuesday')).toBe('past');
    expect(tenseIn('Rebels fought on Sunday.', 'Sunday')).toBe('past');
    expect(tenseIn('She sent the letter on Monday.', 'Monday')).toBe('past');
  });

  it('does not let a verb after "as", "while" or "because" date an expression of the clause before it', () => {
    expect(tenseIn('The storm would weaken over the weekend as it moved inland.', 'the weekend')).toBe('future');
    expect(tenseIn('Talks will resume on Monday because the mediator fell ill.', 'Monday')).toBe('future');
    expect(tenseIn('Prices fell on Monday while bonds rallied.', 'Monday')).toBe('past');
  });

  it('reads "is forecast" as pointing ahead, and "to last" as a verb, not "last"', () => {
    expect(tenseIn('More rain is forecast for Wednesday.', 'Wednesday')).toBe('future');
    expect(tenseIn('The trial, which is expected to last three weeks, continues on Monday.', 'Monday')).toBe('future');
    expect(tenseIn('He left last week.', 'He')).toBe('past');
  });

  it('does not let the verb of a relative clause date what lies outside it, nor a list pass for a clause', () => {
    expect(tenseIn('Early voting, which opened on Monday, closes at 6pm on Friday.', 'Friday')).toBe('future');
    expect(tenseIn('Early voting, which opened on Monday, closes at 6pm on Friday.', 'Monday')).toBe('past');
    expect(tenseIn('The trial, which is expected to last three weeks, continues on Monday.', 'Monday')).toBe('future');
    // "…, who stepped down as chairman, president and chief executive in March": a list, one clause.
    expect(tenseIn('He succeeds Mr. Taylor, who stepped down as chairman, president and chief executive in March for health reasons.', 'March')).toBe('past');
  });

  it('does not let a verb after ", but" date an expression of the clause before it', () => {
    expect(tenseIn('The government would not impose new curbs on Friday, but ruled nothing out.', 'Friday')).toBe('future');
    expect(tenseIn('She has not played since losing in August, and hopes to return in October.', 'August')).toBe('past');
    // With no verb of its own before it, the expression takes the one after.
    expect(tenseIn('On Friday, but not before, the talks collapsed.', 'Friday')).toBe('past');
  });

  it('does not read "last" after a determiner ("the last days of term") as past', () => {
    expect(tenseIn('Teachers will strike on Tuesday and Wednesday, the last days of term.', 'Wednesday')).toBe('future');
    expect(tenseIn('They met last week on Monday.', 'Monday')).toBe('past');
  });

  it('reads a participle after "is" and an adverb as a passive ("is next reviewed"), not a past', () => {
    expect(tenseIn('The cap is next reviewed in July.', 'July')).toBe('future');
    expect(tenseIn('The fair is usually held in May.', 'May')).toBe('none');
    expect(tenseIn('The cap was reviewed in July.', 'July')).toBe('past');
  });

  it('closes a relative clause before an irregular past verb too ("Unions, who met managers on Monday, said …")', () => {
    expect(tenseIn('Unions, who met managers on Monday, said they would fight the decision.', 'Monday')).toBe('past');
    expect(tenseIn('Officials, who will meet on Monday, said talks were going well.', 'Monday')).toBe('future');
  });

  it('reads an obligation from or until a date as pointing ahead, and a verb after "after" as of its own clause', () => {
    expect(tenseIn('Farmers must keep poultry indoors from Monday after a case was confirmed on Wednesday.', 'Monday')).toBe('future');
    expect(tenseIn('Farmers must keep poultry indoors from Monday after a case was confirmed on Wednesday.', 'Wednesday')).toBe('past');
    expect(tenseIn('Talks will resume on Friday before the deadline passed.', 'Friday')).toBe('future');
  });

  it('reads "un-" + "-ed" as an adjective, not a past ("markets untouched by the crisis")', () => {
    expect(tenseIn('The airline will double its flights by August in the search for markets untouched by the crisis.', 'August')).toBe('future');
    expect(tenseIn('Police will review unsolved cases in March.', 'March')).toBe('future');
    // Verbs that begin with "un" stay verbs.
    expect(tenseIn('The company unveiled the phone in March.', 'March')).toBe('past');
  });

  it('ends a phrase opened by "after" or "before" at its comma: the verb beyond is the main clause\'s', () => {
    expect(tenseIn('In January, a week after the anniversary of the ruling, a bombing killed a guard.', 'January')).toBe('past');
    expect(tenseIn('Talks will resume on Friday before the deadline passed.', 'Friday')).toBe('future');
    expect(tenseIn('On Friday, after the talks, officials will meet again.', 'Friday')).toBe('future');
  });

  it('reads "since" as the past only of what follows it', () => {
    expect(tenseIn('Temperatures are expected to reach 44C on Tuesday, the third heatwave since the start of the summer.', 'Tuesday')).toBe('future');
    expect(tenseIn('Temperatures are expected to reach 44C on Tuesday, the third heatwave since the start of the summer.', 'the start of the summer')).toBe('past');
    expect(tenseIn('They met on Monday for the first time since 2019.', 'Monday')).toBe('past');
  });

  it('reads "having" + a participle as a past, and "expected by/on …" after a noun as pointing ahead', () => {
    expect(tenseIn('It now expects sales this year to be flat, having forecast growth of 5% in April.', 'April')).toBe('past');
    expect(tenseIn('Counting continued on Friday, with results from 107 councils expected by Saturday evening.', 'Saturday evening')).toBe('future');
    expect(tenseIn('Counting continued on Friday, with results from 107 councils expected by Saturday evening.', 'Friday')).toBe('past');
    // A plan told in the past stays past.
    expect(tenseIn('The verdict was expected on Monday but was delayed.', 'Monday')).toBe('past');
  });

  it('reads a plan told with was/were as past ("were due to finish in the autumn")', () => {
    expect(tenseIn('Repairs were due to finish in the autumn, but were delayed.', 'the autumn')).toBe('past');
    expect(tenseIn('The plant was scheduled to open on Monday.', 'Monday')).toBe('past');
    expect(tenseIn('Repairs are due to finish in the autumn.', 'the autumn')).toBe('future');
  });

  it('reads what is warned of as still to come ("warned of more snow on Thursday")', () => {
    expect(tenseIn('Schools were closed on Tuesday, and forecasters warned of more snow on Thursday.', 'Thursday')).toBe('future');
    expect(tenseIn('Schools were closed on Tuesday, and forecasters warned of more snow on Thursday.', 'Tuesday')).toBe('past');
    // The day of the warning itself is past.
    expect(tenseIn('Forecasters warned on Thursday of more snow.', 'Thursday')).toBe('past');
  });

  it('is none without markers', () => {
    expect(tenseOf('Talks in March.', 'March')).toBe('none');
  });
});
