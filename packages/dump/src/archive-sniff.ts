// Telling a checkpoint archive from its first bytes, without loading the tar and zstd code.

import { closeSync, openSync, readSync } from 'node:fs';

/** Compression of an archive, from its first bytes. */
export type ArchiveCompression = 'none' | 'gzip' | 'zstd';

/** Sniff a file: a tar (maybe compressed), or undefined when it is none of those. */
export function sniffArchive(path: string): ArchiveCompression | undefined {
  const head = Buffer.alloc(512);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 512, 0);
  } finally {
    closeSync(fd);
  }
  if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (n >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  if (n >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'none';
  return undefined;
}

