// Human output of a report: findings grouped by severity, worst first. Pure: returns text.

import { SEVERITIES, type Severity } from './codes.js';
import type { Finding, PreflightReport } from './finding.js';

const HEADINGS: Record<Severity, string> = { blocker: 'BLOCKERS (criu dump fails, or the restore does)', warning: 'WARNINGS (the dump works; the restore differs)', info: 'INFO' };

function where(f: Finding): string {
  return f.fd === undefined ? `pid ${f.pid}` : `pid ${f.pid} fd ${f.fd}`;
}

/** One finding as text lines. */
export function formatFinding(f: Finding): string[] {
  const lines = [`  ${f.code}  ${where(f)}`, `    ${f.reason}`];
  if (f.resolvedBy !== undefined) lines.push(`    resolved by ${f.resolvedBy}`);
  else lines.push(`    fix: ${f.fix.criuOption !== undefined ? `${f.fix.criuOption} — ` : ''}${f.fix.action}`);
  if (f.criu !== undefined) lines.push(`    criu: ${f.criu.message}`);
  return lines;
}

/** The whole report as text. */
export function formatReport(report: PreflightReport): string {
  const out: string[] = [];
  const env = report.environment;
  out.push(`preflight of ${report.roots.join(', ')}: ${report.processes} process${report.processes === 1 ? '' : 'es'}; ${report.counts.blocker} blocker${report.counts.blocker === 1 ? '' : 's'}, ${report.counts.warning} warning${report.counts.warning === 1 ? '' : 's'}, ${report.counts.info} info`);
  if (env !== undefined) {
    out.push(`machine: Linux ${env.kernel}; kcmp ${env.kcmp ? 'yes' : 'no'}; KCMP_EPOLL_TFD ${env.kcmpEpollTfd ? 'yes' : 'no'}; fs.nr_open ${env.nrOpen ?? '?'}; ptrace_scope ${env.ptraceScope ?? 'no Yama'}; euid ${env.euid}; criu ${env.criuPath ?? 'not found'}`);
  }
  if (report.criuOptions.length > 0) out.push(`assuming criu dump ${report.criuOptions.join(' ')}`);
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `${HEADINGS[severity]}: ${group.length}`);
    for (const f of group) out.push(...formatFinding(f));
  }
  if (report.findings.length === 0) out.push('', 'nothing found: CRIU should dump this tree as it is.');
  for (const s of report.skipped) out.push(`(not checked: ${s.check}: ${s.reason})`);
  return `${out.join('\n')}\n`;
}
