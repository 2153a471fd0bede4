import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { toSqsEvent, toSqsMessage, type SqsMessage } from './s3-notifications.js';
import type { S3EventRecord } from 'aws-lambda';
import { lambdaContext } from './lambda-context.js';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface IngestDispatcherOptions {
  handler: SqsHandler;
  region: string;
  queueName: string;
  /** Invocations in flight at once. */
  concurrency?: number;
  /** Attempts per message before giving up (the queue's maxReceiveCount on AWS). */
  maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one. */
  retryDelayMs?: number;
  log?: (line: string) => void;
}

export interface DispatchOutcome {
  key: string;
  eventName: string;
  ok: boolean;
  attempts: number;
  ms: number;
  error?: string;
}

/**
 * Plays the part of S3 → SQS → Lambda in local mode: one message per object event, events of the
 * same key strictly in order, a bounded number of invocations at once, and failed messages
 * (thrown error or listed in batchItemFailures) retried with backoff, then dropped with a log line
 * where AWS would move them to the dead-letter queue.
 */
export class IngestDispatcher {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private readonly listeners: ((outcome: DispatchOutcome) => void)[] = [];

  constructor(private readonly options: IngestDispatcherOptions) {}

  /** Called after every message is done (processed or given up). */
  onOutcome(listener: (outcome: DispatchOutcome) => void): void {
    this.listeners.push(listener);
  }

  dispatch(key: string, record: S3EventRecord): Promise<void> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.withSlot(() => this.deliver(key, record)));
    this.chains.set(key, next);
    void next.then(() => {
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
    return next;
  }

  /** Resolves when every message dispatched so far is done. */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private async withSlot(work: () => Promise<void>): Promise<void> {
    const limit = this.options.concurrency ?? 4;
    if (this.running >= limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async deliver(key: string, record: S3EventRecord): Promise<void> {
    const { handler, region, queueName, maxAttempts = 3, retryDelayMs = 500 } = this.options;
    const message: SqsMessage = toSqsMessage([record]);
    const started = Date.now();
    let lastError = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const response = await handler(toSqsEvent([message], attempt, region, queueName), lambdaContext('newsfacts-local-ingest'));
        const failed = response?.batchItemFailures?.some((failure) => failure.itemIdentifier === message.messageId);
        if (!failed) {
          this.report({ key, eventName: record.eventName, ok: true, attempts: attempt, ms: Date.now() - started });
          return;
        }
        lastError = 'the handler reported the message as failed';
      } catch (err) {
        lastError = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
      if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
    }
    this.report({ key, eventName: record.eventName, ok: false, attempts: maxAttempts, ms: Date.now() - started, error: lastError });
  }

  private report(outcome: DispatchOutcome): void {
    for (const listener of this.listeners) listener(outcome);
    if (!outcome.ok) this.options.log?.(`ingest gave up on ${outcome.eventName} ${outcome.key} after ${outcome.attempts} attempts (on AWS it would go to the dead-letter queue): ${outcome.error}`);
  }
}
