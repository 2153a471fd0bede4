import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryArticleWriter } from '../../test/support/in-memory-article-writer.js';
import { SAMPLE_STORY } from '../../test/support/story-copies.js';
import * as extraction from '../extract/index.js';
import { articleIdForKey } from '../store/ids.js';
import { normalizeSequencer, REFRESH_SEQUENCER, REPLAY_SEQUENCER, rewriteSequencer } from '../store/sequencer.js';
import { ingestObjectEvent, ingestOnLastAttempt, type IngestDeps } from './ingest-object.js';
import type { ObjectEvent, ObjectReader } from './object-event.js';

// The real extractor, made to throw for one test.
vi.mock('../extract/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../extract/index.js')>();
  return { ...actual, extract: vi.fn(actual.extract) };
});

const STORY = 'Acme opens office\n\nLAGOS, March 4 - Acme Corp opened an office in Lagos, chief executive Tunde Bakare said.';
const OTHER_STORY = 'Talks resume\n\nGENEVA, May 2 - Negotiators from Globex Industries met again on Monday.';
const KEY = 'incoming/news/story.txt';
const BUCKET = 'news-bucket';
const NOW = new Date('2026-01-01T00:00:00.000Z');

/** An S3 stand-in holding one body per key, counting its reads; `beforeRead` runs inside a read. */
class Objects implements ObjectReader {
  readonly bodies = new Map<string, string | Uint8Array>();
  reads = 0;
  beforeRead?: () => Promise<void> | void;

  async read(_bucket: string, key: string): Promise<Uint8Array | null> {
    this.reads++;
    await this.beforeRead?.();
    const body = this.bodies.get(key);
    return body === undefined ? null : typeof body === 'string' ? new TextEncoder().encode(body) : body;
  }
}

function created(sequencer: string, key = KEY, size: number | null = 100): ObjectEvent {
  return { kind: 'created', bucket: BUCKET, key, versionId: null, sequencer, size };
}
function removed(sequencer: string, key = KEY): ObjectEvent {
  return { kind: 'removed', bucket: BUCKET, key, versionId: null, sequencer, size: null };
}

let store: InMemoryArticleWriter;
let objects: Objects;
let deps: IngestDeps;

beforeEach(() => {
  store = new InMemoryArticleWriter();
  objects = new Objects();
  objects.bodies.set(KEY, STORY);
  deps = { store, objects, maxObjectBytes: 10_000, limits: { articlesPerFile: 2, articleCharacters: 500 }, now: () => NOW };
});

/** Applies an event through the use case, as an earlier delivery would have. */
async function applied(event: ObjectEvent): Promise<void> {
  expect((await ingestObjectEvent(event, deps)).status).toMatch(/^(processed|rejected|deleted)$/);
}

const writes = () => store.calls.filter((c) => c.method === 'replaceObject' || c.method === 'deleteObject');

describe('ingestObjectEvent', () => {
  it('processes a new object: its articles are stored under the event sequencer', async () => {
    const outcome = await ingestObjectEvent(created('0A'), deps);
    expect(outcome).toEqual({ status: 'processed', articleIds: [articleIdForKey(KEY)], extractionMs: expect.any(Number) });
    // Normalizing and extracting, for the function's metrics.
    expect((outcome as { extractionMs: number }).extractionMs).toBeGreaterThanOrEqual(0);
    const stored = store.stored(KEY)!;
    expect(stored).toMatchObject({ sequencer: normalizeSequencer('0A'), failed: false, deleted: false, receivedAt: NOW.toISOString(), rejected: null });
    expect(stored.articles.map((a) => a.article.title)).toEqual(['Acme opens office']);
    expect(stored.articles[0].extraction.entities.map((e) => e.name)).toContain('Tunde Bakare');
    // One read of the object state for the whole event, the near-duplicate search riding on it.
    expect(store.calls.filter((c) => c.method === 'objectState' || c.method === 'openObject')).toEqual([{ method: 'openObject', key: KEY }]);
  });

  it('answers an event older than the applied one as stale, asks for the settle, and writes nothing', async () => {
    await applied(created('05'));
    objects.reads = 0;
    store.calls.length = 0;
    expect(await ingestObjectEvent(created('03'), deps)).toEqual({ status: 'stale' });
    // Its state is read with its search, after the object is read and normalized (and answered while it is extracted).
    expect(store.calls).toEqual([{ method: 'openObject', key: KEY }, { method: 'settleObject', key: KEY, sequencer: '03' }]);
    expect(objects.reads).toBe(1);
    expect(store.stored(KEY)!.sequencer).toBe(normalizeSequencer('05'));
  });

  it('answers a redelivery of the applied event as a duplicate and asks for the settle', async () => {
    await applied(created('05'));
    store.calls.length = 0;
    // A sequencer compares by value: a shorter spelling of the same one is the same event.
    expect(await ingestObjectEvent(created('0005'), deps)).toEqual({ status: 'duplicate' });
    expect(store.calls.map((c) => c.method)).toEqual(['openObject', 'settleObject']);
  });

  it('answers a replay of an object already ingested from its state alone, without reading the object', async () => {
    await applied(created('05'));
    objects.reads = 0;
    store.calls.length = 0;
    expect(await ingestObjectEvent(created(REPLAY_SEQUENCER), deps)).toEqual({ status: 'stale' });
    expect(store.calls.map((c) => c.method)).toEqual(['objectState', 'settleObject']);
    expect(objects.reads).toBe(0);
    // A replay of an object never ingested is processed, its state read first and its search on its own.
    const other = 'incoming/news/missed.txt';
    objects.bodies.set(other, STORY);
    store.calls.length = 0;
    expect(await ingestObjectEvent(created(REPLAY_SEQUENCER, other), deps)).toMatchObject({ status: 'processed' });
    expect(store.calls.map((c) => c.method)).toEqual(['objectState', 'replaceObject']);
  });

  it('processes a redelivery of an event that had failed for good again', async () => {
    await expect(ingestOnLastAttempt(created('05'), { ...deps, objects: { read: async () => { throw new Error('S3 is unreachable'); } } })).rejects.toThrow();
    expect(store.stored(KEY)).toMatchObject({ failed: true, rejected: { error: { code: 'PROCESSING_FAILED' } } });
    expect(await ingestObjectEvent(created('05'), deps)).toMatchObject({ status: 'processed' });
    expect(store.stored(KEY)).toMatchObject({ sequencer: normalizeSequencer('05'), failed: false, rejected: null });
  });

  it('deletes on a removed event, and a create older than the delete stays ignored', async () => {
    await applied(created('03'));
    expect(await ingestObjectEvent(removed('05'), deps)).toEqual({ status: 'deleted' });
    expect(store.stored(KEY)).toMatchObject({ sequencer: normalizeSequencer('05'), deleted: true, articles: [], rejected: null });
    expect(await ingestObjectEvent(created('04'), deps)).toEqual({ status: 'stale' });
    expect(store.stored(KEY)).toMatchObject({ deleted: true });
  });

  it('rejects an object over maxObjectBytes as TOO_LARGE without reading it', async () => {
    expect(await ingestObjectEvent(created('01', KEY, 10_001), deps)).toEqual({ status: 'rejected', articleId: articleIdForKey(KEY), code: 'TOO_LARGE' });
    expect(objects.reads).toBe(0);
    expect(store.stored(KEY)!.rejected).toEqual({
      articleId: articleIdForKey(KEY),
      error: { code: 'TOO_LARGE', message: 'The file is 10001 bytes, over the 10000-byte limit.' },
    });
  });

  it('answers stale, writing nothing, when the object is gone (a later delete won)', async () => {
    objects.bodies.clear();
    expect(await ingestObjectEvent(created('01'), deps)).toEqual({ status: 'stale' });
    expect(objects.reads).toBe(1);
    expect(writes()).toEqual([]);
    expect(store.stored(KEY)).toBeUndefined();
  });

  it('records a file normalization refuses as rejected, with its code', async () => {
    objects.bodies.set(KEY, new Uint8Array(0));
    expect(await ingestObjectEvent(created('01'), deps)).toEqual({ status: 'rejected', articleId: articleIdForKey(KEY), code: 'EMPTY_FILE' });
    expect(store.stored(KEY)!.rejected!.error.code).toBe('EMPTY_FILE');
  });

  it('refuses a file of more articles than deps.limits allows as TOO_MANY_ARTICLES', async () => {
    const key = 'incoming/news/bulk.json';
    objects.bodies.set(key, JSON.stringify([1, 2, 3].map((n) => ({ title: `Story ${n}`, body: `Story ${n} from Nairobi: Acme Corp said it would hire ${n} hundred people.` }))));
    expect(await ingestObjectEvent(created('01', key), deps)).toEqual({ status: 'rejected', articleId: articleIdForKey(key), code: 'TOO_MANY_ARTICLES' });
    expect(store.stored(key)!.rejected!.error.message).toBe('The file holds 3 articles, over the limit of 2 per file; split it into smaller files.');
    // Within the limit, each article of the file gets its own id.
    expect(await ingestObjectEvent(created('02', key), { ...deps, limits: { articlesPerFile: 3 } })).toMatchObject({
      status: 'processed', articleIds: [1, 2, 3].map((n) => `${articleIdForKey(key)}.${n}`),
    });
  });

  it('refuses an article over the character limit as TOO_LARGE before extracting it', async () => {
    vi.mocked(extraction.extract).mockClear();
    objects.bodies.set(KEY, `${STORY} ${'More words follow here. '.repeat(30)}`);
    expect(await ingestObjectEvent(created('01'), deps)).toMatchObject({ status: 'rejected', code: 'TOO_LARGE' });
    expect(store.stored(KEY)!.rejected!.error.message).toMatch(/^An article's text is \d+ characters, over the limit of 500\.$/);
    expect(extraction.extract).not.toHaveBeenCalled();
  });

  it('records a failure of extraction as EXTRACTION_FAILED instead of throwing', async () => {
    vi.mocked(extraction.extract).mockImplementationOnce(() => {
      throw new Error('tagger exploded');
    });
    expect(await ingestObjectEvent(created('01'), deps)).toEqual({ status: 'rejected', articleId: articleIdForKey(KEY), code: 'EXTRACTION_FAILED' });
    expect(store.stored(KEY)!.rejected!.error).toEqual({ code: 'EXTRACTION_FAILED', message: 'Extraction failed: tagger exploded' });
  });

  it('reads the candidates with the state before extraction, and the check for a racing copy after the commit', async () => {
    const limits = { articlesPerFile: 2, articleCharacters: 10_000 };
    objects.bodies.set(KEY, SAMPLE_STORY);
    const extractions = () => vi.mocked(extraction.extract).mock.calls.length;
    const before = extractions();
    const seen: Array<[string, number]> = [];
    const open = store.openObject.bind(store);
    store.openObject = (key, bands) => { seen.push(['openObject', extractions()]); return open(key, bands); };
    const replace = store.replaceObject.bind(store);
    store.replaceObject = (ref, expected, receivedAt, result, options) => {
      seen.push([`replaceObject${options?.raceCheck ? ' with its race check' : ''}`, extractions()]);
      return replace(ref, expected, receivedAt, result, options);
    };
    expect(await ingestObjectEvent(created('01', KEY, SAMPLE_STORY.length), { ...deps, limits })).toMatchObject({ status: 'processed' });
    expect(seen).toEqual([['openObject', before], ['replaceObject with its race check', before + 1]]);
    expect(store.stored(KEY)!.articles![0].story?.storyId).toBe(articleIdForKey(KEY));
  });

  it('sends the reads the first one could not hold before extraction, and one failing after a failed extraction is not reported', async () => {
    const limits = { articlesPerFile: 2, articleCharacters: 10_000 };
    objects.bodies.set(KEY, SAMPLE_STORY);
    const open = store.openObject.bind(store);
    store.openObject = async (key, bands) => ({ ...(await open(key, [])), candidates: bands.map(() => null) });
    const extractionsAtRead: number[] = [];
    const read = store.storyCandidates.bind(store);
    store.storyCandidates = (bands, options) => {
      extractionsAtRead.push(vi.mocked(extraction.extract).mock.calls.length);
      return read(bands, options);
    };
    const before = vi.mocked(extraction.extract).mock.calls.length;
    expect(await ingestObjectEvent(created('01', KEY, SAMPLE_STORY.length), { ...deps, limits })).toMatchObject({ status: 'processed' });
    // The search before extraction; the founder's check for a copy that raced it, after the commit.
    expect(extractionsAtRead).toEqual([before, before + 1]);

    // Both fail: the file is recorded as EXTRACTION_FAILED; the read's failure, awaited by no one, is no unhandled rejection.
    store.storyCandidates = () => Promise.reject(new Error('table unavailable'));
    vi.mocked(extraction.extract).mockImplementationOnce(() => {
      throw new Error('tagger exploded');
    });
    expect(await ingestObjectEvent(created('02', KEY, SAMPLE_STORY.length), { ...deps, limits })).toMatchObject({ code: 'EXTRACTION_FAILED' });
    // The read fails alone: an outage, thrown for a retry.
    await expect(ingestObjectEvent(created('03', KEY, SAMPLE_STORY.length), { ...deps, limits })).rejects.toThrow('table unavailable');
  });

  it('processes a refresh again over what is stored, under the sequencer after the applied one, which later events still overtake', async () => {
    await applied(created('05'));
    objects.bodies.set(KEY, OTHER_STORY);
    expect(await ingestObjectEvent(created(REFRESH_SEQUENCER), deps)).toMatchObject({ status: 'processed' });
    expect(store.stored(KEY)).toMatchObject({ sequencer: rewriteSequencer('05') });
    expect(store.stored(KEY)!.articles[0].article.title).toBe('Talks resume');
    // A second refresh goes again; the applied event's redelivery is stale; the next upload applies.
    expect(await ingestObjectEvent(created(REFRESH_SEQUENCER), deps)).toMatchObject({ status: 'processed' });
    expect(store.stored(KEY)!.sequencer).toBe(rewriteSequencer(rewriteSequencer('05')));
    expect(await ingestObjectEvent(created('05'), deps)).toEqual({ status: 'stale' });
    expect(await ingestObjectEvent(created('06'), deps)).toMatchObject({ status: 'processed' });
    expect(store.stored(KEY)!.sequencer).toBe(normalizeSequencer('06'));
    // An object never ingested is filled in as a replay would: any live event wins over it.
    const other = 'incoming/news/never-seen.txt';
    objects.bodies.set(other, STORY);
    expect(await ingestObjectEvent(created(REFRESH_SEQUENCER, other), deps)).toMatchObject({ status: 'processed' });
    expect(store.stored(other)!.sequencer).toBe(normalizeSequencer(REPLAY_SEQUENCER));
  });

  it('answers stale when a newer event is applied while this one is being processed', async () => {
    // A newer delivery for the key lands after this event read the object's state.
    const open = store.openObject.bind(store);
    store.openObject = async (key, bands) => {
      const opened = await open(key, bands);
      store.openObject = open;
      objects.bodies.set(KEY, OTHER_STORY);
      await applied(created('09'));
      objects.bodies.set(KEY, STORY);
      return opened;
    };
    expect(await ingestObjectEvent(created('05'), deps)).toEqual({ status: 'stale' });
    expect(writes().at(-1)).toEqual({ method: 'replaceObject', key: KEY, sequencer: '05', outcome: 'stale' });
    expect(store.stored(KEY)!.sequencer).toBe(normalizeSequencer('09'));
    expect(store.stored(KEY)!.articles[0].article.title).toBe('Talks resume');
  });
});

describe('ingestOnLastAttempt', () => {
  it('records PROCESSING_FAILED before the work, then replaces it with the result', async () => {
    let seenDuringRead: unknown;
    objects.beforeRead = () => {
      seenDuringRead = structuredClone(store.stored(KEY));
    };
    expect(await ingestOnLastAttempt(created('07'), deps)).toMatchObject({ status: 'processed' });
    expect(seenDuringRead).toMatchObject({
      sequencer: normalizeSequencer('07'),
      failed: true,
      rejected: { error: { code: 'PROCESSING_FAILED', message: expect.stringContaining('did not finish') } },
    });
    expect(store.stored(KEY)).toMatchObject({ sequencer: normalizeSequencer('07'), failed: false, rejected: null });
    expect(store.stored(KEY)!.articles).toHaveLength(1);
  });

  it('replaces the record with the thrown error when the work throws, and throws it on', async () => {
    const failing: ObjectReader = { read: async () => { throw new Error('S3 is unreachable'); } };
    await expect(ingestOnLastAttempt(created('07'), { ...deps, objects: failing })).rejects.toThrow('S3 is unreachable');
    expect(store.stored(KEY)).toMatchObject({ failed: true, rejected: { articleId: articleIdForKey(KEY), error: { code: 'PROCESSING_FAILED' } } });
    expect(store.stored(KEY)!.rejected!.error.message).toBe('Processing failed repeatedly; the event is in the dead-letter queue: S3 is unreachable');
  });

  it('records nothing for an event already overtaken, and nothing for a delete', async () => {
    await applied(created('09'));
    store.calls.length = 0;
    expect(await ingestOnLastAttempt(created('07'), deps)).toEqual({ status: 'stale' });
    expect(writes()).toEqual([]);
    expect(await ingestOnLastAttempt(removed('0A'), deps)).toEqual({ status: 'deleted' });
    expect(writes().map((c) => c.method)).toEqual(['deleteObject']);
  });
});
