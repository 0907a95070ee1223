// What kind of file an fd is, from its /proc link text and its inode mode. Pure.

import type { FileType } from '../graph.js';

const S_IFMT = 0o170000;
const S_IFSOCK = 0o140000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFBLK = 0o060000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFIFO = 0o010000;

const ANON_TYPES: Record<string, FileType> = {
  '[eventfd]': 'eventfd',
  '[eventpoll]': 'eventpoll',
  '[signalfd]': 'signalfd',
  '[timerfd]': 'timerfd',
  inotify: 'inotify',
  '[fanotify]': 'fanotify',
  '[pidfd]': 'pidfd',
  'bpf-map': 'bpf',
  'bpf-prog': 'bpf',
  'bpf_link': 'bpf',
};

const NAMESPACES = new Set(['cgroup', 'ipc', 'mnt', 'net', 'pid', 'pid_for_children', 'time', 'time_for_children', 'user', 'uts']);

/** Majors of tty devices: 4 (tty/ttyS), 5 (tty, console, ptmx), 136–143 (pty slaves). */
function isTtyMajor(major: number): boolean {
  return major === 4 || major === 5 || (major >= 136 && major <= 143);
}

/** The result of classifying one fd. */
export interface Classified {
  /** Kind of file. */
  type: FileType;
  /** Path for path-backed kinds (deleted suffix removed). */
  path?: string;
  /** The link says the file was deleted. */
  deleted?: boolean;
  /** Anon-inode class name for `anon` (and the named anon kinds). */
  anon?: string;
  /** Pipe inode for pipes and FIFOs. */
  pipeIno?: number;
  /** Socket inode for sockets. */
  socketIno?: number;
}

/** Linux `major(dev)` for a 32-bit kernel-encoded dev_t as stat reports it. */
export function major(dev: number): number {
  return ((dev >>> 8) & 0xfff) | Math.floor(dev / 0x100000000) & ~0xfff;
}

/** Classify an fd from `readlink /proc/<pid>/fd/<n>`, its st_mode, st_rdev and st_ino. */
export function classify(link: string, mode: number, rdev: number, ino: number): Classified {
  const bracket = /^([a-z_]+):\[(\d+)\]$/.exec(link);
  if (bracket) {
    const [, kind, num] = bracket as unknown as [string, string, string];
    if (kind === 'pipe') return { type: 'pipe', pipeIno: Number(num) };
    if (kind === 'socket') return { type: 'socket', socketIno: Number(num) };
    if (kind === 'pidfd') return { type: 'pidfd', anon: 'pidfd' };
    if (NAMESPACES.has(kind)) return { type: 'ns', path: link };
  }
  if (link.startsWith('anon_inode:')) {
    const name = link.slice('anon_inode:'.length);
    return { type: ANON_TYPES[name] ?? 'anon', anon: name.replace(/^\[(.*)\]$/, '$1') };
  }
  const deleted = link.endsWith(' (deleted)');
  const path = deleted ? link.slice(0, -' (deleted)'.length) : link;
  const base = deleted ? { path, deleted } : { path };
  if (path.startsWith('/memfd:')) return { type: 'memfd', ...base };
  switch (mode & S_IFMT) {
    case S_IFREG:
      return { type: 'reg', ...base };
    case S_IFDIR:
      return { type: 'dir', ...base };
    case S_IFIFO:
      return { type: 'fifo', ...base, pipeIno: ino };
    case S_IFCHR:
      return { type: isTtyMajor(major(rdev)) ? 'tty' : 'chr', ...base };
    case S_IFBLK:
      return { type: 'blk', ...base };
    case S_IFLNK:
      // Only an O_PATH | O_NOFOLLOW open gives an fd on a symlink itself.
      return { type: 'symlink', ...base };
    case S_IFSOCK:
      return { type: 'socket', ...base, socketIno: ino };
    default:
      return { type: 'unknown', ...base };
  }
}
