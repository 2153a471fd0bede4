import { afterAll, describe, expect, it } from 'vitest';
import type { IngestDeps } from '../../../lambdas/ingest/ingest-object.js';
import { S3ObjectReader } from '../../../lambdas/aws/s3-object-reader.js';
import { createDynamoDbArticleStore } from '../../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { ingestHostileFiles, runHostileOffline, STABLE_CODES } from '../../../scripts/chaos/hostile.js';
import { hostileCorpus, HOSTILE_CATEGORIES } from '../../../scripts/chaos/hostile-corpus.js';
import { integrationEnv } from '../support/env.js';

// A small configured size limit keeps 1,000 files fast; the limit is a setting (MAX_OBJECT_BYTES),
// and the at/above-limit files are generated relative to it. `npm run chaos` uses a larger one.
const MAX_BYTES = 16 * 1024;
const SEED = 20261128;

describe('a generated corpus of 1,000 hostile files', () => {
  it('is deterministic and covers every category', () => {
    const first = [...hostileCorpus({ seed: SEED, count: 1000, maxBytes: MAX_BYTES })];
    const again = [...hostileCorpus({ seed: SEED, count: 1000, maxBytes: MAX_BYTES })];
    expect(first).toHaveLength(1000);
    expect(new Set(first.map((f) => f.category))).toEqual(new Set(HOSTILE_CATEGORIES));
    expect(again.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(first.map((f) => Buffer.from(f.bytes).toString('base64')));
    const sizes = first.map((f) => f.bytes.length);
    expect(sizes).toContain(0);
    expect(sizes).toContain(MAX_BYTES);
    expect(sizes.some((s) => s > MAX_BYTES)).toBe(true);
  });

  it('goes through normalize + extract without a throw, a hang or a leak; each file ends processed or with a stable code', () => {
    const report = runHostileOffline({ seed: SEED, count: 1000, maxBytes: MAX_BYTES, perFileMsLimit: 10_000 });
    if (process.env.NEWSFACTS_TEST_VERBOSE) console.log(JSON.stringify({ ...report, safetyNet: report.safetyNet.length }));
    expect(report.files).toBe(1000);
    expect(report.violations).toEqual([]);
    expect(report.processed).toBeGreaterThan(100);
    for (const code of Object.keys(report.rejected)) expect(STABLE_CODES).toContain(code);
    expect(report.processed + Object.values(report.rejected).reduce((a, b) => a + b, 0)).toBe(1000);
    // The limit guards against leaks and blow-ups (a billion-laughs expansion alone would be GBs).
    expect(report.heapAfterMb - report.heapBeforeMb).toBeLessThan(64);
    expect(report.peakHeapMb).toBeLessThan(1024);
    // Bugs caught by the normalizer's safety net are rejections, not crashes, but stay rare.
    expect(report.safetyNet.length).toBeLessThanOrEqual(5);
  }, 180_000);
});

describe('a 100-file slice of the hostile corpus through the real ingest use case', () => {
  const env = integrationEnv();
  afterAll(() => env.destroy());
  const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });
  const deps: IngestDeps = { store, objects: new S3ObjectReader(env.s3), maxObjectBytes: MAX_BYTES };

  it('stores every file as processed or rejected: none lost', async () => {
    const slice = [...hostileCorpus({ seed: SEED, count: 1000, maxBytes: MAX_BYTES })].filter((f) => f.index % 10 === 0);
    expect(slice).toHaveLength(100);
    const report = await ingestHostileFiles(slice, { s3: env.s3, bucket: env.bucket, deps, reader: store, prefix: `hostile-${Date.now()}` });
    expect(report.violations).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.processed + Object.values(report.rejected).reduce((a, b) => a + b, 0)).toBe(100);
    expect(report.processed).toBeGreaterThan(10);
    expect(Object.keys(report.rejected).length).toBeGreaterThan(3);
  }, 120_000);
});
