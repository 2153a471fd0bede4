import { describe, expect, it } from 'vitest';
import { InMemoryArticleWriter } from '../../test/support/in-memory-article-writer.js';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../test/support/story-copies.js';
import { extract } from '../extract/index.js';
import { normalize } from '../normalize/index.js';
import type { ProcessedArticle } from '../store/article-store.js';
import { assignStories as assignWith, RACE_CHECK_MAX_ARTICLES, raceCheckReads, racedStories as racedFrom, startStorySearch, type StorySearch } from './assign-stories.js';

function processed(articleId: string, text: string): ProcessedArticle {
  const result = normalize({ bytes: new TextEncoder().encode(text), fileName: `${articleId}.txt`, maxBytes: 1_000_000 });
  if (!result.ok) throw new Error(result.error.message);
  const [article] = result.articles;
  return { articleId, article, extraction: extract(article) };
}

/** The search and the assignment, as ingestion runs them around extraction. */
function assignStories(articles: ProcessedArticle[], writer: InMemoryArticleWriter) {
  return assignWith(articles, startStorySearch(articles.map((a) => ({ articleId: a.articleId, text: a.extraction.text })), writer));
}

async function store(writer: InMemoryArticleWriter, key: string, articles: ProcessedArticle[]) {
  const state = await writer.objectState(key);
  await writer.replaceObject({ bucket: 'b', key, versionId: null, sequencer: '01' }, state, '2022-02-18T00:00:00.000Z', { articles });
}

describe('assignStories', () => {
  it('puts a copy in the story of the stored original, an unrelated story in its own, and a copy later in the same file in the story of the one before', async () => {
    const writer = new InMemoryArticleWriter();
    const [original] = await assignStories([processed('original', SAMPLE_STORY)], writer);
    expect(original.story?.storyId).toBe('original');
    await store(writer, 'original.txt', [original]);

    const [copy, unrelated, unrelatedAgain] = await assignStories(
      [processed('copy', editedSampleCopy()), processed('unrelated', UNRELATED_STORY), processed('again', UNRELATED_STORY)],
      writer,
    );
    expect(copy.story?.storyId).toBe('original');
    expect(unrelated.story?.storyId).toBe('unrelated');
    expect(unrelatedAgain.story?.storyId).toBe('unrelated');
  });

  it('never matches an article with its own stored version: a replaced file is re-clustered from scratch', async () => {
    const writer = new InMemoryArticleWriter();
    const first = await assignStories([processed('original', SAMPLE_STORY)], writer);
    await store(writer, 'original.txt', first);
    const [again] = await assignStories([processed('original', editedSampleCopy())], writer);
    expect(again.story?.storyId).toBe('original');
    const [alone] = await assignStories([processed('original', UNRELATED_STORY)], writer);
    expect(alone.story?.storyId).toBe('original');
  });

  it('never matches an article with the articles of an earlier version of its file, single or of several parts', async () => {
    const writer = new InMemoryArticleWriter();
    // The file held two stories (parts obj.1 and obj.2); its new version holds the first alone (id obj).
    const parts = await assignStories([processed('obj.1', SAMPLE_STORY), processed('obj.2', UNRELATED_STORY)], writer);
    await store(writer, 'obj.json', parts);
    const [single] = await assignStories([processed('obj', SAMPLE_STORY)], writer);
    expect(single.story?.storyId).toBe('obj');
    // Another file with the same story still joins the stored part's.
    const [copy] = await assignStories([processed('other', SAMPLE_STORY)], writer);
    expect(copy.story?.storyId).toBe('obj.1');
  });
});

/** The race check as the writer runs it after the commit: its reads, answered by the store, then the moves. */
async function racedStories(articles: ProcessedArticle[], search: StorySearch, writer: InMemoryArticleWriter) {
  const reads = await raceCheckReads(articles, search);
  if (!reads) return null;
  return racedFrom(articles, await Promise.all(reads.map((r) => writer.storyCandidates(r.bands, { consistent: true, known: r.known }))));
}

describe('racedStories', () => {
  /** An article searched and assigned, and its search: what ingestion holds after the commit. */
  async function searched(writer: InMemoryArticleWriter, articleId: string, text: string) {
    const [article] = [processed(articleId, text)];
    const search = startStorySearch([{ articleId, text: article.extraction.text }], writer);
    const [assigned] = await assignWith([article], search);
    return { article: assigned, search };
  }

  it('moves a founder into the story of a copy stored after its search, guarded by that copy still being in it', async () => {
    const writer = new InMemoryArticleWriter();
    // Both searched an empty store: each founds its own story.
    const original = await searched(writer, 'original', SAMPLE_STORY);
    const copy = await searched(writer, 'copy', editedSampleCopy());
    const unrelated = await searched(writer, 'unrelated', UNRELATED_STORY);
    await store(writer, 'original.txt', [original.article]);
    await store(writer, 'unrelated.txt', [unrelated.article]);

    const raced = await racedStories([copy.article], copy.search, writer);
    expect(raced?.articles.map((a) => [a.articleId, a.story?.storyId])).toEqual([['copy', 'original']]);
    expect(raced?.guards).toEqual([{ articleId: 'original', storyId: 'original' }]);
    // Nothing like it stored, or a file too large for one guarded commit: no move.
    expect(await racedStories([unrelated.article], unrelated.search, writer)).toBeNull();
    const many = Array.from({ length: RACE_CHECK_MAX_ARTICLES + 1 }, () => copy.article);
    expect(await racedStories(many, startStorySearch(many.map((a) => ({ articleId: a.articleId, text: a.extraction.text })), writer), writer)).toBeNull();
  });

  it('leaves a founder that a copy has joined, an article that joined a story, and a candidate its first search had seen', async () => {
    const writer = new InMemoryArticleWriter();
    const original = await searched(writer, 'original', SAMPLE_STORY);
    await store(writer, 'original.txt', [original.article]);
    const copy = await searched(writer, 'copy', editedSampleCopy());
    expect(copy.article.story?.storyId).toBe('original');
    await store(writer, 'copy.txt', [copy.article]);
    expect(await racedStories([copy.article], copy.search, writer)).toBeNull();
    expect(await racedStories([original.article], original.search, writer)).toBeNull();
    // A founder whose first search already saw the copy (and did not take it as one) does not move on a second look.
    const seenBoth = startStorySearch([{ articleId: 'third', text: copy.article.extraction.text }], writer);
    expect((await seenBoth.stored)[0].map((c) => c.articleId).sort()).toEqual(['copy', 'original']);
    const founder = { ...copy.article, articleId: 'third', story: { ...copy.article.story!, storyId: 'third' } };
    expect(await racedStories([founder], seenBoth, writer)).toBeNull();
  });
});
