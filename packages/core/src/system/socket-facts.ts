// Socket state the graph leaves out and CRIU decides on: unix queues, in-flight connections and
// shutdown state (sock_diag), and inet queue lengths (/proc/<pid>/net/{tcp,udp,raw}[6]).

import type { Graph } from '../graph.js';
import { holdersByFile } from '../graph-query.js';
import { namespaceReader, readOptionalText } from '../sys/proc.js';
import { unixSocketTable, type UnixDiag } from '../sys/sockdiag.js';

export type { UnixDiag } from '../sys/sockdiag.js';

/** Queue lengths and raw state of one inet socket. */
export interface InetQueueFact {
  /** Socket inode. */
  ino: number;
  /** Which table listed it. */
  proto: 'tcp' | 'udp' | 'raw';
  /** Kernel state number (TCP_* numbering). */
  state: number;
  /** Bytes in the send queue. */
  txQueue: number;
  /**
   * Bytes in the receive queue; for a TCP listener, the connections waiting in its accept queue
   * (what CRIU calls in-flight connections).
   */
  rxQueue: number;
}

/**
 * sock_diag entries for the unix sockets of a graph, their peers, and any listener holding one of
 * them as an in-flight connection, from the network namespace of each socket's holder. Undefined
 * when sock_diag is unavailable in one of those namespaces.
 */
export function readUnixFacts(graph: Graph): UnixDiag[] | undefined {
  const holders = holdersByFile(graph);
  const netnsOf = namespaceReader('net');
  const own = netnsOf(process.pid);
  // Per namespace: a pid inside it (to make the diag socket there) and the graph's sockets in it.
  const byNetns = new Map<string, { pid: number; mine: Set<number> }>();
  for (const f of graph.files) {
    const pid = holders.get(f.id)?.[0]?.pid;
    if (f.type !== 'unix' || f.socket === undefined || pid === undefined) continue;
    const netns = netnsOf(pid);
    let group = byNetns.get(netns);
    if (group === undefined) byNetns.set(netns, (group = { pid, mine: new Set() }));
    group.mine.add(f.socket.ino);
  }
  const out = new Map<number, UnixDiag>();
  for (const [netns, { pid, mine }] of byNetns) {
    const table = unixSocketTable(netns === own ? undefined : pid);
    if (table === undefined) return undefined;
    const wanted = new Set<number>(mine);
    for (const ino of mine) {
      const d = table.get(ino);
      if (d === undefined) continue;
      if (d.peer !== 0) wanted.add(d.peer);
      for (const icon of d.icons ?? []) wanted.add(icon);
    }
    for (const d of table.values()) {
      if (d.icons?.some((icon) => mine.has(icon))) wanted.add(d.ino);
    }
    for (const ino of wanted) {
      const d = table.get(ino);
      if (d !== undefined) out.set(ino, d);
    }
  }
  return [...out.values()].sort((a, b) => a.ino - b.ino);
}

const TABLES: readonly { name: string; proto: InetQueueFact['proto'] }[] = [
  { name: 'tcp', proto: 'tcp' },
  { name: 'tcp6', proto: 'tcp' },
  { name: 'udp', proto: 'udp' },
  { name: 'udp6', proto: 'udp' },
  { name: 'raw', proto: 'raw' },
  { name: 'raw6', proto: 'raw' },
];

/** Parse one /proc/net/{tcp,udp,raw}[6] text into queue facts by inode. */
export function parseInetQueues(text: string, proto: InetQueueFact['proto'], into: Map<number, InetQueueFact>): void {
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10) continue;
    const [tx = '0', rx = '0'] = cols[4]!.split(':');
    const ino = Number(cols[9]);
    into.set(ino, { ino, proto, state: parseInt(cols[3]!, 16), txQueue: parseInt(tx, 16), rxQueue: parseInt(rx, 16) });
  }
}

/** Queue facts for the inet sockets of a graph, reading each network namespace's tables once. */
export function readInetQueues(graph: Graph): InetQueueFact[] {
  const inet = graph.files.filter((f) => f.type === 'inet' && f.socket !== undefined);
  if (inet.length === 0) return [];
  const holders = holdersByFile(graph);
  const netnsOf = namespaceReader('net');
  const byNetns = new Map<string, Map<number, InetQueueFact>>();
  const out: InetQueueFact[] = [];
  for (const file of inet) {
    const pid = holders.get(file.id)?.[0]?.pid;
    if (pid === undefined) continue;
    const netns = netnsOf(pid);
    let table = byNetns.get(netns);
    if (table === undefined) {
      table = new Map();
      for (const t of TABLES) parseInetQueues(readOptionalText(`/proc/${pid}/net/${t.name}`) ?? '', t.proto, table);
      byNetns.set(netns, table);
    }
    const fact = table.get(file.socket!.ino);
    if (fact !== undefined) out.push(fact);
  }
  return out;
}
