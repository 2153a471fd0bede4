import { mapConcurrent } from '../../lambdas/store/map-concurrent.js';
import type { ApiClient } from '../cli/api-client.js';
import { byCode } from '../cli/rejection-codes.js';

export interface UploadedFile {
  key: string;
  /** articleIdForKey(key): the file's id, and the stem of its parts' ids when it holds several. */
  articleId: string;
  /** The S3 version the upload created (versioned buckets), to tell its result from an older one. */
  versionId?: string | null;
  uploadedAt: Date;
}

export type IngestResult =
  | { file: UploadedFile; status: 'processed' }
  | { file: UploadedFile; status: 'rejected'; code: string; message: string }
  | { file: UploadedFile; status: 'pending' };

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  concurrency?: number;
  /** Called once per file when its result is known. */
  onSettled?: (result: IngestResult) => void;
}

/**
 * A result written before this upload (the same key uploaded earlier) does not count. A versioned
 * bucket tells exactly; otherwise the ingest time must not be older than the upload, give or take
 * the clock difference between this machine and the function's.
 */
const CLOCK_SKEW_MS = 5_000;

/**
 * Polls the API until every uploaded file is processed or rejected, or the time is up: a file
 * is looked up by its id (`GET /articles/{id}`), or by its first part's (`{id}.1`) when it held
 * several articles. Pending files are asked again every interval; settled ones are not.
 */
export async function waitForIngest(api: ApiClient, files: UploadedFile[], options: WaitOptions): Promise<IngestResult[]> {
  const results = new Map<string, IngestResult>();
  const deadline = Date.now() + options.timeoutMs;
  let pending = files;
  while (pending.length > 0) {
    await mapConcurrent(pending, options.concurrency ?? 8, async (file) => {
      const result = await lookUp(api, file);
      if (result.status === 'pending') return;
      results.set(file.key, result);
      options.onSettled?.(result);
    });
    pending = pending.filter((file) => !results.has(file.key));
    if (pending.length === 0 || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.intervalMs ?? 1_000, Math.max(0, deadline - Date.now()))));
  }
  return files.map((file) => results.get(file.key) ?? { file, status: 'pending' });
}

interface ArticleAnswer {
  status: 'processed' | 'rejected';
  error?: { code: string; message: string };
  versionId: string | null;
  receivedAt: string;
}

async function lookUp(api: ApiClient, file: UploadedFile): Promise<IngestResult> {
  for (const id of [file.articleId, `${file.articleId}.1`]) {
    const answer = await api.get(`/articles/${encodeURIComponent(id)}`);
    if (answer.status === 404) continue;
    if (answer.status !== 200) return { file, status: 'pending' };
    const article = JSON.parse(answer.body) as ArticleAnswer;
    const current = file.versionId && article.versionId
      ? article.versionId === file.versionId
      : Date.parse(article.receivedAt) >= file.uploadedAt.getTime() - CLOCK_SKEW_MS;
    if (!current) continue;
    return article.status === 'rejected'
      ? { file, status: 'rejected', code: article.error?.code ?? 'UNKNOWN', message: article.error?.message ?? '' }
      : { file, status: 'processed' };
  }
  return { file, status: 'pending' };
}

/** `processed 298, rejected 2 (BINARY_DATA 1, EMPTY_FILE 1), still pending 0`. */
export function summaryLine(results: IngestResult[]): string {
  const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
  const codes = results.flatMap((r) => (r.status === 'rejected' ? [r.code] : []));
  return `processed ${count('processed')}, rejected ${count('rejected')}${byCode(codes)}, still pending ${count('pending')}`;
}
