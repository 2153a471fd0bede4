// 4-gram word-shingle F1 between extracted text and a gold article text: the measure used for
// main-content extraction. Shingles are counted as a multiset over lower-cased letter/digit tokens.

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export function shingleF1(extracted: string, gold: string, size = 4): ShingleScore {
  const predicted = shingles(extracted, size);
  const expected = shingles(gold, size);
  let predictedTotal = 0;
  let expectedTotal = 0;
  let overlap = 0;
  for (const count of predicted.values()) predictedTotal += count;
  for (const [shingle, count] of expected) {
    expectedTotal += count;
    overlap += Math.min(count, predicted.get(shingle) ?? 0);
  }
  if (predictedTotal === 0 && expectedTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedTotal ? overlap / predictedTotal : 0;
  const recall = expectedTotal ? overlap / expectedTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function shingles(text: string, size: number): Map<string, number> {
  const tokens = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  // Texts shorter than one shingle count as a single shingle of all their tokens.
  const n = Math.min(size, tokens.length);
  for (let i = 0; n > 0 && i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
