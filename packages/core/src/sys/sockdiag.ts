// Unix sockets through NETLINK_SOCK_DIAG: the only place the kernel tells a socket's peer inode
// (/proc/net/unix does not). One dump request lists every unix socket of the network namespace
// the diag socket was made in: ours, or another process's (made there with setns).

import { closeSync, openSync } from 'node:fs';
import { callBufIo, callInt3, syscall6 } from './libc.js';
import { closeFd } from './pidfd.js';

const AF_NETLINK = 16;
const AF_UNIX = 1;
const SOCK_DGRAM = 2;
const SOCK_CLOEXEC = 0o2000000;
const NETLINK_SOCK_DIAG = 4;
const SOCK_DIAG_BY_FAMILY = 20;
const NLM_F_REQUEST = 1;
const NLM_F_DUMP = 0x300;
const NLMSG_ERROR = 2;
const NLMSG_DONE = 3;
const UDIAG_SHOW = { NAME: 1, PEER: 4, ICONS: 8, RQLEN: 16 } as const;
const UNIX_DIAG_ATTR = { NAME: 0, PEER: 2, ICONS: 3, RQLEN: 4, SHUTDOWN: 6 } as const;
const SYS_SETNS = 308;
const CLONE_NEWNET = 0x40000000;

/** What sock_diag says about one unix socket. */
export interface UnixDiag {
  /** Socket inode. */
  ino: number;
  /** SOCK_STREAM 1, SOCK_DGRAM 2, SOCK_SEQPACKET 5. */
  type: number;
  /** TCP_* state numbering: 1 established, 7 close, 10 listen. */
  state: number;
  /** Peer inode, 0 when none. */
  peer: number;
  /** Bound name: a path, `@name` for abstract names, absent when unbound. */
  name?: string;
  /** Inodes of connections waiting in a listener's accept queue (in-flight). */
  icons?: number[];
  /** Bytes (stream) or packets queued to read, and the write queue / backlog. */
  rqueue?: number;
  /** Write queue length, or the listen backlog for listeners. */
  wqueue?: number;
  /** Shutdown mask (1 read, 2 write). */
  shutdown?: number;
}

/** A sock_diag socket of our network namespace; -1 when refused. */
function diagSocket(): number {
  return callInt3('socket', AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG).value;
}

/**
 * A sock_diag socket of the network namespace of `pid`: this thread joins it for the socket(2)
 * call only (a socket keeps the namespace it was made in), then returns. -1 when the namespace
 * can't be joined (no CAP_SYS_ADMIN over it, the process is gone).
 */
function diagSocketIn(pid: number): number {
  let own: number;
  let theirs: number;
  try {
    own = openSync('/proc/thread-self/ns/net', 'r');
  } catch {
    return -1;
  }
  try {
    try {
      theirs = openSync(`/proc/${pid}/ns/net`, 'r');
    } catch {
      return -1;
    }
    try {
      if (syscall6(SYS_SETNS, theirs, CLONE_NEWNET).value !== 0) return -1;
      try {
        return diagSocket();
      } finally {
        // Staying in their namespace would silently change every later socket and /proc/self/net read.
        const back = syscall6(SYS_SETNS, own, CLONE_NEWNET);
        if (back.value !== 0) throw new Error(`cannot return to fdlens's own network namespace (setns: ${back.errno})`);
      }
    } finally {
      closeSync(theirs);
    }
  } finally {
    closeSync(own);
  }
}

/**
 * Every unix socket of a network namespace, by inode: ours, or that of `pid` when given. Undefined
 * when sock_diag is unavailable there (peers are then unknown).
 */
export function unixSocketTable(pid?: number): Map<number, UnixDiag> | undefined {
  const sock = pid === undefined ? diagSocket() : diagSocketIn(pid);
  if (sock < 0) return undefined;
  try {
    const req = Buffer.alloc(40);
    req.writeUInt32LE(40, 0);
    req.writeUInt16LE(SOCK_DIAG_BY_FAMILY, 4);
    req.writeUInt16LE(NLM_F_REQUEST | NLM_F_DUMP, 6);
    req.writeUInt32LE(1, 8);
    req.writeUInt8(AF_UNIX, 16);
    req.writeUInt32LE(0xffffffff, 20); // every state
    req.writeUInt32LE(UDIAG_SHOW.NAME | UDIAG_SHOW.PEER | UDIAG_SHOW.ICONS | UDIAG_SHOW.RQLEN, 28);
    req.writeUInt32LE(0xffffffff, 32); // no cookie
    req.writeUInt32LE(0xffffffff, 36);
    if (callBufIo('send', sock, req, req.length, 0).value !== req.length) return undefined;
    const table = new Map<number, UnixDiag>();
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      const got = callBufIo('recv', sock, buf, buf.length, 0);
      if (got.value <= 0) return table;
      if (!parseBatch(buf.subarray(0, got.value), table)) return table;
    }
  } finally {
    closeFd(sock);
  }
}

/** Parse one recv() worth of netlink messages; false once the dump is complete. */
function parseBatch(buf: Buffer, table: Map<number, UnixDiag>): boolean {
  let off = 0;
  while (off + 16 <= buf.length) {
    const len = buf.readUInt32LE(off);
    const type = buf.readUInt16LE(off + 4);
    if (len < 16 || off + len > buf.length) return false;
    if (type === NLMSG_DONE || type === NLMSG_ERROR) return false;
    if (len >= 32) {
      const entry: UnixDiag = {
        type: buf.readUInt8(off + 17),
        state: buf.readUInt8(off + 18),
        ino: buf.readUInt32LE(off + 20),
        peer: 0,
      };
      parseAttrs(buf.subarray(off + 32, off + len), entry);
      table.set(entry.ino, entry);
    }
    off += (len + 3) & ~3;
  }
  return true;
}

function parseAttrs(attrs: Buffer, entry: UnixDiag): void {
  let off = 0;
  while (off + 4 <= attrs.length) {
    const len = attrs.readUInt16LE(off);
    const type = attrs.readUInt16LE(off + 2);
    if (len < 4 || off + len > attrs.length) return;
    const data = attrs.subarray(off + 4, off + len);
    if (type === UNIX_DIAG_ATTR.PEER && data.length >= 4) entry.peer = data.readUInt32LE(0);
    else if (type === UNIX_DIAG_ATTR.NAME && data.length > 0) {
      entry.name = data[0] === 0 ? `@${data.subarray(1).toString('latin1')}` : data.toString('utf8').replace(/\0.*$/s, '');
    } else if (type === UNIX_DIAG_ATTR.ICONS) {
      const icons: number[] = [];
      for (let i = 0; i + 4 <= data.length; i += 4) icons.push(data.readUInt32LE(i));
      entry.icons = icons;
    } else if (type === UNIX_DIAG_ATTR.RQLEN && data.length >= 8) {
      entry.rqueue = data.readUInt32LE(0);
      entry.wqueue = data.readUInt32LE(4);
    } else if (type === UNIX_DIAG_ATTR.SHUTDOWN && data.length >= 1) entry.shutdown = data.readUInt8(0);
    off += (len + 3) & ~3;
  }
}
