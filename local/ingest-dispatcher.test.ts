import { describe, expect, it } from 'vitest';
import type { SQSEvent } from 'aws-lambda';
import { IngestDispatcher, type DispatchOutcome } from './ingest-dispatcher.js';
import { SequencerClock, toS3EventRecord } from './s3-notifications.js';

const clock = new SequencerClock();
const record = (key: string) => toS3EventRecord({ eventName: 'ObjectCreated:Put', bucket: 'b', key, size: 1, eventTime: new Date().toISOString() }, clock.next(), 'us-east-1');
const keyOf = (event: SQSEvent) => JSON.parse(event.Records[0].body).Records[0].s3.object.key as string;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IngestDispatcher', () => {
  it('delivers events of one key in order, one at a time, and bounds concurrency across keys', async () => {
    let running = 0;
    let peak = 0;
    const perKey = new Map<string, number>();
    const order: string[] = [];
    let overlaps = 0;
    const dispatcher = new IngestDispatcher({
      region: 'us-east-1',
      queueName: 'q',
      concurrency: 2,
      handler: async (event) => {
        const key = keyOf(event);
        running++;
        peak = Math.max(peak, running);
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
        // (an expect() here would be swallowed as a handler failure and retried)
        if (perKey.get(key) !== 1) overlaps++;
        order.push(JSON.parse(event.Records[0].body).Records[0].s3.object.sequencer);
        await sleep(5);
        perKey.set(key, perKey.get(key)! - 1);
        running--;
        return { batchItemFailures: [] };
      },
    });
    const records = Array.from({ length: 12 }, (_, i) => record(`incoming/k${i % 3}.txt`));
    await Promise.all(records.map((r) => dispatcher.dispatch(r.s3.object.key, r)));
    await dispatcher.idle();
    expect(peak).toBe(2);
    expect(overlaps).toBe(0);
    for (let k = 0; k < 3; k++) {
      const sequencers = records.filter((r) => r.s3.object.key === `incoming/k${k}.txt`).map((r) => r.s3.object.sequencer);
      expect(order.filter((s) => sequencers.includes(s))).toEqual(sequencers);
    }
  });

  it('retries a failed message with a growing receive count, then gives up and logs it', async () => {
    const counts: string[] = [];
    const logged: string[] = [];
    const outcomes: DispatchOutcome[] = [];
    let calls = 0;
    const dispatcher = new IngestDispatcher({
      region: 'us-east-1',
      queueName: 'q',
      retryDelayMs: 1,
      maxAttempts: 3,
      log: (line) => logged.push(line),
      handler: async (event) => {
        calls++;
        counts.push(event.Records[0].attributes.ApproximateReceiveCount);
        if (keyOf(event) === 'incoming/flaky.txt' && calls === 1) throw new Error('throttled');
        if (keyOf(event) === 'incoming/bad.txt') return { batchItemFailures: [{ itemIdentifier: event.Records[0].messageId }] };
        return { batchItemFailures: [] };
      },
    });
    dispatcher.onOutcome((outcome) => outcomes.push(outcome));
    await dispatcher.dispatch('incoming/flaky.txt', record('incoming/flaky.txt'));
    expect(outcomes[0]).toMatchObject({ ok: true, attempts: 2 });
    expect(counts).toEqual(['1', '2']);
    await dispatcher.dispatch('incoming/bad.txt', record('incoming/bad.txt'));
    expect(outcomes[1]).toMatchObject({ ok: false, attempts: 3 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/gave up .*incoming\/bad\.txt after 3 attempts/);
  });
});
