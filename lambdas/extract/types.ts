/** Output shapes of extraction (docs/CONTRACTS.md, extraction CLI). Offsets are UTF-16 indices into `text`, `end` exclusive. */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in the token array, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'NORP',
  'EVENT',
  'PRODUCT',
  'WORK',
  'LAW',
  'MISC',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  /** Deterministic, URL-safe: the same canonical entity always gets the same id (see entity-id.ts). */
  id: string;
  /** Canonical name: the longest, most complete form in the article ("Yury Borisov"). */
  name: string;
  type: EntityType;
  /** Other surface forms seen for it ("Borisov"). */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: Span[];
  /** For NORP: the entity it derives from ("Russian" → Russia's id). */
  relatedTo?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  type: TimexType;
  /** TIMEX3 value: 2022-02-16, 2021, 2022-W07, P1M, PRESENT_REF, … */
  value: string;
}

export type QuantityKind = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

export interface Quantity extends Span {
  kind: QuantityKind;
  value: number | null;
  /** Unit or counted noun ("vaccine doses", "bags", "USD" for money). */
  unit: string | null;
  /** ISO 4217 code for MONEY. */
  currency?: string;
  /** A hedge ("almost", "about", "more than") makes the figure approximate. */
  approximate?: boolean;
}

export interface FactBase {
  type: string;
  /** Index into the sentence list of the extraction. */
  sentence: number;
  /** Evidence span in `text`. */
  start: number;
  end: number;
  confidence: number;
  /** TIMEX3 value of the time the fact refers to, when the sentence carries one. */
  date?: string;
  /** When the fact is stated inside a quote: the entity id (or span text) of who claims it. */
  attributedTo?: string;
}

/** What kind of source speaks: a person, an organization (or a state), a document, or a group of people. */
export type SpeakerKind = 'person' | 'organization' | 'document' | 'group';

export interface SpeakerSpan extends Span {
  entityId?: string;
  /** *(extension)* What kind of source this is, when the text tells. */
  kind?: SpeakerKind;
  /** *(extension)* An unnamed source ("officials said", "a person familiar with the talks"): it never has an `entityId`. */
  anonymous?: true;
}

export interface QuoteFact extends FactBase {
  type: 'quote';
  speaker: SpeakerSpan;
  cue?: Span;
  content: Span;
  direct: boolean;
}

export interface RoleFact extends FactBase {
  type: 'role';
  person: string;
  title: string;
  org?: string;
}

export interface QuantityFact extends FactBase {
  type: 'quantity';
  quantity: Quantity;
  /** What the figure measures, as written ("bilateral trade"). */
  measure: string;
  /** Entity ids the figure is about, when the sentence names them. */
  subjects?: string[];
}

export interface MeetingFact extends FactBase {
  type: 'meeting';
  participants: string[];
  place?: string;
}

export interface MembershipFact extends FactBase {
  type: 'membership';
  members: string[];
  of: string;
}

export interface AgreementFact extends FactBase {
  type: 'agreement';
  parties: string[];
  what?: string;
}

export type Fact = QuoteFact | RoleFact | QuantityFact | MeetingFact | MembershipFact | AgreementFact;
export type FactType = Fact['type'];
export const FACT_TYPES: FactType[] = ['quote', 'role', 'quantity', 'meeting', 'membership', 'agreement'];

export interface Extraction {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  timex: Timex[];
  quantities: Quantity[];
  facts: Fact[];
}
