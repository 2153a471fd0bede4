// Reads a TimeML (.tml) document: the plain text of <TEXT> with every tag removed and character
// references decoded, the document creation time, and the gold TIMEX3 spans as offsets into that text.

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** TIMEX3 value of the document creation time (ISO date or datetime). */
  dct: string;
  text: string;
  timex: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function parseTimeML(xml: string, id = ''): TimeMLDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attribute(dctTag, 'value') : undefined;
  if (!dct) throw new Error(`${id}: no document creation time`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${id}: no <TEXT> element`);

  let text = '';
  const timex: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  // Walk tags and text runs; decode each text run as it is appended so offsets index the decoded text.
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const piece = m[0];
    if (piece[0] !== '<') {
      text += decodeEntities(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) {
      open.push({ start: text.length, type: attribute(piece, 'type') ?? '', value: attribute(piece, 'value') ?? '' });
      if (piece.endsWith('/>')) open.pop(); // empty (non-consuming) timexes have no extent
    } else if (piece === '</TIMEX3>') {
      const t = open.pop();
      if (t) timex.push({ start: t.start, end: text.length, text: text.slice(t.start, text.length), type: t.type, value: t.value });
    }
  }
  return { id, dct, text, timex };
}
