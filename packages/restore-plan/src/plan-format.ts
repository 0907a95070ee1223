// Plans for people: the ops per process as text, with both strategies' totals side by side, and
// the process tree with its forks and messages for Graphviz.

import type { Plan, PlanOp, PlanTotals } from './plan-types.js';

function ce(cloexec: boolean): string {
  return cloexec ? ' cloexec' : '';
}

/** One op as a line of text. */
export function describeOp(op: PlanOp): string {
  switch (op.op) {
    case 'open':
      return `open ${op.path} (${op.type}, flags 0${op.flags.toString(8)}${op.pos ? `, pos ${op.pos}` : ''}) → fd ${op.fd}${ce(op.cloexec)}`;
    case 'pipe':
      return `pipe → read fd ${op.ends[0].fd}${op.ends[0].file === null ? ' (closed)' : ''}${ce(op.ends[0].cloexec)}, write fd ${op.ends[1].fd}${op.ends[1].file === null ? ' (closed)' : ''}${ce(op.ends[1].cloexec)}`;
    case 'socketpair':
      return `socketpair ${op.type} → fds ${op.ends[0].fd}${ce(op.ends[0].cloexec)}, ${op.ends[1].fd}${op.ends[1].file === null ? ' (closed)' : ''}${ce(op.ends[1].cloexec)}`;
    case 'reopen':
      return `reopen /proc/self/fd/${op.from} (flags 0${op.flags.toString(8)}) → fd ${op.fd}${ce(op.cloexec)}`;
    case 'create':
      return `${op.kind === 'standin' ? `stand-in for ${op.type}` : op.kind}${op.socket ? ` ${op.socket.family} ${op.socket.type}` : ''} → fd ${op.fd}${ce(op.cloexec)}`;
    case 'dup2':
      return `dup2 ${op.from} → ${op.to}${ce(op.cloexec)}`;
    case 'setfd':
      return `setfd ${op.fd}${op.cloexec ? ' cloexec' : ' no-cloexec'}`;
    case 'close':
      return `close ${op.fd}`;
    case 'closeRange':
      return `close_range ${op.from}..${op.to}`;
    case 'send':
      return `send fd ${op.fd} → pid ${op.to} (message ${op.msg})`;
    case 'recv':
      return `recv message ${op.msg} from pid ${op.from} → fd ${op.fd}${ce(op.cloexec)}`;
    case 'fork':
      return op.shareTable ? `clone(CLONE_FILES) pid ${op.child}` : `fork pid ${op.child}`;
    case 'wait':
      return `wait for pid ${op.child}`;
  }
}

const ROWS: [keyof PlanTotals, string][] = [
  ['creates', 'creates'],
  ['dup2s', 'dup2s'],
  ['forks', 'forks'],
  ['scmRightsMessages', 'SCM_RIGHTS messages'],
  ['closes', 'closes'],
  ['setfds', 'F_SETFD'],
  ['waits', 'waits'],
  ['ops', 'total ops'],
  ['cost', 'cost'],
];

/** The plan as text: ops per process, totals beside another strategy's (when given), and what isn't recreated. */
export function formatPlanText(plan: Plan, other?: Plan): string {
  const out: string[] = [];
  const fds = plan.processes.length;
  out.push(`restore plan (${plan.strategy}): ${fds} process(es), temporaries from fd ${plan.tempBase}`);
  for (const p of plan.processes) {
    const how = p.origin === 'root' ? 'root' : p.origin === 'fork' ? `forked by ${p.parent}` : `clone(CLONE_FILES) by ${p.parent}`;
    out.push('', `pid ${p.pid} (${p.comm}) ${how}${p.threads > 1 ? `, ${p.threads} threads` : ''}`);
    for (const op of p.ops) out.push(`  ${describeOp(op)}`);
  }
  out.push('', 'totals');
  const header = other ? `  ${''.padEnd(22)}${plan.strategy.padStart(10)}${other.strategy.padStart(10)}` : '';
  if (header) out.push(header);
  for (const [key, label] of ROWS) {
    out.push(`  ${label.padEnd(22)}${String(plan.totals[key]).padStart(10)}${other ? String(other.totals[key]).padStart(10) : ''}`);
  }
  if (plan.unrecreatable.length > 0) {
    out.push('', 'not recreated exactly');
    for (const u of plan.unrecreatable) {
      const what = u.file !== undefined ? `description ${u.file} (${u.type})` : `pid ${u.pid}`;
      out.push(`  ${u.reason} ${what}: ${u.detail} [${u.handling}]`, `    resolve: ${u.resolve}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function q(s: string): string {
  return JSON.stringify(s);
}

/** The plan as a Graphviz digraph: processes, forks (solid), clones (bold), SCM_RIGHTS messages (dashed). */
export function formatPlanDot(plan: Plan): string {
  const out = ['digraph plan {', '  rankdir=TB;', '  node [shape=box, fontname="monospace", fontsize=10];'];
  for (const p of plan.processes) {
    const creates = p.ops.filter((o) => ['open', 'pipe', 'socketpair', 'reopen', 'create'].includes(o.op)).length;
    out.push(`  p${p.pid} [label=${q(`${p.pid} ${p.comm}\n${p.ops.length} ops, ${creates} creates`)}];`);
  }
  for (const p of plan.processes) {
    for (const op of p.ops) {
      if (op.op === 'fork') out.push(`  p${p.pid} -> p${op.child} [${op.shareTable ? 'style=bold, label="CLONE_FILES"' : 'label="fork"'}];`);
      if (op.op === 'send') out.push(`  p${p.pid} -> p${op.to} [style=dashed, color=red, label=${q(`fd ${op.fd}`)}];`);
    }
  }
  out.push(`  label=${q(`${plan.strategy}: ${plan.totals.scmRightsMessages} messages, ${plan.totals.ops} ops`)};`, '}');
  return `${out.join('\n')}\n`;
}
