import { InvalidCursorError, StoreBusyError } from '../article-store.js';

const THROTTLING_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);

/**
 * A read request with DynamoDB's failures translated into the reader port's errors: throttling
 * becomes StoreBusyError; a start key DynamoDB refuses becomes InvalidCursorError when the key came
 * from a client's cursor (decoding should have caught it, but a crafted cursor must never be taken
 * for a fault of ours). Anything else passes unchanged.
 */
export async function withReadErrors<T>(request: Promise<T>, options: { startKeyFromCursor?: boolean } = {}): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (isThrottling(error)) throw new StoreBusyError({ cause: error });
    if (options.startKeyFromCursor && isRefusedStartKey(error)) throw new InvalidCursorError({ cause: error });
    throw error;
  }
}

function isThrottling(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $retryable } = error as { name?: unknown; $retryable?: { throttling?: boolean } };
  return (typeof name === 'string' && THROTTLING_ERRORS.has(name)) || $retryable?.throttling === true;
}

function isRefusedStartKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'ValidationException' && typeof message === 'string' && /starting key|ExclusiveStartKey/i.test(message);
}
