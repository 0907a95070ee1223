// The sharing graph for Graphviz: processes (ellipses) hold files (boxes) through fds; a shared
// description has several incoming edges; pipe ends and socket peers are joined by dashed lines.

import { holdersByFile, tasksByPid, type Graph } from '@fdlens/core/model';
import { describeTarget } from './describe-file.js';

/** Quote a string for the dot language. */
export function dotQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Render a graph as a Graphviz digraph. */
export function renderDot(graph: Graph): string {
  const out = ['digraph fdlens {', '  rankdir=LR;', '  node [fontname="monospace", fontsize=10];'];
  const tasks = tasksByPid(graph);
  for (const task of graph.tasks) {
    out.push(`  p${task.pid} [shape=ellipse, label=${dotQuote(`${task.pid} ${task.comm}\nfd table ${task.fdTable}`)}];`);
    if (tasks.has(task.ppid)) out.push(`  p${task.ppid} -> p${task.pid} [style=bold, color=gray40];`);
  }
  const holders = holdersByFile(graph);
  for (const file of graph.files) {
    const shared = (holders.get(file.id)?.length ?? 0) > 1;
    out.push(`  f${file.id} [shape=box, ${shared ? 'style=filled, fillcolor=lightyellow, ' : ''}label=${dotQuote(`#${file.id} ${file.type}\n${describeTarget(file)}`)}];`);
  }
  for (const task of graph.tasks) {
    const byFile = new Map<number, number[]>();
    for (const slot of task.fds) {
      let list = byFile.get(slot.file);
      if (list === undefined) byFile.set(slot.file, (list = []));
      list.push(slot.fd);
    }
    for (const [file, fds] of byFile) out.push(`  p${task.pid} -> f${file} [label=${dotQuote(fds.join(','))}];`);
  }
  for (const file of graph.files) {
    for (const peer of file.peers ?? []) if (peer > file.id) out.push(`  f${file.id} -> f${peer} [style=dashed, dir=none, color=blue];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
