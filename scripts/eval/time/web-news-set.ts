// The second own TIMEX3 set (issue 14): short stories written for this repository in the style of
// present-day web news (weekdays around the publication date, "09:30 GMT", "for now"), annotated
// inline in TIMEX3 before the tagger was run on them. The text is ours, so it is stored with the
// annotations (web-news-set.json); each story's `timeml` is read as TimeML's <TEXT> is.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeML, type TimeMLDocument } from './timeml.js';

/** The batches in the order they were written (docs/quality/time.md, "Web-news set"): batch 1 is web-news-set.json. */
export const WEB_NEWS_SET_FILES: string[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((n) =>
  join(dirname(fileURLToPath(import.meta.url)), n === 1 ? 'web-news-set.json' : `web-news-set-${n}.json`),
);

export interface WebNewsStory {
  id: string;
  /** Publication date (the document creation time). */
  dct: string;
  /** Story text with inline <TIMEX3 type value>…</TIMEX3> annotations. */
  timeml: string;
}

export function webNewsDocument(story: WebNewsStory): TimeMLDocument {
  const escaped = story.timeml.replace(/&/g, '&amp;');
  return parseTimeML(`<DCT><TIMEX3 value="${story.dct}"/></DCT><TEXT>${escaped}</TEXT>`, story.id);
}

export function loadWebNewsSet(file: string): TimeMLDocument[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as WebNewsStory[]).map(webNewsDocument);
}
