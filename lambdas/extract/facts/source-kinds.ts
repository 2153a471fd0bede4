// What kind of source an attribution has (a person, an organization, a document, a group of
// people) and whether it is anonymous ("officials said", "a source familiar with the talks").
import type { Entity, SpeakerKind as SourceKind } from '../types.js';
import type { Document } from './document.js';
import { DOCUMENT_NOUNS, ORG_NOUNS, PERSON_PRONOUNS, SPEAKER_NOUNS } from './lexicon.js';

/** A source as found next to its cue (the shape of speakers.ts's SpeakerCandidate, without importing it back). */
interface SourceTokens {
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'nominal';
}

/** Determiners that introduce someone not named before: "a senior official", "some analysts", "two sources". */
const INDEFINITE = new Set(['a', 'an', 'some', 'several', 'many', 'two', 'three', 'four', 'one', 'other', 'another', 'most', 'few', 'numerous', 'multiple', 'various']);
/** Heads that stand for unnamed people even with "the": "the sources", "people familiar with …". */
const ANONYMOUS_HEADS = new Set(['source', 'sources', 'people', 'person', 'insider', 'insiders', 'officials', 'aides', 'observers', 'analysts', 'experts', 'critics', 'diplomats', 'lawmakers', 'investigators', 'prosecutors', 'regulators', 'researchers', 'economists', 'residents', 'witnesses', 'voters']);
const DOCUMENTS = new Set([...DOCUMENT_NOUNS, 'ruling', 'complaint', 'indictment', 'analysis', 'assessment', 'findings', 'data', 'figures', 'records', 'documents', 'document', 'bill', 'law', 'proposal', 'plan', 'order', 'resolution', 'release', 'article', 'editorial', 'book', 'ad', 'video', 'footage', 'transcript', 'count', 'polls', 'surveys', 'studies', 'reports', 'statements', 'tweets', 'letters']);

export interface SourceDescription {
  kind?: SourceKind;
  anonymous?: true;
}

/** The last word of the source that is a noun head (skipping a trailing possessive or apposition). */
function headOf(doc: Document, c: SourceTokens): string {
  return doc.lower[c.last].replace(/['’]s$/, '');
}

export function describeSource(doc: Document, c: SourceTokens, entity: Entity | undefined): SourceDescription {
  const head = headOf(doc, c);
  const entityKind = (e: Entity): SourceKind | undefined => (e.type === 'PERSON' ? 'person' : e.type === 'ORGANIZATION' || e.type === 'LOCATION' ? 'organization' : undefined);
  if (c.kind === 'pronoun') {
    if (PERSON_PRONOUNS.has(head) && head !== 'we') return { kind: 'person' };
    return entity ? { kind: entityKind(entity) } : {};
  }
  if (DOCUMENTS.has(head)) return { kind: 'document' };
  // A capitalised common noun opening the sentence ("Officials said") is no name.
  const commonNoun = !entity && (SPEAKER_NOUNS.has(head) || ANONYMOUS_HEADS.has(head));
  if (c.kind === 'name' && !commonNoun) return entity ? { kind: entityKind(entity) } : {};
  if (ORG_NOUNS.has(head)) return { kind: 'organization' };
  const first = doc.lower[c.first];
  const plural = /[^s]s$/.test(head) || head === 'people';
  const named = doc.entitiesIn(doc.tokens[c.first].start, doc.tokens[c.last].end).some((m) => m.entity.type === 'PERSON' || m.entity.type === 'ORGANIZATION');
  const anonymous = !named && (INDEFINITE.has(first) || ANONYMOUS_HEADS.has(head) || (plural && first !== 'the' && first !== 'these' && first !== 'those'));
  return { kind: plural ? 'group' : 'person', ...(anonymous ? { anonymous: true as const } : {}) };
}
