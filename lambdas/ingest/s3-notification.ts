import type { S3Event } from 'aws-lambda';
import type { ObjectEvent } from './object-event.js';

/** S3 sends keys URL-encoded with spaces as "+"; this is the one place they are decoded. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/**
 * Object events in an S3 event notification (the body of an S3→SQS message), limited to keys
 * under `prefix`. The s3:TestEvent S3 sends when a notification is configured yields none.
 */
export function objectEventsOf(notification: unknown, prefix: string): ObjectEvent[] {
  const records = (notification as Partial<S3Event> | null)?.Records;
  if (!Array.isArray(records)) return [];
  const events: ObjectEvent[] = [];
  for (const record of records) {
    const name = String(record?.eventName ?? '');
    const kind = name.startsWith('ObjectCreated:') ? 'created' : name.startsWith('ObjectRemoved:') ? 'removed' : null;
    if (!kind || !record.s3?.object?.key || !record.s3?.bucket?.name) continue;
    const key = decodeS3Key(record.s3.object.key);
    if (!key.startsWith(prefix)) continue;
    events.push({
      kind,
      bucket: record.s3.bucket.name,
      key,
      versionId: record.s3.object.versionId ?? null,
      sequencer: record.s3.object.sequencer ?? '0',
      size: typeof record.s3.object.size === 'number' ? record.s3.object.size : null,
    });
  }
  return events;
}
