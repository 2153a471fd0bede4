import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { createNewsfactsApp } from '../../lib/newsfacts-app.js';
import { SYNTH_TIMEOUT_MS, cdkJsonContext } from './synth.js';

describe('the cdk-nag gate', () => {
  it('fails synthesis when a resource breaks an AwsSolutions rule nobody acknowledged', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'newsfacts-cdk-'));
    const { app, stack } = createNewsfactsApp({
      context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
      outdir,
      // This test is about cdk-nag alone; the other tests run CloudFormation validation.
      cloudFormationValidation: false,
    });
    new Queue(stack, 'CarelessQueue', { encryption: QueueEncryption.UNENCRYPTED });
    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = String(error);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
    expect(message).toContain('AwsSolutions-SQS2'); // no server-side encryption
    expect(message).toContain('AwsSolutions-SQS4'); // no TLS-only policy
    expect(message).toContain(`${stack.stackName}/CarelessQueue`);
  }, SYNTH_TIMEOUT_MS);
});
