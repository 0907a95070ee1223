// The machine: what CRIU needs before it looks at any fd (kcmp, ptrace, privileges, kernel
// support), and whether fdlens itself could decide sharing.

import { CAP, hasCapability } from '@fdlens/core';
import type { Check } from '../context.js';
import type { Finding } from '../finding.js';

/** kcmp, ptrace, privileges, kernel features, criu on PATH, and fdlens's own identity backend. */
export const checkEnvironment: Check = (ctx) => {
  const out: Finding[] = [];
  const pid = ctx.rootPid;
  const env = ctx.facts.environment;
  for (const denied of ctx.facts.ptraceDenied ?? []) {
    out.push({ code: 'FDLENS_PF_ENV_PTRACE', severity: 'blocker', pid: denied.pid, reason: `pid ${denied.pid} cannot be seized with ptrace: ${denied.reason}`, fix: { action: 'run criu as root (or with CAP_SYS_PTRACE), set kernel.yama.ptrace_scope to 0 or 1, and detach any debugger' }, criu: { message: `Can't seize ${denied.pid}` } });
  }
  if (ctx.graph.source.kind === 'live' && ctx.graph.source.backend === 'unknown') {
    out.push({ code: 'FDLENS_PF_ENV_IDENTITY_UNKNOWN', severity: 'warning', pid, reason: 'neither kcmp nor pidfd_getfd + F_DUPFD_QUERY worked for fdlens, so which fds share a description is unknown; sharing-based findings may be missing', fix: { action: 'run fdlens as root, or allow kcmp (e.g. --cap-add=SYS_PTRACE in a container)' } });
  }
  if (env === undefined) {
    ctx.skip('environment', 'the machine was not examined');
    return out;
  }
  if (!env.kcmp) {
    out.push({ code: 'FDLENS_PF_ENV_NO_KCMP', severity: 'blocker', pid, reason: `kcmp(2) is not available: ${env.kcmpReason ?? 'it failed'}; CRIU needs it for every dump ("criu check" category 1)`, fix: { action: 'use a kernel with CONFIG_KCMP and a seccomp profile that allows kcmp (Docker: --cap-add=SYS_PTRACE or a custom profile)' }, criu: { message: 'System call kcmp is not supported' } });
  }
  const privileged = env.euid === 0 || hasCapability(env.capEff, CAP.SYS_ADMIN) || hasCapability(env.capEff, CAP.CHECKPOINT_RESTORE);
  if (!privileged) {
    out.push({ code: 'FDLENS_PF_ENV_PRIVILEGES', severity: 'warning', pid, reason: `this user (euid ${env.euid}) has neither root nor CAP_CHECKPOINT_RESTORE; criu run the same way will fail`, fix: { action: 'run criu as root, or give it CAP_CHECKPOINT_RESTORE + CAP_SYS_PTRACE and pass --unprivileged' } });
  }
  if (!env.checkpointRestore) {
    out.push({ code: 'FDLENS_PF_ENV_NO_CHECKPOINT_RESTORE', severity: 'warning', pid, reason: `kernel ${env.kernel} has no /proc/sys/kernel/ns_last_pid and does not answer prctl(PR_SET_MM_MAP_SIZE) (CONFIG_CHECKPOINT_RESTORE is off): CRIU cannot restore processes with their pids`, fix: { action: 'use a kernel built with CONFIG_CHECKPOINT_RESTORE' } });
  }
  if (env.criuPath === undefined) {
    out.push({ code: 'FDLENS_PF_ENV_NO_CRIU', severity: 'info', pid, reason: 'no criu binary was found on PATH or in /usr/sbin, /usr/local/sbin, /sbin', fix: { action: 'install criu (Debian: apt-get install criu)' } });
  }
  return out;
};
