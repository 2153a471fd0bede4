// A small, strict-enough XML reader for feeds: elements, attributes, text, CDATA; comments,
// processing instructions and DOCTYPE skipped. Unbalanced or unclosed tags are reported as
// malformed. Undeclared named entities (&nbsp; in sloppy feeds) are kept as written for the HTML
// step to decode.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; message: string; tooDeep?: boolean };

/** Deeper nesting is refused: the readers of the tree recurse. */
export const MAX_XML_DEPTH = 500;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

export function parseXml(text: string): XmlParseResult {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const fail = (message: string): XmlParseResult => ({ ok: false, message: `${message} at character ${i}` });
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
  };

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i) {
      const raw = text.slice(i, textEnd);
      if (stack.length) append(decodeXmlEntities(raw));
      else if (raw.trim()) return fail('Text outside the root element');
      i = textEnd;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return fail('Unclosed comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) return fail('Unclosed CDATA section');
      if (!stack.length) return fail('CDATA outside the root element');
      append(text.slice(i + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return fail('Unclosed processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      const end = skipDeclaration(text, i);
      if (end < 0) return fail('Unclosed declaration');
      i = end;
    } else if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const close = m ? text.indexOf('>', NAME.lastIndex) : -1;
      if (!m || close < 0 || text.slice(NAME.lastIndex, close).trim()) return fail('Bad end tag');
      const open = stack.pop();
      if (!open || open.name !== m[0]) return fail(`End tag </${m[0]}> does not match <${open?.name ?? 'nothing'}>`);
      i = close + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) return fail('Stray "<"');
      const element: XmlElement = { name: m[0], attributes: {}, children: [] };
      let j = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const a = ATTRIBUTE.exec(text);
        if (!a) break;
        element.attributes[a[1]] = decodeXmlEntities(a[2] ?? a[3] ?? '');
        j = ATTRIBUTE.lastIndex;
      }
      while (j < text.length && /\s/.test(text[j])) j++;
      const selfClosing = text.startsWith('/>', j);
      if (!selfClosing && text[j] !== '>') return fail(`Bad start tag <${m[0]}>`);
      i = j + (selfClosing ? 2 : 1);
      if (!stack.length) {
        if (root) return fail('Second root element');
        root = element;
      } else append(element);
      if (!selfClosing) stack.push(element);
      if (stack.length > MAX_XML_DEPTH) return { ok: false, message: `Elements nest more than ${MAX_XML_DEPTH} levels deep`, tooDeep: true };
    }
  }
  if (stack.length) return fail(`Unclosed element <${stack[stack.length - 1].name}>`);
  if (!root) return fail('No root element');
  return { ok: true, root };
}

/** Skips <!DOCTYPE …> including an internal subset in brackets. */
function skipDeclaration(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 2; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name || localName(c.name) === name));
}

export function firstChild(element: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
    if (found) return found;
  }
  for (const name of names) {
    const found = element.children.find((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === name && !name.includes(':'));
    if (found) return found;
  }
  return undefined;
}

/** Concatenated character data of an element and its descendants. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Children serialized back to markup (for Atom xhtml content). */
export function serializeChildren(element: XmlElement): string {
  return element.children
    .map((c) => {
      if (typeof c === 'string') return c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const attrs = Object.entries(c.attributes).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
      return `<${localName(c.name)}${attrs}>${serializeChildren(c)}</${localName(c.name)}>`;
    })
    .join('');
}
