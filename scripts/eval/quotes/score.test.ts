import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QuoteFact } from '../../../lambdas/extract/types.js';
import { evaluateSplit } from '../quotes.js';
import { loadSplit, parseAnnotations, quotedMask } from './polnear.js';
import { emptyCounts, groupPredictions, scoreDocument, spansMatch, summarize } from './score.js';

const mini = fileURLToPath(new URL('../../../test/fixtures/facts/polnear-mini', import.meta.url));

const quote = (content: [number, number], speaker: [number, number], cue: number, direct = true): QuoteFact => ({
  type: 'quote', sentence: 0, start: 0, end: 1, confidence: 1, direct,
  content: { start: content[0], end: content[1], text: '' },
  speaker: { start: speaker[0], end: speaker[1], text: '' },
  cue: { start: cue, end: cue + 4, text: 'said' },
});

describe('PolNeAR reader', () => {
  it('reads discontinuous spans in order, keeps the first annotator and flags direct quotes', () => {
    const [doc] = loadSplit(mini, 'train');
    expect(doc.name).toBe('mini_2016-01-01_sample');
    expect(doc.attributions).toHaveLength(2);
    const [smith, jones] = doc.attributions;
    expect(smith.content!.pieces.map((p) => doc.text.slice(p.start, p.end))).toEqual(['“We will win,”', '“The polls agree.”']);
    expect(smith.direct).toBe(true);
    expect(jones.direct).toBe(false);
    expect(doc.text.slice(jones.source!.start, jones.source!.end)).toBe('Jones');
  });

  it('counts a paragraph that reopens a quote as quoted', () => {
    const text = '“One.\n\n“Two,” he said.';
    const mask = quotedMask(text);
    expect(mask[text.indexOf('One')]).toBe(1);
    expect(mask[text.indexOf('Two')]).toBe(1);
    expect(mask[text.indexOf('he')]).toBe(0);
  });

  it('counts two-apostrophe quotes as quoted', () => {
    const text = "''We lose,'' he said.";
    const mask = quotedMask(text);
    expect(mask[text.indexOf('We')]).toBe(1);
    expect(mask[text.indexOf('he')]).toBe(0);
  });

  it('returns nothing for a missing split', () => {
    expect(loadSplit(mini, 'dev')).toEqual([]);
    expect(parseAnnotations('', 'text')).toEqual([]);
  });
});

describe('scoring', () => {
  it('matches spans that overlap at least half of both', () => {
    expect(spansMatch([{ start: 0, end: 10 }], [{ start: 5, end: 15 }])).toBe(true);
    expect(spansMatch([{ start: 0, end: 10 }], [{ start: 6, end: 30 }])).toBe(false);
    expect(spansMatch([{ start: 0, end: 4 }, { start: 10, end: 14 }], [{ start: 0, end: 14 }])).toBe(true);
  });

  it('groups facts sharing speaker and cue into one attribution', () => {
    const groups = groupPredictions([quote([1, 13], [15, 20], 21), quote([28, 44], [15, 20], 21), quote([60, 70], [50, 55], 56, false)]);
    expect(groups).toHaveLength(2);
    expect(groups[0].content).toHaveLength(2);
  });

  it('scores precision, recall, speaker accuracy and attribution recall on the mini corpus', () => {
    const [doc] = loadSplit(mini, 'train');
    const t = doc.text;
    const at = (s: string, from = 0) => [t.indexOf(s, from), t.indexOf(s, from) + s.length] as [number, number];
    const counts = emptyCounts();
    scoreDocument([
      quote(at('We will win'), at('Smith'), t.indexOf('said')),
      quote(at('The polls agree.'), at('Smith'), t.indexOf('said')),
      quote(at('the race was close'), at('Jones'), t.indexOf('said', 30), false),
      quote(at('Jones said the race'), [0, 1], 0),
    ], doc.attributions, counts);
    expect(counts).toMatchObject({ goldDirect: 1, predictedDirect: 2, matchedDirect: 1, speakerChecked: 1, speakerCorrect: 1, goldAll: 2, matchedAll: 2, predictedAll: 3 });
    expect(summarize(counts)).toMatchObject({ directPrecision: 0.5, directRecall: 1, speakerAccuracy: 1, attributionRecall: 1, attributionPrecision: 2 / 3, attributionF1: 0.8 });
  });

  it('runs the whole pipeline over a split', () => {
    const { counts } = evaluateSplit(loadSplit(mini, 'train'));
    expect(counts.goldDirect).toBe(1);
    expect(counts.matchedDirect).toBe(1);
    expect(counts.speakerCorrect).toBe(1);
  });
});
