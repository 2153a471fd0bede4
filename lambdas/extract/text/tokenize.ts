import type { Token } from '../types.js';

// Baseline tokenizer: words (with inner apostrophes, hyphens and dots of abbreviations),
// numbers with separators, and single punctuation marks.
const TOKEN_RE = /(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return tokens;
}
