// Per-process kernel objects CRIU gives ids with kcmp (CRIU reference §1.4): an address space,
// fs_struct or signal-handler table shared by two processes is refused, an fd table only between
// a parent and its child; and the root must lead its session unless --shell-job.

import type { Task } from '@fdlens/core';
import type { Check } from '../context.js';
import type { Finding } from '../finding.js';
import type { FindingCode } from '../codes.js';

interface Kind {
  field: 'vm' | 'fs' | 'sighand' | 'fdTable';
  code: FindingCode;
  what: string;
  message: string;
  action: string;
}

const KINDS: readonly Kind[] = [
  { field: 'vm', code: 'FDLENS_PF_SHARED_VM', what: 'address space (clone CLONE_VM without CLONE_THREAD, or a vfork child that has not exec\'d)', message: "Can't make VM id for", action: 'wait until the process sharing the mm execs or exits; CRIU has no option for a shared mm' },
  { field: 'fs', code: 'FDLENS_PF_SHARED_FS', what: 'fs_struct: cwd, root and umask (clone CLONE_FS)', message: "Can't make FS id for", action: 'no CRIU option: restructure so the processes do not share CLONE_FS' },
  { field: 'fdTable', code: 'FDLENS_PF_SHARED_FDTABLE', what: 'fd table (clone CLONE_FILES), and it is not its parent\'s', message: "Can't make FILES id for", action: 'no CRIU option: CRIU restores a shared fd table only from a parent to its child' },
  { field: 'sighand', code: 'FDLENS_PF_SHARED_SIGHAND', what: 'signal-handler table (clone CLONE_SIGHAND)', message: "Can't make IO id for", action: 'no CRIU option: CRIU refuses a shared signal-handler table' },
];

/** Shared mm / fs / fd table / sighand between processes of the tree. */
export const checkSharedTaskObjects: Check = (ctx) => {
  if (ctx.graph.source.kind === 'live' && ctx.graph.source.taskIdentity === 'unknown') {
    ctx.skip('shared-task-objects', 'kcmp is unavailable, so fd-table, mm, fs and sighand sharing are unknown');
    return [];
  }
  const out: Finding[] = [];
  for (const kind of KINDS) {
    const firstById = new Map<number, Task>();
    for (const task of ctx.graph.tasks) {
      if (task.state === 'Z' || task.state === 'X') continue; // a zombie has released them all
      const id = task[kind.field];
      if (id === undefined) continue;
      const first = firstById.get(id);
      if (first === undefined) {
        firstById.set(id, task);
        continue;
      }
      if (kind.field === 'fdTable' && ctx.tasks.get(task.ppid)?.fdTable === id) continue;
      out.push({
        code: kind.code,
        severity: 'blocker',
        pid: task.pid,
        reason: `pid ${task.pid} (${task.comm}) shares its ${kind.what} with pid ${first.pid} (${first.comm})`,
        fix: { action: kind.action },
        criu: { message: `${kind.message} ${task.pid}` },
        related: [{ pid: first.pid, comm: first.comm, relation: 'sharer' }],
      });
    }
  }
  return out;
};

/**
 * Threads with an fd table of their own. CRIU computes ids per process only (no per-thread
 * files_id check, CRIU reference §1.4) and restores threads with CLONE_FILES: the thread's own
 * fds are lost, and it gets the process's instead.
 */
export const checkThreadFdTables: Check = (ctx) =>
  ctx.graph.tasks
    .filter((task) => (task.ownFdTableThreads?.length ?? 0) > 0)
    .map((task): Finding => {
      const tids = task.ownFdTableThreads!;
      const one = tids.length === 1;
      const which = one ? `thread ${tids[0]} has` : `threads ${tids.join(', ')} have`;
      const loses = one ? 'that thread loses its' : 'those threads lose their';
      return {
        code: 'FDLENS_PF_THREAD_OWN_FDTABLE',
        severity: 'warning',
        pid: task.pid,
        reason: `${which} an fd table of ${one ? 'its' : 'their'} own in pid ${task.pid} (${task.comm}) (unshare(CLONE_FILES)): CRIU dumps only the process's fds and restores every thread sharing them, so ${loses} own fds`,
        fix: { action: 'no CRIU option: checkpoint when the thread has exited, or keep its fds in the shared table' },
      };
    });

/** The root must be a session leader, or the dump needs --shell-job. */
export const checkSession: Check = (ctx) => {
  const root = ctx.tasks.get(ctx.rootPid);
  if (root === undefined || root.sid === root.pid || ctx.graph.source.kind !== 'live') return [];
  return [
    {
      code: 'FDLENS_PF_NOT_SESSION_LEADER',
      severity: 'blocker',
      pid: root.pid,
      reason: `the root pid ${root.pid} (${root.comm}) is not a session leader (its session is ${root.sid}, outside the tree)`,
      fix: { criuOption: '--shell-job', action: 'dump and restore with --shell-job, or start the tree under setsid' },
      criu: { message: `The root process ${root.pid} is not a session leader. Consider using --shell-job option` },
    },
  ];
};
