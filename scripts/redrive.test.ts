import { StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { dlqArnFromOutputs, moveTaskRequest, regionOfQueueArn, startAwsRedrive } from './redrive.js';

const DLQ = 'arn:aws:sqs:eu-west-1:123456789012:Newsfacts-IngestDeadLetterQueue4E8-abc';

describe('redrive on AWS', () => {
  it('reads the region from a queue ARN and refuses what is not one', () => {
    expect(regionOfQueueArn(DLQ)).toBe('eu-west-1');
    expect(regionOfQueueArn('arn:aws-us-gov:sqs:us-gov-west-1:123456789012:dlq.fifo')).toBe('us-gov-west-1');
    expect(regionOfQueueArn('arn:aws:sns:eu-west-1:123456789012:topic')).toBeNull();
    expect(regionOfQueueArn('https://sqs.eu-west-1.amazonaws.com/123456789012/dlq')).toBeNull();
  });

  it('takes the DLQ ARN from the stack outputs file', () => {
    expect(dlqArnFromOutputs(JSON.stringify({ Newsfacts: { ApiUrl: 'https://x', DeadLetterQueueArn: DLQ } }))).toBe(DLQ);
    expect(() => dlqArnFromOutputs(JSON.stringify({ Newsfacts: { ApiUrl: 'https://x' } }))).toThrow('found 0');
    expect(() => dlqArnFromOutputs(JSON.stringify({ A: { DeadLetterQueueArn: DLQ }, B: { DeadLetterQueueArn: DLQ } }))).toThrow('found 2');
  });

  it('builds a move task from the DLQ back to the source queue, optionally rate-limited', () => {
    expect(moveTaskRequest(DLQ)).toEqual({ SourceArn: DLQ });
    expect(moveTaskRequest(DLQ, 50)).toEqual({ SourceArn: DLQ, MaxNumberOfMessagesPerSecond: 50 });
    expect(() => moveTaskRequest(DLQ, 0)).toThrow('--max-per-second');
    expect(() => moveTaskRequest(DLQ, 501)).toThrow('--max-per-second');
    expect(() => moveTaskRequest('not-an-arn')).toThrow('not an SQS queue ARN');
  });

  it('sends StartMessageMoveTask with that request and returns the task handle', async () => {
    const sent: unknown[] = [];
    const sqs = {
      send: async (command: unknown) => {
        sent.push(command);
        return { TaskHandle: 'task-1' };
      },
    };
    expect(await startAwsRedrive(sqs as never, moveTaskRequest(DLQ, 10))).toBe('task-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(StartMessageMoveTaskCommand);
    expect((sent[0] as StartMessageMoveTaskCommand).input).toEqual({ SourceArn: DLQ, MaxNumberOfMessagesPerSecond: 10 });
  });
});
