import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every CLI a user runs, as they run it: --help answers with its usage and exit 0; a flag it does
// not know is one line on stderr and exit 2, never a stack trace.
const repoRoot = resolve(import.meta.dirname, '../..');
const CLIS = ['extract', 'upload', 'query', 'replay', 'redrive', 'chaos', 'eval', 'train', 'bench'];

function run(cli: string, args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', cli, '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(CLIS)('npm run %s', (cli) => {
  it('answers --help with its usage and exit 0', () => {
    const help = run(cli, ['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(`${help.stdout}${help.stderr}`).toMatch(/Usage:/);
  });

  it('answers an unknown flag in one line with exit 2', () => {
    const unknown = run(cli, ['--no-such-flag']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n'), unknown.stderr).toHaveLength(1);
    expect(unknown.stderr).toContain('--no-such-flag');
  });
});
