// The one place preflight touches the live system: capture the tree, and gather the facts the
// checks need through @fdlens/core while it is still frozen, so they describe the same tree.

import {
  captureTree,
  findOutsideHolders,
  OperationError,
  readEnvironment,
  readFileFacts,
  readFileLocks,
  readInetQueues,
  readUnixFacts,
  silentLogger,
  type BackendName,
  type Graph,
  type Logger,
} from '@fdlens/core';
import type { PreflightFacts } from './facts.js';
import type { PreflightReport } from './finding.js';
import { preflight, type PreflightOptions } from './preflight.js';

/** Options of gatherFacts. */
export interface GatherOptions {
  /** fs.nr_open of the machine that will restore, when not this one. */
  restoreNrOpen?: number;
  /** Search other processes for shared files, pipes and socket peers (default true). */
  outside?: boolean;
  /** pino logger. */
  logger?: Logger;
}

/** Read every live fact the checks use, for a graph just captured on this machine. */
export function gatherFacts(graph: Graph, options: GatherOptions = {}): PreflightFacts {
  const logger = options.logger ?? silentLogger;
  const facts: PreflightFacts = { environment: readEnvironment() };
  if (options.restoreNrOpen !== undefined) facts.restoreNrOpen = options.restoreNrOpen;
  facts.files = readFileFacts(graph);
  facts.locks = readFileLocks(graph);
  const unix = readUnixFacts(graph);
  if (unix !== undefined) facts.unix = unix;
  facts.inet = readInetQueues(graph);
  if (options.outside !== false) {
    facts.outside = findOutsideHolders(graph);
    const { processes, fds, statCalls, kcmpCalls, holders } = facts.outside;
    logger.debug({ processes, fds, statCalls, kcmpCalls, found: holders.length }, 'outside holders searched');
  }
  return facts;
}

/** Options of a live preflight. */
export interface LiveOptions extends PreflightOptions, GatherOptions {
  /** Root pids: each is checked with all its descendants. */
  roots: number[];
  /** File-identity backend for the capture (default auto). */
  backend?: BackendName | 'auto';
  /** Called after each process is captured. */
  onProgress?: (done: number, total: number) => void;
}

/** The graph, the facts and the report of one live preflight. */
export interface LiveResult {
  /** The captured graph. */
  graph: Graph;
  /** The facts gathered. */
  facts: PreflightFacts;
  /** The report. */
  report: PreflightReport;
}

const PTRACE_CODES = new Set(['FDLENS_PTRACE_DENIED', 'FDLENS_ALREADY_TRACED']);

/**
 * Capture a live tree (frozen with ptrace, as CRIU does), gather facts, run every check. When
 * ptrace is refused, CRIU would be refused too: that is a finding, and the tree is read unfrozen.
 */
export function preflightLive(options: LiveOptions): LiveResult {
  const logger = options.logger ?? silentLogger;
  let facts: PreflightFacts | undefined;
  const capture = (freeze: 'ptrace' | 'none'): Graph =>
    captureTree({
      roots: options.roots,
      freeze,
      backend: options.backend ?? 'auto',
      logger,
      whileFrozen: (captured) => {
        facts = gatherFacts(captured, options);
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  let graph: Graph;
  let denied: { pid: number; reason: string } | undefined;
  try {
    graph = capture('ptrace');
  } catch (err) {
    if (!(err instanceof OperationError) || !PTRACE_CODES.has(err.code)) throw err;
    denied = { pid: err.pid ?? options.roots[0]!, reason: err.message.replace(/^cannot freeze pid \d+: /, '') };
    logger.warn({ reason: err.message }, 'ptrace refused: reading the tree without freezing it');
    graph = capture('none');
  }
  if (denied !== undefined) facts!.ptraceDenied = [denied];
  return { graph, facts: facts!, report: preflight(graph, facts!, options) };
}
