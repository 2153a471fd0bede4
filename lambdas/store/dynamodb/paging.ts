import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../article-store.js';
import { decodeCursor, encodeCursor, type CursorState, type StreamKeyShape } from './cursor.js';
import type { Item } from './keys.js';
import { withReadErrors } from './read-errors.js';
import type { Table } from './table.js';

/** One partition a page reads: of the table or of an index, a sort key range, a filter. */
export interface QuerySpec {
  index?: 'gsi1' | 'gsi2';
  partition: string;
  range?: { between?: [string, string]; beginsWith?: string };
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  newestFirst?: boolean;
  /** Items one Query evaluates at most (default: the page size + 1); more for a selective filter, so that a page fills in one request. */
  readLimit?: number;
}

/** One result a read item yields (an index entry yields one; a fact group or link, several). */
export interface Entry<T> {
  /** Merge order across partitions. */
  order: string;
  /** Generation dedup: of one article, only the newest generation on the page is shown. */
  articleId?: string;
  gen?: string;
  value: T;
}

/**
 * One page over one or more partitions read side by side: each item read yields entries, the
 * partitions are merged by entry order, and the cursor keeps each partition's position (down to
 * an entry inside an item). Of an article whose old and new generation are both on the page
 * (a replacement in flight), only the newer is kept.
 */
export async function readPage<T>(table: Table, specs: QuerySpec[], page: PageRequest, expand: (item: Item) => Entry<T>[]): Promise<Page<T>> {
  const shapes: StreamKeyShape[] = specs.map((spec) => {
    const pkName = spec.index ? `${spec.index}pk` : 'pk';
    return { attributes: spec.index ? ['pk', 'sk', pkName, `${spec.index}sk`] : ['pk', 'sk'], partition: { attribute: pkName, value: spec.partition } };
  });
  const query = specs.length === 1 ? specs[0] : specs;
  const start: CursorState = decodeCursor(page.cursor, query, shapes) ?? specs.map(() => ({ skip: 0 }));

  const streams = await Promise.all(specs.map(async (spec, s) => {
    const position = start[s];
    if (!position) return null;
    const request = table.db.send(new QueryCommand({
      TableName: table.name,
      IndexName: spec.index,
      ...keyCondition(spec),
      ScanIndexForward: !spec.newestFirst,
      // One item more than the page tells whether another page exists.
      Limit: Math.max(spec.readLimit ?? 0, page.limit + 1),
      ExclusiveStartKey: position.key,
    }));
    const out = await withReadErrors(request, { startKeyFromCursor: position.key !== undefined });
    const groups = ((out.Items as Item[] | undefined) ?? []).map((item) => ({
      key: Object.fromEntries(shapes[s].attributes.map((a) => [a, String(item[a])])),
      entries: expand(item),
    }));
    if (groups.length) groups[0].entries = groups[0].entries.slice(position.skip);
    return { position, groups, lastKey: out.LastEvaluatedKey as Record<string, string> | undefined, group: 0, taken: 0 };
  }));

  // k-way merge, newest (or oldest) first; a partition read to its end of this round but not
  // exhausted stops the page, since what it holds next may come first.
  const picked: Entry<T>[] = [];
  const descending = specs[0].newestFirst === true;
  while (picked.length < page.limit) {
    let best: (typeof streams)[number] = null;
    let starved = false;
    for (const stream of streams) {
      if (!stream) continue;
      while (stream.group < stream.groups.length && stream.taken >= stream.groups[stream.group].entries.length) {
        stream.group++;
        stream.taken = 0;
      }
      if (stream.group >= stream.groups.length) {
        if (stream.lastKey) starved = true;
        continue;
      }
      const order = stream.groups[stream.group].entries[stream.taken].order;
      if (!best || (descending ? order > best.groups[best.group].entries[best.taken].order : order < best.groups[best.group].entries[best.taken].order)) best = stream;
    }
    if (starved || !best) break;
    picked.push(best.groups[best.group].entries[best.taken]);
    best.taken++;
  }

  const state: CursorState = streams.map((stream) => {
    if (!stream) return null;
    while (stream.group < stream.groups.length && stream.taken >= stream.groups[stream.group].entries.length) {
      stream.group++;
      stream.taken = 0;
    }
    if (stream.group >= stream.groups.length) {
      const key = stream.groups.length ? (stream.lastKey ? stream.lastKey : undefined) : stream.lastKey;
      return key ? { key, skip: 0 } : null;
    }
    if (stream.group === 0) return { key: stream.position.key, skip: stream.position.skip + stream.taken };
    return { key: stream.groups[stream.group - 1].key, skip: stream.taken };
  });

  const newestGen = new Map<string, string>();
  for (const e of picked) if (e.articleId && e.gen! > (newestGen.get(e.articleId) ?? '')) newestGen.set(e.articleId, e.gen!);
  const items = picked.filter((e) => !e.articleId || e.gen === newestGen.get(e.articleId)).map((e) => e.value);
  return { items, nextCursor: encodeCursor(query, state) };
}

function keyCondition(spec: QuerySpec) {
  const pkName = spec.index ? `${spec.index}pk` : 'pk';
  const skName = spec.index ? `${spec.index}sk` : 'sk';
  const values: Record<string, unknown> = { ':p': spec.partition, ...spec.filter?.values };
  let condition = `${pkName} = :p`;
  if (spec.range?.between) {
    condition += ` AND ${skName} BETWEEN :lo AND :hi`;
    [values[':lo'], values[':hi']] = spec.range.between;
  } else if (spec.range?.beginsWith) {
    condition += ` AND begins_with(${skName}, :prefix)`;
    values[':prefix'] = spec.range.beginsWith;
  }
  return {
    KeyConditionExpression: condition,
    FilterExpression: spec.filter?.expression,
    ExpressionAttributeNames: spec.filter?.names,
    ExpressionAttributeValues: values,
  };
}
