// kcmp(2): is an object of one process the same kernel object as one of another process?

import { ffiCounters, syscall5Buf, syscall6, type SysResult } from './libc.js';

const SYS_KCMP = 312;

/** kcmp(2) comparison types (include/uapi/linux/kcmp.h). */
export const KCMP = { FILE: 0, VM: 1, FILES: 2, FS: 3, SIGHAND: 4, IO: 5, SYSVSEM: 6, EPOLL_TFD: 7 } as const;

/** One of the KCMP values. */
export type KcmpType = (typeof KCMP)[keyof typeof KCMP];

/**
 * kcmp(pid1, pid2, type, idx1, idx2). 0 equal, 1 first < second, 2 first > second (an order over
 * obfuscated kernel pointers, stable while both objects live); -1 with errno on failure.
 */
export function kcmp(pid1: number, pid2: number, type: KcmpType, idx1 = 0, idx2 = 0): SysResult {
  ffiCounters.kcmp++;
  return syscall6(SYS_KCMP, pid1, pid2, type, idx1, idx2);
}

const slot = Buffer.alloc(12);

/**
 * KCMP_EPOLL_TFD: is fd `fd` of `pid` the file registered in `epollPid`'s epoll `efd` under
 * target number `tfd` (the `toff`-th registration with that number)?
 */
export function kcmpEpollTarget(pid: number, fd: number, epollPid: number, efd: number, tfd: number, toff = 0): SysResult {
  slot.writeUInt32LE(efd, 0);
  slot.writeUInt32LE(tfd, 4);
  slot.writeUInt32LE(toff, 8);
  ffiCounters.kcmp++;
  return syscall5Buf(SYS_KCMP, pid, epollPid, KCMP.EPOLL_TFD, fd, slot);
}
