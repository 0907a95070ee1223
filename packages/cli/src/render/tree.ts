// The process tree at a glance: one line per process, indented under its parent, saying which fd
// table it uses and with which other processes its fds share descriptions (and how many).

import { holdersByFile, tasksByPid, type Graph, type Task } from '@fdlens/core/model';
import { summaryLine } from './table.js';

const MAX_PEERS = 4;

/**
 * `shares 7 with 2703+2704, 2 with 2707`: for each other fd table (named by the processes on it),
 * how many of the task's fds it also holds a description of.
 */
function sharingNote(task: Task, holders: ReturnType<typeof holdersByFile>, tableOf: Map<number, number>, pidsOf: Map<number, number[]>): string {
  const withTable = new Map<number, number>();
  for (const slot of task.fds) {
    const tables = new Set((holders.get(slot.file) ?? []).map((h) => tableOf.get(h.pid)!).filter((t) => t !== task.fdTable));
    for (const t of tables) withTable.set(t, (withTable.get(t) ?? 0) + 1);
  }
  if (withTable.size === 0) return '';
  const ranked = [...withTable].sort((a, b) => b[1] - a[1] || pidsOf.get(a[0])![0]! - pidsOf.get(b[0])![0]!);
  const parts = ranked.slice(0, MAX_PEERS).map(([t, n]) => `${n} with ${pidsOf.get(t)!.join('+')}`);
  if (ranked.length > MAX_PEERS) parts.push(`and fewer with ${ranked.length - MAX_PEERS} more fd tables`);
  return ` · shares ${parts.join(', ')}`;
}

/** Render a graph as an indented process tree with per-process sharing, then the summary line. */
export function renderTree(graph: Graph): string {
  const byPid = tasksByPid(graph);
  const holders = holdersByFile(graph);
  const children = new Map<number, Task[]>();
  const roots: Task[] = [];
  for (const task of graph.tasks) {
    if (byPid.has(task.ppid) && task.ppid !== task.pid) {
      let list = children.get(task.ppid);
      if (list === undefined) children.set(task.ppid, (list = []));
      list.push(task);
    } else roots.push(task);
  }
  const tableOwner = new Map<number, number>();
  for (const task of graph.tasks) if (!tableOwner.has(task.fdTable)) tableOwner.set(task.fdTable, task.pid);
  const tableOf = new Map(graph.tasks.map((t) => [t.pid, t.fdTable]));
  const pidsOf = new Map<number, number[]>();
  for (const task of graph.tasks) {
    let list = pidsOf.get(task.fdTable);
    if (list === undefined) pidsOf.set(task.fdTable, (list = []));
    list.push(task.pid);
  }
  const lines: string[] = [];
  const visit = (task: Task, lead: string, branch: string): void => {
    const owner = tableOwner.get(task.fdTable)!;
    const table = owner === task.pid ? `fd table ${task.fdTable} · ${task.fds.length} fds${sharingNote(task, holders, tableOf, pidsOf)}` : `fd table ${task.fdTable} (${owner}'s)`;
    const threads = task.threads.length > 1 ? ` · ${task.threads.length} threads` : '';
    const own = task.ownFdTableThreads?.length ? ` (${task.ownFdTableThreads.length} with an fd table of their own)` : '';
    const zombie = task.state === 'Z' ? ' · zombie' : '';
    lines.push(`${lead}${branch}${task.pid} ${task.comm} · ${table}${threads}${own}${zombie}`);
    const kids = children.get(task.pid) ?? [];
    const childLead = lead + (branch === '' ? '' : branch === '└─ ' ? '   ' : '│  ');
    kids.forEach((kid, i) => visit(kid, childLead, i === kids.length - 1 ? '└─ ' : '├─ '));
  };
  for (const root of roots) visit(root, '', '');
  lines.push(summaryLine(graph));
  return `${lines.join('\n')}\n`;
}
