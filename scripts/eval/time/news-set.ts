// The project's own TIMEX3 test set: 22 news stories (12 Reuters-21578, 10 BBC) annotated by hand
// for this repository, kept out of tuning. Only the annotations are stored (news-set.json: the
// story's place in the research data folder, the creation time chosen and why, and each
// expression's offsets, text, type and value); the story text is read from the data folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldTimex } from './timeml.js';

export interface NewsSetStory {
  /** "reuters21578/reut2-014.sgm#14030" (file and NEWID) or "bbc-news-fulltext/tech/020.txt". */
  path: string;
  dct: string;
  /** How the creation time was derived. */
  dctBasis: string;
  timex: GoldTimex[];
}

/** The text the offsets count in: a Reuters story's <BODY> with the SGML entities decoded, or a
 * BBC file as it is (headline, blank line, body). Null when the data folder lacks the file. */
export function newsSetText(dataDir: string, path: string): string | null {
  const [file, newId] = path.split('#');
  const full = join(dataDir, file);
  if (!existsSync(full)) return null;
  if (!newId) return readFileSync(full, 'utf8');
  const raw = readFileSync(full, 'latin1');
  const start = raw.indexOf(`NEWID="${newId}"`);
  if (start < 0) return null;
  const story = raw.slice(start, raw.indexOf('</REUTERS>', start));
  const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story)?.[1];
  if (body === undefined) return null;
  return body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#\d+;/g, '');
}

export function loadNewsSet(file: string): NewsSetStory[] {
  return JSON.parse(readFileSync(file, 'utf8')) as NewsSetStory[];
}
