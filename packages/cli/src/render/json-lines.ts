// One JSON object per line, one line per open file description, each with every pid:fd that holds
// it: the sharing view as a stream for jq, grep and line-oriented tools.

import { fdKey, holdersByFile, type Graph } from '@fdlens/core/model';

/** A graph's descriptions as JSON Lines: `{id, type, holders: [{pid, fd, cloexec}], …the OpenFile}`. */
export function renderJsonLines(graph: Graph): string {
  const holders = holdersByFile(graph);
  const cloexec = new Map<string, boolean>();
  for (const task of graph.tasks) for (const slot of task.fds) cloexec.set(`${task.pid}:${slot.fd}`, slot.cloexec);
  const lines = graph.files.map((file) => {
    const users = (holders.get(file.id) ?? []).map((h) => ({ pid: h.pid, fd: h.fd, cloexec: cloexec.get(fdKey(h)) ?? false }));
    const { id, type, ...rest } = file;
    return JSON.stringify({ id, type, holders: users, ...rest });
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
