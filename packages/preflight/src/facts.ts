// The live facts the checks read besides the graph. Every field is optional: a check whose fact
// is missing is reported as skipped, never guessed. `gatherFacts` (live.ts) fills them on a live
// machine; tests and dump readers may pass any subset.

import type { EnvironmentFacts, FileFact, InetQueueFact, LockFact, OutsideScan, UnixDiag } from '@fdlens/core';

/** Live facts for the checks. */
export interface PreflightFacts {
  /** fs.nr_open of the machine that will restore (defaults to environment.nrOpen). */
  restoreNrOpen?: number;
  /** Link counts, allocated blocks and path checks of path-backed files. */
  files?: FileFact[];
  /** File locks held through tree fds. */
  locks?: LockFact[];
  /** sock_diag entries of the tree's unix sockets, their peers and listeners. */
  unix?: UnixDiag[];
  /** Queue lengths of the tree's inet sockets. */
  inet?: InetQueueFact[];
  /** Outside holders of the tree's files, pipes and socket peers. */
  outside?: OutsideScan;
  /** The machine. */
  environment?: EnvironmentFacts;
  /** Processes that could not be seized with ptrace, with the reason. */
  ptraceDenied?: { pid: number; reason: string }[];
}
