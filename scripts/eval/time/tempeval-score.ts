// TempEval-3 timex metrics (UzZaman et al. 2013): strict (exact extent) and relaxed (any overlap)
// precision/recall/F1, and attribute accuracy over relaxed matches; attribute F1 = relaxed F1 × accuracy.

export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  /** System spans exactly equal to a gold span (and vice versa: exact matches are one-to-one). */
  strict: number;
  /** System spans overlapping some gold span. */
  relaxedSystem: number;
  /** Gold spans overlapping some system span. */
  relaxedGold: number;
  /** Relaxed gold↔system pairs, and how many of them agree on value / type. */
  pairs: number;
  valueCorrect: number;
  typeCorrect: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxedSystem: 0, relaxedGold: 0, pairs: 0, valueCorrect: 0, typeCorrect: 0 };
}

const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;
const overlapLength = (a: ScoredSpan, b: ScoredSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

export interface Mismatch {
  gold?: ScoredSpan;
  system?: ScoredSpan;
}

/** Adds one document's comparison to `counts`; returns the errors (misses, spurious, wrong values). */
export function scoreDocument(gold: ScoredSpan[], system: ScoredSpan[], counts: TimexCounts): Mismatch[] {
  const errors: Mismatch[] = [];
  counts.gold += gold.length;
  counts.system += system.length;
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) counts.strict++;
    if (gold.some((g) => overlaps(g, s))) counts.relaxedSystem++;
    else errors.push({ system: s });
  }
  // Each gold span is paired with the system span that overlaps it most; attributes are judged on that pair.
  for (const g of gold) {
    let best: ScoredSpan | undefined;
    for (const s of system) if (overlaps(g, s) && (!best || overlapLength(g, s) > overlapLength(g, best))) best = s;
    if (!best) {
      errors.push({ gold: g });
      continue;
    }
    counts.relaxedGold++;
    counts.pairs++;
    if (best.value === g.value) counts.valueCorrect++;
    else errors.push({ gold: g, system: best });
    if (best.type === g.type) counts.typeCorrect++;
  }
  return errors;
}

export interface TimexScores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAccuracy: number;
  typeAccuracy: number;
  valueF1: number;
  typeF1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scores(c: TimexCounts): TimexScores {
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxedSystem, c.system);
  const relaxedR = ratio(c.relaxedGold, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(c.valueCorrect, c.pairs);
  const typeAccuracy = ratio(c.typeCorrect, c.pairs);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    typeAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    typeF1: relaxedF1 * typeAccuracy,
  };
}
