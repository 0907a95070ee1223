// Random graphs for property tests and the benchmark, made two ways:
//  - `randomGraph`: any structure at all: descriptions scattered over unrelated processes,
//    high and colliding fd numbers, pipes and socket pairs split across subtrees, shared tables;
//  - `simulatedGraph`: the history of a real program (open, dup, fork, clone(CLONE_FILES), pipe,
//    socketpair, SCM_RIGHTS, close), so sharing comes mostly from fork, as it does in practice.
// Both are plain graphs; ground truth is how they were built, which the planner never sees.

import { GRAPH_SCHEMA, O_APPEND, O_LARGEFILE, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY, seededRandom, type Fd, type FileType, type Graph, type OpenFile, type Task } from '@fdlens/core';


/** Options shared by both generators. */
export interface RandomGraphOptions {
  /** PRNG seed. */
  seed: number;
  /** Processes. */
  processes: number;
  /** Roughly how many fds in all (randomGraph: target; simulatedGraph: actions scale with it). */
  fds: number;
  /** Highest fd number to use for the far-off fds (default 1000). */
  maxFd?: number;
  /** Share of processes that share their parent's fd table (default 0.1). */
  cloneFilesRate?: number;
  /** Include descriptions only a stand-in can replace (inet sockets) (default false). */
  standIns?: boolean;
  /** Directory prefix of regular files' paths (default /fdlens-random). */
  pathPrefix?: string;
}


class Builder {
  readonly files: OpenFile[] = [];
  private ino = 500000;
  readonly rnd: () => number;
  readonly prefix: string;
  constructor(rnd: () => number, prefix: string) {
    this.rnd = rnd;
    this.prefix = prefix;
  }

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  private add(f: Omit<OpenFile, 'id' | 'identity'>): OpenFile {
    const file: OpenFile = { id: this.files.length + 1, identity: 'unknown', ...f };
    this.files.push(file);
    return file;
  }

  devNull(): OpenFile {
    return this.add({ type: 'chr', path: '/dev/null', flags: O_RDWR | O_LARGEFILE, pos: 0, rdev: 0x103 });
  }

  reg(): OpenFile {
    const acc = this.pick([O_RDONLY, O_WRONLY, O_RDWR]);
    const append = acc !== O_RDONLY && this.rnd() < 0.3 ? O_APPEND : 0;
    return this.add({ type: 'reg', path: `${this.prefix}/f${this.files.length + 1}.txt`, flags: acc | append | O_LARGEFILE, pos: this.rnd() < 0.5 ? 0 : this.int(5000) });
  }

  /** The descriptions of one pipe: read, write, and sometimes a reopened one. */
  pipe(): OpenFile[] {
    const ino = ++this.ino;
    const out = [
      this.add({ type: 'pipe', flags: O_RDONLY | (this.rnd() < 0.2 ? O_NONBLOCK : 0), pos: 0, pipeIno: ino }),
      this.add({ type: 'pipe', flags: O_WRONLY, pos: 0, pipeIno: ino }),
    ];
    if (this.rnd() < 0.15) out.push(this.add({ type: 'pipe', flags: this.pick([O_RDONLY, O_WRONLY, O_RDWR]) | O_LARGEFILE, pos: 0, pipeIno: ino }));
    return out;
  }

  socketpair(): OpenFile[] {
    const a = ++this.ino;
    const b = ++this.ino;
    const type = this.pick(['stream', 'dgram', 'seqpacket']);
    const x = this.add({ type: 'unix', flags: O_RDWR, pos: 0, socket: { family: 'unix', type, ino: a, peerIno: b, state: 'established' } });
    const y = this.add({ type: 'unix', flags: O_RDWR | (this.rnd() < 0.2 ? O_NONBLOCK : 0), pos: 0, socket: { family: 'unix', type, ino: b, peerIno: a, state: 'established' } });
    x.peers = [y.id];
    y.peers = [x.id];
    return [x, y];
  }

  other(standIns: boolean): OpenFile {
    const kinds: FileType[] = standIns ? ['eventfd', 'memfd', 'inet', 'eventpoll'] : ['eventfd', 'memfd', 'eventpoll'];
    const type = this.pick(kinds);
    if (type === 'memfd') return this.add({ type, path: `/memfd:m${this.files.length + 1}`, deleted: true, flags: O_RDWR | O_LARGEFILE, pos: this.int(100) });
    if (type === 'inet') return this.add({ type, flags: O_RDWR, pos: 0, socket: { family: 'inet', type: 'stream', ino: ++this.ino, state: 'listen', local: '127.0.0.1:0' } });
    return this.add({ type, flags: O_RDWR, pos: 0 });
  }

  /** A new object's descriptions, mostly regular files. */
  fresh(standIns: boolean): OpenFile[] {
    const r = this.rnd();
    if (r < 0.62) return [this.reg()];
    if (r < 0.78) return this.pipe();
    if (r < 0.9) return this.socketpair();
    if (r < 0.94) return [this.devNull()];
    return [this.other(standIns)];
  }
}

function finishGraph(tasks: Task[], files: OpenFile[], note: string): Graph {
  const used = new Set<number>();
  for (const t of tasks) for (const s of t.fds) used.add(s.file);
  // Keep only held descriptions; drop peers that point at unheld ones.
  const kept = files.filter((f) => used.has(f.id));
  const keptIds = new Set(kept.map((f) => f.id));
  for (const f of kept) {
    if (f.peers) {
      const peers = f.peers.filter((p) => keptIds.has(p));
      if (peers.length > 0) f.peers = peers;
      else delete f.peers;
    }
  }
  for (const t of tasks) t.fds.sort((a, b) => a.fd - b.fd);
  return { schema: GRAPH_SCHEMA, source: { kind: 'synthetic', note }, tasks: preorder(tasks), files: kept.sort((a, b) => a.id - b.id), vanished: [] };
}

function preorder(tasks: Task[]): Task[] {
  const kids = new Map<number, Task[]>();
  const pids = new Set(tasks.map((t) => t.pid));
  const roots: Task[] = [];
  for (const t of tasks) {
    if (pids.has(t.ppid)) {
      let list = kids.get(t.ppid);
      if (list === undefined) kids.set(t.ppid, (list = []));
      list.push(t);
    } else roots.push(t);
  }
  const out: Task[] = [];
  const stack = [...roots].sort((a, b) => b.pid - a.pid);
  while (stack.length > 0) {
    const t = stack.pop()!;
    out.push(t);
    const list = (kids.get(t.pid) ?? []).sort((a, b) => b.pid - a.pid);
    stack.push(...list);
  }
  return out;
}

function task(pid: number, ppid: number, fdTable: number, fds: Fd[]): Task {
  return { pid, ppid, pgid: pid, sid: pid, comm: `p${pid}`, threads: [pid], fdTable, fds };
}

/** A graph with any structure: descriptions spread over unrelated processes, high and colliding fds. */
export function randomGraph(options: RandomGraphOptions): Graph {
  const rnd = seededRandom(options.seed);
  const b = new Builder(rnd, options.pathPrefix ?? '/fdlens-random');
  const n = Math.max(1, options.processes);
  const maxFd = options.maxFd ?? 1000;
  const shareRate = options.cloneFilesRate ?? 0.1;
  const base = 1000;
  const parent: number[] = [0];
  const tableOf: number[] = [1];
  for (let i = 1; i < n; i++) {
    // Mostly shallow-and-wide with some deep chains, like real trees.
    const p = rnd() < 0.3 ? i - 1 : b.int(i);
    parent.push(p);
    tableOf.push(rnd() < shareRate ? tableOf[p]! : i + 1);
  }
  const owners = [...new Set(tableOf)];
  const perTable = Math.max(1, Math.round(options.fds / n));
  const tables = new Map<number, Fd[]>();
  const stdio = b.devNull();
  const pool: OpenFile[] = [];
  for (const table of owners) {
    const fds: Fd[] = [];
    const used = new Set<number>();
    // At most 100 fds per table: the three number ranges below always have room for them.
    const k = Math.min(100, 1 + b.int(perTable * 2));
    if (rnd() < 0.8) for (const fd of [0, 1, 2]) if (fds.length < k + 3) {
      fds.push({ fd, file: stdio.id, cloexec: false });
      used.add(fd);
    }
    for (let j = 0; j < k; j++) {
      let fd: number;
      do {
        const r = rnd();
        fd = r < 0.6 ? 3 + b.int(20) : r < 0.85 || used.size > 110 ? 20 + b.int(200) : b.int(maxFd + 1);
      } while (used.has(fd));
      used.add(fd);
      let file: OpenFile;
      const r = rnd();
      if (pool.length > 0 && r < 0.45) file = b.pick(pool);
      else if (fds.length > 0 && r < 0.55) file = b.files[fds[b.int(fds.length)]!.file - 1]!;
      else {
        const made = b.fresh(options.standIns ?? false);
        pool.push(...made);
        file = made[0]!;
        // The other ends of a pipe or pair land somewhere else later (or never: closed ends).
      }
      fds.push({ fd, file: file.id, cloexec: rnd() < 0.25 });
    }
    tables.set(table, fds);
  }
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const fds = tables.get(tableOf[i]!)!.map((s) => ({ ...s }));
    tasks.push(task(base + i, i === 0 ? 0 : base + parent[i]!, tableOf[i]!, fds));
  }
  return finishGraph(tasks, b.files, `randomGraph seed ${options.seed}`);
}

/** A graph made by simulating a program: open, dup, fork, clone(CLONE_FILES), pipe, socketpair, SCM_RIGHTS, close. */
export function simulatedGraph(options: RandomGraphOptions): Graph {
  const rnd = seededRandom(options.seed);
  const b = new Builder(rnd, options.pathPrefix ?? '/fdlens-random');
  const maxFd = options.maxFd ?? 1000;
  const shareRate = options.cloneFilesRate ?? 0.1;
  interface P {
    pid: number;
    ppid: number;
    table: Map<number, Fd>;
    tableId: number;
  }
  const stdio = b.devNull();
  const root: P = { pid: 1000, ppid: 0, table: new Map([0, 1, 2].map((fd) => [fd, { fd, file: stdio.id, cloexec: false }])), tableId: 1 };
  const procs: P[] = [root];
  let nextTable = 2;
  const lowestFree = (p: P): number => {
    let fd = 0;
    while (p.table.has(fd)) fd++;
    return fd;
  };
  const someFd = (p: P): Fd | undefined => {
    if (p.table.size === 0) return undefined;
    const list = [...p.table.values()];
    return list[b.int(list.length)];
  };
  const place = (p: P, file: number, fd?: number, cloexec = rnd() < 0.2): void => {
    const at = fd ?? (rnd() < 0.15 ? 20 + b.int(maxFd - 19) : lowestFree(p));
    p.table.set(at, { fd: at, file, cloexec });
  };
  const actions = Math.max(10, options.fds);
  const wantProcs = Math.max(1, options.processes);
  for (let step = 0; step < actions; step++) {
    const p = b.pick(procs);
    const r = rnd();
    if (procs.length < wantProcs && r < 0.2 + (0.5 * (wantProcs - procs.length)) / wantProcs) {
      const share = rnd() < shareRate;
      const child: P = share
        ? { pid: 1000 + procs.length, ppid: p.pid, table: p.table, tableId: p.tableId }
        : { pid: 1000 + procs.length, ppid: p.pid, table: new Map([...p.table].map(([fd, s]) => [fd, { ...s }])), tableId: nextTable++ };
      procs.push(child);
    } else if (r < 0.45) {
      for (const f of b.fresh(options.standIns ?? false)) place(p, f.id);
    } else if (r < 0.55) {
      const s = someFd(p);
      if (s) place(p, s.file, rnd() < 0.3 ? b.int(maxFd + 1) : undefined);
    } else if (r < 0.65) {
      // SCM_RIGHTS to any process, possibly in another subtree.
      const s = someFd(p);
      if (s) place(b.pick(procs), s.file);
    } else if (r < 0.8) {
      const s = someFd(p);
      if (s) p.table.delete(s.fd);
    } else {
      const s = someFd(p);
      if (s) s.cloexec = !s.cloexec;
    }
  }
  const tasks = procs.map((p) => task(p.pid, p.ppid, p.tableId, [...p.table.values()].map((s) => ({ ...s }))));
  return finishGraph(tasks, b.files, `simulatedGraph seed ${options.seed}`);
}
