// Reuters-21578 SGML (reut2-*.sgm): a file of <REUTERS> records, each with DATE, TITLE,
// DATELINE and BODY (TYPE="BRIEF" records have a title only, TYPE="UNPROC" raw text only).
// The dateline is part of the story's text as printed, so it stays at the head of the body.
import type { Article, NormalizeResult, SkippedItem } from './article.js';
import { assembleArticle } from './assemble.js';
import { cleanInline, joinParagraphs, toParagraphs } from './clean-text.js';
import { readingCase } from './dateline.js';
import { parsePublishedAt } from './dates.js';

const RECORD = /<REUTERS\b[^>]*>([\s\S]*?)<\/REUTERS>/g;

export function looksLikeReutersSgml(text: string): boolean {
  return /^\s*(?:<!DOCTYPE\s+lewis\b|<REUTERS\b)/i.test(text);
}

export function normalizeReutersSgml(text: string): NormalizeResult {
  const articles: Article[] = [];
  const skipped: SkippedItem[] = [];
  let index = 0;
  for (const match of text.matchAll(RECORD)) {
    const record = match[1];
    const article = recordToArticle(record);
    if (article) articles.push(article);
    else skipped.push({ index, error: { code: 'NO_ARTICLE_TEXT', message: `<REUTERS> record ${index + 1} has no title or text.` } });
    index++;
  }
  const opened = text.match(/<REUTERS\b/g)?.length ?? 0;
  if (opened > index) {
    if (index === 0) return { ok: false, error: { code: 'MALFORMED_XML', message: 'A <REUTERS> record is not closed.' } };
    skipped.push({ index, error: { code: 'MALFORMED_XML', message: `${opened - index} <REUTERS> record(s) are not closed.` } });
  }
  if (articles.length === 0) {
    return { ok: false, error: skipped[0]?.error ?? { code: 'NO_ARTICLE_TEXT', message: 'The SGML file holds no <REUTERS> records.' } };
  }
  return skipped.length ? { ok: true, articles, skipped } : { ok: true, articles };
}

function recordToArticle(record: string): Article | null {
  const title = cleanInline(decodeSgml(element(record, 'TITLE') ?? ''));
  const dateline = cleanInline(decodeSgml(element(record, 'DATELINE') ?? ''));
  let bodyRaw = element(record, 'BODY');
  if (bodyRaw === null) {
    // UNPROC records: the whole TEXT is the story, without inner elements.
    const textElement = element(record, 'TEXT');
    bodyRaw = textElement !== null && !/<TITLE>|<BODY>/.test(textElement) ? textElement : '';
  }
  const paragraphs = withoutSignOff(toParagraphs(decodeSgml(bodyRaw)).map((p) => p.text));
  if (dateline && paragraphs.length) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
  else if (dateline) paragraphs.push(dateline);
  const body = joinParagraphs(paragraphs);
  if (!title && !body) return null;
  return assembleArticle({
    format: 'sgml',
    title: title || null,
    body,
    publishedAt: parsePublishedAt(decodeSgml(element(record, 'DATE') ?? '')),
    // The records are Reuters wire copy (each story is signed "Reuter", removed above).
    sources: ['Reuters'],
    dateline: datelinePlace(dateline),
  });
}

/**
 * Each story ends with the wire's sign-off, "Reuter", as its own paragraph or after the last
 * sentence. It is the source (kept in `sources`), not text: left in, the recognizer read it as a
 * person named in nearly every story.
 */
function withoutSignOff(paragraphs: string[]): string[] {
  const last = paragraphs.at(-1);
  if (last === undefined) return paragraphs;
  if (/^Reuters?$/i.test(last)) return paragraphs.slice(0, -1);
  const trimmed = last.replace(/([.!?"')\]])\s+Reuters?$/i, '$1');
  return trimmed === last ? paragraphs : [...paragraphs.slice(0, -1), trimmed];
}

/** The place of a DATELINE element ("    WEST HARTFORD, Conn., FEb 26 - "): the text before the first comma. */
function datelinePlace(dateline: string): string | null {
  const place = /^([^,]+?)\s*(?:,|[-–]\s*$)/.exec(dateline)?.[1]?.trim();
  if (!place || !/\p{L}/u.test(place) || place.length > 40) return null;
  return /\p{Ll}/u.test(place) ? place : readingCase(place);
}

function element(record: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(record);
  return m ? m[1] : null;
}

const SGML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character references and the five basic entities; control characters they produce are dropped later. */
function decodeSgml(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|lt|gt|amp|quot|apos);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return SGML_ENTITIES[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
