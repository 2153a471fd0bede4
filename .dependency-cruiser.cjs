// The layers of newsfacts and which way they may depend (CONTRIBUTING.md, "Layers"); `npm run lint`
// fails on any violation. Tests (`*.test.ts` anywhere and everything under test/) sit on top and
// may import anything; nothing else imports them.
const TEST = '(^test/|\\.test\\.ts$)';
const RUNTIME = '^lambdas/';
const DOMAIN = '^lambdas/(normalize|extract)/';
const USE_CASES = '^lambdas/(ingest|query|replay)/|^lambdas/store/[^/]+$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-tests-import-tests',
      comment: 'Test support and tests are the top layer: runtime, local mode and tools never depend on them.',
      severity: 'error',
      from: { pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: 'runtime-imports-runtime',
      comment: 'lambdas/ is what ships: it imports nothing of local mode, the tools or the CDK app.',
      severity: 'error',
      from: { path: RUNTIME, pathNot: TEST },
      to: { path: '^(local|scripts|lib|bin)/' },
    },
    {
      name: 'runtime-ships-no-dev-dependencies',
      comment: 'A devDependency is not installed where the code runs (types alone are fine).',
      severity: 'error',
      from: { path: RUNTIME, pathNot: TEST },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'local-mode-runs-the-runtime',
      comment: 'local/ wires the real handlers to emulators: it depends on lambdas/ only, tools depend on it.',
      severity: 'error',
      from: { path: '^local/', pathNot: TEST },
      to: { path: '^(scripts|lib|bin)/' },
    },
    {
      name: 'infrastructure-stays-infrastructure',
      comment: 'The CDK app reads table and config definitions from lambdas/, never tools or local mode.',
      severity: 'error',
      from: { path: '^(lib|bin)/' },
      to: { path: '^(local|scripts)/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'normalize/ and extract/ turn bytes into facts: no AWS, no store, no use case.',
      severity: 'error',
      from: { path: DOMAIN, pathNot: TEST },
      to: { path: '^lambdas/(?!normalize/|extract/)' },
    },
    {
      name: 'domain-knows-no-aws',
      severity: 'error',
      from: { path: DOMAIN, pathNot: TEST },
      to: { path: '(^|/)node_modules/(@aws-sdk|@smithy|@aws-lambda-powertools|@types/aws-lambda)/' },
    },
    {
      name: 'extraction-reads-only-the-article-shape',
      comment: 'extract/ takes a normalized Article; how it was normalized is not its business.',
      severity: 'error',
      from: { path: '^lambdas/extract/', pathNot: TEST },
      to: { path: '^lambdas/normalize/(?!article\\.ts$)' },
    },
    {
      name: 'use-cases-talk-to-ports',
      comment: 'Use cases and ports know no adapter, no SDK and no composition root: handlers inject those.',
      severity: 'error',
      from: { path: USE_CASES, pathNot: TEST },
      // The replay plan builds the S3 records it replays: s3-notification.ts is pure event shape.
      to: { path: '^lambdas/(store/dynamodb|handlers|config)/|^lambdas/aws/(?!s3-notification\\.ts$)|(^|/)node_modules/(@aws-sdk|@smithy|@aws-lambda-powertools)/' },
    },
    {
      name: 'adapters-are-composed-not-composing',
      comment: 'Adapters are built by the handlers; they do not reach back into them or into config.',
      severity: 'error',
      from: { path: '^lambdas/(store/dynamodb|aws)/', pathNot: TEST },
      to: { path: '^lambdas/(handlers|config)/' },
    },
    {
      name: 'explorer-stands-alone',
      comment: 'web/ is bundled for the browser: it sees the API only through types generated from openapi.json, never runtime code of the repo.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(lambdas|local|scripts|lib|bin|test)/' },
    },
    {
      name: 'nothing-imports-the-explorer',
      comment: 'The explorer ships as files (web/dist), never as modules of the functions, local mode or the CDK app.',
      severity: 'error',
      from: { path: '^(lambdas|local|scripts|lib|bin)/' },
      to: { path: '^web/' },
    },
    {
      name: 'handlers-are-entry-points',
      comment: 'A handler is a composition root: only Lambda, local mode and tools start from it.',
      severity: 'error',
      from: { path: '^lambdas/(?!handlers/)', pathNot: TEST },
      to: { path: '^lambdas/handlers/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdk\\.out|\\.newsfacts|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
