import { rmSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../lib/config.js';
import { API_PATH_PATTERNS, apiPathPatterns } from '../../lib/constructs/explorer.js';
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
    for (const pattern of API_PATH_PATTERNS) expect(pattern).not.toMatch(/^\/(\*|assets|docs|index\.html)/);
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
