import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream };
}

describe('Progress', () => {
  it('prints a plain line at every tenth of a long run when not on a terminal', () => {
    let now = 0;
    const out = stream(false);
    const progress = new Progress(40, 'uploaded', out.stream, 20, () => now);
    for (let i = 0; i < 40; i++) {
      now += 100;
      progress.tick();
    }
    expect(out.chunks).toHaveLength(10);
    expect(out.chunks[0]).toBe('[4/40] uploaded, 10.0/s, 0:04 left\n');
    expect(out.chunks[9]).toBe('[40/40] uploaded, 10.0/s\n');
  });

  it('redraws one line in place on a terminal and ends it when done', () => {
    let now = 0;
    const out = stream(true);
    const progress = new Progress(30, 'settled', out.stream, 20, () => now);
    for (let i = 0; i < 30; i++) {
      now += 200;
      progress.tick();
    }
    expect(out.chunks.every((c) => c.startsWith('\r\x1b[2K[') || c === '\n')).toBe(true);
    expect(out.chunks.at(-2)).toBe('\r\x1b[2K[30/30] settled, 5.0/s');
    expect(out.chunks.at(-1)).toBe('\n');
  });

  it('stays quiet for short runs', () => {
    const out = stream(false);
    const progress = new Progress(5, 'uploaded', out.stream);
    for (let i = 0; i < 5; i++) progress.tick();
    expect(out.chunks).toEqual([]);
  });
});
