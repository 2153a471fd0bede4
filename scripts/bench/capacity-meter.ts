// Counts DynamoDB capacity without touching the store: a client middleware asks every data
// command for ReturnConsumedCapacity and adds up what the responses report.
import type { ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand', 'ExecuteStatementCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

export interface CapacityTotals {
  readUnits: number;
  writeUnits: number;
  /** Units reported against global secondary indexes (ReturnConsumedCapacity INDEXES). */
  indexWriteUnits: number;
  indexReadUnits: number;
  /** Requests per command name. */
  requests: Record<string, number>;
  /**
   * Times a request started while none was in flight: the length of the critical path in round
   * trips (parallel requests count once), which is what request latency multiplies on Lambda.
   */
  rounds: number;
  /**
   * PartiQL SELECTs by key, priced as the Queries they stand for: 0.5 units per key listed, 1 when
   * strongly consistent (DynamoDB Local reports no capacity for PartiQL).
   */
  statementReadUnitsModeled: number;
}

export class CapacityMeter {
  totals: CapacityTotals = CapacityMeter.empty();
  private inFlight = 0;

  static empty(): CapacityTotals {
    return { readUnits: 0, writeUnits: 0, indexWriteUnits: 0, indexReadUnits: 0, requests: {}, rounds: 0, statementReadUnitsModeled: 0 };
  }

  /** Starts counting on `client` (and every DocumentClient built from it: they share its middleware stack). */
  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        // Document-client commands report the low-level command name in the context.
        const command = String((context as { commandName?: string }).commandName ?? '');
        const counted = READS.has(command) || WRITES.has(command);
        if (counted) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
        if (command === 'ExecuteStatementCommand') {
          const input = args.input as { Parameters?: unknown[]; ConsistentRead?: boolean };
          this.totals.statementReadUnitsModeled += (input.Parameters?.length ?? 0) * (input.ConsistentRead ? 1 : 0.5);
        }
        if (this.inFlight++ === 0) this.totals.rounds++;
        try {
          const result = await next(args);
          if (counted) this.add(command, (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity);
          return result;
        } finally {
          this.inFlight--;
        }
      },
      { step: 'initialize', name: 'benchConsumedCapacity', override: true },
    );
  }

  reset(): CapacityTotals {
    const previous = this.totals;
    this.totals = CapacityMeter.empty();
    return previous;
  }

  private add(command: string, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
    this.totals.requests[command] = (this.totals.requests[command] ?? 0) + 1;
    const write = WRITES.has(command);
    for (const entry of consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed]) {
      const units = entry.CapacityUnits ?? 0;
      const index = Object.values(entry.GlobalSecondaryIndexes ?? {}).reduce((a, c) => a + (c.CapacityUnits ?? 0), 0);
      if (write) {
        this.totals.writeUnits += units;
        this.totals.indexWriteUnits += index;
      } else {
        this.totals.readUnits += units;
        this.totals.indexReadUnits += index;
      }
    }
  }
}
