/**
 * A few hand-written stored articles for the API's unit tests (see in-memory-article-reader.ts).
 * Offsets index into `text` like real extractions do.
 */
import type { ArticleDetail } from '../../lambdas/store/article-store.js';
import type { Entity, Fact } from '../../lambdas/extract/types.js';

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in sample text`);
  return { start, end: start + needle.length, text: needle };
}

function evidence(text: string, needle: string) {
  const { start, end } = span(text, needle);
  return { start, end };
}

function entity(text: string, id: string, name: string, type: Entity['type'], forms: string[], aliases: string[] = []): Entity {
  const mentions = forms.flatMap((form) => {
    const found = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) found.push({ start: at, end: at + form.length, text: form });
    return found;
  });
  return { id, name, type, aliases, mentions: mentions.sort((a, b) => a.start - b.start) };
}

const caracasText =
  'Russia and Venezuela agree to expand cooperation\n\n' +
  'CARACAS, February 17 (Sputnik) - Russian Deputy Prime Minister Yury Borisov met Venezuelan President Nicolás Maduro on Wednesday. ' +
  '"We have agreed to deepen our military cooperation," Borisov said. Bilateral trade grew by 12 percent in 2021.';

const caracasEntities = [
  entity(caracasText, 'per-yury-borisov', 'Yury Borisov', 'PERSON', ['Yury Borisov', 'Borisov'], ['Borisov']),
  entity(caracasText, 'per-nicolas-maduro', 'Nicolás Maduro', 'PERSON', ['Nicolás Maduro']),
  entity(caracasText, 'loc-russia', 'Russia', 'LOCATION', ['Russia']),
  entity(caracasText, 'loc-venezuela', 'Venezuela', 'LOCATION', ['Venezuela']),
  entity(caracasText, 'loc-caracas', 'Caracas', 'LOCATION', ['CARACAS'], ['CARACAS']),
  entity(caracasText, 'org-sputnik', 'Sputnik', 'ORGANIZATION', ['Sputnik']),
];

const quote = span(caracasText, '"We have agreed to deepen our military cooperation," Borisov said.');
const caracasFacts: Fact[] = [
  {
    type: 'quote',
    sentence: 2,
    start: quote.start,
    end: quote.end,
    confidence: 0.9,
    speaker: { ...span(caracasText, 'Borisov', quote.start), entityId: 'per-yury-borisov' },
    cue: span(caracasText, 'said', quote.start),
    content: span(caracasText, 'We have agreed to deepen our military cooperation,'),
    direct: true,
  },
  {
    type: 'role',
    sentence: 1,
    ...evidence(caracasText, 'Russian Deputy Prime Minister Yury Borisov'),
    confidence: 0.8,
    person: 'per-yury-borisov',
    title: 'Deputy Prime Minister',
    org: 'loc-russia',
  },
  {
    type: 'quantity',
    sentence: 3,
    ...evidence(caracasText, 'Bilateral trade grew by 12 percent in 2021.'),
    confidence: 0.7,
    date: '2021',
    quantity: { ...span(caracasText, '12 percent'), kind: 'PERCENT', value: 12, unit: null },
    measure: 'Bilateral trade',
    subjects: ['loc-russia', 'loc-venezuela'],
  },
];

const moscowText =
  'Borisov visits Havana\n\n' +
  'MOSCOW (TASS) - Yury Borisov arrived in Havana on Monday. "Cuba is our partner," Borisov told reporters.';
const moscowQuote = span(moscowText, '"Cuba is our partner," Borisov told reporters.');

export const SAMPLE_ARTICLES: ArticleDetail[] = [
  {
    articleId: 'aCaracas00000000000001',
    key: 'incoming/World News + Politics/ü caracas (1).txt',
    status: 'processed',
    title: 'Russia and Venezuela agree to expand cooperation',
    publishedAt: '2022-02-17',
    receivedAt: '2026-11-28T10:00:00.000Z',
    source: 'Sputnik',
    sources: ['Sputnik'],
    dateline: 'Caracas',
    language: 'en',
    bucket: 'newsfacts-test',
    versionId: null,
    url: null,
    author: null,
    submittedBy: null,
    format: 'text',
    entities: caracasEntities,
    timex: [{ ...span(caracasText, 'February 17'), type: 'DATE', value: '2022-02-17' }],
    quantities: [{ ...span(caracasText, '12 percent'), kind: 'PERCENT', value: 12, unit: null }],
    facts: caracasFacts,
    text: caracasText,
  },
  {
    articleId: 'aMoscow000000000000002',
    key: 'incoming/moscow.txt',
    status: 'processed',
    title: 'Borisov visits Havana',
    publishedAt: '2022-03-01T09:30:00Z',
    receivedAt: '2026-11-28T10:05:00.000Z',
    source: 'TASS',
    sources: ['TASS'],
    dateline: 'Moscow',
    language: 'en',
    bucket: 'newsfacts-test',
    versionId: 'v2',
    url: 'https://example.org/moscow',
    author: 'A. Writer',
    submittedBy: null,
    format: 'text',
    entities: [
      entity(moscowText, 'per-yury-borisov', 'Yury Borisov', 'PERSON', ['Yury Borisov', 'Borisov'], ['Borisov']),
      entity(moscowText, 'loc-havana', 'Havana', 'LOCATION', ['Havana']),
      entity(moscowText, 'loc-cuba', 'Cuba', 'LOCATION', ['Cuba']),
      entity(moscowText, 'org-tass', 'TASS', 'ORGANIZATION', ['TASS']),
    ],
    timex: [],
    quantities: [],
    facts: [
      {
        type: 'quote',
        sentence: 2,
        start: moscowQuote.start,
        end: moscowQuote.end,
        confidence: 0.9,
        speaker: { ...span(moscowText, 'Borisov', moscowQuote.start), entityId: 'per-yury-borisov' },
        cue: span(moscowText, 'told', moscowQuote.start),
        content: span(moscowText, 'Cuba is our partner,'),
        direct: true,
      },
    ],
    text: moscowText,
  },
  {
    articleId: 'aBroken000000000000003',
    key: 'incoming/broken.bin',
    status: 'rejected',
    title: null,
    publishedAt: null,
    receivedAt: '2026-11-28T10:10:00.000Z',
    source: null,
    sources: [],
    dateline: null,
    language: null,
    error: { code: 'BINARY_DATA', message: 'The file holds binary data, not text.' },
    bucket: 'newsfacts-test',
    versionId: null,
    url: null,
    author: null,
    submittedBy: null,
    format: null,
    entities: [],
    timex: [],
    quantities: [],
    facts: [],
  },
];
