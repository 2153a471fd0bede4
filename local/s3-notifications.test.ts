import { describe, expect, it } from 'vitest';
import { encodeS3Key, objectEventsOf } from '../lambdas/aws/s3-notification.js';
import { compareSequencers } from '../lambdas/store/sequencer.js';
import { SequencerClock, toS3EventRecord, toSqsEvent, toSqsMessage } from './s3-notifications.js';
import type { ObjectEvent } from './services/s3-server.js';

const KEY = 'incoming/World News + Politics/ü caracas (1).txt';

describe('SequencerClock', () => {
  it('issues strictly increasing fixed-width hex sequencers, also across clocks (restarts)', () => {
    const first = new SequencerClock();
    const issued = Array.from({ length: 1000 }, () => first.next());
    for (const sequencer of issued) expect(sequencer).toMatch(/^[0-9A-F]{20}$/);
    for (let i = 1; i < issued.length; i++) expect(compareSequencers(issued[i - 1], issued[i])).toBe(-1);
    // A restarted process starts again from the clock, so it does not fall behind what was issued before.
    expect(compareSequencers(new SequencerClock().next(), issued[0])).toBeGreaterThanOrEqual(0);
  });
});

describe('S3 → SQS event shapes', () => {
  const created: ObjectEvent = { eventName: 'ObjectCreated:Put', bucket: 'newsfacts-local', key: KEY, size: 42, eTag: 'abc', eventTime: '2026-01-01T00:00:00.000Z' };
  const removed: ObjectEvent = { eventName: 'ObjectRemoved:Delete', bucket: 'newsfacts-local', key: KEY, eventTime: '2026-01-01T00:00:01.000Z' };

  it('builds the records S3 sends: encoded key, size and eTag on creation only, the given sequencer', () => {
    const put = toS3EventRecord(created, '0000000000000000000A', 'us-east-1');
    expect(put).toMatchObject({ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', awsRegion: 'us-east-1', s3: { bucket: { name: 'newsfacts-local', arn: 'arn:aws:s3:::newsfacts-local' }, object: { key: encodeS3Key(KEY), size: 42, eTag: 'abc', sequencer: '0000000000000000000A' } } });
    const del = toS3EventRecord(removed, '0000000000000000000B', 'us-east-1');
    expect(del.s3.object).toEqual({ key: encodeS3Key(KEY), sequencer: '0000000000000000000B' });
  });

  it('wraps them as SQS records whose body the ingest handler parses back to the decoded key', () => {
    const message = toSqsMessage([toS3EventRecord(created, '01', 'us-east-1')]);
    const event = toSqsEvent([message], 2, 'us-east-1', 'newsfacts-local-ingest');
    const [record] = event.Records;
    expect(record.messageId).toBe(message.messageId);
    expect(record.eventSource).toBe('aws:sqs');
    expect(record.attributes.ApproximateReceiveCount).toBe('2');
    expect(record.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
    const events = objectEventsOf(JSON.parse(record.body), 'incoming/');
    expect(events).toEqual([{ kind: 'created', bucket: 'newsfacts-local', key: KEY, versionId: null, sequencer: '01', size: 42, eventTime: '2026-01-01T00:00:00.000Z' }]);
  });
});
