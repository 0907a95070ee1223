// The `inherit` strategy: make each object (a description, a pipe, a socket pair) once, in the
// process that lets fork deliver it to the most holders for the least cost, and send it over
// SCM_RIGHTS only where that is cheaper or inheritance can't reach.
//
// Per object, on the tree of fd tables (see table-tree.ts), a dynamic programme over the Steiner
// tree of its holders prices every choice with the cost model of cost.ts:
//   - carrying a description into a child that holds it costs the dup2s/closes that renumber it;
//     into a child that doesn't hold it (only passes it on) costs the closes that drop it later;
//   - delivering it by SCM_RIGHTS costs MESSAGE_COST per holder, plus dup2s for further slots;
//   - the creator may be any node of that Steiner tree; holders outside its subtree get messages.
// Then every table is scheduled in creation order: inherited fds are renumbered or dropped on
// arrival, an object is made just before the first fork that needs it (after all forks when
// none does), a description the process doesn't hold is closed right after the last fork that
// needs it, and messages are received after every fork, so no process ever waits on a process
// that waits on it.

import { MESSAGE_COST } from './cost.js';
import { normalizeTable } from './normalize.js';
import { creationOps, objectFiles, type ObjectSet } from './objects.js';
import type { PlanOp } from './plan-types.js';
import { TableState, type Slot } from './table-state.js';
import { activeMember, type TableNode, type TableTree } from './table-tree.js';
import type { TempAllocator } from './temps.js';

interface Delivery {
  /** Message id. */
  msg: number;
  /** Description. */
  file: number;
  /** Receiving node. */
  to: TableNode;
}

/** What the per-object decisions ask of one table node. */
interface NodeWork {
  /** Objects this node creates (indices into the object set). */
  creates: number[];
  /** Descriptions carried into this node from its parent (kept on arrival). */
  keep: Set<number>;
  /** For each child node (by index): descriptions carried into it. */
  carryInto: Map<number, Set<number>>;
  /** Messages this node sends (from its created objects). */
  sends: Delivery[];
  /** Messages this node receives: [msg, file, sender node]. */
  recvs: { msg: number; file: number; from: TableNode }[];
}

const TEMP = -1;

function renumberCost(from: readonly number[], to: readonly number[]): number {
  let cost = 0;
  for (const n of to) if (!from.includes(n)) cost++;
  for (const n of from) if (!to.includes(n)) cost++;
  return cost;
}

/** Lowest common ancestor of nodes; null when they are in different root trees. */
function lca(nodes: TableNode[]): TableNode | null {
  let a: TableNode | null = nodes[0]!;
  for (let i = 1; i < nodes.length && a !== null; i++) {
    let b: TableNode | null = nodes[i]!;
    while (a !== null && b !== null && a !== b) {
      if (a.depth >= b.depth) a = a.parent;
      else b = b.parent;
    }
    a = a === b ? a : null;
  }
  return a;
}

/** Decide creator, carries and messages for every object. */
function decide(tree: TableTree, objs: ObjectSet): { work: NodeWork[]; creatorOf: Map<number, TableNode> } {
  const work: NodeWork[] = tree.nodes.map(() => ({ creates: [], keep: new Set(), carryInto: new Map(), sends: [], recvs: [] }));
  const creatorOf = new Map<number, TableNode>();
  const holdersOf = new Map<number, TableNode[]>();
  for (const node of tree.nodes) {
    for (const file of node.numbers.keys()) {
      let list = holdersOf.get(file);
      if (list === undefined) holdersOf.set(file, (list = []));
      list.push(node);
    }
  }
  let msg = 0;
  objs.objects.forEach((obj, objIndex) => {
    const files = objectFiles(obj).map((f) => f.id).filter((id) => holdersOf.has(id));
    if (files.length === 0) return;
    const allHolders = [...new Set(files.flatMap((id) => holdersOf.get(id)!))];
    const top = lca(allHolders);
    // Steiner tree: every node on a path from a holder up to the LCA (or to its root).
    const inTree = new Set<TableNode>();
    for (const h of allHolders) {
      for (let v: TableNode | null = h; v !== null && !inTree.has(v); v = v === top ? null : v.parent) inTree.add(v);
    }
    const nodes = [...inTree].sort((a, b) => b.depth - a.depth || a.index - b.index);
    const kids = new Map<TableNode, TableNode[]>();
    for (const v of nodes) {
      if (v !== top && v.parent !== null && inTree.has(v.parent)) {
        let list = kids.get(v.parent);
        if (list === undefined) kids.set(v.parent, (list = []));
        list.push(v);
      }
    }
    const tops = nodes.filter((v) => v === top || v.parent === null || !inTree.has(v.parent));
    const total = new Map<TableNode, number>(nodes.map((v) => [v, 0]));
    const perFile = files.map((file) => {
      const numbersAt = (v: TableNode): number[] | undefined => v.numbers.get(file);
      // Numbers a node would hold the description at, walking down from the top(s).
      const held = new Map<TableNode, readonly number[]>();
      const down = (v: TableNode, inherited: readonly number[]): void => {
        const own = numbersAt(v);
        const mine = own ?? inherited;
        held.set(v, mine);
        for (const c of kids.get(v) ?? []) down(c, mine);
      };
      for (const t of tops) down(t, numbersAt(t) ?? [TEMP]);
      const scmSub = new Map<TableNode, number>();
      const f = new Map<TableNode, number>();
      const childTerm = new Map<TableNode, number>();
      let scmTotal = 0;
      for (const v of nodes) {
        const own = numbersAt(v);
        const scmHere = own ? MESSAGE_COST + own.length - 1 : 0;
        scmTotal += scmHere;
        let sub = scmHere;
        let term = 0;
        for (const c of kids.get(v) ?? []) {
          const cs = scmSub.get(c)!;
          sub += cs;
          if (cs > 0) term += Math.min(f.get(c)!, cs);
        }
        scmSub.set(v, sub);
        childTerm.set(v, term);
        const fromParent = v.parent && held.has(v.parent) ? held.get(v.parent)! : [TEMP];
        const local = own ? renumberCost(fromParent, own) : fromParent.length;
        f.set(v, local + term);
      }
      for (const v of nodes) {
        const own = numbersAt(v);
        const createLocal = own ? own.length - 1 : 1;
        total.set(v, total.get(v)! + createLocal + childTerm.get(v)! + scmTotal - scmSub.get(v)!);
      }
      return { file, f, scmSub };
    });
    let creator = nodes[0]!;
    for (const v of nodes) {
      const better = total.get(v)! < total.get(creator)! || (total.get(v)! === total.get(creator)! && (v.depth < creator.depth || (v.depth === creator.depth && v.index < creator.index)));
      if (better) creator = v;
    }
    creatorOf.set(objIndex, creator);
    work[creator.index]!.creates.push(objIndex);
    for (const { file, f, scmSub } of perFile) {
      const reached = new Set<TableNode>([creator]);
      const stack = [creator];
      while (stack.length > 0) {
        const v = stack.pop()!;
        for (const c of kids.get(v) ?? []) {
          const cs = scmSub.get(c)!;
          if (cs > 0 && f.get(c)! <= cs) {
            reached.add(c);
            work[c.index]!.keep.add(file);
            const w = work[v.index]!;
            let set = w.carryInto.get(c.index);
            if (set === undefined) w.carryInto.set(c.index, (set = new Set()));
            set.add(file);
            stack.push(c);
          }
        }
      }
      for (const h of holdersOf.get(file)!) {
        if (reached.has(h)) continue;
        const m = ++msg;
        work[creator.index]!.sends.push({ msg: m, file, to: h });
        work[h.index]!.recvs.push({ msg: m, file, from: creator });
      }
    }
  });
  return { work, creatorOf };
}

/** Plan every table node with the inherit strategy; returns each node's op batches (see assembleProcesses). */
export function planInheritSlots(tree: TableTree, objs: ObjectSet, temps: TempAllocator): Map<TableNode, PlanOp[][]> {
  const { work, creatorOf } = decide(tree, objs);
  const out = new Map<TableNode, PlanOp[][]>();
  const inherited = new Map<number, TableState>();
  // Which process sends each message, known once the creating node is scheduled.
  const senderOf = new Map<number, number>();
  const pendingRecvPids: { op: Extract<PlanOp, { op: 'recv' }> }[] = [];

  for (const node of tree.nodes) {
    const w = work[node.index]!;
    const table = inherited.get(node.index) ?? new TableState();
    inherited.delete(node.index);
    const isHolder = (file: number): boolean => node.numbers.has(file);
    const imageSlot = (fd: number): Slot => node.image.get(fd)!;

    // Arrival: keep what this node holds or passes on, at the right numbers; drop the rest.
    const desired = new Map<number, Slot>();
    for (const file of w.keep) {
      if (table.count(file) === 0) throw new Error(`planner: description ${file} was to be inherited by pid ${node.owner} but its parent did not hold it`);
      if (isHolder(file)) {
        for (const fd of node.numbers.get(file)!) desired.set(fd, { file, cloexec: imageSlot(fd).cloexec });
      } else {
        const free = [...table.holders.get(file)!].filter((fd) => !node.image.has(fd));
        if (free.length === 0) desired.set(temps.file(file), { file, cloexec: true });
        for (const fd of free) desired.set(fd, { ...table.at(fd)! });
      }
    }
    normalizeTable(table, desired, (f) => temps.file(f));
    const batches: PlanOp[][] = [table.take()];

    // When each description is first and last needed by a fork of this node.
    const first = new Map<number, number>();
    const last = new Map<number, number>();
    node.events.forEach((ev, i) => {
      if (ev.kind !== 'fork') return;
      const child = tree.nodeOf.get(ev.child)!;
      for (const file of w.carryInto.get(child.index) ?? []) {
        if (!first.has(file)) first.set(file, i);
        last.set(file, i);
      }
    });
    const final = node.events.length;
    const createAt = new Map<number, number[]>();
    for (const objIndex of w.creates) {
      let at = final;
      for (const f of objectFiles(objs.objects[objIndex]!)) at = Math.min(at, first.get(f.id) ?? final);
      let list = createAt.get(at);
      if (list === undefined) createAt.set(at, (list = []));
      list.push(objIndex);
    }
    const closeAt = new Map<number, number[]>();
    const scheduleClose = (file: number, at: number): void => {
      let list = closeAt.get(at);
      if (list === undefined) closeAt.set(at, (list = []));
      list.push(file);
    };
    for (const file of w.keep) if (!isHolder(file)) scheduleClose(file, (last.get(file) ?? -1) + 1);
    const sendsOf = new Map<number, Delivery[]>();
    for (const d of w.sends) {
      let list = sendsOf.get(d.file);
      if (list === undefined) sendsOf.set(d.file, (list = []));
      list.push(d);
    }

    for (let i = 0; i <= final; i++) {
      const closing = closeAt.get(i) ?? [];
      const fds: number[] = [];
      for (const file of closing) for (const fd of table.holders.get(file) ?? []) fds.push(fd);
      table.closeMany(fds);
      const active = activeMember(node, i);
      for (const objIndex of createAt.get(i) ?? []) {
        const obj = objs.objects[objIndex]!;
        table.create(creationOps(obj, {
          fileSlot: (file) => (isHolder(file) ? { fd: node.numbers.get(file)![0]!, cloexec: imageSlot(node.numbers.get(file)![0]!).cloexec } : { fd: temps.file(file), cloexec: true }),
          helperSlot: (n) => temps.helper(objIndex, n),
        }));
        for (const f of objectFiles(obj)) {
          const numbers = node.numbers.get(f.id);
          if (numbers) for (const fd of numbers.slice(1)) table.dup2(numbers[0]!, fd, imageSlot(fd).cloexec);
          for (const d of sendsOf.get(f.id) ?? []) {
            table.send(table.anyFd(f.id)!, d.to.owner, d.msg);
            senderOf.set(d.msg, active);
          }
          if (!isHolder(f.id)) {
            const lastFork = last.get(f.id);
            if (lastFork === undefined || lastFork < i) table.closeMany([...table.holders.get(f.id)!]);
            else scheduleClose(f.id, lastFork + 1);
          }
        }
        if (creatorOf.get(objIndex) !== node) throw new Error('planner: object created by the wrong node');
      }
      if (i === final) {
        for (const r of w.recvs) {
          const numbers = node.numbers.get(r.file)!;
          table.recv(r.msg, 0, numbers[0]!, r.file, imageSlot(numbers[0]!).cloexec);
          for (const fd of numbers.slice(1)) table.dup2(numbers[0]!, fd, imageSlot(fd).cloexec);
        }
      }
      const batch = i === 0 ? batches[0]! : [];
      for (const op of table.take()) {
        if (op.op === 'recv') pendingRecvPids.push({ op });
        batch.push(op);
      }
      if (i > 0) batches.push(batch);
      const ev = node.events[i];
      if (ev?.kind === 'fork') inherited.set(tree.nodeOf.get(ev.child)!.index, table.clone());
    }
    // The table must now be exactly the image.
    if (table.slots.size !== node.image.size) throw new Error(`planner: table of pid ${node.owner} ends with ${table.slots.size} fds, image has ${node.image.size}`);
    for (const [fd, s] of node.image) {
      const got = table.at(fd);
      if (got?.file !== s.file || got.cloexec !== s.cloexec) throw new Error(`planner: pid ${node.owner} fd ${fd} ends wrong`);
    }
    out.set(node, batches);
  }
  for (const { op } of pendingRecvPids) op.from = senderOf.get(op.msg)!;
  return out;
}
