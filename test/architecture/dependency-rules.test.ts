import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/paths.js';

// The dependency rules of .dependency-cruiser.cjs run on a small tree that breaks each of them
// once, beside imports that are allowed: `npm run lint` would fail on the real tree the same way.
const CONFIG = resolve(REPO_ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = resolve(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

const TREE: Record<string, string> = {
  'lambdas/normalize/article.ts': 'export type Article = { body: string };',
  'lambdas/normalize/html.ts': 'export const html = 1;',
  'lambdas/extract/allowed.ts': "import type { Article } from '../normalize/article.js';\nexport type A = Article;",
  'lambdas/extract/reads-normalizer.ts': "import { html } from '../normalize/html.js';\nexport const x = html;",
  'lambdas/extract/reads-store.ts': "import { ids } from '../store/ids.js';\nexport const x = ids;",
  'lambdas/store/ids.ts': 'export const ids = 1;',
  'lambdas/store/ping.ts': "import { pong } from './pong.js';\nexport const ping = () => pong;",
  'lambdas/store/pong.ts': "import { ping } from './ping.js';\nexport const pong = () => ping;",
  'lambdas/store/dynamodb/adapter.ts': "import { ids } from '../ids.js';\nexport const adapter = ids;",
  'lambdas/ingest/use-case.ts': "import { adapter } from '../store/dynamodb/adapter.js';\nimport { ids } from '../store/ids.js';\nexport const u = [adapter, ids];",
  'lambdas/handlers/ingest.ts': "import { adapter } from '../store/dynamodb/adapter.js';\nexport const handler = adapter;",
  'lambdas/aws/reads-handler.ts': "import { handler } from '../handlers/ingest.js';\nexport const x = handler;",
  'lambdas/query/reads-tool.ts': "import { tool } from '../../scripts/tool.js';\nexport const x = tool;",
  'local/reads-tool.ts': "import { tool } from '../scripts/tool.js';\nimport { handler } from '../lambdas/handlers/ingest.js';\nexport const x = [tool, handler];",
  'lib/reads-local-mode.ts': "import { x } from '../local/reads-tool.js';\nexport const y = x;",
  'scripts/tool.ts': "import { helper } from '../test/support/helper.js';\nexport const tool = helper;",
  'scripts/allowed.ts': "import { handler } from '../lambdas/handlers/ingest.js';\nexport const x = handler;",
  'test/support/helper.ts': "import { handler } from '../../lambdas/handlers/ingest.js';\nexport const helper = handler;",
  'lambdas/ingest/use-case.test.ts': "import { helper } from '../../../test/support/helper.js';\nexport const t = helper;",
  'lambdas/extract/reads-sdk.ts': "import { Client } from '@aws-sdk/client-fake';\nexport const x = Client;",
  'lambdas/aws/reads-sdk.ts': "import { Client } from '@aws-sdk/client-fake';\nexport const x = Client;",
  'lambdas/aws/reads-dev-tool.ts': "import { tool } from 'fake-dev-tool';\nexport const x = tool;",
  'lambdas/aws/types-of-dev-tool.ts': "import type { Tool } from 'fake-dev-tool';\nexport type T = Tool;",
  'package.json': JSON.stringify({ name: 'layers', type: 'module', dependencies: { '@aws-sdk/client-fake': '1.0.0' }, devDependencies: { 'fake-dev-tool': '1.0.0' } }),
  'node_modules/@aws-sdk/client-fake/package.json': JSON.stringify({ name: '@aws-sdk/client-fake', version: '1.0.0', main: 'index.js' }),
  'node_modules/@aws-sdk/client-fake/index.js': 'export const Client = 1;',
  'node_modules/fake-dev-tool/package.json': JSON.stringify({ name: 'fake-dev-tool', version: '1.0.0', main: 'index.js' }),
  'node_modules/fake-dev-tool/index.js': 'export const tool = 1;',
};

function violations(dir: string): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', 'lambdas', 'lib', 'local', 'scripts', 'test'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    // A violation exits non-zero; the report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(out) as { summary: { violations: { from: string; to: string; rule: { name: string } }[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('dependency rules', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-layers-'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
    for (const [path, source] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `${source}\n`);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('report every import that goes the wrong way, and only those', () => {
    expect(violations(dir)).toEqual([
      'adapters-are-composed-not-composing: lambdas/aws/reads-handler.ts → lambdas/handlers/ingest.ts',
      'domain-is-pure: lambdas/extract/reads-store.ts → lambdas/store/ids.ts',
      'domain-knows-no-aws: lambdas/extract/reads-sdk.ts → node_modules/@aws-sdk/client-fake/index.js',
      'extraction-reads-only-the-article-shape: lambdas/extract/reads-normalizer.ts → lambdas/normalize/html.ts',
      'handlers-are-entry-points: lambdas/aws/reads-handler.ts → lambdas/handlers/ingest.ts',
      'infrastructure-stays-infrastructure: lib/reads-local-mode.ts → local/reads-tool.ts',
      'local-mode-runs-the-runtime: local/reads-tool.ts → scripts/tool.ts',
      'no-cycles: lambdas/store/ping.ts → lambdas/store/pong.ts',
      'only-tests-import-tests: scripts/tool.ts → test/support/helper.ts',
      'runtime-imports-runtime: lambdas/query/reads-tool.ts → scripts/tool.ts',
      'runtime-ships-no-dev-dependencies: lambdas/aws/reads-dev-tool.ts → node_modules/fake-dev-tool/index.js',
      'use-cases-talk-to-ports: lambdas/ingest/use-case.ts → lambdas/store/dynamodb/adapter.ts',
    ]);
  });
});
