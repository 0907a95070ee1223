// Compare a captured graph with a fixture's ground truth, item by item, as sentences: a failing
// test then says exactly which pid, fd or description disagrees.

import { fdTablePartition, sharingPartition, type Graph, type Task } from '@fdlens/core';
import { truthFdTables, truthPartition, type GroundTruth } from '@fdlens/fixtures';

const O_LARGEFILE = 0o100000;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Which graph file id each truth description became (through its first member). */
export function fileOfDescription(graph: Graph, truth: GroundTruth): Map<string, number> {
  const tasks = new Map<number, Task>(graph.tasks.map((t) => [t.pid, t]));
  const out = new Map<string, number>();
  for (const d of truth.descriptions) {
    const [pid, fd] = d.members[0]!;
    const slot = tasks.get(pid)?.fds.find((s) => s.fd === fd);
    if (slot !== undefined) out.set(d.name, slot.file);
  }
  return out;
}

/** Every disagreement between graph and truth; empty when they agree. */
export function compareWithTruth(graph: Graph, truth: GroundTruth, options: { fdTables?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (!same(sharingPartition(graph), truthPartition(truth))) {
    problems.push(`sharing partition differs:\n  graph ${JSON.stringify(sharingPartition(graph))}\n  truth ${JSON.stringify(truthPartition(truth))}`);
  }
  if (options.fdTables !== false && !same(fdTablePartition(graph), truthFdTables(truth))) {
    problems.push(`fd tables differ: graph ${JSON.stringify(fdTablePartition(graph))}, truth ${JSON.stringify(truthFdTables(truth))}`);
  }
  const tasks = new Map<number, Task>(graph.tasks.map((t) => [t.pid, t]));
  const pids = (xs: number[]): string => [...xs].sort((a, b) => a - b).join(' ');
  if (pids(graph.tasks.map((t) => t.pid)) !== pids(truth.processes.map((p) => p.pid))) {
    problems.push(`processes: graph ${pids(graph.tasks.map((t) => t.pid))}, truth ${pids(truth.processes.map((p) => p.pid))}`);
  }
  for (const p of truth.processes) {
    const task = tasks.get(p.pid);
    if (task === undefined) continue;
    if (task.ppid !== p.ppid) problems.push(`pid ${p.pid}: ppid ${task.ppid}, truth ${p.ppid}`);
    if (pids(task.threads) !== pids(p.threads)) problems.push(`pid ${p.pid}: threads ${pids(task.threads)}, truth ${pids(p.threads)}`);
    // No fixture thread unshares its fd table: every thread shares its process's.
    if (task.ownFdTableThreads !== undefined) problems.push(`pid ${p.pid}: threads ${pids(task.ownFdTableThreads)} seen with an fd table of their own`);
  }
  for (const f of truth.fds) {
    const slot = tasks.get(f.pid)?.fds.find((s) => s.fd === f.fd);
    if (slot === undefined) problems.push(`${f.pid}:${f.fd} missing from the graph`);
    else if (slot.cloexec !== f.cloexec) problems.push(`${f.pid}:${f.fd}: cloexec ${slot.cloexec}, truth ${f.cloexec}`);
  }
  const fileOf = fileOfDescription(graph, truth);
  const files = new Map(graph.files.map((f) => [f.id, f]));
  for (const d of truth.descriptions) {
    const file = files.get(fileOf.get(d.name) ?? -1);
    if (file === undefined) continue;
    if (file.type !== d.kind) problems.push(`${d.name} (${d.label}): type ${file.type}, truth ${d.kind}`);
    if (d.flags !== undefined && (file.flags & ~O_LARGEFILE) !== d.flags) problems.push(`${d.name}: flags 0${file.flags.toString(8)}, truth 0${d.flags.toString(8)}`);
    if (d.pos !== undefined && file.pos !== d.pos) problems.push(`${d.name}: pos ${file.pos}, truth ${d.pos}`);
    if (d.path !== undefined && file.path !== d.path) problems.push(`${d.name}: path ${file.path}, truth ${d.path}`);
    for (const target of d.epoll ?? []) {
      const got = file.epoll?.find((t) => t.tfd === target.tfd);
      if (got?.file !== fileOf.get(target.target)) problems.push(`${d.name}: epoll target ${target.tfd} is #${got?.file}, truth ${target.target} (#${fileOf.get(target.target)})`);
    }
  }
  for (const group of truth.pipes) {
    const inos = new Set(group.map((name) => files.get(fileOf.get(name) ?? -1)?.pipeIno));
    if (inos.size !== 1 || inos.has(undefined)) problems.push(`pipe ${group.join('+')}: pipe inodes ${[...inos].join(' ')}`);
    for (const name of group) {
      const id = fileOf.get(name)!;
      const expected = group.filter((n) => n !== name).map((n) => fileOf.get(n)!).sort((a, b) => a - b);
      const got = [...(files.get(id)?.peers ?? [])].sort((a, b) => a - b);
      if (!same(got, expected)) problems.push(`pipe ${name}: peers ${got.join(' ')}, expected ${expected.join(' ')}`);
    }
  }
  for (const [a, b] of truth.socketPairs) {
    const fa = files.get(fileOf.get(a) ?? -1);
    const fb = files.get(fileOf.get(b) ?? -1);
    if (fa?.socket?.peerIno !== fb?.socket?.ino || fb?.socket?.peerIno !== fa?.socket?.ino) {
      problems.push(`socket pair ${a}/${b}: inodes ${fa?.socket?.ino}/${fb?.socket?.ino}, peers ${fa?.socket?.peerIno}/${fb?.socket?.peerIno}`);
    }
    if (!fa?.peers?.includes(fb?.id ?? -1)) problems.push(`socket pair ${a}/${b}: #${fa?.id} does not list #${fb?.id} as peer`);
  }
  return problems;
}
