// A tree CRIU dumps as it is, and the report's shape: grouping, JSON, options.

import { afterEach, describe, expect, it } from 'vitest';
import { formatReport, preflight } from '@fdlens/preflight';
import { check } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('a clean tree', () => {
  it('has no blocker and no warning: inherited file, dup, pipe, socketpair, epoll, CLONE_FILES child', async () => {
    const run = await startFixture('clean');
    const { graph, report } = check(run.root);
    expect(graph.tasks.map((t) => t.pid).sort()).toEqual([run.root, run.num('child'), run.num('clonefiles')].sort());
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.counts).toEqual({ blocker: 0, warning: 0, info: report.findings.length });
    expect(report.skipped).toEqual([]);
    expect(formatReport(report)).toContain('0 blockers, 0 warnings');
  });
});

describe('report shape', () => {
  it('groups human output by severity, worst first, and keeps codes in JSON', async () => {
    const run = await startFixture('files', 'ghost-big');
    const { graph, facts } = check(run.root);
    const report = preflight(graph, { ...facts, restoreNrOpen: 3 }, { criuOptions: [] });
    const text = formatReport(report);
    const blockers = text.indexOf('BLOCKERS');
    expect(blockers).toBeGreaterThan(0);
    expect(text.indexOf('FDLENS_PF_GHOST_TOO_BIG')).toBeGreaterThan(blockers);
    expect(text).toContain('fix: --ghost-limit 3M');
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(json.schema).toBe('fdlens.preflight/v1');
    expect(json.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['FDLENS_PF_GHOST_TOO_BIG', 'FDLENS_PF_FD_ABOVE_NR_OPEN']));
    const severities = json.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['blocker', 'warning', 'info'].indexOf(a) - ['blocker', 'warning', 'info'].indexOf(b)));
  });

  it('reports checks it could not run instead of guessing', async () => {
    const run = await startFixture('files', 'flock');
    const { graph } = check(run.root);
    const report = preflight(graph, {});
    expect(report.findings.map((f) => f.code)).not.toContain('FDLENS_PF_FILE_LOCK');
    expect(report.skipped.map((s) => s.check)).toEqual(expect.arrayContaining(['file-locks', 'regular-files', 'outside-sharing', 'environment', 'fd-above-nr-open']));
  });
});
