import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestObjectEvent } from '../../lambdas/ingest/ingest-object.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { createTable } from '../../local/create-table.js';
import { loadTableSnapshot, saveTableSnapshot } from '../../local/services/table-snapshot.js';
import { integrationEnv } from './support/env.js';

const env = integrationEnv();
const dir = mkdtempSync(join(tmpdir(), 'newsfacts-snapshot-'));
afterAll(() => {
  env.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function scan(tableName: string) {
  const out = await env.dynamodb.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
  return (out.Items ?? []).sort((a, b) => `${a.pk.S}${a.sk.S}`.localeCompare(`${b.pk.S}${b.sk.S}`));
}

describe('local mode table snapshots', () => {
  it('restore every item of a table exactly, binary and set attributes included, and what reads see', async () => {
    const [source, target] = [`snap-src-${randomUUID()}`, `snap-dst-${randomUUID()}`];
    await createTable(env.dynamodb, source);
    await createTable(env.dynamodb, target);
    const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: source });
    const body = 'Acme opens office\n\nLAGOS, March 4 - Acme Corp opened an office in Lagos, chief executive Tunde Bakare said. "We are ready," Bakare said.';
    const key = 'incoming/snapshot.txt';
    await ingestObjectEvent(
      { kind: 'created', bucket: 'b', key, versionId: null, sequencer: '01', size: body.length },
      { store, objects: { read: async () => new TextEncoder().encode(body) }, maxObjectBytes: 1_000_000 },
    );

    const file = join(dir, 'table.ndjson.gz');
    const saved = await saveTableSnapshot(env.dynamodb, source, file);
    expect(saved).toBe((await scan(source)).length);
    expect(await loadTableSnapshot(env.dynamodb, target, file)).toBe(saved);
    expect(await scan(target)).toEqual(await scan(source));

    const restored = createDynamoDbArticleStore({ client: env.dynamodb, tableName: target });
    expect(await restored.getArticle(articleIdForKey(key), { includeText: true })).toEqual(await store.getArticle(articleIdForKey(key), { includeText: true }));
    const quotes = await restored.listFacts({ speaker: 'per-tunde-bakare' }, { limit: 5 });
    expect(quotes.items.length).toBeGreaterThan(0);
    expect(quotes).toEqual(await store.listFacts({ speaker: 'per-tunde-bakare' }, { limit: 5 }));
  });

  it('loads nothing when there is no snapshot yet', async () => {
    expect(await loadTableSnapshot(env.dynamodb, 'unused', join(dir, 'missing.ndjson.gz'))).toBe(0);
  });
});
