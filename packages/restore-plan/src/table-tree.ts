// The tree of fd tables: processes that share one table (clone(CLONE_FILES) along parent→child
// edges) become one node, because what one of them does to the table the others see. Children
// are forked in ascending pid order, which is creation order in the graph, so a replay's tree
// can be matched to the original by position.

import type { Graph, Task } from '@fdlens/core';
import type { Unrecreatable } from './plan-types.js';

/** One slot of an fd table's target image. */
export interface ImageSlot {
  /** Description id. */
  file: number;
  /** FD_CLOEXEC. */
  cloexec: boolean;
}

/** A fork, a clone(CLONE_FILES) or the wait that follows it, in the order a table's sharers do them. */
export type TableEvent =
  | { kind: 'fork'; by: number; child: number }
  | { kind: 'shareFork'; by: number; child: number }
  | { kind: 'wait'; by: number; child: number };

/** One fd table and the processes that share it. */
export interface TableNode {
  /** Index in TableTree.nodes (creation order). */
  index: number;
  /** The graph's fd-table id. */
  table: number;
  /** The first sharer: it exists before the others and does the table's first and last ops. */
  owner: number;
  /** Sharers in creation order, owner first. */
  members: number[];
  /** The node whose table this one is copied from at fork, or null for a root. */
  parent: TableNode | null;
  /** Depth in the table tree (roots 0). */
  depth: number;
  /** Event index in the parent's `events` at which this node is forked (-1 for roots). */
  forkEvent: number;
  /** Child nodes in fork order. */
  children: TableNode[];
  /** Forks, clones and waits of the sharers, in order. */
  events: TableEvent[];
  /** The target table, by fd number (ascending). */
  image: Map<number, ImageSlot>;
  /** fd numbers of each description in the image, ascending. */
  numbers: Map<number, number[]>;
}

/** The table tree of a graph. */
export interface TableTree {
  /** Nodes in creation order (a parent before its children). */
  nodes: TableNode[];
  /** Root nodes in order. */
  roots: TableNode[];
  /** Table node of each pid. */
  nodeOf: Map<number, TableNode>;
  /** Tasks by pid. */
  tasks: Map<number, Task>;
  /** Parent pid of each task inside the graph (0 for roots). */
  parentOf: Map<number, number>;
  /** Children pids of each task, ascending. */
  childrenOf: Map<number, number[]>;
  /** Sharing that clone(CLONE_FILES) can't make (the tables are split). */
  findings: Unrecreatable[];
  /** Highest fd number in any image (-1 when there is none). */
  maxImageFd: number;
}

/** Build the table tree of a graph. */
export function buildTableTree(graph: Graph): TableTree {
  const tasks = new Map<number, Task>();
  for (const t of graph.tasks) tasks.set(t.pid, t);
  const parentOf = new Map<number, number>();
  const childrenOf = new Map<number, number[]>();
  const roots: number[] = [];
  for (const t of graph.tasks) {
    childrenOf.set(t.pid, []);
  }
  for (const t of graph.tasks) {
    if (t.ppid !== 0 && t.ppid !== t.pid && tasks.has(t.ppid)) {
      parentOf.set(t.pid, t.ppid);
      childrenOf.get(t.ppid)!.push(t.pid);
    } else {
      parentOf.set(t.pid, 0);
      roots.push(t.pid);
    }
  }
  for (const list of childrenOf.values()) list.sort((a, b) => a - b);
  roots.sort((a, b) => a - b);

  const findings: Unrecreatable[] = [];
  const nodes: TableNode[] = [];
  const nodeOf = new Map<number, TableNode>();
  const rootNodes: TableNode[] = [];
  let maxImageFd = -1;
  const shares = (pid: number): boolean => {
    const parent = parentOf.get(pid) ?? 0;
    return parent !== 0 && tasks.get(parent)!.fdTable === tasks.get(pid)!.fdTable;
  };
  const seenTables = new Map<number, number>();

  const makeNode = (owner: number, parent: TableNode | null, forkEvent: number): TableNode => {
    const task = tasks.get(owner)!;
    const image = new Map<number, ImageSlot>();
    const numbers = new Map<number, number[]>();
    const fds = [...task.fds].sort((a, b) => a.fd - b.fd);
    for (const slot of fds) {
      image.set(slot.fd, { file: slot.file, cloexec: slot.cloexec });
      let list = numbers.get(slot.file);
      if (list === undefined) numbers.set(slot.file, (list = []));
      list.push(slot.fd);
      if (slot.fd > maxImageFd) maxImageFd = slot.fd;
    }
    const node: TableNode = {
      index: nodes.length, table: task.fdTable, owner, members: [], parent, depth: parent ? parent.depth + 1 : 0,
      forkEvent, children: [], events: [], image, numbers,
    };
    const earlier = seenTables.get(task.fdTable);
    if (earlier !== undefined) {
      findings.push({
        reason: 'FDTABLE_SHARED_NON_PARENT', pid: owner, handling: 'split',
        detail: `pid ${owner} shares its fd table with pid ${earlier}, which is not its parent`,
        resolve: 'only a parent and its child can share an fd table after clone(CLONE_FILES); CRIU refuses this tree',
      });
    } else {
      seenTables.set(task.fdTable, owner);
    }
    nodes.push(node);
    // Walk the sharers depth-first: a clone(CLONE_FILES) child runs its own ops while its parent
    // waits, so only one sharer touches the table at a time.
    const visit = (member: number): void => {
      node.members.push(member);
      nodeOf.set(member, node);
      for (const child of childrenOf.get(member)!) {
        if (shares(child)) {
          node.events.push({ kind: 'shareFork', by: member, child });
          visit(child);
          node.events.push({ kind: 'wait', by: member, child });
        } else {
          node.events.push({ kind: 'fork', by: member, child });
        }
      }
    };
    visit(owner);
    node.events.forEach((ev, i) => {
      if (ev.kind === 'fork') node.children.push(makeNode(ev.child, node, i));
    });
    return node;
  };
  for (const r of roots) rootNodes.push(makeNode(r, null, -1));
  return { nodes, roots: rootNodes, nodeOf, tasks, parentOf, childrenOf, findings, maxImageFd };
}

/**
 * Which sharer runs ops placed before event `i` of a node (i = events.length: after the last).
 * Before a fork or clone it is the one forking; before a wait it is the child being waited for
 * (the tail of its own ops); after everything it is the owner.
 */
export function activeMember(node: TableNode, i: number): number {
  const ev = node.events[i];
  if (ev === undefined) return node.owner;
  return ev.kind === 'wait' ? ev.child : ev.by;
}
