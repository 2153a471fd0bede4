import { extract } from '../extract/index.js';
import { articleText } from '../normalize/article.js';
import { normalize } from '../normalize/index.js';
import type { StoryCandidate } from '../extract/syndication/index.js';
import { standingOf, type ArticleWriter, type ObjectRef, type ObjectState, type ProcessedArticle, type RejectionError } from '../store/article-store.js';
import { articleIdForKey, articleIdForPart } from '../store/ids.js';
import { effectiveSequencer, REPLAY_SEQUENCER, rewriteSequencer } from '../store/sequencer.js';
import { assignStories, openWithStorySearch, raceCheckReads, racedStories, startStorySearch } from './assign-stories.js';
import type { ObjectEvent, ObjectReader } from './object-event.js';

export interface IngestDeps {
  store: ArticleWriter;
  objects: ObjectReader;
  maxObjectBytes: number;
  /** Defaults: INGEST_LIMITS. */
  limits?: Partial<IngestLimits>;
  now?: () => Date;
}

/**
 * What one invocation extracts and commits, refused beyond with a stable code rather than timed
 * out on every delivery. 1,000 BBC stories (a 2.1 MB NDJSON file) took 17 s of CPU here, an
 * estimated 30 s on a 1,024 MB function (0.58 vCPU), half its default timeout; one article of
 * 1,000,000 characters took 6 s of CPU here.
 */
export interface IngestLimits {
  articlesPerFile: number;
  /** Characters of one article's text. */
  articleCharacters: number;
}
export const INGEST_LIMITS: IngestLimits = { articlesPerFile: 1_000, articleCharacters: 1_000_000 };

export type IngestOutcome =
  /** `extractionMs`: normalizing and extracting the file, for the function's metrics. */
  | { status: 'processed'; articleIds: string[]; extractionMs?: number }
  | { status: 'rejected'; articleId: string; code: string }
  | { status: 'deleted' }
  /** A newer event for the key was already applied, or this one was applied before. */
  | { status: 'stale' | 'duplicate' };

/**
 * Applies one object event: a created object is normalized, extracted and stored (or recorded
 * as rejected with a stable code); a removed one is deleted. Older and repeated events change
 * nothing. Only infrastructure failures throw, so that the message is retried.
 *
 * A created object's state is read after its text is normalized, in the same request as its
 * near-duplicate search (ArticleWriter.openObject), answered while extraction runs; a stale or
 * duplicate event is extracted for nothing, which is rare. A removal, a file refused by its size
 * and a replay (most often of an object already ingested, which one read then answers) read it
 * first.
 */
export async function ingestObjectEvent(event: ObjectEvent, deps: IngestDeps): Promise<IngestOutcome> {
  // Decided once, on the one read of the object's state; the write takes that state as its expectation.
  let decision: Promise<Decision | Standing> | null = null;
  const decided = (state?: ObjectState) => (decision ??= (state ? Promise.resolve(state) : deps.store.objectState(event.key)).then((read) => decide(event, read, deps.store)));
  const tooLarge = event.size !== null && event.size > deps.maxObjectBytes;
  const readFirst = event.kind === 'removed' || tooLarge || event.sequencer === REPLAY_SEQUENCER;
  if (readFirst) {
    const first = await decided();
    if ('status' in first) return first;
    if (event.kind === 'removed') return (await deps.store.deleteObject(first.ref, first.state)) === 'applied' ? { status: 'deleted' } : { status: 'stale' };
  }

  const receivedAt = (deps.now?.() ?? new Date()).toISOString();
  const objectArticleId = articleIdForKey(event.key);
  const reject = async (error: RejectionError): Promise<IngestOutcome> => {
    const applies = await decided();
    if ('status' in applies) return applies;
    const outcome = await deps.store.replaceObject(applies.ref, applies.state, receivedAt, { rejected: { articleId: objectArticleId, error } });
    return outcome === 'applied' ? { status: 'rejected', articleId: objectArticleId, code: error.code } : { status: 'stale' };
  };

  if (tooLarge) {
    return reject({ code: 'TOO_LARGE', message: `The file is ${event.size} bytes, over the ${deps.maxObjectBytes}-byte limit.` });
  }
  const bytes = await deps.objects.read(event.bucket, event.key, event.versionId);
  if (bytes === null) {
    // The object is gone: a later event removed or replaced it. This one changes nothing, but may
    // have a crashed attempt of its own to clear up.
    const gone = await decided();
    return 'status' in gone ? gone : { status: 'stale' };
  }

  const started = performance.now();
  const normalized = normalize({ bytes, fileName: event.key, maxBytes: deps.maxObjectBytes });
  if (!normalized.ok) return reject(normalized.error);
  const limits = { ...INGEST_LIMITS, ...deps.limits };
  if (normalized.articles.length > limits.articlesPerFile) {
    return reject({ code: 'TOO_MANY_ARTICLES', message: `The file holds ${normalized.articles.length} articles, over the limit of ${limits.articlesPerFile} per file; split it into smaller files.` });
  }
  const longest = Math.max(...normalized.articles.map((article) => articleText(article).length));
  if (longest > limits.articleCharacters) {
    return reject({ code: 'TOO_LARGE', message: `An article's text is ${longest} characters, over the limit of ${limits.articleCharacters}.` });
  }

  const count = normalized.articles.length;
  const ids = normalized.articles.map((_, i) => articleIdForPart(objectArticleId, i, count));
  const texts = normalized.articles.map((article, i) => ({ articleId: ids[i], text: articleText(article) }));
  // The object's state and the near-duplicate search need only the normalized text: their read is
  // sent now and answered while extraction holds the CPU, instead of adding its wait after it.
  const opening = readFirst ? Promise.resolve({ state: null, search: startStorySearch(texts, deps.store) }) : openWithStorySearch(event.key, texts, deps.store);
  // Awaited only after extraction, which may fail first: a failed read must not be reported as unhandled meanwhile.
  opening.catch(() => undefined);
  await sendPendingRequests();
  let extracted: ProcessedArticle[] | Error;
  try {
    extracted = normalized.articles.map((article, i) => ({ articleId: ids[i], article, extraction: extract(article) }));
  } catch (error) {
    extracted = error as Error;
  }
  const extractionMs = Math.round(performance.now() - started);
  // A failing read is an outage to retry, not a bad file.
  const { state, search } = await opening;
  const applies = await decided(state ?? undefined);
  if ('status' in applies) return applies;
  // A bug in extraction must not poison the queue: record it, visible through the API.
  if (extracted instanceof Error) return reject({ code: 'EXTRACTION_FAILED', message: `Extraction failed: ${extracted.message}`.slice(0, 300) });
  const articles = await assignStories(extracted, search);
  // The check for copies that raced this one is read by the write, after its commit.
  const reads = await raceCheckReads(articles, search);
  const raced: { answers: StoryCandidate[][] | null } = { answers: null };
  const raceCheck = reads && { reads, answer: (answers: StoryCandidate[][]) => { raced.answers = answers; } };
  const outcome = await deps.store.replaceObject(applies.ref, applies.state, receivedAt, { articles }, raceCheck ? { raceCheck } : {});
  if (outcome !== 'applied') return { status: 'stale' };
  if (raced.answers) await rejoinRacedStories(applies.ref, receivedAt, racedStories(articles, raced.answers), deps.store);
  return { status: 'processed', articleIds: articles.map((a) => a.articleId), extractionMs };
}

/** An event that does not apply: older than the applied one, or the applied one again. */
type Standing = { status: 'stale' | 'duplicate' };

/** What an event that applies is written under, and the state it was decided on. */
interface Decision {
  ref: ObjectRef;
  state: ObjectState;
}

/**
 * The event's standing over the object's state: the write it applies as, or, for a stale or
 * duplicate event, its outcome, after clearing up what this event or an older writer may have
 * left when it crashed after part of its write landed.
 */
async function decide(event: ObjectEvent, state: ObjectState, store: ArticleWriter): Promise<Decision | Standing> {
  const sequencer = effectiveSequencer(event.sequencer, state.applied);
  const ref: ObjectRef = { bucket: event.bucket, key: event.key, versionId: event.versionId, sequencer };
  const standing = standingOf(state, sequencer);
  if (standing === 'apply') return { ref, state };
  await store.settleObject(ref, state);
  return { status: standing };
}

/**
 * Moves founders of this file into the story of a copy committed at the same moment
 * (racedStories): a second write of the same articles under the next sequencer, which a newer
 * event overtakes like any, and a guard that keeps two racing copies from swapping stories. A
 * crash before it leaves the two stories apart, as they were before this check existed.
 */
async function rejoinRacedStories(ref: ObjectRef, receivedAt: string, raced: ReturnType<typeof racedStories>, store: ArticleWriter): Promise<void> {
  if (!raced) return;
  const rewrite = { ...ref, sequencer: rewriteSequencer(ref.sequencer) };
  const state = await store.objectState(ref.key);
  if (standingOf(state, rewrite.sequencer) !== 'apply') return;
  await store.replaceObject(rewrite, state, receivedAt, { articles: raced.articles }, { storyGuards: raced.guards });
}

/**
 * Lets requests just started reach the network before synchronous work holds the thread: the SDK
 * builds and signs a request over several turns of the event loop before it writes it.
 */
async function sendPendingRequests(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * An event's last delivery before the dead-letter queue. The failure is recorded before the work
 * starts: a run the platform kills (a timeout, running out of memory) throws nothing to catch,
 * and the file must still be visible as PROCESSING_FAILED. A run that ends replaces the record,
 * with the result or with the error it threw.
 */
export async function ingestOnLastAttempt(event: ObjectEvent, deps: IngestDeps): Promise<IngestOutcome> {
  await recordProcessingFailure(event, new Error('The last attempt did not finish (the function timed out or ran out of memory).'), deps);
  try {
    return await ingestObjectEvent(event, deps);
  } catch (error) {
    await recordProcessingFailure(event, error, deps).catch(() => undefined);
    throw error;
  }
}

/**
 * Makes a file whose processing failed for the last time visible as rejected before its message
 * goes to the dead-letter queue; a redrive after a fix replaces the record. Best effort: if the
 * store itself is down, the DLQ alarm is what tells.
 */
async function recordProcessingFailure(event: ObjectEvent, error: unknown, deps: Pick<IngestDeps, 'store' | 'now'>): Promise<void> {
  if (event.kind !== 'created') return;
  const state = await deps.store.objectState(event.key);
  // A newer event was applied meanwhile, or this one was: there is no failure to show.
  const sequencer = effectiveSequencer(event.sequencer, state.applied);
  if (standingOf(state, sequencer) !== 'apply') return;
  const ref: ObjectRef = { bucket: event.bucket, key: event.key, versionId: event.versionId, sequencer };
  const message = `Processing failed repeatedly; the event is in the dead-letter queue: ${(error as Error)?.message ?? String(error)}`.slice(0, 300);
  await deps.store.replaceObject(ref, state, (deps.now?.() ?? new Date()).toISOString(), {
    rejected: { articleId: articleIdForKey(event.key), error: { code: 'PROCESSING_FAILED', message } },
  });
}
