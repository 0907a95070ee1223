export * from './graph.js';
export * from './graph-query.js';
export * from './errors.js';
export * from './log.js';
