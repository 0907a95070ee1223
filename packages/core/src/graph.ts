// The process/fd graph: the one model shared by live captures, CRIU dumps and restore plans.
// Plain JSON-serialisable data, so `--json` output is the graph itself.

/** Schema tag carried by every graph, so readers can refuse a graph they don't understand. */
export const GRAPH_SCHEMA = 'fdlens.graph/v1';

/**
 * The kind of an open file. Covers every class CRIU's `fd_types` distinguishes, and a few that
 * CRIU can't dump (named anon inodes, block devices) so that preflight can point at them.
 */
export type FileType =
  | 'reg'
  | 'dir'
  | 'symlink'
  | 'pipe'
  | 'fifo'
  | 'unix'
  | 'inet'
  | 'netlink'
  | 'packet'
  | 'socket'
  | 'eventfd'
  | 'eventpoll'
  | 'signalfd'
  | 'timerfd'
  | 'inotify'
  | 'fanotify'
  | 'memfd'
  | 'pidfd'
  | 'tty'
  | 'chr'
  | 'blk'
  | 'ns'
  | 'bpf'
  | 'anon'
  | 'unknown';

/** Every file type, in a stable order (for tables, docs and exhaustive checks). */
export const FILE_TYPES: readonly FileType[] = [
  'reg', 'dir', 'symlink', 'pipe', 'fifo', 'unix', 'inet', 'netlink', 'packet', 'socket', 'eventfd',
  'eventpoll', 'signalfd', 'timerfd', 'inotify', 'fanotify', 'memfd', 'pidfd', 'tty', 'chr',
  'blk', 'ns', 'bpf', 'anon', 'unknown',
];

/** How the sharing of an open file description was established. */
export type IdentitySource = 'kcmp' | 'dupfd-query' | 'criu' | 'unknown';

/** One fd slot in a process's fd table. */
export interface Fd {
  /** The fd number. */
  fd: number;
  /** Id of the open file description (`OpenFile.id`); equal exactly when the same `struct file`. */
  file: number;
  /** FD_CLOEXEC: the only per-slot flag; everything else belongs to the description. */
  cloexec: boolean;
}

/** A process (thread-group leader) and its fd table. */
export interface Task {
  /** Process id (for a dump: the virtual pid recorded in the images). */
  pid: number;
  /**
   * Parent pid as the source has it (live: the real ppid; CRIU: 0 for the dump's root). A task
   * whose ppid is not a task of the graph is a root of the captured forest.
   */
  ppid: number;
  /** Process group id. */
  pgid: number;
  /** Session id. */
  sid: number;
  /** Command name (`/proc/<pid>/comm`, CRIU's `core.tc.comm`). */
  comm: string;
  /** Scheduler state letter as the kernel reports it (R, S, T, Z …), when known. */
  state?: string;
  /** Thread ids, leader first. */
  threads: number[];
  /**
   * Threads with an fd table of their own (the thread called unshare(CLONE_FILES)), by KCMP_FILES
   * against the leader. Their fds are not in `fds`: fdlens reads, as CRIU dumps, the leader's table.
   */
  ownFdTableThreads?: number[];
  /** fd-table id: equal for processes that share one table (CLONE_FILES), like CRIU's files_id. */
  fdTable: number;
  /** Address-space id (KCMP_VM): equal for processes sharing one mm. */
  vm?: number;
  /** fs_struct id (KCMP_FS): equal for processes sharing cwd/root/umask (CLONE_FS). */
  fs?: number;
  /** Signal-handler table id (KCMP_SIGHAND). */
  sighand?: number;
  /** Working directory, where known (live: /proc/<pid>/cwd; a dump: fs-<pid>.img). */
  cwd?: string;
  /** Root directory, where known. */
  root?: string;
  /** The fds, ascending by number. Processes sharing an fd table list the same fds. */
  fds: Fd[];
}

/** One target of an epoll instance, as the kernel lists it in fdinfo. */
export interface EpollTarget {
  /** The fd number the target was registered under, in the epoll owner's table. */
  tfd: number;
  /** Event mask. */
  events: number;
  /** User data word, as a decimal string (it is a full u64). */
  data: string;
  /** Inode of the target file, when the kernel reports it. */
  ino?: number;
  /** The open file the target is, or null when it is not at `tfd` in the owner's table any more. */
  file?: number | null;
}

/** Socket details (unix, inet, netlink, packet). */
export interface SocketInfo {
  /** Address family name: unix, inet, inet6, netlink, packet, or the number. */
  family: string;
  /** Socket type name: stream, dgram, seqpacket, raw … */
  type: string;
  /** Connection state name (listen, established, close, unconnected …), where known. */
  state?: string;
  /** Socket inode. */
  ino: number;
  /** Peer socket inode (unix), 0 or absent when none. */
  peerIno?: number;
  /** Bound name (unix path or `@abstract`), where there is one. */
  name?: string;
  /** Local address (inet) as `addr:port`. */
  local?: string;
  /** Remote address (inet) as `addr:port`. */
  remote?: string;
  /** Netlink / inet protocol number, where relevant. */
  protocol?: number;
}

/** One open file description (the kernel's `struct file`). */
export interface OpenFile {
  /** Id, unique in the graph; fds with equal `file` share this description. */
  id: number;
  /** Kind of file. */
  type: FileType;
  /** Path, for files that have one (regular files, directories, FIFOs, devices, memfd name). */
  path?: string;
  /** Raw link text of `/proc/<pid>/fd/<n>` (e.g. `pipe:[123]`, `anon_inode:[eventfd]`), live only. */
  link?: string;
  /** open(2) status flags (O_ACCMODE, O_APPEND, O_NONBLOCK …), without O_CLOEXEC. */
  flags: number;
  /** File position. */
  pos: number;
  /** Mount id, where known. */
  mntId?: number;
  /** st_dev of the inode, where known. */
  dev?: number;
  /** st_ino of the inode, where known. */
  ino?: number;
  /** st_mode, where known. */
  mode?: number;
  /** st_rdev (devices), where known. */
  rdev?: number;
  /** st_size, where known. */
  size?: number;
  /** The file was unlinked while open (link target ends in " (deleted)" or nlink is 0). */
  deleted?: boolean;
  /** How the sharing of this description was established; `unknown` means no backend could tell. */
  identity: IdentitySource;
  /** Pipe or FIFO inode: both ends and every reopen of one pipe have the same value. */
  pipeIno?: number;
  /** Socket details. */
  socket?: SocketInfo;
  /**
   * Other descriptions joined to this one: the other descriptions of the same pipe/FIFO, and the
   * peer of a connected unix socket, when they are in the graph.
   */
  peers?: number[];
  /** Epoll targets (eventpoll). */
  epoll?: EpollTarget[];
  /** Anon-inode class (`eventfd`, `userfaultfd`, `io_uring`, `[perf_event]` …) for anon files. */
  anon?: string;
  /** Type-specific fdinfo lines kept as text (eventfd count, sigmask, timer, inotify watches …). */
  extra?: Record<string, string>;
}

/** Something that disappeared while it was being read: reported, never fatal. */
export interface Vanished {
  /** The process. */
  pid: number;
  /** The fd, when only an fd vanished. */
  fd?: number;
  /** What was being read when it went. */
  during: string;
  /** errno name or message. */
  reason: string;
}

/** Where a graph came from. */
export type GraphSource =
  | {
      kind: 'live';
      /** ISO time of the capture. */
      capturedAt: string;
      /** `uname -r` of the machine. */
      kernel: string;
      /** The identity backend that decided sharing. */
      backend: IdentitySource;
      /** How the tree was held still, or `none`. */
      freeze: 'ptrace' | 'sigstop' | 'none';
      /** Whether fd-table / VM / FS / SIGHAND sharing was decided by kcmp, or is unknown. */
      taskIdentity: 'kcmp' | 'unknown';
    }
  | {
      kind: 'dump';
      /** The dump directory or archive. */
      path: string;
    }
  | {
      kind: 'replay' | 'synthetic';
      /** Free text. */
      note?: string;
    };

/** Counters from a capture, for the summary line and the benchmark. */
export interface ScanStats {
  /** Processes captured. */
  processes: number;
  /** Threads, leaders included. */
  threads: number;
  /** fds captured. */
  fds: number;
  /** Distinct open file descriptions. */
  files: number;
  /** Descriptions held by more than one fd. */
  sharedFiles: number;
  /** kcmp(2) calls made. */
  kcmpCalls: number;
  /** Foreign-function calls made (kcmp, pidfd, fcntl, sock_diag …). */
  ffiCalls: number;
  /** Wall time of the capture in milliseconds. */
  elapsedMs: number;
}

/** The process/fd graph. */
export interface Graph {
  /** Always GRAPH_SCHEMA. */
  schema: typeof GRAPH_SCHEMA;
  /** Where it came from. */
  source: GraphSource;
  /** Processes in pre-order (a parent before its children). */
  tasks: Task[];
  /** Open file descriptions held by at least one fd, ascending by id. */
  files: OpenFile[];
  /**
   * Files that no fd holds but the source names (a dump's exe, cwd, root, mapped files, files
   * queued in SCM_RIGHTS messages): kept apart so they are never mistaken for fds.
   */
  unheld?: OpenFile[];
  /** What vanished during a live capture. */
  vanished: Vanished[];
  /** Processes or fds skipped for lack of permission (only with `--all`; trees fail instead). */
  unreadable?: Vanished[];
  /** Capture counters (live only). */
  stats?: ScanStats;
  /** Set when the graph shows part of what was read (`filterGraph`): every task, only the fds and files that pass. */
  filter?: GraphFilter;
}

/** Which descriptions a partial view of a graph keeps. Both tests are of the description, so every holder of a kept one stays. */
export interface GraphFilter {
  /** Only descriptions of these types. */
  types?: FileType[];
  /** Only descriptions held by more than one fd (in one process or several). */
  shared?: boolean;
}
