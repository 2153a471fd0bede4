// Locating quoted passages in text, in every common quotation style.

export interface Quotation {
  /** Offset of the opening mark and one past the closing mark. */
  open: number;
  close: number;
  /** The quoted words, without the marks. */
  contentStart: number;
  contentEnd: number;
  /** Runs over several paragraphs, each reopening the quote. */
  multiParagraph: boolean;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Top-level quotations, in text order, in one linear pass. Double quotes (“ ” " " « ») nest
 * single ones (‘ ’), which are only quotations at top level (British style). A quote left open
 * at a paragraph end continues when the next paragraph reopens it (the news convention for
 * multi-paragraph quotes), and is dropped otherwise.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  let openWidth = 1;
  let kind = 'double' as 'double' | 'single';
  let multi = false;
  /** Paragraphs crossed without a reopening mark: the quote may still close later, or was never closed. */
  let unmarked = 0;
  const n = text.length;
  const start = (i: number, k: 'double' | 'single', width = 1) => { open = i; openWidth = width; kind = k; multi = false; unmarked = 0; };
  const finish = (i: number, width = 1) => {
    out.push({ open, close: i + width, contentStart: open + openWidth, contentEnd: i, multiParagraph: multi });
    open = -1;
  };
  // Jump from one mark or line break to the next: everything else is irrelevant here. Two
  // apostrophes ('') and two backticks (``) are double quotes in wire and newspaper archives.
  const MARKS = /["“”«»„‘’\n]|''|``/g;
  for (let i = 0; i < n; i++) {
    MARKS.lastIndex = i;
    const hit = MARKS.exec(text);
    if (!hit) break;
    i = hit.index;
    const mark = hit[0];
    const width = mark.length;
    // A straight double mark: '"' or "''" (opens or closes by context); "``" only opens.
    const straight = mark === '"' || mark === "''";
    const c = mark === '``' ? '“' : straight ? '"' : mark;
    if (open < 0) {
      if (DOUBLE_OPEN.has(c) || (straight && !isSpace(text[i + width]))) start(i, 'double', width);
      else if (c === '‘' && (i === 0 || !isLetterOrDigit(text[i - 1])) && isLetterOrDigit(text[i + 1])) start(i, 'single');
      i += width - 1;
      continue;
    }
    if (c === '\n') {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      const next = text[j];
      const twoChar = text.startsWith("''", j) || text.startsWith('``', j);
      const reopens = kind === 'double' ? DOUBLE_OPEN.has(next) || next === '"' || twoChar : next === '‘';
      multi = true;
      if (reopens) { unmarked = 0; i = j + (twoChar ? 1 : 0); continue; }
      if (kind === 'single' || ++unmarked > 3) open = -1;
      i = j - 1;
      continue;
    }
    if (kind === 'double') {
      const looksOpening = isSpace(text[i - 1]) && !isSpace(text[i + width]);
      if (DOUBLE_CLOSE.has(c)) finish(i);
      else if (straight) {
        // After an unmarked paragraph break, a mark that opens a word starts a new quote instead.
        if (unmarked > 0 && looksOpening) start(i, 'double', width);
        else finish(i, width);
      } else if (c === '“' && (unmarked > 0 || looksOpening)) start(i, 'double', width);
    } else if (c === '’' && !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 1]) && !(text[i - 1] === 's' && text[i + 1] === ' ' && isLetterOrDigit(text[i + 2]))) {
      // (A plural possessive, "the voters’ choice", does not close a quote.)
      finish(i);
    } else if (DOUBLE_OPEN.has(c)) {
      start(i, 'double', width);
    }
    i += width - 1;
  }
  return out;
}

/** 1 for every character inside a quotation (marks included). */
export function quotationMask(length: number, quotations: Quotation[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const q of quotations) mask.fill(1, q.open, q.close);
  return mask;
}

/** Share of the letters of [start, end) that lie inside quotations. */
const isLetter = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i]);
};

export function quotedShare(text: string, mask: Uint8Array, start: number, end: number): number {
  let letters = 0;
  let quoted = 0;
  for (let i = start; i < end; i++) {
    if (!isLetter(text, i)) continue;
    letters++;
    quoted += mask[i];
  }
  return letters ? quoted / letters : 0;
}
