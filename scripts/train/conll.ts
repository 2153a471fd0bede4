import { readFileSync } from 'node:fs';
import { CLASSES } from '../../lambdas/extract/entities/labels.js';

// CoNLL-format NER files (token first, tag last, blank line between sentences, -DOCSTART- between
// documents; IOB1, IOB2 or BILOU/IOBES tags) turned back into raw text with character-offset gold spans,
// so that training and evaluation run the real tokenizer on text, never on gold tokens.

export interface GoldSpan {
  start: number;
  end: number;
  cls: number;
}

export interface RawDocument {
  text: string;
  gold: GoldSpan[];
}

const TYPE_ALIASES: Record<string, number> = { PERSON: 0, ORGANIZATION: 1, ORGANISATION: 1, LOCATION: 2, GPE: 2 };

function classIndex(type: string): number {
  const i = (CLASSES as readonly string[]).indexOf(type);
  if (i >= 0) return i;
  return TYPE_ALIASES[type] ?? 3; // every other type scores as MISC
}

export function readConll(path: string): RawDocument[] {
  const docs: { tokens: string[]; tags: string[] }[][] = [];
  let doc: { tokens: string[]; tags: string[] }[] = [];
  let sentence = { tokens: [] as string[], tags: [] as string[] };
  const endSentence = () => {
    if (sentence.tokens.length) doc.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) endSentence();
    else if (cols[0] === '-DOCSTART-') endDoc();
    else {
      sentence.tokens.push(cols[0]);
      sentence.tags.push(cols[cols.length - 1]);
    }
  }
  endDoc();
  return docs.map(detokenize);
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|\.\.\.|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Sentences become lines of ordinary prose spacing; straight double quotes alternate open/close. */
function detokenize(sentences: { tokens: string[]; tags: string[] }[]): RawDocument {
  let text = '';
  const gold: GoldSpan[] = [];
  let quoteOpen = false;
  for (const s of sentences) {
    if (text) text += '\n';
    let glue = true;
    let open: GoldSpan | null = null;
    let prevType = 'O';
    for (let i = 0; i < s.tokens.length; i++) {
      const tok = s.tokens[i];
      let isOpeningQuote = false;
      let noSpace = glue || NO_SPACE_BEFORE.test(tok);
      if (tok === '"') {
        isOpeningQuote = !quoteOpen;
        quoteOpen = !quoteOpen;
        if (!isOpeningQuote) noSpace = true;
      }
      if (!noSpace) text += ' ';
      const start = text.length;
      text += tok;
      glue = NO_SPACE_AFTER.test(tok) || isOpeningQuote;
      const tag = s.tags[i];
      const [prefix, type] = tag === 'O' ? ['O', 'O'] : [tag.slice(0, 1), tag.slice(2)];
      const begins = tag !== 'O' && (prefix === 'B' || prefix === 'U' || prefix === 'S' || type !== prevType);
      if (open && (tag === 'O' || begins)) {
        gold.push(open);
        open = null;
      }
      if (tag !== 'O') {
        if (!open) open = { start, end: text.length, cls: classIndex(type) };
        else open.end = text.length;
        if (prefix === 'L' || prefix === 'E' || prefix === 'U' || prefix === 'S') {
          gold.push(open);
          open = null;
        }
      }
      prevType = open ? type : tag === 'O' ? 'O' : type;
    }
    if (open) gold.push(open);
  }
  return { text, gold };
}
