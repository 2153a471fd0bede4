import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INGEST_METRICS, METRICS_NAMESPACE, QUERY_METRICS, SERVICE_NAMES } from '../../lambdas/aws/metric-names.js';
import { acknowledgeNag } from './nag.js';

export interface ObservabilityProps {
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly ingestFunction: IFunction;
  readonly queryFunction: IFunction;
  readonly apiStage: IHttpStage;
  /** Seconds a message may wait in the ingest queue before the backlog alarm fires. */
  readonly maxQueueAgeSeconds: number;
  /** Where alarm notifications go; without it the alarms exist but notify nobody. */
  readonly alarmEmail?: string;
  /** Percent of a window's files rejected above which the rejection alarm fires (see lib/config.ts). */
  readonly rejectionAlarmPercent: number;
  readonly dashboard: boolean;
}

const FIVE_MINUTES = Duration.minutes(5);
const FIFTEEN_MINUTES = Duration.minutes(15);
/** A rejection rate over fewer files says little: the odd bad upload is not an incident. */
const REJECTION_ALARM_MIN_FILES = 10;

/** One of the pipeline's own metrics (lambdas/aws/metric-names.ts), as the function's service publishes it. */
function pipelineMetric(service: string, metricName: string, statistic: string, period = FIVE_MINUTES): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service }, statistic, period });
}

/**
 * Alarms on what needs a human: anything in the dead-letter queue, a growing backlog, function
 * errors or throttles, and API 5xx responses (the API contract promises none). Each alarm
 * costs $0.10/month; the dashboard is free within the account's first three.
 */
export class Observability extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);

    if (props.alarmEmail) {
      this.topic = new Topic(this, 'AlarmTopic', { displayName: 'newsfacts alarms', enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      acknowledgeNag(
        this.topic,
        'AwsSolutions-SNS2',
        'Alarm notifications carry only alarm names and states. CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer-managed key would cost more than the rest of an idle deployment.',
      );
    }

    const dlqDepth = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' });
    const queueAge = props.queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES, statistic: 'Maximum' });
    const ingestErrors = props.ingestFunction.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
    const ingestThrottles = props.ingestFunction.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
    const queryErrors = props.queryFunction.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
    const queryThrottles = props.queryFunction.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
    const apiServerErrors = props.apiStage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });

    this.alarm('DeadLetterQueueNotEmpty', dlqDepth, 0, 'Messages reached the dead-letter queue: files failed ingestion repeatedly.');
    this.alarm('IngestBacklog', queueAge, props.maxQueueAgeSeconds, 'The oldest message in the ingest queue is older than expected.');
    this.alarm('IngestErrors', ingestErrors, 0, 'The ingest function failed (crash or timeout).');
    this.alarm('IngestThrottles', ingestThrottles, 0, 'The ingest function was throttled.');
    this.alarm('QueryErrors', queryErrors, 0, 'The query function failed (crash or timeout).');
    this.alarm('QueryThrottles', queryThrottles, 0, 'The query function was throttled.');
    this.alarm('ApiServerErrors', apiServerErrors, 0, 'The API returned 5xx responses.');

    const filesProcessed = pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.filesProcessed, 'Sum');
    const filesRejected = pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.filesRejected, 'Sum');
    const rejectionRate = new MathExpression({
      label: 'Files rejected (%)',
      expression: `IF(processed + rejected >= ${REJECTION_ALARM_MIN_FILES}, 100 * rejected / (processed + rejected), 0)`,
      usingMetrics: {
        processed: pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.filesProcessed, 'Sum', FIFTEEN_MINUTES),
        rejected: pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.filesRejected, 'Sum', FIFTEEN_MINUTES),
      },
      period: FIFTEEN_MINUTES,
    });
    this.alarm(
      'FileRejectionRate',
      rejectionRate,
      props.rejectionAlarmPercent,
      `More than ${props.rejectionAlarmPercent}% of the files of 15 minutes (at least ${REJECTION_ALARM_MIN_FILES}) were rejected: a broken feed or exporter? GET /articles?status=rejected lists them with their codes.`,
    );

    if (props.dashboard) {
      const dashboard = new Dashboard(this, 'Dashboard', {
        dashboardName: `${Stack.of(this).stackName}-pipeline`,
        defaultInterval: Duration.hours(24),
      });
      dashboard.addWidgets(
        new GraphWidget({
          title: 'Ingest queue',
          left: [props.queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES }), dlqDepth],
          right: [queueAge],
        }),
        new GraphWidget({
          title: 'Ingest function',
          left: [props.ingestFunction.metricInvocations({ period: FIVE_MINUTES }), ingestErrors, ingestThrottles],
          right: [props.ingestFunction.metricDuration({ period: FIVE_MINUTES, statistic: 'p95' })],
        }),
        new GraphWidget({
          title: 'Files ingested',
          left: [filesProcessed, filesRejected, pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.articlesProcessed, 'Sum')],
          right: [rejectionRate],
        }),
        new GraphWidget({
          title: 'Rejections by code',
          left: [searchSum(`{${METRICS_NAMESPACE},service,code} MetricName="${INGEST_METRICS.filesRejected}"`, 'Rejected files')],
        }),
        new GraphWidget({
          title: 'Ingest lag and extraction time (p95)',
          left: [pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.ingestLag, 'p95')],
          right: [pipelineMetric(SERVICE_NAMES.ingest, INGEST_METRICS.extraction, 'p95')],
        }),
        new GraphWidget({
          title: 'API requests by route and status',
          left: [searchSum(`{${METRICS_NAMESPACE},service,route,status} MetricName="${QUERY_METRICS.requests}"`, 'Requests')],
        }),
        new GraphWidget({
          title: 'Query API',
          left: [props.apiStage.metricCount({ period: FIVE_MINUTES }), props.apiStage.metricClientError({ period: FIVE_MINUTES }), apiServerErrors],
          right: [props.apiStage.metricLatency({ period: FIVE_MINUTES, statistic: 'p95' })],
        }),
      );
    }
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      // No data means no traffic, not a failure.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `newsfacts: ${description}`,
    });
    if (this.topic) {
      const action = new SnsAction(this.topic);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    this.alarms.push(alarm);
  }
}

/** Every metric a CloudWatch search finds, summed over five minutes (one line per dimension value). */
function searchSum(query: string, label: string): MathExpression {
  return new MathExpression({ expression: `SEARCH('${query}', 'Sum', 300)`, label, usingMetrics: {}, period: FIVE_MINUTES });
}
