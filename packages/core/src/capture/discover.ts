// Which processes a capture covers: the trees under the given roots, or every user process.
// Pre-order (a parent before its children), fdlens itself excluded.

import { PF_KTHREAD, listAllPids, listChildren, listThreads, readStat } from '../sys/proc.js';

/**
 * Processes of the trees under `roots`, in pre-order, without `exclude`. `knownThreads` gives the
 * thread list of a process when it is already known (frozen), so it is not listed again.
 */
export function discoverTrees(roots: number[], exclude: Set<number>, knownThreads: (pid: number) => number[] | undefined = () => undefined): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (pid: number): void => {
    if (seen.has(pid) || exclude.has(pid)) return;
    seen.add(pid);
    order.push(pid);
    let children: number[];
    try {
      children = listChildren(pid, knownThreads(pid) ?? listThreads(pid));
    } catch {
      return; // it exited; the reader will record it as vanished
    }
    children.sort((a, b) => a - b);
    for (const child of children) visit(child);
  };
  for (const root of roots) visit(root);
  return order;
}

/** Every user-space process (kernel threads have no fds), in pre-order of the process tree. */
export function discoverAll(exclude: Set<number>): number[] {
  const parent = new Map<number, number>();
  for (const pid of listAllPids()) {
    if (exclude.has(pid)) continue;
    try {
      const stat = readStat(pid);
      if ((stat.flags & PF_KTHREAD) === 0) parent.set(pid, stat.ppid);
    } catch {
      // exited while listed
    }
  }
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  for (const [pid, ppid] of parent) {
    if (parent.has(ppid)) {
      let list = children.get(ppid);
      if (list === undefined) children.set(ppid, (list = []));
      list.push(pid);
    } else roots.push(pid);
  }
  const order: number[] = [];
  const stack = roots.sort((a, b) => b - a);
  while (stack.length > 0) {
    const pid = stack.pop()!;
    order.push(pid);
    const kids = children.get(pid);
    if (kids !== undefined) stack.push(...kids.sort((a, b) => b - a));
  }
  return order;
}
