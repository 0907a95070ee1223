// The graph's OpenFile as CRIU's FileEntry (the inverse of file-map.ts), for writeDump.

import { O_CLOEXEC, OperationError, SOCKET_FAMILY_NAMES, SOCKET_STATE_NAMES, SOCKET_TYPE_NAMES, type OpenFile } from '@fdlens/core/model';
import { DUMP_ERROR_CODES } from './errors.js';
import { FD_TYPE_FIELD, FD_TYPE_NUMBERS } from './file-map.js';

type Rec = Record<string, unknown>;


/** A 64-bit value for protobufjs's writer: -1 (CRIU's "don't seek") becomes all ones. */
export function u64Out(n: number | bigint): number | { low: number; high: number; unsigned: boolean } {
  if (typeof n === 'number' && n >= 0 && Number.isSafeInteger(n)) return n;
  const big = BigInt.asUintN(64, BigInt(n));
  return { low: Number(big & 0xffffffffn) | 0, high: Number(big >> 32n) | 0, unsigned: true };
}

/** The zero owner every file gets: the graph does not carry F_SETOWN state. */
export function fown(): Rec {
  return { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
}

function skOpts(): Rec {
  return { so_sndbuf: 0, so_rcvbuf: 0, so_snd_tmo_sec: 0, so_snd_tmo_usec: 0, so_rcv_tmo_sec: 0, so_rcv_tmo_usec: 0 };
}

function reverse(table: Readonly<Record<number, string>>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([n, name]) => [name, Number(n)]));
}
const SOCK_TYPE_NUM = reverse(SOCKET_TYPE_NAMES);
const SOCK_STATE_NUM = reverse(SOCKET_STATE_NAMES);
const FAMILY_NUM = reverse(SOCKET_FAMILY_NAMES);

function intOf(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const t = text.trim();
  const n = /^0x[0-9a-f]+$/i.test(t) ? parseInt(t, 16) : Number(t);
  return Number.isFinite(n) ? n : fallback;
}

function bigOf(text: string | undefined, hex: boolean): bigint {
  if (text === undefined || text.trim() === '') return 0n;
  const t = text.trim();
  try {
    return hex ? BigInt(t.startsWith('0x') ? t : '0x' + t) : BigInt(t);
  } catch {
    return 0n;
  }
}

/** A unix name (`@abstract` → leading NUL) as the bytes CRIU stores. */
function unixNameBytes(name: string | undefined): Uint8Array {
  if (name === undefined || name === '') return new Uint8Array(0);
  return name.startsWith('@') ? Buffer.concat([Buffer.from([0]), Buffer.from(name.slice(1), 'latin1')]) : Buffer.from(name, 'utf8');
}

/** `addr:port` (or `[v6]:port`) as CRIU's network-order words and the port. */
function parseInet(text: string | undefined): { words: number[]; port: number } {
  if (text === undefined) return { words: [], port: 0 };
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(text);
  if (!m) return { words: [], port: 0 };
  const [, addr, port] = m as unknown as [string, string, string];
  const bytes = Buffer.alloc(addr.includes(':') ? 16 : 4);
  if (bytes.length === 4) {
    addr.split('.').forEach((p, i) => bytes.writeUInt8(Number(p) & 255, i));
  } else {
    const [head, tail] = addr.split('::') as [string, string | undefined];
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    groups.forEach((g, i) => bytes.writeUInt16BE(parseInt(g || '0', 16) & 0xffff, i * 2));
  }
  const words: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) words.push(bytes.readUInt32LE(i));
  return { words, port: Number(port) };
}

/** What the writer needs besides the file: ids for helper entries, and how to refuse a file. */
export interface EntryContext {
  /** A fresh file id (for a FIFO's path entry). */
  newId(): number;
  /** Extra RegFileEntries to add to files.img (a FIFO's path). */
  addReg(entry: Rec): void;
  /** The memfd inode id for a memfd file (memfd.img), creating the inode on first use. */
  memfdInode(f: OpenFile): number;
  /** Write files CRIU cannot represent as EXT entries instead of refusing them. */
  allowExt: boolean;
  /** Write pidfds as EXT entries (for crit < 4.1, which has no PIDFD type). */
  pidfdAsExt: boolean;
  /** Who holds the file, for the refusal message. */
  holder(id: number): string;
}

/** A RegFileEntry for a path. */
export function regEntry(id: number, path: string, flags: number, pos: number, extra: Rec = {}): Rec {
  return { id, flags: flags & ~O_CLOEXEC, pos: u64Out(pos), fown: fown(), name: path, ...extra };
}

/** The CRIU fd type name and FileEntry sub-message for an OpenFile. */
export function fileEntryOf(f: OpenFile, ctx: EntryContext): { kind: string; sub: Rec } {
  const id = f.id;
  const flags = (f.flags & ~O_CLOEXEC) >>> 0;
  switch (f.type) {
    case 'reg':
    case 'dir':
    case 'symlink':
    case 'chr':
    case 'blk': {
      // CRIU dumps directories, O_PATH symlinks and /dev/null-style devices opened by path as
      // regular-file entries; the mode tells them apart.
      const extra: Rec = {};
      if (f.size !== undefined) extra['size'] = u64Out(f.size);
      if (f.mode !== undefined) extra['mode'] = f.mode;
      return { kind: 'REG', sub: regEntry(id, f.path ?? f.link ?? '', flags, f.pos, extra) };
    }
    case 'pipe':
      return { kind: 'PIPE', sub: { id, pipe_id: (f.pipeIno ?? 0) >>> 0, flags, fown: fown() } };
    case 'fifo': {
      const regf = ctx.newId();
      ctx.addReg(regEntry(regf, f.path ?? '', flags, 0));
      return { kind: 'FIFO', sub: { id, pipe_id: (f.pipeIno ?? 0) >>> 0, regf_id: regf } };
    }
    case 'unix': {
      const s = f.socket;
      return {
        kind: 'UNIXSK',
        sub: {
          id,
          ino: (s?.ino ?? f.ino ?? 0) >>> 0,
          type: SOCK_TYPE_NUM[s?.type ?? 'stream'] ?? intOf(s?.type, 1),
          state: SOCK_STATE_NUM[s?.state ?? 'close'] ?? intOf(s?.state, 7),
          flags,
          uflags: 0,
          backlog: 0,
          peer: (s?.peerIno ?? 0) >>> 0,
          fown: fown(),
          opts: skOpts(),
          name: unixNameBytes(s?.name),
        },
      };
    }
    case 'inet': {
      const s = f.socket;
      const local = parseInet(s?.local);
      const remote = parseInet(s?.remote);
      const type = SOCK_TYPE_NUM[s?.type ?? 'stream'] ?? intOf(s?.type, 1);
      return {
        kind: 'INETSK',
        sub: {
          id,
          ino: (s?.ino ?? f.ino ?? 0) >>> 0,
          family: FAMILY_NUM[s?.family ?? 'inet'] ?? 2,
          type,
          proto: s?.protocol ?? (type === 1 ? 6 : type === 2 ? 17 : 0),
          state: SOCK_STATE_NUM[s?.state ?? 'close'] ?? 7,
          src_port: local.port,
          dst_port: remote.port,
          flags,
          backlog: 0,
          src_addr: local.words,
          dst_addr: remote.words,
          fown: fown(),
          opts: skOpts(),
        },
      };
    }
    case 'netlink':
      return {
        kind: 'NETLINKSK',
        sub: { id, ino: (f.socket?.ino ?? f.ino ?? 0) >>> 0, protocol: f.socket?.protocol ?? 0, state: 0, flags, portid: 0, dst_portid: 0, dst_group: 0, fown: fown(), opts: skOpts() },
      };
    case 'packet':
      return {
        kind: 'PACKETSK',
        sub: {
          id, type: SOCK_TYPE_NUM[f.socket?.type ?? 'raw'] ?? 3, protocol: f.socket?.protocol ?? 0, flags, ifindex: 0,
          fown: fown(), opts: skOpts(), version: 0, reserve: 0, aux_data: false, orig_dev: false, vnet_hdr: false,
          loss: false, timestamp: 0, copy_thresh: 0,
        },
      };
    case 'eventfd':
      return { kind: 'EVENTFD', sub: { id, flags, fown: fown(), counter: u64Out(bigOf(f.extra?.['eventfd-count'], false)) } };
    case 'eventpoll':
      return {
        kind: 'EVENTPOLL',
        sub: {
          id, flags, fown: fown(),
          tfd: (f.epoll ?? []).map((t) => ({ id: t.file ?? 0, tfd: t.tfd, events: t.events >>> 0, data: u64Out(BigInt(t.data)) })),
        },
      };
    case 'signalfd':
      return { kind: 'SIGNALFD', sub: { id, flags, fown: fown(), sigmask: u64Out(bigOf(f.extra?.['sigmask'], true)) } };
    case 'timerfd':
      return {
        kind: 'TIMERFD',
        sub: { id, flags, fown: fown(), clockid: intOf(f.extra?.['clockid'], 0), ticks: 0, settime_flags: 0, vsec: 0, vnsec: 0, isec: 0, insec: 0 },
      };
    case 'inotify':
      return { kind: 'INOTIFY', sub: { id, flags, fown: fown() } };
    case 'fanotify':
      return { kind: 'FANOTIFY', sub: { id, flags, fown: fown(), faflags: 0, evflags: 0 } };
    case 'memfd':
      return { kind: 'MEMFD', sub: { id, flags, pos: u64Out(f.pos), fown: fown(), inode_id: ctx.memfdInode(f) } };
    case 'pidfd':
      // CRIU >= 4.1 writes pidfds natively; Debian's crit 3.17.1 predates that type.
      if (ctx.pidfdAsExt) return { kind: 'EXT', sub: { id, fown: fown() } };
      return { kind: 'PIDFD', sub: { id, ino: (f.ino ?? 0) >>> 0, flags, nspid: intOf(f.extra?.['Pid'], -1), fown: fown() } };
    case 'tty':
      return { kind: 'TTY', sub: { id, tty_info_id: (f.rdev ?? id) >>> 0, flags, fown: fown() } };
    case 'ns':
      return { kind: 'NS', sub: { id, ns_id: (f.ino ?? 0) >>> 0, ns_cflag: 0, flags } };
    case 'bpf':
      return {
        kind: 'BPFMAP',
        sub: {
          id, flags, pos: u64Out(f.pos), fown: fown(), map_type: 0, key_size: 0, value_size: 0, map_id: 0,
          max_entries: 0, map_flags: 0, memlock: 0, frozen: false, map_name: '', ifindex: 0,
        },
      };
    default: {
      // 'socket' of another family, 'anon' (userfaultfd, io_uring, perf …), 'unknown': CRIU refuses
      // these at dump time unless a plugin claims them as EXT files.
      if (ctx.allowExt) return { kind: 'EXT', sub: { id, fown: fown() } };
      const what = f.anon ?? f.link ?? f.type;
      throw new OperationError(DUMP_ERROR_CODES.unsupportedFile, `${ctx.holder(id)}: CRIU cannot represent a ${f.type} file (${what})`, {
        hint: 'CRIU refuses it too; pass --allow-ext to write it as an EXT (plugin) file, which restores only with a CRIU plugin',
      });
    }
  }
}

/** A FileEntry message from a kind and sub-message. */
export function fileEntry(kind: string, sub: Rec): Rec {
  return { type: FD_TYPE_NUMBERS[kind], id: sub['id'], [FD_TYPE_FIELD[kind]!]: sub };
}
