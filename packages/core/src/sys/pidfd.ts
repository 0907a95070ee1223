// pidfd_open + pidfd_getfd + fcntl(F_DUPFD_QUERY): the identity backend for machines where kcmp is
// missing (no CONFIG_KCMP) or filtered by seccomp (Docker's default profile).

import { callInt3, syscall6, type SysResult } from './libc.js';

const SYS_CLOSE = 3;
const SYS_PIDFD_OPEN = 434;
const SYS_PIDFD_GETFD = 438;
const F_DUPFD_QUERY = 1027;

/** pidfd_open(pid, 0). */
export function pidfdOpen(pid: number): SysResult {
  return syscall6(SYS_PIDFD_OPEN, pid, 0);
}

/** pidfd_getfd(pidfd, fd, 0): a copy of another process's fd in ours (same description). */
export function pidfdGetfd(pidfd: number, fd: number): SysResult {
  return syscall6(SYS_PIDFD_GETFD, pidfd, fd, 0);
}

/** fcntl(a, F_DUPFD_QUERY, b): 1 when both of our fds are one description, 0 when not (Linux ≥ 6.10). */
export function dupfdQuery(a: number, b: number): SysResult {
  return callInt3('fcntl', a, F_DUPFD_QUERY, b);
}

/** close(2) on one of our own fds obtained through this module. */
export function closeFd(fd: number): SysResult {
  return syscall6(SYS_CLOSE, fd);
}
