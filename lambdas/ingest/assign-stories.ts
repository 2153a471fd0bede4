import { bandKeys, signatureOf, storyOf, type StoryCandidate } from '../extract/syndication/index.js';
import type { ArticleWriter, ProcessedArticle } from '../store/article-store.js';
import { mapConcurrent } from '../store/map-concurrent.js';

/** Articles of one file whose candidates are read at once (each reads one partition per band key). */
const ARTICLES_IN_FLIGHT = 8;

/**
 * Signs each article and gives it a story: that of its closest stored copy (or of an earlier copy
 * in the same file), else its own id. The object's own articles are no candidates: a replaced
 * version of a file must not join the story of the copy it replaces.
 */
export async function assignStories(articles: ProcessedArticle[], store: Pick<ArticleWriter, 'storyCandidates'>): Promise<ProcessedArticle[]> {
  const own = new Set(articles.map((a) => a.articleId));
  const signed = articles.map((a) => {
    const signature = signatureOf(a.extraction.text);
    return { a, signature, bands: signature ? bandKeys(signature) : [] };
  });
  const stored = await mapConcurrent(signed, ARTICLES_IN_FLIGHT, async ({ bands }) =>
    bands.length ? (await store.storyCandidates(bands)).filter((c) => !own.has(c.articleId)) : [],
  );
  const earlier: Array<StoryCandidate & { bands: Set<string> }> = [];
  return signed.map(({ a, signature, bands }, i) => {
    if (!signature) return a;
    const inFile = earlier.filter((c) => bands.some((b) => c.bands.has(b)));
    const storyId = storyOf(a.articleId, signature, [...stored[i], ...inFile]);
    earlier.push({ articleId: a.articleId, storyId, signature, date: a.article.publishedAt ?? '', bands: new Set(bands) });
    return { ...a, story: { signature, bands, storyId } };
  });
}
