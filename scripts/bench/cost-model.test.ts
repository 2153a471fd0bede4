import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comprehendMonthlyCost, renderCostModel, renderIngestSettings, requestCostPerMillion, writeScalingCostModel } from './cost-model.js';

describe('comprehendMonthlyCost', () => {
  it('prices each tier of monthly units at its own rate', () => {
    expect(comprehendMonthlyCost(1e6)).toBeCloseTo(100, 6);
    expect(comprehendMonthlyCost(10e6)).toBeCloseTo(1000, 6);
    // 10 M at $0.0001, 40 M at $0.00005, 50 M at $0.000025
    expect(comprehendMonthlyCost(100e6)).toBeCloseTo(1000 + 2000 + 1250, 6);
  });
});

describe('renderCostModel', () => {
  const settings = { memoryMb: 1024, batchSize: 5, maxConcurrency: 5 };
  /** The figures sections dynamodb and extraction measure, as the cost model reads them. */
  const measured = {
    dynamodb: {
      ingest_use_case_node_cpu_ms_p50: 50, ingest_use_case_round_trips_p50: 10, ingest_use_case_requests_p50: 20,
      bbc_median_known_entities_wcu_modeled: 90, bbc_median_wcu_modeled: 200, bbc_median_known_entities_rcu_during_ingest: 20,
      bbc_median_known_entities_bytes: 27000, bbc_median_known_entities_index_bytes: 20000, bbc_median_known_entities_items: 44,
      bbc_median_known_entities_index_items: 40, bbc_median_facts: 7, bbc_median_file_bytes: 2200,
    },
    extraction: { extract_bbc_mean_chars: 2300 },
  };

  it('writes nothing until the figures it needs were measured', () => {
    expect(renderCostModel({}, settings)).toBeNull();
  });

  it('builds the tables from the measured figures', () => {
    const figures = measured;
    const block = renderCostModel(figures, settings)!;
    expect(block).toContain('90 WRU per article');
    // 2,300 characters → 23 units per article, 690 M units a month
    expect(block).toContain('23 units of 100 characters');
    expect(block).toMatch(/690 M units a month/);
    // 30 M articles × 90 WRU × $0.625 per million = $1,688
    expect(block).toContain('$1,688');
    expect(block).toContain('CPU time of the ingest use case');
    expect(block).not.toContain('Hot index partitions');
  });

  it('adds the modeled read units of the band statement to the measured ones', () => {
    const figures = { ...measured, dynamodb: { ...measured.dynamodb, bbc_median_rcu_band_statement_modeled: 6 } };
    const block = renderCostModel(figures, settings)!;
    expect(block).toContain('26.0 RRU per article (20.0 measured;');
    // 30 M articles × 26 RRU × $0.125 per million = $97.50
    expect(block).toMatch(/measured \+ modeled \| \$97\.50 \|/);
    expect(renderCostModel(measured, settings)!).toContain('| 20.0 RRU per article | measured |');
  });

  it('takes the CPU time of the handler bundle once section ingest-settings measured it', () => {
    const figures = { ...measured, 'ingest-settings': { handler_cpu_ms_per_article: 35.4 } };
    const block = renderCostModel(figures, settings)!;
    expect(block).toContain('CPU time of the ingest handler, bundled as deployed');
    // 1,024 MB: 35.4 ms ÷ (1024/1769) + 10 round trips × 6 ms + 20 ms = 141 ms; overlapped in a batch of 5: 61 + 80/5 = 77 ms
    expect(block).toContain('| 1,024 MB (configured) | 141 | 77 |');
  });
});

describe('requestCostPerMillion', () => {
  it('prices the invocations and SQS requests of a million articles by batch size', () => {
    // batch 5: 200,000 invocations × $0.20/M = $0.04; SQS 1 M sends + 400,000 receive/delete × $0.40/M = $0.56
    const five = requestCostPerMillion(5);
    expect(five.invocations).toBe(200_000);
    expect(five.sqsRequests).toBe(1_400_000);
    expect(five.usd).toBeCloseTo(0.6, 9);
    expect(requestCostPerMillion(10).usd).toBeLessThan(five.usd);
  });
});

const settingsFigures = {
  'ingest-settings': {
    measuredAt: '2026-11-28T14:00:00Z', loadAverage: 1.5,
    batch_1_wall_ms_per_article: 100, batch_1_cpu_ms_per_article: 35, batch_1_max_rss_mb: 130,
    batch_10_wall_ms_per_article: 70, batch_10_cpu_ms_per_article: 35, batch_10_max_rss_mb: 135,
    batch_25_wall_ms_per_article: 65, batch_25_cpu_ms_per_article: 36, batch_25_max_rss_mb: 142,
    memory_floor_mb: 256, memory_stories: 200, memory_max_rss_mb: 142, memory_rss_after_import_mb: 76, memory_peak_heap_mb: 54,
    invocation_overhead_cpu_ms: 0.4, per_record_cpu_ms: 35,
    concurrency_1_articles_per_s: 13, concurrency_1_machine_busy_pct: 90,
  },
};

describe('renderIngestSettings', () => {
  const settings = { memoryMb: 1024, batchSize: 10, maxConcurrency: 5 };

  it('waits for the ingest-settings section', () => {
    expect(renderIngestSettings({}, settings)).toBeNull();
  });

  it('lists the measured batch sizes against batch size 1 and marks the configured one', () => {
    const block = renderIngestSettings(settingsFigures, settings)!;
    expect(block).toContain('| 10 (configured) | 70.0 | 70 % | 35.0 | 135 MB | 100,000 |');
    // above 10 the stack would need a batching window
    expect(block).toContain('| 25 ¹ |');
    expect(block).toContain('the floor with 50 % headroom is **256 MB**; the configured 1,024 MB is 4.0× that');
    expect(block).toContain('a quiet machine');
  });
});

describe('writeScalingCostModel', () => {
  it('rewrites every generated block between its markers and leaves the prose alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'scaling-'));
    mkdirSync(join(root, 'docs'));
    const doc = [
      'prose before',
      '<!-- bench:cost-model:start -->', 'old cost model', '<!-- bench:cost-model:end -->',
      'prose between',
      '<!-- bench:ingest-settings:start -->', 'old settings', '<!-- bench:ingest-settings:end -->',
      '<!-- bench:hot-partitions:start -->', 'old partitions', '<!-- bench:hot-partitions:end -->',
      'prose after',
    ].join('\n');
    writeFileSync(join(root, 'docs/SCALING.md'), doc);
    writeScalingCostModel(root, settingsFigures);
    const out = readFileSync(join(root, 'docs/SCALING.md'), 'utf8');
    // the settings block is rewritten; the others keep their text because their figures are missing
    expect(out).not.toContain('old settings');
    expect(out).toContain('old cost model');
    expect(out).toContain('old partitions');
    expect(out).toMatch(/prose before\n<!-- bench:cost-model:start -->/);
    expect(out).toMatch(/<!-- bench:ingest-settings:start -->\n_Generated[\s\S]*\n<!-- bench:ingest-settings:end -->\n<!-- bench:hot-partitions:start -->/);
    expect(out.endsWith('prose after')).toBe(true);
    // running it again changes nothing
    writeScalingCostModel(root, settingsFigures);
    expect(readFileSync(join(root, 'docs/SCALING.md'), 'utf8')).toBe(out);
  });
});
