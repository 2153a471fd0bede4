// Tying a figure to what it measures: "bilateral trade increased by almost 50%", "7.2 million of
// Sputnik V vaccine doses", "20 cooperation agreements".
import type { Quantity, QuantityFact } from '../types.js';
import type { Document } from './document.js';

const CHANGE_VERBS = /(?:^|\s)(increased|rose|grew|fell|dropped|declined|decreased|jumped|climbed|surged|slipped|plunged|reached|totaled|totalled|amounted|stood|hit|exceeded|topped|expanded|contracted|gained|lost|shrank|soared|tumbled|slumped|edged|came|was|were|is|are)((?:\s+(?:up|down|in|at|to|by|of|about|around|nearly|almost|some|just|only))*)\s*$/i;
const NP_BREAK = /^(that|which|who|and|but|or|because|while|when|if|as|said|says|,|;|:|“|”|"|''|\(|\)|-|—|–|\.)$/i;
const DETERMINER = /^(the|a|an|its|their|his|her|our|this|these|those)$/i;

export function extractQuantityFacts(doc: Document, quantities: Quantity[]): QuantityFact[] {
  const out: QuantityFact[] = [];
  for (const q of quantities) {
    // Spelled-out small numbers ("the two countries") are rarely figures worth a fact.
    if (q.kind === 'ORDINAL' || !/\d/.test(q.text)) continue;
    const sentence = doc.sentenceAt(q.start);
    const s = doc.ctx.sentences[sentence];
    if (!s) continue;
    const fact = changeMeasure(doc, q, s.start, sentence) ?? countedMeasure(doc, q, s.end, sentence);
    if (fact) out.push(fact);
  }
  return out;
}

/** "MEASURE increased by QTY": the noun phrase before a level or change verb right before the figure. */
function changeMeasure(doc: Document, q: Quantity, sentenceStart: number, sentence: number): QuantityFact | undefined {
  const before = doc.text.slice(Math.max(sentenceStart, q.start - 160), q.start);
  const verb = CHANGE_VERBS.exec(before);
  if (!verb) return undefined;
  const verbStart = q.start - before.length + verb.index + (verb[0].length - verb[0].trimStart().length);
  // Walk back over the noun phrase token by token.
  let t = doc.tokenAt(verbStart) - 1;
  const last = t;
  const floor = doc.ctx.sentences[sentence].tokenStart;
  while (t >= floor && !NP_BREAK.test(doc.tokens[t].text) && last - t < 6) {
    if (DETERMINER.test(doc.tokens[t].text)) break;
    t--;
  }
  let first = t + 1;
  // "Time Warner's underlying profit": a possessive pulls in its owner's name.
  if (first <= last && /^['’]s$/.test(doc.tokens[first].text)) {
    let k = first - 1;
    while (k >= floor && /^\p{Lu}/u.test(doc.tokens[k].text) && first - k < 5) k--;
    first = k + 1 < first ? k + 1 : first + 1;
  }
  if (first > last || /^(it|they|he|she|this|that|there)$/i.test(doc.tokens[last].text)) return undefined;
  const measure = doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
  const subjects = [...new Set(doc.entitiesIn(doc.tokens[first].start, doc.tokens[last].end).map((m) => m.entity.id))];
  const start = DETERMINER.test(doc.tokens[t]?.text ?? '') && t >= floor ? doc.tokens[t].start : doc.tokens[first].start;
  return { type: 'quantity', sentence, start, end: q.end, confidence: 0.7, quantity: q, measure, ...(subjects.length ? { subjects } : {}) };
}

/** "7.2 million of Sputnik V vaccine doses": the counted noun phrase as written, with its names. */
function countedMeasure(doc: Document, q: Quantity, sentenceEnd: number, sentence: number): QuantityFact | undefined {
  if (!q.unit || q.kind === 'PERCENT' || q.kind === 'MONEY') return undefined;
  const after = doc.text.slice(q.end, Math.min(sentenceEnd, q.end + 120));
  const at = after.indexOf(q.unit);
  if (at < 0) return undefined;
  const lead = after.slice(0, at).replace(/^\s+(of\s+)?/, '');
  if (/[,.;:]/.test(lead)) return undefined;
  const measureStart = q.end + after.indexOf(lead === '' ? q.unit : lead);
  const measureEnd = q.end + at + q.unit.length;
  const subjects = [...new Set(doc.entitiesIn(measureStart, measureEnd).map((m) => m.entity.id))];
  return {
    type: 'quantity', sentence, start: q.start, end: measureEnd, confidence: 0.6, quantity: q,
    measure: doc.text.slice(measureStart, measureEnd), ...(subjects.length ? { subjects } : {}),
  };
}
