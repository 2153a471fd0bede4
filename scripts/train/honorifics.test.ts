import { describe, expect, it } from 'vitest';
import type { RawDocument } from './conll.js';
import { addHonorifics, withHonorifics } from './honorifics.js';

const doc: RawDocument = {
  // "Smith" (PER) after a lower-case word, "President Jones" (only "Jones" is PER), "Acme" (ORG).
  text: 'Talks with Smith failed.\nPresident Jones met Acme officials.',
  gold: [
    { start: 11, end: 16, cls: 0 },
    { start: 35, end: 40, cls: 0 },
    { start: 45, end: 49, cls: 1 },
  ],
};
const always = () => 0;

describe('honorifics before person names', () => {
  it('puts one before an eligible name, outside its span, and shifts every later span', () => {
    const out = withHonorifics(doc, always, { single: 1, multi: 1 });
    expect(out.text.startsWith('Talks with Mr Smith failed.')).toBe(true);
    const spans = out.gold.map((g) => out.text.slice(g.start, g.end));
    expect(spans).toEqual(['Smith', 'Jones', 'Acme']);
  });

  it('never splits a title from its name', () => {
    const out = withHonorifics(doc, always, { single: 1, multi: 1 });
    expect(out.text).toContain('President Jones');
  });

  it('leaves the document as it is at rate zero, and is deterministic for a seed', () => {
    expect(withHonorifics(doc, always, { single: 0, multi: 0 })).toEqual(doc);
    const docs = Array.from({ length: 20 }, () => doc);
    expect(addHonorifics(docs, 7)).toEqual(addHonorifics(docs, 7));
  });
});
