// Graphs built from the criu-real fixtures' ground-truth.json: what the fixture program recorded
// while building its tree (dup, fork, SCM_RIGHTS and CLONE_FILES copy a description; open, pipe
// and socketpair make one). Nothing here comes from fdlens's own capture or dump reader.

import { GRAPH_SCHEMA, type Graph, type OpenFile, type Task } from '@fdlens/core';
import { criuRealFdTables, readCriuRealTruth } from '@fdlens/fixtures';

/** The ground truth of scenario `name` (S1…S5) as a graph. */
export function groundTruthGraph(name: string): Graph {
  const gt = readCriuRealTruth(name);
  const pids = new Set(gt.processes.map((p) => p.pid));
  const ids = new Map(gt.descriptions.map((d, i) => [d.name, i + 1]));
  const files = new Map<number, OpenFile>();
  for (const f of gt.fds) {
    const id = ids.get(f.description)!;
    if (files.has(id)) continue;
    const flags = parseInt(f.flags_octal, 8);
    const m = /^(pipe|socket):\[(\d+)\]$/.exec(f.link);
    const file: OpenFile = { id, type: 'reg', flags, pos: f.pos, identity: 'unknown' };
    if (m?.[1] === 'pipe') Object.assign(file, { type: 'pipe', pipeIno: Number(m[2]) });
    else if (m?.[1] === 'socket') {
      const label = gt.descriptions[id - 1]!.label;
      const type = /socketpair-(\w+)-end/.exec(label)?.[1] ?? 'stream';
      Object.assign(file, { type: 'unix', socket: { family: 'unix', type, ino: Number(m[2]) } });
    } else if (f.link === '/dev/null') Object.assign(file, { type: 'chr', path: f.link });
    else file.path = f.link;
    files.set(id, file);
  }
  // Socket pairs: end0 and end1 are made by consecutive steps of the same creator.
  const byLabel = new Map(gt.descriptions.map((d, i) => [d.label, i + 1]));
  for (const d of gt.descriptions) {
    const m = /^(\w+)\.(\d+):socketpair-(\w+)-end0$/.exec(d.label);
    if (!m) continue;
    const other = byLabel.get(`${m[1]}.${Number(m[2]) + 1}:socketpair-${m[3]}-end1`);
    const a = files.get(ids.get(d.name)!);
    const b = other === undefined ? undefined : files.get(other);
    if (a?.socket && b?.socket) {
      a.socket.peerIno = b.socket.ino;
      b.socket.peerIno = a.socket.ino;
    }
  }
  // Processes on one fd table take the id of its first (lowest) pid.
  const tableOf = new Map(criuRealFdTables(gt).flatMap((group) => group.map((pid) => [pid, group[0]!] as const)));
  const tasks: Task[] = gt.processes.map((p) => {
    const ppid = pids.has(p.ppid) ? p.ppid : 0;
    const table = tableOf.get(p.pid)!;
    const fds = gt.fds.filter((f) => f.pid === p.pid).map((f) => ({ fd: f.fd, file: ids.get(f.description)!, cloexec: f.cloexec !== 0 })).sort((a, b) => a.fd - b.fd);
    return { pid: p.pid, ppid, pgid: p.pid, sid: p.pid, comm: p.role.slice(0, 15), threads: p.threads, fdTable: table, fds };
  });
  return { schema: GRAPH_SCHEMA, source: { kind: 'synthetic', note: `${name} ground truth` }, tasks, files: [...files.values()].sort((a, b) => a.id - b.id), vanished: [] };
}
