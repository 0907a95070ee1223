// A CRIU image directory as an ImageSet: file names from fast-glob, images decoded on demand.

import { statSync } from 'node:fs';
import type FastGlob from 'fast-glob';
import type { ImageSet } from './dump-graph.js';
import { readImageFile, type RawImage } from './image-read.js';

/** The images of a directory, read lazily (each at most once). */
export class DirImageSet implements ImageSet {
  private readonly list: string[];
  private readonly present: Set<string>;

  readonly path: string;

  /** Use `DirImageSet.open`: it loads fast-glob on first use (commands that read no dump never pay for it). */
  constructor(path: string, glob: typeof FastGlob) {
    this.path = path.replace(/\/+$/, '') || '/';
    // One pattern over one directory gives no duplicates: fast-glob need not keep a set of them.
    this.list = glob.sync('*', { cwd: path, onlyFiles: true, dot: false, unique: false }).sort();
    this.present = new Set(this.list);
  }

  /** The images of the directory at `path`. */
  static async open(path: string): Promise<DirImageSet> {
    const glob = (await import('fast-glob')).default;
    return new DirImageSet(path, glob);
  }

  label(name: string): string {
    return `${this.path}/${name}`;
  }

  names(): readonly string[] {
    return this.list;
  }

  get(name: string): RawImage | undefined {
    if (!this.present.has(name)) return undefined;
    const path = this.label(name);
    return readImageFile(path, {}, path);
  }
}

/** True when the path is a directory. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
