// preflight(graph, facts): every check over a captured graph and its live facts. Pure: the same
// graph and facts give the same report, so checks are tested on real captures and real dumps.

import type { Graph } from '@fdlens/core';
import { SEVERITIES, type Severity } from './codes.js';
import { buildContext, type Check } from './context.js';
import { checkEnvironment } from './checks/environment.js';
import { checkEpollTargets } from './checks/epoll.js';
import { checkFdTypes, checkNrOpen } from './checks/fd-types.js';
import { checkFileLocks, checkRegularFiles } from './checks/files.js';
import { checkOutsideSharing } from './checks/outside.js';
import { checkInetSockets, checkUnixSockets } from './checks/sockets.js';
import { checkSession, checkSharedTaskObjects, checkThreadFdTables } from './checks/tasks.js';
import { parseCriuOptions, resolvingOption } from './criu-options.js';
import type { PreflightFacts } from './facts.js';
import { REPORT_SCHEMA, type Finding, type PreflightReport, type SkippedCheck } from './finding.js';

/** Options of a preflight run. */
export interface PreflightOptions {
  /**
   * The CRIU options the dump will use (`['--shell-job', '--ghost-limit 10M']`): findings one of
   * them resolves are reported as info with `resolvedBy`. Default: none, a plain `criu dump`.
   */
  criuOptions?: readonly string[];
}

/** Every check, in the order their findings are listed within a severity. */
export const CHECKS: readonly { name: string; run: Check }[] = [
  { name: 'environment', run: checkEnvironment },
  { name: 'session', run: checkSession },
  { name: 'shared-task-objects', run: checkSharedTaskObjects },
  { name: 'thread-fd-tables', run: checkThreadFdTables },
  { name: 'fd-types', run: checkFdTypes },
  { name: 'fd-above-nr-open', run: checkNrOpen },
  { name: 'unix-sockets', run: checkUnixSockets },
  { name: 'inet-sockets', run: checkInetSockets },
  { name: 'regular-files', run: checkRegularFiles },
  { name: 'file-locks', run: checkFileLocks },
  { name: 'epoll-targets', run: checkEpollTargets },
  { name: 'outside-sharing', run: checkOutsideSharing },
];

/** Run every check over a graph and its facts. */
export function preflight(graph: Graph, facts: PreflightFacts = {}, options: PreflightOptions = {}): PreflightReport {
  const skipped: SkippedCheck[] = [];
  const ctx = buildContext(graph, facts, skipped);
  const criu = parseCriuOptions(options.criuOptions ?? []);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    for (const finding of check.run(ctx)) {
      const by = resolvingOption(finding, criu);
      if (by !== undefined) {
        finding.resolvedBy = by;
        finding.severity = 'info';
      }
      findings.push(finding);
    }
  }
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  // Stable sort: within a severity, check order, then the order each check found things in.
  findings.sort((a, b) => rank(a.severity) - rank(b.severity));
  const counts: Record<Severity, number> = { blocker: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const pids = new Set(graph.tasks.map((t) => t.pid));
  const report: PreflightReport = {
    schema: REPORT_SCHEMA,
    roots: graph.tasks.filter((t) => !pids.has(t.ppid)).map((t) => t.pid),
    processes: graph.tasks.length,
    findings,
    counts,
    criuOptions: [...(options.criuOptions ?? [])],
    skipped,
  };
  if (facts.environment !== undefined) report.environment = facts.environment;
  return report;
}
