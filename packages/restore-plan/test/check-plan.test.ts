// The checker must reject bad plans: hand-made plans with one defect each, and every valid
// plan with one essential op removed or moved.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAPH_SCHEMA, type Graph } from '@fdlens/core';
import { checkPlan, planRestore, randomGraph, simulatedGraph, type Plan, type PlanOp, type PlanProcess } from '@fdlens/restore-plan';

/** Parent 10 holds a file at fd 3 (shared with child 11 at fd 3) and child 12 gets it at fd 7. */
function graph(): Graph {
  return {
    schema: GRAPH_SCHEMA, source: { kind: 'synthetic' }, vanished: [],
    tasks: [
      { pid: 10, ppid: 0, pgid: 10, sid: 10, comm: 'a', threads: [10], fdTable: 1, fds: [{ fd: 3, file: 1, cloexec: false }] },
      { pid: 11, ppid: 10, pgid: 10, sid: 10, comm: 'b', threads: [11], fdTable: 2, fds: [{ fd: 3, file: 1, cloexec: false }] },
      { pid: 12, ppid: 10, pgid: 10, sid: 10, comm: 'c', threads: [12], fdTable: 3, fds: [{ fd: 7, file: 1, cloexec: true }, { fd: 8, file: 2, cloexec: false }] },
    ],
    files: [
      { id: 1, type: 'reg', path: '/x', flags: 2, pos: 5, identity: 'kcmp' },
      { id: 2, type: 'reg', path: '/y', flags: 0, pos: 0, identity: 'kcmp' },
    ],
  };
}

function plan(ops: Record<number, PlanOp[]>): Plan {
  const proc = (pid: number, parent: number): PlanProcess => ({ pid, parent, origin: parent ? 'fork' : 'root', fdTable: pid, comm: 'x', threads: 1, ops: ops[pid] ?? [] });
  return {
    schema: 'fdlens.plan/v1', strategy: 'inherit', source: { kind: 'synthetic' }, tempBase: 9, maxFd: 20, roots: [10],
    processes: [proc(10, 0), proc(11, 10), proc(12, 10)], unrecreatable: [],
    totals: { creates: 0, dup2s: 0, forks: 0, scmRightsMessages: 0, closes: 0, setfds: 0, waits: 0, ops: 0, cost: 0 },
  };
}

const open1: PlanOp = { op: 'open', fd: 3, file: 1, cloexec: false, path: '/x', flags: 2, pos: 5, type: 'reg' };
const open2: PlanOp = { op: 'open', fd: 8, file: 2, cloexec: false, path: '/y', flags: 0, pos: 0, type: 'reg' };
const good = (): Record<number, PlanOp[]> => ({
  10: [open1, { op: 'fork', child: 11, shareTable: false }, { op: 'fork', child: 12, shareTable: false }],
  12: [{ op: 'dup2', from: 3, to: 7, file: 1, cloexec: true }, { op: 'close', fd: 3, file: 1 }, open2],
});

function codes(ops: Record<number, PlanOp[]>): string[] {
  return checkPlan(plan(ops), graph()).issues.map((i) => i.code);
}

describe('checkPlan rejects invalid steps', () => {
  it('accepts the good plan', () => {
    expect(checkPlan(plan(good()), graph())).toMatchObject({ ok: true, issues: [] });
  });

  it('use of a closed fd', () => {
    const ops = good();
    ops[12] = [{ op: 'dup2', from: 3, to: 7, file: 1, cloexec: true }, { op: 'close', fd: 3, file: 1 }, { op: 'setfd', fd: 3, file: 1, cloexec: true }, open2];
    expect(codes(ops)).toEqual(['FD_NOT_OPEN']);
  });

  it('dup2 over an fd still needed', () => {
    const ops = good();
    ops[12] = [open2, { op: 'dup2', from: 3, to: 10, file: 1, cloexec: false }, { op: 'close', fd: 3, file: 1 }, { op: 'dup2', from: 8, to: 10, file: 2, cloexec: false }, { op: 'dup2', from: 10, to: 7, file: 1, cloexec: true }, { op: 'close', fd: 10, file: 1 }];
    expect(codes(ops)).toEqual(['CLOBBER']);
  });

  it('a receive without its send', () => {
    const ops = good();
    ops[12] = [{ op: 'close', fd: 3, file: 1 }, { op: 'recv', msg: 1, from: 10, fd: 7, file: 1, cloexec: true }, open2];
    expect(codes(ops)).toContain('RECV_WITHOUT_SEND');
  });

  it('a send without its receive', () => {
    const ops = good();
    ops[10] = [open1, { op: 'send', fd: 3, file: 1, to: 12, msg: 4 }, ...ops[10]!.slice(1)];
    expect(codes(ops)).toContain('SEND_WITHOUT_RECV');
  });

  it('a send/receive order that deadlocks', () => {
    const ops = good();
    // 10 waits for 12's message before forking 12.
    ops[10] = [open1, { op: 'fork', child: 11, shareTable: false }, { op: 'recv', msg: 1, from: 12, fd: 9, file: 2, cloexec: false }, { op: 'fork', child: 12, shareTable: false }, { op: 'close', fd: 9, file: 2 }];
    ops[12] = [...ops[12]!, { op: 'send', fd: 8, file: 2, to: 10, msg: 1 }];
    expect(codes(ops)).toContain('DEADLOCK');
  });

  it('a child forked after it was needed', () => {
    const g = graph();
    g.tasks[1]!.fdTable = 1;
    const ops = good();
    ops[10] = [open1, { op: 'wait', child: 11 }, { op: 'fork', child: 11, shareTable: true }, { op: 'fork', child: 12, shareTable: false }];
    expect(checkPlan(plan(ops), g).issues.map((i) => i.code)).toContain('WAIT_BEFORE_FORK');
  });

  it('a clone(CLONE_FILES) child working on the table while its parent does', () => {
    const g = graph();
    g.tasks[1]!.fdTable = 1;
    const ops = good();
    ops[10] = [open1, { op: 'fork', child: 11, shareTable: true }, { op: 'fork', child: 12, shareTable: false }];
    expect(checkPlan(plan(ops), g).issues.map((i) => i.code)).toContain('SHARED_TABLE_RACE');
  });

  it('a temporary below tempBase', () => {
    const ops = good();
    ops[12] = [{ op: 'dup2', from: 3, to: 5, file: 1, cloexec: true }, { op: 'dup2', from: 5, to: 7, file: 1, cloexec: true }, { op: 'closeRange', from: 3, to: 5 }, open2];
    expect(codes(ops)).toEqual(['TEMP_DISCIPLINE']);
  });

  it('end states that differ: a lost sharing, a wrong FD_CLOEXEC, a leftover fd, a wrong position', () => {
    let ops = good();
    ops[12] = [{ op: 'close', fd: 3, file: 1 }, { ...open1, fd: 7, cloexec: true } as PlanOp, open2];
    expect(codes(ops)).toContain('CREATED_TWICE');
    ops = good();
    ops[12] = [{ op: 'dup2', from: 3, to: 7, file: 1, cloexec: false }, { op: 'close', fd: 3, file: 1 }, open2];
    expect(codes(ops)).toEqual(['END_CLOEXEC']);
    ops = good();
    ops[12] = [{ op: 'dup2', from: 3, to: 7, file: 1, cloexec: true }, open2];
    expect(codes(ops)).toEqual(['END_FDS']);
    ops = good();
    ops[10] = [{ ...open1, pos: 4 } as PlanOp, ...ops[10]!.slice(1)];
    expect(codes(ops)).toEqual(['END_POS']);
    ops = good();
    ops[12] = [{ op: 'close', fd: 3, file: 1 }, { op: 'open', fd: 7, file: 9, cloexec: true, path: '/x', flags: 2, pos: 5, type: 'reg' }, open2];
    expect(codes(ops)).toEqual(['END_PARTITION']);
  });
});

describe('every op of a valid plan matters', () => {
  const essential = new Set(['send', 'recv', 'fork', 'wait', 'open', 'create', 'pipe', 'socketpair', 'reopen']);
  it('removing any create, send, receive, fork or wait is rejected (300 plans)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), fc.boolean(), fc.constantFrom('inherit', 'criu' as const), fc.nat(), (seed, sim, strategy, pick) => {
      const g = (sim ? simulatedGraph : randomGraph)({ seed, processes: 8, fds: 40, cloneFilesRate: 0.3 });
      const p = planRestore(g, { strategy });
      const spots = p.processes.flatMap((proc, pi) => proc.ops.map((op, oi) => [pi, oi, op] as const)).filter(([, , op]) => essential.has(op.op));
      if (spots.length === 0) return;
      const [pi, oi] = spots[pick % spots.length]!;
      const broken: Plan = structuredClone(p);
      broken.processes[pi]!.ops.splice(oi, 1);
      expect(checkPlan(broken, g).ok).toBe(false);
    }), { numRuns: 300 });
  });

  it('moving a receive before the fork of its sender, or a fork after the child is needed, is rejected', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
      const g = randomGraph({ seed, processes: 6, fds: 30 });
      const p = planRestore(g, { strategy: 'criu' });
      const root = p.processes[0]!;
      const firstRecv = p.processes.flatMap((proc) => proc.ops.filter((op) => op.op === 'recv').map((op) => ({ proc, op }))).find(({ op }) => op.op === 'recv' && op.from !== root.pid && p.processes.find((x) => x.pid === op.from)!.parent === root.pid);
      if (!firstRecv || firstRecv.proc !== root) return;
      const broken: Plan = structuredClone(p);
      const r = broken.processes[0]!;
      const idx = r.ops.findIndex((op) => op.op === 'recv' && op.msg === (firstRecv.op as { msg: number }).msg);
      const [op] = r.ops.splice(idx, 1);
      r.ops.unshift(op!);
      expect(checkPlan(broken, g).issues.map((i) => i.code)).toContain('DEADLOCK');
    }), { numRuns: 200 });
  });
});

describe('planRestore refuses', () => {
  it('a graph whose fd names no description, and an unknown strategy', () => {
    const g = randomGraph({ seed: 3, processes: 3, fds: 10 });
    g.tasks[0]!.fds.push({ fd: 999, file: 424242, cloexec: false });
    expect(() => planRestore(g)).toThrow(expect.objectContaining({ code: 'FDLENS_BAD_GRAPH' }));
    expect(() => planRestore(randomGraph({ seed: 3, processes: 3, fds: 10 }), { strategy: 'fast' as never })).toThrow(expect.objectContaining({ code: 'FDLENS_BAD_STRATEGY' }));
  });
});
