// Pure questions asked of a graph by every package: who holds a file, which fds go together.

import type { Graph, GraphFilter, OpenFile, Task } from './graph.js';

/** One fd slot named by process and number. */
export interface FdRef {
  /** The process. */
  pid: number;
  /** The fd number. */
  fd: number;
}

/** `pid:fd`, the way fds are named in text output and partitions. */
export function fdKey(ref: FdRef): string {
  return `${ref.pid}:${ref.fd}`;
}

/**
 * Holders of each open file description, in task order then fd order. A task that shares its
 * fd table with an earlier task is listed too (its slots are the same slots).
 */
export function holdersByFile(graph: Pick<Graph, 'tasks'>): Map<number, FdRef[]> {
  const out = new Map<number, FdRef[]>();
  for (const task of graph.tasks) {
    for (const slot of task.fds) {
      let list = out.get(slot.file);
      if (list === undefined) out.set(slot.file, (list = []));
      list.push({ pid: task.pid, fd: slot.fd });
    }
  }
  return out;
}

/** The files of a graph by id. */
export function filesById(graph: Graph): Map<number, OpenFile> {
  return new Map(graph.files.map((f) => [f.id, f]));
}

/** The tasks of a graph by pid. */
export function tasksByPid(graph: Graph): Map<number, Task> {
  return new Map(graph.tasks.map((t) => [t.pid, t]));
}

/**
 * The sharing partition: one group of `pid:fd` per open file description, each group sorted,
 * groups sorted by their first member. Two graphs share the same way exactly when their
 * partitions are equal, whatever ids they use.
 */
export function sharingPartition(graph: Graph): string[][] {
  return canonicalGroups([...holdersByFile(graph).values()].map((refs) => refs.map(fdKey)));
}

/** fd-table sharing as groups of pids (processes with one fd table go together). */
export function fdTablePartition(graph: Graph): number[][] {
  const groups = new Map<number, number[]>();
  for (const task of graph.tasks) {
    let list = groups.get(task.fdTable);
    if (list === undefined) groups.set(task.fdTable, (list = []));
    list.push(task.pid);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Sort each group and the groups, so equal partitions compare equal as JSON. */
export function canonicalGroups(groups: string[][]): string[][] {
  const byFdKey = (a: string, b: string): number => {
    const [ap, af] = a.split(':').map(Number) as [number, number];
    const [bp, bf] = b.split(':').map(Number) as [number, number];
    return ap - bp || af - bf;
  };
  return groups.map((g) => [...g].sort(byFdKey)).sort((a, b) => byFdKey(a[0]!, b[0]!));
}

/** Descriptions held by more than one fd slot. */
export function sharedFileIds(graph: Pick<Graph, 'tasks'>): Set<number> {
  const shared = new Set<number>();
  for (const [id, refs] of holdersByFile(graph)) if (refs.length > 1) shared.add(id);
  return shared;
}

/**
 * Set `peers` on every file: the other descriptions of the same pipe or FIFO (by pipe inode), and
 * the descriptions at a socket's peer inode. Live captures and dumps join ends the same way.
 */
export function linkPeers(files: readonly OpenFile[]): void {
  const byPipe = new Map<number, number[]>();
  const bySocket = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, id: number): void => {
    let list = map.get(key);
    if (list === undefined) map.set(key, (list = []));
    list.push(id);
  };
  for (const f of files) {
    if (f.pipeIno !== undefined) add(byPipe, f.pipeIno, f.id);
    if (f.socket !== undefined) add(bySocket, f.socket.ino, f.id);
  }
  for (const f of files) {
    const peers: number[] = [];
    if (f.pipeIno !== undefined) peers.push(...byPipe.get(f.pipeIno)!.filter((id) => id !== f.id));
    if (f.socket?.peerIno) peers.push(...(bySocket.get(f.socket.peerIno) ?? []).filter((id) => id !== f.id));
    if (peers.length > 0) f.peers = peers.sort((a, b) => a - b);
  }
}

/**
 * The graph with only the descriptions that pass `filter` and the fds holding them. Every task
 * stays, so the tree is whole; `unheld` files (held by no fd) are left out; `filter` records
 * what was asked, so nobody takes the view for the whole capture.
 */
export function filterGraph(graph: Graph, filter: GraphFilter): Graph {
  const shared = filter.shared === true ? sharedFileIds(graph) : undefined;
  const types = filter.types === undefined ? undefined : new Set(filter.types);
  const files = graph.files.filter((f) => (types === undefined || types.has(f.type)) && (shared === undefined || shared.has(f.id)));
  const kept = new Set(files.map((f) => f.id));
  const { unheld: _unheld, ...rest } = graph;
  return {
    ...rest,
    tasks: graph.tasks.map((t) => ({ ...t, fds: t.fds.filter((slot) => kept.has(slot.file)) })),
    files,
    filter: { ...(filter.types !== undefined ? { types: [...filter.types] } : {}), ...(filter.shared === true ? { shared: true } : {}) },
  };
}
