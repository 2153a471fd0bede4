/**
 * An ArticleWriter in memory: the test double of our own write port for the ingest use case's
 * unit tests. Per object key it keeps the newest event applied and what that event stored, and it
 * logs every call, so a test can tell what the use case asked for. Like the real writer it answers
 * 'stale' to a write whose event a newer one overtook since its state was read, and it refuses a
 * state it did not issue, or a write for an event that does not apply over its state.
 */
import {
  standingOf,
  type BandSearch,
  type ArticleWriter,
  type CandidateReadOptions,
  type ObjectRef,
  type ObjectState,
  type OpenedObject,
  type ProcessedArticle,
  type RejectedFile,
  type ReplaceOptions,
  type WriteOutcome,
} from '../../lambdas/store/article-store.js';
import { normalizeSequencer } from '../../lambdas/store/sequencer.js';
import { bandSketch, mayBeOneStory, type StoryCandidate } from '../../lambdas/extract/syndication/index.js';

/** What the newest applied event of an object left stored. */
export interface StoredObject {
  /** Normalized sequencer of the event. */
  sequencer: string;
  failed: boolean;
  deleted: boolean;
  receivedAt: string | null;
  articles: ProcessedArticle[];
  rejected: RejectedFile | null;
}

export type WriterCall =
  | { method: 'objectState'; key: string }
  | { method: 'openObject'; key: string }
  | { method: 'replaceObject'; key: string; sequencer: string; outcome: WriteOutcome }
  | { method: 'deleteObject'; key: string; sequencer: string; outcome: WriteOutcome }
  | { method: 'settleObject'; key: string; sequencer: string };

export class InMemoryArticleWriter implements ArticleWriter {
  readonly calls: WriterCall[] = [];
  private readonly objects = new Map<string, StoredObject>();
  private readonly issued = new WeakSet<ObjectState>();

  /** What the object holds now, or undefined when no event was applied. */
  stored(key: string): StoredObject | undefined {
    return this.objects.get(key);
  }

  async objectState(key: string): Promise<ObjectState> {
    this.calls.push({ method: 'objectState', key });
    const stored = this.objects.get(key);
    const state: ObjectState = { key, applied: stored ? { sequencer: stored.sequencer, failed: stored.failed } : null };
    this.issued.add(state);
    return state;
  }

  /** The state as objectState gives it, each list's candidates as storyCandidates does (logged as one read). */
  async openObject(key: string, searches: BandSearch[]): Promise<OpenedObject> {
    const state = await this.objectState(key);
    this.calls.splice(this.calls.length - 1, 1, { method: 'openObject', key });
    return { state, candidates: await Promise.all(searches.map(({ bands, ...options }) => this.storyCandidates(bands, options))) };
  }

  /** Every stored article with a band key in common (not logged: a read, like objectState's siblings in the real store). */
  async storyCandidates(bands: string[], options: CandidateReadOptions = {}): Promise<StoryCandidate[]> {
    const wanted = new Set(bands);
    return [...this.objects.values()].flatMap((o) => o.articles).flatMap((a) =>
      a.story?.bands.some((b) => wanted.has(b)) && !options.known?.has(a.articleId) && (!options.sameStoryAs || mayBeOneStory(options.sameStoryAs, bandSketch(a.story.signature)))
        ? [{ articleId: a.articleId, storyId: a.story.storyId, signature: a.story.signature, date: a.article.publishedAt ?? '' }]
        : [],
    );
  }

  async replaceObject(
    ref: ObjectRef,
    expected: ObjectState,
    receivedAt: string,
    result: { articles: ProcessedArticle[] } | { rejected: RejectedFile },
    options: ReplaceOptions = {},
  ): Promise<WriteOutcome> {
    this.check(ref, expected, true);
    const stored = [...this.objects.values()].flatMap((o) => o.articles);
    if (!(options.storyGuards ?? []).every((g) => stored.some((a) => a.articleId === g.articleId && a.story?.storyId === g.storyId))) {
      this.calls.push({ method: 'replaceObject', key: ref.key, sequencer: ref.sequencer, outcome: 'stale' });
      return 'stale';
    }
    const failed = 'rejected' in result && result.rejected.error.code === 'PROCESSING_FAILED';
    const outcome = this.commit(ref, {
      failed,
      deleted: false,
      receivedAt,
      articles: 'articles' in result ? result.articles : [],
      rejected: 'rejected' in result ? result.rejected : null,
    });
    // The race check is read after the commit, as the real writer reads it.
    if (outcome === 'applied' && options.raceCheck) {
      options.raceCheck.answer(await Promise.all(options.raceCheck.reads.map(({ bands, ...read }) => this.storyCandidates(bands, { ...read, consistent: true }))));
    }
    this.calls.push({ method: 'replaceObject', key: ref.key, sequencer: ref.sequencer, outcome });
    return outcome;
  }

  async deleteObject(ref: ObjectRef, expected: ObjectState): Promise<WriteOutcome> {
    this.check(ref, expected, true);
    const outcome = this.commit(ref, { failed: false, deleted: true, receivedAt: null, articles: [], rejected: null });
    this.calls.push({ method: 'deleteObject', key: ref.key, sequencer: ref.sequencer, outcome });
    return outcome;
  }

  async settleObject(ref: ObjectRef, expected: ObjectState): Promise<void> {
    // Nothing is ever left half-written in memory: settling is only recorded.
    this.check(ref, expected, false);
    this.calls.push({ method: 'settleObject', key: ref.key, sequencer: ref.sequencer });
  }

  private check(ref: ObjectRef, expected: ObjectState, applies: boolean): void {
    if (!this.issued.has(expected) || expected.key !== ref.key) throw new Error(`The state given for ${ref.key} was not issued by this writer for that key.`);
    if ((standingOf(expected, ref.sequencer) === 'apply') !== applies) {
      throw new Error(`The event ${ref.sequencer} for ${ref.key} ${applies ? 'does not apply' : 'applies'} over the state it was given.`);
    }
  }

  /** The conditional commit: an event overtaken since its state was read loses ('stale'). */
  private commit(ref: ObjectRef, content: Omit<StoredObject, 'sequencer'>): WriteOutcome {
    const current = this.objects.get(ref.key);
    const now: ObjectState = { key: ref.key, applied: current ? { sequencer: current.sequencer, failed: current.failed } : null };
    const standing = standingOf(now, ref.sequencer);
    // Another delivery of this same event committed first: what it stored is this write's too.
    if (standing === 'duplicate') return 'applied';
    if (standing === 'stale') return 'stale';
    this.objects.set(ref.key, { sequencer: normalizeSequencer(ref.sequencer), ...content });
    return 'applied';
  }
}
