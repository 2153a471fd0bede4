// Text cleaning that never rewrites a printable character: it only drops control and invisible
// format characters, folds whitespace, groups lines into paragraphs and applies NFC (docs/CONTRACTS.md, extraction CLI).

/** C0/C1 controls (except tab and newline, handled as whitespace), DEL, and invisible format marks
 * (soft hyphen, zero-width space, word joiner, BOM) that split tokens without being visible. */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
/** Horizontal whitespace, including no-break and typographic spaces. */
const HORIZONTAL_SPACE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Line ends to "\n"; vertical tab, form feed, line separator become line breaks; paragraph separator a blank line. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u000B\u000C\u0085\u2028]/g, '\n').replace(/\u2029/g, '\n\n');
}

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Folds every run of horizontal whitespace to one space and trims. */
export function foldSpaces(text: string): string {
  return text.replace(HORIZONTAL_SPACE, ' ').trim();
}

/** Line breaks normalized and invisible characters dropped: the first step for any decoded text. */
export function cleanRaw(text: string): string {
  return removeInvisible(normalizeLineBreaks(text));
}

/** One paragraph: every whitespace run (line breaks included) folded to a space. */
export function cleanInline(text: string): string {
  return foldSpaces(removeInvisible(normalizeLineBreaks(text)).replace(/\n+/g, ' '));
}

export interface Paragraph {
  text: string;
  /** How many source lines were joined into it (1 = the paragraph was a single line). */
  lineCount: number;
}

const INDENT = /^(?: {2,}|\t)/;

/**
 * Groups the lines of cleaned plain text into paragraphs. A blank line always ends a paragraph.
 * Inside a block, an indented line starts a new paragraph when the block also has unindented lines
 * (wire copy such as Reuters marks paragraphs this way). A block of long lines with no blank lines
 * anywhere in the document is one paragraph per line (one-line-per-paragraph exports); otherwise
 * hard-wrapped lines are joined with a space.
 */
export function toParagraphs(text: string): Paragraph[] {
  const blocks = cleanRaw(text)
    .split(/\n[ \t\u00A0]*\n/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
  const onePerLine = blocks.length === 1 && lineStyleIsOnePerParagraph(blocks[0]);
  const paragraphs: Paragraph[] = [];
  for (const lines of blocks) {
    const nonEmpty = lines.filter((line) => line.trim() !== '');
    const someUnindented = nonEmpty.some((line) => !INDENT.test(line));
    const someIndented = nonEmpty.some((line, i) => i > 0 && INDENT.test(line));
    let current: string[] = [];
    const flush = () => {
      const joined = foldSpaces(current.join(' '));
      if (joined) paragraphs.push({ text: joined, lineCount: current.length });
      current = [];
    };
    for (const line of nonEmpty) {
      if (current.length && (onePerLine || (someUnindented && someIndented && INDENT.test(line)))) flush();
      current.push(line);
    }
    flush();
  }
  return paragraphs;
}

function lineStyleIsOnePerParagraph(lines: string[]): boolean {
  const nonEmpty = lines.map((line) => line.trim()).filter(Boolean);
  if (nonEmpty.length < 3) return false;
  const long = nonEmpty.filter((line) => line.length > 150).length;
  return long >= nonEmpty.length / 2;
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p !== '').join('\n\n');
}

/** The last step for every field: canonical composition. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
