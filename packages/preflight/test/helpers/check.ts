// Run a live preflight on a fixture, here or from another process, and pick findings out of the
// report.

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { preflightLive, type Finding, type FindingCode, type LiveOptions, type LiveResult, type PreflightReport } from '@fdlens/preflight';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Live preflight of the tree under `root`. */
export function check(root: number, options: Partial<LiveOptions> = {}): LiveResult {
  return preflightLive({ roots: [root], ...options });
}

/**
 * Live preflight of the tree under `root` run by another node process started through `prefix`
 * (setpriv, a seccomp filter, a mount namespace): what fdlens reports on a machine like that.
 */
export function checkFrom(prefix: readonly string[], root: number, options: { outside?: boolean } = {}): PreflightReport {
  const script = `import { preflightLive } from '@fdlens/preflight'; const { report } = preflightLive(${JSON.stringify({ roots: [root], ...options })}); console.log(JSON.stringify(report));`;
  const [command, ...args] = prefix;
  if (command === undefined) throw new Error('checkFrom needs a command to start node through');
  const out = execFileSync(command, [...args, process.execPath, '--import', 'tsx', '--conditions=@fdlens/source', '--input-type=module', '-e', script], { cwd: PACKAGE, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as PreflightReport;
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
