import type { TextContext } from '../context.js';
import type { Quantity } from '../types.js';

// Baseline until the quantity extractor lands: percentages only.
export function extractQuantities(ctx: TextContext): Quantity[] {
  const out: Quantity[] = [];
  for (const m of ctx.text.matchAll(/\b(\d+(?:\.\d+)?)\s?%/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'PERCENT', value: Number(m[1]), unit: '%' });
  }
  return out;
}
