import { CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag AwsSolutions finding on `construct` (and its children), using the
 * plugin-qualified id the validation report prints ("AwsSolutions::AwsSolutions-S1"), so the
 * acknowledgement cannot be mistaken for one of some other plugin's rules.
 */
export function acknowledgeNag(construct: IConstruct, finding: string, reason: string): void {
  Validations.of(construct).acknowledge({ id: `AwsSolutions::${finding}`, reason });
}

/**
 * How cdk-nag spells `Fn::GetAtt [<resource>, Arn]` inside a finding id, e.g.
 * `<StoreTable0CCFA19B.Arn>`, so an acknowledgement can name one exact wildcard resource
 * instead of silencing the rule for the whole policy.
 */
export function nagArnRef(construct: IConstruct): string {
  const resource = construct instanceof CfnResource ? construct : construct.node.defaultChild;
  if (!(resource instanceof CfnResource)) {
    throw new Error(`${construct.node.path} has no CloudFormation resource to reference`);
  }
  return `<${Stack.of(resource).getLogicalId(resource)}.Arn>`;
}
