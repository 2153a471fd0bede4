import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObjectEvent } from '../ingest/object-event.js';
import { INGEST_METRICS, METRICS_NAMESPACE } from './metric-names.js';
import { functionMetrics, recordIngestOutcome } from './pipeline-metrics.js';

interface EmfBlob {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
  [field: string]: unknown;
}

/** The EMF lines Powertools writes to stdout, parsed. */
let lines: EmfBlob[];
beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) if (line.includes('"_aws"')) lines.push(JSON.parse(line) as EmfBlob);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const event = (eventTime?: string): ObjectEvent => ({ kind: 'created', bucket: 'b', key: 'incoming/a.txt', versionId: null, sequencer: '01', size: 10, eventTime });
const metricNames = (blob: EmfBlob) => blob._aws.CloudWatchMetrics[0].Metrics.map((m) => m.Name).sort();

describe('ingest metrics', () => {
  it('count processed files and articles, and time extraction and the lag from the S3 event', () => {
    const metrics = functionMetrics('newsfacts-ingest');
    recordIngestOutcome(metrics, event('2026-12-01T10:00:00.000Z'), { status: 'processed', articleIds: ['a.1', 'a.2'], extractionMs: 41 }, new Date('2026-12-01T10:00:07.500Z'));
    metrics.publishStoredMetrics();
    expect(lines).toHaveLength(1);
    const [blob] = lines;
    expect(blob._aws.CloudWatchMetrics[0].Namespace).toBe(METRICS_NAMESPACE);
    expect(blob._aws.CloudWatchMetrics[0].Dimensions).toEqual([['service']]);
    expect(metricNames(blob)).toEqual([INGEST_METRICS.articlesProcessed, INGEST_METRICS.extraction, INGEST_METRICS.filesProcessed, INGEST_METRICS.ingestLag].sort());
    expect(blob).toMatchObject({ service: 'newsfacts-ingest', FilesProcessed: 1, ArticlesProcessed: 2, ExtractionMilliseconds: 41, IngestLagSeconds: 7.5 });
  });

  it('count a rejection once in total and once under its code', () => {
    const metrics = functionMetrics('newsfacts-ingest');
    recordIngestOutcome(metrics, event(), { status: 'rejected', articleId: 'a', code: 'EMPTY_FILE' });
    metrics.publishStoredMetrics();
    const byCode = lines.find((b) => b._aws.CloudWatchMetrics[0].Dimensions[0].includes('code'));
    const total = lines.find((b) => !b._aws.CloudWatchMetrics[0].Dimensions[0].includes('code'));
    expect(byCode).toMatchObject({ code: 'EMPTY_FILE', FilesRejected: 1 });
    expect(byCode!._aws.CloudWatchMetrics[0].Dimensions).toEqual([['service', 'code']]);
    expect(total).toMatchObject({ FilesRejected: 1 });
    // No event time, no lag.
    expect(metricNames(total!)).toEqual([INGEST_METRICS.filesRejected]);
  });

  it('publish nothing for stale, duplicate or deleted events', () => {
    const metrics = functionMetrics('newsfacts-ingest');
    for (const status of ['stale', 'duplicate', 'deleted'] as const) recordIngestOutcome(metrics, event('2026-12-01T10:00:00Z'), { status });
    metrics.publishStoredMetrics();
    expect(lines).toEqual([]);
  });
});
