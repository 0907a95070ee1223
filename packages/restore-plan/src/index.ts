export * from './plan-types.js';
export * from './cost.js';
export { planRestore, type PlanOptions } from './plan-restore.js';
export { checkPlan, type CheckIssue, type CheckOptions, type CheckResult } from './check-plan.js';
export { randomGraph, simulatedGraph, type RandomGraphOptions } from './random-graph.js';
export { replayPlan, toPlan, type ReplayHandle, type ReplayOptions } from './replay-plan.js';
export { executorPath } from './compile-executor.js';
export { diffGraphs, formatDifferences, type Difference, type DifferenceKind, type DiffOptions } from './diff-graphs.js';
export { describeOp, formatPlanText, formatPlanDot } from './plan-format.js';
