import { createHash } from 'node:crypto';
import { InvalidCursorError } from './article-store.js';

/**
 * Opaque pagination cursors. A cursor carries DynamoDB's LastEvaluatedKey together with a
 * fingerprint of the query that produced it; decoding checks both the fingerprint and that the
 * key lies in the queried partition, so a crafted cursor cannot read outside its query.
 */
export function fingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(query: unknown, lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null;
  return Buffer.from(JSON.stringify({ f: fingerprint(query), k: lastKey })).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  query: unknown,
  key: { attributes: string[]; partition: { attribute: string; value: string } },
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const ok =
    typeof parsed === 'object' && parsed !== null &&
    (parsed as { f?: unknown }).f === fingerprint(query) &&
    typeof (parsed as { k?: unknown }).k === 'object' && (parsed as { k?: unknown }).k !== null;
  if (!ok) throw new InvalidCursorError();
  const start = (parsed as { k: Record<string, unknown> }).k;
  // Exactly the key attributes of the table and index queried, as strings, in the queried partition.
  const names = Object.keys(start).sort();
  const expected = [...key.attributes].sort();
  const wellFormed =
    names.length === expected.length && names.every((n, i) => n === expected[i]) &&
    Object.values(start).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024) &&
    start[key.partition.attribute] === key.partition.value;
  if (!wellFormed) throw new InvalidCursorError();
  return start;
}
