// CRIU's FileEntry (or a legacy per-type entry) as the graph's OpenFile, and the names CRIU uses
// for fd types, socket types and states.

import { SOCKET_FAMILY_NAMES, SOCKET_STATE_NAMES, SOCKET_TYPE_NAMES, type FileType, type OpenFile, type SocketInfo } from '@fdlens/core/model';
import { longValue } from './crit-json.js';

/** CRIU's fd_types by number (fdinfo.proto). */
export const FD_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'UND', 1: 'REG', 2: 'PIPE', 3: 'FIFO', 4: 'INETSK', 5: 'UNIXSK', 6: 'EVENTFD', 7: 'EVENTPOLL',
  8: 'INOTIFY', 9: 'SIGNALFD', 10: 'PACKETSK', 11: 'TTY', 12: 'FANOTIFY', 13: 'NETLINKSK', 14: 'NS',
  15: 'TUNF', 16: 'EXT', 17: 'TIMERFD', 18: 'MEMFD', 19: 'BPFMAP', 20: 'PIDFD',
};

/** The FileEntry field holding each fd type's sub-message. */
export const FD_TYPE_FIELD: Readonly<Record<string, string>> = {
  REG: 'reg', PIPE: 'pipe', FIFO: 'fifo', INETSK: 'isk', UNIXSK: 'usk', EVENTFD: 'efd',
  EVENTPOLL: 'epfd', INOTIFY: 'ify', SIGNALFD: 'sgfd', PACKETSK: 'psk', TTY: 'tty', FANOTIFY: 'ffy',
  NETLINKSK: 'nlsk', NS: 'nsf', TUNF: 'tunf', EXT: 'ext', TIMERFD: 'tfd', MEMFD: 'memfd',
  BPFMAP: 'bpf', PIDFD: 'pidfd',
};

/** fd type number by name. */
export const FD_TYPE_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(FD_TYPE_NAMES).map(([n, name]) => [name, Number(n)]),
);

type Rec = Record<string, unknown>;

const S_IFMT = 0o170000;

/** A u64 from protobufjs as a number; all-ones (CRIU's "-1", e.g. pos of /dev/kmsg) is -1. */
export function u64(v: unknown): number {
  if (v === undefined || v === null) return 0;
  const n = longValue(v, true);
  if (typeof n === 'number') return n;
  return n === (1n << 64n) - 1n ? -1 : Number(n);
}

function has(m: Rec, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key);
}

/** A unix socket name: abstract names (leading NUL) as `@name`. */
export function unixName(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b[0] === 0 ? '@' + b.subarray(1).toString('latin1').replace(/\0+$/, '') : b.toString('utf8').replace(/\0+$/, '');
}

/** An inet address (CRIU keeps the network-order words) with its port, as `addr:port`. */
export function inetAddress(words: readonly number[], port: number): string {
  // A word holds the address bytes in memory order, so its low byte is the first byte.
  const byte = (i: number): number => (words[i >> 2]! >>> ((i & 3) * 8)) & 255;
  if (words.length === 1) return `${byte(0)}.${byte(1)}.${byte(2)}.${byte(3)}:${port}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((byte(i) << 8) | byte(i + 1)).toString(16));
  return `[${groups.join(':')}]:${port}`;
}

function socketOf(kind: string, m: Rec): SocketInfo | undefined {
  if (kind === 'UNIXSK') {
    const name = unixName(m['name'] as Uint8Array);
    const peer = m['peer'] as number;
    return {
      family: 'unix',
      type: SOCKET_TYPE_NAMES[m['type'] as number] ?? String(m['type']),
      state: SOCKET_STATE_NAMES[m['state'] as number] ?? String(m['state']),
      ino: m['ino'] as number,
      ...(peer ? { peerIno: peer } : {}),
      ...(name !== undefined ? { name } : {}),
    };
  }
  if (kind === 'INETSK') {
    const src = (m['src_addr'] as number[] | undefined) ?? [];
    const dst = (m['dst_addr'] as number[] | undefined) ?? [];
    return {
      family: SOCKET_FAMILY_NAMES[m['family'] as number] ?? String(m['family']),
      type: SOCKET_TYPE_NAMES[m['type'] as number] ?? String(m['type']),
      state: SOCKET_STATE_NAMES[m['state'] as number] ?? String(m['state']),
      ino: m['ino'] as number,
      protocol: m['proto'] as number,
      ...(src.length ? { local: inetAddress(src, m['src_port'] as number) } : {}),
      ...(dst.length ? { remote: inetAddress(dst, m['dst_port'] as number) } : {}),
    };
  }
  if (kind === 'NETLINKSK') {
    return { family: 'netlink', type: 'raw', ino: m['ino'] as number, protocol: m['protocol'] as number };
  }
  if (kind === 'PACKETSK') {
    return { family: 'packet', type: SOCKET_TYPE_NAMES[m['type'] as number] ?? String(m['type']), ino: 0, protocol: m['protocol'] as number };
  }
  return undefined;
}

const TYPE_BY_KIND: Readonly<Record<string, FileType>> = {
  REG: 'reg', PIPE: 'pipe', FIFO: 'fifo', INETSK: 'inet', UNIXSK: 'unix', EVENTFD: 'eventfd',
  EVENTPOLL: 'eventpoll', INOTIFY: 'inotify', SIGNALFD: 'signalfd', PACKETSK: 'packet', TTY: 'tty',
  FANOTIFY: 'fanotify', NETLINKSK: 'netlink', NS: 'ns', TUNF: 'chr', EXT: 'unknown', TIMERFD: 'timerfd',
  MEMFD: 'memfd', BPFMAP: 'bpf', PIDFD: 'pidfd', UND: 'unknown',
};

/** Lookups a FileEntry needs from the rest of the dump. */
export interface FileContext {
  /** Path of a RegFileEntry by id (a FIFO's regf_id). */
  regPath(id: number): string | undefined;
  /** Name of a memfd inode (memfd.img). */
  memfdName(inodeId: number): string | undefined;
  /** True when remap-fpath.img makes this file a ghost (deleted while open). */
  isGhost(id: number): boolean;
}

/** The OpenFile for one CRIU file: `kind` is the fd type name, `m` its sub-message. */
export function openFileOf(id: number, kind: string, m: Rec, ctx: FileContext): OpenFile {
  let type = TYPE_BY_KIND[kind] ?? 'unknown';
  const file: OpenFile = { id, type, flags: 0, pos: 0, identity: 'criu' };
  if (has(m, 'flags')) file.flags = (m['flags'] as number) >>> 0;
  if (has(m, 'pos')) file.pos = u64(m['pos']);
  switch (kind) {
    case 'REG': {
      file.path = m['name'] as string;
      if (has(m, 'mode')) {
        const mode = m['mode'] as number;
        file.mode = mode;
        const fmt = mode & S_IFMT;
        type = fmt === 0o040000 ? 'dir' : fmt === 0o120000 ? 'symlink' : fmt === 0o020000 ? 'chr' : fmt === 0o060000 ? 'blk' : 'reg';
        file.type = type;
      }
      if (has(m, 'size')) file.size = u64(m['size']);
      if (has(m, 'mnt_id') && (m['mnt_id'] as number) >= 0) file.mntId = m['mnt_id'] as number;
      if (ctx.isGhost(id)) file.deleted = true;
      break;
    }
    case 'PIPE':
      file.pipeIno = m['pipe_id'] as number;
      break;
    case 'FIFO': {
      file.pipeIno = m['pipe_id'] as number;
      const path = has(m, 'regf_id') ? ctx.regPath(m['regf_id'] as number) : undefined;
      if (path !== undefined) file.path = path;
      break;
    }
    case 'UNIXSK':
    case 'INETSK':
    case 'NETLINKSK':
    case 'PACKETSK': {
      const socket = socketOf(kind, m);
      if (socket) {
        file.socket = socket;
        if (socket.ino) file.ino = socket.ino;
      }
      break;
    }
    case 'EVENTFD':
      file.anon = 'eventfd';
      file.extra = { 'eventfd-count': String(u64(m['counter'])) };
      break;
    case 'EVENTPOLL': {
      file.anon = '[eventpoll]';
      const tfds = (m['tfd'] as Rec[] | undefined) ?? [];
      file.epoll = tfds.map((t) => ({
        tfd: t['tfd'] as number,
        events: (t['events'] as number) >>> 0,
        data: String(longValue(t['data'], true)),
        ...(has(t, 'inode') ? { ino: u64(t['inode']) } : {}),
      }));
      break;
    }
    case 'SIGNALFD':
      file.anon = '[signalfd]';
      file.extra = { sigmask: longValue(m['sigmask'], true).toString(16).padStart(16, '0') };
      break;
    case 'TIMERFD':
      file.anon = '[timerfd]';
      file.extra = {
        clockid: String(m['clockid']),
        ticks: String(u64(m['ticks'])),
        'settime flags': String(m['settime_flags']),
        it_value: `(${u64(m['vsec'])}, ${u64(m['vnsec'])})`,
        it_interval: `(${u64(m['isec'])}, ${u64(m['insec'])})`,
      };
      break;
    case 'INOTIFY':
      file.anon = 'inotify';
      file.extra = { watches: String(((m['wd'] as unknown[] | undefined) ?? []).length) };
      break;
    case 'FANOTIFY':
      file.anon = '[fanotify]';
      file.extra = { marks: String(((m['mark'] as unknown[] | undefined) ?? []).length) };
      break;
    case 'MEMFD': {
      const name = ctx.memfdName(m['inode_id'] as number);
      if (name !== undefined) file.path = name;
      file.extra = { inode_id: String(m['inode_id']) };
      break;
    }
    case 'PIDFD':
      file.anon = '[pidfd]';
      file.extra = { Pid: String(m['nspid']) };
      file.ino = m['ino'] as number;
      break;
    case 'TTY':
      file.extra = { tty_info_id: String(m['tty_info_id']) };
      break;
    case 'NS':
      file.extra = { ns_id: String(m['ns_id']), ns_cflag: String(m['ns_cflag']) };
      break;
    case 'TUNF':
      file.path = '/dev/net/tun';
      break;
    case 'EXT':
      file.extra = { criu: 'EXT' };
      break;
    default:
      break;
  }
  return file;
}
