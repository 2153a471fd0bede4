import { describe, expect, it } from 'vitest';
import { processCpuMs } from './report.js';

describe('processCpuMs', () => {
  it("reads a process's CPU time from its threads' counters, and nothing for a process that is not there", () => {
    const before = processCpuMs(process.pid);
    expect(before).toBeGreaterThan(0);
    const until = performance.now() + 60;
    while (performance.now() < until);
    // 60 ms of this thread on the CPU (less when the machine is busy, never nothing).
    expect(processCpuMs(process.pid)! - before!).toBeGreaterThan(10);
    expect(processCpuMs(undefined)).toBeNull();
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });
});
