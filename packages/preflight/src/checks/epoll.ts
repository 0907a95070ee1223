// Epoll targets as CRIU's eventpoll.c resolves them (CRIU reference §1.5): a target still at its
// registered number in the epoll's owner is dumped as is; one dup'ed or moved is found with
// KCMP_EPOLL_TFD among the fds dumped so far (the owner's and those of tasks before it in
// pre-order); anything else fails the dump.

import { firstHolder, fileLabel, type Check } from '../context.js';
import type { Finding } from '../finding.js';

/** Epoll targets closed, escaped to later tasks, or moved. */
export const checkEpollTargets: Check = (ctx) => {
  const out: Finding[] = [];
  const noTfd = ctx.facts.environment !== undefined && !ctx.facts.environment.kcmpEpollTfd;
  if (ctx.graph.source.kind === 'live' && ctx.graph.source.taskIdentity === 'unknown') {
    ctx.skip('epoll-targets', 'kcmp is unavailable, so epoll targets could not be resolved');
    return [];
  }
  for (const file of ctx.graph.files) {
    if (file.epoll === undefined || file.epoll.length === 0) continue;
    const owner = firstHolder(ctx, file.id);
    if (owner === undefined) continue;
    const ownerTask = ctx.tasks.get(owner.pid);
    const ownerOrder = ctx.order.get(owner.pid) ?? 0;
    const base = { pid: owner.pid, fd: owner.fd, file: file.id };
    for (const target of file.epoll) {
      if (target.file === undefined) continue; // not resolved (a dump): nothing to say
      const atNumber = ownerTask?.fds.find((s) => s.fd === target.tfd);
      if (target.file !== null && atNumber?.file === target.file) continue; // in place
      if (target.file === null) {
        out.push({ ...base, code: 'FDLENS_PF_EPOLL_TARGET_CLOSED', severity: 'blocker', reason: `epoll fd ${owner.fd} of pid ${owner.pid} watches target fd ${target.tfd}${target.ino !== undefined ? ` (inode ${target.ino})` : ''}, which no process of the tree holds any more: it was closed here and lives on outside the tree`, fix: { action: `EPOLL_CTL_DEL fd ${target.tfd} before closing it, or include the process that holds it now` }, criu: { message: noTfd ? `Escaped/closed fd descriptor ${target.tfd} on pid ${owner.pid}` : `kid_lookup_epoll: no match pid ${owner.pid} efd ${owner.fd} tfd ${target.tfd} toff 0` } });
        continue;
      }
      const holders = ctx.holders.get(target.file) ?? [];
      const reachable = holders.filter((h) => (ctx.order.get(h.pid) ?? Infinity) <= ownerOrder);
      const where = holders.slice(0, 3).map((h) => `${h.pid}:${h.fd}`).join(', ');
      const label = ctx.files.get(target.file) === undefined ? `file ${target.file}` : fileLabel(ctx.files.get(target.file)!);
      if (noTfd) {
        out.push({ ...base, code: 'FDLENS_PF_EPOLL_TARGET_ESCAPED', severity: 'blocker', reason: `epoll fd ${owner.fd} of pid ${owner.pid} watches target fd ${target.tfd}, now at ${where}; this kernel lacks KCMP_EPOLL_TFD, so CRIU cannot find moved targets`, fix: { action: 'keep epoll targets at the fd number they were registered under, or use Linux 4.13 or later' }, criu: { message: `Escaped/closed fd descriptor ${target.tfd} on pid ${owner.pid}` } });
      } else if (reachable.length === 0) {
        out.push({ ...base, code: 'FDLENS_PF_EPOLL_TARGET_ESCAPED', severity: 'blocker', reason: `epoll fd ${owner.fd} of pid ${owner.pid} watches target fd ${target.tfd} (${label}), which only ${where} hold${holders.length === 1 ? 's' : ''}: processes CRIU dumps after the epoll's owner, so its lookup finds no match`, fix: { action: `EPOLL_CTL_DEL fd ${target.tfd} before passing it away, or keep a copy open in pid ${owner.pid}` }, criu: { message: `kid_lookup_epoll: no match pid ${owner.pid} efd ${owner.fd} tfd ${target.tfd} toff 0` }, related: holders.map((h) => ({ pid: h.pid, fd: h.fd, relation: 'holds-target' })) });
      } else {
        out.push({ ...base, code: 'FDLENS_PF_EPOLL_TARGET_MOVED', severity: 'info', reason: `epoll fd ${owner.fd} of pid ${owner.pid} registered target fd ${target.tfd} (${label}), now at ${reachable.map((h) => `${h.pid}:${h.fd}`).join(', ')}; CRIU finds it with KCMP_EPOLL_TFD and re-registers it there`, fix: { action: 'nothing' } });
      }
    }
  }
  return out;
};
