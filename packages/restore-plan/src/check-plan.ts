// The model checker: run a plan on an in-memory model of processes, fd tables and open file
// descriptions, the way the kernel would, and prove the end state equals the graph. The model
// shares nothing with the planners: it trusts no `file` annotation for the end state (those only
// make step errors precise) and compares partitions, not ids.
//
// Processes run concurrently in the model as on the kernel; a receive blocks until its message
// was sent and a wait until the child has finished its ops. Every op is deterministic given the
// message each receive gets (messages are matched by id), and the only shared table is worked
// by one sharer at a time (a clone(CLONE_FILES) must be followed by a wait for the child), so one
// schedule decides every schedule: if it finishes, all do, with the same end state; if it gets
// stuck, the plan deadlocks.

import { sharingPartition, type Graph } from '@fdlens/core';
import { SETFL_MASK } from './objects.js';
import type { Plan, PlanOp, PlanProcess } from './plan-types.js';

/** One problem found by the checker. */
export interface CheckIssue {
  /** Stable code, e.g. `FD_NOT_OPEN`, `DEADLOCK`, `END_PARTITION`. */
  code: string;
  /** The process, when the issue is about one. */
  pid?: number;
  /** Index of the op in that process's list. */
  step?: number;
  /** What is wrong, naming pids, fds and descriptions. */
  message: string;
}

/** What the checker found. */
export interface CheckResult {
  /** True when the plan is valid and its end state equals the graph. */
  ok: boolean;
  /** Every problem found (empty when ok). */
  issues: CheckIssue[];
  /** Ops executed in the model. */
  steps: number;
  /** Descriptions the model created (helpers included). */
  descriptions: number;
}

/** Options of checkPlan. */
export interface CheckOptions {
  /** Count what the plan declares it can't recreate (stand-ins, split tables) as failures too. */
  strict?: boolean;
}

interface Desc {
  id: number;
  /** The graph description the creating op says it makes (null: helper). */
  label: number | null;
  /** What made it. */
  via: PlanOp['op'] | 'standin';
  /** Pipe object (one pipe() call and its reopens). */
  pipe?: number;
  /** Socket-pair object. */
  pair?: number;
  flags: number;
  pos: number;
}

interface ModelSlot {
  desc: Desc;
  cloexec: boolean;
}

type Table = Map<number, ModelSlot>;

interface Proc {
  plan: PlanProcess;
  table: Table | null;
  pc: number;
  state: 'unborn' | 'running' | 'blocked' | 'done' | 'failed';
  /** What a blocked process waits for. */
  waitingFor?: { msg: number } | { child: number };
  /** Children forked with a shared table, not yet waited for. */
  sharedOpen: Set<number>;
  /** Per description label, the ops naming it in order: [index, true when it reads an existing fd]. */
  refs: Map<number, [number, boolean][]>;
}

const FD_LIMIT = 1 << 20;

/** Annotated description of an op that reads an existing fd: [fd, expected label]. */
function reads(op: PlanOp): [number, number | null][] {
  switch (op.op) {
    case 'dup2':
      return [[op.from, op.file]];
    case 'setfd':
    case 'close':
    case 'send':
      return [[op.fd, op.file]];
    case 'reopen':
      return [[op.from, op.fromFile]];
    default:
      return [];
  }
}

/** Descriptions an op brings into the table anew (so an earlier loss of them is no loss). */
function provides(op: PlanOp): (number | null)[] {
  switch (op.op) {
    case 'open':
    case 'create':
    case 'reopen':
    case 'recv':
      return [op.file];
    case 'pipe':
    case 'socketpair':
      return op.ends.map((e) => e.file);
    default:
      return [];
  }
}

/** Index of the next op after `pc` that reads description `label` before anything provides it again, or -1. */
function nextRead(refs: Map<number, [number, boolean][]>, label: number, pc: number): number {
  const list = refs.get(label);
  if (list === undefined) return -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] <= pc) lo = mid + 1;
    else hi = mid;
  }
  const next = list[lo];
  return next !== undefined && next[1] ? next[0] : -1;
}

/** Run a plan against the model and compare the end state with the graph. */
export function checkPlan(plan: Plan, graph: Graph, options: CheckOptions = {}): CheckResult {
  const issues: CheckIssue[] = [];
  const issue = (code: string, message: string, pid?: number, step?: number): void => {
    const i: CheckIssue = { code, message };
    if (pid !== undefined) i.pid = pid;
    if (step !== undefined) i.step = step;
    issues.push(i);
  };

  // ---- static shape -------------------------------------------------------------------------
  const procs = new Map<number, Proc>();
  for (const p of plan.processes) {
    if (procs.has(p.pid)) issue('DUPLICATE_PROCESS', `pid ${p.pid} appears twice in the plan`, p.pid);
    const refs = new Map<number, [number, boolean][]>();
    const note = (label: number | null, i: number, read: boolean): void => {
      if (label === null) return;
      let list = refs.get(label);
      if (list === undefined) refs.set(label, (list = []));
      list.push([i, read]);
    };
    p.ops.forEach((op, i) => {
      for (const [, label] of reads(op)) note(label, i, true);
      for (const label of provides(op)) note(label, i, false);
    });
    procs.set(p.pid, { plan: p, table: null, pc: 0, state: 'unborn', sharedOpen: new Set(), refs });
  }
  const sends = new Map<number, { pid: number; step: number; to: number }>();
  const recvs = new Map<number, { pid: number; step: number; from: number }>();
  const forkedBy = new Map<number, number>();
  for (const p of plan.processes) {
    p.ops.forEach((op, step) => {
      if (op.op === 'send') {
        if (sends.has(op.msg)) issue('DUPLICATE_MESSAGE', `message ${op.msg} is sent twice`, p.pid, step);
        sends.set(op.msg, { pid: p.pid, step, to: op.to });
      } else if (op.op === 'recv') {
        if (recvs.has(op.msg)) issue('DUPLICATE_MESSAGE', `message ${op.msg} is received twice`, p.pid, step);
        recvs.set(op.msg, { pid: p.pid, step, from: op.from });
      } else if (op.op === 'fork') {
        const child = procs.get(op.child);
        if (child === undefined) issue('BAD_FORK', `pid ${p.pid} forks pid ${op.child}, which is not in the plan`, p.pid, step);
        else if (child.plan.parent !== p.pid) issue('BAD_FORK', `pid ${p.pid} forks pid ${op.child}, whose parent is ${child.plan.parent}`, p.pid, step);
        else if (forkedBy.has(op.child)) issue('BAD_FORK', `pid ${op.child} is forked twice`, p.pid, step);
        forkedBy.set(op.child, p.pid);
      }
    });
  }
  for (const [msg, s] of sends) {
    const r = recvs.get(msg);
    if (r === undefined) issue('SEND_WITHOUT_RECV', `message ${msg} sent by pid ${s.pid} to pid ${s.to} is never received: its fd would stay in flight`, s.pid, s.step);
    else if (r.pid !== s.to) issue('MESSAGE_WRONG_RECEIVER', `message ${msg} is sent to pid ${s.to} but received by pid ${r.pid}`, r.pid, r.step);
    else if (r.from !== s.pid) issue('MESSAGE_WRONG_SENDER', `message ${msg} is received from pid ${r.from} but sent by pid ${s.pid}`, r.pid, r.step);
  }
  for (const [msg, r] of recvs) {
    if (!sends.has(msg)) issue('RECV_WITHOUT_SEND', `pid ${r.pid} receives message ${msg}, which nobody sends`, r.pid, r.step);
  }
  for (const pid of plan.roots) {
    const p = procs.get(pid);
    if (p === undefined) issue('BAD_ROOT', `root pid ${pid} is not in the plan`);
    else if (p.plan.parent !== 0) issue('BAD_ROOT', `root pid ${pid} has parent ${p.plan.parent}`, pid);
  }
  for (const p of plan.processes) {
    if (p.parent !== 0 && !forkedBy.has(p.pid)) issue('NOT_FORKED', `pid ${p.pid} is never forked by its parent ${p.parent}`, p.pid);
    if (p.parent === 0 && !plan.roots.includes(p.pid)) issue('NOT_FORKED', `pid ${p.pid} has no parent and is not a root`, p.pid);
  }

  // Target image of each process: below tempBase, only the image's own fd numbers may be used.
  const targetOf = new Map<number, Map<number, number>>();
  let maxImageFd = -1;
  for (const t of graph.tasks) {
    const m = new Map<number, number>();
    for (const s of t.fds) {
      m.set(s.fd, s.file);
      if (s.fd > maxImageFd) maxImageFd = s.fd;
    }
    targetOf.set(t.pid, m);
  }
  if (plan.tempBase <= maxImageFd) issue('TEMP_BASE', `tempBase ${plan.tempBase} is not above the highest image fd ${maxImageFd}`);

  // ---- dynamic run ----------------------------------------------------------------------------
  const descs: Desc[] = [];
  let pipes = 0;
  let pairs = 0;
  const newDesc = (label: number | null, via: Desc['via'], flags: number, pos: number): Desc => {
    const d: Desc = { id: descs.length, label, via, flags, pos };
    descs.push(d);
    return d;
  };
  const sent = new Map<number, Desc>();
  const waitingOnMsg = new Map<number, Proc>();
  const waitingOnChild = new Map<number, Proc>();
  const runnable: Proc[] = [];
  let steps = 0;
  const createdAs = new Map<number, number>();

  for (const pid of plan.roots) {
    const p = procs.get(pid);
    if (p && p.state === 'unborn') {
      p.table = new Map();
      p.state = 'running';
      runnable.push(p);
    }
  }

  const fail = (p: Proc, code: string, message: string): false => {
    issue(code, message, p.plan.pid, p.pc);
    p.state = 'failed';
    return false;
  };

  const finish = (p: Proc): void => {
    p.state = 'done';
    for (const c of p.sharedOpen) fail(p, 'SHARED_TABLE_RACE', `pid ${p.plan.pid} ends while its clone(CLONE_FILES) child ${c} may still be working on the table`);
    const waiter = waitingOnChild.get(p.plan.pid);
    if (waiter) {
      waitingOnChild.delete(p.plan.pid);
      waiter.state = 'running';
      runnable.push(waiter);
    }
  };

  /** Remove the slot at fd; reject when that loses a description a later op of this process names. */
  const vacate = (p: Proc, fd: number, why: string): boolean => {
    const table = p.table!;
    const old = table.get(fd);
    if (old === undefined) return true;
    table.delete(fd);
    const label = old.desc.label;
    const needAt = label === null ? -1 : nextRead(p.refs, label, p.pc);
    if (needAt >= 0) {
      for (const s of table.values()) if (s.desc === old.desc) return true;
      return fail(p, 'CLOBBER', `pid ${p.plan.pid} ${why} fd ${fd}, the last fd holding description ${label}, which its op ${needAt} still needs`);
    }
    return true;
  };

  const install = (p: Proc, fd: number, desc: Desc, cloexec: boolean, why: string): boolean => {
    if (!Number.isInteger(fd) || fd < 0 || fd >= FD_LIMIT) return fail(p, 'BAD_FD', `pid ${p.plan.pid} uses fd ${fd}, outside 0..${FD_LIMIT - 1}`);
    if (fd < plan.tempBase && !targetOf.get(p.plan.pid)?.has(fd)) {
      return fail(p, 'TEMP_DISCIPLINE', `pid ${p.plan.pid} puts description ${desc.label ?? 'helper'} at fd ${fd}, below tempBase ${plan.tempBase} and not an fd of its image: temporaries must live at tempBase or above`);
    }
    if (!vacate(p, fd, why)) return false;
    p.table!.set(fd, { desc, cloexec });
    return true;
  };

  const expect = (p: Proc, fd: number, label: number | null): ModelSlot | undefined => {
    const s = p.table!.get(fd);
    if (s === undefined) {
      fail(p, 'FD_NOT_OPEN', `pid ${p.plan.pid} uses fd ${fd}, which is not open${label !== null ? ` (expected description ${label})` : ''}`);
      return undefined;
    }
    if (s.desc.label !== label) {
      fail(p, 'WRONG_DESCRIPTION', `pid ${p.plan.pid} fd ${fd} holds description ${s.desc.label ?? 'helper'}, the plan expects ${label ?? 'a helper'}`);
      return undefined;
    }
    return s;
  };

  const noteCreate = (p: Proc, label: number | null): boolean => {
    if (label === null) return true;
    if (createdAs.has(label)) return fail(p, 'CREATED_TWICE', `description ${label} is created twice (first by pid ${createdAs.get(label)})`);
    createdAs.set(label, p.plan.pid);
    return true;
  };

  /** Execute one op; false when the process blocked or failed. */
  const step = (p: Proc, op: PlanOp): boolean => {
    const pid = p.plan.pid;
    switch (op.op) {
      case 'open':
        return noteCreate(p, op.file) && install(p, op.fd, newDesc(op.file, 'open', op.flags, op.pos), op.cloexec, 'opens over');
      case 'create':
        return noteCreate(p, op.file) && install(p, op.fd, newDesc(op.file, op.kind === 'standin' ? 'standin' : 'create', op.flags, op.pos), op.cloexec, 'creates over');
      case 'pipe':
      case 'socketpair': {
        if (op.ends[0].fd === op.ends[1].fd) return fail(p, 'BAD_FD', `pid ${pid} puts both ends of a ${op.op} at fd ${op.ends[0].fd}`);
        const group = op.op === 'pipe' ? { pipe: ++pipes } : { pair: ++pairs };
        for (const e of op.ends) {
          if (!noteCreate(p, e.file)) return false;
          const d = newDesc(e.file, op.op, e.flags, 0);
          Object.assign(d, group);
          if (!install(p, e.fd, d, e.cloexec, `makes a ${op.op} over`)) return false;
        }
        return true;
      }
      case 'reopen': {
        const src = expect(p, op.from, op.fromFile);
        if (!src) return false;
        if (src.desc.pipe === undefined) return fail(p, 'BAD_REOPEN', `pid ${pid} reopens fd ${op.from}, which is not a pipe`);
        const d = newDesc(op.file, 'reopen', op.flags, 0);
        d.pipe = src.desc.pipe;
        return noteCreate(p, op.file) && install(p, op.fd, d, op.cloexec, 'reopens over');
      }
      case 'dup2': {
        const src = expect(p, op.from, op.file);
        if (!src) return false;
        if (op.from === op.to) return fail(p, 'BAD_DUP2', `pid ${pid} dup2s fd ${op.from} onto itself`);
        return install(p, op.to, src.desc, op.cloexec, 'dup2s over');
      }
      case 'setfd': {
        const s = expect(p, op.fd, op.file);
        if (!s) return false;
        s.cloexec = op.cloexec;
        return true;
      }
      case 'close':
        if (!expect(p, op.fd, op.file)) return false;
        return vacate(p, op.fd, 'closes');
      case 'closeRange': {
        if (op.from > op.to || op.from < 0) return fail(p, 'BAD_FD', `pid ${pid} close_range(${op.from}, ${op.to})`);
        const fds = [...p.table!.keys()].filter((fd) => fd >= op.from && fd <= op.to);
        for (const fd of fds) if (!vacate(p, fd, 'closes (close_range)')) return false;
        return true;
      }
      case 'send': {
        const s = expect(p, op.fd, op.file);
        if (!s) return false;
        if (!procs.has(op.to)) return fail(p, 'MESSAGE_WRONG_RECEIVER', `pid ${pid} sends to pid ${op.to}, which is not in the plan`);
        sent.set(op.msg, s.desc);
        const waiter = waitingOnMsg.get(op.msg);
        if (waiter) {
          waitingOnMsg.delete(op.msg);
          waiter.state = 'running';
          runnable.push(waiter);
        }
        return true;
      }
      case 'recv': {
        const d = sent.get(op.msg);
        if (d === undefined) {
          if (!sends.has(op.msg)) return fail(p, 'RECV_WITHOUT_SEND', `pid ${pid} receives message ${op.msg}, which nobody sends`);
          p.state = 'blocked';
          p.waitingFor = { msg: op.msg };
          waitingOnMsg.set(op.msg, p);
          return false;
        }
        if (d.label !== op.file) return fail(p, 'WRONG_DESCRIPTION', `pid ${pid} receives description ${d.label ?? 'helper'} in message ${op.msg}, the plan expects ${op.file ?? 'a helper'}`);
        return install(p, op.fd, d, op.cloexec, 'receives over');
      }
      case 'fork': {
        const child = procs.get(op.child);
        if (child === undefined || child.plan.parent !== pid) return fail(p, 'BAD_FORK', `pid ${pid} forks pid ${op.child}, not its child in the plan`);
        if (child.state !== 'unborn') return fail(p, 'BAD_FORK', `pid ${op.child} is forked twice`);
        const next = p.plan.ops[p.pc + 1];
        if (op.shareTable && (next?.op !== 'wait' || next.child !== op.child)) {
          return fail(p, 'SHARED_TABLE_RACE', `pid ${pid} goes on after clone(CLONE_FILES) of pid ${op.child} without waiting for it: both would work on one fd table`);
        }
        child.table = op.shareTable ? p.table : new Map([...p.table!].map(([fd, s]) => [fd, { ...s }]));
        child.state = 'running';
        runnable.push(child);
        if (op.shareTable) p.sharedOpen.add(op.child);
        return true;
      }
      case 'wait': {
        const child = procs.get(op.child);
        if (child === undefined || child.plan.parent !== pid) return fail(p, 'BAD_WAIT', `pid ${pid} waits for pid ${op.child}, not its child`);
        if (child.state === 'unborn') return fail(p, 'WAIT_BEFORE_FORK', `pid ${pid} waits for pid ${op.child} before forking it: the child is needed before it exists`);
        if (child.state === 'done') {
          p.sharedOpen.delete(op.child);
          return true;
        }
        if (child.state === 'failed') return fail(p, 'CHILD_FAILED', `pid ${pid} waits for pid ${op.child}, which failed`);
        p.state = 'blocked';
        p.waitingFor = { child: op.child };
        waitingOnChild.set(op.child, p);
        return false;
      }
    }
  };

  while (runnable.length > 0) {
    const p = runnable.pop()!;
    if (p.state !== 'running') continue;
    while (p.pc < p.plan.ops.length) {
      const op = p.plan.ops[p.pc]!;
      if (!step(p, op) || p.state !== 'running') break;
      steps++;
      p.pc++;
    }
    if (p.state === 'running' && p.pc >= p.plan.ops.length) finish(p);
  }

  const stuck = [...procs.values()].filter((p) => p.state === 'blocked');
  if (stuck.length > 0) {
    const why = stuck.slice(0, 8).map((p) => {
      const w = p.waitingFor!;
      if ('msg' in w) {
        const s = sends.get(w.msg)!;
        return `pid ${p.plan.pid} op ${p.pc} waits for message ${w.msg} from pid ${s.pid} (its op ${s.step}, which pid ${s.pid} never reaches)`;
      }
      return `pid ${p.plan.pid} op ${p.pc} waits for child ${w.child} to finish`;
    });
    issue('DEADLOCK', `the plan deadlocks: ${why.join('; ')}${stuck.length > 8 ? ` (and ${stuck.length - 8} more)` : ''}`);
  }
  for (const p of procs.values()) {
    if (p.state === 'unborn' && p.plan.parent !== 0 && forkedBy.has(p.plan.pid)) {
      const parent = procs.get(p.plan.parent);
      if (parent?.state === 'done') issue('NOT_FORKED', `pid ${p.plan.pid} is never forked`, p.plan.pid);
    }
  }

  if (issues.length === 0) compareEnd(plan, graph, procs, options, issue);
  return { ok: issues.length === 0, issues, steps, descriptions: descs.length };
}

/** Compare the model's end state with the graph. */
function compareEnd(
  plan: Plan,
  graph: Graph,
  procs: Map<number, Proc>,
  options: CheckOptions,
  report: (code: string, message: string, pid?: number) => void,
): void {
  let found = 0;
  const issue = (code: string, message: string, pid?: number): void => {
    found++;
    report(code, message, pid);
  };
  const declared = new Map<number, string>();
  const split = new Set<number>();
  for (const u of plan.unrecreatable) {
    if (u.file !== undefined) declared.set(u.file, u.handling);
    if (u.reason === 'FDTABLE_SHARED_NON_PARENT' && u.pid !== undefined) split.add(u.pid);
    if (options.strict) issue('DECLARED', `${u.reason}: ${u.detail}`, u.pid);
  }

  // Tree: the same processes, with the same parents.
  const graphPids = new Set(graph.tasks.map((t) => t.pid));
  for (const t of graph.tasks) {
    const p = procs.get(t.pid);
    if (p === undefined) {
      issue('END_TREE', `pid ${t.pid} of the graph is not in the plan`, t.pid);
      continue;
    }
    const parent = graphPids.has(t.ppid) && t.ppid !== t.pid ? t.ppid : 0;
    if (p.plan.parent !== parent) issue('END_TREE', `pid ${t.pid} is created by ${p.plan.parent || 'the executor'}, its parent in the graph is ${parent || 'outside the tree'}`, t.pid);
    if (p.state !== 'done') issue('END_TREE', `pid ${t.pid} did not finish its ops`, t.pid);
  }
  for (const pid of procs.keys()) if (!graphPids.has(pid)) issue('END_TREE', `pid ${pid} is in the plan but not in the graph`, pid);

  // fds and FD_CLOEXEC per process.
  const modelSlots = new Map<number, string[]>();
  const graphSlots = new Map<number, string[]>();
  const modelAt = new Map<string, Desc>();
  for (const t of graph.tasks) {
    const table = procs.get(t.pid)?.table;
    if (!table) continue;
    const want = new Map(t.fds.map((s) => [s.fd, s]));
    for (const [fd, s] of table) {
      const w = want.get(fd);
      if (w === undefined) {
        issue('END_FDS', `pid ${t.pid} ends with fd ${fd} open, the graph has no fd ${fd}`, t.pid);
        continue;
      }
      if (w.cloexec !== s.cloexec) issue('END_CLOEXEC', `pid ${t.pid} fd ${fd} ends with FD_CLOEXEC ${s.cloexec ? 'set' : 'clear'}, the graph has it ${w.cloexec ? 'set' : 'clear'}`, t.pid);
      const key = `${t.pid}:${fd}`;
      modelAt.set(key, s.desc);
      let list = modelSlots.get(s.desc.id);
      if (list === undefined) modelSlots.set(s.desc.id, (list = []));
      list.push(key);
    }
    for (const s of t.fds) {
      if (!table.has(s.fd)) issue('END_FDS', `pid ${t.pid} ends without fd ${s.fd}`, t.pid);
      let list = graphSlots.get(s.file);
      if (list === undefined) graphSlots.set(s.file, (list = []));
      list.push(`${t.pid}:${s.fd}`);
    }
  }

  // Description partition: each graph description is exactly one model description.
  const descOf = new Map<number, Desc>();
  for (const [file, keys] of graphSlots) {
    const found = new Set(keys.map((k) => modelAt.get(k)).filter((d): d is Desc => d !== undefined));
    if (found.size !== 1) {
      issue('END_PARTITION', `description ${file} (${keys.slice(0, 6).join(' ')}) ends as ${found.size} descriptions`);
      continue;
    }
    const d = [...found][0]!;
    const held = modelSlots.get(d.id) ?? [];
    if (held.length !== keys.length) {
      const extra = held.filter((k) => !keys.includes(k));
      issue('END_PARTITION', `description ${file} is also held at ${extra.slice(0, 6).join(' ')}, which the graph gives other descriptions`);
      continue;
    }
    if (d.label !== file) issue('END_LABEL', `the description the plan made as ${d.label ?? 'a helper'} ends where the graph has description ${file}`);
    descOf.set(file, d);
  }
  if (found > 0) return;
  const partitionModel = sharingPartitionOf(modelSlots);
  const partitionGraph = sharingPartition(graph);
  if (JSON.stringify(partitionModel) !== JSON.stringify(partitionGraph)) issue('END_PARTITION', 'the sharing partition differs from the graph');

  // fd-table sharing.
  const tableIds = new Map<Table, number>();
  const groupsModel = new Map<number, number[]>();
  for (const t of graph.tasks) {
    const table = procs.get(t.pid)!.table!;
    let id = tableIds.get(table);
    if (id === undefined) tableIds.set(table, (id = tableIds.size));
    let list = groupsModel.get(id);
    if (list === undefined) groupsModel.set(id, (list = []));
    list.push(t.pid);
  }
  const groupsGraph = new Map<string, number[]>();
  const keyOf = new Map<number, string>();
  const byPid = new Map(graph.tasks.map((t) => [t.pid, t]));
  for (const t of graph.tasks) {
    const parent = byPid.get(t.ppid);
    const key = parent && parent !== t && parent.fdTable === t.fdTable && keyOf.has(parent.pid) ? keyOf.get(parent.pid)! : split.has(t.pid) ? `split:${t.pid}` : `t:${t.fdTable}`;
    keyOf.set(t.pid, key);
    let list = groupsGraph.get(key);
    if (list === undefined) groupsGraph.set(key, (list = []));
    list.push(t.pid);
  }
  const canon = (groups: Iterable<number[]>): string => JSON.stringify([...groups].map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!));
  if (canon(groupsModel.values()) !== canon(groupsGraph.values())) {
    issue('END_TABLES', `fd-table sharing differs: model ${canon(groupsModel.values())}, graph ${canon(groupsGraph.values())}`);
  }

  // Pipes: descriptions with one pipe inode come from one pipe() (and reopens of it), and
  // different inodes from different calls. Socket pairs: mutual peers come from one socketpair().
  const pipeOfIno = new Map<number, number | undefined>();
  const inoOfPipe = new Map<number, number>();
  const byIno = new Map<number, number>();
  for (const f of graph.files) if (f.socket && f.socket.ino > 0) byIno.set(f.socket.ino, f.id);
  const fileById = new Map(graph.files.map((f) => [f.id, f]));
  for (const f of graph.files) {
    const d = descOf.get(f.id);
    if (!d) continue;
    if (f.type === 'pipe' && f.pipeIno !== undefined) {
      if (d.pipe === undefined) {
        issue('END_OBJECT', `description ${f.id} (pipe inode ${f.pipeIno}) is not made by pipe()`);
        continue;
      }
      if (pipeOfIno.has(f.pipeIno) && pipeOfIno.get(f.pipeIno) !== d.pipe) issue('END_OBJECT', `the descriptions of pipe inode ${f.pipeIno} come from different pipe() calls`);
      pipeOfIno.set(f.pipeIno, d.pipe);
      const other = inoOfPipe.get(d.pipe);
      if (other !== undefined && other !== f.pipeIno) issue('END_OBJECT', `pipe inodes ${other} and ${f.pipeIno} end as one pipe`);
      inoOfPipe.set(d.pipe, f.pipeIno);
    }
    if (f.type === 'unix' && f.socket?.peerIno) {
      const peerId = byIno.get(f.socket.peerIno);
      const peer = peerId === undefined ? undefined : fileById.get(peerId);
      if (peer && peer.socket?.peerIno === f.socket.ino && descOf.has(peer.id)) {
        const a = d.pair;
        if (a === undefined || a !== descOf.get(peer.id)!.pair) issue('END_OBJECT', `socket-pair ends ${f.id} and ${peer.id} are not made by one socketpair()`);
      }
    }
  }
  for (const f of graph.files) {
    const d = descOf.get(f.id);
    if (!d) continue;
    const standin = declared.get(f.id) === 'standin';
    if (standin) continue;
    if (d.via === 'open') {
      if (d.flags !== f.flags) issue('END_FLAGS', `description ${f.id} is opened with flags 0${d.flags.toString(8)}, the graph has 0${f.flags.toString(8)}`);
      if (f.type === 'reg' && d.pos !== f.pos) issue('END_POS', `description ${f.id} ends at position ${d.pos}, the graph has ${f.pos}`);
    } else if (d.via === 'pipe' || d.via === 'socketpair' || d.via === 'create') {
      if ((d.flags & SETFL_MASK) !== (f.flags & SETFL_MASK)) issue('END_FLAGS', `description ${f.id} ends with status flags 0${d.flags.toString(8)}, the graph has 0${(f.flags & SETFL_MASK).toString(8)}`);
      if (f.type === 'memfd' && d.pos !== f.pos) issue('END_POS', `description ${f.id} ends at position ${d.pos}, the graph has ${f.pos}`);
    } else if (d.via === 'standin') {
      issue('END_STANDIN', `description ${f.id} (${f.type}) is a stand-in the plan does not declare`);
    }
  }
}

function sharingPartitionOf(slots: Map<number, string[]>): string[][] {
  const byKey = (a: string, b: string): number => {
    const [ap, af] = a.split(':').map(Number) as [number, number];
    const [bp, bf] = b.split(':').map(Number) as [number, number];
    return ap - bp || af - bf;
  };
  return [...slots.values()].map((g) => [...g].sort(byKey)).sort((a, b) => byKey(a[0]!, b[0]!));
}
