// Holding a tree still while it is read. `ptrace` (default, as CRIU): PTRACE_SEIZE +
// PTRACE_INTERRUPT every thread; invisible to parents and shells, and the kernel resumes every
// tracee if we die, whatever kills us. `sigstop`: SIGSTOP each process and SIGCONT it after;
// resumed from finally blocks and signal handlers, but not after a SIGKILL.

import { OperationError } from '../errors.js';
import type { Logger } from '../log.js';
import { ptraceDetach, ptraceInterrupt, ptraceSeize, waitTraceeNoHang } from '../sys/ptrace.js';
import { listThreads, readStat, readTracerPid } from '../sys/proc.js';
import { permissionHint } from './permission.js';

/** How to hold a tree still. */
export type FreezeMethod = 'ptrace' | 'sigstop' | 'none';

/** A frozen set of processes that can be resumed, exactly once, whatever happens. */
export interface Freezer {
  /** Freeze these processes (those already frozen are skipped); returns the pids that vanished. */
  freeze(pids: number[]): number[];
  /** Resume everything this freezer stopped. Safe to call more than once. */
  resume(): void;
  /**
   * The threads (leader first) of a process this freezer stopped, as it found them all stopped:
   * final until resume, so discovery and the reader need not list them again.
   */
  threadsOf(pid: number): number[] | undefined;
}


const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

const STOP_TIMEOUT_MS = 5000;
const SIGNAL_GRACE_MS = 100;

/** A freezer for the method; `none` does nothing. */
export function createFreezer(method: FreezeMethod, logger: Logger): Freezer {
  if (method === 'ptrace') return new PtraceFreezer(logger);
  if (method === 'sigstop') return new SigstopFreezer(logger);
  return { freeze: () => [], resume: () => {}, threadsOf: () => undefined };
}

class PtraceFreezer implements Freezer {
  private readonly seized: number[] = [];
  private readonly done = new Set<number>();
  private readonly threads = new Map<number, number[]>();
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger;
  }

  freeze(pids: number[]): number[] {
    const vanished: number[] = [];
    // Interrupt everything first, then wait: the stops happen in parallel, not one by one.
    const interrupted = new Map<number, number[]>();
    for (const pid of pids) {
      if (this.done.has(pid)) continue;
      this.done.add(pid);
      const tids = this.interrupt(pid);
      if (tids.length === 0) vanished.push(pid);
      else interrupted.set(pid, tids);
    }
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    for (const [pid, tids] of interrupted) {
      for (const tid of tids) {
        for (;;) {
          const r = waitTraceeNoHang(tid);
          if (r.value === tid || r.errno !== undefined) break; // stopped, or gone (ECHILD)
          if (Date.now() > deadline) {
            this.logger.warn({ pid, tid }, 'thread did not stop in time (uninterruptible sleep?); reading it anyway');
            break;
          }
          sleepMs(1);
        }
      }
    }
    this.logger.debug({ processes: interrupted.size }, 'frozen (ptrace)');
    return vanished;
  }

  /** Seize and interrupt every thread, until the thread list stops growing; the tids seized. */
  private interrupt(pid: number): number[] {
    const mine = new Set<number>();
    for (let round = 0; round < 16; round++) {
      let tids: number[];
      try {
        tids = listThreads(pid);
      } catch {
        break;
      }
      const fresh = tids.filter((t) => !mine.has(t));
      if (fresh.length === 0) {
        // Every thread listed is seized (or exiting): none can start another until resume.
        if (mine.size > 0) this.threads.set(pid, tids);
        break;
      }
      for (const tid of fresh) {
        const seize = ptraceSeize(tid);
        if (seize.errno === 'ESRCH') continue; // the thread exited
        // The kernel also refuses (EPERM) a thread that is already exiting: that is no denial.
        if (seize.errno !== undefined && !exiting(tid)) this.refuse(pid, seize.errno);
        if (seize.errno !== undefined) continue;
        mine.add(tid);
        this.seized.push(tid);
        ptraceInterrupt(tid);
      }
    }
    return [...mine];
  }

  private refuse(pid: number, errno: string): never {
    let tracer = 0;
    try {
      tracer = readTracerPid(pid);
    } catch {
      // gone: report the ptrace error anyway
    }
    if (tracer !== 0 && tracer !== process.pid) {
      throw new OperationError('FDLENS_ALREADY_TRACED', `cannot freeze pid ${pid}: it is already traced by pid ${tracer} (a debugger or another checkpoint tool)`, {
        hint: 'detach the tracer, or scan without ptrace: --freeze sigstop, or --no-freeze',
        pid,
      });
    }
    throw new OperationError('FDLENS_PTRACE_DENIED', `cannot freeze pid ${pid}: ptrace(PTRACE_SEIZE) failed with ${errno}`, { hint: permissionHint(), pid });
  }

  resume(): void {
    for (const tid of this.seized.splice(0)) ptraceDetach(tid);
    this.threads.clear();
  }

  threadsOf(pid: number): number[] | undefined {
    return this.threads.get(pid);
  }
}

/**
 * Signals whose default action ends fdlens: while a tree is SIGSTOPped, each resumes it first
 * (Ctrl-C, kill, a closed terminal, Ctrl-\). SIGKILL cannot be caught; ptrace is immune to it.
 */
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

class SigstopFreezer implements Freezer {
  private readonly stopped: number[] = [];
  private readonly done = new Set<number>();
  private readonly threads = new Map<number, number[]>();
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.resume();
    process.kill(process.pid, signal);
  };
  private readonly onExit = (): void => this.resume();
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger;
  }

  freeze(pids: number[]): number[] {
    if (this.stopped.length === 0) {
      // Until resume, make sure a signal or exit cannot leave the tree stopped.
      for (const signal of ENDING_SIGNALS) process.once(signal, this.onSignal);
      process.once('exit', this.onExit);
    }
    const vanished: number[] = [];
    const sent: number[] = [];
    for (const pid of pids) {
      if (this.done.has(pid)) continue;
      this.done.add(pid);
      try {
        const state = readStat(pid).state;
        if (state === 'T' || state === 't' || state === 'Z') continue; // leave a stopped one as it is
        process.kill(pid, 'SIGSTOP');
        this.stopped.push(pid);
        sent.push(pid);
      } catch {
        vanished.push(pid);
      }
    }
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    for (const pid of sent) {
      for (;;) {
        const tids = stoppedThreads(pid);
        if (tids !== undefined) {
          // A stopped process starts no thread until SIGCONT.
          this.threads.set(pid, tids);
          break;
        }
        if (Date.now() >= deadline) break;
        sleepMs(1);
      }
    }
    this.logger.debug({ processes: sent.length }, 'frozen (SIGSTOP)');
    return vanished;
  }

  threadsOf(pid: number): number[] | undefined {
    return this.threads.get(pid);
  }

  resume(): void {
    for (const pid of this.stopped.splice(0)) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // it exited meanwhile
      }
    }
    this.threads.clear();
    // A signal that arrived during the (synchronous) scan is still queued in the event loop, and
    // Node delivers it some turns later: keep the handlers (they re-raise it) a little longer.
    setTimeout(() => {
      for (const signal of ENDING_SIGNALS) process.off(signal, this.onSignal);
      process.off('exit', this.onExit);
    }, SIGNAL_GRACE_MS);
  }
}

/** A thread that is a zombie, dead, or gone. */
function exiting(tid: number): boolean {
  try {
    const state = readStat(tid).state;
    return state === 'Z' || state === 'X' || state === 'x';
  } catch {
    return true;
  }
}

/** The threads of `pid` when every one is stopped (or gone); undefined while one still runs. */
function stoppedThreads(pid: number): number[] | undefined {
  let tids: number[];
  try {
    tids = listThreads(pid);
  } catch {
    return []; // the process is gone
  }
  const stopped = tids.every((tid) => {
    try {
      const state = readStat(tid).state;
      return state === 'T' || state === 't' || state === 'Z' || state === 'X';
    } catch {
      return true;
    }
  });
  return stopped ? tids : undefined;
}
