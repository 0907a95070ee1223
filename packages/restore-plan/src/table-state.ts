// The planners' own running picture of one fd table, so every op they emit names the right
// description and never lands on a slot still needed. Helper ends use negative ids.

import type { PlanOp } from './plan-types.js';

/** A slot as the planner tracks it. */
export interface Slot {
  /** Description id (negative: a helper end). */
  file: number;
  /** FD_CLOEXEC. */
  cloexec: boolean;
}

/** Graph id for a planner id (helpers become null). */
export function graphId(file: number): number | null {
  return file < 0 ? null : file;
}

/** An fd table being planned, recording the ops applied to it. */
export class TableState {
  /** fd → slot. */
  readonly slots = new Map<number, Slot>();
  /** Description → fds holding it. */
  readonly holders = new Map<number, Set<number>>();
  /** Ops applied, in order (the caller moves them into process lists). */
  out: PlanOp[] = [];

  /** A copy (what a forked child starts with); the copy records no ops. */
  clone(): TableState {
    const t = new TableState();
    for (const [fd, s] of this.slots) t.put(fd, s.file, s.cloexec);
    return t;
  }

  /** The description at fd, or undefined. */
  at(fd: number): Slot | undefined {
    return this.slots.get(fd);
  }

  /** Any fd holding a description (the lowest), or undefined. */
  anyFd(file: number): number | undefined {
    const set = this.holders.get(file);
    if (set === undefined || set.size === 0) return undefined;
    let best = Infinity;
    for (const fd of set) if (fd < best) best = fd;
    return best;
  }

  /** How many fds hold a description. */
  count(file: number): number {
    return this.holders.get(file)?.size ?? 0;
  }

  /** Install without recording (creation ops record themselves). */
  put(fd: number, file: number, cloexec: boolean): void {
    this.drop(fd);
    this.slots.set(fd, { file, cloexec });
    let set = this.holders.get(file);
    if (set === undefined) this.holders.set(file, (set = new Set()));
    set.add(fd);
  }

  /** Remove without recording. */
  drop(fd: number): void {
    const old = this.slots.get(fd);
    if (old === undefined) return;
    this.slots.delete(fd);
    const set = this.holders.get(old.file)!;
    set.delete(fd);
    if (set.size === 0) this.holders.delete(old.file);
  }

  /** Record ops that create descriptions, applying their installs. */
  create(ops: PlanOp[]): void {
    for (const op of ops) {
      switch (op.op) {
        case 'open':
        case 'create':
        case 'reopen':
          this.put(op.fd, op.file, op.cloexec);
          break;
        case 'pipe':
        case 'socketpair':
          for (const e of op.ends) this.put(e.fd, e.file ?? -1 - e.fd, e.cloexec);
          break;
        case 'close':
          this.drop(op.fd);
          break;
        default:
          throw new Error(`creation ops only, got ${op.op}`);
      }
      this.out.push(op);
    }
  }

  /** dup3(from, to). */
  dup2(from: number, to: number, cloexec: boolean): void {
    const s = this.slots.get(from);
    if (s === undefined) throw new Error(`planner: dup2 from closed fd ${from}`);
    this.out.push({ op: 'dup2', from, to, file: graphId(s.file), cloexec });
    this.put(to, s.file, cloexec);
  }

  /** F_SETFD. */
  setfd(fd: number, cloexec: boolean): void {
    const s = this.slots.get(fd)!;
    this.out.push({ op: 'setfd', fd, file: graphId(s.file), cloexec });
    s.cloexec = cloexec;
  }

  /** close(2). */
  close(fd: number): void {
    const s = this.slots.get(fd);
    if (s === undefined) throw new Error(`planner: close of closed fd ${fd}`);
    this.out.push({ op: 'close', fd, file: graphId(s.file) });
    this.drop(fd);
  }

  /**
   * Close a set of open fds with as few syscalls as possible: runs of consecutive open fds
   * (nothing kept between them) become one close_range.
   */
  closeMany(fds: Iterable<number>): void {
    const doomed = new Set(fds);
    if (doomed.size === 0) return;
    const open = [...this.slots.keys()].sort((a, b) => a - b);
    let run: number[] = [];
    const flush = (): void => {
      if (run.length === 1) this.close(run[0]!);
      else if (run.length > 1) {
        this.out.push({ op: 'closeRange', from: run[0]!, to: run[run.length - 1]! });
        for (const fd of run) this.drop(fd);
      }
      run = [];
    };
    for (const fd of open) {
      if (doomed.has(fd)) run.push(fd);
      else flush();
    }
    flush();
  }

  /** Record a send. */
  send(fd: number, to: number, msg: number): void {
    const s = this.slots.get(fd);
    if (s === undefined) throw new Error(`planner: send of closed fd ${fd}`);
    this.out.push({ op: 'send', fd, file: graphId(s.file), to, msg });
  }

  /** Record a receive. */
  recv(msg: number, from: number, fd: number, file: number, cloexec: boolean): void {
    this.out.push({ op: 'recv', msg, from, fd, file: graphId(file), cloexec });
    this.put(fd, file, cloexec);
  }

  /** Take the recorded ops and start a new batch. */
  take(): PlanOp[] {
    const ops = this.out;
    this.out = [];
    return ops;
  }
}
