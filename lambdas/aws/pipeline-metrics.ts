import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { IngestOutcome } from '../ingest/ingest-object.js';
import type { ObjectEvent } from '../ingest/object-event.js';
import { INGEST_METRICS, METRICS_NAMESPACE } from './metric-names.js';

/** Metrics of one function, buffered during an invocation and written as EMF when it ends. */
export function functionMetrics(serviceName: string): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
}

/** What one applied object event adds to the ingest function's metrics. */
export function recordIngestOutcome(metrics: Metrics, event: ObjectEvent, outcome: IngestOutcome, now: Date = new Date()): void {
  if (outcome.status === 'processed') {
    metrics.addMetric(INGEST_METRICS.filesProcessed, MetricUnit.Count, 1);
    metrics.addMetric(INGEST_METRICS.articlesProcessed, MetricUnit.Count, outcome.articleIds.length);
    if (outcome.extractionMs !== undefined) metrics.addMetric(INGEST_METRICS.extraction, MetricUnit.Milliseconds, outcome.extractionMs);
  } else if (outcome.status === 'rejected') {
    metrics.addMetric(INGEST_METRICS.filesRejected, MetricUnit.Count, 1);
    // By code too, in a blob of its own: a dimension applies to every metric of its blob.
    metrics.singleMetric().addDimension('code', outcome.code).addMetric(INGEST_METRICS.filesRejected, MetricUnit.Count, 1);
  } else return;
  const eventTime = event.eventTime ? Date.parse(event.eventTime) : Number.NaN;
  if (Number.isFinite(eventTime)) metrics.addMetric(INGEST_METRICS.ingestLag, MetricUnit.Seconds, Math.max(0, (now.getTime() - eventTime) / 1000));
}
