import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, ExecuteStatementCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Item, ItemKey } from './keys.js';

/** Where the adapter's reader and writer find their table. */
export interface DynamoDbTableOptions {
  client: DynamoDBClient | DynamoDBDocumentClient;
  tableName: string;
}

/** The document client and table name every request of the adapter goes through. */
export interface Table {
  readonly db: DynamoDBDocumentClient;
  readonly name: string;
}

export function tableOf(options: DynamoDbTableOptions): Table {
  const db =
    options.client instanceof DynamoDBDocumentClient
      ? options.client
      : DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
  return { db, name: options.tableName };
}

export interface KeyQuery {
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
  ProjectionExpression?: string;
  ConsistentRead?: boolean;
  ScanIndexForward?: boolean;
}

/** Every item of a key condition, or the first `max` of them. */
export async function queryAll(table: Table, input: KeyQuery, max = Infinity): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const Limit = Number.isFinite(max) ? max - items.length : undefined;
    const out = await table.db.send(new QueryCommand({ TableName: table.name, ...input, Limit, ExclusiveStartKey: start }));
    items.push(...((out.Items as Item[] | undefined) ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length < max);
  return items;
}

/** BatchGetItem in chunks of 100, unprocessed keys asked again with backoff and jitter. */
export async function batchGet(table: Table, keys: ItemKey[], options: { projection?: string; consistent?: boolean } = {}): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
      const out: BatchGetCommandOutput = await table.db.send(new BatchGetCommand({
        RequestItems: { [table.name]: { Keys: pending, ProjectionExpression: options.projection, ConsistentRead: options.consistent } },
      }));
      items.push(...((out.Responses?.[table.name] ?? []) as Item[]));
      pending = out.UnprocessedKeys?.[table.name]?.Keys;
    }
  }
  return items;
}

/** Partition key values one PartiQL `IN` may list (DynamoDB's limit). */
export const STATEMENT_KEYS_MAX = 50;

/**
 * Every item of each partition key in one request: a PartiQL SELECT with `IN` on the partition
 * key, which DynamoDB answers as a read of each key (no scan; the functions' IAM policy denies
 * scans). One request instead of one per key is most of what reading band keys costs the ingest
 * process (docs/quality/syndication.md, "Cost at ingestion"), and band keys are nearly always
 * short. `limit` bounds the items read, so a key holding a story copied many times cannot make
 * the read large. Null when the keys do not fit one request or the answer was cut short (the
 * service pages IN results): the caller then reads each key on its own, bounded as before.
 */
export async function readPartitions(table: Table, keys: string[], options: { consistent: boolean; projection: string; limit: number }): Promise<Map<string, Item[]> | null> {
  if (keys.length === 0 || keys.length > STATEMENT_KEYS_MAX) return null;
  const out = await table.db.send(new ExecuteStatementCommand({
    Statement: `SELECT ${options.projection} FROM "${table.name}" WHERE pk IN [${keys.map(() => '?').join(', ')}]`,
    Parameters: keys,
    Limit: options.limit,
    ConsistentRead: options.consistent,
  }));
  if (out.NextToken || out.LastEvaluatedKey) return null;
  const byKey = new Map(keys.map((key) => [key, [] as Item[]]));
  for (const item of (out.Items ?? []) as Item[]) byKey.get(item.pk)?.push(item);
  return byKey;
}
