// The custom metrics the functions publish (Embedded Metric Format through Powertools Metrics),
// named once for the code that emits them and the alarms and dashboard that read them.

export const METRICS_NAMESPACE = 'Newsfacts';

/** The `service` dimension of each function's metrics (and its POWERTOOLS_SERVICE_NAME). */
export const SERVICE_NAMES = { ingest: 'newsfacts-ingest', query: 'newsfacts-query' } as const;

export const INGEST_METRICS = {
  /** Files stored with their articles (one per object event). */
  filesProcessed: 'FilesProcessed',
  /** Articles those files held. */
  articlesProcessed: 'ArticlesProcessed',
  /** Files recorded as rejected; also published per rejection code (dimension `code`). */
  filesRejected: 'FilesRejected',
  /** From the S3 event's time to the end of its ingestion. */
  ingestLag: 'IngestLagSeconds',
  /** Normalization and extraction of one file. */
  extraction: 'ExtractionMilliseconds',
} as const;

export const QUERY_METRICS = {
  /** API requests, by `route` (the route pattern, or `unknown`) and `status` (the HTTP status). */
  requests: 'Requests',
} as const;
