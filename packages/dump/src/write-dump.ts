// writeDump: the images of a graph, written atomically. Everything goes into a hidden temporary
// sibling of the target, which is renamed into place at the end: a crash, a kill or an abort
// never leaves a half dump at the target.

import { mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Graph } from '@fdlens/core/model';
import { DUMP_ERROR_CODES, dumpUsageError } from './errors.js';
import { dumpImages, type DumpImagesOptions } from './dump-images.js';
import { OperationError } from '@fdlens/core/model';

/** Options of writeDump. */
export interface WriteDumpOptions extends DumpImagesOptions {
  /** Replace a target directory that is not empty. */
  force?: boolean;
  /** Abort between two files: the temporary folder is removed and nothing reaches the target. */
  signal?: AbortSignal;
  /** Called after each file is written (progress, and tests that abort midway). */
  onImage?: (name: string, index: number, total: number) => void;
}

/** What writeDump wrote. */
export interface WriteDumpResult {
  /** The dump directory. */
  path: string;
  /** File names written, in writing order. */
  images: string[];
  /** Total bytes. */
  bytes: number;
}

function isEmptyDir(path: string): boolean | undefined {
  try {
    if (!statSync(path).isDirectory()) return false;
  } catch {
    return undefined;
  }
  return readdirSync(path).length === 0;
}

/** Write the graph as a CRIU image directory at `dir`. */
export async function writeDump(graph: Graph, dir: string, options: WriteDumpOptions = {}): Promise<WriteDumpResult> {
  const target = resolve(dir);
  const empty = isEmptyDir(target);
  if (empty === false && !options.force) {
    throw dumpUsageError(DUMP_ERROR_CODES.targetNotEmpty, `${target} exists and is not an empty directory`, 'choose a new directory, or pass --force to replace it');
  }
  const images = dumpImages(graph, options);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(target)}.fdlens-tmp-`));
  let bytes = 0;
  try {
    for (let i = 0; i < images.length; i++) {
      if (options.signal?.aborted) throw abortError(target);
      const img = images[i]!;
      writeFileSync(join(tmp, img.name), img.bytes);
      bytes += img.bytes.length;
      options.onImage?.(img.name, i, images.length);
      // Let a signal handler (Ctrl-C) run between files.
      if (i % 64 === 63) await new Promise<void>((r) => setImmediate(r));
    }
    if (options.signal?.aborted) throw abortError(target);
    if (empty === false) {
      // --force: move the old dump aside first, so the rename below is the only visible step.
      const old = `${tmp}-old`;
      renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      if (empty === true) rmdirSync(target);
      renameSync(tmp, target);
    }
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return { path: target, images: images.map((i) => i.name), bytes };
}

function abortError(target: string): OperationError {
  return new OperationError(DUMP_ERROR_CODES.aborted, `dump to ${target} aborted; nothing was written there`, {
    hint: 'run the dump again',
  });
}
