// What a check reports, and the report of a whole run.

import type { EnvironmentFacts } from '@fdlens/core';
import type { FindingCode, Severity } from './codes.js';

/** What resolves a finding. */
export interface Fix {
  /** The CRIU option that makes the dump succeed, filled in for this finding (e.g. `--ghost-limit 4M`). */
  criuOption?: string;
  /** What to do, in one sentence. */
  action: string;
}

/** Another fd a finding points at (an outside holder, the other end, a sharer). */
export interface RelatedFd {
  /** Process. */
  pid: number;
  /** fd, when it is an fd. */
  fd?: number;
  /** Command name, when known. */
  comm?: string;
  /** How it relates (`same-description`, `same-pipe`, `socket-peer`, `sharer` …). */
  relation: string;
}

/** One thing CRIU will refuse or need. */
export interface Finding {
  /** Stable code. */
  code: FindingCode;
  /** Severity (after `criuOptions` were applied). */
  severity: Severity;
  /** The process it is about (for machine-wide findings: the first root). */
  pid: number;
  /** The fd it is about. */
  fd?: number;
  /** The graph's open-file id it is about. */
  file?: number;
  /** Why, in plain words, naming the file. */
  reason: string;
  /** What resolves it. */
  fix: Fix;
  /** What CRIU 4.2 logs when it meets this. */
  criu?: { message: string };
  /** Other fds involved. */
  related?: RelatedFd[];
  /** The option among the caller's `criuOptions` that resolves it (its severity is then `info`). */
  resolvedBy?: string;
}

/** A check that could not run, and why (a live fact was missing). */
export interface SkippedCheck {
  /** Check name. */
  check: string;
  /** Why it did not run. */
  reason: string;
}

/** Schema tag of a preflight report. */
export const REPORT_SCHEMA = 'fdlens.preflight/v1';

/** The result of a preflight run. */
export interface PreflightReport {
  /** Always REPORT_SCHEMA. */
  schema: typeof REPORT_SCHEMA;
  /** The roots of the checked tree. */
  roots: number[];
  /** The processes checked. */
  processes: number;
  /** Findings, worst first, then by pid and fd. */
  findings: Finding[];
  /** Findings per severity. */
  counts: Record<Severity, number>;
  /** The CRIU options the caller said the dump will use. */
  criuOptions: string[];
  /** Checks that could not run. */
  skipped: SkippedCheck[];
  /** The machine, when checked live. */
  environment?: EnvironmentFacts;
}

/** True when the report has a blocker (exit code 1). */
export function hasBlocker(report: PreflightReport): boolean {
  return report.counts.blocker > 0;
}
