import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { SAMPLE_STORY } from '../../../test/support/story-copies.js';
import { encodeSignature, signatureOf } from '../../extract/syndication/index.js';
import { indexSortKey, PK, SK, type Item } from './keys.js';
import { CANDIDATES_PER_BAND, CANDIDATES_VERIFIED, readBandCandidates } from './story-bands.js';
import type { Table } from './table.js';

const SIGNATURE = encodeSignature(signatureOf(SAMPLE_STORY)!);

/** A table of band entries and article records answering the two requests the search makes. */
function fakeTable(bandEntries: Map<string, Item[]>, records: Map<string, Item>, asked: { records: number }): Table {
  const send = async (command: unknown) => {
    if (command instanceof QueryCommand) {
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
    const asked = { records: 0 };
    const candidates = await readBandCandidates(fakeTable(entries, records, asked), bands);
    expect(asked.records).toBe(CANDIDATES_VERIFIED);
    expect(candidates.find((c) => c.articleId === 'copy')).toMatchObject({ storyId: 'story-of-copy', date: '2022-02-17' });
    expect(candidates.some((c) => c.articleId === 'deleted')).toBe(false);
    expect(candidates).toHaveLength(CANDIDATES_VERIFIED - 1);
  });

  it('reads only the newest CANDIDATES_PER_BAND entries of a full band', async () => {
    const entries = new Map<string, Item[]>([[PK.band('b0'), []]]);
    const records = new Map<string, Item>();
    for (let i = 0; i < CANDIDATES_PER_BAND + 5; i++) {
      const articleId = `a${String(i).padStart(2, '0')}`;
      entries.get(PK.band('b0'))!.push({ pk: PK.band('b0'), sk: indexSortKey(`2022-03-${String(i + 1).padStart(2, '0')}`, articleId, '01') });
      records.set(PK.article(articleId), { pk: PK.article(articleId), sk: SK.article, sg: SIGNATURE, sty: articleId, s: JSON.stringify({ articleId }) });
    }
    const candidates = await readBandCandidates(fakeTable(entries, records, { records: 0 }), ['b0']);
    expect(candidates).toHaveLength(CANDIDATES_PER_BAND);
    expect(candidates.some((c) => c.articleId === 'a00')).toBe(false);
    expect(candidates.some((c) => c.articleId === `a${CANDIDATES_PER_BAND + 4}`)).toBe(true);
  });

  it('reads no record when no band key is shared', async () => {
    const asked = { records: 0 };
    expect(await readBandCandidates(fakeTable(new Map(), new Map(), asked), ['b0', 'b1'])).toEqual([]);
    expect(asked.records).toBe(0);
  });
});
