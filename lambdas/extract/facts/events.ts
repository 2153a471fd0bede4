// Events stated plainly, precision over recall: meetings, memberships, agreements.
import type { AgreementFact, EntityType, MeetingFact, MembershipFact } from '../types.js';
import type { Document, MentionRef } from './document.js';
import { REPORTING_FORMS } from './lexicon.js';

const ACTORS = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'LOCATION']);
const isActor = (m: MentionRef) => ACTORS.has(m.entity.type);
const uniqueIds = (ms: MentionRef[]) => [...new Set(ms.map((m) => m.entity.id))];

export interface EventOptions {
  /** Entity id (or name) of the dateline place, the default venue of a meeting. */
  datelinePlace?: string;
}

export function extractEvents(doc: Document, options: EventOptions): Array<MeetingFact | MembershipFact | AgreementFact> {
  const out: Array<MeetingFact | MembershipFact | AgreementFact> = [];
  doc.ctx.sentences.forEach((s, sentence) => {
    const text = doc.text.slice(s.start, s.end);
    const meeting = findMeeting(doc, text, s.start, sentence, options);
    if (meeting) out.push(meeting);
    const membership = findMembership(doc, text, s.start, sentence);
    if (membership) out.push(membership);
    const agreement = findAgreement(doc, text, s.start, sentence);
    if (agreement) out.push(agreement);
  });
  return out;
}

/** "A met (with) B", "A … at a meeting with B", "A and B met", "talks between A and B". */
function findMeeting(doc: Document, text: string, base: number, sentence: number, options: EventOptions): MeetingFact | undefined {
  const m = /\b(met with|met|meeting with|meeting between|talks with|talks between|held talks with)\b/i.exec(text);
  if (!m) return undefined;
  // "objectives could be met", "demands were met": the passive is not a meeting.
  if (/\b(be|been|being|is|was|were|are|not)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const at = base + m.index;
  const afterEnd = base + m.index + m[0].length;
  const sentenceEnd = base + text.length;
  const persons = doc.entitiesIn(base, sentenceEnd).filter((x) => x.entity.type === 'PERSON' || x.entity.type === 'ORGANIZATION');
  const before = persons.filter((x) => x.end <= at);
  const after = persons.filter((x) => x.start >= afterEnd);
  let participants: MentionRef[];
  if (/between/i.test(m[1])) {
    participants = after.slice(0, 2);
    if (participants.length < 2 || !/\band\b/.test(doc.text.slice(participants[0].end, participants[1].start))) return undefined;
  } else if (/^met$/i.test(m[1]) && after.length === 0) {
    // "A and B met".
    participants = before.slice(-2);
    if (participants.length < 2 || !/^\s*and\s*$/.test(doc.text.slice(participants[0].end, participants[1].start))) return undefined;
  } else {
    // The subject: a person before the cue, preferring people over organizations; the other: the first after it.
    const subject = [...before].reverse().find((x) => x.entity.type === 'PERSON') ?? before[before.length - 1];
    // The other side follows the cue closely (a title phrase may sit between: "with the Venezuelan vice-president …, Tareck El Aissami").
    const closeBy = (x: MentionRef) => {
      const gap = doc.text.slice(afterEnd, x.start);
      // "meeting with any Tea Party group that would have him, said Mark Jones": the speaker is no participant.
      return x.start - afterEnd <= 80 && !/[;:]/.test(gap) && !(gap.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => REPORTING_FORMS.has(w));
    };
    const object = [...after.filter((x) => x.entity.type === 'PERSON'), ...after].find(closeBy);
    if (!subject || !object || subject.entity.id === object.entity.id) return undefined;
    participants = [subject, object];
  }
  const ids = uniqueIds(participants);
  if (ids.length < 2) return undefined;
  const start = Math.min(participants[0].start, at);
  const end = Math.max(...participants.map((p) => p.end), afterEnd);
  const inPlace = doc.entitiesIn(afterEnd, sentenceEnd).find((x) => x.entity.type === 'LOCATION' && /\b(in|at)\s+(the\s+)?$/i.test(doc.text.slice(Math.max(base, x.start - 8), x.start)));
  const place = inPlace?.entity.id ?? options.datelinePlace;
  return { type: 'meeting', sentence, start, end, confidence: 0.7, participants: ids, ...(place ? { place } : {}) };
}

/** "both Russia and Venezuela are members of the OPEC+ alliance", "X is a member of Y". */
function findMembership(doc: Document, text: string, base: number, sentence: number): MembershipFact | undefined {
  const m = /\b(?:are|is|were|was|became|become|remain|remains)\s+(?:both\s+|all\s+|also\s+|now\s+)?(?:a\s+|full\s+|founding\s+)*members?\s+of\s+(?:the\s+)?/i.exec(text);
  if (!m) return undefined;
  const verbAt = base + m.index;
  const orgAt = base + m.index + m[0].length;
  const org = doc.entitiesIn(orgAt, orgAt + 1).find((x) => x.start === orgAt && x.entity.type !== 'PERSON' && x.entity.type !== 'NORP');
  if (!org) return undefined;
  // The members: actors in the clause right before the verb, joined by commas and "and".
  const clauseStart = Math.max(base, base + Math.max(text.lastIndexOf(',', m.index), text.lastIndexOf(';', m.index)) + 1);
  const members = doc.entitiesIn(clauseStart, verbAt).filter((x) => isActor(x) && x.end <= verbAt);
  if (!members.length) return undefined;
  const gaps = members.slice(1).map((x, i) => doc.text.slice(members[i].end, x.start));
  if (!gaps.every((g) => /^\s*(,|and|, and)\s*$/.test(g))) return undefined;
  if (!/^\s*$/.test(doc.text.slice(members[members.length - 1].end, verbAt))) return undefined;
  return { type: 'membership', sentence, start: members[0].start, end: org.end, confidence: 0.75, members: uniqueIds(members), of: org.entity.id };
}

/** "A and B signed an agreement on …", "A signed a deal with B". */
function findAgreement(doc: Document, text: string, base: number, sentence: number): AgreementFact | undefined {
  const m = /\b(signed|concluded|reached|struck|inked)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|treaty|memorandum|contract|pact)s?)(\s+(?:on|to|for)\s+[^,.;]{3,60})?/i.exec(text);
  if (!m) return undefined;
  const verbAt = base + m.index;
  const end = base + m.index + m[0].length;
  const actors = doc.entitiesIn(base, base + text.length).filter(isActor);
  const clauseStart = base + Math.max(text.lastIndexOf(',', m.index), text.lastIndexOf(';', m.index), -1) + 1;
  const partiesBefore = actors.filter((x) => x.start >= clauseStart && x.end <= verbAt);
  const withParty = actors.find((x) => x.start >= end && /\bwith\s+(the\s+)?$/i.test(doc.text.slice(Math.max(base, x.start - 10), x.start)) && x.start - end < 40);
  const parties = uniqueIds([...partiesBefore, ...(withParty ? [withParty] : [])]);
  if (parties.length < 2) return undefined;
  const start = Math.min(...partiesBefore.map((x) => x.start), verbAt);
  return { type: 'agreement', sentence, start, end: Math.max(end, withParty?.end ?? 0), confidence: 0.65, parties, what: (m[2] + (m[3] ?? '')).trim() };
}
