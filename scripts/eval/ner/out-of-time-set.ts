// The project's own out-of-time NER check: 30 BBC News stories from 2004–05 (six per topic, the
// stories of 1,000–1,800 bytes taken at even steps through each topic's sorted file list),
// annotated by hand with CoNLL-2003 PER/ORG/LOC/MISC spans before any tuning and kept out of it
// (and out of the word clusters' unlabeled text). Only the annotations are stored: the story's
// place in the research data folder, a SHA-256 of the file, and [start, end, type] character
// offsets into the file read as UTF-8. The text itself is read from the data folder.
// A second, smaller set of 10 other BBC stories (bbc-tuning.json, annotated the same way) is the
// one that may be looked at and tuned on, so that the out-of-time set can stay untouched.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSES } from '../../../lambdas/extract/entities/labels.js';
import type { RawDocument } from '../../train/conll.js';

export const OUT_OF_TIME_SET = new URL('./bbc-out-of-time.json', import.meta.url);
export const BBC_TUNING_SET = new URL('./bbc-tuning.json', import.meta.url);

export interface OutOfTimeStory {
  /** "bbc-news-fulltext/sport/129.txt", relative to the research data folder. */
  path: string;
  sha256: string;
  spans: [start: number, end: number, type: string][];
}

export function loadOutOfTimeSet(file: URL | string = OUT_OF_TIME_SET): OutOfTimeStory[] {
  return JSON.parse(readFileSync(file, 'utf8')) as OutOfTimeStory[];
}

/** Data-folder paths of the set's stories, so that training can leave them out of its unlabeled text. */
export function outOfTimePaths(): Set<string> {
  return new Set(loadOutOfTimeSet().map((s) => s.path));
}

/** Data-folder paths of the BBC tuning set's stories, for lists that should treat them as unseen too. */
export function tuningPaths(): Set<string> {
  return new Set(loadOutOfTimeSet(BBC_TUNING_SET).map((s) => s.path));
}

/**
 * The stories of a set (default: the out-of-time set) as raw documents with gold spans. Stories missing from the data folder, or whose
 * bytes differ from the annotated file, are reported in `problems` and left out.
 */
export function outOfTimeDocuments(dataDir: string, set: URL | string = OUT_OF_TIME_SET): { docs: RawDocument[]; problems: string[] } {
  const docs: RawDocument[] = [];
  const problems: string[] = [];
  for (const story of loadOutOfTimeSet(set)) {
    const file = join(dataDir, story.path);
    if (!existsSync(file)) {
      problems.push(`${story.path}: not found`);
      continue;
    }
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== story.sha256) {
      problems.push(`${story.path}: differs from the annotated file (SHA-256)`);
      continue;
    }
    const gold = story.spans.map(([start, end, type]) => ({ start, end, cls: (CLASSES as readonly string[]).indexOf(type) }));
    docs.push({ text: bytes.toString('utf8'), gold });
  }
  return { docs, problems };
}
