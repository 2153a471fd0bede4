import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { tokenize } from '../../lambdas/extract/text/tokenize.js';
import type { DocumentInput } from '../../lambdas/extract/entities/features.js';
import { labelsOf, type LabeledSpan } from '../../lambdas/extract/entities/labels.js';
import type { RawDocument } from './conll.js';

export interface PreparedDocument {
  doc: DocumentInput;
  /** Gold BILOU labels projected onto our own tokens. */
  gold: Uint8Array;
  /** Gold names whose edges fall inside one of our tokens (the tagger cannot get them right). */
  unalignable: number;
}

/** Tokenize and split raw text exactly as at run time, then project the gold spans onto the tokens. */
export function prepare(raw: RawDocument): PreparedDocument {
  const tokens = tokenize(raw.text);
  const sentences = splitSentences(raw.text, tokens);
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    startAt.set(t.start, i);
    endAt.set(t.end, i);
  });
  const spans: LabeledSpan[] = [];
  let unalignable = 0;
  for (const g of raw.gold) {
    const first = startAt.get(g.start);
    const last = endAt.get(g.end);
    if (first === undefined || last === undefined) unalignable++;
    else spans.push({ start: first, end: last + 1, cls: g.cls });
  }
  return { doc: { text: raw.text, tokens, sentences }, gold: labelsOf(spans, tokens.length), unalignable };
}
