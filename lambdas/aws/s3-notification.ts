import type { S3Event, S3EventRecord } from 'aws-lambda';
import type { ObjectEvent } from '../ingest/object-event.js';

// S3 event notifications, both ways: read into the ingest use case's ObjectEvents, and built as
// S3 would send them (local mode, replay, redrive and tests), so the key encoding and the record
// shape are written once.

/** S3 sends keys URL-encoded with spaces as "+"; this is the one place they are decoded. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** Encodes a key the way S3 writes it into event notifications (spaces as `+`, slashes kept). */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
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
      ...(typeof record.eventTime === 'string' ? { eventTime: record.eventTime } : {}),
    });
  }
  return events;
}

export interface S3EventRecordParts {
  /** `ObjectCreated:Put`, `ObjectRemoved:Delete`, … */
  eventName: string;
  bucket: string;
  /** Decoded key: it is encoded here as S3 encodes it. */
  key: string;
  sequencer: string;
  region: string;
  eventTime: string;
  /** Created objects only, as in S3's records. */
  size?: number;
  eTag?: string;
  versionId?: string | null;
  /** Who sent it (S3's principal and request ids are made up from this). */
  origin?: string;
}

/** The S3 event notification record AWS would send for this object change. */
export function s3EventRecordOf(parts: S3EventRecordParts): S3EventRecord {
  const origin = parts.origin ?? 'newsfacts';
  const object = { key: encodeS3Key(parts.key), sequencer: parts.sequencer } as S3EventRecord['s3']['object'];
  if (parts.eventName.startsWith('ObjectCreated:')) {
    object.size = parts.size ?? 0;
    if (parts.eTag) object.eTag = parts.eTag;
  }
  if (parts.versionId) object.versionId = parts.versionId;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: parts.region,
    eventTime: parts.eventTime,
    eventName: parts.eventName,
    userIdentity: { principalId: `AWS:${origin}` },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': origin, 'x-amz-id-2': origin },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'newsfacts-incoming',
      bucket: { name: parts.bucket, ownerIdentity: { principalId: origin }, arn: `arn:aws:s3:::${parts.bucket}` },
      object,
    },
  };
}
