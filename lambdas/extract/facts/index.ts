import type { FactContext } from '../context.js';
import type { Fact } from '../types.js';
import { Document } from './document.js';
import { extractQuotes } from './quotes.js';
import type { ResolveState } from './speakers.js';

/** Every fact of one article, each with its evidence span, sentence and confidence. */
export function extractFacts(ctx: FactContext): Fact[] {
  const doc = new Document(ctx);
  const state: ResolveState = { roleOrgs: new Map() };
  const facts: Fact[] = [...extractQuotes(doc, state)];
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}
