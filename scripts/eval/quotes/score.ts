// Scoring predicted quote facts against gold attributions (PolNeAR conventions).
import type { QuoteFact } from '../../../lambdas/extract/types.js';
import type { GoldAttribution, GoldSpan, Piece } from './polnear.js';

/** One predicted attribution: quote facts sharing a speaker and cue are one attribution in pieces. */
export interface PredictedAttribution {
  content: Piece[];
  speaker: Piece;
  direct: boolean;
}

export interface Counts {
  goldDirect: number;
  predictedDirect: number;
  matchedDirect: number;
  /** Matched direct quotes whose gold has a source, and how many of those got the speaker right. */
  speakerChecked: number;
  speakerCorrect: number;
  goldAll: number;
  matchedAll: number;
  /** Every predicted attribution, direct or not. */
  predictedAll: number;
}

export const emptyCounts = (): Counts => ({ goldDirect: 0, predictedDirect: 0, matchedDirect: 0, speakerChecked: 0, speakerCorrect: 0, goldAll: 0, matchedAll: 0, predictedAll: 0 });

const length = (pieces: Piece[]) => pieces.reduce((n, p) => n + p.end - p.start, 0);

function overlap(a: Piece[], b: Piece[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** A match covers at least half of each side. */
export function spansMatch(predicted: Piece[], gold: Piece[]): boolean {
  const o = overlap(predicted, gold);
  return o * 2 >= length(predicted) && o * 2 >= length(gold) && o > 0;
}

export function groupPredictions(facts: QuoteFact[]): PredictedAttribution[] {
  const groups = new Map<string, PredictedAttribution>();
  for (const f of facts) {
    const key = `${f.speaker.start}:${f.speaker.end}:${f.cue?.start ?? ''}`;
    const group = groups.get(key);
    const piece = { start: f.content.start, end: f.content.end };
    if (group) {
      group.content.push(piece);
      group.direct = group.direct || f.direct;
    } else {
      groups.set(key, { content: [piece], speaker: { start: f.speaker.start, end: f.speaker.end }, direct: f.direct });
    }
  }
  return [...groups.values()];
}

/** Greedy one-to-one matching of predictions to gold by content overlap, in gold order. */
function matchAll(predicted: PredictedAttribution[], gold: GoldAttribution[]): Array<[PredictedAttribution, GoldAttribution]> {
  const used = new Set<PredictedAttribution>();
  const pairs: Array<[PredictedAttribution, GoldAttribution]> = [];
  for (const g of gold) {
    const content = (g.content as GoldSpan).pieces;
    let best: PredictedAttribution | undefined;
    let bestOverlap = 0;
    for (const p of predicted) {
      if (used.has(p) || !spansMatch(p.content, content)) continue;
      const o = overlap(p.content, content);
      if (o > bestOverlap) { best = p; bestOverlap = o; }
    }
    if (best) { used.add(best); pairs.push([best, g]); }
  }
  return pairs;
}

export function scoreDocument(facts: QuoteFact[], gold: GoldAttribution[], counts: Counts): void {
  const withContent = gold.filter((g) => g.content);
  const predicted = groupPredictions(facts);
  const goldDirect = withContent.filter((g) => g.direct);
  const predictedDirect = predicted.filter((p) => p.direct);
  counts.goldDirect += goldDirect.length;
  counts.predictedDirect += predictedDirect.length;
  for (const [p, g] of matchAll(predictedDirect, goldDirect)) {
    counts.matchedDirect++;
    if (!g.source) continue;
    counts.speakerChecked++;
    if (overlap([p.speaker], g.source.pieces) > 0) counts.speakerCorrect++;
  }
  counts.goldAll += withContent.length;
  counts.predictedAll += predicted.length;
  counts.matchedAll += matchAll(predicted, withContent).length;
}

export function summarize(c: Counts) {
  const precision = c.predictedDirect ? c.matchedDirect / c.predictedDirect : 0;
  const recall = c.goldDirect ? c.matchedDirect / c.goldDirect : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    directPrecision: precision,
    directRecall: recall,
    directF1: f1,
    speakerAccuracy: c.speakerChecked ? c.speakerCorrect / c.speakerChecked : 0,
    attributionRecall: c.goldAll ? c.matchedAll / c.goldAll : 0,
    attributionPrecision: c.predictedAll ? c.matchedAll / c.predictedAll : 0,
    attributionF1: c.goldAll + c.predictedAll ? (2 * c.matchedAll) / (c.goldAll + c.predictedAll) : 0,
  };
}
