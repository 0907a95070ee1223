// File locks held through the fds of a tree. The kernel lists, in each fd's fdinfo, the locks of
// the inode that belong to that fd: flock and OFD locks taken on its open file description, and
// POSIX locks owned by its fd table. CRIU reads the same lines (kdat.has_fdinfo_lock) to decide
// which dumped task holds a lock; so does this.

import type { Graph } from '../graph.js';
import { readFdinfo } from '../sys/proc.js';

/** Lock kinds as /proc shows them. */
export type LockKind = 'FLOCK' | 'POSIX' | 'OFDLCK' | 'LEASE' | 'DELEG' | 'UNKNOWN';

/** One lock seen through one fd of the tree. */
export interface LockFact {
  /** The graph's open-file id of the fd it was seen through. */
  file: number;
  /** The process whose fd shows it. */
  pid: number;
  /** That fd. */
  fd: number;
  /** FLOCK, POSIX, OFDLCK, LEASE … */
  kind: LockKind;
  /** ADVISORY or MANDATORY. */
  mode: string;
  /** READ, WRITE (or UNLCK / lease states). */
  type: string;
  /** The pid the kernel records for the lock (-1 for OFD locks). */
  ownerPid: number;
  /** First byte locked. */
  start: number;
  /** Last byte locked, or `EOF`. */
  end: string;
}

const LOCK_LINE = /^lock:\s*\d+:\s*(?:->\s*)?(\S+)\s+(\S+)\s+(\S+)\s+(-?\d+)\s+\S+\s+(\d+)\s+(\S+)/;
const KINDS = new Set<LockKind>(['FLOCK', 'POSIX', 'OFDLCK', 'LEASE', 'DELEG']);

/** Parse the `lock:` lines of one fdinfo text. */
export function parseLockLines(text: string, at: { file: number; pid: number; fd: number }): LockFact[] {
  const out: LockFact[] = [];
  for (const line of text.split('\n')) {
    const m = LOCK_LINE.exec(line);
    if (!m) continue;
    const kind = KINDS.has(m[1] as LockKind) ? (m[1] as LockKind) : 'UNKNOWN';
    out.push({ ...at, kind, mode: m[2]!, type: m[3]!, ownerPid: Number(m[4]), start: Number(m[5]), end: m[6]! });
  }
  return out;
}

/**
 * Every lock held through an fd of a path-backed file of the graph, one record per lock and open
 * file (the same flock shows on every fd of its description; it is reported once).
 */
export function readFileLocks(graph: Graph): LockFact[] {
  const lockable = new Set(graph.files.filter((f) => f.type === 'reg' || f.type === 'dir' || f.type === 'fifo' || f.type === 'chr' || f.type === 'blk').map((f) => f.id));
  const seen = new Set<string>();
  const out: LockFact[] = [];
  for (const task of graph.tasks) {
    for (const slot of task.fds) {
      if (!lockable.has(slot.file)) continue;
      let text: string;
      try {
        text = readFdinfo(task.pid, slot.fd);
      } catch {
        continue; // gone since the capture
      }
      if (!text.includes('\nlock:')) continue;
      for (const lock of parseLockLines(text, { file: slot.file, pid: task.pid, fd: slot.fd })) {
        const key = `${lock.file}|${lock.kind}|${lock.ownerPid}|${lock.start}|${lock.end}|${lock.type}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(lock);
      }
    }
  }
  return out;
}
