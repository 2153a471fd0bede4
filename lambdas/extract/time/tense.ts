// Which way a sentence leans in time around an expression: the nearest tense marker decides whether
// "Friday" is the last one or the next one ("said on Friday" vs "will meet on Friday").
import type { Tense } from './resolve.js';

const MARKER =
  /\b(?:(?<future>set\s+to|(?:hopes?|aims?|wants?|intends|promised|vowed|threatened|agreed|pledged|intended|decided)\s+to|as\s+soon\s+as|until|ahead\s+of|planned\s+to|planning|(?<obligation>must|ha(?:s|ve)\s+to|needs?\s+to)|will|shall|won't|could|might|may|can|going\s+to|plans?\s+to|plans?(?=\s+(?:a|an|another|more|new|further|fresh|its|their|his|her|two|three)\s)|planning\s+to|intends?\s+to|expects?|(?:is|are|'re)\s+(?:widely\s+|also\s+)?(?:expected|forecast)|expected\s+to|expected(?=\s+(?:by|on|at|in|within|before|around|later|next|early|this|from|after|over|through|late)\b)|scheduled|slated|due\s+to|(?:is|are|'s|’s)\s+due|(?:is|are)(?=\s+(?:(?:at|from)\s+[^,.;]{1,20}?\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)|is\s+to|are\s+to|would|next|upcoming|begins|begin|starts|opens|go|goes|plays|play|faces|face|hosts|host|travels|travel|races|swims|resumes|resume|reopen|reopens|convene|convenes|meet|meets|visits|arrives|arrive|leaves|expires|ends|closes|continues|returns|return|takes?\s+effect)|(?<past>having\s+(?:\w+ly\s+)?\w+|said|says|was|were|had|did|told|ago|since|last|came|went|took|made|got|gave|saw|met|left|sold|bought|rose|fell|paid|won|lost|held|began|ran|brought|thought|found|became|felt|kept|spoke|wrote|struck|fled|broke|chose|drove|flew|grew|knew|threw|stood|fought|caught|sought|taught|sent|spent|built|meant|stole|froze|woke|shook|drew|withdrew|arose|sank|swore|[a-z]{2,}ed))\b/gi;

const IRREGULAR = new Set(['said', 'had', 'did', 'told']);

const UN_VERBS = /^un(?:veil|leash|cover|lock|ravel|ravell|fold|load|dermin|earth|pack|seat|ifi|settl|block|seal|plugg|wrapp|mask|tangl|hook|furl|burden|dress|tie|zipp|nerv)ed$/;

export interface TenseMarker {
  at: number;
  /** Where the marker word ends: a marker before an expression is as far as its last letter. */
  end: number;
  tense: Exclude<Tense, 'none'>;
  /** "said", "told": a reporting verb after an expression frames the clause, it does not date it. */
  reporting?: boolean;
  /** "planned to", "vowed to": an intention told in the past; a fronted "On Friday," dates the
   * intention, not what was intended. */
  pastIntention?: boolean;
  /** "must", "has to": an obligation points ahead only to a deadline ("must secure 100 nominations
   * by 2pm on Monday"); "must be returned … and set Friday as the deadline" is no such date. */
  obligation?: boolean;
  /** "until": points ahead only when the clause it opens has no verb of its own that says otherwise
   * ("until Tuesday to sign" vs "Until Thursday, they had not called"). */
  weak?: boolean;
  /** "since": dates only what follows it. */
  since?: boolean;
}

/** Tense markers of a stretch of text, with absolute offsets. "says" counts as past: news reports. */
export function tenseMarkers(text: string, from: number, to: number): TenseMarker[] {
  const out: TenseMarker[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(MARKER)) {
    const word = m[0].toLowerCase();
    // "-ed" words that mark the future or are not verbs.
    if (/^(?:scheduled|expected|need|needed|based|related|united|limited|red|bed|speed|indeed|proceed|exceed|succeed|seed|feed|weed|hundred)$/.test(word) && !m.groups?.future) continue;
    if (word === 'says') continue;
    // "May" capitalized is the month; "could have", "might not have" look back; "could not be
    // reached on Friday" is a past attempt.
    if (word === 'may' && m[0] !== 'may') continue;
    // "can't", "cannot be reached": no plan.
    if (word === 'can' && /^['’]t\b/i.test(slice.slice(m.index! + 3, m.index! + 6))) continue;
    if (/^(?:could|might|may|can)$/.test(word) && /^\s+(?:not\s+|n't\s+|also\s+|well\s+)?(?:have|not|n't)\b/i.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    // A bare verb after "did", "not", a modal or a causative belongs to that verb's tense ("did not
    // begin Monday", "let go 800 staff").
    if (m.groups?.future && /^(?:begin|resume|reopen|convene|meet|arrive|go|play|face|host|travel|return|take\s+effect)$/.test(word) && /\b(?:did|do|does|didn't|doesn't|don't|not|never|could|should|might|may|must|can|let|lets|made|make|helped)\s+$/i.test(slice.slice(Math.max(0, m.index! - 9), m.index!))) continue;
    // A schedule verb after "to" is an infinitive ("struggled to meet demand"), not a timetable.
    if (m.groups?.future && /^(?:begins|begin|starts|opens|go|goes|plays|play|faces|face|hosts|host|travels|travel|races|swims|resumes|resume|reopen|reopens|convene|convenes|meet|meets|visits|arrives|arrive|leaves|expires|ends|closes|continues|returns|return|takes?\s+effect)$/.test(word) && /\bto\s+$/i.test(slice.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    // "expected to last three weeks": "last" after "to" is the verb; after a determiner ("the last
    // days of term", "his last match") it means final, not past.
    if (word === 'last' && /\b(?:to|the|a|its|his|her|their|our|my|your|this|these|those)\s+$/i.test(slice.slice(Math.max(0, m.index! - 7), m.index!))) continue;
    // "a return to the larger demonstrations": the noun.
    if (/^returns?$/.test(word) && /\b(?:a|an|the|its|their|his|her|our|this|that|safe|quick|swift|early)\s+$/i.test(slice.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    // "the plan a minister backed": the noun, not the verb ("Campaigners plan a protest on Saturday").
    if (/^plans?$/.test(word) && /\b(?:a|an|the|its|their|his|her|our|this|that|new|peace|rescue|budget)\s+$/i.test(slice.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    // "next to the embassy" is a place.
    if (word === 'next' && /^\s+to\b/i.test(slice.slice(m.index! + 4, m.index! + 8))) continue;
    // A participle after a form of "be" is a passive, not a past tense: "is heard", "will be held".
    // Also with an adverb between: "is next reviewed", "are usually held".
    if (!m.groups?.future && /\b(?:is|are|am|be|being|'s|’s)\s+(?:(?:next|still|also|now|usually|normally|often|always|only|then|typically)\s+)?$/i.test(slice.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    // After a determiner or an adverb of degree an "-ed" word is an adjective: "a still unspecified date".
    if (!m.groups?.future && word.endsWith('ed') && !IRREGULAR.has(word) && /\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|still|very|more|most|less|least|newly|fully|well|not|so|too|highly|widely|long|much|already)\s+$/i.test(slice.slice(Math.max(0, m.index! - 10), m.index!)) && !relativeThat(slice, m.index!)) continue;
    // "un-" + "-ed" is an adjective ("markets untouched by the crisis", "unsolved shootings"),
    // except for the verbs that begin with "un" ("unveiled", "uncovered").
    if (!m.groups?.future && /^un[a-z]{3,}ed$/.test(word) && !UN_VERBS.test(word)) continue;
    // A plan told in the past perfect is over: "it had been due to expire Friday evening".
    const pastPlan = !!m.groups?.future && (/\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$/i.test(slice.slice(Math.max(0, m.index! - 24), m.index!)) || (/^(?:expected|due\s+to|scheduled|slated|set\s+to)$/.test(word) && /\b(?:was|were)\s+(?:\w+ly\s+)?$/i.test(slice.slice(Math.max(0, m.index! - 20), m.index!))));
    out.push({ at: from + m.index!, end: from + m.index! + m[0].length, tense: m.groups?.future && !pastPlan ? 'future' : 'past', reporting: /^(?:said|told|reported|announced|added)$/.test(word), weak: word === 'until', since: word === 'since', obligation: !!m.groups?.obligation, pastIntention: /^(?:planned|promised|vowed|threatened|agreed|pledged|intended|decided)\s+to$/.test(word) });
  }
  return out;
}

/** "works that closed lines", "the law that passed in March": "that" after a noun opens a relative
 * clause, so the "-ed" word after it is its verb; after a preposition or a verb of saying ("in that
 * troubled region", "said that troubled banks") it is a determiner or a conjunction before an adjective. */
function relativeThat(slice: string, at: number): boolean {
  // The noun is read as one after a determiner, a name or an "-ing" word ("the law", "Rail engineering
  // works"); "will reach that troubled region" has a verb before "that".
  const before = /(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|[a-z]+ing)|\b[A-Z][a-z]+)\s+(?:(?!(?:will|would|can|could|may|might|must|should|shall|to|did|does|do|has|have|had)\s)[a-z-]+\s+)?([a-z]+)\s+that\s+$/.exec(slice.slice(Math.max(0, at - 40), at));
  return !!before && !/^(?:in|on|at|of|for|with|from|by|through|into|to|about|under|over|after|before|since|during|and|or|but|so|such|now|is|was|are|were|be|been|said|says|say|told|believe|believed|think|thought|know|knew|show|shows|showed|found|noted|added|reported|announced|argued|claimed|warned|hope|hoped|fear|feared|all|like|than)$/i.test(before[1]);
}

/** The sentence around an expression, for the markers that depend on the words between. */
export interface TenseContext {
  text: string;
  /** Where the sentence starts. */
  from: number;
}

// "by Monday", "by 2pm on Monday", "no later than Friday".
const DEADLINE_BEFORE = /\b(?:by|from|until|till|no\s+later\s+than)\s+(?:[^,.;]{0,16}\s+on\s+)?$/i;

/** The tense of the marker nearest to [start, end) outside it, or 'none'. */
export function tenseNear(markers: TenseMarker[], start: number, end: number, context?: TenseContext): Tense {
  // "A sample collected in the spring may be …", "works that closed lines on Easter Monday will
  // finish", "rose 4.1% in April and will rise again": a past verb that is the nearest marker before
  // the expression, with at most its object (or a figure) and the preposition between, dates it over
  // a verb after it.
  if (context) {
    const before = markers.filter((marker) => marker.end <= start).pop();
    if (before && before.tense === 'past' && !before.reporting && !before.since && /^\s+(?:(?:[a-z][\w'’-]*|[$£€]?\d[\d.,]*(?:%|bn|m|k)?)\s+){0,3}?(?:in|on|at|during)\s+(?:the\s+)?$/.test(context.text.slice(before.end, start)) && /^(?:[a-z]{3,}ed|[a-z]+)$/i.test(context.text.slice(before.at, before.end)) && !/\b(?:was|were|had|did|is|are|has|have|warned|predicted)$/i.test(context.text.slice(before.at, before.end))) return 'past';
  }
  let best: TenseMarker | undefined;
  let bestDistance = Infinity;
  // "On Wednesday(,) the bank said …": an expression that opens the sentence is dated by its verb.
  const fronted = !!context && /^[\s"“'‘(]*(?:(?:early|late)\s+)?(?:on|by|from|at|in)?\s*$/i.test(context.text.slice(context.from, start));
  // "The summit, which opened on Sunday, is due to end …": inside a relative clause set off by
  // commas, the clause's own verb dates the expression.
  const clause = context ? relativeClause(context, start, end) : null;
  if (clause) {
    const inside = markers.filter((marker) => marker.at >= clause[0] && marker.end <= clause[1]);
    if (inside.some((marker) => marker.at < start || marker.at >= end)) return tenseNear(inside, start, end);
  }
  // …and its verbs do not date what lies outside it ("Early voting, which opened on Monday, closes at
  // 6pm on Friday").
  const clauses = context ? relativeClauses(context, start) : [];
  for (const marker of markers) {
    if (clauses.some(([from, to]) => marker.at >= from && marker.end <= to && !(start >= from && end <= to))) continue;
    if (marker.at >= start && marker.at < end) continue;
    if (marker.obligation && !(context && DEADLINE_BEFORE.test(context.text.slice(Math.max(context.from, start - 30), start)))) continue;
    // "…, the union said": a reporting verb after a comma or quote frames the clause; one that
    // goes on from the expression ("unveiled it on Wednesday and said") or follows a fronted one dates it.
    if (marker.reporting && marker.at >= end && (!context || (!fronted && /[,"”;:]/.test(context.text.slice(end, marker.at))))) continue;
    // "since" marks the past of what follows it, not of what comes before ("expected to reach 44C on
    // Tuesday, the third heatwave since the start of the summer").
    if (marker.since && marker.at >= end) continue;
    // "until" dates only what follows it, and gives way to a verb of its own clause.
    if (marker.weak && (marker.at >= end || markers.some((other) => other.tense !== marker.tense && other.at >= end && other.at - end < 30))) continue;
    // "warnings on Thursday that strikes could follow": a verb after "that" is of the clause it opens.
    // So does one after a subordinating word: "would weaken over the weekend as it moved inland",
    // "must keep poultry indoors from Monday after a case was confirmed".
    // A phrase that closes with a comma before the verb ("In January, a week after the anniversary
    // of the ruling, a bombing killed …") does not hold the verb.
    if (context && marker.at >= end && /\b(?:that|as|while|because|although|though|whereas|unless|after|before|when|once|if)\s+[a-z][^,;]*$/i.test(context.text.slice(end, marker.at))) continue;
    // "cut rates on Thursday, and said inflation would return to target": a verb after a reporting
    // verb that follows the expression is of what was reported.
    if (context && marker.at >= end && /\b(?:said|says|told\s+\w+|announced|added|warned|predicted|forecast)\s+(?!that\b)[a-z][^;]*$/i.test(context.text.slice(end, marker.at))) continue;
    // "would not impose curbs on Friday, but ruled nothing out", "has not played since losing in
    // August, and hopes to return": a verb after ", but" or ", and" is of the next clause when the
    // expression's own clause has a verb before it.
    if (context && marker.at >= end && /,\s*(?:but|and)\b/i.test(context.text.slice(end, marker.at)) && markers.some((other) => other.end <= start && !other.reporting)) continue;
    const distance = marker.at < start ? start - marker.end : marker.at - end;
    if (distance < bestDistance) {
      // "forecasters warned of more snow on Thursday": what is warned of is still to come.
      const warnedOf = !!context && marker.at < start && /^(?:warned|predicted)$/i.test(context.text.slice(marker.at, marker.end)) && /^\s+of\s+[^,.;:"“”]{0,40}$/.test(context.text.slice(marker.end, start));
      best = warnedOf ? { ...marker, tense: 'future' } : fronted && marker.pastIntention && marker.at >= end ? { ...marker, tense: 'past' } : marker;
      bestDistance = distance;
    }
  }
  return best?.tense ?? 'none';
}

// A relative clause set off by commas is followed by the verb of the clause around it ("The summit,
// which opened on Sunday, is due to end"); "…, who stepped down as chairman, president and chief
// executive in March" is a list, not a clause that closes.
const VERB_AFTER_CLAUSE = /^\s*(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|said|told|made|took|came|went|got|gave|saw|met|left|won|lost|held|began|ran|fell|rose|became|[a-z]+(?:es|ed)|[a-z]+[^s\W]s)\b/;

/** [start, end) of a relative clause set off by commas around the expression (", which opened on
 * Sunday,"), or null. */
function relativeClause(context: TenseContext, start: number, end: number): [number, number] | null {
  const before = context.text.slice(Math.max(context.from, start - 80), start);
  const open = /,\s*(?:which|who|whose)\b[^,;:"“”()]*$/i.exec(before);
  if (!open) return null;
  const close = /^[^,;:"“”().!?]*,/.exec(context.text.slice(end, end + 80));
  if (!close || !VERB_AFTER_CLAUSE.test(context.text.slice(end + close[0].length, end + close[0].length + 24))) return null;
  return [start - before.length + open.index, end + close[0].length];
}

/** The relative clauses set off by commas (", which opened on Monday,") in the sentence before `at`. */
function relativeClauses(context: TenseContext, at: number): [number, number][] {
  const out: [number, number][] = [];
  const before = context.text.slice(context.from, at);
  for (const m of before.matchAll(/,\s*(?:which|who|whose)\b[^,;:"“”()]*,/gi)) {
    const to = context.from + m.index! + m[0].length;
    if (VERB_AFTER_CLAUSE.test(context.text.slice(to, to + 24))) out.push([context.from + m.index!, to]);
  }
  return out;
}
