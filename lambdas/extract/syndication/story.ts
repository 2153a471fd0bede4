import { compareSignatures, sameStory, type Similarity } from './similarity.js';
import type { StorySignature } from './signature.js';

/** An article already stored (or earlier in the same file) that shares a band key with a new one. */
export interface StoryCandidate {
  articleId: string;
  storyId: string;
  signature: StorySignature;
  /** Sort date of the candidate: the earliest copy founds the story. */
  date: string;
}

export interface StoryMatch extends Similarity {
  articleId: string;
  storyId: string;
}

/** Verified matches of a signature among candidates, most similar first (then oldest, then by id). */
export function verifiedMatches(signature: StorySignature, candidates: StoryCandidate[]): Array<StoryMatch & { date: string }> {
  return candidates
    .map((c) => ({ articleId: c.articleId, storyId: c.storyId, date: c.date, ...compareSignatures(signature, c.signature) }))
    .filter((m) => m.relation !== null)
    .sort((a, b) => b.jaccard - a.jaccard || a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId));
}

/**
 * The story a new article belongs to: that of its closest copy among the candidates, so a cluster
 * keeps the id its first copy gave it however many copies follow; its own id when it copies
 * nothing (it founds a story).
 */
export function storyOf(articleId: string, signature: StorySignature | null, candidates: StoryCandidate[]): string {
  if (!signature) return articleId;
  const copy = verifiedMatches(signature, candidates).find((m) => sameStory(m.relation) && m.articleId !== articleId);
  return copy?.storyId ?? articleId;
}
