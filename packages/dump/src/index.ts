export * from './errors.js';
export * from './magic.js';
export * from './codec.js';
export * from './crit-json.js';
export * from './image-read.js';
export * from './image-write.js';
export * from './read-dump.js';
export { graphFromImages, isGraphImage, type ImageSet } from './dump-graph.js';
export { PROTO_DIR, messageType, allMessageTypes } from './schema.js';
