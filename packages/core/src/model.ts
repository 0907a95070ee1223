// The light entry (`@fdlens/core/model`): the graph model, its queries, errors and logging,
// without the capture and its syscalls. Readers of dumps and plans load only this.
export * from './graph.js';
export * from './open-flags.js';
export * from './socket-names.js';
export * from './graph-query.js';
export * from './errors.js';
export * from './log.js';
export { seededRandom } from './random.js';
