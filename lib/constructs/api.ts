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
import { acknowledgeNag } from './nag.js';
import type { ApiAuth } from '../config.js';
import { NewsfactsFunction } from './newsfacts-function.js';

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
}

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
      serviceName: 'newsfacts-query',
      description: 'newsfacts: the read-only query API',
      memorySize: props.memorySize,
      timeout: props.timeout,
      logRetention: props.logRetention,
      logLevel: props.logLevel,
    }).bindTable(props.table, 'read');

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
