import type { FactContext } from '../context.js';
import type { Fact } from '../types.js';

// Baseline until the fact extractors land: "…," X said. direct quotes.
export function extractFacts(ctx: FactContext): Fact[] {
  const facts: Fact[] = [];
  for (const m of ctx.text.matchAll(/"([^"]+)," ([A-Z]\w+) said/g)) {
    const contentStart = m.index! + 1;
    const speakerStart = m.index! + m[1].length + 4;
    const sentence = ctx.sentences.findIndex((s) => s.start <= m.index! && m.index! < s.end);
    const speakerText = m[2];
    const entity = ctx.entities.find((e) => e.mentions.some((x) => x.start === speakerStart));
    facts.push({
      type: 'quote', sentence, start: m.index!, end: m.index! + m[0].length, confidence: 0.5,
      speaker: { start: speakerStart, end: speakerStart + speakerText.length, text: speakerText, ...(entity ? { entityId: entity.id } : {}) },
      content: { start: contentStart, end: contentStart + m[1].length, text: m[1] },
      direct: true,
    });
  }
  return facts;
}
