import { describe, expect, it } from 'vitest';
import { comprehendMonthlyCost, renderCostModel } from './cost-model.js';

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

  it('writes nothing until the figures it needs were measured', () => {
    expect(renderCostModel({}, settings)).toBeNull();
  });

  it('builds the tables from the measured figures', () => {
    const figures = {
      dynamodb: {
        ingest_use_case_node_cpu_ms_p50: 50, ingest_use_case_round_trips_p50: 10, ingest_use_case_requests_p50: 20,
        bbc_median_known_entities_wcu_modeled: 90, bbc_median_wcu_modeled: 200, bbc_median_known_entities_rcu_during_ingest: 20,
        bbc_median_known_entities_bytes: 27000, bbc_median_known_entities_index_bytes: 20000, bbc_median_known_entities_items: 44,
        bbc_median_known_entities_index_items: 40, bbc_median_facts: 7, bbc_median_file_bytes: 2200,
      },
      extraction: { extract_bbc_mean_chars: 2300 },
    };
    const block = renderCostModel(figures, settings)!;
    expect(block).toContain('90 WRU per article');
    // 2,300 characters → 23 units per article, 690 M units a month
    expect(block).toContain('23 units of 100 characters');
    expect(block).toMatch(/690 M units a month/);
    // 30 M articles × 90 WRU × $0.625 per million = $1,688
    expect(block).toContain('$1,688');
  });
});
