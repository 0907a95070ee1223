// The light entry (`@fdlens/dump/read`): reading dumps into the graph, without the writer, the
// crit JSON view and protobufjs. `fdlens show DIR` loads only this.
export * from './errors.js';
export { readDump, openDump, listImages, type ReadDumpOptions, type ListedImage } from './read-dump.js';
export { graphFromImages, isGraphImage, type ImageSet } from './dump-graph.js';
export { readImageFile, readImageBytes, type RawImage, type RawEntry, type PbMessage, type ReadImageOptions } from './image-read.js';
export { sniffArchive, type ArchiveCompression } from './archive-sniff.js';
