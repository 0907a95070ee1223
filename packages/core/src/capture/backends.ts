// Identity backends: kcmp(KCMP_FILE) (ordered), or pidfd_getfd + F_DUPFD_QUERY (equality only),
// and the probes that pick one. Each backend compares two fds {pid, fd} of the captured tree.

import { closeSync, openSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { KCMP, kcmp, type KcmpType } from '../sys/kcmp.js';
import { closeFd, dupfdQuery, pidfdGetfd, pidfdOpen } from '../sys/pidfd.js';
import { processExists, readFdLink } from '../sys/proc.js';
import type { Comparator, Comparison } from './identity-index.js';

/** The backends a caller may force. */
export type BackendName = 'kcmp' | 'dupfd-query';

/** One fd of the tree, as the identity index sees it. */
export interface FdHandle {
  /** Process. */
  pid: number;
  /** fd number in that process. */
  fd: number;
  /** Our local copy of it (dupfd-query backend), once taken. */
  local?: number;
}

/** A file-identity backend. */
export interface FileBackend {
  /** Backend name, as reported in the graph. */
  readonly name: BackendName;
  /** kcmp orders; F_DUPFD_QUERY only says equal or not. */
  readonly mode: 'ordered' | 'equality';
  /** Compare two fds. */
  readonly compare: Comparator<FdHandle>;
  /** Drop what the backend holds for a handle that did not become a bucket member. */
  release(handle: FdHandle): void;
  /** Close everything the backend opened. */
  dispose(): void;
}

/** What the machine offers, with the reason when something is missing. */
export interface BackendProbe {
  /** kcmp works for files and tasks. */
  kcmp: boolean;
  /** Why kcmp does not work. */
  kcmpReason?: string;
  /** pidfd_getfd + F_DUPFD_QUERY work. */
  dupfdQuery: boolean;
  /** Why they do not work. */
  dupfdQueryReason?: string;
}

let cachedProbe: BackendProbe | undefined;

/** Probe kcmp and F_DUPFD_QUERY on our own process (a seccomp or kernel refusal shows here too). */
export function probeBackends(): BackendProbe {
  if (cachedProbe !== undefined) return cachedProbe;
  const fd = openSync('/dev/null', 'r');
  try {
    const probe: BackendProbe = { kcmp: false, dupfdQuery: false };
    const k = kcmp(process.pid, process.pid, KCMP.FILE, fd, fd);
    if (k.value === 0) probe.kcmp = true;
    else probe.kcmpReason = `kcmp(2) failed with ${k.errno ?? `result ${k.value}`}${k.errno === 'ENOSYS' ? ' (kernel built without CONFIG_KCMP)' : k.errno === 'EPERM' ? ' (blocked, e.g. by a seccomp profile)' : ''}`;
    const pidfd = pidfdOpen(process.pid);
    if (pidfd.value < 0) probe.dupfdQueryReason = `pidfd_open failed with ${pidfd.errno}`;
    else {
      const copy = pidfdGetfd(pidfd.value, fd);
      if (copy.value < 0) probe.dupfdQueryReason = `pidfd_getfd failed with ${copy.errno}`;
      else {
        const q = dupfdQuery(copy.value, fd);
        if (q.value === 1) probe.dupfdQuery = true;
        else probe.dupfdQueryReason = `fcntl(F_DUPFD_QUERY) failed with ${q.errno ?? q.value}${q.errno === 'EINVAL' ? ' (needs Linux 6.10 or later)' : ''}`;
        closeFd(copy.value);
      }
      closeFd(pidfd.value);
    }
    return (cachedProbe = probe);
  } finally {
    closeSync(fd);
  }
}

/** Tell which of two fds vanished after a failed comparison (EBADF does not say). */
function whichGone(b: FdHandle, reason: string): Comparison {
  try {
    readFdLink(b.pid, b.fd);
  } catch {
    return { kind: 'gone', which: 'candidate', reason };
  }
  return { kind: 'gone', which: 'existing', reason };
}

/** kcmp(KCMP_FILE): an order, so buckets are bisected. */
export function kcmpFileBackend(): FileBackend {
  return {
    name: 'kcmp',
    mode: 'ordered',
    compare: (a, b) => {
      const r = kcmp(a.pid, b.pid, KCMP.FILE, a.fd, b.fd);
      if (r.value === 0) return { kind: 'equal' };
      if (r.value === 1) return { kind: 'less' };
      if (r.value === 2) return { kind: 'greater' };
      if (r.errno === 'EBADF' || r.errno === 'ESRCH') return whichGone(b, r.errno);
      return { kind: 'failed', reason: `kcmp(${a.pid}, ${b.pid}, KCMP_FILE, ${a.fd}, ${b.fd}) failed with ${r.errno ?? r.value}` };
    },
    release: () => {},
    dispose: () => {},
  };
}

/** pidfd_getfd + F_DUPFD_QUERY: equality only, so buckets are scanned; copies stay open until dispose. */
export function dupfdQueryBackend(): FileBackend {
  const pidfds = new Map<number, number>();
  const locals: number[] = [];
  const localOf = (h: FdHandle): number | string => {
    if (h.local !== undefined) return h.local;
    let pidfd = pidfds.get(h.pid);
    if (pidfd === undefined) {
      const r = pidfdOpen(h.pid);
      if (r.value < 0) return r.errno ?? 'pidfd_open failed';
      pidfds.set(h.pid, (pidfd = r.value));
    }
    const copy = pidfdGetfd(pidfd, h.fd);
    if (copy.value < 0) return copy.errno ?? 'pidfd_getfd failed';
    locals.push(copy.value);
    return (h.local = copy.value);
  };
  return {
    name: 'dupfd-query',
    mode: 'equality',
    compare: (a, b) => {
      const la = localOf(a);
      if (typeof la === 'string') return la === 'EBADF' || la === 'ESRCH' ? { kind: 'gone', which: 'existing', reason: la } : { kind: 'failed', reason: `pidfd_getfd(${a.pid}, ${a.fd}): ${la}` };
      const lb = localOf(b);
      if (typeof lb === 'string') return lb === 'EBADF' || lb === 'ESRCH' ? { kind: 'gone', which: 'candidate', reason: lb } : { kind: 'failed', reason: `pidfd_getfd(${b.pid}, ${b.fd}): ${lb}` };
      const q = dupfdQuery(la, lb);
      if (q.value === 1) return { kind: 'equal' };
      if (q.value === 0) return { kind: 'different' };
      return { kind: 'failed', reason: `fcntl(F_DUPFD_QUERY) failed with ${q.errno ?? q.value}` };
    },
    release: (h) => {
      if (h.local !== undefined) {
        closeFd(h.local);
        const at = locals.indexOf(h.local);
        if (at >= 0) locals.splice(at, 1);
        delete h.local;
      }
    },
    dispose: () => {
      for (const fd of locals.splice(0)) closeFd(fd);
      for (const fd of pidfds.values()) closeFd(fd);
      pidfds.clear();
    },
  };
}

/** Choose the file backend: the forced one (refused when unavailable), else kcmp, else dupfd-query. */
export function chooseFileBackend(forced: BackendName | 'auto' | undefined): FileBackend | undefined {
  const probe = probeBackends();
  if (forced === 'kcmp') {
    if (!probe.kcmp) throw new UsageError('FDLENS_BACKEND_UNAVAILABLE', `--backend kcmp: ${probe.kcmpReason}`, { hint: 'use --backend dupfd-query, or leave --backend out to pick what works' });
    return kcmpFileBackend();
  }
  if (forced === 'dupfd-query') {
    if (!probe.dupfdQuery) throw new UsageError('FDLENS_BACKEND_UNAVAILABLE', `--backend dupfd-query: ${probe.dupfdQueryReason}`, { hint: 'use --backend kcmp, or leave --backend out to pick what works' });
    return dupfdQueryBackend();
  }
  if (forced !== undefined && forced !== 'auto') {
    throw new UsageError('FDLENS_BAD_BACKEND', `unknown backend "${String(forced)}"`, { hint: 'use kcmp, dupfd-query or auto' });
  }
  if (probe.kcmp) return kcmpFileBackend();
  if (probe.dupfdQuery) return dupfdQueryBackend();
  return undefined;
}

/** kcmp over a per-task object (fd table, mm, fs, signal handlers): an ordered comparator of pids. */
export function kcmpTaskComparator(type: KcmpType): Comparator<number> {
  return (a, b) => {
    const r = kcmp(a, b, type);
    if (r.value === 0) return { kind: 'equal' };
    if (r.value === 1) return { kind: 'less' };
    if (r.value === 2) return { kind: 'greater' };
    if (r.errno === 'ESRCH') return { kind: 'gone', which: processExists(b) ? 'existing' : 'candidate', reason: 'ESRCH' };
    return { kind: 'failed', reason: `kcmp(${a}, ${b}, ${type}) failed with ${r.errno ?? r.value}` };
  };
}
