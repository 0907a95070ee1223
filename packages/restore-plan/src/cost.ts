// The cost model both strategies are measured by, and the `inherit` planner decides by.
// Unit: one cheap fd syscall (close, dup2, fcntl, open of a known path). An SCM_RIGHTS message is
// a sendmsg and a recvmsg, plus what the pair costs beyond two syscalls: the receiver has to be
// scheduled and woken, the fd travels through a socket buffer and is installed at the lowest free
// slot before it can be moved. `bench:plan` times both in the kernel on this machine (the
// executor's --measure mode) and prints the ratio next to MESSAGE_COST, so the weight is checked,
// not assumed: on the reference machine (Linux 6.18, 2 cores) a dup2 takes about 0.23 µs and a
// send + receive of one fd about 2.9 µs, 12–13 dup2s, so a message is priced at 12.

import type { Plan, PlanOp, PlanTotals } from './plan-types.js';

/** Cost of each syscall op (create, dup2, close, close_range, setfd, send, recv). */
export const SYSCALL_COST = 1;

/** Extra cost of one SCM_RIGHTS message beyond its sendmsg and recvmsg. */
export const MESSAGE_OVERHEAD = 10;

/** Cost of delivering one description to one process by SCM_RIGHTS: send + recv + overhead. */
export const MESSAGE_COST = 2 * SYSCALL_COST + MESSAGE_OVERHEAD;

/** Forks and waits are the same for both strategies (every process is created once), so they weigh 0. */
export const FORK_COST = 0;

/** The cost of one op under the model. */
export function opCost(op: PlanOp): number {
  switch (op.op) {
    case 'fork':
    case 'wait':
      return FORK_COST;
    case 'send':
      return SYSCALL_COST + MESSAGE_OVERHEAD;
    default:
      return SYSCALL_COST;
  }
}

/** Count the ops of a list of processes' ops into totals. */
export function computeTotals(processes: Plan['processes']): PlanTotals {
  const t: PlanTotals = { creates: 0, dup2s: 0, forks: 0, scmRightsMessages: 0, closes: 0, setfds: 0, waits: 0, ops: 0, cost: 0 };
  for (const p of processes) {
    for (const op of p.ops) {
      t.ops++;
      t.cost += opCost(op);
      switch (op.op) {
        case 'open':
        case 'pipe':
        case 'socketpair':
        case 'reopen':
        case 'create':
          t.creates++;
          break;
        case 'dup2':
          t.dup2s++;
          break;
        case 'fork':
          t.forks++;
          break;
        case 'send':
          t.scmRightsMessages++;
          break;
        case 'close':
        case 'closeRange':
          t.closes++;
          break;
        case 'setfd':
          t.setfds++;
          break;
        case 'wait':
          t.waits++;
          break;
        case 'recv':
          break;
      }
    }
  }
  return t;
}
