import { FIGURE_SKETCH, type StorySignature } from './signature.js';

/**
 * How two articles' texts relate: `duplicate` (the same text, give or take a line), `version` (the
 * same story edited: paragraphs dropped or added, a new headline, other boilerplate; or one copy
 * contained in the other), `related` (a substantial shared passage, not the same story).
 */
export type StoryRelation = 'duplicate' | 'version' | 'related';

export interface Similarity {
  /** Estimated Jaccard similarity of the two shingle sets (share of agreeing minimum hashes). */
  jaccard: number;
  /** Estimated share of the smaller text's shingles found in the larger one. */
  containment: number;
  relation: StoryRelation | null;
}

/** Thresholds on estimated similarity (docs/quality/syndication.md measures them). */
export const DUPLICATE_JACCARD = 0.85;
/**
 * Texts up to this many shingles (about 80 words) are briefs. Briefs share a larger part of their
 * words by template ("Qtly div … vs … prior, pay …, record …"), so they need more overlap to be one
 * story, and their figures must agree.
 */
export const BRIEF_SHINGLES = 80;
export const VERSION = {
  story: { jaccard: 0.4, containment: 0.75 },
  brief: { jaccard: 0.45, containment: 0.8 },
} as const;
/** A containment alone must rest on some direct overlap: a paragraph quoted in a long feature is not a version of it. */
export const CONTAINMENT_MIN_JACCARD = 0.2;
export const RELATED_JACCARD = 0.2;

/**
 * Compares two signatures, over the hashes both have (an older stored signature has fewer). With
 * 128 hashes the Jaccard estimate errs by about 0.044 at 0.5, far less than the gap between copies
 * (above 0.5) and stories that only share a topic (below 0.05).
 */
export function compareSignatures(a: StorySignature, b: StorySignature): Similarity {
  const n = Math.min(a.hashes.length, b.hashes.length);
  let equal = 0;
  for (let i = 0; i < n; i++) if (a.hashes[i] === b.hashes[i]) equal++;
  const jaccard = equal / n;
  // |A∩B| = J·|A∪B| and |A∪B| = (|A|+|B|)/(1+J).
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, shared / Math.max(1, Math.min(a.shingles, b.shingles)));
  const brief = Math.max(a.shingles, b.shingles) <= BRIEF_SHINGLES;
  const relation = relationOf(jaccard, containment, brief ? VERSION.brief : VERSION.story);
  // Same words, other figures: a notice or table cast from a template and filled in twice is two
  // stories; a correction changes one figure, a copy adds at most a date or two.
  if (sameStory(relation) && missingFigures(a, b) > FIGURE_SLACK) return { jaccard, containment, relation: 'related' };
  return { jaccard, containment, relation };
}

/** Figures of the text with fewer of them that a copy of it may lack in the other (a dateline's day, a copyright year). */
export const FIGURE_SLACK = 1;

/**
 * How many figures of the text with fewer of them are missing from the other: exact when both
 * have at most FIGURE_SKETCH figures, else estimated from the bottom-k sketch of their union.
 * 0 when either signature's figures are unknown.
 */
export function missingFigures(a: StorySignature, b: StorySignature): number {
  if (a.figures === null || b.figures === null) return 0;
  const [fewer, more] = a.figures <= b.figures ? [a, b] : [b, a];
  if (fewer.figures === 0) return 0;
  const inMore = new Set(more.numbers.subarray(0, Math.min(more.figures!, FIGURE_SKETCH)));
  const fewerSketch = fewer.numbers.subarray(0, Math.min(fewer.figures!, FIGURE_SKETCH));
  if (more.figures! <= FIGURE_SKETCH) {
    let missing = 0;
    for (const h of fewerSketch) if (!inMore.has(h)) missing++;
    return missing;
  }
  // The FIGURE_SKETCH smallest hashes of the union: the share found in both estimates the Jaccard of the figure sets.
  const inFewer = new Set(fewerSketch);
  const union = [...new Set([...fewerSketch, ...inMore])].sort((x, y) => x - y).slice(0, FIGURE_SKETCH);
  const both = union.filter((h) => inFewer.has(h) && inMore.has(h)).length;
  const j = both / union.length;
  const shared = (j * (fewer.figures! + more.figures!)) / (1 + j);
  return Math.max(0, Math.round(fewer.figures! - shared));
}

function relationOf(jaccard: number, containment: number, version: { jaccard: number; containment: number }): StoryRelation | null {
  if (jaccard >= DUPLICATE_JACCARD) return 'duplicate';
  if (jaccard >= version.jaccard || (containment >= version.containment && jaccard >= CONTAINMENT_MIN_JACCARD)) return 'version';
  if (jaccard >= RELATED_JACCARD) return 'related';
  return null;
}

/** Copies of one story: what joins a cluster, and what counts once under distinct=story. */
export const sameStory = (relation: StoryRelation | null): boolean => relation === 'duplicate' || relation === 'version';
