// Reads PolNeAR (brat standoff): one text per article, attribution relations as source/cue/content spans.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Piece {
  start: number;
  end: number;
}

/** A span of brat: one or more disjoint pieces, in text order. */
export interface GoldSpan {
  pieces: Piece[];
  start: number;
  end: number;
}

export interface GoldAttribution {
  source?: GoldSpan;
  cue?: GoldSpan;
  content?: GoldSpan;
  /** Content is mostly verbatim: at least half of its letters lie inside quotation marks. */
  direct: boolean;
}

export interface GoldDocument {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

function parseSpan(offsets: string): GoldSpan {
  const pieces = offsets
    .split(';')
    .map((part) => {
      const [start, end] = part.trim().split(/\s+/).map(Number);
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  return { pieces, start: pieces[0].start, end: pieces[pieces.length - 1].end };
}

/**
 * Which characters of `text` lie inside a double-quoted passage (“…”, "…", ''…''), paragraph by
 * paragraph, with the news convention that an unclosed quote reopens on the next paragraph.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // Two apostrophes or backticks are a double quote in newspaper archives (NYT: ''…'').
    const pair = (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`');
    if (c === '“' || c === '«' || (pair && c === '`')) { open = i; if (pair) i++; continue; }
    if (c === '”' || c === '»') { if (open >= 0) mask.fill(1, open, i + 1); open = -1; continue; }
    if (c === '"' || pair) {
      const end = pair ? i + 2 : i + 1;
      if (open >= 0) { mask.fill(1, open, end); open = -1; } else open = i;
      if (pair) i++;
      continue;
    }
    if (c === '\n' && open >= 0 && text[i + 1] === '\n') {
      // Paragraph ends inside a quote: keep it only if the next paragraph reopens.
      mask.fill(1, open, i);
      open = -1;
    }
  }
  return mask;
}

function isDirect(text: string, mask: Uint8Array, span: GoldSpan): boolean {
  let letters = 0;
  let quoted = 0;
  for (const p of span.pieces) {
    for (let i = p.start; i < p.end; i++) {
      if (!/\p{L}/u.test(text[i])) continue;
      letters++;
      if (mask[i]) quoted++;
    }
  }
  return letters > 0 && quoted * 2 >= letters;
}

export function parseAnnotations(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { kind: string; span: GoldSpan }>();
  const relations: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) { spans.set(t[1], { kind: t[2], span: parseSpan(t[3]) }); continue; }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) {
      const roles: Record<string, string> = {};
      for (const part of e[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        roles[role.replace(/\d+$/, '')] = id;
      }
      relations.push(roles);
    }
  }
  const mask = quotedMask(text);
  const out: GoldAttribution[] = [];
  for (const roles of relations) {
    const get = (role: string) => (roles[role] ? spans.get(roles[role])?.span : undefined);
    const content = get('Content');
    out.push({ source: get('Source'), cue: get('Cue'), content, direct: content ? isDirect(text, mask, content) : false });
  }
  return out;
}

/** Loads one split (train or dev); with several annotators of one article, the first file by name. */
export function loadSplit(polnearDir: string, split: 'train' | 'dev'): GoldDocument[] {
  const textDir = join(polnearDir, split, 'text');
  const annDir = join(polnearDir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const annByDoc = new Map<string, string>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const doc = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!annByDoc.has(doc)) annByDoc.set(doc, file);
  }
  const docs: GoldDocument[] = [];
  for (const [doc, annFile] of [...annByDoc].sort()) {
    const textPath = join(textDir, `${doc}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    docs.push({ name: doc, text, attributions: parseAnnotations(readFileSync(join(annDir, annFile), 'utf8'), text) });
  }
  return docs;
}
