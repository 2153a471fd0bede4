import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
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
