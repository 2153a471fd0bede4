// Runs the hostile corpus through normalize + extract (in process) or through the real ingest use
// case against DynamoDB + S3, and reports every file that did not end as it should.
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { extract } from '../../lambdas/extract/index.js';
import { ingestObjectEvent, type IngestDeps } from '../../lambdas/ingest/ingest-object.js';
import { articleText, NORMALIZE_ERROR_CODES } from '../../lambdas/normalize/article.js';
import { normalize } from '../../lambdas/normalize/index.js';
import type { ArticleReader } from '../../lambdas/store/article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { hostileCorpus, type HostileCorpusOptions, type HostileFile } from './hostile-corpus.js';
import { collectGarbage, heapMb } from './measure.js';

/** Codes a rejection may carry (article-store.ts RejectionError); INTERNAL_ERROR is listed but counts as a bug here. */
export const STABLE_CODES: readonly string[] = [...NORMALIZE_ERROR_CODES, 'TOO_MANY_ARTICLES', 'EXTRACTION_FAILED', 'PROCESSING_FAILED'];

/** Codes that mean a bug inside normalize or extract was caught and the file rejected instead of crashing. */
export const SAFETY_NET_CODES: readonly string[] = ['INTERNAL_ERROR', 'EXTRACTION_FAILED'];

export interface Violation {
  index: number;
  category: string;
  problem: string;
}

export interface OfflineReport {
  files: number;
  inputBytes: number;
  processed: number;
  rejected: Record<string, number>;
  maxFileMs: number;
  slowest: string;
  totalMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  peakHeapMb: number;
  violations: Violation[];
  /** Files rejected because a bug was caught (INTERNAL_ERROR, EXTRACTION_FAILED): not crashes, but findings. */
  safetyNet: Violation[];
}

/** What the pipeline does with one file, in process: 'processed' or the rejection code. Extraction errors become EXTRACTION_FAILED, as in ingest. */
export function classify(file: HostileFile, maxBytes: number): { outcome: string; textChars: number; text: string } {
  const result = normalize({ bytes: file.bytes, fileName: `incoming/${file.name}`, maxBytes });
  if (!result.ok) return { outcome: result.error.code, textChars: 0, text: result.error.message };
  let text = '';
  try {
    for (const article of result.articles) {
      extract(article);
      text += articleText(article);
    }
  } catch {
    return { outcome: 'EXTRACTION_FAILED', textChars: 0, text: '' };
  }
  return { outcome: 'processed', textChars: text.length, text };
}

/** Checks one outcome against what the file allows; returns the problem, or null. */
export function judge(file: HostileFile, outcome: string, text: string): string | null {
  if (outcome !== 'processed' && !STABLE_CODES.includes(outcome)) return `unknown code ${outcome}`;
  // A fault caught by a safety net is a stable rejection, not a crash; reports count these apart.
  if (!file.expected.includes(outcome) && !SAFETY_NET_CODES.includes(outcome)) return `ended ${outcome}, expected one of ${file.expected.join('/')}`;
  // Entity expansion must not multiply the input; external entities must not be resolved.
  if (text.length > file.bytes.length * 4 + 1000) return `output text (${text.length} chars) far larger than the input (${file.bytes.length} bytes)`;
  if (/root:x?:0:0/.test(text)) return 'an external entity was resolved';
  return null;
}

export function runHostileOffline(options: HostileCorpusOptions & { perFileMsLimit?: number }): OfflineReport {
  const limit = options.perFileMsLimit ?? 10_000;
  collectGarbage();
  const heapBeforeMb = heapMb();
  const report: OfflineReport = { files: 0, inputBytes: 0, processed: 0, rejected: {}, maxFileMs: 0, slowest: '', totalMs: 0, heapBeforeMb, heapAfterMb: 0, peakHeapMb: heapBeforeMb, violations: [], safetyNet: [] };
  const started = performance.now();
  for (const file of hostileCorpus(options)) {
    report.files++;
    report.inputBytes += file.bytes.length;
    const t = performance.now();
    let outcome: string;
    let text = '';
    try {
      ({ outcome, text } = classify(file, options.maxBytes));
    } catch (error) {
      outcome = 'THREW';
      report.violations.push({ index: file.index, category: file.category, problem: `threw ${(error as Error).message}` });
    }
    const ms = performance.now() - t;
    if (ms > report.maxFileMs) [report.maxFileMs, report.slowest] = [ms, file.name];
    if (ms > limit) report.violations.push({ index: file.index, category: file.category, problem: `took ${ms.toFixed(0)} ms` });
    if (outcome === 'processed') report.processed++;
    else report.rejected[outcome] = (report.rejected[outcome] ?? 0) + 1;
    if (SAFETY_NET_CODES.includes(outcome)) report.safetyNet.push({ index: file.index, category: file.category, problem: `${outcome}: ${text}` });
    const problem = outcome === 'THREW' ? null : judge(file, outcome, text);
    if (problem) report.violations.push({ index: file.index, category: file.category, problem });
    report.peakHeapMb = Math.max(report.peakHeapMb, heapMb());
  }
  report.totalMs = performance.now() - started;
  collectGarbage();
  report.heapAfterMb = heapMb();
  return report;
}

export interface IngestSliceReport {
  files: number;
  processed: number;
  rejected: Record<string, number>;
  /** Files with no stored record matching the outcome the ingest use case returned. */
  lost: number;
  violations: Violation[];
}

/**
 * Uploads each file under `incoming/<prefix>/` and applies its created event with the real ingest
 * use case; then reads every key back through the store and checks it is visible as processed or
 * rejected, with the code the use case reported.
 */
export async function ingestHostileFiles(
  files: HostileFile[],
  env: { s3: S3Client; bucket: string; deps: IngestDeps; reader: ArticleReader; prefix: string; concurrency?: number },
): Promise<IngestSliceReport> {
  const report: IngestSliceReport = { files: files.length, processed: 0, rejected: {}, lost: 0, violations: [] };
  let sequencer = 1;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = `incoming/${env.prefix}/${file.name}`;
      await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: file.bytes }));
      const outcome = await ingestObjectEvent(
        { kind: 'created', bucket: env.bucket, key, versionId: null, sequencer: (sequencer++).toString(16).padStart(16, '0'), size: file.bytes.length },
        env.deps,
      );
      const problem = await checkStored(file, key, outcome, env.reader);
      if (outcome.status === 'processed') report.processed++;
      if (outcome.status === 'rejected') report.rejected[outcome.code] = (report.rejected[outcome.code] ?? 0) + 1;
      if (problem) {
        report.lost++;
        report.violations.push({ index: file.index, category: file.category, problem });
      }
    }
  };
  await Promise.all(Array.from({ length: env.concurrency ?? 4 }, worker));
  return report;
}

async function checkStored(file: HostileFile, key: string, outcome: Awaited<ReturnType<typeof ingestObjectEvent>>, reader: ArticleReader): Promise<string | null> {
  if (outcome.status === 'processed') {
    for (const id of outcome.articleIds) {
      const article = await reader.getArticle(id);
      if (article?.status !== 'processed' || article.key !== key) return `article ${id} not readable as processed`;
    }
    return outcome.articleIds.length > 0 ? null : 'processed into no article';
  }
  if (outcome.status === 'rejected') {
    const article = await reader.getArticle(articleIdForKey(key));
    if (article?.status !== 'rejected' || article.error?.code !== outcome.code) return `rejection ${outcome.code} not readable`;
    const problem = judge(file, outcome.code, '');
    return problem;
  }
  return `ingest answered ${outcome.status} for a first delivery`;
}
