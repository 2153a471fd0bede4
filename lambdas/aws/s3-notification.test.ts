import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeS3Key, encodeS3Key, objectEventsOf } from './s3-notification.js';

const KEY = 'incoming/World News + Politics/ü caracas (1).txt';

const record = (eventName: string, key: string, extra: Record<string, unknown> = {}) => ({
  eventName,
  s3: { bucket: { name: 'b' }, object: { key, sequencer: '0055AED6DCD90281E5', size: 12, ...extra } },
});

describe('S3 event notifications', () => {
  it('decode keys the way S3 encodes them: "+" for spaces and %-escapes', () => {
    expect(decodeS3Key('incoming/World+News+%2B+Politics/%C3%BC+caracas+%281%29.txt')).toBe('incoming/World News + Politics/ü caracas (1).txt');
  });

  it('turn created and removed records under the prefix into object events', () => {
    const events = objectEventsOf({
      Records: [
        record('ObjectCreated:Put', 'incoming/a+b.txt', { versionId: 'v1' }),
        record('ObjectRemoved:Delete', 'incoming/c.txt'),
        record('ObjectCreated:Put', 'elsewhere/d.txt'),
        record('ObjectRestore:Completed', 'incoming/e.txt'),
      ],
    }, 'incoming/');
    expect(events).toEqual([
      { kind: 'created', bucket: 'b', key: 'incoming/a b.txt', versionId: 'v1', sequencer: '0055AED6DCD90281E5', size: 12 },
      { kind: 'removed', bucket: 'b', key: 'incoming/c.txt', versionId: null, sequencer: '0055AED6DCD90281E5', size: 12 },
    ]);
  });

  it('carry the time S3 recorded the change, when the record has one', () => {
    const [event] = objectEventsOf({ Records: [{ ...record('ObjectCreated:Put', 'incoming/a.txt'), eventTime: '2026-12-01T10:00:00.000Z' }] }, 'incoming/');
    expect(event.eventTime).toBe('2026-12-01T10:00:00.000Z');
  });

  it('yield nothing for the test event S3 sends when notifications are configured', () => {
    expect(objectEventsOf({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' }, 'incoming/')).toEqual([]);
    expect(objectEventsOf(null, 'incoming/')).toEqual([]);
  });
});

describe('encodeS3Key', () => {
  it('writes spaces as + and a literal + as %2B, keeping slashes, like S3 notifications', () => {
    expect(encodeS3Key(KEY)).toBe('incoming/World+News+%2B+Politics/%C3%BC+caracas+(1).txt');
  });

  it('round-trips through decodeS3Key for any key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (key) => {
        expect(decodeS3Key(encodeS3Key(key))).toBe(key);
      }),
    );
  });
});
