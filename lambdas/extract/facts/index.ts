import type { FactContext } from '../context.js';
import { timexForSentence } from '../time/index.js';
import type { Fact, QuoteFact, Timex } from '../types.js';
import { Document } from './document.js';
import { extractEvents } from './events.js';
import { extractQuantityFacts } from './quantity-facts.js';
import { extractQuotes } from './quotes.js';
import { extractRoles } from './roles.js';
import type { ResolveState } from './speakers.js';

/**
 * Every fact of one article (quotes, roles, quantity facts, meetings, memberships, agreements),
 * each with its evidence span, sentence, confidence, the date its sentence carries, and, for
 * facts stated inside a quote, who claims them.
 */
export function extractFacts(ctx: FactContext): Fact[] {
  const doc = new Document(ctx);
  const roles = extractRoles(doc);
  const state: ResolveState = { roleOrgs: new Map(roles.map((r) => [r.person, r.org])), genders: new Map() };
  const quotes = extractQuotes(doc, state);
  const facts: Fact[] = [
    ...roles,
    ...quotes,
    ...extractQuantityFacts(doc, ctx.quantities),
    ...extractEvents(doc, { datelinePlace: datelinePlace(ctx) }),
  ];
  datesAndAttribution(ctx, facts, quotes);
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The dateline's place as an entity id when the article names it, else as written. */
function datelinePlace(ctx: FactContext): string | undefined {
  const place = ctx.article.dateline?.trim();
  if (!place) return undefined;
  const key = place.toLowerCase();
  const entity = ctx.entities.find((e) => e.type === 'LOCATION' && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)));
  return entity?.id ?? place;
}

/** Where an opening dateline ("CARACAS (Sputnik - 17th February, 2022) -") ends: its date is not the story's. */
function datelineEnd(text: string): number {
  const m = /^\s*\p{Lu}[\p{Lu} .,'-]+(?:\([^)\n]{0,120}\))?\s*[—–-]*\s*/u.exec(text);
  return m && /\p{Lu}{3}/u.test(m[0]) ? m[0].length : 0;
}

function datesAndAttribution(ctx: FactContext, facts: Fact[], quotes: QuoteFact[]): void {
  const bodyStart = ctx.article.title ? ctx.article.title.length + 2 : 0;
  const skipBefore = bodyStart + datelineEnd(ctx.text.slice(bodyStart));
  // Timex grouped by sentence in one pass over both sorted lists.
  const bySentence = new Map<number, Timex[]>();
  let si = 0;
  for (const t of [...ctx.timex].sort((a, b) => a.start - b.start)) {
    if (t.start < skipBefore && t.start >= bodyStart) continue;
    while (si < ctx.sentences.length && ctx.sentences[si].end <= t.start) si++;
    if (si >= ctx.sentences.length) break;
    const list = bySentence.get(si) ?? [];
    list.push(t);
    bySentence.set(si, list);
  }
  for (const f of facts) {
    const timex = bySentence.get(f.sentence);
    if (timex) {
      const own = timexForSentence(timex, { start: f.start, end: f.end }) ?? timexForSentence(timex, ctx.sentences[f.sentence]);
      if (own) f.date = own.value;
    }
    if (f.type === 'quote') continue;
    const claim = quotes.find((q) => q.content.start <= f.start && f.end <= q.content.end);
    if (claim) f.attributedTo = claim.speaker.entityId ?? claim.speaker.text;
  }
}
