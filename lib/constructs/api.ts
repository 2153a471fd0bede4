import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpNoneAuthorizer,
  LogGroupLogDestination,
  type HttpStage,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../lambdas/aws/metric-names.js';
import { DEFAULT_QUERY_CACHE_MAX_ENTRIES, DEFAULT_QUERY_CACHE_TTL_SECONDS } from '../../lambdas/config/query-config.js';
import { acknowledgeNag } from './nag.js';
import type { ApiAuth } from '../config.js';
import { NewsfactsFunction, type SdkBundling } from './newsfacts-function.js';

/**
 * The query function's only client is DynamoDB (no streaming operation) and its cold start is on
 * the request path, so its bundle leaves out what it can never use (docs/BENCHMARKS.md, bundles).
 */
export const QUERY_FUNCTION_SDK: SdkBundling = { credentials: 'environment', eventStreams: false };

export type ApiAuthorization =
  | { readonly mode: Exclude<ApiAuth, 'jwt'> }
  | { readonly mode: 'jwt'; readonly issuer: string; readonly audience: readonly string[] };

export interface ApiProps {
  readonly table: ITable;
  readonly authorization: ApiAuthorization;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Browser origins allowed to call the API; no CORS headers when undefined. */
  readonly corsAllowOrigins?: readonly string[];
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
  /**
   * The query function's in-memory read cache (lambdas/store/cached-article-reader.ts): a warm
   * container serves an answer for at most `ttlSeconds` after reading it (0 turns it off).
   */
  readonly readCache?: { readonly ttlSeconds: number; readonly maxEntries: number };
}

export const DEFAULT_READ_CACHE = { ttlSeconds: DEFAULT_QUERY_CACHE_TTL_SECONDS, maxEntries: DEFAULT_QUERY_CACHE_MAX_ENTRIES } as const;

/**
 * The query function behind an HTTP API. A single `$default` route proxies every path to the
 * function, which does its own routing and returns problem+json 404s for unknown paths (the
 * same code serves local mode, where there is no API Gateway).
 */
export class Api extends Construct {
  readonly function: NewsfactsFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.function = new NewsfactsFunction(this, 'QueryFunction', {
      entry: 'lambdas/handlers/query.ts',
      serviceName: SERVICE_NAMES.query,
      description: 'newsfacts: the read-only query API',
      memorySize: props.memorySize,
      timeout: props.timeout,
      logRetention: props.logRetention,
      logLevel: props.logLevel,
      sdk: QUERY_FUNCTION_SDK,
      // lambdas/handlers/query.ts maps stack traces itself when the first error is formatted.
      sourceMaps: 'lazy',
    }).bindTable(props.table, 'read');
    const readCache = props.readCache ?? DEFAULT_READ_CACHE;
    this.function.addEnvironment('QUERY_CACHE_TTL_SECONDS', String(readCache.ttlSeconds));
    this.function.addEnvironment('QUERY_CACHE_MAX_ENTRIES', String(readCache.maxEntries));

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'newsfacts query API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('QueryIntegration', this.function),
      defaultAuthorizer: authorizer(props.authorization),
      // API Gateway answers preflight OPTIONS itself, before any authorizer runs.
      corsPreflight: props.corsAllowOrigins
        ? {
            allowOrigins: [...props.corsAllowOrigins],
            allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.OPTIONS],
            allowHeaders: ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    if (props.authorization.mode === 'none') {
      const route = this.httpApi.node.findChild('DefaultRoute');
      acknowledgeNag(
        route,
        'AwsSolutions-APIG4',
        'The deployer chose an unauthenticated API explicitly (newsfacts:apiAuth=none); stage throttling still applies.',
      );
    }

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });
  }

  /** The invoke URL of the `$default` stage. */
  get url(): string {
    return this.stage.url;
  }
}

function authorizer(authorization: ApiAuthorization): IHttpRouteAuthorizer {
  switch (authorization.mode) {
    case 'iam':
      return new HttpIamAuthorizer();
    case 'jwt':
      return new HttpJwtAuthorizer('JwtAuthorizer', authorization.issuer, { jwtAudience: [...authorization.audience] });
    case 'none':
      return new HttpNoneAuthorizer();
  }
}
