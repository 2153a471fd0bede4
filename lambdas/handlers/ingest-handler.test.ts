import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryArticleWriter } from '../../test/support/in-memory-article-writer.js';
import { toSqsEvent, toSqsMessage } from '../../local/s3-notifications.js';
import { functionMetrics } from '../aws/pipeline-metrics.js';
import { s3EventRecordOf } from '../aws/s3-notification.js';
import type { ObjectReader } from '../ingest/object-event.js';
import { createIngestHandler } from './ingest-handler.js';

// The ingest handler as Lambda runs it, on the in-memory store: what it logs and which metrics
// it writes (EMF) for one batch, read back from what it prints.
const STORY = 'Acme opens office\n\nLAGOS, March 4 - Acme Corp opened an office in Lagos, chief executive Tunde Bakare said.';
const bodies: Record<string, string> = { 'incoming/story.txt': STORY, 'incoming/empty.txt': '' };
const objects: ObjectReader = {
  async read(_bucket, key) {
    if (key === 'incoming/s3-down.txt') throw new Error('S3 is down');
    return new TextEncoder().encode(bodies[key]);
  },
};
const context = { functionName: 'newsfacts-ingest', awsRequestId: 'req-42', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:newsfacts-ingest', memoryLimitInMB: '1024' } as Context;

let output: Record<string, unknown>[];
beforeEach(() => {
  output = [];
  // Log lines of level ERROR go to stderr, the rest and the EMF blobs to stdout.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const line of String(chunk).split('\n')) if (line.startsWith('{')) output.push(JSON.parse(line) as Record<string, unknown>);
      return true;
    });
  }
});
afterEach(() => vi.restoreAllMocks());

function sqsEventFor(keys: string[]) {
  const eventTime = new Date(Date.now() - 3_000).toISOString();
  const messages = keys.map((key, i) => toSqsMessage([s3EventRecordOf({ eventName: 'ObjectCreated:Put', bucket: 'b', key, size: 100, sequencer: `0${i + 1}`, region: 'eu-west-1', eventTime })]));
  return { event: toSqsEvent(messages, 1, 'eu-west-1', 'ingest'), messages };
}

describe('the ingest handler', () => {
  it('logs with the invocation context, reports the failed record, and writes its metrics once per invocation', async () => {
    const handler = createIngestHandler({
      store: new InMemoryArticleWriter(), objects, maxObjectBytes: 10_000, incomingPrefix: 'incoming/', maxReceiveCount: 3,
      metrics: functionMetrics('newsfacts-ingest'),
    });
    const { event, messages } = sqsEventFor(['incoming/story.txt', 'incoming/empty.txt', 'incoming/s3-down.txt']);
    const response = await handler(event, context);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: messages[2].messageId }]);

    const logs = output.filter((line) => 'level' in line);
    // The records of a batch run side by side: their lines come in any order.
    expect(logs.map((l) => l.message).sort()).toEqual(['Object event applied', 'Object event applied', 'Object event failed']);
    for (const log of logs) expect(log).toMatchObject({ function_request_id: 'req-42', function_name: 'newsfacts-ingest' });
    // The error itself, stack included, not only its message.
    expect(logs.find((l) => l.message === 'Object event failed')!.error).toMatchObject({ name: 'Error', message: 'S3 is down', stack: expect.stringContaining('ingest-handler.test.ts') });

    const emf = output.filter((line) => '_aws' in line);
    const total = emf.find((b) => !('code' in b));
    expect(total).toMatchObject({ service: 'newsfacts-ingest', FilesProcessed: 1, ArticlesProcessed: 1, FilesRejected: 1 });
    // Two events reached a result, each with its lag from the S3 event time (about 3 s).
    expect(total!.IngestLagSeconds).toEqual([expect.any(Number), expect.any(Number)]);
    for (const lag of total!.IngestLagSeconds as number[]) expect(lag).toBeGreaterThanOrEqual(3);
    expect(emf.find((b) => 'code' in b)).toMatchObject({ code: 'EMPTY_FILE', FilesRejected: 1 });
  });

  it('writes no metrics where none are given (local mode, tools)', async () => {
    const handler = createIngestHandler({ store: new InMemoryArticleWriter(), objects, maxObjectBytes: 10_000, incomingPrefix: 'incoming/', maxReceiveCount: 3 });
    await handler(sqsEventFor(['incoming/story.txt']).event, context);
    expect(output.filter((line) => '_aws' in line)).toEqual([]);
  });
});
