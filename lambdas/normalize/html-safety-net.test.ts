import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordDomChanges, removeFurniture, takeCaptions } from './html-dom-cleanup.js';
import { cleanAfterCaptions, cleanBeforeCaptions } from './html.js';
import { proseWords, restoreDroppedProse } from './html-safety-net.js';
import { buildPageSet } from '../../scripts/eval/normalize-pages/page-set.js';
import { normalize } from './index.js';
import { type DomDocument, nodeToBlocks, parseHtmlDocument, type TextBlock } from './markup.js';

const block = (text: string, linkText = ''): TextBlock => ({ text, linkText });
const p = (n: number) => `Paragraph ${n} of the story tells what the council decided on the night and why the vote was close.`;

describe('restoreDroppedProse (the safety net)', () => {
  it('puts back a run of prose dropped between kept paragraphs, in document order', () => {
    const entries = ['March 3, 2015 — The council votes to close the old bridge to lorries after an inspection.', 'April 9, 2015 — Engineers find cracks in two of the piers and the bridge closes to all traffic.'];
    const reference = [block(p(1)), ...entries.map((e) => block(e)), block(p(2))];
    const result = restoreDroppedProse([p(1), p(2)].join('\n\n'), reference);
    expect(result.changed).toBe('restored');
    expect(result.body.split('\n\n')).toEqual([p(1), ...entries, p(2)]);
  });

  it('puts back prose right after the last kept paragraph, and a list that a line ending in a colon introduces', () => {
    const intro = 'The library will offer these services from Monday:';
    const items = ['Free homework help for pupils', 'A reading room for toddlers', 'Evening opening on Thursdays'];
    const more = ['The head librarian said the work had taken longer than planned but came in under budget.', 'Volunteers will run the toddler room on Saturday mornings until new staff are hired.', 'The town paid for the new roof and windows; a charity gave the books and furniture for the reading room.', 'Opening hours on the other weekdays stay as they were before the library closed for the repairs.'];
    const reference = [block(p(1)), block(intro), ...items.map((i) => block(i)), ...more.map((m) => block(m))];
    const result = restoreDroppedProse([p(1), intro].join('\n\n'), reference);
    expect(result.body.split('\n\n')).toEqual([p(1), intro, ...items, ...more]);
  });

  it('leaves a comment thread, the next story and a teaser rail after the story alone', () => {
    const comment = 'This is exactly what happened in our town ten years ago and nobody listened to us then either.';
    const thread = [block('Reader comments'), block('reader_4'), block('August 13, 2023 9:10 am'), block(comment), block('#2 Posted by reader5 on March 5, 2010 at 10:12 p.m.'), block(comment)];
    const nextStory = [block('Twelve-year-old becomes youngest chess champion'), block(comment), block(comment)];
    const rail = [block('Island ferry crews walk out over rota changes', 'Island ferry crews walk out over rota changes'), block(comment), block(comment)];
    for (const after of [thread, nextStory, rail]) {
      const body = [p(1), p(2)].join('\n\n');
      expect(restoreDroppedProse(body, [block(p(1)), block(p(2)), ...after])).toEqual({ body, changed: null });
    }
  });

  it('never restores link-heavy lines, navigation or consent text', () => {
    const reference = [block(p(1)), block('We use cookies to improve your experience on our site and to show you relevant offers.'), block('Read the full report on the council website here today.', 'Read the full report on the council website here today.'), block(p(2))];
    const body = [p(1), p(2)].join('\n\n');
    expect(restoreDroppedProse(body, reference).changed).toBe(null);
  });

  it("takes Readability's story when newsfacts kept a small part of it, but not when they read different stories", () => {
    const story = [1, 2, 3, 4, 5, 6].map((n) => block(p(n)));
    expect(restoreDroppedProse(p(1), story)).toEqual({ body: story.map((b) => b.text).join('\n\n'), changed: 'readability' });
    const brief = 'A short brief of the library that reopened on Monday after forty years without repairs.';
    expect(restoreDroppedProse(brief, story).changed).toBe(null);
  });

  it('keeps the contract on a page where cleaning took a stamped timeline: the text is printable and the body is in it', () => {
    const entries = [1, 2, 3, 4].map((n) => `<div><b>March ${n}, 2015</b><br>${p(n)}</div>`).join('');
    const html = `<html><head><title>Bridge timeline</title></head><body><h1>Bridge timeline</h1><p>${p(0)}</p><p>${p(9)}</p><div>${entries}</div><p>${p(5)}</p><p>${p(6)}</p></body></html>`;
    const result = normalize({ bytes: new TextEncoder().encode(html), fileName: 'page.html' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [article] = result.articles;
    expect(article.body).toContain('Paragraph 4 of the story');
    expect(article.body).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });
});

describe('recordDomChanges (the net reads the page as it was after removeFurniture without copying it on every call)', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/normalize/html');
  const serialize = (document: DomDocument) => String((document.documentElement as unknown as { outerHTML: string }).outerHTML);
  const rules = (document: DomDocument) => () => {
    cleanBeforeCaptions(document, [document.title], document.title);
    takeCaptions(document);
    cleanAfterCaptions(document);
  };
  const prose = (n: number) => `<p>Part ${n} of the story says what the council decided on the night, who spoke and why the vote was so close in the end.</p>`;

  it('puts every node the rules took out or moved back where it was, on the fixture pages', () => {
    let changedPages = 0;
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.html') && !f.startsWith('readability-'))) {
      const document = parseHtmlDocument(readFileSync(join(fixtures, file), 'latin1'));
      removeFurniture(document);
      const before = serialize(document);
      const changes = recordDomChanges(rules(document));
      if (serialize(document) !== before) changedPages++;
      changes.undo();
      expect(serialize(document), file).toBe(before);
    }
    expect(changedPages).toBeGreaterThan(5);
  });

  it('puts every page of the varied page set back as it was (a rule that changes the tree outside the record would show here)', () => {
    let changedPages = 0;
    for (const page of buildPageSet()) {
      const document = parseHtmlDocument(new TextDecoder().decode(page.bytes));
      removeFurniture(document);
      const before = serialize(document);
      const changes = recordDomChanges(rules(document));
      if (serialize(document) !== before) changedPages++;
      changes.undo();
      expect(serialize(document), page.name).toBe(before);
    }
    expect(changedPages).toBeGreaterThan(100);
  });

  it('undoes a story joined across table rows (nodes moved, not removed) and removals inside removed nodes', () => {
    const html = `<html><head><title>Bridge</title></head><body><table><tr><td>${prose(1)}${prose(2)}</td></tr><tr><td>Advertisement</td></tr><tr><td>${prose(3)}text between${prose(4)}</td></tr></table>
<ul>${[1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/s/${i}">Other story number ${i} of the day</a></li>`).join('')}</ul></body></html>`;
    const document = parseHtmlDocument(html);
    const before = serialize(document);
    const changes = recordDomChanges(rules(document));
    expect(document.querySelectorAll('td')[0].textContent).toContain('Part 4');
    expect(document.querySelector('ul')).toBeNull();
    changes.undo();
    expect(serialize(document)).toBe(before);
  });

  it('lists the nodes the rules took out of the page, not captions, moved nodes or nodes inside a node already gone', () => {
    const html = `<html><head><title>Bridge</title></head><body><table><tr><td>${prose(1)}${prose(2)}</td></tr><tr><td>Advertisement</td></tr><tr><td>${prose(3)}${prose(4)}</td></tr></table>
<figure><img src="a.jpg"><figcaption>The bridge at dawn on Tuesday, seen from the quay.</figcaption></figure>
<ul>${[1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/s/${i}">Other story number ${i} of the day</a></li>`).join('')}</ul></body></html>`;
    const document = parseHtmlDocument(html);
    const changes = recordDomChanges(rules(document));
    const removed = changes.removed().map((node) => (node as unknown as { textContent: string }).textContent);
    expect(removed.some((text) => text.includes('Other story number 1'))).toBe(true);
    expect(removed.some((text) => text.includes('Part 3') || text.includes('The bridge at dawn'))).toBe(false);
    expect(proseWords(changes.removed().flatMap((node) => nodeToBlocks(node)))).toBe(0);
  });
});
