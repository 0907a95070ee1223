// stat(2) of paths as another process sees them, and executable lookup on PATH. Kept apart from
// proc.ts: these read the file system, not /proc/<pid> entries.

import { accessSync, constants, statSync, type BigIntStats } from 'node:fs';
import { delimiter, join } from 'node:path';
import { errnoCode } from '../errors.js';

/** The result of a stat that may fail: the stats, or the errno name. */
export interface StatResult {
  /** The stats, when the path exists. */
  stats?: BigIntStats;
  /** errno name (ENOENT, EACCES …) when it does not. */
  errno?: string;
}

/**
 * stat(2) of `path` resolved in the root directory of `pid` (`/proc/<pid>/root` + path), so a
 * chrooted or containerised process's paths are looked up where it sees them.
 */
export function statInRoot(pid: number, path: string): StatResult {
  try {
    return { stats: statSync(`/proc/${pid}/root${path}`, { bigint: true }) };
  } catch (err) {
    return { errno: errnoCode(err) ?? 'EIO' };
  }
}

/** The first executable called `name` in a PATH-style list of directories, or undefined. */
export function findExecutable(name: string, pathList: string): string | undefined {
  for (const dir of pathList.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
