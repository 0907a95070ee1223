// captureTree: freeze, read, resume. The tree is resumed on every path out of here: success,
// an exception, a signal (handlers for sigstop; the kernel itself for ptrace).

import { release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { UsageError } from '../errors.js';
import { GRAPH_SCHEMA, type Graph, type IdentitySource } from '../graph.js';
import { sharedFileIds } from '../graph-query.js';
import { silentLogger, type Logger } from '../log.js';
import { ffiCounters } from '../sys/libc.js';
import { processExists } from '../sys/proc.js';
import { chooseFileBackend, probeBackends, type BackendName } from './backends.js';
import { discoverAll, discoverTrees } from './discover.js';
import { createFreezer, type FreezeMethod } from './freeze.js';
import { SocketDirectory } from './sockets.js';
import { TreeReader } from './tree-reader.js';

/** What to capture and how. */
export interface CaptureOptions {
  /** Root pids: each is captured with all its descendants. */
  roots?: number[];
  /** Capture every user process instead of trees. */
  all?: boolean;
  /**
   * How to hold the tree still: `ptrace` (default for roots), `sigstop`, or `none` (default for
   * `all`: stopping a whole system is not what a look around should do). `true` means ptrace.
   */
  freeze?: FreezeMethod | boolean;
  /** File-identity backend; `auto` (default) takes kcmp, else pidfd_getfd + F_DUPFD_QUERY. */
  backend?: BackendName | 'auto';
  /** pino logger; silent by default. */
  logger?: Logger;
  /** Called after each process is read (progress lines). */
  onProgress?: (done: number, total: number) => void;
  /** Called after each process is read, inside the frozen window (tests inject failures here). */
  onTaskRead?: (pid: number) => void;
  /**
   * Called with the finished graph before the tree is resumed (at once when it was not frozen):
   * for readers of more live facts (preflight) that must see the tree exactly as captured.
   */
  whileFrozen?: (graph: Graph) => void;
}

function resolveFreeze(options: CaptureOptions): FreezeMethod {
  const f = options.freeze;
  if (f === undefined) return options.all ? 'none' : 'ptrace';
  if (f === true) return 'ptrace';
  if (f === false) return 'none';
  if (f === 'ptrace' || f === 'sigstop' || f === 'none') return f;
  throw new UsageError('FDLENS_BAD_FREEZE', `unknown freeze method "${String(f)}"`, { hint: 'use ptrace, sigstop or none' });
}

function validateRoots(options: CaptureOptions): number[] {
  const roots = options.roots ?? [];
  if (options.all && roots.length > 0) throw new UsageError('FDLENS_BAD_ARGS', 'give either pids or --all, not both', { hint: 'drop the pids to scan everything, or drop --all' });
  if (!options.all && roots.length === 0) throw new UsageError('FDLENS_BAD_ARGS', 'no pid to scan', { hint: 'give one or more root pids, or --all' });
  for (const pid of roots) {
    if (!Number.isSafeInteger(pid) || pid <= 0) throw new UsageError('FDLENS_BAD_PID', `"${String(pid)}" is not a pid`, { hint: 'a pid is a positive integer, as `ps` shows it' });
    if (pid === process.pid) throw new UsageError('FDLENS_SELF', `pid ${pid} is fdlens itself`, { hint: 'scan another process' });
    if (!processExists(pid)) throw new UsageError('FDLENS_NO_SUCH_PID', `no process with pid ${pid}`, { hint: `check it with \`ps -p ${pid}\`; it may have exited` });
  }
  return roots;
}

/**
 * Capture a live process tree (or every process) into a graph. Synchronous: nothing runs
 * meanwhile, and the tree is resumed on every way out.
 */
export function captureTree(options: CaptureOptions): Graph {
  const started = performance.now();
  const calls0 = ffiCounters.calls;
  const kcmp0 = ffiCounters.kcmp;
  const logger = options.logger ?? silentLogger;
  const roots = validateRoots(options);
  const method = resolveFreeze(options);
  const backend = chooseFileBackend(options.backend);
  const probe = probeBackends();
  if (backend === undefined) {
    logger.warn({ kcmp: probe.kcmpReason, dupfdQuery: probe.dupfdQueryReason }, 'no identity backend works: every description is reported as unknown');
  }
  if (!probe.kcmp) logger.warn({ reason: probe.kcmpReason }, 'kcmp unavailable: fd-table, mm, fs and sighand sharing are unknown');
  logger.debug({ backend: backend?.name ?? 'unknown', forced: options.backend ?? 'auto', probe, freeze: method }, 'identity backend and freeze method chosen');
  const exclude = new Set([process.pid]);
  const freezer = createFreezer(method, logger);
  const knownThreads = (pid: number): number[] | undefined => freezer.threadsOf(pid);
  const discover = (): number[] => (options.all ? discoverAll(exclude) : discoverTrees(roots, exclude, knownThreads));
  const reader = new TreeReader({ frozen: method !== 'none', backend, taskKcmp: probe.kcmp, sockets: new SocketDirectory(), logger, skipUnreadable: options.all === true, knownThreads });
  try {
    let order = discover();
    if (method !== 'none') {
      // A running process may fork before it is frozen: repeat until the tree stops growing.
      const frozen = new Set<number>();
      for (let round = 0; round < 32; round++) {
        const fresh = order.filter((pid) => !frozen.has(pid));
        if (fresh.length === 0) break;
        for (const pid of fresh) frozen.add(pid);
        freezer.freeze(fresh);
        order = discover();
      }
    }
    logger.debug({ processes: order.length, freeze: method, backend: backend?.name ?? 'unknown' }, 'tree discovered');
    order.forEach((pid, i) => {
      reader.readTask(pid);
      options.onProgress?.(i + 1, order.length);
      options.onTaskRead?.(pid);
    });
    reader.finish();
    const graph = assemble(reader, { started, calls0, kcmp0, method, backend: backend?.name ?? 'unknown', taskKcmp: probe.kcmp });
    options.whileFrozen?.(graph);
    logger.info(graph.stats!, 'capture done');
    return graph;
  } finally {
    freezer.resume();
    backend?.dispose();
  }
}

/** The graph of what the reader read, with the capture's counters. */
function assemble(reader: TreeReader, run: { started: number; calls0: number; kcmp0: number; method: FreezeMethod; backend: IdentitySource; taskKcmp: boolean }): Graph {
  const fds = reader.tasks.reduce((n, t) => n + t.fds.length, 0);
  const graph: Graph = {
    schema: GRAPH_SCHEMA,
    source: {
      kind: 'live',
      capturedAt: new Date().toISOString(),
      kernel: release(),
      backend: run.backend,
      freeze: run.method,
      taskIdentity: run.taskKcmp ? 'kcmp' : 'unknown',
    },
    tasks: reader.tasks,
    files: reader.files,
    vanished: reader.vanished,
    ...(reader.unreadable.length > 0 ? { unreadable: reader.unreadable } : {}),
    stats: {
      processes: reader.tasks.length,
      threads: reader.threadCount(),
      fds,
      files: reader.files.length,
      sharedFiles: sharedFileIds(reader).size,
      kcmpCalls: ffiCounters.kcmp - run.kcmp0,
      ffiCalls: ffiCounters.calls - run.calls0,
      elapsedMs: Math.round((performance.now() - run.started) * 10) / 10,
    },
  };
  return graph;
}
