// The `criu` strategy: what CRIU's restore does (criu-reference.md §3), so both strategies can
// be priced on the same graph. Every process is forked before any fd is opened; each description
// has a master, the fd with the lowest (pid, fd) among the fd-table owners that hold it; the
// master opens it, dup2s it into its own other slots and sends it over SCM_RIGHTS to every other
// slot in other processes, one message per slot. Pipes: the creator sends the matching end to
// every other description's master (even in its own process) and closes the end it doesn't use;
// a reopened description's master reopens the received end. Socket pairs: the pair master makes
// both ends and serves both out, holding the peer in a fake fd closed at the end.

import { creationOps, objectFiles, SETFL_MASK, type ObjectSet, type PipeObject } from './objects.js';
import type { PlanEnd, PlanOp } from './plan-types.js';
import { TableState } from './table-state.js';
import type { TableNode, TableTree } from './table-tree.js';
import type { TempAllocator } from './temps.js';

interface Fle {
  node: TableNode;
  fd: number;
}

/** Plan every table node as CRIU would; returns each node's op batches (see assembleProcesses). */
export function planCriuSlots(tree: TableTree, objs: ObjectSet, temps: TempAllocator): Map<TableNode, PlanOp[][]> {
  // fles of each description, sorted by (owner pid, fd): the first one is the master.
  const fles = new Map<number, Fle[]>();
  for (const node of tree.nodes) {
    for (const [fd, s] of node.image) {
      let list = fles.get(s.file);
      if (list === undefined) fles.set(s.file, (list = []));
      list.push({ node, fd });
    }
  }
  for (const list of fles.values()) list.sort((a, b) => a.node.owner - b.node.owner || a.fd - b.fd);
  const master = (file: number): Fle | undefined => fles.get(file)?.[0];
  const prio = (a: Fle, b: Fle): number => a.node.owner - b.node.owner || a.fd - b.fd;

  const tables = new Map<TableNode, TableState>(tree.nodes.map((n) => [n, new TableState()]));
  // Per node: ops of phase 1 (masters create and serve out), 2 (pipe ends received and served
  // out), 3 (slaves receive), 4 (fake fds closed). All sends precede all receives in phase
  // order, and phase-2 receives wait only on phase-1 sends, so no cycle of waits can form.
  const phase = new Map<TableNode, PlanOp[][]>(tree.nodes.map((n) => [n, [[], [], [], []]]));
  const emit = (node: TableNode, p: number): void => {
    phase.get(node)![p]!.push(...tables.get(node)!.take());
  };
  let msg = 0;
  const recvLater: { node: TableNode; msg: number; from: number; fd: number; file: number }[] = [];
  const fakes = new Map<TableNode, number[]>();

  /** The master at `from` (holding the description at fd `at`) serves it out to every other fle. */
  const serveOut = (from: TableNode, at: number, file: number, p: number): void => {
    const table = tables.get(from)!;
    for (const fle of fles.get(file) ?? []) {
      if (fle.node === from) {
        if (fle.fd !== at) table.dup2(at, fle.fd, from.image.get(fle.fd)!.cloexec);
      } else {
        const m = ++msg;
        table.send(at, fle.node.owner, m);
        recvLater.push({ node: fle.node, msg: m, from: from.owner, fd: fle.fd, file });
      }
    }
    emit(from, p);
  };

  const pipeMasters: { node: TableNode; msg: number; from: number; fd: number; file: number; primary: boolean; flags: number; sent: number }[] = [];

  // Creators: per object, the description whose master has priority.
  objs.objects.forEach((obj, objIndex) => {
    const held = objectFiles(obj).filter((f) => fles.has(f.id));
    if (held.length === 0) return;
    held.sort((a, b) => prio(master(a.id)!, master(b.id)!));
    const lead = held[0]!;
    const m = master(lead.id)!;
    const node = m.node;
    const table = tables.get(node)!;
    if (obj.kind === 'pipe') {
      pipeCreate(obj, lead.id, m, objIndex);
      return;
    }
    // Socket pair: both ends here; the peer at its own master slot if that is here, else a fake fd.
    const placeOf = (file: number): { fd: number; cloexec: boolean } => {
      const mf = master(file);
      if (mf && mf.node === node && (file === lead.id || mf.fd !== m.fd)) return { fd: mf.fd, cloexec: node.image.get(mf.fd)!.cloexec };
      const fd = temps.file(file);
      (fakes.get(node) ?? fakes.set(node, []).get(node)!).push(fd);
      return { fd, cloexec: true };
    };
    table.create(creationOps(obj, { fileSlot: placeOf, helperSlot: (n) => temps.helper(objIndex, n) }));
    emit(node, 0);
    for (const f of held) serveOut(node, table.anyFd(f.id)!, f.id, 0);
  });

  function pipeCreate(obj: PipeObject, leadFile: number, m: Fle, objIndex: number): void {
    const node = m.node;
    const table = tables.get(node)!;
    const ends = [obj.read, obj.write] as const;
    const flagsOf = new Map(objectFiles(obj).map((f) => [f.id, f.flags]));
    const endOf = (file: number): 0 | 1 => ((flagsOf.get(file)! & 3) === 0 ? 0 : 1);
    const leadEnd = endOf(leadFile);
    const leadIsPrimary = ends[leadEnd]?.id === leadFile;
    // pipe(): the lead's end at its master slot when it is a primary end, the rest at temporaries.
    const endFd = [temps.helper(objIndex, 0), temps.helper(objIndex, 1)] as [number, number];
    if (leadIsPrimary) endFd[leadEnd] = m.fd;
    const end = (e: 0 | 1): PlanEnd => ({
      fd: endFd[e],
      file: ends[e]?.id ?? null,
      cloexec: leadIsPrimary && e === leadEnd ? node.image.get(m.fd)!.cloexec : true,
      flags: (ends[e]?.flags ?? 0) & SETFL_MASK,
    });
    table.create([{ op: 'pipe', pipeIno: obj.pipeIno, ends: [end(0), end(1)] }]);
    if (!leadIsPrimary) {
      // The lead is a reopened description: reopen its end at its master slot.
      table.create([{ op: 'reopen', from: endFd[leadEnd], fromFile: ends[leadEnd]?.id ?? null, fd: m.fd, file: leadFile, cloexec: node.image.get(m.fd)!.cloexec, flags: flagsOf.get(leadFile)! }]);
    }
    // Every other description's master gets its matching end by message (even in this process).
    for (const f of objectFiles(obj)) {
      if (f.id === leadFile || !fles.has(f.id)) continue;
      const fm = master(f.id)!;
      const e = endOf(f.id);
      const mm = ++msg;
      table.send(endFd[e], fm.node.owner, mm);
      pipeMasters.push({ node: fm.node, msg: mm, from: node.owner, fd: fm.fd, file: f.id, primary: ends[e]?.id === f.id, flags: f.flags, sent: table.at(endFd[e])!.file });
    }
    table.closeMany(endFd.filter((fd) => fd !== m.fd));
    emit(node, 0);
    serveOut(node, m.fd, leadFile, 0);
  }
  // Phase 2: the masters of the other descriptions of each pipe.
  for (const pm of pipeMasters) {
    const table = tables.get(pm.node)!;
    const cloexec = pm.node.image.get(pm.fd)!.cloexec;
    if (pm.primary) {
      table.recv(pm.msg, pm.from, pm.fd, pm.file, cloexec);
    } else {
      const tmp = temps.file(pm.file);
      table.recv(pm.msg, pm.from, tmp, pm.sent, true);
      table.create([{ op: 'reopen', from: tmp, fromFile: pm.sent < 0 ? null : pm.sent, fd: pm.fd, file: pm.file, cloexec, flags: pm.flags }]);
      table.close(tmp);
    }
    emit(pm.node, 1);
    serveOut(pm.node, pm.fd, pm.file, 1);
  }
  for (const r of recvLater.sort((a, b) => a.node.index - b.node.index || a.fd - b.fd)) {
    tables.get(r.node)!.recv(r.msg, r.from, r.fd, r.file, r.node.image.get(r.fd)!.cloexec);
    emit(r.node, 2);
  }
  for (const [node, fds] of fakes) {
    tables.get(node)!.closeMany(fds);
    emit(node, 3);
  }
  const out = new Map<TableNode, PlanOp[][]>();
  for (const node of tree.nodes) {
    const ops = phase.get(node)!.flat();
    const batches: PlanOp[][] = node.events.map(() => []);
    batches.push(ops);
    out.set(node, batches);
  }
  return out;
}
