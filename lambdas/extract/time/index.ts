import type { TextContext } from '../context.js';
import type { Timex } from '../types.js';

// Baseline until the TimeML tagger lands: ISO dates and bare years only.
export function extractTimex(ctx: TextContext): Timex[] {
  const out: Timex[] = [];
  for (const m of ctx.text.matchAll(/\b(\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})\b/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'DATE', value: m[0] });
  }
  return out;
}
