// Reading /proc. Small, synchronous reads into one reused buffer: a capture reads thousands of
// tiny files, and open+read+close is half the syscalls of readFileSync.

import { closeSync, openSync, readdirSync, readlinkSync, readSync, statSync, type BigIntStats } from 'node:fs';

const chunk = Buffer.alloc(1 << 16);

/**
 * A whole /proc file as latin1 text (binary-safe for names with odd bytes). A short read is no end
 * of file in general: a table of many records (net/tcp, net/unix, a task's children) comes about
 * one page per read(2). A file the kernel prints as one record (stat, status, fdinfo: single_open
 * files) comes whole in the first read when the buffer is larger, so `singleRecord` stops there
 * and saves the end-of-file read on the per-fd path.
 */
function readProc(path: string, singleRecord: boolean): string {
  const fd = openSync(path, 'r');
  try {
    let n = readSync(fd, chunk, 0, chunk.length, null);
    if (singleRecord && n < chunk.length) return chunk.toString('latin1', 0, n);
    const parts: Buffer[] = [];
    for (; n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) parts.push(Buffer.from(chunk.subarray(0, n)));
    return Buffer.concat(parts).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Read a whole /proc file (to end of file) as latin1 text. */
export function readProcText(path: string): string {
  return readProc(path, false);
}

/** Read a /proc file the kernel prints as a single record (stat, status, fdinfo). */
function readSingleRecord(path: string): string {
  return readProc(path, true);
}

/** Fields of /proc/<pid>/stat that a capture needs. */
export interface ProcStat {
  /** Process id. */
  pid: number;
  /** comm, without the parentheses. */
  comm: string;
  /** State letter. */
  state: string;
  /** Parent pid. */
  ppid: number;
  /** Process group. */
  pgrp: number;
  /** Session. */
  session: number;
  /** Kernel task flags (PF_KTHREAD = 0x00200000). */
  flags: number;
  /**
   * The memory-layout fields of the mm (code/data/brk/stack/arg/env bounds): equal for
   * processes sharing one address space, so a cheap key before KCMP_VM.
   */
  mmKey: string;
  /**
   * The mm's size counters (vsize, rss): also equal for sharers of one mm, and usually different
   * between forked children, but they move while a process runs: for frozen trees only.
   */
  mmUsageKey: string;
}

/** PF_KTHREAD: kernel threads have no fds to look at. */
export const PF_KTHREAD = 0x00200000;

/** Parse /proc/<pid>/stat (comm may hold spaces and parentheses, so split at the last ')'). */
export function readStat(pid: number): ProcStat {
  const text = readSingleRecord(`/proc/${pid}/stat`);
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state); field n is rest[n - 3].
  const f = (n: number): string => rest[n - 3] ?? '';
  return {
    pid,
    comm: text.slice(open + 1, close),
    state: f(3),
    ppid: Number(f(4)),
    pgrp: Number(f(5)),
    session: Number(f(6)),
    flags: Number(f(9)),
    mmKey: [26, 27, 28, 45, 46, 47, 48, 49, 50, 51].map(f).join(','),
    mmUsageKey: `${f(23)},${f(24)}`,
  };
}

/** Cheap keys from /proc/<pid>/status: the handled and ignored signal masks, and the umask. */
export interface StatusKeys {
  /** SigIgn/SigCgt: equal for processes sharing signal handlers (CLONE_SIGHAND). */
  sighand: string;
  /** Umask: part of the fs_struct, so equal for processes sharing it (CLONE_FS). */
  umask: string;
}

/** Read the cheap keys of /proc/<pid>/status. */
export function readStatusKeys(pid: number): StatusKeys {
  const text = readSingleRecord(`/proc/${pid}/status`);
  const pick = (name: string): string => {
    const at = text.indexOf(`\n${name}:`);
    return at < 0 ? '' : text.slice(at + name.length + 2, text.indexOf('\n', at + 1)).trim();
  };
  return { sighand: `${pick('SigIgn')}/${pick('SigCgt')}`, umask: pick('Umask') };
}

/** Thread ids of a process, leader first. */
export function listThreads(pid: number): number[] {
  const tids = readdirSync(`/proc/${pid}/task`).map(Number);
  tids.sort((a, b) => (a === pid ? -1 : b === pid ? 1 : a - b));
  return tids;
}

/** Children of a process (of any of its threads), from /proc/<pid>/task/<tid>/children. */
export function listChildren(pid: number, tids: number[]): number[] {
  const out: number[] = [];
  for (const tid of tids) {
    let text: string;
    try {
      text = readProcText(`/proc/${pid}/task/${tid}/children`);
    } catch {
      continue; // the thread exited; its children were reparented to a sibling thread we also read
    }
    for (const part of text.split(' ')) if (part !== '' && part !== '\n') out.push(Number(part));
  }
  return out;
}

/** Every pid on the system (for --all). */
export function listAllPids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const n = Number(name);
    if (Number.isInteger(n) && n > 0) out.push(n);
  }
  return out.sort((a, b) => a - b);
}

/** The fd numbers open in a process, ascending. */
export function listFds(pid: number): number[] {
  return readdirSync(`/proc/${pid}/fd`)
    .map(Number)
    .sort((a, b) => a - b);
}

/** readlink /proc/<pid>/fd/<fd>: a path, or `pipe:[ino]`, `socket:[ino]`, `anon_inode:…`. */
export function readFdLink(pid: number, fd: number): string {
  return readlinkSync(`/proc/${pid}/fd/${fd}`, 'latin1');
}

/** The text of /proc/<pid>/fdinfo/<fd>. */
export function readFdinfo(pid: number, fd: number): string {
  return readSingleRecord(`/proc/${pid}/fdinfo/${fd}`);
}

/** stat(2) through /proc/<pid>/fd/<fd>: the open inode itself, whatever its path is now. */
export function statFd(pid: number, fd: number): BigIntStats {
  return statSync(`/proc/${pid}/fd/${fd}`, { bigint: true });
}

/** readlink of a /proc/<pid> entry (cwd, root, exe, ns/net …); undefined when unreadable. */
export function readProcLink(pid: number, name: string): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/${name}`, 'latin1');
  } catch {
    return undefined;
  }
}

/** The mount ids /proc/<pid>/mountinfo lists (the first column): the mounts its namespace sees. */
export function readMountIds(pid: number): Set<number> {
  const ids = new Set<number>();
  for (const line of readProcText(`/proc/${pid}/mountinfo`).split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) ids.add(Number(line.slice(0, space)));
  }
  return ids;
}

/**
 * A reader of processes' namespace links (`net:[4026531840]`), each pid read once: many files of
 * a tree share a holder. A process whose link can't be read gets a namespace of its own, `pid:N`.
 */
export function namespaceReader(kind: 'net' | 'mnt'): (pid: number) => string {
  const seen = new Map<number, string>();
  return (pid) => {
    let ns = seen.get(pid);
    if (ns === undefined) seen.set(pid, (ns = readProcLink(pid, `ns/${kind}`) ?? `pid:${pid}`));
    return ns;
  };
}

/** A process exists when its /proc entry does. */
export function processExists(pid: number): boolean {
  try {
    statSync(`/proc/${pid}/stat`);
    return true;
  } catch {
    return false;
  }
}

/** The TracerPid line of /proc/<pid>/status (0 when not traced). */
export function readTracerPid(pid: number): number {
  const text = readSingleRecord(`/proc/${pid}/status`);
  const m = /\nTracerPid:\s*(\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** A text file outside /proc/<pid> (e.g. /proc/net/tcp, /proc/sys/fs/nr_open); undefined when absent. */
export function readOptionalText(path: string): string | undefined {
  try {
    return readProcText(path);
  } catch {
    return undefined;
  }
}
