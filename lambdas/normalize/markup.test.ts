import { describe, expect, it } from 'vitest';
import { classAttribute, type DomElement, elementsWhere, firstElementWhere, isJsonLdScript, parseHtmlDocument, tagIn } from './markup.js';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>T</title><script type="Application/LD+JSON">{}</script><meta name="a" content="1"></head>
<body class="page"><main><h1>Headline</h1><div class=" story  story "><p>One <a href="/x">link</a></p><p>Two</p>
<template><p>Inside a template</p><h2>Not read</h2></template><h2 id="s">Sub</h2><table><tr><td>cell</td><th>head</th></tr></table></div></main>
<P>Upper</P><section><h3>Three</h3></section></body></html>`;

describe('elementsWhere: a selector as a predicate, without compiling it on every call', () => {
  const document = parseHtmlDocument(PAGE);
  const same = (selector: string, test: (element: DomElement) => boolean) => expect(elementsWhere(document, test)).toEqual([...document.querySelectorAll(selector)]);

  it('finds what querySelectorAll finds, in document order, from the document and from an element', () => {
    same('h2, h3', tagIn('H2', 'H3'));
    same('p', tagIn('P'));
    same('*', () => true);
    same('td, th', tagIn('TD', 'TH'));
    same('[id]', (element) => element.getAttribute('id') !== null);
    const main = document.querySelector('main') as DomElement;
    expect(elementsWhere(main, tagIn('P'))).toEqual([...main.querySelectorAll('p')]);
    // The element itself is not below itself; the document's root element is in the document.
    expect(elementsWhere(main, tagIn('MAIN'))).toEqual([]);
    expect(elementsWhere(document, tagIn('HTML'))).toHaveLength(1);
  });

  it("passes over a template's content, as querySelectorAll does, and stops at the first match when asked", () => {
    expect(elementsWhere(document, tagIn('P')).map((p) => p.textContent)).not.toContain('Inside a template');
    expect(firstElementWhere(document, tagIn('H2'))?.getAttribute('id')).toBe('s');
    expect(firstElementWhere(document, tagIn('ARTICLE'))).toBeNull();
  });

  it('compares a script type without case, and reads the class attribute as written (null when there is none)', () => {
    expect(elementsWhere(document, isJsonLdScript)).toEqual([...document.querySelectorAll('script[type="application/ld+json"]')]);
    expect(elementsWhere(document, isJsonLdScript)).toHaveLength(1);
    expect(classAttribute(document.querySelector('.story') as DomElement)).toBe('story');
    // linkedom's getAttribute('class') gives "" for an element without one; a selector's [class] does not match it.
    expect((document.querySelector('h1') as DomElement).getAttribute('class')).toBe('');
    expect(classAttribute(document.querySelector('h1') as DomElement)).toBeNull();
    same('[class]', (element) => classAttribute(element) !== null);
  });
});
