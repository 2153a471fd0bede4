import type { Sentence, Token } from '../types.js';
import { isAmbiguousAbbreviation, isNonFinalAbbreviation, isSentenceStarter } from './abbreviations.js';

// Rule-based splitter for news text. A sentence ends:
// - at a paragraph break ("\n\n"), always;
// - at a line break after a short unpunctuated line (headline, byline, dateline line);
// - after . ! ? … (and any closing quotes/brackets glued to them) when the next token can start
//   a sentence; after "Inc." / "U.S." only when the next word is a typical sentence opener.
const TERMINAL = /^(?:[.!?]+|…|\.{2,})$/u;
const CLOSING = /^["'”’»)\]}]$/u;
const CAN_START = /^[\p{Lu}\p{N}"'“‘«([¿¡—–-]/u;
const SHORT_LINE = 60;

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const closeAt = (last: number) => {
    if (last < first) return;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const gap = text.slice(token.end, next.start);
    if (/\n[^\S\n]*\n/.test(gap)) {
      closeAt(i);
      continue;
    }
    if (gap.includes('\n') && endsHeadingLine(text, token, next)) {
      closeAt(i);
      continue;
    }
    if (TERMINAL.test(token.text)) {
      let last = i;
      while (last + 1 < tokens.length && CLOSING.test(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      const after = tokens[last + 1];
      if (!after) break;
      if (after.start > tokens[last].end && CAN_START.test(after.text)) {
        closeAt(last);
        i = last;
      } else if (last > i) {
        i = last - 1; // re-examine the gap after the closing quote (it may hold a paragraph break)
      }
      continue;
    }
    if (gap.length > 0 && isAmbiguousAbbreviation(token.text) && !isNonFinalAbbreviation(token.text)) {
      if (isSentenceStarter(next.text) || /^["“]$/u.test(next.text)) closeAt(i);
    }
  }
  closeAt(tokens.length - 1);
  return sentences;
}

/** A line ending at `token` with no final punctuation, short or all capitals, followed by a capitalised line. */
function endsHeadingLine(text: string, token: Token, next: Token): boolean {
  if (!/^[\p{Lu}\p{N}"“‘(]/u.test(next.text)) return false;
  // Punctuated line ends are the TERMINAL rule's business; a comma or colon continues the sentence.
  if (/^[.!?,;:…"”’)\]-]$/u.test(token.text)) return false;
  const lineStart = text.lastIndexOf('\n', token.start) + 1;
  const line = text.slice(lineStart, token.end).trim();
  if (line.length <= SHORT_LINE) return true;
  return !/\p{Ll}/u.test(line);
}
