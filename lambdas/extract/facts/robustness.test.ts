import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../quantities/index.js';
import { extractFacts } from './index.js';
import { factContext, type EntitySpec } from '../../../test/support/fact-context.js';

const pieces = [
  'Smith', 'Tom Jones', 'he', 'She', 'the official', 'said', 'told', 'reporters', 'that', 'according to', 'adding',
  '“', '”', '"', "''", '‘', '’', '«', '»', ',', '.', ':', '\n\n', '\n', ' ', 'the', 'plan', 'will', 'work', 'met with',
  'are members of', 'OPEC+', 'signed an agreement with', 'Acme', '$5bn', '50%', 'almost', '7.2 million', 'doses',
  'Deputy Prime Minister', 'Russian', ', the', 'chief executive of', '(', ')', 'Mr.', 'Dr.', 'rose by',
];
const specs: EntitySpec[] = [
  { id: 'per-tom-jones', type: 'PERSON', forms: ['Tom Jones', 'Smith'] },
  { id: 'org-acme', type: 'ORGANIZATION', forms: ['Acme', 'OPEC+'] },
  { id: 'norp-russian', type: 'NORP', forms: ['Russian'], relatedTo: 'loc-russia' },
];

describe('extractFacts on arbitrary text', () => {
  it('never throws, and every fact points into the text at a real sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const ctx = factContext(text, specs);
        const facts = extractFacts({ ...ctx, quantities: extractQuantities(ctx) });
        for (const f of facts) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(ctx.sentences[f.sentence]).toBeDefined();
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          if (f.type === 'quote') {
            expect(text.slice(f.content.start, f.content.end)).toBe(f.content.text);
            expect(text.slice(f.speaker.start, f.speaker.end)).toBe(f.speaker.text);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
