import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseConfig, type NewsfactsConfig } from './config.js';
import { NewsfactsStack } from './newsfacts-stack.js';

export interface NewsfactsAppOptions {
  /** Extra context (tests pass cdk.json's context here; the CLI passes it through the environment). */
  readonly context?: Record<string, unknown>;
  readonly outdir?: string;
  /**
   * CDK's built-in CloudFormation template validation (schema and lint rules, run in WebAssembly).
   * On by default; only tests that are about something else turn it off, to save seconds.
   */
  readonly cloudFormationValidation?: boolean;
}

export interface NewsfactsApp {
  readonly app: App;
  readonly stack: NewsfactsStack;
  readonly config: NewsfactsConfig;
}

/**
 * Builds the CDK app: reads the configuration once (throwing a ConfigError listing every bad
 * key), creates the stack and registers the cdk-nag AwsSolutions checks, which make synthesis
 * fail on any finding that is not acknowledged with a reason.
 */
export function createNewsfactsApp(options: NewsfactsAppOptions = {}): NewsfactsApp {
  const app = new App({
    context: options.context,
    outdir: options.outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation ?? true,
  });
  const config = parseConfig(app.node.getAllContext());
  const stack = new NewsfactsStack(app, config.stackName, {
    config,
    description: 'newsfacts: S3 uploads -> ingest Lambda (normalize + extract) -> DynamoDB -> query API',
  });
  Tags.of(stack).add('project', 'newsfacts');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config };
}
