import type { FactContext } from '../context.js';
import type { Entity, Span, Token } from '../types.js';

/** One entity mention with the entity it belongs to, for lookups by position. */
export interface MentionRef extends Span {
  entity: Entity;
}

/**
 * Read-only view of an extracted article that the fact extractors share: token and sentence
 * lookups by character offset, and entity mentions in text order. Built once per article.
 */
export class Document {
  readonly text: string;
  readonly tokens: Token[];
  readonly lower: string[];
  /** Sentence index of every token. */
  readonly sentenceOfToken: Int32Array;
  readonly mentions: MentionRef[];
  /** Entity of the mention starting at a token, by token index. */
  private readonly mentionAtToken = new Map<number, MentionRef>();

  constructor(readonly ctx: FactContext) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.lower = ctx.tokens.map((t) => t.text.toLowerCase());
    this.sentenceOfToken = new Int32Array(ctx.tokens.length).fill(-1);
    for (const [i, s] of ctx.sentences.entries()) this.sentenceOfToken.fill(i, s.tokenStart, s.tokenEnd);
    this.mentions = ctx.entities
      .flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let t = 0;
    for (const m of this.mentions) {
      while (t < this.tokens.length && this.tokens[t].end <= m.start) t++;
      for (let k = t; k < this.tokens.length && this.tokens[k].start < m.end; k++) {
        if (!this.mentionAtToken.has(k)) this.mentionAtToken.set(k, m);
      }
    }
  }

  /** Index of the first token that ends after `offset` (binary search). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sentence index containing `offset` (or the nearest one before it). */
  sentenceAt(offset: number): number {
    const s = this.ctx.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  mentionOfToken(i: number): MentionRef | undefined {
    return this.mentionAtToken.get(i);
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Span covering tokens i..j inclusive. */
  tokenSpan(i: number, j: number): Span {
    return this.span(this.tokens[i].start, this.tokens[j].end);
  }

  /** Entities whose mentions overlap [start, end), best-covering first. */
  entitiesIn(start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start - 300) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.mentions.length && this.mentions[k].start < end; k++) {
      const m = this.mentions[k];
      if (m.end > start) out.push(m);
    }
    return out;
  }

  /** The most recent mention before `offset` that passes `accept`, looking back at most `window` chars. */
  lastMentionBefore(offset: number, accept: (m: MentionRef) => boolean, window = 2000): MentionRef | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.start < offset - window) break;
      if (m.end <= offset && accept(m)) return m;
    }
    return undefined;
  }
}

export const isCapitalized = (word: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(word);
export const isWord = (word: string): boolean => /^[\p{L}\p{N}]/u.test(word);
