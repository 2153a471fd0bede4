import type { Sentence, Token } from '../types.js';

// Baseline splitter: a sentence ends at . ! ? (plus closing quotes) followed by a capital,
// and at every paragraph break.
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(tokens[i].end, next.start);
    if (gap.includes('\n\n')) close(i);
    else if (/^[.!?]$/.test(tokens[i].text) && /^[\p{Lu}"“‘]/u.test(next.text) && !/^["”’]$/.test(next.text)) close(i);
    else if (/^["”’]$/.test(tokens[i].text) && /^[.!?]$/.test(tokens[i - 1]?.text ?? '') && gap.length > 0) close(i);
  }
  close(tokens.length - 1);
  return sentences;
}
