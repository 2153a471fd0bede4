import { BatchGetCommand, ExecuteStatementCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { editedSampleCopy, SAMPLE_STORY, UNRELATED_STORY } from '../../../test/support/story-copies.js';
import { bandSketch, encodeSignature, signatureOf } from '../../extract/syndication/index.js';
import { indexSortKey, PK, SK, type Item } from './keys.js';
import { CANDIDATES_PER_BAND, CANDIDATES_VERIFIED, readBandCandidates } from './story-bands.js';
import type { Table } from './table.js';

const SIGNATURE = encodeSignature(signatureOf(SAMPLE_STORY)!);

/**
 * A table of band entries and article records answering the requests the search makes: the
 * statement pages its answer at its Limit (entries of each key in ascending order, as the service
 * reads a partition), the Query reads one key newest first.
 */
function fakeTable(bandEntries: Map<string, Item[]>, records: Map<string, Item>, asked: { records: number; statements?: number; queries?: number }): Table {
  const send = async (command: unknown) => {
    if (command instanceof ExecuteStatementCommand) {
      asked.statements = (asked.statements ?? 0) + 1;
      expect(command.input.Statement).toMatch(/^SELECT pk, sk, h FROM "bench" WHERE pk IN \[\?(, \?)*\]$/);
      const keys = command.input.Parameters as string[];
      const all = keys.flatMap((pk) => [...(bandEntries.get(pk) ?? [])].sort((a, b) => a.sk.localeCompare(b.sk)));
      const limit = command.input.Limit ?? Infinity;
      return all.length > limit ? { Items: all.slice(0, limit), NextToken: 'more' } : { Items: all };
    }
    if (command instanceof QueryCommand) {
      asked.queries = (asked.queries ?? 0) + 1;
      const pk = command.input.ExpressionAttributeValues?.[':pk'] as string;
      const items = [...(bandEntries.get(pk) ?? [])].sort((a, b) => b.sk.localeCompare(a.sk)).slice(0, command.input.Limit);
      return { Items: items };
    }
    if (command instanceof BatchGetCommand) {
      const keys = Object.values(command.input.RequestItems ?? {})[0].Keys as Item[];
      asked.records += keys.length;
      return { Responses: { bench: keys.flatMap((k) => (records.has(k.pk) ? [records.get(k.pk)!] : [])) } };
    }
    throw new Error('unexpected command');
  };
  return { db: { send } as unknown as DynamoDBDocumentClient, name: 'bench' };
}

describe('readBandCandidates', () => {
  it('reads the records of the candidates sharing most band keys, at most CANDIDATES_VERIFIED, and drops one whose record is gone', async () => {
    const bands = Array.from({ length: 12 }, (_, i) => `b${i}`);
    const entries = new Map<string, Item[]>(bands.map((b) => [PK.band(b), []]));
    const records = new Map<string, Item>();
    const add = (articleId: string, inBands: string[], date: string, stored = true) => {
      for (const b of inBands) entries.get(PK.band(b))!.push({ pk: PK.band(b), sk: indexSortKey(date, articleId, '01') });
      if (stored) records.set(PK.article(articleId), { pk: PK.article(articleId), sk: SK.article, sg: SIGNATURE, sty: `story-of-${articleId}`, s: JSON.stringify({ articleId }) });
    };
    // An old copy sharing six bands, 120 newer texts sharing one band each by chance, one deleted since its band entry.
    add('copy', bands.slice(0, 6), '2022-02-17');
    for (let i = 0; i < 120; i++) add(`noise-${i}`, [bands[i % 12]], '2022-03-01');
    add('deleted', [bands[11]], '2022-03-02', false);
    const asked = { records: 0, statements: 0, queries: 0 };
    const candidates = await readBandCandidates(fakeTable(entries, records, asked), bands);
    // 127 entries fit one statement's page (12 × CANDIDATES_PER_BAND): no Query.
    expect(asked).toMatchObject({ statements: 1, queries: 0 });
    expect(asked.records).toBe(CANDIDATES_VERIFIED);
    expect(candidates.find((c) => c.articleId === 'copy')).toMatchObject({ storyId: 'story-of-copy', date: '2022-02-17' });
    expect(candidates.some((c) => c.articleId === 'deleted')).toBe(false);
    expect(candidates).toHaveLength(CANDIDATES_VERIFIED - 1);
  });

  /** A band b0 of `count` entries, dated one day apart, each with its record. */
  const fullBand = (count: number) => {
    const entries = new Map<string, Item[]>([[PK.band('b0'), []], [PK.band('b1'), []]]);
    const records = new Map<string, Item>();
    for (let i = 0; i < count; i++) {
      const articleId = `a${String(i).padStart(2, '0')}`;
      entries.get(PK.band('b0'))!.push({ pk: PK.band('b0'), sk: indexSortKey(`2022-03-${String(i + 1).padStart(2, '0')}`, articleId, '01') });
      records.set(PK.article(articleId), { pk: PK.article(articleId), sk: SK.article, sg: SIGNATURE, sty: articleId, s: JSON.stringify({ articleId }) });
    }
    return { entries, records, newest: `a${String(count - 1).padStart(2, '0')}` };
  };

  it('reads only the newest CANDIDATES_PER_BAND entries of a full band, by Query when the statement cannot hold them', async () => {
    const { entries, records, newest } = fullBand(CANDIDATES_PER_BAND + 5);
    const asked = { records: 0, statements: 0, queries: 0 };
    const candidates = await readBandCandidates(fakeTable(entries, records, asked), ['b0']);
    expect(asked).toMatchObject({ statements: 1, queries: 1 });
    expect(candidates).toHaveLength(CANDIDATES_PER_BAND);
    expect(candidates.some((c) => c.articleId === 'a00')).toBe(false);
    expect(candidates.some((c) => c.articleId === newest)).toBe(true);
  });

  it('keeps a full band to its newest CANDIDATES_PER_BAND when the statement holds it whole', async () => {
    const { entries, records, newest } = fullBand(CANDIDATES_PER_BAND + 5);
    const asked = { records: 0, statements: 0, queries: 0 };
    // Two keys: the page holds 50, so the 30 of b0 arrive in one answer, oldest first.
    const candidates = await readBandCandidates(fakeTable(entries, records, asked), ['b0', 'b1']);
    expect(asked).toMatchObject({ statements: 1, queries: 0 });
    expect(candidates).toHaveLength(CANDIDATES_PER_BAND);
    expect(candidates.some((c) => c.articleId === 'a04')).toBe(false);
    expect(candidates.some((c) => c.articleId === 'a05')).toBe(true);
    expect(candidates.some((c) => c.articleId === newest)).toBe(true);
  });

  it('with sameStoryAs, reads the records of entries whose sketch may be a copy and of entries without one, not of chance matches', async () => {
    const entries = new Map<string, Item[]>([[PK.band('b0'), []], [PK.band('b1'), []]]);
    const records = new Map<string, Item>();
    const add = (articleId: string, band: string, sketch: string | null) => {
      entries.get(PK.band(band))!.push({ pk: PK.band(band), sk: indexSortKey('2022-03-01', articleId, '01'), ...(sketch ? { h: sketch } : {}) });
      records.set(PK.article(articleId), { pk: PK.article(articleId), sk: SK.article, sg: SIGNATURE, sty: articleId, s: JSON.stringify({ articleId }) });
    };
    add('copy', 'b0', bandSketch(signatureOf(editedSampleCopy())!));
    add('chance', 'b0', bandSketch(signatureOf(UNRELATED_STORY)!));
    add('written-before-sketches', 'b1', null);
    const asked = { records: 0 };
    const candidates = await readBandCandidates(fakeTable(entries, records, asked), ['b0', 'b1'], { sameStoryAs: signatureOf(SAMPLE_STORY)! });
    expect(candidates.map((c) => c.articleId).sort()).toEqual(['copy', 'written-before-sketches']);
    expect(asked.records).toBe(2);
    // Without it (GET /similar, which lists related texts too), every entry's record is read.
    expect(await readBandCandidates(fakeTable(entries, records, asked), ['b0', 'b1'])).toHaveLength(3);
  });

  it('reads no record when no band key is shared', async () => {
    const asked = { records: 0 };
    expect(await readBandCandidates(fakeTable(new Map(), new Map(), asked), ['b0', 'b1'])).toEqual([]);
    expect(asked.records).toBe(0);
  });
});
