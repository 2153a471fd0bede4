import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnapshotScheduler } from './table-snapshot.js';

describe('SnapshotScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const scheduler = () => {
    const save = vi.fn(async () => undefined);
    const errors: unknown[] = [];
    return { save, errors, s: new SnapshotScheduler(save, { quietMs: 2_000, maxDelayMs: 30_000, onError: (e) => errors.push(e), now: () => Date.now() }) };
  };

  it('saves once writes have been quiet, once for a burst', async () => {
    const { save, s } = scheduler();
    s.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    s.changed();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at least every maxDelayMs while writes keep coming', async () => {
    const { save, s } = scheduler();
    for (let t = 0; t < 31_000; t += 1_000) {
      s.changed();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('waits ten times the last save\'s duration before the next one', async () => {
    const save = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 5_000)));
    const s = new SnapshotScheduler(save, { quietMs: 2_000, maxDelayMs: 30_000, onError: () => undefined, now: () => Date.now() });
    const start = Date.now();
    s.changed();
    await vi.advanceTimersByTimeAsync(7_500);
    expect(save).toHaveBeenCalledTimes(1);
    s.changed();
    await vi.advanceTimersByTimeAsync(start + 51_000 - Date.now());
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('flushes only when something changed, and retries after a failed save', async () => {
    const { save, errors, s } = scheduler();
    await s.flush();
    expect(save).not.toHaveBeenCalled();
    save.mockRejectedValueOnce(new Error('disk full'));
    s.changed();
    expect(await s.flush()).toBe(false);
    expect(errors).toHaveLength(1);
    expect(await s.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
