import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { InvalidCursorError, StoreBusyError } from '../article-store.js';
import { withReadErrors } from './read-errors.js';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });
const failing = (error: unknown) => Promise.reject(error);

describe('DynamoDB read errors as the reader port names them', () => {
  it('turns throttling, by name or by the SDK retry flag, into StoreBusyError with the cause kept', async () => {
    const throttled = new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} });
    for (const error of [throttled, named('ThrottlingException', 'slow down'), named('RequestLimitExceeded', 'x'), Object.assign(new Error('503'), { $retryable: { throttling: true } })]) {
      const thrown = await withReadErrors(failing(error)).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(StoreBusyError);
      expect((thrown as Error).cause).toBe(error);
    }
  });

  it('turns a refused start key into InvalidCursorError only when the key came from a cursor', async () => {
    const refused = named('ValidationException', 'The provided starting key does not match the range key predicate');
    await expect(withReadErrors(failing(refused), { startKeyFromCursor: true })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(withReadErrors(failing(refused))).rejects.toBe(refused);
    const invalid = named('ValidationException', 'One or more parameter values were invalid');
    await expect(withReadErrors(failing(invalid), { startKeyFromCursor: true })).rejects.toBe(invalid);
  });

  it('passes answers and other errors through unchanged', async () => {
    expect(await withReadErrors(Promise.resolve(42))).toBe(42);
    const down = new Error('connect ECONNREFUSED');
    await expect(withReadErrors(failing(down))).rejects.toBe(down);
  });
});
