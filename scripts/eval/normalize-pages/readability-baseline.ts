// The baseline the issue asks to beat: Readability.js alone on the same pages, with none of
// normalize's cleaning. The page is decoded as normalize decodes it (charset, stray NULs), parsed
// by the same linkedom, and Readability's content element turned into one paragraph per block
// (its textContent would run the words of adjacent paragraphs together).
import { decodeBytes } from '../../../lambdas/normalize/decode-text.js';
import { joinParagraphs } from '../../../lambdas/normalize/clean-text.js';
import { type DomNode, loadLinkedom, loadReadability, nodeToBlocks } from '../../../lambdas/normalize/markup.js';
import { shingleF1 } from '../shingle-f1.js';
import type { TestPage } from './page-set.js';

/** Readability's article text for a page, or '' when it finds none (or throws). */
export function readabilityText(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return '';
  const html = /<html[\s>]/i.test(decoded.text) ? decoded.text : `<!DOCTYPE html><html><body>${decoded.text}</body></html>`;
  const document = loadLinkedom().parseHTML(html).document;
  const { Readability } = loadReadability();
  try {
    const parsed = new Readability(document as never, { serializer: (element: unknown) => element as DomNode }).parse() as { content: DomNode | null } | null;
    return parsed?.content ? joinParagraphs(nodeToBlocks(parsed.content).map((b) => b.text)) : '';
  } catch {
    return '';
  }
}

export function readabilityF1(page: TestPage): number {
  return shingleF1(readabilityText(page.bytes), page.expected).f1;
}
