// prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE) as a probe for CONFIG_CHECKPOINT_RESTORE: the kernel
// answers it (the size of struct prctl_mm_map, no privilege needed) only when built with
// checkpoint/restore, the same probe CRIU's `criu check` makes. x86_64 syscall number.

import { syscall3Buf } from './libc.js';

const SYS_PRCTL = 157;
const PR_SET_MM = 35;
const PR_SET_MM_MAP_SIZE = 15;

/** True when the kernel answers PR_SET_MM_MAP_SIZE, i.e. has CONFIG_CHECKPOINT_RESTORE. */
export function kernelHasCheckpointRestore(): boolean {
  const size = Buffer.alloc(4);
  const r = syscall3Buf(SYS_PRCTL, PR_SET_MM, PR_SET_MM_MAP_SIZE, size);
  return r.value === 0 && size.readUInt32LE(0) > 0;
}
