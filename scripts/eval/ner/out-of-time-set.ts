// The project's own out-of-time NER check: 30 BBC News stories from 2004–05 (six per topic, the
// stories of 1,000–1,800 bytes taken at even steps through each topic's sorted file list),
// annotated by hand with CoNLL-2003 PER/ORG/LOC/MISC spans before any tuning and kept out of it
// (and out of the word clusters' unlabeled text). Only the annotations are stored: the story's
// place in the research data folder, a SHA-256 of the file, and [start, end, type] character
// offsets into the file read as UTF-8. The text itself is read from the data folder.
// The tuning set, the one that may be looked at and tuned on so that the out-of-time set can stay
// untouched, is 30 other stories annotated the same way: 10 BBC stories (bbc-tuning.json), then
// 10 more BBC stories and 10 Reuters-21578 stories of October 1987 (tuning-2.json). A Reuters
// story is named by its SGML file and NEWID; its text is what the pipeline makes of the record
// (reutersStoryText), and its SHA-256 is of that text, so a change of the normalizer that moves
// the annotated offsets shows up as a story that "differs" rather than as wrong scores.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSES } from '../../../lambdas/extract/entities/labels.js';
import { articleText } from '../../../lambdas/normalize/article.js';
import { normalizeReutersSgml } from '../../../lambdas/normalize/reuters-sgml.js';
import type { RawDocument } from '../../train/conll.js';

export const OUT_OF_TIME_SET = new URL('./bbc-out-of-time.json', import.meta.url);
export const BBC_TUNING_SET = new URL('./bbc-tuning.json', import.meta.url);
export const TUNING_SET_2 = new URL('./tuning-2.json', import.meta.url);
/** Every story that may be tuned on: the first 10 BBC stories, then the 20 of the second set. */
export const TUNING_SETS = [BBC_TUNING_SET, TUNING_SET_2] as const;

export interface OutOfTimeStory {
  /** "bbc-news-fulltext/sport/129.txt" or "reuters21578/reut2-020.sgm", relative to the research data folder. */
  path: string;
  /** For a Reuters-21578 SGML file: the story's NEWID. */
  newid?: number;
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

/** Data-folder paths of the BBC tuning sets' stories (BBC files only), for lists that should treat them as unseen too. */
export function tuningPaths(): Set<string> {
  return new Set(TUNING_SETS.flatMap((set) => loadOutOfTimeSet(set).filter((s) => s.newid === undefined).map((s) => s.path)));
}

/**
 * The text of one Reuters-21578 story (file read as Latin-1) as the pipeline reads it: the record
 * through newsfacts' own Reuters SGML normalizer (entities decoded, hard-wrapped lines joined into
 * paragraphs, the dateline at the head of the body, the "Reuter" sign-off dropped), then title and
 * body as `extract` joins them. Undefined when the file has no such story or it has no text.
 */
export function reutersStoryText(sgml: string, newid: number): string | undefined {
  const at = sgml.indexOf(`NEWID="${newid}"`);
  if (at < 0) return undefined;
  const open = sgml.lastIndexOf('<REUTERS', at);
  const close = sgml.indexOf('</REUTERS>', at);
  if (open < 0 || close < 0) return undefined;
  const result = normalizeReutersSgml(sgml.slice(open, close + '</REUTERS>'.length));
  return result.ok ? articleText(result.articles[0]) : undefined;
}

/** A story's text as annotated: the file as UTF-8, or for a Reuters story its title and body. */
export function storyText(bytes: Buffer, story: Pick<OutOfTimeStory, 'newid'>): string | undefined {
  return story.newid === undefined ? bytes.toString('utf8') : reutersStoryText(bytes.toString('latin1'), story.newid);
}

/**
 * The stories of a set (default: the out-of-time set) as raw documents with gold spans. Stories missing from the data folder, or whose
 * bytes differ from the annotated file, are reported in `problems` and left out.
 */
export function outOfTimeDocuments(
  dataDir: string,
  set: URL | string = OUT_OF_TIME_SET,
): { docs: RawDocument[]; stories: OutOfTimeStory[]; problems: string[] } {
  const docs: RawDocument[] = [];
  const stories: OutOfTimeStory[] = [];
  const problems: string[] = [];
  for (const story of loadOutOfTimeSet(set)) {
    const file = join(dataDir, story.path);
    if (!existsSync(file)) {
      problems.push(`${story.path}: not found`);
      continue;
    }
    const name = story.newid === undefined ? story.path : `${story.path} NEWID ${story.newid}`;
    const text = storyText(readFileSync(file), story);
    if (text === undefined) {
      problems.push(`${name}: no such story`);
      continue;
    }
    const bytes = story.newid === undefined ? readFileSync(file) : Buffer.from(text, 'utf8');
    if (createHash('sha256').update(bytes).digest('hex') !== story.sha256) {
      problems.push(`${name}: differs from the annotated ${story.newid === undefined ? 'file' : 'text (SHA-256 of the normalized story)'}`);
      continue;
    }
    const gold = story.spans.map(([start, end, type]) => ({ start, end, cls: (CLASSES as readonly string[]).indexOf(type) }));
    docs.push({ text, gold });
    stories.push(story);
  }
  return { docs, stories, problems };
}
