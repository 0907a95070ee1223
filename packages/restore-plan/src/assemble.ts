// From per-table op batches to per-process op lists: ops placed before a table event run in the
// sharer that is active there (see activeMember), and each event runs in the sharer that does it.

import type { PlanOp, PlanProcess } from './plan-types.js';
import { activeMember, type TableNode, type TableTree } from './table-tree.js';

/** Processes in creation order: pre-order over the process tree, children by ascending pid. */
export function creationOrder(tree: TableTree): number[] {
  const out: number[] = [];
  const stack = [...tree.roots.map((n) => n.owner)].reverse();
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    const kids = tree.childrenOf.get(pid)!;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/**
 * Build the process list. `slots(node)` gives, for each node, events.length + 1 batches of ops:
 * batch i runs before event i, the last one after every event.
 */
export function assembleProcesses(tree: TableTree, slots: (node: TableNode) => PlanOp[][]): PlanProcess[] {
  const ops = new Map<number, PlanOp[]>();
  for (const pid of tree.tasks.keys()) ops.set(pid, []);
  for (const node of tree.nodes) {
    const batches = slots(node);
    for (let i = 0; i <= node.events.length; i++) {
      const list = ops.get(activeMember(node, i))!;
      for (const op of batches[i] ?? []) list.push(op);
      const ev = node.events[i];
      if (ev === undefined) continue;
      const by = ops.get(ev.by)!;
      if (ev.kind === 'wait') by.push({ op: 'wait', child: ev.child });
      else by.push({ op: 'fork', child: ev.child, shareTable: ev.kind === 'shareFork' });
    }
  }
  return creationOrder(tree).map((pid) => {
    const task = tree.tasks.get(pid)!;
    const node = tree.nodeOf.get(pid)!;
    const parent = tree.parentOf.get(pid) ?? 0;
    const origin = parent === 0 ? 'root' : node.owner === pid ? 'fork' : 'clone-files';
    return { pid, parent, origin, fdTable: task.fdTable, comm: task.comm, threads: Math.max(1, task.threads.length), ops: ops.get(pid)! };
  });
}
