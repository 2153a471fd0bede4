import { bandKeys, sameStory, signatureOf, storyOf, verifiedMatches, type StoryCandidate, type StorySignature } from '../extract/syndication/index.js';
import type { ArticleWriter, BandSearch, ObjectState, ProcessedArticle, RaceCheck, StoryGuard } from '../store/article-store.js';
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

/** Each text's signature and band keys (none for a text too short to sign). */
function signTexts(texts: TextToSign[]): StorySearch['signed'] {
  return texts.map(({ articleId, text }) => {
    const signature = signatureOf(text);
    return { articleId, signature, bands: signature ? bandKeys(signature) : [] };
  });
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
  return searchSigned(signTexts(texts), store, []);
}

/**
 * Reads the object's state and, in the same request, the stored articles sharing each text's band
 * keys (ArticleWriter.openObject): a file's search costs no request of its own. Those the request
 * could not hold are read on their own once it is answered, 8 at a time.
 */
export async function openWithStorySearch(key: string, texts: TextToSign[], store: Pick<ArticleWriter, 'openObject' | 'storyCandidates'>): Promise<{ state: ObjectState; search: StorySearch }> {
  const signed = signTexts(texts);
  const opened = await store.openObject(key, signed.map(searchOf));
  return { state: opened.state, search: searchSigned(signed, store, opened.candidates) };
}

/** A signed text's search: its band keys, for the stored articles that may be one story with it (a story is all it is read for). */
function searchOf({ signature, bands }: StorySearch['signed'][number]): BandSearch {
  return signature ? { bands, sameStoryAs: signature } : { bands };
}

/** The search of signed texts: the candidates already read (`read`, by index), the others read now. */
function searchSigned(signed: StorySearch['signed'], store: Pick<ArticleWriter, 'storyCandidates'>, read: Array<StoryCandidate[] | null>): StorySearch {
  const ownObjects = new Set(signed.map((s) => objectArticleIdOf(s.articleId)));
  const stored = mapConcurrent(signed.map((s, i) => ({ search: searchOf(s), found: read[i] ?? null })), ARTICLES_IN_FLIGHT, async ({ search: { bands, ...options }, found }) =>
    (found ?? (bands.length ? await store.storyCandidates(bands, options) : [])).filter((c) => !ownObjects.has(objectArticleIdOf(c.articleId))),
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
 * The check for copies that raced this file's founders (a story's first copy): their band keys, to
 * be read again after the commit (RaceCheck), leaving out what the first search verified and the
 * file's own articles. Two copies ingested side by side both search before either has stored its
 * entries, and both found a story; the later to commit finds the other then. Null when the file
 * has no founder or is too large for one guarded commit.
 */
export async function raceCheckReads(articles: ProcessedArticle[], search: StorySearch): Promise<RaceCheck['reads'] | null> {
  if (articles.length > RACE_CHECK_MAX_ARTICLES) return null;
  const searched = await search.stored;
  const ids = articles.map((a) => a.articleId);
  const reads = articles.map((a, i): BandSearch => ({
    bands: a.story && a.story.storyId === a.articleId ? a.story.bands : [],
    known: new Set([...ids, ...searched[i].map((c) => c.articleId)]),
    ...(a.story ? { sameStoryAs: a.story.signature } : {}),
  }));
  return reads.some((r) => r.bands.length > 0) ? reads : null;
}

/**
 * From the race check's answers (one list per article): the stories founders should have joined.
 * A founder moves into a racing copy's story by a second write, guarded by the copy still being
 * in that story: when both find each other, both try, and only one can commit. A founder that a
 * copy has joined meanwhile stays. Null when no founder moves.
 */
export function racedStories(articles: ProcessedArticle[], answers: StoryCandidate[][]): { articles: ProcessedArticle[]; guards: StoryGuard[] } | null {
  const ownObjects = new Set(articles.map((a) => objectArticleIdOf(a.articleId)));
  const moves = articles.map((a, i): StoryGuard | null => {
    if (!a.story || a.story.storyId !== a.articleId) return null;
    const candidates = (answers[i] ?? []).filter((c) => !ownObjects.has(objectArticleIdOf(c.articleId)));
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
