// Freezing through ptrace, as CRIU does: PTRACE_SEIZE + PTRACE_INTERRUPT stops a thread without
// the group-stop a parent or shell would notice, and the kernel detaches (so resumes) every
// tracee when the tracer dies, even by SIGKILL: a frozen tree can never be left behind.

import { syscall6, type SysResult } from './libc.js';

const SYS_PTRACE = 101;
const SYS_WAIT4 = 61;
const PTRACE_DETACH = 17;
const PTRACE_SEIZE = 0x4206;
const PTRACE_INTERRUPT = 0x4207;
const WNOHANG = 1;
const WALL = 0x40000000;

/** PTRACE_SEIZE a thread (no stop yet). */
export function ptraceSeize(tid: number): SysResult {
  return syscall6(SYS_PTRACE, PTRACE_SEIZE, tid, 0, 0);
}

/** PTRACE_INTERRUPT a seized thread: it stops at the next chance. */
export function ptraceInterrupt(tid: number): SysResult {
  return syscall6(SYS_PTRACE, PTRACE_INTERRUPT, tid, 0, 0);
}

/** PTRACE_DETACH a stopped tracee: it runs on (or stays group-stopped if it was). */
export function ptraceDetach(tid: number): SysResult {
  return syscall6(SYS_PTRACE, PTRACE_DETACH, tid, 0, 0);
}

/** wait4(tid, NULL, __WALL|WNOHANG): tid when it reported a stop or exit, 0 when nothing yet. */
export function waitTraceeNoHang(tid: number): SysResult {
  return syscall6(SYS_WAIT4, tid, 0, WALL | WNOHANG, 0);
}
