export function writeScalingCostModel(_root: string, _figures: unknown): void {}
