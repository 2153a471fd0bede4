import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Attributes that legitimately differ between two runs of the same events (wall-clock stamps, crash-cleanup hints). */
const VOLATILE = new Set(['updatedAt', 'cleanup', 'replaced']);

/**
 * Every item of the table, keyed "pk|sk", as canonical JSON; `withoutNames` leaves out the name
 * index, which keeps the names of every version ever ingested (never deleted, by design).
 */
export async function tableSnapshot(db: DynamoDBDocumentClient, table: string, options: { withoutNames?: boolean } = {}): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of out.Items ?? []) {
      const pk = String(item.pk);
      if (options.withoutNames && pk.startsWith('N#')) continue;
      snapshot.set(`${pk}|${String(item.sk)}`, canonical(item));
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return snapshot;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (VOLATILE.has(key)) return undefined;
    if (v instanceof Set) return [...v].sort();
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  });
}

export interface SnapshotDiff {
  expectedItems: number;
  actualItems: number;
  /** Items the reference run has and this one lacks. */
  lost: string[];
  /** Items this run has and the reference lacks (leftovers, second copies). */
  duplicated: string[];
  /** Same key, different content. */
  differing: string[];
}

export function diffSnapshots(expected: Map<string, string>, actual: Map<string, string>): SnapshotDiff {
  const diff: SnapshotDiff = { expectedItems: expected.size, actualItems: actual.size, lost: [], duplicated: [], differing: [] };
  for (const [key, value] of expected) {
    if (!actual.has(key)) diff.lost.push(key);
    else if (actual.get(key) !== value) diff.differing.push(key);
  }
  for (const key of actual.keys()) if (!expected.has(key)) diff.duplicated.push(key);
  return diff;
}
