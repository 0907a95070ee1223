// Proof by model: random graphs of every shape, both strategies, each plan run through the
// model checker, which must find the end state equal to the graph.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, planRestore, randomGraph, simulatedGraph, STRATEGIES, type Plan } from '@fdlens/restore-plan';
import type { Graph } from '@fdlens/core';

function assertPlans(graph: Graph): Plan[] {
  return STRATEGIES.map((strategy) => {
    const plan = planRestore(graph, { strategy });
    const result = checkPlan(plan, graph);
    if (!result.ok) throw new Error(`${strategy}: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return plan;
  });
}

const shape = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  processes: fc.integer({ min: 1, max: 24 }),
  fds: fc.integer({ min: 1, max: 120 }),
  maxFd: fc.constantFrom(10, 64, 1000, 5000),
  cloneFilesRate: fc.constantFrom(0, 0.1, 0.4, 0.9),
  standIns: fc.boolean(),
});

describe('plans proven by the model', () => {
  it('random graphs of any structure (1500 graphs × 2 strategies)', () => {
    fc.assert(fc.property(shape, (o) => void assertPlans(randomGraph(o))), { numRuns: 1500 });
  });

  it('graphs simulated from fork/dup/pipe/socketpair/SCM_RIGHTS/CLONE_FILES histories (1500 × 2)', () => {
    fc.assert(fc.property(shape, (o) => void assertPlans(simulatedGraph(o))), { numRuns: 1500 });
  });

  it('bigger graphs (40 × 2, up to 2000 fds)', () => {
    fc.assert(fc.property(shape, fc.integer({ min: 500, max: 2000 }), (o, fds) => void assertPlans(simulatedGraph({ ...o, processes: 60, fds }))), { numRuns: 20 });
    fc.assert(fc.property(shape, fc.integer({ min: 500, max: 2000 }), (o, fds) => void assertPlans(randomGraph({ ...o, processes: 60, fds }))), { numRuns: 20 });
  });

  it('plans are plain JSON and keep every temporary at tempBase or above', () => {
    fc.assert(fc.property(shape, (o) => {
      const graph = randomGraph(o);
      for (const plan of assertPlans(graph)) {
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
        const image = new Map(graph.tasks.map((t) => [t.pid, new Map(t.fds.map((s) => [s.fd, s.file]))]));
        for (const p of plan.processes) {
          for (const op of p.ops) {
            const installs = op.op === 'pipe' || op.op === 'socketpair' ? op.ends.map((e) => [e.fd, e.file] as const)
              : op.op === 'dup2' ? [[op.to, op.file] as const]
              : op.op === 'open' || op.op === 'create' || op.op === 'reopen' || op.op === 'recv' ? [[op.fd, op.file] as const] : [];
            for (const [fd, file] of installs) {
              if (fd < plan.tempBase) expect(image.get(p.pid)!.get(fd)).toBe(file);
            }
          }
        }
      }
    }), { numRuns: 200 });
  });

  it('every description is created exactly once, and a fork-built tree needs no messages with inherit', () => {
    fc.assert(fc.property(shape, (o) => {
      const graph = simulatedGraph(o);
      const [inherit, criu] = assertPlans(graph) as [Plan, Plan];
      for (const plan of [inherit, criu]) {
        const made = plan.processes.flatMap((p) => p.ops.flatMap((op) => (op.op === 'pipe' || op.op === 'socketpair' ? op.ends.map((e) => e.file) : 'file' in op && (op.op === 'open' || op.op === 'create' || op.op === 'reopen') ? [op.file] : []))).filter((f) => f !== null);
        expect(made.sort((a, b) => a - b)).toEqual(graph.files.map((f) => f.id));
      }
      expect(inherit.totals.scmRightsMessages).toBeLessThanOrEqual(criu.totals.scmRightsMessages);
      expect(inherit.totals.cost).toBeLessThanOrEqual(criu.totals.cost);
    }), { numRuns: 300 });
  });
});
