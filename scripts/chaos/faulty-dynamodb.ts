// Wraps a real DynamoDBClient (pointed at DynamoDB Local) so that some calls fail the way DynamoDB
// fails under load: throttling, 500s before or after the write was applied, and BatchWriteItem
// answering with UnprocessedItems. The faults are injected inside the SDK's retry loop, so its
// retry strategy (backoff + jitter) sees them as it would see the real ones.
import { DynamoDBClient, InternalServerError, ProvisionedThroughputExceededException, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { SeededRandom } from './seeded-random.js';

export type FaultKind = 'throttle' | 'server-error' | 'lost-response' | 'unprocessed-items';

export interface FaultOptions {
  rng: SeededRandom;
  /** Probability that one attempt fails (each attempt draws again). */
  rate: number;
  /** Probability that a BatchWriteItem comes back with UnprocessedItems (default: rate). */
  batchRate?: number;
  kinds?: FaultKind[];
}

export interface FaultCounts {
  calls: number;
  injected: Record<FaultKind, number>;
}

type BatchRequests = Record<string, unknown[]>;

/** A DynamoDBClient with faults injected into a share of its attempts; `counts` tells how many. */
export function faultyDynamoDbClient(config: DynamoDBClientConfig, options: FaultOptions): { client: DynamoDBClient; counts: FaultCounts } {
  const client = new DynamoDBClient(config);
  const kinds = options.kinds ?? ['throttle', 'server-error', 'lost-response', 'unprocessed-items'];
  const counts: FaultCounts = { calls: 0, injected: { throttle: 0, 'server-error': 0, 'lost-response': 0, 'unprocessed-items': 0 } };
  const failing = kinds.filter((k) => k !== 'unprocessed-items');
  // Inside the SDK's retry loop (finalizeRequest runs once per attempt): errors it retries with backoff.
  client.middlewareStack.add(
    (next) => async (args) => {
      counts.calls++;
      if (failing.length === 0 || !options.rng.chance(options.rate)) return next(args);
      const kind = options.rng.pick(failing);
      counts.injected[kind]++;
      const $metadata = { httpStatusCode: kind === 'throttle' ? 400 : 500 };
      if (kind === 'throttle') throw new ProvisionedThroughputExceededException({ message: 'Injected: provisioned throughput exceeded.', $metadata });
      // A lost response: the write is applied, but the caller never hears so and retries it.
      if (kind === 'lost-response') await next(args);
      throw new InternalServerError({ message: `Injected: internal server error${kind === 'lost-response' ? ' after the request was applied' : ''}.`, $metadata });
    },
    { step: 'finalizeRequest', priority: 'low', name: 'injectTransientFaults' },
  );
  // Before the document client marshals (initialize step): applies only part of a BatchWriteItem
  // and hands the rest back as UnprocessedItems, as DynamoDB does under load (a 200, not an error).
  if (kinds.includes('unprocessed-items')) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'BatchWriteItemCommand' || !options.rng.chance(options.batchRate ?? options.rate)) return next(args);
        const input = (args as { input: { RequestItems: BatchRequests } }).input;
        const sent: BatchRequests = {};
        const unprocessed: BatchRequests = {};
        for (const [table, requests] of Object.entries(input.RequestItems)) {
          const keep = options.rng.int(0, requests.length - 1);
          if (keep > 0) sent[table] = requests.slice(0, keep);
          unprocessed[table] = requests.slice(keep);
        }
        counts.injected['unprocessed-items']++;
        const result = Object.keys(sent).length
          ? await next({ ...args, input: { ...input, RequestItems: sent } } as typeof args)
          : { output: { $metadata: { httpStatusCode: 200 } }, response: {} };
        const output = result.output as { UnprocessedItems?: BatchRequests };
        const merged: BatchRequests = { ...output.UnprocessedItems };
        for (const [table, requests] of Object.entries(unprocessed)) merged[table] = [...(merged[table] ?? []), ...requests];
        output.UnprocessedItems = merged;
        return result as Awaited<ReturnType<typeof next>>;
      },
      { step: 'initialize', priority: 'low', name: 'injectUnprocessedItems' },
    );
  }
  return { client, counts };
}
