import type { ArticleDetail, Fact } from './api.js';

export type SpanKind = 'entity' | 'timex' | 'quantity' | 'fact';

/** Something the text says at [start, end): a mention, a time, a quantity or a fact's evidence. */
export interface TextSpan {
  /** Stable within the article: "e2.0" (entity 2, mention 0), "t1", "q0", "f3" (fact 3). */
  key: string;
  kind: SpanKind;
  start: number;
  end: number;
  /** What it resolves to, in words. */
  label: string;
  entityId?: string;
  entityType?: string;
  /** TIMEX3 value, or the quantity's value and unit. */
  value?: string;
  /** A quote's speaker as written, and the entity it resolves to. */
  speaker?: { text: string; entityId?: string };
  factType?: Fact['type'];
}

/** A stretch of text covered by the same spans (outermost first); plain text has none. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  spans: TextSpan[];
}

export function spansOfArticle(article: Pick<ArticleDetail, 'entities' | 'timex' | 'quantities' | 'facts'>): TextSpan[] {
  const spans: TextSpan[] = [];
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  article.entities.forEach((entity, e) => {
    entity.mentions.forEach((mention, m) => {
      spans.push({ key: `e${e}.${m}`, kind: 'entity', start: mention.start, end: mention.end, label: `${entity.name} (${entity.type})`, entityId: entity.id, entityType: entity.type });
    });
  });
  article.timex.forEach((timex, t) => {
    spans.push({ key: `t${t}`, kind: 'timex', start: timex.start, end: timex.end, label: `${timex.type} ${timex.value}`, value: timex.value });
  });
  article.quantities.forEach((quantity, q) => {
    const value = [quantity.value ?? '', quantity.unit ?? ''].filter((v) => v !== '').join(' ');
    spans.push({ key: `q${q}`, kind: 'quantity', start: quantity.start, end: quantity.end, label: `${quantity.kind}${value ? ` ${value}` : ''}`, value });
  });
  article.facts.forEach((fact, f) => {
    spans.push({
      key: `f${f}`, kind: 'fact', start: fact.start, end: fact.end, label: factLabel(fact, nameOf), factType: fact.type,
      ...(fact.type === 'quote' ? { speaker: { text: fact.speaker.text, entityId: fact.speaker.entityId } } : {}),
    });
  });
  return spans;
}

/** A fact in words, entities by name (`nameOf` maps an entity id to its name in the article). */
export function factLabel(fact: Fact, nameOf: (id: string) => string = (id) => id): string {
  switch (fact.type) {
    case 'quote':
      return `${fact.direct ? 'Quote' : 'Reported speech'} by ${fact.speaker.entityId ? nameOf(fact.speaker.entityId) : `“${fact.speaker.text}” (unresolved)`}`;
    case 'role':
      return `Role: ${nameOf(fact.person)} — ${fact.title}${fact.org ? ` — ${nameOf(fact.org)}` : ''}`;
    case 'quantity':
      return `Quantity: ${fact.measure} ${fact.quantity.text}`;
    case 'meeting':
      return `Meeting: ${fact.participants.map(nameOf).join(', ')}${fact.place ? ` in ${nameOf(fact.place)}` : ''}`;
    case 'membership':
      return `Membership: ${fact.members.map(nameOf).join(', ')} of ${nameOf(fact.of)}`;
    case 'agreement':
      return `Agreement: ${fact.parties.map(nameOf).join(', ')}${fact.what ? ` on ${fact.what}` : ''}`;
  }
}

/**
 * Cuts the text at every span boundary, so overlapping spans (a mention inside a quote, two facts
 * sharing a sentence) each cover whole segments; spans outside the text are clipped or dropped.
 */
export function segmentText(text: string, spans: TextSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      // Outermost first: the longest span wraps the others.
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.key.localeCompare(b.key));
    segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return segments;
}
