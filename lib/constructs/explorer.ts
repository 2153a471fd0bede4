import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { QUERY_ROUTE_PATTERNS } from '../../lambdas/query/query-api.js';
import type { ExplorerSignIn } from '../config.js';
import { REPO_ROOT } from '../paths.js';
import { acknowledgeNag, nagArnRef } from './nag.js';
import { LAMBDA_BASIC_EXECUTION_FINDING } from './storage.js';

/**
 * CloudFront path patterns of the query API's routes (lambdas/query/query-api.ts), one per first
 * path segment: exact for a route alone under it (`/health`), a prefix when it has routes below
 * (`/articles*`). They go to the API; everything else (/, /assets/*, /docs) to the bucket. A new
 * route is covered without touching this file.
 */
export function apiPathPatterns(routes: readonly string[]): string[] {
  const roots = new Map<string, boolean>();
  for (const route of routes) {
    const [, first, ...rest] = route.split('/');
    roots.set(first, (roots.get(first) ?? false) || rest.length > 0);
  }
  return [...roots].map(([first, nested]) => (nested ? `/${first}*` : `/${first}`));
}

export const API_PATH_PATTERNS = apiPathPatterns(QUERY_ROUTE_PATTERNS);

/** The sign-in settings the explorer reads (web/src/sign-in.ts), next to index.html. */
export const AUTH_CONFIG_FILE = 'auth-config.json';

/** The explorer's build (web/build.ts), made at synth time like the functions' bundles. */
export const EXPLORER_DIST = join(REPO_ROOT, 'web/dist');

/**
 * Same-origin everything, as local mode serves it (local/static-site.ts), plus the token
 * endpoint's origin when the explorer signs in (the page posts the code there).
 */
export function contentSecurityPolicy(signIn?: ExplorerSignIn): string {
  const connect = ["'self'", ...(signIn ? [new URL(signIn.tokenEndpoint).origin] : [])].join(' ');
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src ${connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`;
}

export interface ExplorerProps {
  readonly httpApi: HttpApi;
  readonly removalPolicy: RemovalPolicy;
  /** Retention of the deployment handler's log group. */
  readonly logRetention: RetentionDays;
  /** A built explorer to deploy (tests); by default web/dist, built (or found fresh) at synth. */
  readonly assetDirectory?: string;
  /** The sign-in the explorer offers (newsfacts:explorerClientId…), written to /auth-config.json; none: a pasted token. */
  readonly signIn?: ExplorerSignIn;
}

/**
 * The explorer on AWS: its static files in a private bucket behind CloudFront (origin access
 * control), and the HTTP API as a second origin of the same distribution for the API's paths,
 * so the page calls the API on its own origin: no CORS, and nothing of the explorer enters the
 * query function's bundle (docs/ARCHITECTURE.md, "The explorer").
 */
export class Explorer extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: ExplorerProps) {
    super(scope, id);
    // A synth that skips bundling (`cdk synth --exclusively`, the CDK tests) skips this build too.
    const assets = props.assetDirectory ?? (Stack.of(this).bundlingRequired ? buildExplorer() : builtOrPlaceholder());

    this.bucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: false,
    });
    acknowledgeNag(this.bucket, 'AwsSolutions-S1', 'The bucket holds only the explorer build, rewritten by each deploy; requests are logged by the CloudFront distribution in front of it.');

    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: 'newsfacts explorer: same-origin CSP, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.signIn), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });

    // The HTTP API's invoke URL is https://<id>.execute-api.<region>.amazonaws.com (the $default stage).
    const apiDomain = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    const apiOrigin = new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY });
    const apiBehavior = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      // Answers are the API's to cache (its own headers); the viewer's query string and Authorization header pass through.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${Stack.of(this).stackName} explorer`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      additionalBehaviors: Object.fromEntries(API_PATH_PATTERNS.map((pattern) => [pattern, apiBehavior])),
    });
    acknowledgeNag(this.distribution, 'AwsSolutions-CFR1', 'A news archive for researchers has no country it must be kept from; access is controlled by the API authorizer (newsfacts:apiAuth).');
    acknowledgeNag(this.distribution, 'AwsSolutions-CFR2', 'No WAF web ACL: the API behind it has stage throttling (newsfacts:apiThrottleRateLimit) and the rest is static files; a WAF adds a monthly cost the deployer can choose.');
    acknowledgeNag(this.distribution, 'AwsSolutions-CFR4', 'The distribution uses the default CloudFront certificate, which CloudFront serves with TLSv1 as its floor; a custom domain with its own certificate (and TLSv1.2 as the floor) is the deployer\u2019s to add.');
    acknowledgeNag(this.distribution, 'AwsSolutions-CFR3', 'Every API request is logged by the API stage\u2019s access log; the static files are not (CloudFront standard logs need an ACL-enabled bucket, and the stack keeps ACLs off).');

    new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(assets), ...(props.signIn ? [Source.jsonData(AUTH_CONFIG_FILE, { oidc: props.signIn })] : [])],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/docs/*', `/${AUTH_CONFIG_FILE}`],
      memoryLimit: 256,
      logGroup: new LogGroup(this, 'DeployLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY }),
      prune: true,
    });
    acknowledgeDeploymentHandler(Stack.of(this), this.bucket);
  }

  /** The explorer's address: the API answers on it too. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}/`;
  }
}

/**
 * BucketDeployment copies the asset through CDK's own singleton Lambda-backed custom resource;
 * its role and runtime are aws-cdk-lib's. Each wildcard it holds is acknowledged by name.
 */
function acknowledgeDeploymentHandler(stack: Stack, bucket: Bucket): void {
  const findings: [string, string][] = [
    [LAMBDA_BASIC_EXECUTION_FINDING, 'CDK\u2019s BucketDeployment handler writes its own logs with the AWS managed basic execution policy; its role is created by aws-cdk-lib.'],
    ['AwsSolutions-IAM5[Resource::*]', 'CDK\u2019s BucketDeployment handler invalidates the explorer\u2019s distribution after a deploy; CloudFront invalidation takes no resource narrower than *.'],
    ['AwsSolutions-IAM5[Action::s3:GetBucket*]', 'CDK\u2019s BucketDeployment handler reads the staged asset from the CDK assets bucket (read actions granted by aws-cdk-lib).'],
    ['AwsSolutions-IAM5[Action::s3:GetObject*]', 'CDK\u2019s BucketDeployment handler reads the staged asset from the CDK assets bucket (read actions granted by aws-cdk-lib).'],
    ['AwsSolutions-IAM5[Action::s3:List*]', 'CDK\u2019s BucketDeployment handler lists the explorer bucket to prune files of an older build.'],
    ['AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]', 'The staged explorer build is an object of the CDK bootstrap assets bucket, named by hash; aws-cdk-lib grants read on its objects.'],
    ['AwsSolutions-IAM5[Action::s3:Abort*]', 'CDK\u2019s BucketDeployment handler writes the explorer build into its bucket (write actions granted by aws-cdk-lib).'],
    ['AwsSolutions-IAM5[Action::s3:DeleteObject*]', 'CDK\u2019s BucketDeployment handler removes files of an older explorer build (prune).'],
    [`AwsSolutions-IAM5[Resource::${nagArnRef(bucket)}/*]`, 'CDK\u2019s BucketDeployment handler writes every file of the explorer build into the explorer bucket and nothing else.'],
    ['AwsSolutions-L1', 'The runtime of CDK\u2019s BucketDeployment handler is chosen by aws-cdk-lib and moves with its upgrades.'],
  ];
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    for (const [finding, reason] of findings) acknowledgeNag(child, finding, reason);
  }
}

/** web/dist as it is, or a one-page stand-in when it was never built: the asset is only hashed, not deployed. */
function builtOrPlaceholder(): string {
  if (existsSync(join(EXPLORER_DIST, 'index.html'))) return EXPLORER_DIST;
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-explorer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>newsfacts explorer (not built)</title>\n');
  return dir;
}

/** Builds web/dist when its inputs changed (a digest check otherwise), as `npm start` does. */
function buildExplorer(): string {
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'web/build.ts'), '--if-stale'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return EXPLORER_DIST;
}
