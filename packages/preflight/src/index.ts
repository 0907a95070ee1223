export * from './codes.js';
export * from './finding.js';
export * from './facts.js';
export { preflight, CHECKS, type PreflightOptions } from './preflight.js';
export { gatherFacts, preflightLive, type GatherOptions, type LiveOptions, type LiveResult } from './live.js';
export { formatReport, formatFinding } from './render.js';
export { parseCriuOptions, parseCriuSize, resolvingOption, type CriuOptionSet } from './criu-options.js';
export { ghostLimitFor, DEFAULT_GHOST_LIMIT } from './checks/files.js';
export type { Check, CheckContext } from './context.js';
