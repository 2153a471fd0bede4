import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOutOfTimeSet } from '../eval/ner/out-of-time-set.js';
import { unlabeledNews } from './word-clusters.js';

describe('unlabeled news for the word clusters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-clusters-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const heldOut = loadOutOfTimeSet()[0].path; // e.g. bbc-news-fulltext/business/039.txt
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put(heldOut, 'A held-out story.');
  put('bbc-news-fulltext/business/999.txt', 'Café owners in Zürich.');
  put('polnear/train/text/site_2016-01-01_story.txt', 'A recent story.');
  put('polnear/dev/text/site_2016-01-02_story.txt', 'A development story.');

  it('reads BBC stories as UTF-8, recent PolNeAR training articles, and leaves the out-of-time stories out', () => {
    const texts = unlabeledNews(dir);
    expect(texts).toContain('Café owners in Zürich.');
    expect(texts).toContain('A recent story.');
    expect(texts).not.toContain('A held-out story.');
    expect(texts).not.toContain('A development story.');
  });

  it('leaves out further stories and the CoNLL training text when asked', () => {
    put('conll2003/eng.train', '-DOCSTART- -X- -X- O\n\nTraining NN O O\ntext NN O O\n');
    expect(unlabeledNews(dir).some((t) => t.includes('Training'))).toBe(true);
    const texts = unlabeledNews(dir, { leaveOut: new Set(['bbc-news-fulltext/business/999.txt']), conllTrain: false });
    expect(texts).toEqual(['A recent story.']);
  });
});
