import { describe, expect, it } from 'vitest';
import { InMemoryArticleWriter } from '../../test/support/in-memory-article-writer.js';
import { SAMPLE_STORY } from '../../test/support/story-copies.js';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { fileURLToPath } from 'node:url';
import { bandKeys, signatureOf } from '../../lambdas/extract/syndication/index.js';
import { PK } from '../../lambdas/store/dynamodb/keys.js';
import { recordCandidate } from '../../lambdas/store/dynamodb/story-items.js';
import { storedStoryItems, withoutCandidateReads, withoutStories } from './story-search-overhead.js';

const event = (key: string, sequencer: string) => ({ kind: 'created' as const, bucket: 'b', key, versionId: null, sequencer, size: SAMPLE_STORY.length });
const deps = (store: InMemoryArticleWriter | ReturnType<typeof withoutStories>) => ({ store, objects: { read: async () => new TextEncoder().encode(SAMPLE_STORY) }, maxObjectBytes: 100_000 });

describe('the bench store without the near-duplicate search', () => {
  it('finds no candidates and stores articles without a story, where the plain store finds the copy', async () => {
    const store = new InMemoryArticleWriter();
    await ingestObjectEvent(event('a.txt', '01'), deps(store));
    expect(await store.storyCandidates(store.stored('a.txt')!.articles![0].story!.bands)).toHaveLength(1);

    const plain = withoutStories(store);
    expect(await plain.storyCandidates(store.stored('a.txt')!.articles![0].story!.bands)).toEqual([]);
    expect(await ingestObjectEvent(event('b.txt', '02'), deps(plain))).toMatchObject({ status: 'processed' });
    expect(store.stored('b.txt')!.articles![0].story).toBeUndefined();
    // The real store, for the same text, joins the first copy's story.
    await ingestObjectEvent(event('c.txt', '03'), deps(store));
    expect(store.stored('c.txt')!.articles![0].story?.storyId).toBe(store.stored('a.txt')!.articles![0].articleId);
  });

  it('without candidate reads, finds no copy but still gives each article a story of its own', async () => {
    const store = new InMemoryArticleWriter();
    await ingestObjectEvent(event('a.txt', '01'), deps(store));
    const itemsOnly = withoutCandidateReads(store);
    expect(await itemsOnly.storyCandidates(store.stored('a.txt')!.articles![0].story!.bands)).toEqual([]);
    await ingestObjectEvent(event('b.txt', '02'), { ...deps(store), store: itemsOnly });
    const { articleId, story } = store.stored('b.txt')!.articles![0];
    expect(story?.storyId).toBe(articleId);
    expect(story?.bands.length).toBeGreaterThan(0);
  });
});

describe('a busy table\'s background', () => {
  it('holds what a search reads of each story: its band entries with their sketch, and a record it can verify', () => {
    const path = fileURLToPath(new URL('../../test/fixtures/caracas-russia-venezuela-2022-02-17.txt', import.meta.url));
    const items = storedStoryItems([{ path, name: 'caracas.txt' }]);
    const bands = items.filter((i) => i.pk.startsWith(PK.band('')));
    // The fixture's text as ingest signs it: its title line, then the body.
    expect(bands.map((b) => b.pk).sort()).toEqual(bandKeys(signatureOf(SAMPLE_STORY)!).map(PK.band).sort());
    expect(bands.every((b) => typeof b.h === 'string')).toBe(true);
    const record = items.find((i) => i.pk === PK.article('background-0'))!;
    expect(recordCandidate(record)).toMatchObject({ articleId: 'background-0', storyId: 'background-0' });
  });
});
