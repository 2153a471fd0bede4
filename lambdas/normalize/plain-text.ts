// Plain-text stories: an optional header (a feed's "date 2022-02-17 (@handle)" line or a block of
// "Title:/Date:/Source:" fields), an optional headline line, a byline, a dateline. Header lines are
// metadata and leave the body; the headline becomes the title (so it still heads `text`); the
// byline and dateline stay in the body as written.
import type { Article } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanRaw, foldSpaces, joinParagraphs, toParagraphs, type Paragraph } from './clean-text.js';
import { parseDateline } from './dateline.js';
import { parsePublishedAt } from './dates.js';
import { languageTag } from './language.js';

const SUBMISSION_HEADER = /^[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*(?:\(\s*(@[\w.]+)\s*\))?[ \t]*$/i;
const HEADER_FIELD = /^[ \t]*(title|headline|date|published|source|publisher|author|byline|url|link|language|lang|dateline)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|al|bin|and))*)(?:\s*[,|–—-]|\s*$)/u;

interface Header {
  title?: string;
  publishedAt?: string | null;
  submittedBy?: string;
  sources?: string[];
  author?: string;
  url?: string;
  language?: string | null;
  dateline?: string;
}

export function normalizePlainText(raw: string): Article {
  const { header, rest } = readHeader(cleanRaw(raw));
  const paragraphs = toParagraphs(rest);
  let title = header.title ?? null;
  if (!title && isHeadline(paragraphs)) title = paragraphs.shift()!.text;
  const body = joinParagraphs(paragraphs.map((p) => p.text));
  const byline = paragraphs.slice(0, 3).map((p) => BYLINE.exec(p.text)).find(Boolean);
  return assembleArticle({
    format: 'text',
    title,
    body,
    publishedAt: header.publishedAt ?? null,
    sources: header.sources,
    language: header.language ?? null,
    url: header.url ?? null,
    author: header.author ?? byline?.[1] ?? null,
    submittedBy: header.submittedBy ?? null,
    dateline: header.dateline ?? null,
  });
}

/** Header lines at the very top: a submission line, or a block of known "Field: value" lines ended by a blank line. */
function readHeader(text: string): { header: Header; rest: string } {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && lines[start].trim() === '') start++;
  const submission = SUBMISSION_HEADER.exec(lines[start] ?? '');
  if (submission) {
    return {
      header: { publishedAt: parsePublishedAt(submission[1]), submittedBy: submission[2] },
      rest: lines.slice(start + 1).join('\n'),
    };
  }
  let end = start;
  while (end < lines.length && HEADER_FIELD.test(lines[end])) end++;
  const endsWithBlank = end < lines.length && lines[end].trim() === '';
  if (end - start < 2 || !endsWithBlank) return { header: {}, rest: text };
  const header: Header = {};
  for (const line of lines.slice(start, end)) {
    const [, key, value] = HEADER_FIELD.exec(line)!;
    const field = key.toLowerCase();
    const v = foldSpaces(value);
    if (!v) continue;
    if (field === 'title' || field === 'headline') header.title = v;
    else if (field === 'date' || field === 'published') header.publishedAt = parsePublishedAt(v);
    else if (field === 'source' || field === 'publisher') header.sources = v.split(/\s*[/;]\s*/).filter(Boolean);
    else if (field === 'author' || field === 'byline') header.author = v.replace(/^by\s+/i, '');
    else if (field === 'url' || field === 'link') header.url = v;
    else if (field === 'language' || field === 'lang') header.language = languageTag(v);
    else if (field === 'dateline') header.dateline = v;
  }
  return { header, rest: lines.slice(end).join('\n') };
}

/** A first paragraph that is one short line without closing punctuation, followed by the story. */
function isHeadline(paragraphs: Paragraph[]): boolean {
  const [first, next] = paragraphs;
  if (!first || !next || first.lineCount !== 1) return false;
  const text = first.text;
  const words = text.split(' ').length;
  if (text.length > 200 || words > 25) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  if (/^[-–—*•·>#]/.test(text)) return false;
  if (parseDateline(text) || BYLINE.test(text)) return false;
  return true;
}
