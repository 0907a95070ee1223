// Run a live preflight on a fixture and pick findings out of the report.

import { expect } from 'vitest';
import { preflightLive, type Finding, type FindingCode, type LiveOptions, type LiveResult, type PreflightReport } from '@fdlens/preflight';

/** Live preflight of the tree under `root`. */
export function check(root: number, options: Partial<LiveOptions> = {}): LiveResult {
  return preflightLive({ roots: [root], ...options });
}

/** The findings with `code`. */
export function findingsOf(report: PreflightReport, code: FindingCode): Finding[] {
  return report.findings.filter((f) => f.code === code);
}

/** The one finding with `code` (fails the test when there is not exactly one). */
export function theFinding(report: PreflightReport, code: FindingCode): Finding {
  const found = findingsOf(report, code);
  expect(found, `findings ${code} in ${JSON.stringify(report.findings.map((f) => f.code))}`).toHaveLength(1);
  return found[0]!;
}

/** The codes of the blockers. */
export function blockerCodes(report: PreflightReport): FindingCode[] {
  return report.findings.filter((f) => f.severity === 'blocker').map((f) => f.code);
}
