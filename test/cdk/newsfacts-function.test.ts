import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { QUERY_FUNCTION_SDK } from '../../lib/constructs/api.js';
import { copyFolderHooks, esbuildAliases, FULL_SDK, newsfactsBundling, type SdkBundling } from '../../lib/constructs/newsfacts-function.js';
import { REPO_ROOT } from '../../lib/paths.js';

describe('newsfactsBundling', () => {
  it('builds one minified ESM file for Node 22 with the SDK bundled and `require` defined', () => {
    const bundling = newsfactsBundling({ includeNerModel: false });
    expect(bundling).toMatchObject({
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      mainFields: ['module', 'main'],
      externalModules: [],
    });
    expect(bundling.banner).toContain('createRequire(import.meta.url)');
    expect(bundling.banner).toContain('const require');
    expect(bundling.commandHooks).toBeUndefined();
    expect(bundling.esbuildArgs).toBeUndefined();
  });

  it('trims the SDK only when asked: the query function swaps the credential chain and event streams for local modules', () => {
    expect(newsfactsBundling({ includeNerModel: false, sdk: FULL_SDK }).esbuildArgs).toBeUndefined();
    expect(newsfactsBundling({ includeNerModel: false, sdk: QUERY_FUNCTION_SDK }).esbuildArgs).toEqual({
      '--alias': [
        '@aws-sdk/credential-provider-node=./lambdas/aws/environment-credentials.ts',
        '@smithy/core/event-streams=./lambdas/aws/no-event-streams.ts',
      ],
    });
  });

  it('copies the model folder next to index.mjs only when asked to', () => {
    const hooks = newsfactsBundling({ includeNerModel: true }).commandHooks!;
    const [command] = hooks.afterBundling('/repo', '/asset-output');
    expect(command).toMatch(/^cp -r ".*\/lambdas\/extract\/entities\/model" "\/asset-output\/model"$/);
  });
});

/** A DynamoDB client bundled the way a function with these SDK settings is, and what went into it. */
async function bundleDynamoDbClient(sdk: SdkBundling, outDir: string) {
  const result = await build({
    stdin: {
      contents: "import { DynamoDBClient } from '@aws-sdk/client-dynamodb'; export const client = new DynamoDBClient({ region: 'eu-west-1' });",
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    absWorkingDir: REPO_ROOT,
    alias: esbuildAliases(sdk),
    outfile: join(outDir, 'index.mjs'),
    bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, mainFields: ['module', 'main'], metafile: true, logLevel: 'silent',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs);
  return { inputs, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes, file: join(outDir, 'index.mjs') };
}

describe('the trimmed SDK in a bundle', () => {
  it('leaves out the default chain\'s nested clients and event streams, and still signs with the environment\'s credentials', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsfacts-sdk-trim-'));
    try {
      const full = await bundleDynamoDbClient(FULL_SDK, join(root, 'full'));
      const trimmed = await bundleDynamoDbClient(QUERY_FUNCTION_SDK, join(root, 'trimmed'));
      expect(full.inputs.some((f) => f.includes('@aws-sdk/nested-clients/'))).toBe(true);
      expect(full.inputs.some((f) => f.includes('@smithy/core/dist-es/submodules/event-streams/'))).toBe(true);
      for (const left of ['@aws-sdk/nested-clients/', '@aws-sdk/credential-provider-ini/', '@aws-sdk/credential-provider-sso/', 'submodules/event-streams/']) {
        expect(trimmed.inputs.filter((f) => f.includes(left))).toEqual([]);
      }
      expect(trimmed.inputs).toContain('lambdas/aws/environment-credentials.ts');
      expect(trimmed.inputs).toContain('lambdas/aws/no-event-streams.ts');
      expect(full.bytes - trimmed.bytes).toBeGreaterThan(100 * 1024);

      // The bundled client resolves the credentials Lambda puts in the environment.
      const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY, profile: process.env.AWS_PROFILE };
      Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'ASIATRIMMED', AWS_SECRET_ACCESS_KEY: 'trimmed-secret' });
      delete process.env.AWS_PROFILE;
      try {
        const { client } = await import(pathToFileURL(trimmed.file).href);
        expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'ASIATRIMMED', secretAccessKey: 'trimmed-secret' });
        expect(await client.config.region()).toBe('eu-west-1');
        client.destroy();
      } finally {
        for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret], ['AWS_PROFILE', saved.profile]] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('copyFolderHooks', () => {
  it('copies the whole folder, nested files and awkward names included, into the bundle output', () => {
    const root = mkdtempSync(join(tmpdir(), 'newsfacts-hooks-'));
    const source = join(root, 'model src');
    mkdirSync(join(source, 'nested'), { recursive: true });
    writeFileSync(join(source, 'ner.bin'), Buffer.from([0, 1, 2, 255]));
    writeFileSync(join(source, 'nested', 'gazetteers.txt'), 'Caracas\tLOC\n');
    const output = join(root, 'asset output');
    mkdirSync(output);
    writeFileSync(join(output, 'index.mjs'), 'export {}');

    for (const command of copyFolderHooks(source, 'model').afterBundling(root, output)) execSync(command);

    expect(readdirSync(output).sort()).toEqual(['index.mjs', 'model']);
    expect([...readFileSync(join(output, 'model', 'ner.bin'))]).toEqual([0, 1, 2, 255]);
    expect(readFileSync(join(output, 'model', 'nested', 'gazetteers.txt'), 'utf8')).toBe('Caracas\tLOC\n');
    rmSync(root, { recursive: true, force: true });
  });
});
