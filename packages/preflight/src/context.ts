// Indexes over a graph and its facts that several checks need, built once per run.

import { filesById, holdersByFile, tasksByPid, type FdRef, type Graph, type OpenFile, type Task } from '@fdlens/core';
import type { PreflightFacts } from './facts.js';
import type { Finding, SkippedCheck } from './finding.js';

/** What a check gets. */
export interface CheckContext {
  /** The captured graph. */
  graph: Graph;
  /** Live facts. */
  facts: PreflightFacts;
  /** Holders of each open file, in task order then fd order. */
  holders: Map<number, FdRef[]>;
  /** Files by id. */
  files: Map<number, OpenFile>;
  /** Tasks by pid. */
  tasks: Map<number, Task>;
  /** Position of each pid in the graph's pre-order (CRIU dumps tasks in that order). */
  order: Map<number, number>;
  /** The first root pid (for machine-wide findings). */
  rootPid: number;
  /** Record that a check could not run. */
  skip: (check: string, reason: string) => void;
}

/** One check: findings from the context. */
export type Check = (ctx: CheckContext) => Finding[];

/** Build the context for a graph and its facts. */
export function buildContext(graph: Graph, facts: PreflightFacts, skipped: SkippedCheck[]): CheckContext {
  const pids = new Set(graph.tasks.map((t) => t.pid));
  const root = graph.tasks.find((t) => !pids.has(t.ppid)) ?? graph.tasks[0];
  return {
    graph,
    facts,
    holders: holdersByFile(graph),
    files: filesById(graph),
    tasks: tasksByPid(graph),
    order: new Map(graph.tasks.map((t, i) => [t.pid, i])),
    rootPid: root?.pid ?? 0,
    skip: (check, reason) => skipped.push({ check, reason }),
  };
}

/** The first holder of a file (CRIU dumps a description at its first fd in pre-order). */
export function firstHolder(ctx: CheckContext, file: number): FdRef | undefined {
  return ctx.holders.get(file)?.[0];
}

/** `pid:fd` list of a file's holders, for reasons. */
export function holderList(ctx: CheckContext, file: number, max = 4): string {
  const refs = ctx.holders.get(file) ?? [];
  const shown = refs.slice(0, max).map((r) => `${r.pid}:${r.fd}`);
  return refs.length > max ? `${shown.join(', ')} and ${refs.length - max} more` : shown.join(', ');
}

/** A short name for an open file: its path, link text or kind. */
export function fileLabel(file: OpenFile): string {
  if (file.path !== undefined) return file.deleted ? `${file.path} (deleted)` : file.path;
  if (file.link !== undefined) return file.link;
  if (file.socket !== undefined) return `${file.socket.family} ${file.socket.type} socket:[${file.socket.ino}]`;
  if (file.pipeIno !== undefined) return `pipe:[${file.pipeIno}]`;
  return file.anon !== undefined ? `anon_inode:[${file.anon}]` : file.type;
}
