// Every finding code, with its severity, what it means and what resolves it. The one table the
// checks, the README and `--json` consumers agree on; codes are stable once published.

/** How bad a finding is: a blocker makes `criu dump` (or the restore) fail. */
export type Severity = 'blocker' | 'warning' | 'info';

/** Severities, worst first (the order of human output). */
export const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'info'];

/** What the catalogue says about one code. */
export interface CodeInfo {
  /** Severity when nothing resolves it. */
  severity: Severity;
  /** What the condition is, in a few words. */
  meaning: string;
  /** The CRIU option that resolves it, when there is one (`<…>` parts are filled per finding). */
  criuOption?: string;
  /** What to do, in a few words. */
  fix: string;
}

/** The catalogue of finding codes. */
export const CODES = {
  FDLENS_PF_USERFAULTFD: { severity: 'blocker', meaning: 'an open userfaultfd: CRIU cannot dump that anon inode', fix: 'close the userfaultfd before the checkpoint' },
  FDLENS_PF_IO_URING: { severity: 'blocker', meaning: 'an open io_uring instance: CRIU cannot dump it', fix: 'tear the ring down before the checkpoint' },
  FDLENS_PF_PERF_EVENT: { severity: 'blocker', meaning: 'an open perf_event_open fd: CRIU cannot dump it', fix: 'close the perf event before the checkpoint' },
  FDLENS_PF_UNSUPPORTED_ANON: { severity: 'blocker', meaning: 'an anon-inode file of a class CRIU cannot dump', fix: 'close it before the checkpoint, or dump it with a CRIU plugin' },
  FDLENS_PF_UNSUPPORTED_DEVICE: { severity: 'blocker', meaning: 'a character or block device CRIU cannot dump (only mem devices, ttys, tun and autofs are)', criuOption: '--external dev[<maj>/<min>]:<name>', fix: 'close the device fd, or describe it as external where CRIU supports that' },
  FDLENS_PF_UNSUPPORTED_FILE: { severity: 'blocker', meaning: 'a file CRIU cannot dump: no absolute path, an unknown kind, or a mount the process\'s mountinfo does not list (memfd_secret)', fix: 'close it before the checkpoint' },
  FDLENS_PF_PACKET_PIPE: { severity: 'blocker', meaning: 'a pipe in packet mode (O_DIRECT): CRIU refuses it', fix: 'clear O_DIRECT on the pipe (fcntl F_SETFL) or use a plain pipe' },
  FDLENS_PF_FD_ABOVE_NR_OPEN: { severity: 'blocker', meaning: 'an fd number at or above fs.nr_open of the restoring machine: the dump succeeds, the restore refuses it', fix: 'raise fs.nr_open on the restoring machine above the fd number, or move the fd lower' },
  FDLENS_PF_UNIX_EXTERNAL_PEER: { severity: 'blocker', meaning: 'a unix socket whose peer is held outside the tree', criuOption: '--external unix[<ino>]', fix: 'dump the peer with the tree, or declare the socket external (--ext-unix-sk only works for named dgram peers)' },
  FDLENS_PF_UNIX_UNSUPPORTED: { severity: 'blocker', meaning: 'a unix socket of a type or state CRIU refuses (only stream/dgram/seqpacket in listen/established/close)', fix: 'close or finish the socket before the checkpoint' },
  FDLENS_PF_UNIX_UNREACHABLE_PEER: { severity: 'blocker', meaning: 'a unix socket connected to a nameless peer that is connected elsewhere: CRIU cannot reconnect it', fix: 'close the socket before the checkpoint' },
  FDLENS_PF_UNIX_DANGLING: { severity: 'blocker', meaning: 'a connected unix stream socket without a peer and not shut down ("Dangling connection")', fix: 'shut the socket down or close it before the checkpoint' },
  FDLENS_PF_UNIX_CLOSED_INFLIGHT: { severity: 'blocker', meaning: 'a listener holds an in-flight connection whose client already closed', fix: 'accept (and close) pending connections before the checkpoint' },
  FDLENS_PF_UNIX_INFLIGHT_WQUEUE: { severity: 'blocker', meaning: 'an in-flight (not yet accepted) unix connection with unsent data in its write queue', fix: 'let the server accept the connection before the checkpoint' },
  FDLENS_PF_UNIX_INFLIGHT: { severity: 'info', meaning: 'a unix listener with connections not yet accepted: CRIU re-creates them (lost if the client is outside the tree)', fix: 'nothing, or accept pending connections first' },
  FDLENS_PF_TCP_ESTABLISHED: { severity: 'blocker', meaning: 'a connected TCP socket', criuOption: '--tcp-established', fix: 'dump with --tcp-established (restore with it too; the peer must wait), or --tcp-close' },
  FDLENS_PF_TCP_INFLIGHT: { severity: 'blocker', meaning: 'a TCP listener with connections waiting in its accept queue', criuOption: '--skip-in-flight', fix: 'dump with --skip-in-flight (those connections are reset), or accept them first' },
  FDLENS_PF_UNSUPPORTED_SOCKET: { severity: 'blocker', meaning: 'a socket of a family or type CRIU cannot dump', fix: 'close it before the checkpoint' },
  FDLENS_PF_SHARED_OUTSIDE: { severity: 'warning', meaning: 'an open file description the tree shares with a process outside it: restored as the tree\'s own copy, the sharing is lost', fix: 'dump a common ancestor so both holders are in the tree, or accept the split' },
  FDLENS_PF_PIPE_PEER_OUTSIDE: { severity: 'warning', meaning: 'a pipe or FIFO whose other end is held only outside the tree: restored as a new pipe with no one at the other end', criuOption: '--inherit-fd fd[<n>]:pipe:[<ino>]', fix: 'on restore, pass the outside end in with --inherit-fd' },
  FDLENS_PF_GHOST_TOO_BIG: { severity: 'blocker', meaning: 'a deleted, still open file larger than the ghost limit (default 1 MiB)', criuOption: '--ghost-limit <size>', fix: 'dump with --ghost-limit at least the allocated size' },
  FDLENS_PF_GHOST_FILE: { severity: 'info', meaning: 'a deleted, still open file within the ghost limit: its contents go into the image', fix: 'nothing' },
  FDLENS_PF_LINK_REMAP: { severity: 'blocker', meaning: 'an open file whose name was unlinked while another hard link keeps it', criuOption: '--link-remap', fix: 'dump with --link-remap (CRIU links it back temporarily)' },
  FDLENS_PF_PATH_REPLACED: { severity: 'blocker', meaning: 'an open file whose path now names another inode ("Unaccessible path opened")', fix: 'move the new file away, or close the old fd, before the checkpoint' },
  FDLENS_PF_FILE_LOCK: { severity: 'blocker', meaning: 'a file lock (flock, POSIX or OFD) held through a tree fd', criuOption: '--file-locks', fix: 'dump with --file-locks (restore with it too)' },
  FDLENS_PF_FILE_LOCK_SHARED: { severity: 'warning', meaning: 'a locked description is also held outside the tree: --file-locks is only safe when no outside process holds the lock', fix: 'dump the other holder with the tree, or release the lock' },
  FDLENS_PF_SHARED_VM: { severity: 'blocker', meaning: 'two processes (not threads) share one address space (clone CLONE_VM, vfork)', fix: 'wait until the vfork child has exec\'d or exited; CRIU cannot dump a shared mm' },
  FDLENS_PF_SHARED_FS: { severity: 'blocker', meaning: 'two processes share cwd/root/umask (clone CLONE_FS)', fix: 'no CRIU option: restructure the program, or dump only one of them' },
  FDLENS_PF_SHARED_FDTABLE: { severity: 'blocker', meaning: 'an fd table shared other than between a parent and its child (CLONE_FILES)', fix: 'no CRIU option: only parent-child fd-table sharing can be dumped' },
  FDLENS_PF_SHARED_SIGHAND: { severity: 'blocker', meaning: 'two processes share one signal-handler table (clone CLONE_SIGHAND)', fix: 'no CRIU option' },
  FDLENS_PF_THREAD_OWN_FDTABLE: { severity: 'warning', meaning: 'a thread with an fd table of its own (unshare(CLONE_FILES)): CRIU dumps only the process\'s table and restores every thread sharing it, without a word', fix: 'no CRIU option: checkpoint when the thread has exited, or keep its fds in the shared table' },
  FDLENS_PF_NOT_SESSION_LEADER: { severity: 'blocker', meaning: 'the root is not a session leader (started from a shell or a service manager)', criuOption: '--shell-job', fix: 'dump with --shell-job (and restore with it), or start the tree with setsid' },
  FDLENS_PF_EPOLL_TARGET_CLOSED: { severity: 'blocker', meaning: 'an epoll watches a file no process of the tree holds any more (closed here, alive elsewhere)', fix: 'EPOLL_CTL_DEL the target before closing it' },
  FDLENS_PF_EPOLL_TARGET_ESCAPED: { severity: 'blocker', meaning: 'an epoll watches a file that only processes dumped after the epoll\'s owner hold (passed away and closed)', fix: 'EPOLL_CTL_DEL the target before passing it away, or keep a copy in the epoll owner' },
  FDLENS_PF_EPOLL_TARGET_MOVED: { severity: 'info', meaning: 'an epoll target was dup\'ed or moved to another fd number: CRIU finds it with KCMP_EPOLL_TFD', fix: 'nothing' },
  FDLENS_PF_ENV_NO_KCMP: { severity: 'blocker', meaning: 'kcmp(2) is unavailable (no CONFIG_KCMP, or seccomp): CRIU cannot dump anything', fix: 'run on a kernel with CONFIG_KCMP, outside a seccomp profile that refuses kcmp' },
  FDLENS_PF_ENV_PTRACE: { severity: 'blocker', meaning: 'a process of the tree cannot be seized with ptrace (permission, or another tracer)', fix: 'run as root or with CAP_SYS_PTRACE, detach the other tracer' },
  FDLENS_PF_ENV_PRIVILEGES: { severity: 'warning', meaning: 'neither root nor CAP_CHECKPOINT_RESTORE: CRIU needs one of them', fix: 'run criu as root, or with CAP_CHECKPOINT_RESTORE and --unprivileged' },
  FDLENS_PF_ENV_NO_CHECKPOINT_RESTORE: { severity: 'warning', meaning: 'the kernel lacks CONFIG_CHECKPOINT_RESTORE (no /proc/sys/kernel/ns_last_pid, and prctl PR_SET_MM_MAP_SIZE unanswered)', fix: 'use a kernel built with CONFIG_CHECKPOINT_RESTORE' },
  FDLENS_PF_ENV_NO_CRIU: { severity: 'info', meaning: 'no criu binary on PATH', fix: 'install criu' },
  FDLENS_PF_ENV_IDENTITY_UNKNOWN: { severity: 'warning', meaning: 'fdlens could not decide which fds share a description: sharing-based checks are incomplete', fix: 'run as root, or allow kcmp / pidfd_getfd' },
} as const satisfies Record<string, CodeInfo>;

/** A finding code. */
export type FindingCode = keyof typeof CODES;

/** Every code, in catalogue order. */
export const FINDING_CODES: readonly FindingCode[] = Object.keys(CODES) as FindingCode[];
