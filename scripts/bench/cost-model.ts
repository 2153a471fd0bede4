// The measured half of docs/SCALING.md: a cost model for a million articles a day, computed from
// the figures of the latest bench run (docs/benchmarks.json) and the prices below, and written
// between markers in SCALING.md so the prose around it stays hand-written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { concurrencyNeeded } from './invocation-stats.js';
import { renderHotPartitions } from './partition-load.js';
import { fmt, table } from './report.js';

type Figures = Record<string, Record<string, number | string | null>>;

/**
 * us-east-1 list prices, looked up (with the `search` tool, public pricing pages and guides quoting
 * them) when this file was written; assumptions to check against the AWS pricing pages before budgeting.
 */
export const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  dynamoWriteRequestUnit: 0.625 / 1e6,
  dynamoReadRequestUnit: 0.125 / 1e6,
  dynamoStorageGbMonth: 0.25,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  s3StorageGbMonth: 0.023,
  sqsRequest: 0.4 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  /** Comprehend DetectEntities per 100-character unit, 3-unit minimum per request, by monthly volume. */
  comprehendTiers: [
    { upToUnits: 10e6, price: 0.0001 },
    { upToUnits: 50e6, price: 0.00005 },
    { upToUnits: Infinity, price: 0.000025 },
  ],
};

/**
 * Where each price (and the partition limit) was checked with the `search` tool on 2026-11-28; SCALING.md
 * cites these. The Comprehend tiers beyond the first were not on any page the search held.
 */
export const PRICE_SOURCES = [
  { what: 'Lambda arm64 GB-second and requests', url: 'https://aws.amazon.com/lambda/pricing/', quoted: 'https://cloudchipr.com/blog/aws-lambda-pricing (Arm $0.0000133334 per GB-s for the first 7.5 billion GB-s a month; $0.20 per million requests)' },
  { what: 'DynamoDB on-demand WRU/RRU (after the November 2024 cut of 50 %) and storage', url: 'https://aws.amazon.com/dynamodb/pricing/', quoted: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing ($0.625 per million WRU, $0.125 per million RRU, us-east-1); storage $0.25 per GB-month on the AWS page' },
  { what: 'S3 Standard requests and storage', url: 'https://aws.amazon.com/s3/pricing/', quoted: 'https://c3x.dev/blog/s3-request-fees-explained ($0.005 per 1,000 PUT, $0.0004 per 1,000 GET)' },
  { what: 'SQS standard requests (per 64 KB chunk)', url: 'https://aws.amazon.com/sqs/pricing/', quoted: 'https://cloudburn.io/blog/amazon-sqs-pricing ($0.40 per million for the first 100 billion a month)' },
  { what: 'API Gateway HTTP API requests', url: 'https://aws.amazon.com/api-gateway/pricing/', quoted: 'https://www.apigatewaycost.com/aws ($1.00 per million for the first 300 million a month)' },
  { what: 'Comprehend DetectEntities units', url: 'https://aws.amazon.com/comprehend/pricing/', quoted: 'the AWS page: 100-character units, 3-unit minimum per request; https://www.cloudzero.com/blog/amazon-comprehend-pricing/ ($0.0001 per unit)' },
  { what: 'DynamoDB partition limit', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html', quoted: '"each individual partition is limited to 1,000 write units per second and 3,000 read units per second"' },
] as const;

/** Assumptions that are not measured here, each used once below. */
export const ASSUMED = {
  articlesPerDay: 1_000_000,
  daysPerMonth: 30,
  /** Peak hour rate as a multiple of the daily average. */
  peakFactor: 3,
  /** Lambda gives one full vCPU at 1,769 MB and a proportional share below. */
  fullVcpuMb: 1769,
  /** One sequential DynamoDB round trip from Lambda in the same region. */
  dynamoRequestMs: 6,
  /** S3 GetObject of a few KB from Lambda in the same region. */
  s3GetMs: 20,
  /** DynamoDB's per-item storage overhead (bytes), in the table and again in each index. */
  itemOverheadBytes: 100,
  /** Queries a day against the API, for the query-side lines. */
  queriesPerDay: 1_000_000,
  /** SQS requests per article besides the S3→SQS send: ReceiveMessage and DeleteMessageBatch per batch. */
  sqsRequestsPerBatch: 2,
  /** Write units per second one DynamoDB partition accepts (documented limit). */
  partitionWcuPerSecond: 1000,
};

const START = '<!-- bench:cost-model:start -->';
const END = '<!-- bench:cost-model:end -->';

function num(figures: Figures, section: string, key: string): number | null {
  const value = figures[section]?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const usd = (value: number) => (value >= 100 ? `$${fmt(value, 0)}` : value >= 1 ? `$${fmt(value, 2)}` : `$${value.toPrecision(2)}`);

export function comprehendMonthlyCost(unitsPerMonth: number): number {
  let remaining = unitsPerMonth;
  let floor = 0;
  let cost = 0;
  for (const tier of PRICES.comprehendTiers) {
    const inTier = Math.min(remaining, tier.upToUnits - floor);
    cost += inTier * tier.price;
    remaining -= inTier;
    floor = tier.upToUnits;
    if (remaining <= 0) break;
  }
  return cost;
}

export interface IngestSettings {
  memoryMb: number;
  batchSize: number;
  maxConcurrency: number;
}

/** The ingest function's settings as cdk.json configures them (defaults if absent). */
export function readIngestSettings(repoRoot: string): IngestSettings {
  const fallback = { memoryMb: 1024, batchSize: 5, maxConcurrency: 5 };
  const path = join(repoRoot, 'cdk.json');
  if (!existsSync(path)) return fallback;
  const context = (JSON.parse(readFileSync(path, 'utf8')) as { context?: Record<string, unknown> }).context ?? {};
  const read = (name: string, value: number) => (typeof context[`newsfacts:${name}`] === 'number' ? (context[`newsfacts:${name}`] as number) : value);
  return { memoryMb: read('ingestMemoryMb', fallback.memoryMb), batchSize: read('ingestBatchSize', fallback.batchSize), maxConcurrency: read('ingestMaxConcurrency', fallback.maxConcurrency) };
}

/** Renders the generated block; returns null when the figures it needs were never measured. */
export function renderCostModel(figures: Figures, settings: IngestSettings): string | null {
  // CPU per article: the real handler bundle (section "ingest-settings") when measured, else the use case in the bench process.
  const handlerCpuMs = num(figures, 'ingest-settings', 'handler_cpu_ms_per_article');
  const cpuMs = handlerCpuMs ?? num(figures, 'dynamodb', 'ingest_use_case_node_cpu_ms_p50');
  const requests = num(figures, 'dynamodb', 'ingest_use_case_round_trips_p50');
  const requestCount = num(figures, 'dynamodb', 'ingest_use_case_requests_p50');
  const wcuKnown = num(figures, 'dynamodb', 'bbc_median_known_entities_wcu_modeled');
  const wcuCold = num(figures, 'dynamodb', 'bbc_median_wcu_modeled');
  const rcuIngest = num(figures, 'dynamodb', 'bbc_median_known_entities_rcu_during_ingest');
  // A story's first copy, as most articles are: its search and the check after its commit (the known-entities case is a copy).
  const rcuBandStatement = num(figures, 'dynamodb', 'bbc_median_rcu_band_statement_modeled') ?? 0;
  const bytes = num(figures, 'dynamodb', 'bbc_median_known_entities_bytes');
  const indexBytes = num(figures, 'dynamodb', 'bbc_median_known_entities_index_bytes');
  const items = num(figures, 'dynamodb', 'bbc_median_known_entities_items');
  const indexItems = num(figures, 'dynamodb', 'bbc_median_known_entities_index_items');
  const fileBytes = num(figures, 'dynamodb', 'bbc_median_file_bytes');
  const chars = num(figures, 'extraction', 'extract_bbc_mean_chars');
  const ingestMemory = settings.memoryMb;
  const queryMemory = num(figures, 'bundles', 'bundle_query_memory_mb') ?? 512;
  if ([cpuMs, requests, wcuKnown, wcuCold, rcuIngest, bytes, indexBytes, items, indexItems, fileBytes, chars].some((v) => v === null)) return null;

  const perMonth = ASSUMED.articlesPerDay * ASSUMED.daysPerMonth;
  const batchSize = settings.batchSize;
  const durationMs = (memoryMb: number) => cpuMs! / Math.min(1, memoryMb / ASSUMED.fullVcpuMb) + requests! * ASSUMED.dynamoRequestMs + ASSUMED.s3GetMs;
  const waitsMs = requests! * ASSUMED.dynamoRequestMs + ASSUMED.s3GetMs;
  const overlappedMs = (memoryMb: number) => cpuMs! / Math.min(1, memoryMb / ASSUMED.fullVcpuMb) + waitsMs / batchSize;
  const gbSeconds = (memoryMb: number) => (memoryMb / 1024) * (durationMs(memoryMb) / 1000);
  const lambdaMonth = gbSeconds(ingestMemory) * perMonth * PRICES.lambdaArmGbSecond + (perMonth / batchSize) * PRICES.lambdaRequest;
  const storedBytes = bytes! + indexBytes! + ASSUMED.itemOverheadBytes * (items! + indexItems!);
  const storageGbPerMonthAdded = (storedBytes * perMonth) / 1024 ** 3;
  const s3GbPerMonthAdded = (fileBytes! * perMonth) / 1024 ** 3;
  const comprehendUnits = Math.max(3, Math.ceil(chars! / 100));

  const rows: [string, string, string, number][] = [
    ['Lambda ingest (arm64)', `${fmt(ingestMemory)} MB × ${fmt(durationMs(ingestMemory), 0)} ms per article (estimated, see below) + one invocation per batch of ${batchSize}`, 'est.', lambdaMonth],
    ['DynamoDB writes', `${wcuKnown} WRU per article (median BBC story, its entities already known; ${wcuCold} when all are new)`, 'measured', wcuKnown! * perMonth * PRICES.dynamoWriteRequestUnit],
    rcuBandStatement > 0
      ? ['DynamoDB reads during ingest', `${fmt(rcuIngest! + rcuBandStatement, 1)} RRU per article (${fmt(rcuIngest!, 1)} measured; the near-duplicate band statements' ${fmt(rcuBandStatement, 1)} modeled for a story's first copy, its search and its check after the commit: DynamoDB Local reports none for PartiQL)`, 'measured + modeled', (rcuIngest! + rcuBandStatement) * perMonth * PRICES.dynamoReadRequestUnit]
      : ['DynamoDB reads during ingest', `${fmt(rcuIngest!, 1)} RRU per article`, 'measured', rcuIngest! * perMonth * PRICES.dynamoReadRequestUnit],
    ['DynamoDB storage (first month)', `${fmt(storedBytes / 1024, 1)} KB per article in table + indexes → ${fmt(storageGbPerMonthAdded, 0)} GB added per month`, 'measured', storageGbPerMonthAdded * PRICES.dynamoStorageGbMonth],
    ['S3 requests', 'one PUT (the upload) and one GET (ingest) per article', 'count', perMonth * (PRICES.s3Put + PRICES.s3Get)],
    ['S3 storage (first month)', `${fmt(fileBytes! / 1024, 1)} KB per file → ${fmt(s3GbPerMonthAdded, 0)} GB added per month`, 'measured', s3GbPerMonthAdded * PRICES.s3StorageGbMonth],
    ['SQS', `1 send per article + ${ASSUMED.sqsRequestsPerBatch} requests per batch of ${batchSize}`, 'count', perMonth * (1 + ASSUMED.sqsRequestsPerBatch / batchSize) * PRICES.sqsRequest],
  ];
  const ingestTotal = rows.reduce((a, r) => a + r[3], 0);
  const comprehendMonth = comprehendMonthlyCost(comprehendUnits * perMonth);

  // Query side, per million queries: API Gateway, the query function, read units of a typical mix.
  const routeRcus = ['rcu_getArticle', 'rcu_listEntityArticles', 'rcu_searchEntities', 'rcu_getEntity'].map((k) => num(figures, 'dynamodb', k)).filter((v): v is number => v !== null);
  const meanRcu = routeRcus.length ? routeRcus.reduce((a, b) => a + b, 0) / routeRcus.length : 0;
  // One request at a time (no queueing on the emulator): closer to a warm function than the loaded figure.
  const queryLatency = num(figures, 'local', 'entity_timeline_unloaded_p50_ms') ?? num(figures, 'local', 'entity_search_unloaded_p50_ms');
  const queryMs = queryLatency ?? 20;
  const queriesMonth = ASSUMED.queriesPerDay * ASSUMED.daysPerMonth;
  const queryRows: [string, string, number][] = [
    ['API Gateway HTTP API', `${fmt(queriesMonth / 1e6, 0)} M requests`, queriesMonth * PRICES.httpApiRequest],
    ['Lambda query (arm64)', `${fmt(queryMemory)} MB × ${fmt(queryMs, 1)} ms (entity timeline p50, local mode, one connection${queryLatency === null ? ': not measured, 20 ms assumed' : ', DynamoDB Local included'})`, queriesMonth * ((queryMemory / 1024) * (queryMs / 1000) * PRICES.lambdaArmGbSecond + PRICES.lambdaRequest)],
    ['DynamoDB reads', `${fmt(meanRcu, 2)} RRU per query (mean of article, entity timeline, search, entity detail)`, queriesMonth * meanRcu * PRICES.dynamoReadRequestUnit],
  ];

  // Memory and concurrency: CPU time measured, its scaling with memory and the I/O waits assumed.
  const averageRate = ASSUMED.articlesPerDay / 86400;
  const peakRate = averageRate * ASSUMED.peakFactor;
  const memoryRows = [512, 1024, 1769, 2048].map((mb) => [
    `${fmt(mb)} MB${mb === ingestMemory ? ' (configured)' : ''}`,
    fmt(durationMs(mb), 0),
    fmt(overlappedMs(mb), 0),
    fmt(gbSeconds(mb) * 1e6 * PRICES.lambdaArmGbSecond, 2),
    fmt(concurrencyNeeded(peakRate, durationMs(mb)), 0),
  ]);

  return [
    START,
    '_Generated by `npm run bench` (scripts/bench/cost-model.ts) from docs/benchmarks.json; prices and assumptions are constants in that file._',
    '',
    `Volume: ${fmt(ASSUMED.articlesPerDay)} articles a day = ${fmt(perMonth / 1e6, 0)} M a month (${fmt(averageRate, 1)}/s on average, ${fmt(peakRate, 1)}/s`,
    `at an assumed peak of ${ASSUMED.peakFactor}× the average). Article size: the median BBC story of the bench (${fmt(fileBytes!)} bytes, mean`,
    `sample text ${fmt(chars!)} characters). "measured" = from this machine's bench run; "est." = measured CPU time with assumed`,
    'scaling and I/O waits (below); "count" = requests by design.',
    '',
    table(['ingest, per month', 'basis', 'kind', 'USD'], [...rows.map((r) => [r[0], r[1], r[2], usd(r[3])]), ['**total ingest**', '', '', `**${usd(ingestTotal)}**`]]),
    '',
    `Against Amazon Comprehend DetectEntities on the same text: ${comprehendUnits} units of 100 characters per article`,
    `(3-unit minimum per request), ${fmt((comprehendUnits * perMonth) / 1e6, 0)} M units a month at the tiered unit price`,
    `($0.0001 to 10 M units, $0.00005 to 50 M, $0.000025 beyond): **${usd(comprehendMonth)} a month for entities alone**`,
    `— ${fmt(comprehendMonth / ingestTotal, 1)}× the whole newsfacts ingest above, which also extracts time expressions, quantities,`,
    'quotes and roles, stores them and serves them. Comprehend would still need the queue, the function, the table and S3.',
    '',
    table(['query side, per month', 'basis', 'USD'], queryRows.map((r) => [r[0], r[1], usd(r[2])])),
    '',
    '### Ingest memory and concurrency',
    '',
    handlerCpuMs !== null
      ? `Per-article CPU time of the ingest handler, bundled as deployed, measured in a fresh Node.js process on this machine: ${fmt(cpuMs!, 1)} ms (median at the configured batch size, section "Ingest settings"), with ${requestCount} DynamoDB requests per article in ${requests} sequential round trips (section "DynamoDB cost"). On Lambda the`
      : `Per-article CPU time of the ingest use case, measured in this machine's Node.js process: ${fmt(cpuMs!, 1)} ms (median, section "DynamoDB cost"), with ${requestCount} DynamoDB requests per article in ${requests} sequential round trips. On Lambda the`,
    `CPU share is memory / ${fmt(ASSUMED.fullVcpuMb)} MB of one vCPU (assumed equal per-core speed to this machine), each sequential DynamoDB`,
    `round trip is assumed to take ${ASSUMED.dynamoRequestMs} ms and the S3 read ${ASSUMED.s3GetMs} ms. Concurrency needed = peak articles/s × duration.`,
    '',
    table(['ingest memory', 'est. ms per article', `est. ms per article, batch of ${batchSize} overlapped`, 'USD per million articles (duration)', `concurrency at ${fmt(peakRate, 0)}/s peak`], memoryRows),
    '',
    `The handler runs the records of a batch concurrently (Powertools \`BatchProcessor\` default), so one record's round trips`,
    `overlap another's CPU work. "est. ms per article" leaves that out (CPU ÷ share + every round trip, in sequence): it is`,
    `the upper bound the cost lines and the concurrency column use. The overlapped column assumes the waits hide behind the`,
    `other records' CPU except one record's chain per batch (CPU ÷ share + waits ÷ ${batchSize}); section "Ingest settings" measures the`,
    'overlap locally. Configured (cdk.json): ' + `${fmt(settings.memoryMb)} MB, SQS batch size ${settings.batchSize}, maximum concurrency ${settings.maxConcurrency}.`,
    `At the estimated ${fmt(durationMs(settings.memoryMb), 0)} ms per article, ${settings.maxConcurrency}`,
    `concurrent functions drain about ${fmt((settings.maxConcurrency * 1000) / durationMs(settings.memoryMb), 1)} articles/s against the ${fmt(averageRate, 1)}/s average and ${fmt(peakRate, 1)}/s peak of a million`,
    `a day: ${(settings.maxConcurrency * 1000) / durationMs(settings.memoryMb) >= peakRate ? 'enough' : (settings.maxConcurrency * 1000) / durationMs(settings.memoryMb) >= averageRate ? 'enough on average, with the queue absorbing peaks' : '**not enough**: raise newsfacts:ingestMaxConcurrency'}.`,
    END,
  ].join('\n');
}

const SETTINGS_START = '<!-- bench:ingest-settings:start -->';
const SETTINGS_END = '<!-- bench:ingest-settings:end -->';
const PARTITIONS_START = '<!-- bench:hot-partitions:start -->';
const PARTITIONS_END = '<!-- bench:hot-partitions:end -->';

/** Requests a million articles cost at SQS batch size `batchSize`: Lambda invocations and SQS requests, in USD. */
export function requestCostPerMillion(batchSize: number): { invocations: number; sqsRequests: number; usd: number } {
  const invocations = 1e6 / batchSize;
  const sqsRequests = 1e6 * (1 + ASSUMED.sqsRequestsPerBatch / batchSize);
  return { invocations, sqsRequests, usd: invocations * PRICES.lambdaRequest + sqsRequests * PRICES.sqsRequest };
}

/** The measured side of "Choosing SQS batch size, Lambda memory and concurrency"; null until section ingest-settings has run. */
export function renderIngestSettings(figures: Figures, settings: IngestSettings): string | null {
  const section = figures['ingest-settings'];
  const at = (key: string) => num(figures, 'ingest-settings', key);
  const sizes = [1, 5, 10, 25].filter((b) => at(`batch_${b}_wall_ms_per_article`) !== null);
  const floor = at('memory_floor_mb');
  if (!section || sizes.length < 2 || floor === null) return null;
  const single = at('batch_1_wall_ms_per_article');
  const rows = sizes.map((b) => {
    const cost = requestCostPerMillion(b);
    return [
      `${b}${b === settings.batchSize ? ' (configured)' : ''}${b > 10 ? ' ¹' : ''}`,
      fmt(at(`batch_${b}_wall_ms_per_article`)!, 1),
      at(`batch_${b}_wall_ratio_to_1`) !== null ? `${fmt(at(`batch_${b}_wall_ratio_to_1`)! * 100, 0)} %` : single ? `${fmt((at(`batch_${b}_wall_ms_per_article`)! / single) * 100, 0)} %` : 'n/a',
      fmt(at(`batch_${b}_cpu_ms_per_article`)!, 1),
      `${fmt(at(`batch_${b}_max_rss_mb`)!, 0)} MB`,
      fmt(cost.invocations, 0),
      fmt(cost.sqsRequests, 0),
      `$${fmt(cost.usd, 2)}`,
    ];
  });
  const rates = [1, 2, 4].filter((c) => at(`concurrency_${c}_articles_per_s`) !== null);
  return [
    `_Generated by \`npm run bench\` (scripts/bench/cost-model.ts) from section "Ingest settings" of BENCHMARKS.md, measured ${section.measuredAt} (1-minute load average ${section.loadAverage} when it started: ${Number(section.loadAverage) > 2 ? 'the 2 cores were oversubscribed, so absolute times are high; compare the rows' : 'a quiet machine'})._`,
    '',
    `The real handler bundle in fresh Node.js processes against DynamoDB Local, the batch sizes alternating on the same stories;`,
    `wall and CPU ms per article are medians over ${section.paired_cycles ?? 'the'} cycles, "vs batch 1" the median of the ratio within a cycle (Lambda bills`,
    'the wall time of an invocation, here divided by its records).',
    '',
    table(['SQS batch size', 'wall ms per article (local)', 'vs batch 1', 'CPU ms per article', 'peak RSS', 'invocations per million articles', 'SQS requests per million', 'USD per million (Lambda + SQS requests)'], rows),
    '',
    '¹ Above 10 an SQS event source needs a batching window (`MaximumBatchingWindowInSeconds` ≥ 1): set `newsfacts:ingestMaxBatchingWindowSeconds` with such an `newsfacts:ingestBatchSize`.',
    '',
    `Fixed CPU per invocation (least squares over the batch sizes): ${fmt(at('invocation_overhead_cpu_ms') ?? NaN, 1)} ms, against ${fmt(at('per_record_cpu_ms') ?? NaN, 1)} ms per record.`,
    `Memory: ${fmt(at('memory_stories') ?? NaN)} stories through one process peaked at ${fmt(at('memory_max_rss_mb') ?? NaN, 0)} MB RSS (${fmt(at('memory_rss_after_import_mb') ?? NaN, 0)} MB after importing the handler, V8 heap at most`,
    `${fmt(at('memory_peak_heap_mb') ?? NaN, 0)} MB); the largest peak of any run was ${fmt(at('memory_largest_peak_rss_mb') ?? at('memory_max_rss_mb') ?? NaN, 0)} MB, so the floor with 50 % headroom is **${fmt(floor)} MB**; the configured ${fmt(settings.memoryMb)} MB is ${fmt(settings.memoryMb / floor, 1)}× that.`,
    `Invocations in flight in one process (batch size ${settings.batchSize}): ${rates.map((c) => `${c} → ${fmt(at(`concurrency_${c}_articles_per_s`)!, 1)} articles/s (machine ${fmt(at(`concurrency_${c}_machine_busy_pct`) ?? NaN, 0)} % busy)`).join(', ')}.`,
  ].join('\n');
}

function replaceBlock(doc: string, startMarker: string, endMarker: string, body: string | null): string {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start === -1 || end === -1 || body === null) return doc;
  return doc.slice(0, start) + startMarker + '\n' + body + '\n' + doc.slice(end);
}

/** Rewrites the generated blocks of docs/SCALING.md in place (a block whose markers are absent, or whose figures were never measured, is left as it is). */
export function writeScalingCostModel(repoRoot: string, figures: Figures): void {
  const path = join(repoRoot, 'docs/SCALING.md');
  if (!existsSync(path)) return;
  const settings = readIngestSettings(repoRoot);
  let doc = readFileSync(path, 'utf8');
  const costModel = renderCostModel(figures, settings);
  // The cost model block carries its own markers.
  if (costModel) doc = replaceBlock(doc, START, END, costModel.slice(START.length + 1, costModel.length - END.length - 1));
  doc = replaceBlock(doc, SETTINGS_START, SETTINGS_END, renderIngestSettings(figures, settings));
  doc = replaceBlock(doc, PARTITIONS_START, PARTITIONS_END, renderHotPartitions(figures, ASSUMED));
  writeFileSync(path, doc);
}
