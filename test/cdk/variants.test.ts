import { Match } from 'aws-cdk-lib/assertions';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, acknowledgements, logicalId, reportedViolations, synthesize, type Synthesized } from './synth.js';

describe('apiAuth = jwt', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthesize({
      'newsfacts:apiAuth': 'jwt',
      'newsfacts:jwtIssuer': 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example',
      'newsfacts:jwtAudience': 'newsfacts-web,newsfacts-cli',
    }, { cloudFormationValidation: false }); // differs from the validated default stack by one authorizer
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => rmSync(synth.assembly.directory, { recursive: true, force: true }));

  it('puts a JWT authorizer with the configured issuer and audience on the route', () => {
    synth.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example',
        Audience: ['newsfacts-web', 'newsfacts-cli'],
      },
    });
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: Match.stringLikeRegexp('JwtAuthorizer') },
    });
  });

  it('passes cdk-nag without acknowledging the missing-authorization rule', () => {
    expect(reportedViolations(synth.assembly)).toEqual([]);
    expect(acknowledgements(synth.app).map((a) => a.id)).not.toContain('AwsSolutions::AwsSolutions-APIG4');
  });
});

describe('a throwaway development stack (apiAuth=none, destroy, alarm email, no access logs)', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthesize({
      'newsfacts:stackName': 'NewsfactsDev',
      'newsfacts:apiAuth': 'none',
      'newsfacts:removalPolicy': 'destroy',
      'newsfacts:alarmEmail': 'ops@example.com',
      'newsfacts:serverAccessLogs': 'false',
      'newsfacts:dashboard': 'false',
      'newsfacts:ingestTimeoutSeconds': '120',
      'newsfacts:ingestBatchSize': '25',
      'newsfacts:ingestMaxBatchingWindowSeconds': '2',
      'newsfacts:maxReceiveCount': '5',
      'newsfacts:apiThrottleRateLimit': '5',
      'newsfacts:apiThrottleBurstLimit': '10',
      'newsfacts:logRetentionDays': '7',
      'newsfacts:corsAllowOrigins': 'https://news.example.org,http://localhost:5173',
    });
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => rmSync(synth.assembly.directory, { recursive: true, force: true }));

  it('uses the configured stack name', () => {
    expect(synth.stack.stackName).toBe('NewsfactsDev');
  });

  it('leaves the route open only because the configuration says so, and acknowledges it with a reason', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default', AuthorizationType: 'NONE' });
    synth.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    const ack = acknowledgements(synth.app).find((a) => a.id === 'AwsSolutions::AwsSolutions-APIG4');
    expect(ack?.reason).toContain('newsfacts:apiAuth=none');
    expect(reportedViolations(synth.assembly)).toEqual([]);
  });

  it('deletes bucket (emptying it first) and table with the stack', () => {
    synth.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    synth.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    synth.template.resourceCountIs('Custom::S3AutoDeleteObjects', 1);
  });

  it('has no access-log bucket when server access logs are off', () => {
    // The articles bucket, and the explorer's (apiAuth=none deploys it; it is never a log target).
    expect(Object.keys(synth.template.findResources('AWS::S3::Bucket')).filter((id) => !id.startsWith('ExplorerAssets'))).toHaveLength(1);
    expect(synth.template.findResources('AWS::S3::Bucket', { Properties: { LoggingConfiguration: Match.anyValue() } })).toEqual({});
  });

  it('applies the configured timeouts, batching, redrive count, throttling and retention', () => {
    synth.template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 722,
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }),
    });
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 120,
      Environment: { Variables: Match.objectLike({ MAX_RECEIVE_COUNT: '5' }) },
    });
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 25, MaximumBatchingWindowInSeconds: 2 });
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
    for (const group of Object.values(synth.template.findResources('AWS::Logs::LogGroup'))) {
      expect(group.Properties.RetentionInDays).toBe(7);
    }
  });

  it('mails alarms through a TLS-only topic', () => {
    const topic = logicalId(synth.stack, synth.stack.observability.topic!);
    synth.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: { Ref: topic } });
    synth.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    const alarms = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(7);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topic }]);
    }
  });

  it('lets the configured browser origins call the API with GET', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://news.example.org', 'http://localhost:5173'],
        AllowMethods: ['GET', 'OPTIONS'],
      }),
    });
  });

  it('builds no dashboard when it is turned off', () => {
    synth.template.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
  });
});
