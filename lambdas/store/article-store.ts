import { NORMALIZE_ERROR_CODES, type Article, type HtmlExtraction } from '../normalize/article.js';
import type { Entity, EntityType, Extraction, Fact, FactType, Quantity, Timex } from '../extract/types.js';
import type { StoryCandidate, StoryRelation, StorySignature } from '../extract/syndication/index.js';
import { compareSequencers } from './sequencer.js';

/** Where an article came from: the S3 object version it was read from. */
export interface ObjectRef {
  bucket: string;
  /** Decoded S3 key, e.g. "incoming/World News + Politics/ü caracas (1).txt". */
  key: string;
  versionId: string | null;
  /** S3 event sequencer (hex): orders events for one key; newer wins. */
  sequencer: string;
}

export type ArticleStatus = 'processed' | 'rejected';

export interface ArticleSummary {
  articleId: string;
  key: string;
  status: ArticleStatus;
  title: string | null;
  publishedAt: string | null;
  receivedAt: string;
  source: string | null;
  sources: string[];
  dateline: string | null;
  language: string | null;
  error?: RejectionError;
}

export interface ArticleDetail extends ArticleSummary {
  bucket: string;
  versionId: string | null;
  url: string | null;
  author: string | null;
  submittedBy: string | null;
  format: string | null;
  /** HTML pages only (extension): how the body was found (readability, json-ld, or a fallback). */
  extraction?: HtmlExtraction;
  /** HTML pages only (extension): true when the page says the story is behind a subscription. */
  paywalled?: boolean;
  /** HTML pages only (extension): picture captions, kept out of the body (and of `text`). */
  captions?: string[];
  entities: Entity[];
  timex: Timex[];
  quantities: Quantity[];
  facts: Fact[];
  /** Normalized text every offset indexes into; only when asked for. */
  text?: string;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  /** Articles naming it; a lower bound when articleCountExact is false (a very frequent entity). */
  articleCount: number;
  articleCountExact: boolean;
  /** Stories among those articles: copies of one story count once (counted over the same entries as articleCount). */
  storyCount?: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A fact outside its article, with its provenance (docs/CONTRACTS.md, HTTP API). */
export interface FactRecord {
  fact: Fact;
  articleId: string;
  publishedAt: string | null;
  sources: string[];
  /** The sentence the fact was read from, as written. */
  evidence: string;
  /** The story of its article (articles stored before near-duplicate search have none). */
  storyId?: string;
  /** With distinct=story: every copy of this fact in the page's articles of the story, this one first. */
  copies?: FactCopy[];
}

/** Where one copy of a syndicated fact was read. */
export interface FactCopy {
  articleId: string;
  publishedAt: string | null;
  sources: string[];
}

/** An entity named in the same articles as another, with how many of them. */
export interface CoMention extends EntitySummary {
  /** Articles, among those read, that name both. */
  articleCount: number;
}

/** The entities most often named with one entity, counted over its newest articles. */
export interface CoMentions {
  items: CoMention[];
  /** How many of the entity's articles were counted (its newest). */
  articlesRead: number;
  /** True when those were all of its articles. */
  complete: boolean;
}

export interface PageRequest {
  limit: number;
  /** Opaque position returned as nextCursor by the previous page of the same query. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ArticleFilter {
  entity?: string;
  source?: string;
  /** Words of the title, each the start of a title word (lambdas/store/title-words.ts); not with `entity`. */
  title?: string;
  /** Inclusive ISO date bounds on the publication date (receipt date when unknown). */
  from?: string;
  to?: string;
  status?: ArticleStatus;
  /** Rejected files with this error code only; implies status rejected. */
  code?: RejectionCode;
}

export interface FactFilter {
  type?: FactType;
  /** Entity id of the speaker (quotes). */
  speaker?: string;
  from?: string;
  to?: string;
}

/** One processed article, ready to store. */
export interface ProcessedArticle {
  articleId: string;
  article: Article;
  extraction: Extraction;
  /** Its near-duplicate signature and the story it joined (absent for a text too short to sign). */
  story?: ArticleStory;
}

/** What an article stores for near-duplicate search: its signature, LSH band keys, and story id. */
export interface ArticleStory {
  signature: StorySignature;
  bands: string[];
  /** The story's id: the article id of its first copy (docs/DATA-MODEL.md, "Stories"). */
  storyId: string;
}

/** A story: the copies of one text (GET /stories). */
export interface StorySummary {
  storyId: string;
  /** Copies stored now; a lower bound when sizeExact is false (a story copied very often). */
  size: number;
  sizeExact: boolean;
  /** The first copy stored (the story's id is its id). */
  earliest: ArticleSummary;
  /** The syndication chain: every source of the copies read, earliest copy first, each once. */
  sources: string[];
}

/** A near-duplicate of an article, as GET /articles/{id}/similar lists it. */
export interface SimilarArticle {
  article: ArticleSummary;
  storyId: string;
  /** Estimated Jaccard similarity of the two texts' shingles. */
  similarity: number;
  /** Estimated share of the shorter text's shingles found in the other. */
  containment: number;
  relation: StoryRelation;
}

/** Every stable code a rejected file can carry (GET /articles?code= takes these). */
export const REJECTION_CODES = [...NORMALIZE_ERROR_CODES, 'TOO_MANY_ARTICLES', 'EXTRACTION_FAILED', 'PROCESSING_FAILED'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/**
 * Why a file was rejected: a normalization code, a failure of extraction, or a file whose
 * processing kept failing until its message went to the dead-letter queue.
 */
export interface RejectionError {
  code: RejectionCode;
  message: string;
}

export interface RejectedFile {
  articleId: string;
  error: RejectionError;
}

/** The read side, used by the query API. */
export interface ArticleReader {
  getArticle(articleId: string, options?: { includeText?: boolean }): Promise<ArticleDetail | null>;
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>>;
  /** Case- and accent-insensitive prefix search over every word start of names and aliases. */
  searchEntities(query: string, type: EntityType | undefined, page: PageRequest): Promise<Page<EntitySummary>>;
  getEntity(entityId: string): Promise<EntityDetail | null>;
  /** Newest first. */
  listEntityArticles(entityId: string, page: PageRequest): Promise<Page<ArticleSummary>>;
  listEntityFacts(entityId: string, type: FactType | undefined, page: PageRequest): Promise<Page<FactRecord>>;
  listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactRecord>>;
  /**
   * The entities most often named in the same articles as this one, most shared articles first
   * (then by name), counted over its newest `window` articles; null for an unknown entity.
   */
  listCoMentions(entityId: string, options: { limit: number; window: number }): Promise<CoMentions | null>;
  /**
   * The article's near-duplicates, most similar first: null for an unknown article, empty for one
   * without a signature (rejected, or too short).
   */
  listSimilar(articleId: string, options: { limit: number }): Promise<{ storyId: string | null; items: SimilarArticle[] } | null>;
  /** Stories by the date of their first copy, newest first. */
  listStories(filter: { from?: string; to?: string }, page: PageRequest): Promise<Page<StorySummary>>;
}

/** What a write did: applied, or ignored because a newer event for the object already won. */
export type WriteOutcome = 'applied' | 'stale';

/** The newest event applied to an object. */
export interface AppliedEvent {
  /** Its S3 sequencer, normalized (lambdas/store/sequencer.ts). */
  sequencer: string;
  /** Its processing kept failing (recorded as PROCESSING_FAILED): a redelivery of it is processed again. */
  failed: boolean;
}

/**
 * An object's state as one read found it. Ingestion decides on it whether an event is stale, a
 * duplicate or to be applied, and hands it to the write it chose, which takes it as its
 * expectation instead of reading the object again. A writer keeps what else it needs of that read
 * inside; only the writer that issued a state accepts it back.
 */
export interface ObjectState {
  readonly key: string;
  /** The newest event applied to the object, or null when none was. */
  readonly applied: AppliedEvent | null;
}

export interface CandidateReadOptions {
  consistent?: boolean;
  known?: ReadonlySet<string>;
  /**
   * Only articles that may be one story with this signature are wanted: those whose band entries
   * show they cannot be (mayBeOneStory) may be left out, their records unread.
   */
  sameStoryAs?: StorySignature;
}

/** One article's candidate search: its band keys, and what storyCandidates' options say of them. */
export type BandSearch = { bands: string[] } & Pick<CandidateReadOptions, 'known' | 'sameStoryAs'>;

/** A condition of a write: the stored article is still in the story (it has not moved since it was read). */
export interface StoryGuard {
  articleId: string;
  storyId: string;
}

export interface ReplaceOptions {
  /**
   * Checked at the commit, atomically with it: when one no longer holds, the write takes back what
   * it wrote and answers 'stale'. Two racing copies that each move into the other's story cannot
   * both commit (lambdas/ingest/ingest-object.ts, rejoinRacedStories).
   */
  storyGuards?: StoryGuard[];
  /** Band keys read again once the articles are visible to other writers' searches (RaceCheck). */
  raceCheck?: RaceCheck;
}

/**
 * The check for a copy that raced this write (lambdas/ingest/assign-stories.ts): band keys read
 * again, strongly consistent, after the articles are visible to other writers' candidate searches.
 * The writer reads them with its own reads after the commit where it can (no request of their
 * own), and answers before replaceObject returns 'applied'.
 */
export interface RaceCheck {
  /** One read per article (no bands: none), as storyCandidates takes them. */
  reads: BandSearch[];
  /** Each read's candidates, in the order of `reads`. */
  answer(candidates: StoryCandidate[][]): void;
}

/** An object's state, and the candidates of band keys read with it (null for a list left unread). */
export interface OpenedObject {
  state: ObjectState;
  candidates: Array<StoryCandidate[] | null>;
}

/**
 * The write side, used by ingestion. Every method is idempotent and safe under concurrent,
 * duplicated and out-of-order delivery: the event with the highest sequencer wins. The writes take
 * the state their event was decided on (`expected`, from objectState); one applied meanwhile by a
 * newer event makes them take back what they wrote and answer 'stale'.
 */
export interface ArticleWriter {
  objectState(key: string): Promise<ObjectState>;
  /**
   * objectState, and in the same strongly consistent read the candidates of each search (one per
   * article), as storyCandidates gives them: an article's search costs no request of its own. A
   * search the read could not hold is null; read it with storyCandidates.
   */
  openObject(key: string, searches: BandSearch[]): Promise<OpenedObject>;
  /**
   * Stored articles sharing any of these LSH band keys (a bounded number per key, newest first):
   * the candidates a new article's signature is verified against. `consistent`: every write
   * completed before the read is seen; `known`: articles the caller has already verified, left
   * out and not read again (both for the check for a racing copy, assign-stories.ts).
   */
  storyCandidates(bands: string[], options?: CandidateReadOptions): Promise<StoryCandidate[]>;
  /**
   * Replaces everything stored for the object with these articles (or this rejection), for an
   * event newer than `expected` (or the same event, when it had failed).
   */
  replaceObject(
    ref: ObjectRef,
    expected: ObjectState,
    receivedAt: string,
    result: { articles: ProcessedArticle[] } | { rejected: RejectedFile },
    options?: ReplaceOptions,
  ): Promise<WriteOutcome>;
  /** Removes everything stored for the object, remembering the delete so older events are ignored. */
  deleteObject(ref: ObjectRef, expected: ObjectState): Promise<WriteOutcome>;
  /**
   * For an event that is a duplicate of the applied one or older than it: finishes what the applied
   * write left undone (a redelivery after a crash), and removes what this event's own writer and
   * older writers that crashed left behind.
   */
  settleObject(ref: ObjectRef, expected: ObjectState): Promise<void>;
}

export type ArticleStore = ArticleReader & ArticleWriter;

/** Thrown by readers when a cursor was not issued for this query or was tampered with. */
export class InvalidCursorError extends Error {
  constructor(options?: ErrorOptions) {
    super('The cursor is not valid for this query.', options);
    this.name = 'InvalidCursorError';
  }
}

/** Thrown by readers when the store refuses work for now (throttled): the same read may succeed shortly. */
export class StoreBusyError extends Error {
  constructor(options?: ErrorOptions) {
    super('The store is busy; retry shortly.', options);
    this.name = 'StoreBusyError';
  }
}

/** How an event stands against an object's state: applied, a duplicate of the applied one, or older. */
export type EventStanding = 'apply' | 'duplicate' | 'stale';

/**
 * The one rule of ordering: an event applies when it is newer than the applied one, or is the
 * same event and that had failed (a redelivery after a fix); the same event otherwise is a
 * duplicate, and an older one is stale.
 */
export function standingOf(state: ObjectState, sequencer: string): EventStanding {
  if (!state.applied) return 'apply';
  const order = compareSequencers(state.applied.sequencer, sequencer);
  if (order < 0) return 'apply';
  if (order > 0) return 'stale';
  return state.applied.failed ? 'apply' : 'duplicate';
}
