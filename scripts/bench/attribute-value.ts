// Native values to DynamoDB AttributeValues, the way the document client marshals the store's items
// (removeUndefinedValues), so the bench can size items the store builds without writing them.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number' || typeof value === 'bigint') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (value instanceof Uint8Array) return { B: value };
  if (value instanceof Set) {
    const members = [...value];
    if (members.every((m) => typeof m === 'string')) return { SS: members as string[] };
    if (members.every((m) => typeof m === 'number')) return { NS: members.map(String) };
    throw new Error('only sets of strings or numbers can be stored');
  }
  if (Array.isArray(value)) return { L: value.map((v) => toAttributeValue(v) ?? { NULL: true }) };
  if (typeof value === 'object') return { M: toItem(value as Record<string, unknown>) };
  throw new Error(`cannot store a ${typeof value}`);
}

/** An item of native values as DynamoDB holds it; undefined attributes are left out. */
export function toItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(item)) {
    const converted = toAttributeValue(value);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}
