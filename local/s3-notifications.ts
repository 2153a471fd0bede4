import { createHash, randomUUID } from 'node:crypto';
import type { S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import type { ObjectEvent } from './services/s3-server.js';

/** Encodes a key the way S3 writes it into event notifications (spaces as `+`, slashes kept). */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/**
 * Issues S3-style sequencers: fixed-width upper-case hex that grows with every call, and across
 * restarts (it starts from the clock), so "newer event wins" comparisons work as on AWS.
 * s3rver's own sequencer is the millisecond clock, which repeats within a millisecond.
 */
export class SequencerClock {
  private last = 0n;

  next(): string {
    const fromClock = BigInt(Date.now()) * 1_000_000n;
    this.last = fromClock > this.last ? fromClock : this.last + 1n;
    return this.last.toString(16).toUpperCase().padStart(20, '0');
  }
}

/** The S3 event notification record AWS would send for this object event. */
export function toS3EventRecord(event: ObjectEvent, sequencer: string, region: string): S3EventRecord {
  const object: S3EventRecord['s3']['object'] = { key: encodeS3EventKey(event.key), sequencer } as S3EventRecord['s3']['object'];
  if (event.eventName.startsWith('ObjectCreated:')) {
    object.size = event.size ?? 0;
    if (event.eTag) object.eTag = event.eTag;
  }
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: event.eventTime,
    eventName: event.eventName,
    userIdentity: { principalId: 'AWS:LOCALMODE' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': randomHex(16), 'x-amz-id-2': randomHex(32) },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'newsfacts-incoming',
      bucket: { name: event.bucket, ownerIdentity: { principalId: 'LOCALMODE' }, arn: `arn:aws:s3:::${event.bucket}` },
      object,
    },
  };
}

export interface SqsMessage {
  messageId: string;
  body: string;
  sentTimestamp: number;
}

/** Wraps S3 notification records as the SQS message S3 delivers to a queue. */
export function toSqsMessage(records: S3EventRecord[]): SqsMessage {
  return { messageId: randomUUID(), body: JSON.stringify({ Records: records }), sentTimestamp: Date.now() };
}

/** An SQS-triggered Lambda event carrying these messages, with the receive count of this attempt. */
export function toSqsEvent(messages: SqsMessage[], receiveCount: number, region: string, queueName: string): SQSEvent {
  const Records: SQSRecord[] = messages.map((message) => ({
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(message.sentTimestamp),
      SenderId: 'AIDALOCALMODE',
      ApproximateFirstReceiveTimestamp: String(message.sentTimestamp),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${region}:000000000000:${queueName}`,
    awsRegion: region,
  }));
  return { Records };
}

function randomHex(length: number): string {
  return randomUUID().replace(/-/g, '').toUpperCase().repeat(2).slice(0, length);
}
