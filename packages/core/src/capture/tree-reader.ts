// Reads processes and fds of a (frozen) tree into the graph, deciding identities as it goes:
// open file descriptions through the file backend, fd tables / mm / fs / signal handlers through
// kcmp, each with CRIU's bucket-then-order scheme and a cheap key that is exact when frozen.

import { OperationError, errnoCode, isVanishedErrno } from '../errors.js';
import type { OpenFile, Task, Vanished } from '../graph.js';
import { holdersByFile, linkPeers } from '../graph-query.js';
import type { Logger } from '../log.js';
import { KCMP, kcmp, kcmpEpollTarget } from '../sys/kcmp.js';
import { listFds, listThreads, readFdLink, readFdinfo, readProcLink, readStat, readStatusKeys, statFd, type ProcStat } from '../sys/proc.js';
import { kcmpTaskComparator, type FdHandle, type FileBackend } from './backends.js';
import { classify } from './classify.js';
import { parseFdinfo } from './fdinfo.js';
import { IdentityIndex } from './identity-index.js';
import { permissionHint } from './permission.js';
import type { SocketDirectory } from './sockets.js';

/** Status flags F_SETFL can change (O_APPEND, O_ASYNC, O_DIRECT, O_NOATIME, O_NONBLOCK). */
const SETFL_MUTABLE = 0o2000 | 0o20000 | 0o40000 | 0o1000000 | 0o4000;

/**
 * The cheap key for a running tree: only what cannot change under a live description — the
 * inode, the mount, the flags F_SETFL cannot touch, and ids the kernel gives once (eventfd-id,
 * a pidfd's Pid, a timer's clock).
 */
function runningKey(info: ReturnType<typeof parseFdinfo>): string {
  const stable = [info.extra['eventfd-id'], info.extra['Pid'], info.extra['clockid']].map((v) => v ?? '').join('/');
  return `${info.ino}|${info.mntId}|${info.flags & ~SETFL_MUTABLE}|${stable}`;
}

/** An fd handle that knows the description id it was given. */
interface FileHandle extends FdHandle {
  file: number;
}

/** One per-task kernel object kind (fd table, mm, fs, sighand): an index and an id counter. */
class TaskObjectIds {
  private readonly index: IdentityIndex<number>;
  private readonly ids = new Map<number, number>();
  private next = 1;
  comparisons = 0;

  constructor(type: (typeof KCMP)[keyof typeof KCMP]) {
    this.index = new IdentityIndex('ordered', kcmpTaskComparator(type));
  }

  /** The id of pid's object, and the earlier pid it is shared with (if any). */
  place(key: string, pid: number): { id: number; sharedWith?: number } {
    const placed = this.index.place(key, pid);
    this.comparisons += placed.comparisons;
    if (placed.kind === 'same') return { id: this.ids.get(placed.as)!, sharedWith: placed.as };
    if (placed.kind === 'failed') throw new OperationError('FDLENS_KCMP_FAILED', `pid ${pid}: ${placed.reason}`, { hint: permissionHint() });
    const id = this.next++;
    this.ids.set(pid, id);
    return { id };
  }

  /** A fresh id for a task whose object cannot be compared (zombie, or no kcmp). */
  fresh(): number {
    return this.next++;
  }
}

/** Settings of one reading pass. */
export interface ReaderSettings {
  /** The tree is frozen, so positions and flags can be part of the cheap key. */
  frozen: boolean;
  /** The file-identity backend, or undefined when none works (identities unknown). */
  backend: FileBackend | undefined;
  /** kcmp works for per-task objects. */
  taskKcmp: boolean;
  /** Socket tables. */
  sockets: SocketDirectory;
  /** Logger. */
  logger: Logger;
  /** Skip (and list) processes we may not read instead of failing: for whole-system scans. */
  skipUnreadable: boolean;
  /** The thread list of a process when the freezer already has it (final while frozen). */
  knownThreads?: (pid: number) => number[] | undefined;
}

/** Accumulates tasks and files; call readTask per pid in pre-order, then finish(). */
export class TreeReader {
  readonly tasks: Task[] = [];
  readonly files: OpenFile[] = [];
  readonly vanished: Vanished[] = [];
  readonly unreadable: Vanished[] = [];
  private readonly fileIndex: IdentityIndex<FileHandle> | undefined;
  private readonly fdTables = new TaskObjectIds(KCMP.FILES);
  private readonly vms = new TaskObjectIds(KCMP.VM);
  private readonly fss = new TaskObjectIds(KCMP.FS);
  private readonly sighands = new TaskObjectIds(KCMP.SIGHAND);
  private readonly taskByPid = new Map<number, Task>();
  private readonly epollOwners = new Map<number, { pid: number; fd: number }>();
  private fileComparisons = 0;
  /** The bucket member standing for each description (what later holders are compared with). */
  private readonly memberOfFile = new Map<number, FileHandle>();
  /** fd number → description, per task, built when a child asks for a hint. */
  private readonly fdIndex = new Map<Task, Map<number, number>>();
  private readonly settings: ReaderSettings;

  constructor(settings: ReaderSettings) {
    this.settings = settings;
    const backend = settings.backend;
    this.fileIndex = backend === undefined ? undefined : new IdentityIndex<FileHandle>(backend.mode, backend.compare);
  }

  /** kcmp / F_DUPFD_QUERY comparisons made so far, files and tasks together. */
  get comparisons(): number {
    return this.fileComparisons + this.fdTables.comparisons + this.vms.comparisons + this.fss.comparisons + this.sighands.comparisons;
  }

  /** Read one process and its fds. */
  readTask(pid: number): void {
    let stat: ProcStat;
    let threads: number[];
    try {
      stat = readStat(pid);
      threads = this.settings.knownThreads?.(pid) ?? listThreads(pid);
    } catch (err) {
      this.noteGone(err, { pid, during: 'reading the process' });
      return;
    }
    const task: Task = { pid, ppid: stat.ppid, pgid: stat.pgrp, sid: stat.session, comm: stat.comm, state: stat.state, threads, fdTable: 0, fds: [] };
    if (stat.state === 'Z' || stat.state === 'X') {
      // A zombie has released its fd table and mm: nothing to compare, nothing to read.
      task.fdTable = this.fdTables.fresh();
      this.add(task);
      return;
    }
    let fdNumbers: number[];
    try {
      fdNumbers = listFds(pid);
    } catch (err) {
      if (errnoCode(err) === 'EACCES' || errnoCode(err) === 'EPERM') {
        if (this.settings.skipUnreadable) {
          this.unreadable.push({ pid, during: 'listing fds', reason: errnoCode(err)! });
          return;
        }
        throw new OperationError('FDLENS_PERMISSION', `cannot read the fds of pid ${pid} (${stat.comm}): permission denied`, { hint: permissionHint(), cause: err });
      }
      this.noteGone(err, { pid, during: 'listing fds' });
      return;
    }
    if (this.settings.skipUnreadable && this.settings.taskKcmp) {
      // A whole-system scan meets processes kcmp may not look at (another user namespace,
      // capabilities we lack): find out before one of them sits in a bucket others compare with.
      const self = kcmp(pid, pid, KCMP.FILES);
      if (self.value !== 0) {
        this.unreadable.push({ pid, during: 'kcmp', reason: self.errno ?? String(self.value) });
        return;
      }
    }
    const cwd = readProcLink(pid, 'cwd');
    const root = readProcLink(pid, 'root');
    if (cwd !== undefined) task.cwd = cwd;
    if (root !== undefined) task.root = root;
    let table: 'own' | 'shared' | 'gone' = 'own';
    if (this.settings.taskKcmp) table = this.placeTaskObjects(task, stat, fdNumbers);
    else task.fdTable = this.fdTables.fresh();
    if (table === 'gone') return;
    if (this.settings.taskKcmp && threads.length > 1) {
      const own = threadsWithOwnFdTable(pid, threads);
      if (own.length > 0) task.ownFdTableThreads = own;
    }
    if (table === 'own') for (const fd of fdNumbers) this.readFd(task, fd);
    this.add(task);
  }

  private add(task: Task): void {
    this.tasks.push(task);
    this.taskByPid.set(task.pid, task);
  }

  /**
   * fd table, mm, fs and signal handlers, by kcmp. A task sharing an fd table with an earlier
   * one takes its fds from it instead of reading them again (`shared`).
   */
  private placeTaskObjects(task: Task, stat: ProcStat, fdNumbers: number[]): 'own' | 'shared' | 'gone' {
    const frozen = this.settings.frozen;
    try {
      // Sharers of one table see the same fd numbers; in a running tree that may not hold.
      const table = this.fdTables.place(frozen ? fdNumbers.join(',') : '', task.pid);
      task.fdTable = table.id;
      if (table.sharedWith !== undefined) {
        task.fds = this.taskByPid.get(table.sharedWith)!.fds.map((slot) => ({ ...slot }));
        this.settings.logger.debug({ pid: task.pid, sharedWith: table.sharedWith }, 'same fd table as an earlier process (KCMP_FILES): its fds are not read again');
      }
      // Frozen, the mm's counters are still too: sharers agree on them, forked children rarely do.
      task.vm = this.vms.place(frozen ? `${stat.mmKey}|${stat.mmUsageKey}` : stat.mmKey, task.pid).id;
      const status = readStatusKeys(task.pid);
      task.fs = this.fss.place(`${task.cwd}|${task.root}|${status.umask}`, task.pid).id;
      // The kernel lets processes share signal handlers only if they share the mm (clone refuses
      // CLONE_SIGHAND without CLONE_VM; exec and unshare keep it so): the mm id is a key.
      task.sighand = this.sighands.place(`${task.vm}|${status.sighand}`, task.pid).id;
      return table.sharedWith === undefined ? 'own' : 'shared';
    } catch (err) {
      if (err instanceof OperationError) throw err;
      this.noteGone(err, { pid: task.pid, during: 'comparing per-process objects' });
      return 'gone';
    }
  }

  /**
   * One fd: its fdinfo gives the cheap key (mnt_id and ino stand in for the device); the link
   * and stat are read only for the first holder of a description, the one that creates it.
   */
  private readFd(task: Task, fd: number): void {
    const pid = task.pid;
    const info = this.tryRead(pid, fd, () => parseFdinfo(readFdinfo(pid, fd)));
    if (info === undefined) return;
    const handle: FileHandle = { pid, fd, file: 0 };
    const index = this.fileIndex;
    if (index !== undefined) {
      const key = this.settings.frozen ? info.descriptionText : runningKey(info);
      const placed = index.place(key, handle, this.hintFor(task, fd));
      this.fileComparisons += placed.comparisons;
      if (placed.kind === 'gone') {
        this.settings.backend!.release(handle);
        this.vanished.push({ pid, fd, during: 'comparing the fd', reason: placed.reason });
        return;
      }
      if (placed.kind === 'failed') {
        throw new OperationError('FDLENS_IDENTITY_FAILED', `pid ${pid} fd ${fd}: ${placed.reason}`, { hint: permissionHint() });
      }
      if (placed.kind === 'same') {
        this.settings.backend!.release(handle);
        task.fds.push({ fd, file: placed.as.file, cloexec: info.cloexec });
        return;
      }
    }
    const read = this.tryRead(pid, fd, () => ({ link: readFdLink(pid, fd), st: statFd(pid, fd) }));
    if (read === undefined) return;
    handle.file = this.newFile(read.link, info, read.st, pid, fd);
    this.memberOfFile.set(handle.file, handle);
    task.fds.push({ fd, file: handle.file, cloexec: info.cloexec });
  }

  /** A forked child's fd usually is its parent's fd at the same number: compare with that first. */
  private hintFor(task: Task, fd: number): FileHandle | undefined {
    const parent = this.taskByPid.get(task.ppid);
    if (parent === undefined) return undefined;
    let byFd = this.fdIndex.get(parent);
    if (byFd === undefined) this.fdIndex.set(parent, (byFd = new Map(parent.fds.map((s) => [s.fd, s.file]))));
    const file = byFd.get(fd);
    return file === undefined ? undefined : this.memberOfFile.get(file);
  }

  /** Run a read of one fd; a vanished fd is recorded, a refused one fails or is listed (--all). */
  private tryRead<T>(pid: number, fd: number, read: () => T): T | undefined {
    try {
      return read();
    } catch (err) {
      if (errnoCode(err) === 'EACCES') {
        if (this.settings.skipUnreadable) {
          this.unreadable.push({ pid, fd, during: 'reading the fd', reason: 'EACCES' });
          return undefined;
        }
        throw new OperationError('FDLENS_PERMISSION', `cannot read fd ${fd} of pid ${pid}: permission denied`, { hint: permissionHint(), cause: err });
      }
      this.noteGone(err, { pid, fd, during: 'reading the fd' });
      return undefined;
    }
  }

  private newFile(link: string, info: ReturnType<typeof parseFdinfo>, st: ReturnType<typeof statFd>, pid: number, fd: number): number {
    const kind = classify(link, Number(st.mode), Number(st.rdev), Number(st.ino));
    const file: OpenFile = {
      id: this.files.length + 1,
      type: kind.type,
      flags: info.flags,
      pos: info.pos,
      mntId: info.mntId,
      dev: Number(st.dev),
      ino: Number(st.ino),
      mode: Number(st.mode),
      rdev: Number(st.rdev),
      size: Number(st.size),
      identity: this.settings.backend?.name ?? 'unknown',
      link,
    };
    if (kind.path !== undefined) file.path = kind.path;
    if (kind.deleted || (kind.type === 'reg' && st.nlink === 0n)) file.deleted = true;
    if (kind.anon !== undefined) file.anon = kind.anon;
    if (kind.pipeIno !== undefined) file.pipeIno = kind.pipeIno;
    if (kind.socketIno !== undefined) {
      const socket = this.settings.sockets.lookup(pid, kind.socketIno);
      if (socket !== undefined) {
        file.socket = socket;
        if (socket.family === 'unix' || socket.family === 'netlink' || socket.family === 'packet') file.type = socket.family;
        else if (socket.family === 'inet' || socket.family === 'inet6') file.type = 'inet';
      } else file.socket = { family: 'unknown', type: 'unknown', ino: kind.socketIno };
    }
    if (info.epoll.length > 0 || file.type === 'eventpoll') {
      file.epoll = info.epoll;
      this.epollOwners.set(file.id, { pid, fd });
    }
    if (Object.keys(info.extra).length > 0) file.extra = info.extra;
    this.files.push(file);
    return file.id;
  }

  private noteGone(err: unknown, where: Omit<Vanished, 'reason'>): void {
    const code = errnoCode(err);
    if (!isVanishedErrno(code)) throw err;
    this.settings.logger.info({ ...where, reason: code }, 'vanished during the scan');
    this.vanished.push({ ...where, reason: code ?? 'gone' });
  }

  /** After every task: resolve epoll targets to descriptions and join pipe/socket peers. */
  finish(): void {
    if (this.settings.taskKcmp) this.resolveEpollTargets();
    linkPeers(this.files);
  }

  /**
   * Each epoll target names an fd number in the owner's table. The description registered there
   * may since have been dup'ed elsewhere, moved or closed: KCMP_EPOLL_TFD tells which fd holds it.
   */
  private resolveEpollTargets(): void {
    const holders = holdersByFile(this);
    const byIno = new Map<number, number[]>();
    for (const f of this.files) {
      if (f.ino === undefined) continue;
      let list = byIno.get(f.ino);
      if (list === undefined) byIno.set(f.ino, (list = []));
      list.push(f.id);
    }
    for (const file of this.files) {
      const owner = this.epollOwners.get(file.id);
      if (owner === undefined || file.epoll === undefined) continue;
      const seen = new Map<number, number>();
      for (const target of file.epoll) {
        const toff = seen.get(target.tfd) ?? 0;
        seen.set(target.tfd, toff + 1);
        const same = (pid: number, fd: number): boolean => kcmpEpollTarget(pid, fd, owner.pid, owner.fd, target.tfd, toff).value === 0;
        const ownerTask = this.taskByPid.get(owner.pid);
        const atNumber = ownerTask?.fds.find((s) => s.fd === target.tfd);
        if (atNumber !== undefined && same(owner.pid, target.tfd)) {
          target.file = atNumber.file;
          continue;
        }
        target.file = null;
        const candidates = target.ino === undefined ? [] : byIno.get(target.ino) ?? [];
        search: for (const id of candidates) {
          for (const h of holders.get(id) ?? []) {
            if (same(h.pid, h.fd)) {
              target.file = id;
              break search;
            }
          }
        }
      }
    }
  }

  /** Number of processes whose threads were listed (for stats). */
  threadCount(): number {
    return this.tasks.reduce((n, t) => n + t.threads.length, 0);
  }
}

/**
 * Threads of `pid` whose fd table is not the leader's (unshare(CLONE_FILES) in a thread): one
 * KCMP_FILES call per thread. A thread that exits meanwhile fails the call and is left out.
 */
function threadsWithOwnFdTable(pid: number, threads: readonly number[]): number[] {
  return threads.filter((tid) => tid !== pid && kcmp(pid, tid, KCMP.FILES).value > 0);
}
