// The one place that explains how to get permission to look at another process.

import { CAP, hasCapability } from '../system/environment.js';
import { readOptionalText } from '../sys/proc.js';

/** True when this process runs in a user namespace (its uid map is not the whole identity). */
function inUserNamespace(): boolean {
  const map = readOptionalText('/proc/self/uid_map')?.trim().split(/\s+/);
  return map !== undefined && !(map.length === 3 && map[0] === '0' && map[1] === '0' && map[2] === '4294967295');
}

/** How to get ptrace/kcmp access, for the situation fdlens is in: a user namespace, root already, or not. */
export function permissionHint(): string {
  const yama = readOptionalText('/proc/sys/kernel/yama/ptrace_scope')?.trim();
  const capEff = /\nCapEff:\s*([0-9a-f]+)/.exec(readOptionalText('/proc/self/status') ?? '')?.[1];
  const parts: string[] = [];
  if (inUserNamespace()) {
    parts.push("fdlens runs in a user namespace (as a container's root, say), which may look only at processes of that namespace: run it on the host, or in the tree's own namespace");
  } else if (process.geteuid?.() === 0 && hasCapability(capEff, CAP.SYS_PTRACE)) {
    parts.push('fdlens already runs as root with CAP_SYS_PTRACE, so the kernel guards this process itself: an LSM (SELinux, AppArmor, a BPF LSM) or Yama refuses, or it is not the process you meant');
  } else {
    parts.push('run as root, or give fdlens CAP_SYS_PTRACE (e.g. sudo setcap cap_sys_ptrace+ep "$(command -v node)")');
  }
  if (yama !== undefined && yama !== '0') {
    parts.push(`Yama ptrace_scope is ${yama}: set it to 0 (sysctl kernel.yama.ptrace_scope=0)${yama === '3' ? ' — 3 forbids ptrace until reboot' : ''}`);
  }
  parts.push('in a container, kcmp and ptrace need --cap-add=SYS_PTRACE or a seccomp profile that allows them');
  return parts.join('; ');
}
