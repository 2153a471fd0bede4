import { createHash } from 'node:crypto';
import { InvalidCursorError } from '../article-store.js';

/**
 * Opaque pagination cursors. A cursor carries, for each partition a page reads (one, or several
 * merged), DynamoDB's key to continue after and how many entries of the next item were already
 * returned (an item can hold several facts), together with a fingerprint of the query that
 * produced it. Decoding checks the fingerprint and that every key lies in its partition, so a
 * crafted cursor cannot read outside its query.
 */
export interface StreamPosition {
  /** Continue after this key (absent: from the start of the partition). */
  key?: Record<string, string>;
  /** Entries of the next item already returned. */
  skip: number;
}

/** One position per partition read; null for a partition that is exhausted. */
export type CursorState = Array<StreamPosition | null>;

export interface StreamKeyShape {
  attributes: string[];
  partition: { attribute: string; value: string };
}

const MAX_SKIP = 10_000;

export function fingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(query: unknown, state: CursorState): string | null {
  if (state.every((s) => s === null)) return null;
  const body =
    state.length === 1
      ? { f: fingerprint(query), ...(state[0]!.key ? { k: state[0]!.key } : {}), ...(state[0]!.skip ? { s: state[0]!.skip } : {}) }
      : { f: fingerprint(query), m: state.map((s) => s && { ...(s.key ? { k: s.key } : {}), ...(s.skip ? { s: s.skip } : {}) }) };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, query: unknown, shapes: StreamKeyShape[]): CursorState | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!isObject(parsed) || parsed.f !== fingerprint(query)) throw new InvalidCursorError();
  const raw: unknown[] = shapes.length === 1 ? [parsed] : Array.isArray(parsed.m) ? parsed.m : [];
  if (raw.length !== shapes.length) throw new InvalidCursorError();
  const state = raw.map((entry, i) => (entry === null && shapes.length > 1 ? null : position(entry, shapes[i], shapes.length > 1)));
  if (state.every((s) => s === null)) throw new InvalidCursorError();
  return state;
}

/** `merged`: one of several partitions, which may not have been read from yet (no key, no skip). */
function position(entry: unknown, shape: StreamKeyShape, merged: boolean): StreamPosition {
  if (!isObject(entry)) throw new InvalidCursorError();
  const skip = entry.s ?? 0;
  if (!Number.isInteger(skip) || (skip as number) < 0 || (skip as number) > MAX_SKIP) throw new InvalidCursorError();
  if (entry.k === undefined) {
    if (skip === 0 && !merged) throw new InvalidCursorError();
    return { skip: skip as number };
  }
  // Exactly the key attributes of the table and index queried, as strings, in the queried partition.
  const key = entry.k;
  if (!isObject(key)) throw new InvalidCursorError();
  const names = Object.keys(key).sort();
  const expected = [...shape.attributes].sort();
  const wellFormed =
    names.length === expected.length && names.every((n, i) => n === expected[i]) &&
    Object.values(key).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024) &&
    key[shape.partition.attribute] === shape.partition.value;
  if (!wellFormed) throw new InvalidCursorError();
  return { key: key as Record<string, string>, skip: skip as number };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
