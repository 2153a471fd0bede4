import { describe, expect, it } from 'vitest';
import { MAX_FACTS_PER_GROUP, factEntityRoles, factRefsOf, factSortDate, manifestKeys, processedArticleItems, rejectedFileItems, unpackJson, type StoredFactRef } from './items.js';
import { pad } from './keys.js';

describe('fact index dates', () => {
  it('use the start of the calendar period a fact refers to', () => {
    expect(factSortDate('2021', '2022-02-17')).toBe('2021');
    expect(factSortDate('2022-01-20', '2022-02-17')).toBe('2022-01-20');
    expect(factSortDate('2022-W07', '2022-02-17')).toBe('2022-02-14');
    expect(factSortDate('2020-W01', 'x')).toBe('2019-12-30');
  });
  it('fall back to the article date for references that are not dates', () => {
    expect(factSortDate('PRESENT_REF', '2022-02-17')).toBe('2022-02-17');
    expect(factSortDate('P1M', '2022-02-17')).toBe('2022-02-17');
    expect(factSortDate(undefined, '2022-02-17')).toBe('2022-02-17');
  });
});

describe('fact entity roles', () => {
  const base = { sentence: 0, start: 0, end: 1, confidence: 1 };
  it('link a quote to its speaker and a role to its person and organization', () => {
    expect(factEntityRoles({ ...base, type: 'quote', direct: true, speaker: { start: 0, end: 1, text: 'X', entityId: 'per-x' }, content: { start: 0, end: 1, text: 'y' } }))
      .toEqual([['per-x', 'speaker']]);
    expect(factEntityRoles({ ...base, type: 'role', person: 'per-x', title: 'CEO', org: 'org-y' })).toEqual([['per-x', 'person'], ['org-y', 'org']]);
  });
  it('list each participant once', () => {
    expect(factEntityRoles({ ...base, type: 'meeting', participants: ['a', 'b', 'a'] })).toEqual([['a', 'participant'], ['b', 'participant']]);
  });
});

describe('items of a processed article', () => {
  const text = 'Ann Lee met Bo Park. "Yes," Lee said.';
  const ann = { id: 'per-ann-lee', name: 'Ann Lee', type: 'PERSON' as const, aliases: ['Lee'], mentions: [{ start: 0, end: 7, text: 'Ann Lee' }] };
  const bo = { id: 'per-bo-park', name: 'Bo Park', type: 'PERSON' as const, aliases: [], mentions: [{ start: 12, end: 19, text: 'Bo Park' }] };
  const base = { sentence: 0, start: 0, end: 1, confidence: 1 };
  const facts = [
    { ...base, type: 'meeting' as const, participants: ['per-ann-lee', 'per-bo-park'] },
    { ...base, type: 'quote' as const, direct: true, speaker: { start: 28, end: 31, text: 'Lee', entityId: 'per-ann-lee' }, content: { start: 22, end: 26, text: 'Yes,' } },
    { ...base, type: 'quote' as const, direct: true, date: '2021', speaker: { start: 28, end: 31, text: 'Lee', entityId: 'per-ann-lee' }, content: { start: 22, end: 26, text: 'Yes,' } },
  ];
  const article = { title: null, body: text, publishedAt: '2022-02-17', source: 'Wire', sources: ['Wire'], dateline: null, language: 'en', url: null, author: null, submittedBy: null, format: 'text' };
  const extraction = { text, sentences: [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: 0 }], entities: [ann, bo], timex: [], quantities: [], facts };
  const ref = { bucket: 'b', key: 'incoming/x.txt', versionId: null, sequencer: '00AB' };
  const { record, manifest, entries } = processedArticleItems({ articleId: 'a1', article, extraction } as never, ref, '2022-03-01T00:00:00Z');

  it('list every index entry in the manifest, each keyed by its generation', () => {
    expect(manifestKeys(manifest)).toEqual(entries.map((e) => ({ pk: e.pk, sk: e.sk })));
    expect(entries.every((e) => e.sk.includes('#a1#00AB'))).toBe(true);
    expect(entries.map((e) => e.pk).sort()).toEqual(['E#per-ann-lee', 'E#per-bo-park', 'F#meeting', 'F#quote', 'F#quote', 'S#wire']);
  });

  it('group facts by type and date, and point each entity at its facts with its role', () => {
    const quoteGroups = entries.filter((e) => e.pk === 'F#quote').map((e) => e.sk.split('#')[0]);
    expect(quoteGroups.sort()).toEqual(['2021', '2022-02-17']);
    const annLink = entries.find((e) => e.pk === 'E#per-ann-lee')!;
    expect(JSON.parse(annLink.f as string)).toEqual([
      ['meeting', '2022-02-17', '0000', 0, 'participant'], ['quote', '2022-02-17', '0001', 0, 'speaker'], ['quote', '2021', '0002', 0, 'speaker'],
    ]);
    const groupKeys = entries.filter((e) => e.pk.startsWith('F#')).map((e) => e.sk);
    expect(groupKeys).toContain('2021#a1#00AB#0002');
    expect([...(annLink.ft as Set<string>)].sort()).toEqual(['meeting', 'meeting:participant', 'quote', 'quote:speaker']);
  });

  it('read links stored one per index (entries written before) and links with their indexes listed alike', () => {
    expect(factRefsOf([['quote', '2022', '0001', 0, 'speaker'], ['quote', '2022', '0001', 1, 'speaker']])).toEqual(factRefsOf([['quote', '2022', '0001', [0, 1], 'speaker']]));
    expect(factRefsOf([['quote', '2022', '0001', [0, 2], 'speaker'], ['role', '2021', '0003', 0, 'person']])).toEqual([
      ['quote', '2022', '0001', 0, 'speaker'], ['quote', '2022', '0001', 2, 'speaker'], ['role', '2021', '0003', 0, 'person'],
    ]);
  });

  it('split the facts of one type and date into groups of MAX_FACTS_PER_GROUP, each entity link pointing into its group', () => {
    const many = Array.from({ length: MAX_FACTS_PER_GROUP * 2 + 5 }, () => facts[1]);
    const items = processedArticleItems({ articleId: 'a1', article, extraction: { ...extraction, facts: many } } as never, ref, '2022-03-01T00:00:00Z');
    const groups = items.entries.filter((e) => e.pk === 'F#quote');
    expect(groups.map((g) => unpackJson<unknown[]>(g.z as Uint8Array).length)).toEqual([MAX_FACTS_PER_GROUP, MAX_FACTS_PER_GROUP, 5]);
    const stored = JSON.parse(items.entries.find((e) => e.pk === 'E#per-ann-lee')!.f as string) as StoredFactRef[];
    // One stored link per group, its indexes listed; read back, one link per fact.
    expect(stored.map(([, , group, index]) => [group, Array.isArray(index) ? index.length : 1])).toEqual([
      [pad(0), MAX_FACTS_PER_GROUP], [pad(MAX_FACTS_PER_GROUP), MAX_FACTS_PER_GROUP], [pad(2 * MAX_FACTS_PER_GROUP), 5],
    ]);
    const links = factRefsOf(stored);
    expect(links).toHaveLength(many.length);
    // Every link names an existing group and an index inside it.
    const sizes = new Map(groups.map((g) => [g.sk.split('#')[3], unpackJson<unknown[]>(g.z as Uint8Array).length]));
    for (const [, , group, index] of links) expect(index).toBeLessThan(sizes.get(group)!);
    expect(new Set(links.map((l) => l[2])).size).toBe(3);
  });

  it('keep the whole extraction in the article record and index only its summary', () => {
    expect(unpackJson<{ text: string; facts: unknown[] }>(record.z as Uint8Array)).toMatchObject({ text, facts });
    expect(record).toMatchObject({ gsi1pk: 'ARTICLES', gsi1sk: '2022-02-17#a1', st: 'processed' });
  });
});

describe('title search entries', () => {
  const article = { title: 'Borisov visits Caracas and Caracas port', body: 'x', publishedAt: '2022-02-17', source: 'Wire', sources: ['Wire'], dateline: null, language: 'en', url: null, author: null, submittedBy: null, format: 'text' };
  const extraction = { text: 'x', sentences: [], entities: [], timex: [], quantities: [], facts: [] };
  const ref = { bucket: 'b', key: 'incoming/x.txt', versionId: null, sequencer: '00AB' };
  const { manifest, entries } = processedArticleItems({ articleId: 'a1', article, extraction } as never, ref, '2022-03-01T00:00:00Z');
  const titleEntries = entries.filter((e) => e.pk.startsWith('W#'));

  it('are one per indexed word, in the partition of its first two letters, keyed by word, inverted date, article and generation', () => {
    expect(titleEntries.map((e) => [e.pk, e.sk])).toEqual([
      ['W#bo', 'borisov#7977-97-82#a1#00AB'], ['W#vi', 'visits#7977-97-82#a1#00AB'], ['W#ca', 'caracas#7977-97-82#a1#00AB'], ['W#po', 'port#7977-97-82#a1#00AB'],
    ]);
    expect(titleEntries[0]).toMatchObject({ gen: '00AB', d: '2022-02-17', src: ['wire'], tw: ' borisov visits caracas and caracas port' });
    expect(JSON.parse(titleEntries[0].s as string)).toMatchObject({ articleId: 'a1', title: article.title });
  });

  it('are listed in the manifest, so a newer generation or a delete removes them', () => {
    const listed = manifestKeys(manifest).map((k) => `${k.pk} ${k.sk}`);
    for (const e of titleEntries) expect(listed).toContain(`${e.pk} ${e.sk}`);
  });

  it('are not written for an article without a title', () => {
    const untitled = processedArticleItems({ articleId: 'a1', article: { ...article, title: null }, extraction } as never, ref, '2022-03-01T00:00:00Z');
    expect(untitled.entries.some((e) => e.pk.startsWith('W#'))).toBe(false);
  });
});

describe('items of a rejected file', () => {
  const ref = { bucket: 'b', key: 'incoming/2022/Sanctions_Report-final.PDF', versionId: null, sequencer: '00A1' };
  const rejected = (code: 'UNSUPPORTED_FORMAT' | 'PROCESSING_FAILED') => rejectedFileItems({ articleId: 'r1', error: { code, message: 'm' } }, ref, '2026-11-28T10:10:00.000Z');

  it('give it one file-name entry per word of the key\'s last segment, listed in a manifest of its own', () => {
    const { record, manifest, entries } = rejected('UNSUPPORTED_FORMAT');
    expect(record).toMatchObject({ pk: 'A#r1', sk: 'A', st: 'rejected', gsi2pk: 'STATUS#rejected' });
    expect(entries.map((e) => e.pk)).toEqual(['WR#sa', 'WR#re', 'WR#fi', 'WR#pd']);
    expect(entries[0]).toMatchObject({ sk: 'sanctions#7973-88-71T89:89:99.999Z#r1#00A1', gen: '00A1', d: '2026-11-28T10:10:00.000Z', s: record.s });
    // Its own manifest key: it never overwrites an article's manifest of the same generation.
    expect(manifest?.sk).toBe('M#00A1#r');
    expect(manifestKeys(manifest!)).toEqual(entries.map((e) => ({ pk: e.pk, sk: e.sk })));
  });

  it('give a PROCESSING_FAILED file no entries and no manifest (a redelivery replaces it under the same generation)', () => {
    const { manifest, entries } = rejected('PROCESSING_FAILED');
    expect(entries).toEqual([]);
    expect(manifest).toBeNull();
  });
});
