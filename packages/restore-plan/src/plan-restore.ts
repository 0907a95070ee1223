// planRestore: graph in, plan out, for either strategy.

import { GRAPH_SCHEMA, UsageError, type Graph } from '@fdlens/core';
import { assembleProcesses } from './assemble.js';
import { computeTotals } from './cost.js';
import { buildObjects } from './objects.js';
import { PLAN_SCHEMA, STRATEGIES, type Plan, type PlanOp, type Strategy } from './plan-types.js';
import { planCriuSlots } from './strategy-criu.js';
import { planInheritSlots } from './strategy-inherit.js';
import { buildTableTree } from './table-tree.js';
import { TempAllocator } from './temps.js';

/** Options of planRestore. */
export interface PlanOptions {
  /** `inherit` (default): fork inheritance where cheaper; `criu`: what CRIU does. */
  strategy?: Strategy;
}

function maxFdOf(plan: Pick<Plan, 'processes'>): number {
  let max = -1;
  const see = (fd: number): void => {
    if (fd > max) max = fd;
  };
  for (const p of plan.processes) {
    for (const op of p.ops as PlanOp[]) {
      switch (op.op) {
        case 'pipe':
        case 'socketpair':
          for (const e of op.ends) see(e.fd);
          break;
        case 'dup2':
          see(op.to);
          break;
        case 'closeRange':
          see(op.to);
          break;
        case 'fork':
        case 'wait':
          break;
        default:
          see(op.fd);
      }
    }
  }
  return max;
}

/** Refuse a graph the planner can't trust: unknown schema, an fd naming no description, a pid twice. */
function validate(graph: Graph): void {
  const bad = (what: string): never => {
    throw new UsageError('FDLENS_BAD_GRAPH', `the graph cannot be planned: ${what}`, { hint: 'capture it again with `fdlens scan --json`, or read the dump with `fdlens show --json`' });
  };
  if (graph.schema !== GRAPH_SCHEMA) bad(`schema is ${String(graph.schema)}, not ${GRAPH_SCHEMA}`);
  const files = new Set(graph.files.map((f) => f.id));
  const pids = new Set<number>();
  for (const t of graph.tasks) {
    if (pids.has(t.pid)) bad(`pid ${t.pid} appears twice`);
    pids.add(t.pid);
    const fds = new Set<number>();
    for (const s of t.fds) {
      if (!files.has(s.file)) bad(`pid ${t.pid} fd ${s.fd} names description ${s.file}, which the graph does not list`);
      if (fds.has(s.fd) || !Number.isInteger(s.fd) || s.fd < 0) bad(`pid ${t.pid} has fd ${s.fd} twice or out of range`);
      fds.add(s.fd);
    }
  }
}

/** Compute the plan that recreates every process's fds with every sharing intact. */
export function planRestore(graph: Graph, options: PlanOptions = {}): Plan {
  const strategy = options.strategy ?? 'inherit';
  if (!STRATEGIES.includes(strategy)) {
    throw new UsageError('FDLENS_BAD_STRATEGY', `unknown strategy "${String(strategy)}"`, { hint: `use one of: ${STRATEGIES.join(', ')}` });
  }
  validate(graph);
  const tree = buildTableTree(graph);
  const objs = buildObjects(graph);
  const tempBase = tree.maxImageFd + 1;
  const temps = new TempAllocator(tempBase);
  const slots = strategy === 'inherit' ? planInheritSlots(tree, objs, temps) : planCriuSlots(tree, objs, temps);
  const processes = assembleProcesses(tree, (node) => slots.get(node)!);
  return {
    schema: PLAN_SCHEMA,
    strategy,
    source: graph.source,
    tempBase,
    maxFd: maxFdOf({ processes }),
    roots: tree.roots.map((n) => n.owner),
    processes,
    unrecreatable: [...objs.unrecreatable, ...tree.findings],
    totals: computeTotals(processes),
  };
}
