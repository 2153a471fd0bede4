import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, explorerSignIn, parseConfig } from '../../lib/config.js';
import { API_PATH_PATTERNS, AUTH_CONFIG_FILE, apiPathPatterns, contentSecurityPolicy } from '../../lib/constructs/explorer.js';
import { AUTH_CONFIG_FILE as LOCAL_AUTH_CONFIG_FILE, explorerContentSecurityPolicy } from '../../local/static-site.js';
import { QUERY_ROUTE_PATTERNS } from '../../lambdas/query/query-api.js';
import { SYNTH_TIMEOUT_MS, acknowledgements, cdkJsonContext, reportedViolations, synthesize, type Synthesized } from './synth.js';

describe('the explorer on AWS (apiAuth=none)', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthesize({ 'newsfacts:apiAuth': 'none' }, { cloudFormationValidation: false });
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => rmSync(synth.assembly.directory, { recursive: true, force: true }));

  it('serves the static files from a private bucket through origin access control, index.html at the root', () => {
    synth.template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    synth.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', ResponseHeadersPolicyId: Match.anyValue() }),
      }),
    });
    synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' })]) },
    });
    synth.template.resourceCountIs('Custom::CDKBucketDeployment', 1);
  });

  it('sends every route of the query API to the HTTP API, uncached, with the viewer’s query string and headers', () => {
    const [distribution] = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'));
    const behaviors = distribution.Properties.DistributionConfig.CacheBehaviors as { PathPattern: string; CachePolicyId: string; OriginRequestPolicyId: string; TargetOriginId: string }[];
    expect(behaviors.map((b) => b.PathPattern)).toEqual([...API_PATH_PATTERNS]);
    // The explorer's own paths (/, /assets/*, /docs) must never shadow a route, and every route must be covered.
    for (const route of QUERY_ROUTE_PATTERNS) {
      expect(API_PATH_PATTERNS.some((p) => (p.endsWith('*') ? route.startsWith(p.slice(0, -1)) : route === p)), route).toBe(true);
    }
    expect(new Set(behaviors.map((b) => b.TargetOriginId)).size).toBe(1);
    // Managed policies: CachingDisabled, AllViewerExceptHostHeader.
    expect(new Set(behaviors.map((b) => b.CachePolicyId))).toEqual(new Set(['4135ea2d-6df8-44a3-9df3-4b5a84be39ad']));
    expect(new Set(behaviors.map((b) => b.OriginRequestPolicyId))).toEqual(new Set(['b689b0a8-53d0-40ab-baf2-68738e2966ac']));
    synth.template.hasOutput('ExplorerUrl', {});
  });

  it('adds a same-origin content security policy', () => {
    synth.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({ ContentSecurityPolicy: { ContentSecurityPolicy: Match.stringLikeRegexp("^default-src 'self'; script-src 'self';"), Override: true } }),
      }),
    });
  });

  it('passes cdk-nag, each acknowledgement of the explorer with its reason', () => {
    expect(reportedViolations(synth.assembly)).toEqual([]);
    const explorerAcks = acknowledgements(synth.app).filter((a) => a.path.includes('/Explorer') || a.path.includes('CDKBucketDeployment'));
    expect(explorerAcks.length).toBeGreaterThan(0);
    for (const ack of explorerAcks) expect(ack.reason.length, ack.id).toBeGreaterThan(40);
  });
});

describe('the API paths CloudFront sends to the HTTP API', () => {
  it('are one pattern per first segment, a prefix only where routes nest, never / or the explorer’s folders', () => {
    expect(apiPathPatterns(['/health', '/openapi.json', '/articles', '/articles/{articleId}', '/entities/{entityId}/facts'])).toEqual(['/health', '/openapi.json', '/articles*', '/entities*']);
    expect(API_PATH_PATTERNS).toContain('/entities*');
    for (const pattern of API_PATH_PATTERNS) expect(pattern).not.toMatch(/^\/(\*|assets|docs|index\.html|auth-config\.json)/);
  });
});

describe('the explorer and the API authorization', () => {
  it('is off with IAM, which a browser cannot sign, and refused when asked for with it', () => {
    const context = (extra: Record<string, unknown>) => Object.fromEntries(Object.entries({ ...cdkJsonContext(), ...extra }).filter(([k]) => k.startsWith('newsfacts:')));
    expect(parseConfig(context({})).explorer).toBeUndefined();
    expect(() => parseConfig(context({ 'newsfacts:explorer': 'true' }))).toThrow(ConfigError);
    expect(() => parseConfig(context({ 'newsfacts:explorer': 'true' }))).toThrow(/newsfacts:explorer: needs apiAuth "jwt" or "none"/);
    expect(parseConfig(context({ 'newsfacts:apiAuth': 'none', 'newsfacts:explorer': 'false' })).explorer).toBe(false);
  });

  it('deploys no distribution in the default (IAM) stack', () => {
    const synth = synthesize({}, { cloudFormationValidation: false });
    try {
      synth.template.resourceCountIs('AWS::CloudFront::Distribution', 0);
      expect(synth.stack.explorer).toBeUndefined();
    } finally {
      rmSync(synth.assembly.directory, { recursive: true, force: true });
    }
  }, SYNTH_TIMEOUT_MS);
});

const SIGN_IN = {
  'newsfacts:apiAuth': 'jwt',
  'newsfacts:jwtIssuer': 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example',
  'newsfacts:jwtAudience': 'explorer-client,newsfacts-cli',
  'newsfacts:explorerClientId': 'explorer-client',
  'newsfacts:explorerAuthorizeUrl': 'https://newsfacts.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
  'newsfacts:explorerTokenUrl': 'https://newsfacts.auth.eu-west-1.amazoncognito.com/oauth2/token',
};

describe('the explorer’s sign-in settings', () => {
  const context = (extra: Record<string, unknown>) => Object.fromEntries(Object.entries({ ...cdkJsonContext(), ...SIGN_IN, ...extra }).filter(([k, v]) => k.startsWith('newsfacts:') && v !== undefined));
  const errorOf = (extra: Record<string, unknown>) => {
    try {
      parseConfig(context(extra));
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('become the explorer’s sign-in, asking for openid unless scopes are given', () => {
    expect(explorerSignIn(parseConfig(context({})))).toEqual({
      clientId: 'explorer-client', authorizationEndpoint: SIGN_IN['newsfacts:explorerAuthorizeUrl'], tokenEndpoint: SIGN_IN['newsfacts:explorerTokenUrl'], scopes: ['openid'],
    });
    expect(explorerSignIn(parseConfig(context({ 'newsfacts:explorerScopes': 'openid newsfacts/read' })))?.scopes).toEqual(['openid', 'newsfacts/read']);
    expect(explorerSignIn(parseConfig(context({ 'newsfacts:explorerClientId': undefined, 'newsfacts:explorerAuthorizeUrl': undefined, 'newsfacts:explorerTokenUrl': undefined })))).toBeUndefined();
  });

  it('are refused, each with a reason, when incomplete, not https, without JWT auth, for a client the authorizer refuses, or with the explorer off', () => {
    expect(errorOf({ 'newsfacts:explorerTokenUrl': undefined })).toContain('newsfacts:explorerTokenUrl: is required for the explorer’s sign-in');
    expect(errorOf({ 'newsfacts:explorerAuthorizeUrl': 'http://newsfacts.auth.example.com/oauth2/authorize' })).toContain('newsfacts:explorerAuthorizeUrl');
    expect(errorOf({ 'newsfacts:apiAuth': 'none' })).toContain('newsfacts:explorerClientId: needs apiAuth "jwt"');
    expect(errorOf({ 'newsfacts:jwtAudience': 'newsfacts-cli' })).toContain('newsfacts:explorerClientId: must be one of jwtAudience (newsfacts-cli)');
    expect(errorOf({ 'newsfacts:explorer': 'false' })).toContain('the explorer is off');
    expect(errorOf({ 'newsfacts:explorerScopes': 'openid "x"' })).toContain('newsfacts:explorerScopes');
  });
});

describe('the explorer with sign-in (apiAuth=jwt, explorerClientId set)', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthesize(SIGN_IN, { cloudFormationValidation: false });
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => rmSync(synth.assembly.directory, { recursive: true, force: true }));

  it('sends the same policy and settings file as local mode (local/static-site.ts), with and without sign-in', () => {
    const signIn = { clientId: 'c', authorizationEndpoint: 'https://id.example.com/authorize', tokenEndpoint: 'https://id.example.com:8443/token', scopes: ['openid'] };
    expect(contentSecurityPolicy()).toBe(explorerContentSecurityPolicy());
    expect(contentSecurityPolicy(signIn)).toBe(explorerContentSecurityPolicy(['https://id.example.com:8443']));
    expect(AUTH_CONFIG_FILE).toBe(LOCAL_AUTH_CONFIG_FILE);
  });

  it('lets the page post to the token endpoint and to nothing else', () => {
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
    synth.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({ ContentSecurityPolicy: { ContentSecurityPolicy: Match.stringLikeRegexp("connect-src 'self' https://newsfacts\\.auth\\.eu-west-1\\.amazoncognito\\.com; "), Override: true } }),
      }),
    });
  });

  it('deploys auth-config.json with the build, and invalidates it on each deploy', () => {
    const [deployment] = Object.values(synth.template.findResources('Custom::CDKBucketDeployment'));
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(2);
    expect(deployment.Properties.DistributionPaths).toContain('/auth-config.json');
    // The staged asset of the settings file holds exactly what web/src/sign-in.ts reads.
    const staged = readdirSync(synth.assembly.directory).map((name) => join(synth.assembly.directory, name, 'auth-config.json')).filter((path) => existsSync(path));
    expect(staged).toHaveLength(1);
    expect(JSON.parse(readFileSync(staged[0], 'utf8'))).toEqual({
      oidc: { clientId: 'explorer-client', authorizationEndpoint: SIGN_IN['newsfacts:explorerAuthorizeUrl'], tokenEndpoint: SIGN_IN['newsfacts:explorerTokenUrl'], scopes: ['openid'] },
    });
  });

  it('passes cdk-nag', () => {
    expect(reportedViolations(synth.assembly)).toEqual([]);
  });
});
