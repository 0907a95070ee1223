// readDump: a CRIU image directory or a container checkpoint archive → the fdlens graph.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Graph, Logger } from '@fdlens/core/model';
import { sniffArchive } from './archive-sniff.js';
import { DirImageSet, isDirectory } from './dump-dir.js';
import { graphFromImages, type ImageSet } from './dump-graph.js';
import { DUMP_ERROR_CODES, dumpUsageError } from './errors.js';
import { imageKindByName } from './magic.js';
import { readImageFile } from './image-read.js';

/** Options of readDump. */
export interface ReadDumpOptions {
  /** pino logger for debug lines (images read, images only listed). */
  logger?: Logger;
}

/** One file of a dump that fdlens lists without reading: its name and magic. */
export interface ListedImage {
  /** File name. */
  name: string;
  /** crit's name of its magic (`PAGEMAP`, `SECCOMP` …), `RAW` for magic-less data, or `UNKNOWN`. */
  magic: string;
}

/** Open a dump path as an ImageSet (directory, or archive streamed into memory). */
export async function openDump(path: string): Promise<ImageSet> {
  if (!existsSync(path)) {
    throw dumpUsageError(DUMP_ERROR_CODES.notADump, `${path}: no such file or directory`, 'give a CRIU image directory (criu dump -D DIR) or a checkpoint archive');
  }
  if (isDirectory(path)) {
    const set = await DirImageSet.open(path);
    if (!set.names().includes('pstree.img') && !set.names().includes('inventory.img')) {
      throw dumpUsageError(DUMP_ERROR_CODES.notADump, `${path}: not a CRIU image directory (no pstree.img, no inventory.img)`, 'give the directory criu dump -D wrote');
    }
    return set;
  }
  const compression = sniffArchive(path);
  if (compression === undefined) {
    throw dumpUsageError(DUMP_ERROR_CODES.notADump, `${path}: neither an image directory nor a tar/tar.gz/tar.zst archive`, 'to decode a single image use `fdlens show FILE.img`');
  }
  // The tar, gzip and zstd code loads only when an archive is read.
  const { ArchiveImageSet } = await import('./archive.js');
  return ArchiveImageSet.read(path, compression);
}

/** Read a CRIU dump (directory or checkpoint archive) as the graph a live capture would give. */
export async function readDump(pathOrArchive: string, options: ReadDumpOptions = {}): Promise<Graph> {
  // resolve('') is the working directory: an empty argument must not quietly mean "here".
  if (pathOrArchive.trim() === '') {
    throw dumpUsageError(DUMP_ERROR_CODES.notADump, 'empty path', 'give a CRIU image directory (criu dump -D DIR) or a checkpoint archive');
  }
  const path = resolve(pathOrArchive);
  const set = await openDump(path);
  const graph = graphFromImages(set, { kind: 'dump', path });
  options.logger?.debug({ path, tasks: graph.tasks.length, files: graph.files.length }, 'dump read');
  return graph;
}

/** The files of an image directory with their magics (what `fdlens show DIR --images` lists). */
export async function listImages(dir: string): Promise<ListedImage[]> {
  const set = await DirImageSet.open(dir);
  return set.names().map((name) => {
    if (/^pages-\d+\.img$/.test(name) || name.endsWith('.tar.gz')) return { name, magic: 'RAW' };
    try {
      const img = readImageFile(set.label(name), { only: new Set() });
      return { name, magic: imageKindByName(img.name) ? img.name : 'UNKNOWN' };
    } catch {
      return { name, magic: 'UNKNOWN' };
    }
  });
}
