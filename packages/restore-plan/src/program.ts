// The text program the C executor reads: one process header, then one line per op. Numbers
// only, plus at most one string (a path or a name) hex-encoded after '|', so the C side parses
// it with sscanf and no escaping can go wrong.

import { CREATE_KINDS, type Plan, type PlanOp } from './plan-types.js';

const SOCK_TYPES: Record<string, number> = { stream: 1, dgram: 2, seqpacket: 5 };
const OPEN_TYPES: Record<string, number> = { reg: 0, dir: 1, fifo: 2, chr: 3, symlink: 4 };
const FAMILIES: Record<string, number> = { unix: 1, inet: 2, inet6: 10 };

function hex(s: string): string {
  return Buffer.from(s, 'utf8').toString('hex');
}

const b = (v: boolean): number => (v ? 1 : 0);

/** Lowest fd of the executor's own service fds for a plan: above every fd the plan uses. */
export function serviceBase(plan: Plan): number {
  return Math.ceil((Math.max(plan.maxFd, 2) + 65) / 64) * 64;
}

/** How replay resolved an open op's path: the path to open and whether to create it when missing. */
export interface ResolvedPath {
  /** Path to open. */
  path: string;
  /** Create it (and its parents) when missing. */
  create: boolean;
}

/** Encode a plan as the executor's program; `resolve` maps each open op to the path to use. */
export function encodeProgram(plan: Plan, resolve: (op: Extract<PlanOp, { op: 'open' }>) => ResolvedPath): string {
  const index = new Map(plan.processes.map((p, i) => [p.pid, i]));
  const lines = [`procs ${plan.processes.length} ${serviceBase(plan)}`];
  plan.processes.forEach((p, i) => {
    const origin = p.origin === 'root' ? 0 : p.origin === 'fork' ? 1 : 2;
    const parent = p.parent === 0 ? -1 : index.get(p.parent)!;
    lines.push(`proc ${i} ${p.pid} ${parent} ${origin} ${p.threads} ${p.ops.length} ${p.comm ? hex(p.comm) : '-'}`);
    for (const op of p.ops) lines.push(encodeOp(op, index, resolve));
  });
  return `${lines.join('\n')}\n`;
}

function encodeOp(op: PlanOp, index: Map<number, number>, resolve: (op: Extract<PlanOp, { op: 'open' }>) => ResolvedPath): string {
  switch (op.op) {
    case 'open': {
      const r = resolve(op);
      return `O ${op.fd} ${b(op.cloexec)} ${op.flags} ${op.pos} ${OPEN_TYPES[op.type] ?? 0} ${b(r.create)} |${hex(r.path)}`;
    }
    case 'pipe': {
      const [r, w] = op.ends;
      return `P ${r.fd} ${b(r.cloexec)} ${r.flags} ${w.fd} ${b(w.cloexec)} ${w.flags}`;
    }
    case 'socketpair': {
      const [x, y] = op.ends;
      return `S ${SOCK_TYPES[op.type] ?? 1} ${x.fd} ${b(x.cloexec)} ${x.flags} ${y.fd} ${b(y.cloexec)} ${y.flags}`;
    }
    case 'reopen':
      return `R ${op.from} ${op.fd} ${b(op.cloexec)} ${op.flags}`;
    case 'create': {
      const family = FAMILIES[op.socket?.family ?? 'unix'] ?? 1;
      return `C ${CREATE_KINDS.indexOf(op.kind)} ${op.fd} ${b(op.cloexec)} ${op.flags} ${op.pos} ${family} ${SOCK_TYPES[op.socket?.type ?? 'stream'] ?? 1} |${hex(op.name ?? 'fdlens')}`;
    }
    case 'dup2':
      return `D ${op.from} ${op.to} ${b(op.cloexec)}`;
    case 'setfd':
      return `F ${op.fd} ${b(op.cloexec)}`;
    case 'close':
      return `X ${op.fd}`;
    case 'closeRange':
      return `Y ${op.from} ${op.to}`;
    case 'send':
      return `M ${op.fd} ${index.get(op.to)!} ${op.msg}`;
    case 'recv':
      return `V ${op.msg} ${op.fd} ${b(op.cloexec)}`;
    case 'fork':
      return `K ${index.get(op.child)!} ${b(op.shareTable)}`;
    case 'wait':
      return `W ${index.get(op.child)!}`;
  }
}
