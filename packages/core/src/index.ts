export * from './graph.js';
export * from './graph-query.js';
export * from './errors.js';
export * from './log.js';
export { captureTree, type CaptureOptions } from './capture/capture-tree.js';
export { probeBackends, type BackendName, type BackendProbe } from './capture/backends.js';
export type { FreezeMethod } from './capture/freeze.js';
export { IdentityIndex, type Comparator, type Comparison, type Placement } from './capture/identity-index.js';
