import { existsSync } from 'node:fs';
import { Annotations, type Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { NER_MODEL_DIR, REPO_ROOT } from '../paths.js';
import { acknowledgeNag, nagArnRef } from './nag.js';

export interface NewsfactsFunctionProps {
  /** Handler file, relative to the repository root (e.g. "lambdas/handlers/ingest.ts"). */
  readonly entry: string;
  /** Value of POWERTOOLS_SERVICE_NAME. */
  readonly serviceName: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
  /** Copy lambdas/extract/entities/model/ next to index.mjs (the ingest function needs it). */
  readonly includeNerModel?: boolean;
  /** How the AWS SDK is trimmed in the bundle; the whole SDK by default. */
  readonly sdk?: SdkBundling;
  /**
   * `start-up` (default): NODE_OPTIONS=--enable-source-maps, Node reads the map as the bundle
   * loads. `lazy`: no such option; the handler calls mapStackTracesLazily (lambdas/aws/
   * lazy-source-maps.ts), which reads the map on the first error instead.
   */
  readonly sourceMaps?: 'start-up' | 'lazy';
}

export type CredentialSource = 'default-chain' | 'environment';

// Substitute modules, relative to the project root: esbuild resolves an alias target in its working
// directory, which is the project root for local bundling and /asset-input inside Docker.
/** The module that replaces the SDK's default credential chain when `credentials` is `environment`. */
export const ENVIRONMENT_CREDENTIALS_MODULE = './lambdas/aws/environment-credentials.ts';
/** The module that replaces the SDK's event-stream support when `eventStreams` is false. */
export const NO_EVENT_STREAMS_MODULE = './lambdas/aws/no-event-streams.ts';

/** How the AWS SDK is trimmed in a function's bundle. */
export interface SdkBundling {
  /**
   * Where the SDK clients look for credentials: `default-chain` (the SDK's full chain) or
   * `environment`, the variables Lambda sets from the execution role, which is all the chain ever
   * finds on Lambda. `environment` leaves the chain's SSO, STS and profile clients out.
   */
  readonly credentials: CredentialSource;
  /**
   * Bundle the SDK's event-stream support. Only streaming operations load it, by a dynamic
   * import; a function whose clients have none (DynamoDB) can leave its ~19 KB out.
   */
  readonly eventStreams: boolean;
}

/** The whole SDK: the default credential chain and event streams. */
export const FULL_SDK: SdkBundling = { credentials: 'default-chain', eventStreams: true };

export type TableAccess = 'read' | 'readWrite';

/** The warning id emitted when the ingest bundle would ship without its NER model. */
export const NER_MODEL_MISSING_WARNING = 'newsfacts:ner-model-missing';

/**
 * A Lambda function with the project's defaults fixed once: Node.js 22 on arm64, X-Ray
 * tracing, its own log group with a retention and its own role, and an ESM bundle built by
 * the local esbuild (see newsfactsBundling). The `bind*` methods grant access and set the
 * matching environment variable in one call, so permissions and configuration cannot drift.
 */
export class NewsfactsFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: NewsfactsFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention,
      // Logs are operational data, not the product's data: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy lets a function
    // write to every log group in the account, this one only to its own.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the newsfacts ${props.serviceName} function`,
    });
    logGroup.grantWrite(role);
    const modelPresent = existsSync(NER_MODEL_DIR);
    super(scope, id, {
      entry: `${REPO_ROOT}/${props.entry}`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}/package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        LOG_LEVEL: props.logLevel,
        ...(props.sourceMaps === 'lazy' ? {} : { NODE_OPTIONS: '--enable-source-maps' }),
      },
      bundling: newsfactsBundling({
        includeNerModel: props.includeNerModel === true && modelPresent,
        sdk: props.sdk ?? FULL_SDK,
      }),
    });
    acknowledgeNag(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    );
    acknowledgeNag(
      this,
      'AwsSolutions-L1',
      'nodejs22.x is the runtime the project builds (esbuild target node22) and tests against; moving to a newer runtime is a deliberate, tested change.',
    );
    if (props.includeNerModel && !modelPresent) {
      Annotations.of(this).addWarningV2(
        NER_MODEL_MISSING_WARNING,
        `${NER_MODEL_DIR} does not exist: the ingest bundle ships without the trained NER model.`,
      );
    }
  }

  /**
   * Grants read or read/write on the table (and its indexes) and sets TABLE_NAME. Reads include
   * PartiQL SELECT (the near-duplicate search reads its band keys in one statement), never one
   * that scans the table.
   */
  bindTable(table: ITable, access: TableAccess): this {
    if (access === 'read') table.grantReadData(this);
    else table.grantReadWriteData(this);
    this.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:PartiQLSelect'], resources: [table.tableArn] }));
    this.addToRolePolicy(new PolicyStatement({
      effect: Effect.DENY, actions: ['dynamodb:PartiQLSelect'], resources: [table.tableArn], conditions: { Bool: { 'dynamodb:FullTableScan': 'true' } },
    }));
    acknowledgeNag(
      this.role!,
      `AwsSolutions-IAM5[Resource::${nagArnRef(table)}/index/*]`,
      'DynamoDB grants cover the table\'s own global secondary indexes (gsi1, gsi2) through <table>/index/*; no other table is reachable.',
    );
    this.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }

  /**
   * Grants reading object versions under `prefix` only (no listing, no writing: the function
   * cannot create the objects that trigger it) and sets INCOMING_PREFIX.
   */
  bindIncomingObjects(bucket: IBucket, prefix: string): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    acknowledgeNag(
      this.role!,
      `AwsSolutions-IAM5[Resource::${nagArnRef(bucket)}/${prefix}*]`,
      `Read access is scoped to the ${prefix} prefix, the only place the pipeline reads from; the key wildcard is what a prefix grant is.`,
    );
    this.addEnvironment('INCOMING_PREFIX', prefix);
    return this;
  }
}

/**
 * Package substitutions esbuild makes for a function (the bundle stays self-contained: the
 * substitutes are bundled, nothing becomes external): with `environment` credentials the SDK's
 * default chain becomes lambdas/aws/environment-credentials.ts; without event streams their
 * module becomes lambdas/aws/no-event-streams.ts.
 */
export function esbuildAliases(sdk: SdkBundling): Record<string, string> {
  const aliases: Record<string, string> = {};
  if (sdk.credentials === 'environment') aliases['@aws-sdk/credential-provider-node'] = ENVIRONMENT_CREDENTIALS_MODULE;
  if (!sdk.eventStreams) aliases['@smithy/core/event-streams'] = NO_EVENT_STREAMS_MODULE;
  return aliases;
}

/**
 * The esbuild settings every function shares: one minified ESM file for Node 22 with a source
 * map, the AWS SDK v3 clients bundled (tree-shaken) because that is what cuts cold start (the
 * SDK's many small files in node_modules dominate an import), and for the ingest function the
 * NER model folder copied next to index.mjs.
 */
export function newsfactsBundling(options: { includeNerModel: boolean; sdk?: SdkBundling }): BundlingOptions {
  const aliases = Object.entries(esbuildAliases(options.sdk ?? FULL_SDK));
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    minify: true,
    sourceMap: true,
    // Maps without embedded sources: stack traces still point at file:line, and Node parses
    // a fraction of the JSON at start-up (--enable-source-maps loads the map eagerly).
    sourcesContent: false,
    mainFields: ['module', 'main'],
    // ESM bundles have no `require`; some CommonJS dependencies still call it.
    banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    externalModules: [],
    esbuildArgs: aliases.length ? { '--alias': aliases.map(([from, to]) => `${from}=${to}`) } : undefined,
    commandHooks: options.includeNerModel ? copyFolderHooks(NER_MODEL_DIR, 'model') : undefined,
  };
}

/** Copies `sourceDir` to `<bundle>/<name>` once esbuild has written the bundle. */
export function copyFolderHooks(sourceDir: string, name: string): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) => [`cp -r "${sourceDir}" "${outputDir}/${name}"`],
  };
}
