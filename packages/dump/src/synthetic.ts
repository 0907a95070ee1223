// A synthetic process tree with known sharing, for the benchmark and the crit tests: a random
// tree where children inherit some of their parent's descriptions (fork), dup some, open their
// own files of every kind CRIU can hold, and a few share their parent's fd table (CLONE_FILES).

import { GRAPH_SCHEMA, O_APPEND, O_DIRECTORY, O_LARGEFILE, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_WRONLY, seededRandom, type Fd, type FileType, type Graph, type OpenFile, type Task } from '@fdlens/core/model';

/** Options of syntheticGraph. */
export interface SyntheticOptions {
  /** Number of processes (default 20). */
  processes?: number;
  /** Own files each process opens (default 6). */
  opensPerProcess?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Every file kind CRIU can represent, not only regular files, pipes and unix sockets (default true). */
  allKinds?: boolean;
}



/** Build a synthetic graph. */
export function syntheticGraph(options: SyntheticOptions = {}): Graph {
  const n = options.processes ?? 20;
  const opens = options.opensPerProcess ?? 6;
  const all = options.allKinds !== false;
  const rnd = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const files: OpenFile[] = [];
  let nextFile = 1;
  let nextIno = 700000;
  const add = (f: Omit<OpenFile, 'id' | 'identity'>): OpenFile => {
    const file: OpenFile = { id: nextFile++, identity: 'unknown', ...f };
    files.push(file);
    return file;
  };
  const base = 1000;
  const tasks: Task[] = [];
  const stdio = add({ type: 'chr', path: '/dev/null', flags: O_RDWR | O_LARGEFILE, pos: 0, mode: 0o20666 });

  const ownOpens = (pid: number, slots: Fd[]): void => {
    let fd = Math.max(2, ...slots.map((s) => s.fd)) + 1;
    const put = (f: OpenFile, cloexec = rnd() < 0.2): void => {
      slots.push({ fd: fd++, file: f.id, cloexec });
    };
    for (let k = 0; k < opens; k++) {
      const kinds: FileType[] = all
        ? ['reg', 'reg', 'pipe', 'unix', 'dir', 'fifo', 'inet', 'eventfd', 'eventpoll', 'signalfd', 'timerfd', 'inotify', 'memfd', 'netlink', 'fanotify', 'packet', 'tty', 'ns', 'bpf', 'symlink']
        : ['reg', 'reg', 'pipe', 'unix'];
      const kind = pick(kinds);
      switch (kind) {
        case 'reg':
          put(add({ type: 'reg', path: `/var/tmp/synth/p${pid}-f${k}.txt`, flags: pick([O_RDONLY, O_WRONLY | O_APPEND, O_RDWR]) | O_LARGEFILE, pos: Math.floor(rnd() * 5000), size: 5000, mode: 0o100644 }));
          break;
        case 'dir':
          put(add({ type: 'dir', path: `/var/tmp/synth/d${pid}`, flags: O_RDONLY | O_DIRECTORY | O_LARGEFILE, pos: 0, mode: 0o40755 }));
          break;
        case 'symlink':
          put(add({ type: 'symlink', path: `/var/tmp/synth/l${pid}-${k}`, flags: O_PATH | O_NOFOLLOW | O_LARGEFILE, pos: 0, mode: 0o120777 }));
          break;
        case 'pipe': {
          const ino = nextIno++;
          const r = add({ type: 'pipe', flags: O_RDONLY, pos: 0, pipeIno: ino, link: `pipe:[${ino}]` });
          const w = add({ type: 'pipe', flags: O_WRONLY | (rnd() < 0.3 ? O_NONBLOCK : 0), pos: 0, pipeIno: ino, link: `pipe:[${ino}]` });
          r.peers = [w.id];
          w.peers = [r.id];
          put(r);
          put(w);
          break;
        }
        case 'fifo': {
          const ino = nextIno++;
          put(add({ type: 'fifo', path: `/var/tmp/synth/fifo${pid}-${k}`, flags: O_RDWR, pos: 0, pipeIno: ino }));
          break;
        }
        case 'unix': {
          const a = nextIno++;
          const b = nextIno++;
          const type = pick(['stream', 'dgram', 'seqpacket']);
          const name = rnd() < 0.3 ? `@synth-${pid}-${k}` : undefined;
          const x = add({ type: 'unix', flags: O_RDWR, pos: 0, ino: a, socket: { family: 'unix', type, state: 'established', ino: a, peerIno: b, ...(name ? { name } : {}) } });
          const y = add({ type: 'unix', flags: O_RDWR, pos: 0, ino: b, socket: { family: 'unix', type, state: 'established', ino: b, peerIno: a } });
          x.peers = [y.id];
          y.peers = [x.id];
          put(x);
          put(y);
          break;
        }
        case 'inet': {
          const v6 = rnd() < 0.5;
          const ino = nextIno++;
          put(add({ type: 'inet', flags: O_RDWR, pos: 0, ino, socket: { family: v6 ? 'inet6' : 'inet', type: 'stream', state: 'listen', ino, protocol: 6, local: v6 ? `[fe80::1:2]:${8000 + pid % 1000}` : `127.0.0.1:${8000 + pid % 1000}` } }));
          break;
        }
        case 'netlink':
          put(add({ type: 'netlink', flags: O_RDWR, pos: 0, socket: { family: 'netlink', type: 'raw', ino: nextIno++, protocol: 0 } }));
          break;
        case 'packet':
          put(add({ type: 'packet', flags: O_RDWR, pos: 0, socket: { family: 'packet', type: 'raw', ino: nextIno++, protocol: 768 } }));
          break;
        case 'eventpoll': {
          const target = slots[slots.length - 1]!;
          put(add({ type: 'eventpoll', anon: '[eventpoll]', flags: O_RDWR, pos: 0, epoll: [{ tfd: target.fd, events: 1, data: '18446744073709551615', file: target.file }] }));
          break;
        }
        case 'eventfd':
          put(add({ type: 'eventfd', anon: 'eventfd', flags: O_RDWR, pos: 0, extra: { 'eventfd-count': String(k) } }));
          break;
        case 'signalfd':
          put(add({ type: 'signalfd', anon: '[signalfd]', flags: O_RDWR, pos: 0, extra: { sigmask: '0000000000004002' } }));
          break;
        case 'memfd':
          put(add({ type: 'memfd', path: `/memfd:synth-${pid} (deleted)`, flags: O_RDWR | O_LARGEFILE, pos: 3, ino: nextIno++, size: 4096 }));
          break;
        default:
          put(add({ type: kind, flags: O_RDONLY, pos: 0, ...(kind === 'tty' ? { path: '/dev/pts/0', rdev: 0x8800 } : {}) }));
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const pid = base + i;
    if (i === 0) {
      const fds: Fd[] = [0, 1, 2].map((fd) => ({ fd, file: stdio.id, cloexec: false }));
      ownOpens(pid, fds);
      tasks.push({ pid, ppid: 0, pgid: pid, sid: pid, comm: 'synth-root', threads: [pid, pid + 50000], fdTable: 2, fds });
      continue;
    }
    const parent = tasks[Math.floor(rnd() * tasks.length)]!;
    if (rnd() < 0.1) {
      // CLONE_FILES: the child shares the parent's table, so it lists the very same slots.
      tasks.push({ pid, ppid: parent.pid, pgid: parent.pgid, sid: parent.sid, comm: `synth-${i}`, threads: [pid], fdTable: parent.fdTable, fds: parent.fds });
      continue;
    }
    // fork: the child inherits every slot (same description), closes some, dups one, opens its own.
    const fds: Fd[] = parent.fds.filter((s) => s.fd <= 2 || rnd() < 0.7).map((s) => ({ ...s }));
    if (fds.length > 3 && rnd() < 0.5) {
      const src = fds[3 + Math.floor(rnd() * (fds.length - 3))]!;
      fds.push({ fd: Math.max(...fds.map((s) => s.fd)) + 1, file: src.file, cloexec: true });
    }
    ownOpens(pid, fds);
    fds.sort((a, b) => a.fd - b.fd);
    tasks.push({ pid, ppid: parent.pid, pgid: parent.pgid, sid: parent.sid, comm: `synth-${i}`, threads: [pid], fdTable: i + 2, fds });
  }
  // Pre-order: children were appended after their parents, which is enough for the tree order.
  const order: Task[] = [];
  const kids = new Map<number, Task[]>();
  for (const t of tasks) if (t.ppid) (kids.get(t.ppid) ?? kids.set(t.ppid, []).get(t.ppid)!).push(t);
  const visit = (t: Task): void => {
    order.push(t);
    for (const c of kids.get(t.pid) ?? []) visit(c);
  };
  visit(tasks[0]!);
  const heldIds = new Set(order.flatMap((t) => t.fds.map((s) => s.file)));
  const held = files.filter((f) => heldIds.has(f.id));
  for (const f of held) if (f.peers) f.peers = f.peers.filter((p) => heldIds.has(p));
  const unheld = files.filter((f) => !heldIds.has(f.id));
  const g: Graph = { schema: GRAPH_SCHEMA, source: { kind: 'synthetic', note: `seed ${options.seed ?? 1}` }, tasks: order, files: held, vanished: [] };
  if (unheld.length > 0) g.unheld = unheld;
  return g;
}
