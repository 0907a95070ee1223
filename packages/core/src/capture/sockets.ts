// Socket details by inode: unix sockets from sock_diag (peers), inet/netlink/packet from the
// /proc/<pid>/net tables of the process's network namespace. Tables are read once per namespace
// and only when a socket is met. sock_diag answers for the namespace its socket was made in, so a
// tree in another namespace (a container) gets a diag socket made there.

import type { SocketInfo } from '../graph.js';
import { SOCKET_STATE_NAMES, SOCKET_TYPE_NAMES } from '../socket-names.js';
import { namespaceReader, readOptionalText } from '../sys/proc.js';
import { unixSocketTable, type UnixDiag } from '../sys/sockdiag.js';

// /proc/net/unix reports the BSD socket state (SS_*), not the TCP-style one sock_diag gives.
const SS_STATES: Record<number, string> = { 1: 'unconnected', 2: 'connecting', 3: 'connected', 4: 'disconnecting' };

/** A socket type number as a name. */
export function sockTypeName(type: number): string {
  return SOCKET_TYPE_NAMES[type] ?? String(type);
}

/** A TCP_* state number as a name (unix sockets use the same numbering). */
export function sockStateName(state: number): string {
  return SOCKET_STATE_NAMES[state] ?? String(state);
}

/** Unix socket entry from sock_diag, as SocketInfo. */
function unixInfo(d: UnixDiag): SocketInfo {
  const info: SocketInfo = { family: 'unix', type: sockTypeName(d.type), state: sockStateName(d.state), ino: d.ino, peerIno: d.peer };
  if (d.name !== undefined) info.name = d.name;
  return info;
}

/** Decode a /proc/net/tcp address (`0100007F:1F90`, host-order hex words) to `addr:port`. */
export function decodeInetAddress(hex: string): string {
  const [addr = '', port = '0'] = hex.split(':');
  const p = parseInt(port, 16);
  if (addr.length === 8) {
    const n = parseInt(addr, 16);
    return `${n & 0xff}.${(n >>> 8) & 0xff}.${(n >>> 16) & 0xff}.${n >>> 24}:${p}`;
  }
  const groups: string[] = [];
  for (let w = 0; w < 4; w++) {
    const word = addr.slice(w * 8, w * 8 + 8);
    const bytes = word.match(/../g)!.reverse().join('');
    groups.push(bytes.slice(0, 4), bytes.slice(4, 8));
  }
  return `[${groups.map((g) => g.replace(/^0{1,3}/, '')).join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}]:${p}`;
}

/** Parse a /proc/net/{tcp,udp,raw}[6] table into SocketInfo by inode. */
export function parseInetTable(text: string, family: 'inet' | 'inet6', type: string, into: Map<number, SocketInfo>): void {
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10) continue;
    const ino = Number(cols[9]);
    const state = parseInt(cols[3]!, 16);
    into.set(ino, {
      family,
      type,
      state: type === 'stream' ? sockStateName(state) : state === 7 ? 'unconnected' : sockStateName(state),
      ino,
      local: decodeInetAddress(cols[1]!),
      remote: decodeInetAddress(cols[2]!),
    });
  }
}

/** Parse /proc/net/netlink (protocol in column 2, inode in column 10). */
export function parseNetlinkTable(text: string, into: Map<number, SocketInfo>): void {
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10) continue;
    into.set(Number(cols[9]), { family: 'netlink', type: 'raw', ino: Number(cols[9]), protocol: Number(cols[1]) });
  }
}

/** Parse /proc/net/packet (type in column 3, protocol in 4, inode in 9). */
export function parsePacketTable(text: string, into: Map<number, SocketInfo>): void {
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 9) continue;
    into.set(Number(cols[8]), { family: 'packet', type: sockTypeName(Number(cols[2])), ino: Number(cols[8]), protocol: parseInt(cols[3]!, 16) });
  }
}

/** Looks up sockets by inode, loading each namespace's tables on first need. */
export class SocketDirectory {
  private readonly byNetns = new Map<string, Map<number, SocketInfo>>();
  /** sock_diag's unix sockets per namespace; undefined where it is refused (no peers there). */
  private readonly unixByNetns = new Map<string, Map<number, UnixDiag> | undefined>();
  private readonly netnsOf = namespaceReader('net');
  private readonly ownNetns = this.netnsOf(process.pid);

  /** Socket details for inode `ino` held by `pid`, or undefined when no table lists it. */
  lookup(pid: number, ino: number): SocketInfo | undefined {
    const netns = this.netnsOf(pid);
    const unix = this.unixTable(pid, netns)?.get(ino);
    if (unix !== undefined) return unixInfo(unix);
    return this.tables(pid, netns).get(ino);
  }

  private unixTable(pid: number, netns: string): Map<number, UnixDiag> | undefined {
    if (!this.unixByNetns.has(netns)) this.unixByNetns.set(netns, unixSocketTable(netns === this.ownNetns ? undefined : pid));
    return this.unixByNetns.get(netns);
  }

  private tables(pid: number, netns: string): Map<number, SocketInfo> {
    let table = this.byNetns.get(netns);
    if (table !== undefined) return table;
    table = new Map();
    const read = (name: string): string => readOptionalText(`/proc/${pid}/net/${name}`) ?? '';
    parseInetTable(read('tcp'), 'inet', 'stream', table);
    parseInetTable(read('tcp6'), 'inet6', 'stream', table);
    parseInetTable(read('udp'), 'inet', 'dgram', table);
    parseInetTable(read('udp6'), 'inet6', 'dgram', table);
    parseInetTable(read('raw'), 'inet', 'raw', table);
    parseInetTable(read('raw6'), 'inet6', 'raw', table);
    parseNetlinkTable(read('netlink'), table);
    parsePacketTable(read('packet'), table);
    // Unix sockets of another namespace: /proc/net/unix has type, state and path, not peers.
    for (const line of read('unix').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 7) continue;
      const ino = Number(cols[6]);
      if (table.has(ino)) continue;
      const info: SocketInfo = { family: 'unix', type: sockTypeName(parseInt(cols[4]!, 16)), state: SS_STATES[parseInt(cols[5]!, 16)] ?? cols[5]!, ino };
      if (cols[7] !== undefined) info.name = cols[7];
      table.set(ino, info);
    }
    this.byNetns.set(netns, table);
    return table;
  }
}
