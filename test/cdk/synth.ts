import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnElement, Validations, type App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import type { NewsfactsConfig } from '../../lib/config.js';
import { createNewsfactsApp } from '../../lib/newsfacts-app.js';
import type { NewsfactsStack } from '../../lib/newsfacts-stack.js';
import { REPO_ROOT } from '../../lib/paths.js';

/** A synth with the nag run takes ~5-15 s on a busy 2-core machine; vitest's hook default is 10 s. */
export const SYNTH_TIMEOUT_MS = 120_000;

/** The context a user's `cdk synth` gets from cdk.json. */
export function cdkJsonContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')).context;
}

export interface Synthesized {
  readonly app: App;
  readonly stack: NewsfactsStack;
  readonly config: NewsfactsConfig;
  readonly assembly: CloudAssembly;
  readonly template: Template;
}

/**
 * Synthesizes the real app (cdk.json context plus `overrides`) once, with bundling skipped so
 * no esbuild run slows the tests down. The cdk-nag AwsSolutions plugin the app registers runs
 * during this synth and throws on any unacknowledged finding; so does CDK's CloudFormation
 * template validation unless turned off (it is most of a synth's time).
 */
export function synthesize(overrides: Record<string, unknown> = {}, options: { cloudFormationValidation?: boolean } = {}): Synthesized {
  const { app, stack, config } = createNewsfactsApp({
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...overrides },
    outdir: mkdtempSync(join(tmpdir(), 'newsfacts-cdk-')),
    cloudFormationValidation: options.cloudFormationValidation,
  });
  const assembly = app.synth();
  // Same assembly: Stage.synth() is memoized, so this does not synthesize again.
  const template = Template.fromStack(stack);
  return { app, stack, config, assembly, template };
}

/** Every `Validations.of(x).acknowledge(...)` in the tree, with the path it was made on. */
export function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  const found: { path: string; id: string; reason: string }[] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id, reason });
      }
    }
  }
  return found;
}

/** Violations in the policy validation report, if synthesis wrote one. */
export function reportedViolations(assembly: CloudAssembly): string[] {
  let report: { pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[] };
  try {
    report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  } catch {
    return [];
  }
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((violation) =>
      violation.violatingConstructs.map((c) => `${plugin.pluginName} ${violation.ruleName} ${c.constructPath}`),
    ),
  );
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** All statements of the inline/default policies attached to the role with this logical id. */
export function roleStatements(template: Template, roleLogicalId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleLogicalId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

export function actionsOf(statements: Statement[]): string[] {
  return statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
}

/** The logical id CloudFormation gives a construct's default resource. */
export function logicalId(stack: NewsfactsStack, construct: IConstruct): string {
  const resource = construct.node.defaultChild ?? construct;
  if (!(resource instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation element`);
  return stack.getLogicalId(resource);
}
