import { createHash, randomUUID } from 'node:crypto';
import type { S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import { s3EventRecordOf } from '../lambdas/aws/s3-notification.js';
import type { ObjectEvent } from './services/s3-server.js';

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

/** The S3 event notification record AWS would send for this s3rver object event. */
export function toS3EventRecord(event: ObjectEvent, sequencer: string, region: string): S3EventRecord {
  return s3EventRecordOf({ ...event, sequencer, region, origin: 'LOCALMODE' });
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
