// The machine as CRIU will meet it: kcmp, ptrace policy, privileges, the kernel settings CRIU
// reads at dump and restore, and whether a criu binary is installed.

import { release } from 'node:os';
import { probeBackends } from '../capture/backends.js';
import { findExecutable } from '../sys/path-stat.js';
import { kernelHasCheckpointRestore } from '../sys/prctl.js';
import { readOptionalText } from '../sys/proc.js';

/** Capability bits CRIU cares about (linux/capability.h). */
export const CAP = { SYS_PTRACE: 19, SYS_ADMIN: 21, NET_ADMIN: 12, CHECKPOINT_RESTORE: 40 } as const;

/** What this machine offers a checkpoint. */
export interface EnvironmentFacts {
  /** `uname -r`. */
  kernel: string;
  /** kcmp(2) works for us (CRIU cannot dump without it). */
  kcmp: boolean;
  /** Why it does not. */
  kcmpReason?: string;
  /** The kernel has KCMP_EPOLL_TFD (Linux 4.13): dup'ed or moved epoll targets can be resolved. */
  kcmpEpollTfd: boolean;
  /** fs.nr_open: the largest fd number + 1 a process may have (CRIU restores no fd at or above it). */
  nrOpen?: number;
  /** kernel.yama.ptrace_scope, when Yama is built in. */
  ptraceScope?: number;
  /** CONFIG_CHECKPOINT_RESTORE (ns_last_pid exists, or prctl answers PR_SET_MM_MAP_SIZE): CRIU can restore pids. */
  checkpointRestore: boolean;
  /** Our effective uid. */
  euid: number;
  /** Our effective capabilities, as the hex mask /proc/self/status shows. */
  capEff?: string;
  /** Our seccomp mode (0 none, 1 strict, 2 filter). */
  seccomp?: number;
  /** Path of the criu binary found on PATH. */
  criuPath?: string;
}

/** Kernel version numbers from a release string like `6.18.44-fc`. */
export function kernelVersion(rel: string): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(rel);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Whether capability `bit` is set in a hex mask from /proc/<pid>/status. */
export function hasCapability(capEffHex: string | undefined, bit: number): boolean {
  if (capEffHex === undefined) return false;
  return ((BigInt(`0x${capEffHex}`) >> BigInt(bit)) & 1n) === 1n;
}

function statusField(text: string | undefined, name: string): string | undefined {
  const m = text === undefined ? null : new RegExp(`\\n${name}:\\s*(\\S+)`).exec(`\n${text}`);
  return m ? m[1] : undefined;
}

/** Read the environment facts for this machine and this process. */
export function readEnvironment(pathList: string = process.env.PATH ?? ''): EnvironmentFacts {
  const kernel = release();
  const [major, minor] = kernelVersion(kernel);
  const probe = probeBackends();
  const status = readOptionalText('/proc/self/status');
  const nrOpen = readOptionalText('/proc/sys/fs/nr_open');
  const yama = readOptionalText('/proc/sys/kernel/yama/ptrace_scope');
  const facts: EnvironmentFacts = {
    kernel,
    kcmp: probe.kcmp,
    kcmpEpollTfd: probe.kcmp && (major > 4 || (major === 4 && minor >= 13)),
    // ns_last_pid exists only with CONFIG_CHECKPOINT_RESTORE, but /proc/sys is hidden from a
    // container whose procfs is mounted with subset=pid: then ask the kernel itself.
    checkpointRestore: readOptionalText('/proc/sys/kernel/ns_last_pid') !== undefined || kernelHasCheckpointRestore(),
    euid: process.geteuid?.() ?? -1,
  };
  if (probe.kcmpReason !== undefined) facts.kcmpReason = probe.kcmpReason;
  if (nrOpen !== undefined) facts.nrOpen = Number(nrOpen.trim());
  if (yama !== undefined) facts.ptraceScope = Number(yama.trim());
  const capEff = statusField(status, 'CapEff');
  if (capEff !== undefined) facts.capEff = capEff;
  const seccomp = statusField(status, 'Seccomp');
  if (seccomp !== undefined) facts.seccomp = Number(seccomp);
  const criu = findExecutable('criu', [pathList, '/usr/sbin', '/usr/local/sbin', '/sbin'].join(':'));
  if (criu !== undefined) facts.criuPath = criu;
  return facts;
}
