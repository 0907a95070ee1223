// What one creating call makes: a pipe() makes both ends of a pipe (and /proc reopens make its
// other descriptions), a socketpair() both ends of a pair, everything else one description.
// Pure: decides from the graph alone; replay decides later what the machine can open.

import { O_ACCMODE, O_RDONLY, O_WRONLY, type FileType, type Graph, type OpenFile } from '@fdlens/core';
import type { CreateKind, PlanOp, Unrecreatable, UnrecreatableReason } from './plan-types.js';

/** open(2) flag bits that F_SETFL can change (the others are fixed at creation). */
export const SETFL_MASK = 0o2000 | 0o20000 | 0o4000 | 0o40000 | 0o1000000;


/** Open by path: regular files, directories, FIFOs, memory devices. */
export interface OpenObject {
  kind: 'open';
  /** The description. */
  file: OpenFile;
}

/** One description made by a generic creator (eventfd, epoll …, socket, or a stand-in). */
export interface CreateObject {
  kind: 'create';
  /** The description. */
  file: OpenFile;
  /** What to create. */
  create: CreateKind;
}

/** The descriptions of one pipe: one pipe() call, plus a /proc reopen for each extra description. */
export interface PipeObject {
  kind: 'pipe';
  /** Pipe inode. */
  pipeIno: number;
  /** The description made as pipe()'s read end, or null when no fd holds a read end. */
  read: OpenFile | null;
  /** The description made as pipe()'s write end, or null. */
  write: OpenFile | null;
  /** Further descriptions of the same pipe, reopened through /proc/self/fd. */
  reopens: OpenFile[];
}

/** The two ends of a unix socketpair (second null when the peer end is gone: a stand-in pair). */
export interface SocketpairObject {
  kind: 'socketpair';
  /** SOCK_* name. */
  type: string;
  /** The ends. */
  ends: [OpenFile, OpenFile | null];
}

/** Something a single creating call (plus reopens) makes. */
export type CreationObject = OpenObject | CreateObject | PipeObject | SocketpairObject;

/** The descriptions an object makes that fds hold. */
export function objectFiles(obj: CreationObject): OpenFile[] {
  switch (obj.kind) {
    case 'open':
    case 'create':
      return [obj.file];
    case 'pipe':
      return [...(obj.read ? [obj.read] : []), ...(obj.write ? [obj.write] : []), ...obj.reopens];
    case 'socketpair':
      return obj.ends[1] ? [obj.ends[0], obj.ends[1]] : [obj.ends[0]];
  }
}

/** Objects of a graph and what can't be recreated exactly. */
export interface ObjectSet {
  /** Every creation object; each graph description belongs to exactly one. */
  objects: CreationObject[];
  /** Description id → index in `objects`. */
  objectOf: Map<number, number>;
  /** Findings (stand-ins and partial recreations). */
  unrecreatable: Unrecreatable[];
}

const MEMORY_DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/full', '/dev/random', '/dev/urandom']);

function devMajor(rdev: number): number {
  return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 0x100000000) & ~0xfff);
}

interface Resolution {
  reason: UnrecreatableReason;
  handling: Unrecreatable['handling'];
  detail: string;
  resolve: string;
}

const RESOLVE: Record<UnrecreatableReason, string> = {
  INET_SOCKET: 'reconnect from the application after restore, or restore with CRIU --tcp-established',
  PEER_OUTSIDE_TREE: 'capture the peer process too (add its pid as a root), or declare it external (criu --external unix[ino])',
  UNIX_BOUND_NAME: 'the application must bind or connect the name again; CRIU restores the name itself',
  OTHER_SOCKET: 'netlink, packet and unknown sockets have no replay; recreate them in the application',
  DEVICE: 'open the device by path on the target machine (CRIU needs --external dev[…] or a plugin)',
  TTY: 'give the tree a terminal (CRIU --shell-job or --inherit-fd)',
  DELETED_FILE: 'the file was unlinked; CRIU saves it as a ghost file, replay stands in an empty memfd',
  NAMESPACE: 'namespace fds need the namespaces restored first (CRIU restores them with the tree)',
  PIDFD: 'a pidfd names a process; reopen it with pidfd_open on the restored pid',
  BPF: 'BPF maps and programs must be reloaded by the application',
  FANOTIFY: 'fanotify needs CAP_SYS_ADMIN and its marks re-added',
  ANON_INODE: 'this anon-inode kind (userfaultfd, io_uring, perf …) is not restorable; CRIU refuses it too',
  UNKNOWN_TYPE: 'the file type is unknown; capture with a newer fdlens or inspect it by hand',
  NO_PATH: 'the graph has no path for this file; capture it live (dumps keep the path in reg-files)',
  EPOLL_TARGETS: 'epoll targets are not re-added; the application (or CRIU) must EPOLL_CTL_ADD them',
  INOTIFY_WATCHES: 'inotify watches are not re-added; the application (or CRIU) must add them',
  TIMER_STATE: 'the timer is created disarmed; re-arm it with timerfd_settime',
  FDTABLE_SHARED_NON_PARENT: 'only a parent and its child can share an fd table after clone(CLONE_FILES); CRIU refuses this tree',
};

function standIn(reason: UnrecreatableReason, detail: string): Resolution {
  return { reason, handling: 'standin', detail, resolve: RESOLVE[reason] };
}

function partial(reason: UnrecreatableReason, detail: string): Resolution {
  return { reason, handling: 'partial', detail, resolve: RESOLVE[reason] };
}

function pathOf(f: OpenFile): string {
  return f.path ?? f.link ?? `#${f.id}`;
}

/** Classify one description that isn't a pipe or socket-pair end. */
function single(f: OpenFile): { obj: CreationObject; finding?: Resolution } {
  const open: CreationObject = { kind: 'open', file: f };
  const create = (kind: CreateKind): CreationObject => ({ kind: 'create', file: f, create: kind });
  const stand = (reason: UnrecreatableReason, detail: string) => ({ obj: create('standin'), finding: standIn(reason, detail) });
  const type: FileType = f.type;
  switch (type) {
    case 'reg':
    case 'dir':
    case 'symlink':
    case 'fifo':
      if (f.path === undefined) return stand('NO_PATH', `${type} file without a path`);
      if (f.deleted) return stand('DELETED_FILE', `${pathOf(f)} was deleted while open`);
      return { obj: open };
    case 'chr': {
      const mem = f.rdev !== undefined ? devMajor(f.rdev) === 1 : f.path !== undefined && MEMORY_DEVICES.has(f.path);
      if (mem && f.path !== undefined) return { obj: open };
      return stand('DEVICE', `character device ${pathOf(f)}`);
    }
    case 'blk':
      return stand('DEVICE', `block device ${pathOf(f)}`);
    case 'tty':
      return stand('TTY', `terminal ${pathOf(f)}`);
    case 'memfd':
      return { obj: create('memfd') };
    case 'eventfd':
      return { obj: create('eventfd') };
    case 'eventpoll':
      return (f.epoll?.length ?? 0) > 0
        ? { obj: create('epoll'), finding: partial('EPOLL_TARGETS', `epoll with ${f.epoll!.length} target(s)`) }
        : { obj: create('epoll') };
    case 'signalfd':
      return { obj: create('signalfd') };
    case 'timerfd':
      return { obj: create('timerfd'), finding: partial('TIMER_STATE', 'timerfd (clock and arming not kept)') };
    case 'inotify': {
      const watches = Object.keys(f.extra ?? {}).some((k) => k.startsWith('inotify'));
      return watches ? { obj: create('inotify'), finding: partial('INOTIFY_WATCHES', 'inotify instance with watches') } : { obj: create('inotify') };
    }
    case 'inet': {
      const sk = f.socket;
      const remote = sk?.remote && !/^(0\.0\.0\.0|\[?::\]?):0$/.test(sk.remote) ? ` → ${sk.remote}` : '';
      const state = sk?.state ? ` (${sk.state})` : '';
      return { obj: create('socket'), finding: standIn('INET_SOCKET', `${sk?.family ?? 'inet'} ${sk?.type ?? ''} socket ${sk?.local ?? ''}${remote}${state}; replaced by an unbound socket of the same kind`.replace(/ +/g, ' ')) };
    }
    case 'netlink':
    case 'packet':
    case 'socket':
      return stand('OTHER_SOCKET', `${type} socket`);
    case 'ns':
      return stand('NAMESPACE', `namespace ${pathOf(f)}`);
    case 'pidfd':
      return stand('PIDFD', 'pidfd');
    case 'bpf':
      return stand('BPF', `bpf ${f.anon ?? ''}`.trim());
    case 'fanotify':
      return stand('FANOTIFY', 'fanotify instance');
    case 'anon':
      return stand('ANON_INODE', `anon inode ${f.anon ?? pathOf(f)}`);
    case 'pipe':
    case 'unix':
      // Handled by the grouping passes; reaching here means the grouping left it alone.
      return stand('UNKNOWN_TYPE', `${type} without identity`);
    case 'unknown':
      return stand('UNKNOWN_TYPE', `unknown file ${pathOf(f)}`);
  }
}

function accmode(f: OpenFile): number {
  return f.flags & O_ACCMODE;
}

/** Group the graph's descriptions into creation objects. */
export function buildObjects(graph: Graph): ObjectSet {
  const objects: CreationObject[] = [];
  const objectOf = new Map<number, number>();
  const unrecreatable: Unrecreatable[] = [];
  const add = (obj: CreationObject, finding?: Resolution, findingFile?: OpenFile): void => {
    const idx = objects.length;
    objects.push(obj);
    for (const f of objectFiles(obj)) objectOf.set(f.id, idx);
    if (finding && findingFile) {
      unrecreatable.push({ reason: finding.reason, file: findingFile.id, type: findingFile.type, handling: finding.handling, detail: finding.detail, resolve: finding.resolve });
    }
  };

  // Pipes: every description with one pipe inode comes from one pipe() call.
  const pipes = new Map<number, OpenFile[]>();
  const byIno = new Map<number, OpenFile>();
  const byId = new Map<number, OpenFile>();
  for (const f of graph.files) {
    byId.set(f.id, f);
    if (f.type === 'pipe' && f.pipeIno !== undefined) {
      let list = pipes.get(f.pipeIno);
      if (list === undefined) pipes.set(f.pipeIno, (list = []));
      list.push(f);
    }
    if (f.socket !== undefined && f.socket.ino > 0) byIno.set(f.socket.ino, f);
  }
  for (const [ino, list] of pipes) {
    const read = list.find((f) => accmode(f) === O_RDONLY) ?? null;
    const write = list.find((f) => accmode(f) === O_WRONLY) ?? null;
    const reopens = list.filter((f) => f !== read && f !== write);
    add({ kind: 'pipe', pipeIno: ino, read, write, reopens });
  }

  // Unix socket pairs: two descriptions that name each other as peers.
  const paired = new Set<number>();
  const peerOf = (f: OpenFile): OpenFile | undefined => {
    const byInode = f.socket?.peerIno ? byIno.get(f.socket.peerIno) : undefined;
    if (byInode) return byInode;
    const id = f.peers?.find((p) => byId.get(p)?.type === 'unix');
    return id === undefined ? undefined : byId.get(id);
  };
  for (const f of graph.files) {
    if (f.type !== 'unix' || paired.has(f.id)) continue;
    const peer = peerOf(f);
    const type = f.socket?.type ?? 'stream';
    if (peer && peer.id !== f.id && !paired.has(peer.id) && peerOf(peer)?.id === f.id) {
      paired.add(f.id).add(peer.id);
      add({ kind: 'socketpair', type, ends: [f, peer] });
      continue;
    }
    const hasPeer = (f.socket?.peerIno ?? 0) > 0 || (f.peers?.length ?? 0) > 0;
    if (hasPeer && !peer) {
      add({ kind: 'socketpair', type, ends: [f, null] }, standIn('PEER_OUTSIDE_TREE', `unix ${type} socket whose peer (inode ${f.socket?.peerIno ?? '?'}) is not in the tree`), f);
    } else if (hasPeer || f.socket?.name) {
      const what = hasPeer ? `connected to ${peer ? `a socket (description ${peer.id}) that is not its pair` : 'a named socket'}` : `bound to ${f.socket!.name}${f.socket?.state ? ` (${f.socket.state})` : ''}`;
      add({ kind: 'create', file: f, create: 'socket' }, standIn('UNIX_BOUND_NAME', `unix ${type} socket ${what}; replaced by an unbound socket of the same type`), f);
    } else {
      add({ kind: 'create', file: f, create: 'socket' });
    }
  }

  for (const f of graph.files) {
    if (objectOf.has(f.id)) continue;
    const { obj, finding } = single(f);
    add(obj, finding, f);
  }
  return { objects, objectOf, unrecreatable };
}

/** Where each description of an object goes in the creating process. */
export interface Placement {
  /** fd and FD_CLOEXEC for a description id. */
  fileSlot: (file: number) => { fd: number; cloexec: boolean };
  /** A free fd for helper end `n` (0 or 1) of the object; closed again at once. */
  helperSlot: (n: number) => number;
}

function endFlags(f: OpenFile | null): number {
  return f ? f.flags & SETFL_MASK : 0;
}

/** The ops that make every description of an object in one process (helper ends closed at the end). */
export function creationOps(obj: CreationObject, place: Placement): PlanOp[] {
  switch (obj.kind) {
    case 'open': {
      const { fd, cloexec } = place.fileSlot(obj.file.id);
      const seek = obj.file.type === 'reg' || obj.file.type === 'dir' || obj.file.type === 'chr';
      return [{ op: 'open', fd, file: obj.file.id, cloexec, path: obj.file.path ?? '', flags: obj.file.flags, pos: seek ? obj.file.pos : 0, type: obj.file.type }];
    }
    case 'create': {
      const { fd, cloexec } = place.fileSlot(obj.file.id);
      const f = obj.file;
      const op: PlanOp = { op: 'create', kind: obj.create, fd, file: f.id, cloexec, flags: f.flags & SETFL_MASK, pos: obj.create === 'memfd' ? f.pos : 0, type: f.type };
      if (obj.create === 'socket') op.socket = { family: f.socket?.family ?? (f.type === 'unix' ? 'unix' : 'inet'), type: f.socket?.type ?? 'stream' };
      if (obj.create === 'memfd') op.name = (f.path ?? '/memfd:fdlens').replace(/^\/memfd:/, '');
      if (obj.create === 'standin') op.name = `fdlens-standin:${f.type}`;
      return [op];
    }
    case 'pipe': {
      const ops: PlanOp[] = [];
      const helpers: number[] = [];
      const end = (f: OpenFile | null, n: number) => {
        if (f) return { ...place.fileSlot(f.id), file: f.id, flags: endFlags(f) };
        const fd = place.helperSlot(n);
        helpers.push(fd);
        return { fd, file: null, cloexec: true, flags: 0 };
      };
      const read = end(obj.read, 0);
      const write = end(obj.write, 1);
      ops.push({ op: 'pipe', pipeIno: obj.pipeIno, ends: [read, write] });
      for (const r of obj.reopens) {
        const { fd, cloexec } = place.fileSlot(r.id);
        ops.push({ op: 'reopen', from: read.fd, fromFile: read.file, fd, file: r.id, cloexec, flags: r.flags });
      }
      for (const fd of helpers) ops.push({ op: 'close', fd, file: null });
      return ops;
    }
    case 'socketpair': {
      const [a, b] = obj.ends;
      const first = { ...place.fileSlot(a.id), file: a.id, flags: endFlags(a) };
      const ops: PlanOp[] = [];
      if (b) {
        ops.push({ op: 'socketpair', type: obj.type, ends: [first, { ...place.fileSlot(b.id), file: b.id, flags: endFlags(b) }] });
      } else {
        const fd = place.helperSlot(1);
        ops.push({ op: 'socketpair', type: obj.type, ends: [first, { fd, file: null, cloexec: true, flags: 0 }] });
        ops.push({ op: 'close', fd, file: null });
      }
      return ops;
    }
  }
}
