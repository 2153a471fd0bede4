import { describe, expect, it } from 'vitest';
import { runBurst } from '../../../scripts/chaos/burst.js';

describe('a burst of uploads through local mode (S3 API → ingest dispatcher → store)', () => {
  it('ends with every file processed, none lost', async () => {
    const report = await runBurst({ files: 100, seed: 5 });
    if (process.env.NEWSFACTS_TEST_VERBOSE) console.log('burst', JSON.stringify(report));
    expect(report.failedMessages).toBe(0);
    expect(report.processed).toBe(100);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
  }, 300_000);
});
