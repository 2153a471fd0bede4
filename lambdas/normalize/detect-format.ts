// What an input is, by its content first and its file extension second (a wrong extension must
// not break it; the extension only settles what content leaves open).

export type Format = 'text' | 'html' | 'json' | 'xml' | 'sgml';

export interface BinarySignature {
  kind: 'binary' | 'unsupported';
  name: string;
}

const SIGNATURES: [number[], BinarySignature][] = [
  [[0x25, 0x50, 0x44, 0x46], { kind: 'unsupported', name: 'PDF document' }],
  [[0x50, 0x4b, 0x03, 0x04], { kind: 'unsupported', name: 'ZIP archive (or DOCX/ODT document)' }],
  [[0xd0, 0xcf, 0x11, 0xe0], { kind: 'unsupported', name: 'legacy Office document' }],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], { kind: 'unsupported', name: 'RTF document' }],
  [[0x42, 0x5a, 0x68], { kind: 'unsupported', name: 'bzip2 archive' }],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], { kind: 'unsupported', name: 'xz archive' }],
  [[0x89, 0x50, 0x4e, 0x47], { kind: 'binary', name: 'PNG image' }],
  [[0xff, 0xd8, 0xff], { kind: 'binary', name: 'JPEG image' }],
  [[0x47, 0x49, 0x46, 0x38], { kind: 'binary', name: 'GIF image' }],
  [[0x7f, 0x45, 0x4c, 0x46], { kind: 'binary', name: 'executable' }],
];

export function binarySignature(bytes: Uint8Array): BinarySignature | null {
  for (const [magic, signature] of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte)) return signature;
  }
  return null;
}

/** Share of characters that are controls or decoding replacements; text has almost none. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (!sample) return false;
  const odd = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd >= 4 && odd / sample.length > 0.1;
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const withoutGz = base.replace(/\.gz$/i, '');
  const dot = withoutGz.lastIndexOf('.');
  return dot > 0 ? withoutGz.slice(dot + 1).toLowerCase() : '';
}

const EXTENSION_FORMAT: Record<string, Format> = {
  txt: 'text', text: 'text', html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  json: 'json', ndjson: 'json', jsonl: 'json', xml: 'xml', rss: 'xml', atom: 'xml', rdf: 'xml', sgm: 'sgml', sgml: 'sgml',
};

const HTML_ROOTS = /^(?:html|head|body|article|main|section|div|p|h[1-6]|header|span|table|ul|ol|figure|blockquote|a|b|i|em|strong|meta|title|link|br|img)$/i;
const JSON_START = /^(?:\{\s*(?:"|\})|\[\s*(?:[{["\]]|-?\d|true\b|false\b|null\b))/;

export function detectFormat(text: string, fileName: string): Format {
  const head = text.slice(0, 4096).replace(/^[\s\uFEFF]+/, '');
  const ext = EXTENSION_FORMAT[extensionOf(fileName)];
  if (JSON_START.test(head)) return 'json';
  if (ext === 'json' && /^[{[]/.test(head) && /[}\]]\s*$/.test(text.slice(-64))) return 'json';
  if (/^(?:<!DOCTYPE\s+lewis\b|<REUTERS\b)/i.test(head)) return 'sgml';
  if (head.startsWith('<')) {
    if (/^<!DOCTYPE\s+html/i.test(head)) return 'html';
    const root = firstElementName(head);
    if (root === null) return /^<\?xml/i.test(head) ? 'xml' : ext === 'html' ? 'html' : 'text';
    if (/^(?:rss|rdf:RDF|feed)$/i.test(root) || root.includes(':')) return 'xml';
    if (HTML_ROOTS.test(root)) return 'html';
    if (/^<\?xml/i.test(head) || ext === 'xml') return 'xml';
    return ext === 'html' ? 'html' : 'xml';
  }
  // Text before the markup (a stray line, a server banner) does not make a page plain text.
  if (/<html[\s>]|<body[\s>]/i.test(head)) return 'html';
  if (ext === 'html' && (head.match(/<\/?(?:p|div|br|a|span|h[1-6])\b[^>]*>/gi)?.length ?? 0) >= 3) return 'html';
  return 'text';
}

/** Name of the first element, skipping XML declarations, comments and doctype; null if none. */
function firstElementName(head: string): string | null {
  const stripped = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '').trimStart();
  const m = /^<([A-Za-z][\w.:-]*)/.exec(stripped);
  return m ? m[1] : null;
}
