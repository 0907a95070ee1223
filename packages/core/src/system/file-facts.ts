// Facts about path-backed open files that the graph does not carry: link count and allocated
// blocks (what CRIU's ghost-file limit is measured in), whether the path the kernel shows for the
// open file still names that inode, and whether its mount is one the holder's mount namespace
// lists, as CRIU checks before it dumps a regular file.

import type { Graph } from '../graph.js';
import { holdersByFile } from '../graph-query.js';
import { statInRoot, type StatResult } from '../sys/path-stat.js';
import { namespaceReader, readMountIds, statFd } from '../sys/proc.js';

/** What the path of an open file names now. */
export type PathState =
  /** The path names the open inode: CRIU dumps the file by its path. */
  | 'same'
  /** Nothing is at the path (the open file's name was unlinked). */
  | 'missing'
  /** The path names another inode (the name was reused or renamed over). */
  | 'other'
  /** The path could not be looked up (permission, a dead mount). */
  | 'unreachable';

/** Live facts about one path-backed open file of the graph. */
export interface FileFact {
  /** The graph's open-file id. */
  file: number;
  /** The holder the facts were read through. */
  pid: number;
  /** Its fd. */
  fd: number;
  /** st_nlink of the open inode (0: deleted, CRIU makes a ghost file). */
  nlink: number;
  /** st_blocks (512-byte units): CRIU compares blocks × 512 with --ghost-limit. */
  blocks: number;
  /** st_size. */
  size: number;
  /** The path the open file is known by, " (deleted)" removed. */
  path: string;
  /** What that path names now. */
  pathState: PathState;
  /** errno of the path lookup, for `missing` and `unreachable`. */
  pathErrno?: string;
  /** st_dev of what the path names, for `other`. */
  pathDev?: number;
  /** st_ino of what the path names, for `other`. */
  pathIno?: number;
  /** For an unlinked name: the inode now found under that name, if another file took it. */
  nameTakenBy?: number;
  /**
   * Whether the holder's /proc/<pid>/mountinfo lists the file's mount. A kernel-internal mount
   * (memfd_secret's, say) is listed nowhere, and CRIU stops at "Can't lookup mount". Absent when
   * the file has no mount id or mountinfo could not be read.
   */
  mountListed?: boolean;
}

/** File types whose open files CRIU dumps by path (regular files, directories, FIFOs, mem devices). */
const PATH_TYPES = new Set(['reg', 'dir', 'fifo', 'chr', 'blk']);

/**
 * Stat every path-backed open file of a live graph through one of its holders, and look its path
 * up in that holder's root. Files that vanished meanwhile are skipped.
 */
export function readFileFacts(graph: Graph): FileFact[] {
  const holders = holdersByFile(graph);
  const out: FileFact[] = [];
  // One mountinfo per mount namespace; undefined where it could not be read.
  const mountsByNs = new Map<string, Set<number> | undefined>();
  const mntNs = namespaceReader('mnt');
  const mountsOf = (pid: number): Set<number> | undefined => {
    const ns = mntNs(pid);
    if (!mountsByNs.has(ns)) {
      let ids: Set<number> | undefined;
      try {
        ids = readMountIds(pid);
      } catch {
        ids = undefined;
      }
      mountsByNs.set(ns, ids);
    }
    return mountsByNs.get(ns);
  };
  for (const file of graph.files) {
    if (!PATH_TYPES.has(file.type) || file.path === undefined || !file.path.startsWith('/')) continue;
    const holder = holders.get(file.id)?.[0];
    if (holder === undefined) continue;
    let st;
    try {
      st = statFd(holder.pid, holder.fd);
    } catch {
      continue; // the fd went away since the capture
    }
    const fact: FileFact = {
      file: file.id,
      pid: holder.pid,
      fd: holder.fd,
      nlink: Number(st.nlink),
      blocks: Number(st.blocks),
      size: Number(st.size),
      path: file.path,
      pathState: 'same',
    };
    const mounts = file.mntId !== undefined && file.mntId >= 0 ? mountsOf(holder.pid) : undefined;
    if (mounts !== undefined) fact.mountListed = mounts.has(file.mntId!);
    // CRIU looks the link text up as it is, " (deleted)" included: for an unlinked name that
    // fails (ENOENT), which sends it to a linked remap even if another file now has the name.
    const named = statInRoot(holder.pid, file.deleted ? `${file.path} (deleted)` : file.path);
    if (named.stats === undefined) {
      fact.pathState = named.errno === 'ENOENT' || named.errno === 'ENOTDIR' ? 'missing' : 'unreachable';
      if (named.errno !== undefined) fact.pathErrno = named.errno;
      const bare: StatResult = file.deleted ? statInRoot(holder.pid, file.path) : {};
      if (bare.stats !== undefined) fact.nameTakenBy = Number(bare.stats.ino);
    } else if (named.stats.ino !== st.ino || named.stats.dev !== st.dev) {
      fact.pathState = 'other';
      fact.pathDev = Number(named.stats.dev);
      fact.pathIno = Number(named.stats.ino);
    }
    out.push(fact);
  }
  return out;
}
