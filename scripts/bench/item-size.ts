// DynamoDB item size as the service bills it: attribute names plus values (UTF-8 strings, numbers
// at about one byte per two significant digits plus one, 1 byte for booleans and nulls, 3 bytes
// plus one per element of overhead for lists and maps).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';

/** A native item as DynamoDB holds it, marshalled as the store's document client does (undefined attributes left out). */
export function marshalledItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  return marshall(item, { removeUndefinedValues: true });
}

export function itemSize(item: Record<string, AttributeValue>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((a, s) => a + Buffer.byteLength(s), 0);
  if (value.NS) return value.NS.reduce((a, n) => a + numberSize(n), 0);
  if (value.BS) return value.BS.reduce((a, b) => a + b.length, 0);
  if (value.L) return 3 + value.L.reduce((a, v) => a + 1 + valueSize(v), 0);
  if (value.M) return 3 + Object.entries(value.M).reduce((a, [k, v]) => a + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  return 0;
}

function numberSize(n: string): number {
  const digits = n.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/**
 * Size of an item's entry in a global secondary index that projects `projected`: the index keys,
 * the table keys and the projected attributes it holds; null when the item has no index key.
 */
export function indexEntrySize(item: Record<string, AttributeValue>, index: { partitionKey: string; sortKey: string }, projected: readonly string[]): number | null {
  if (!item[index.partitionKey]) return null;
  const kept = new Set(['pk', 'sk', index.partitionKey, index.sortKey, ...projected]);
  return itemSize(Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name))));
}

/** Write units of putting an item: 1 per started KB in the table, and in each index entry it has. */
export function writeUnits(size: number, indexEntrySizes: number[] = []): number {
  return [size, ...indexEntrySizes].reduce((units, bytes) => units + Math.ceil(bytes / 1024), 0);
}
