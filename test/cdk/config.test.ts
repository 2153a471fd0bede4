import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../lib/config.js';
import { createNewsfactsApp } from '../../lib/newsfacts-app.js';
import { cdkJsonContext } from './synth.js';

const DEFAULTS = {
  stackName: 'Newsfacts',
  removalPolicy: 'retain',
  logRetentionDays: 30,
  logLevel: 'INFO',
  apiAuth: 'iam',
  apiThrottleRateLimit: 50,
  apiThrottleBurstLimit: 100,
  ingestMemoryMb: 1024,
  ingestTimeoutSeconds: 60,
  ingestBatchSize: 10,
  ingestMaxBatchingWindowSeconds: 0,
  ingestMaxConcurrency: 5,
  queryMemoryMb: 512,
  queryTimeoutSeconds: 10,
  maxReceiveCount: 3,
  maxObjectBytes: 10 * 1024 * 1024,
  serverAccessLogs: true,
  dashboard: true,
  rejectionAlarmPercent: 20,
};

function configError(context: Record<string, unknown>): string {
  try {
    parseConfig(context);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('falls back to safe defaults (IAM auth, retained data) when nothing is configured', () => {
    expect(parseConfig({})).toEqual(DEFAULTS);
  });

  it('reads cdk.json as shipped, which spells out the defaults', () => {
    expect(parseConfig(cdkJsonContext())).toEqual(DEFAULTS);
  });

  it('ignores CDK\'s own context keys', () => {
    expect(parseConfig({ '@aws-cdk/core:target-partitions': ['aws'], 'aws:cdk:bundling-stacks': [] })).toEqual(DEFAULTS);
  });

  it('coerces the strings `cdk -c key=value` passes', () => {
    const config = parseConfig({
      'newsfacts:ingestTimeoutSeconds': '120',
      'newsfacts:serverAccessLogs': 'false',
      'newsfacts:dashboard': 'TRUE',
      'newsfacts:apiAuth': 'jwt',
      'newsfacts:jwtIssuer': 'https://issuer.example.com/',
      'newsfacts:jwtAudience': 'web, cli',
    });
    expect(config.ingestTimeoutSeconds).toBe(120);
    expect(config.serverAccessLogs).toBe(false);
    expect(config.dashboard).toBe(true);
    expect(config.jwtAudience).toEqual(['web', 'cli']);
  });

  it('reads CORS origins as a list, allowing "*"', () => {
    expect(parseConfig({ 'newsfacts:corsAllowOrigins': 'https://a.example, *' }).corsAllowOrigins).toEqual(['https://a.example', '*']);
  });

  it('accepts a JSON list for the JWT audience', () => {
    const config = parseConfig({
      'newsfacts:apiAuth': 'jwt',
      'newsfacts:jwtIssuer': 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc',
      'newsfacts:jwtAudience': ['client-a'],
    });
    expect(config.jwtAudience).toEqual(['client-a']);
  });

  it('names the key, the problem and the value given', () => {
    const message = configError({ 'newsfacts:apiAuth': 'basic' });
    expect(message).toContain('newsfacts:apiAuth');
    expect(message).toContain('"basic"');
    expect(message).toMatch(/iam.*jwt.*none/);
  });

  it('requires issuer and audience for JWT auth, reporting both at once', () => {
    const message = configError({ 'newsfacts:apiAuth': 'jwt' });
    expect(message).toContain('newsfacts:jwtIssuer: is required when apiAuth is "jwt"');
    expect(message).toContain('newsfacts:jwtAudience: is required when apiAuth is "jwt"');
  });

  it('rejects a JWT issuer that is not https', () => {
    const message = configError({ 'newsfacts:apiAuth': 'jwt', 'newsfacts:jwtIssuer': 'http://issuer.example.com', 'newsfacts:jwtAudience': 'x' });
    expect(message).toContain('newsfacts:jwtIssuer');
  });

  it('catches a misspelled key instead of silently using the default', () => {
    expect(configError({ 'newsfacts:apiAuthh': 'none' })).toContain('unknown key(s) "newsfacts:apiAuthh"');
  });

  it.each([
    ['newsfacts:logRetentionDays', 31],
    ['newsfacts:ingestBatchSize', 26],
    ['newsfacts:ingestMaxBatchingWindowSeconds', 301],
    ['newsfacts:ingestMaxConcurrency', 1],
    ['newsfacts:queryTimeoutSeconds', 30],
    ['newsfacts:ingestTimeoutSeconds', 'sixty'],
    ['newsfacts:removalPolicy', 'snapshot'],
    ['newsfacts:serverAccessLogs', 'yes'],
    ['newsfacts:alarmEmail', 'not-an-address'],
    ['newsfacts:stackName', '1-starts-with-digit'],
    ['newsfacts:corsAllowOrigins', 'news.example.org'],
  ])('rejects %s = %j', (key, value) => {
    expect(configError({ [key]: value })).toContain(key);
  });

  it('takes a batch above 10 only with a batching window, as SQS event sources require', () => {
    expect(configError({ 'newsfacts:ingestBatchSize': 11 })).toContain('newsfacts:ingestMaxBatchingWindowSeconds: must be at least 1 when ingestBatchSize is above 10');
    expect(parseConfig({ 'newsfacts:ingestBatchSize': '25', 'newsfacts:ingestMaxBatchingWindowSeconds': '1' })).toMatchObject({ ingestBatchSize: 25, ingestMaxBatchingWindowSeconds: 1 });
  });

  it('rejects a burst limit below the rate limit', () => {
    const message = configError({ 'newsfacts:apiThrottleRateLimit': 100, 'newsfacts:apiThrottleBurstLimit': 10 });
    expect(message).toContain('newsfacts:apiThrottleBurstLimit: must be at least apiThrottleRateLimit');
  });

  it('lists every problem in one message', () => {
    const message = configError({ 'newsfacts:logLevel': 'LOUD', 'newsfacts:maxReceiveCount': 0 });
    expect(message.split('\n  - ')).toHaveLength(3);
  });
});

describe('createNewsfactsApp', () => {
  it('fails before building anything when the context is invalid', () => {
    expect(() => createNewsfactsApp({ context: { 'newsfacts:removalPolicy': 'sometimes' } })).toThrow(ConfigError);
  });
});
