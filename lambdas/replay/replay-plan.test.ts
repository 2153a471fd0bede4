import { describe, expect, it } from 'vitest';
import { objectEventsOf } from '../aws/s3-notification.js';
import { compareSequencers, effectiveSequencer, normalizeSequencer } from '../store/sequencer.js';
import {
  REFRESH_SEQUENCER,
  REPLAY_SEQUENCER,
  listReplayable,
  replayRecord,
  sendInBatches,
  toEntries,
  type ListPage,
  type MessageEntry,
} from './replay-plan.js';

const pages: ListPage[] = [
  { objects: [{ key: 'incoming/', size: 0 }, { key: 'incoming/a.txt', size: 10, lastModified: new Date('2024-01-01') }], nextToken: 't1' },
  { objects: [{ key: 'incoming/World News/ü caracas (1)+x.txt', size: 20, lastModified: new Date('2025-06-01') }, { key: 'incoming/sub/', size: 0 }], nextToken: 't2' },
  { objects: [{ key: 'incoming/c.html', size: 30, lastModified: new Date('2025-07-01') }] },
];

function lister() {
  const tokens: (string | undefined)[] = [];
  const listPage = async (token: string | undefined) => {
    tokens.push(token);
    return pages[token === undefined ? 0 : Number(token.slice(1))];
  };
  return { listPage, tokens };
}

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

describe('listReplayable', () => {
  it('follows continuation tokens and skips folder markers', async () => {
    const { listPage, tokens } = lister();
    const keys = (await collect(listReplayable(listPage, { prefix: 'incoming/' }))).map((o) => o.key);
    expect(keys).toEqual(['incoming/a.txt', 'incoming/World News/ü caracas (1)+x.txt', 'incoming/c.html']);
    expect(tokens).toEqual([undefined, 't1', 't2']);
  });

  it('filters by modification time and stops at the limit without reading further pages', async () => {
    const { listPage, tokens } = lister();
    const since = await collect(listReplayable(listPage, { prefix: 'incoming/', since: new Date('2025-01-01') }));
    expect(since.map((o) => o.key)).toEqual(['incoming/World News/ü caracas (1)+x.txt', 'incoming/c.html']);
    const limited = lister();
    const first = await collect(listReplayable(limited.listPage, { prefix: 'incoming/', limit: 1 }));
    expect(first.map((o) => o.key)).toEqual(['incoming/a.txt']);
    expect(limited.tokens).toEqual([undefined]);
    expect(tokens.length).toBe(3);
  });
});

describe('replayRecord', () => {
  it('is read back by the ingest handler as the same object, key decoded', () => {
    const key = 'incoming/World News/ü caracas (1)+x.txt';
    const record = replayRecord('bucket-1', { key, size: 20, eTag: '"abc"' }, 'eu-west-1', new Date('2026-01-01T00:00:00Z'));
    expect(record.s3.object.key).toBe('incoming/World+News/%C3%BC+caracas+(1)%2Bx.txt');
    const events = objectEventsOf(JSON.parse(JSON.stringify({ Records: [record] })), 'incoming/');
    expect(events).toEqual([{ kind: 'created', bucket: 'bucket-1', key, versionId: null, sequencer: REPLAY_SEQUENCER, size: 20, eventTime: '2026-01-01T00:00:00.000Z' }]);
  });

  it('orders before any real S3 sequencer, so live events win and ingested objects are left alone', () => {
    expect(compareSequencers(REPLAY_SEQUENCER, '0055AED6DCD90281E5')).toBeLessThan(0);
    expect(compareSequencers(REPLAY_SEQUENCER, '0')).toBeGreaterThan(0);
  });

  it('asks for a refresh with the refresh sequencer, which ingestion turns into the one after the applied event', () => {
    const record = replayRecord('bucket-1', { key: 'incoming/a.txt', size: 20 }, 'eu-west-1', new Date('2026-01-01T00:00:00Z'), { refresh: true });
    const [event] = objectEventsOf(JSON.parse(JSON.stringify({ Records: [record] })), 'incoming/');
    expect(event.sequencer).toBe(REFRESH_SEQUENCER);
    const applied = effectiveSequencer(event.sequencer, { sequencer: normalizeSequencer('0055AED6DCD90281E5') });
    expect(compareSequencers(applied, '0055AED6DCD90281E5')).toBeGreaterThan(0);
    expect(compareSequencers(applied, '0055AED6DCD90281E6')).toBeLessThan(0);
    expect(effectiveSequencer(event.sequencer, null)).toBe(REPLAY_SEQUENCER);
  });
});

describe('sendInBatches', () => {
  const entries = (n: number): MessageEntry[] =>
    toEntries(Array.from({ length: n }, (_, i) => replayRecord('b', { key: `incoming/${i}.txt`, size: 1 }, 'us-east-1')));

  it('sends at most ten messages per batch, one object per message, with ids unique in each batch', async () => {
    const batches: MessageEntry[][] = [];
    const report = await sendInBatches(entries(23), async (batch) => {
      batches.push(batch);
      return { failedIds: [] };
    });
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    for (const batch of batches) expect(new Set(batch.map((e) => e.Id)).size).toBe(batch.length);
    expect(batches.flat().map((e) => JSON.parse(e.MessageBody).Records.length)).toEqual(new Array(23).fill(1));
    expect(report).toEqual({ sent: 23, failedKeys: [] });
  });

  it('resends only the failed entries, backing off, and reports what never got through', async () => {
    const calls: string[][] = [];
    const delays: number[] = [];
    const report = await sendInBatches(
      entries(3),
      async (batch) => {
        calls.push(batch.map((e) => e.Id));
        // m1 fails once, m2 always.
        return { failedIds: batch.filter((e) => e.Id === 'm2' || (e.Id === 'm1' && calls.length === 1)).map((e) => e.Id) };
      },
      { maxAttempts: 3, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms) },
    );
    expect(calls).toEqual([['m0', 'm1', 'm2'], ['m1', 'm2'], ['m2']]);
    expect(delays).toEqual([100, 200]);
    expect(report).toEqual({ sent: 2, failedKeys: ['incoming/2.txt'] });
  });

  it('refuses batches SQS would reject', async () => {
    await expect(sendInBatches(entries(1), async () => ({ failedIds: [] }), { batchSize: 11 })).rejects.toThrow(/1 to 10/);
  });
});
