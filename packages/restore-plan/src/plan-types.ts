// The restore plan: plain JSON data, so `fdlens plan --json` output is what `fdlens replay` reads.
// Every op names the description it expects to act on (`file`), so the checker can say which
// step went wrong instead of only "the end state differs".

import type { FileType, GraphSource } from '@fdlens/core';

/** Schema tag carried by every plan, so `replay` can refuse a plan it doesn't understand. */
export const PLAN_SCHEMA = 'fdlens.plan/v1';

/** How shared descriptions reach their holders: by fork inheritance where cheaper, or as CRIU does. */
export type Strategy = 'inherit' | 'criu';

/** Every strategy, in a stable order. */
export const STRATEGIES: readonly Strategy[] = ['inherit', 'criu'];

/** One slot a creating op installs: the fd, the graph description it becomes (null: a helper end closed later), FD_CLOEXEC. */
export interface PlanEnd {
  /** fd number the new description is installed at. */
  fd: number;
  /** Graph description id it recreates, or null for a helper (an unused pipe or socketpair end). */
  file: number | null;
  /** FD_CLOEXEC of the slot. */
  cloexec: boolean;
  /** Status flags to set with F_SETFL (O_NONBLOCK …), 0 for none. */
  flags: number;
}

/** Kinds of description made by the generic `create` op, in the order the executor numbers them. */
export const CREATE_KINDS = ['eventfd', 'epoll', 'signalfd', 'timerfd', 'inotify', 'memfd', 'socket', 'standin'] as const;

/** One of CREATE_KINDS. */
export type CreateKind = (typeof CREATE_KINDS)[number];

/** open(2) a path: regular files, directories, FIFOs and memory devices. */
export interface OpenOp {
  op: 'open';
  /** fd number the description is installed at. */
  fd: number;
  /** Graph description id. */
  file: number;
  /** FD_CLOEXEC of the slot. */
  cloexec: boolean;
  /** Path as the graph names it (replay may move it under `--root`). */
  path: string;
  /** open(2) flags without O_CLOEXEC (O_CREAT/O_TRUNC never included). */
  flags: number;
  /** File position to seek to after the open (0: no seek). */
  pos: number;
  /** Graph file type (reg, dir, fifo, chr). */
  type: FileType;
}

/** pipe(2): ends[0] is the read end, ends[1] the write end; both come from one call. */
export interface PipeOp {
  op: 'pipe';
  /** Pipe inode in the graph (groups the descriptions of one pipe). */
  pipeIno: number;
  /** [read end, write end]. */
  ends: [PlanEnd, PlanEnd];
}

/** socketpair(AF_UNIX): both ends from one call. */
export interface SocketpairOp {
  op: 'socketpair';
  /** Socket type: stream, dgram or seqpacket. */
  type: string;
  /** The two ends. */
  ends: [PlanEnd, PlanEnd];
}

/** A new description of the same pipe as the one at `from` (open of /proc/self/fd/<from>). */
export interface ReopenOp {
  op: 'reopen';
  /** fd number of an existing description of the pipe. */
  from: number;
  /** Description id the fd at `from` is expected to hold. */
  fromFile: number | null;
  /** fd number the new description is installed at. */
  fd: number;
  /** Graph description id. */
  file: number;
  /** FD_CLOEXEC of the slot. */
  cloexec: boolean;
  /** open(2) flags (O_RDONLY / O_WRONLY …). */
  flags: number;
}

/** Any other creator: eventfd, epoll_create1, signalfd, timerfd_create, inotify_init1, memfd_create, socket, or a stand-in. */
export interface CreateOp {
  op: 'create';
  /** What to create. */
  kind: CreateKind;
  /** fd number the description is installed at. */
  fd: number;
  /** Graph description id. */
  file: number;
  /** FD_CLOEXEC of the slot. */
  cloexec: boolean;
  /** Status flags to set with F_SETFL. */
  flags: number;
  /** File position (memfd). */
  pos: number;
  /** The graph's type of the description this recreates (for stand-ins: what it stands in for). */
  type: FileType;
  /** Socket family/type for `socket` (e.g. `unix`, `stream`). */
  socket?: { family: string; type: string };
  /** memfd name / stand-in label. */
  name?: string;
}

/** dup3(from, to, cloexec ? O_CLOEXEC : 0): `to` then holds the description at `from`. */
export interface Dup2Op {
  op: 'dup2';
  /** Source fd. */
  from: number;
  /** Target fd (replaced atomically if open). */
  to: number;
  /** Description the source holds. */
  file: number | null;
  /** FD_CLOEXEC of the new slot. */
  cloexec: boolean;
}

/** fcntl(F_SETFD): fix FD_CLOEXEC of an inherited slot. */
export interface SetfdOp {
  op: 'setfd';
  /** The fd. */
  fd: number;
  /** Description it holds. */
  file: number | null;
  /** New FD_CLOEXEC. */
  cloexec: boolean;
}

/** close(2). */
export interface CloseOp {
  op: 'close';
  /** The fd. */
  fd: number;
  /** Description it is expected to hold. */
  file: number | null;
}

/** close_range(2): every open fd in [from, to] (one syscall). */
export interface CloseRangeOp {
  op: 'closeRange';
  /** First fd. */
  from: number;
  /** Last fd (inclusive). */
  to: number;
}

/** Send the description at `fd` to process `to` over SCM_RIGHTS, tagged with message id `msg`. */
export interface SendOp {
  op: 'send';
  /** fd holding the description. */
  fd: number;
  /** Description sent. */
  file: number | null;
  /** Receiving process (graph pid). */
  to: number;
  /** Message id, unique in the plan. */
  msg: number;
}

/** Receive message `msg` (blocking) and install its description at `fd`. */
export interface RecvOp {
  op: 'recv';
  /** Message id. */
  msg: number;
  /** Sending process (graph pid). */
  from: number;
  /** fd number to install at. */
  fd: number;
  /** Description expected. */
  file: number | null;
  /** FD_CLOEXEC of the slot. */
  cloexec: boolean;
}

/** Create a child: fork(2), or clone(CLONE_FILES) when it shares this process's fd table. */
export interface ForkOp {
  op: 'fork';
  /** The child (graph pid). */
  child: number;
  /** clone(CLONE_FILES): the child shares the fd table instead of copying it. */
  shareTable: boolean;
}

/** Block until a CLONE_FILES child has finished its own ops (only one sharer works on a table at a time). */
export interface WaitOp {
  op: 'wait';
  /** The child (graph pid). */
  child: number;
}

/** One step of a process. */
export type PlanOp =
  | OpenOp
  | PipeOp
  | SocketpairOp
  | ReopenOp
  | CreateOp
  | Dup2Op
  | SetfdOp
  | CloseOp
  | CloseRangeOp
  | SendOp
  | RecvOp
  | ForkOp
  | WaitOp;

/** Name of an op kind. */
export type PlanOpName = PlanOp['op'];

/** How a process comes to exist. */
export type ProcessOrigin = 'root' | 'fork' | 'clone-files';

/** One process of the plan, with its ops in order. */
export interface PlanProcess {
  /** Graph pid. */
  pid: number;
  /** Graph pid of the process that creates it (its parent), or 0 for a root. */
  parent: number;
  /** How it is created. */
  origin: ProcessOrigin;
  /** Graph fd-table id (processes with equal ids share one table). */
  fdTable: number;
  /** Command name to set (prctl PR_SET_NAME). */
  comm: string;
  /** Threads in the graph, leader included; replay starts threads - 1 idle threads. */
  threads: number;
  /** The ops, in order. */
  ops: PlanOp[];
}

/** Why a description (or a sharing) cannot be recreated exactly. Stable codes. */
export const UNRECREATABLE_REASONS = [
  'INET_SOCKET',
  'PEER_OUTSIDE_TREE',
  'UNIX_BOUND_NAME',
  'OTHER_SOCKET',
  'DEVICE',
  'TTY',
  'DELETED_FILE',
  'NAMESPACE',
  'PIDFD',
  'BPF',
  'FANOTIFY',
  'ANON_INODE',
  'UNKNOWN_TYPE',
  'NO_PATH',
  'EPOLL_TARGETS',
  'INOTIFY_WATCHES',
  'TIMER_STATE',
  'FDTABLE_SHARED_NON_PARENT',
] as const;

/** One of UNRECREATABLE_REASONS. */
export type UnrecreatableReason = (typeof UNRECREATABLE_REASONS)[number];

/** One thing the plan cannot recreate exactly, and what it does instead. */
export interface Unrecreatable {
  /** Stable reason code. */
  reason: UnrecreatableReason;
  /** The graph description, when the finding is about one. */
  file?: number;
  /** The graph type of that description. */
  type?: FileType;
  /** The process, when the finding is about a process (fd-table sharing). */
  pid?: number;
  /** `standin`: replaced by a placeholder with the same sharing; `partial`: recreated, some state lost; `split`: fd table copied, not shared. */
  handling: 'standin' | 'partial' | 'split';
  /** What it is, in words. */
  detail: string;
  /** What would resolve it. */
  resolve: string;
}

/** Operation counts of a plan. */
export interface PlanTotals {
  /** Descriptions created (open, pipe, socketpair, reopen, create; a pipe or socketpair counts once). */
  creates: number;
  /** dup2 ops. */
  dup2s: number;
  /** Processes created (fork and clone). */
  forks: number;
  /** SCM_RIGHTS messages (each carries one fd). */
  scmRightsMessages: number;
  /** close and close_range ops. */
  closes: number;
  /** FD_CLOEXEC fixes (F_SETFD). */
  setfds: number;
  /** Waits for CLONE_FILES children. */
  waits: number;
  /** Every op, forks included. */
  ops: number;
  /** Weighted cost under the stated cost model (see cost.ts). */
  cost: number;
}

/** The plan that recreates a graph. */
export interface Plan {
  /** Always PLAN_SCHEMA. */
  schema: typeof PLAN_SCHEMA;
  /** The strategy that made it. */
  strategy: Strategy;
  /** Where the graph came from. */
  source: GraphSource;
  /** Every fd a process holds only temporarily is >= tempBase, and tempBase > every fd the image uses. */
  tempBase: number;
  /** Highest fd number any op uses. */
  maxFd: number;
  /** Root pids (created by the executor), in order. */
  roots: number[];
  /** Processes in creation order (a parent before its children). */
  processes: PlanProcess[];
  /** What cannot be recreated exactly. */
  unrecreatable: Unrecreatable[];
  /** Operation counts. */
  totals: PlanTotals;
}
