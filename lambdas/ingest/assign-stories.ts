import { bandKeys, sameStory, signatureOf, storyOf, verifiedMatches, type StoryCandidate, type StorySignature } from '../extract/syndication/index.js';
import type { ArticleWriter, ProcessedArticle, StoryGuard } from '../store/article-store.js';
import { objectArticleIdOf } from '../store/ids.js';
import { mapConcurrent } from '../store/map-concurrent.js';

/** Articles of one file whose candidates are read at once (each reads one partition per band key). */
const ARTICLES_IN_FLIGHT = 8;
/**
 * Files of more articles are not checked for racing copies after their commit: one guarded commit
 * holds at most 100 records and guards, and a bulk file is rarely written at the same moment as
 * the copies of its stories.
 */
export const RACE_CHECK_MAX_ARTICLES = 25;

/** An article's text as extraction will read it (articleText of the normalized article). */
export interface TextToSign {
  articleId: string;
  text: string;
}

/** The candidate search of one file, under way: started from the normalized texts, awaited after extraction. */
export interface StorySearch {
  signed: Array<{ articleId: string; signature: StorySignature | null; bands: string[] }>;
  stored: Promise<StoryCandidate[][]>;
}

/**
 * Signs each text and starts reading the stored articles that share its band keys. The signature
 * needs only the normalized text, so the reads can be in flight while extraction runs. The
 * object's own articles, of this version or an earlier one (`<id>` and `<id>.<n>` alike), are no
 * candidates: a replaced version of a file must not join the story of the copy it replaces.
 */
export function startStorySearch(texts: TextToSign[], store: Pick<ArticleWriter, 'storyCandidates'>): StorySearch {
  const ownObjects = new Set(texts.map((t) => objectArticleIdOf(t.articleId)));
  const signed = texts.map(({ articleId, text }) => {
    const signature = signatureOf(text);
    return { articleId, signature, bands: signature ? bandKeys(signature) : [] };
  });
  const stored = mapConcurrent(signed, ARTICLES_IN_FLIGHT, async ({ bands }) =>
    bands.length ? (await store.storyCandidates(bands)).filter((c) => !ownObjects.has(objectArticleIdOf(c.articleId))) : [],
  );
  // Awaited only after extraction, which may fail first: a failed read must not be reported as unhandled meanwhile.
  stored.catch(() => undefined);
  return { signed, stored };
}

/**
 * Gives each article a story: that of its closest stored copy (or of an earlier copy in the same
 * file), else its own id. `articles` are the search's texts, extracted, in the same order.
 */
export async function assignStories(articles: ProcessedArticle[], search: StorySearch): Promise<ProcessedArticle[]> {
  const stored = await search.stored;
  const earlier: Array<StoryCandidate & { bands: Set<string> }> = [];
  return articles.map((a, i) => {
    const { articleId, signature, bands } = search.signed[i];
    if (articleId !== a.articleId) throw new Error(`assignStories: article ${a.articleId} is not the search's ${articleId}.`);
    if (!signature) return a;
    const inFile = earlier.filter((c) => bands.some((b) => c.bands.has(b)));
    const storyId = storyOf(a.articleId, signature, [...stored[i], ...inFile]);
    earlier.push({ articleId: a.articleId, storyId, signature, date: a.article.publishedAt ?? '', bands: new Set(bands) });
    return { ...a, story: { signature, bands, storyId } };
  });
}

/**
 * After the commit: the stories that founders of this file should have joined, had a copy
 * written at the same moment been visible to their search. Two copies ingested side by side both
 * search before either has stored its entries, and both found a story; the later to commit finds
 * the other here. The founder then moves into the copy's story by a second write, guarded by the
 * copy still being in that story: when both find each other, both try, and only one can commit.
 * A founder that a copy has joined meanwhile stays. Null when no founder moves.
 */
export async function racedStories(
  articles: ProcessedArticle[],
  search: StorySearch,
  store: Pick<ArticleWriter, 'storyCandidates'>,
): Promise<{ articles: ProcessedArticle[]; guards: StoryGuard[] } | null> {
  if (articles.length > RACE_CHECK_MAX_ARTICLES) return null;
  const ownObjects = new Set(articles.map((a) => objectArticleIdOf(a.articleId)));
  const searched = await search.stored;
  // Only entries new since the first search: neither the candidates it verified nor this file's own articles are read again.
  const checks = articles.map((a, i) => ({ a, known: new Set([...articles.map((b) => b.articleId), ...searched[i].map((c) => c.articleId)]) }));
  const moves = await mapConcurrent(checks, ARTICLES_IN_FLIGHT, async ({ a, known }): Promise<StoryGuard | null> => {
    if (!a.story || a.story.storyId !== a.articleId) return null;
    const candidates = (await store.storyCandidates(a.story.bands, { consistent: true, known })).filter((c) => !ownObjects.has(objectArticleIdOf(c.articleId)));
    if (candidates.some((c) => c.storyId === a.articleId)) return null;
    const copy = verifiedMatches(a.story.signature, candidates).find((m) => sameStory(m.relation));
    return copy ? { articleId: copy.articleId, storyId: copy.storyId } : null;
  });
  if (moves.every((m) => m === null)) return null;
  return {
    articles: articles.map((a, i) => (moves[i] && a.story ? { ...a, story: { ...a.story, storyId: moves[i].storyId } } : a)),
    guards: moves.filter((m): m is StoryGuard => m !== null),
  };
}
