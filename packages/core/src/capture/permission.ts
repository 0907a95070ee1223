// The one place that explains how to get permission to look at another process.

import { readOptionalText } from '../sys/proc.js';

/** How to get ptrace/kcmp access, tailored to this machine's Yama setting when it has one. */
export function permissionHint(): string {
  const yama = readOptionalText('/proc/sys/kernel/yama/ptrace_scope')?.trim();
  const parts = ['run as root, or give fdlens CAP_SYS_PTRACE (e.g. sudo setcap cap_sys_ptrace+ep "$(command -v node)")'];
  if (yama !== undefined && yama !== '0') {
    parts.push(`Yama ptrace_scope is ${yama}: set it to 0 (sysctl kernel.yama.ptrace_scope=0)${yama === '3' ? ' — 3 forbids ptrace until reboot' : ''}`);
  }
  parts.push('in a container, kcmp and ptrace need --cap-add=SYS_PTRACE or a seccomp profile that allows them');
  return parts.join('; ');
}
