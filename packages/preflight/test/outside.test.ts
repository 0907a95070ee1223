// Sharing with processes outside the tree. Ground truth: the outside process T forked the tree's
// root R after opening the file or pipe, and reported which fd it kept.

import { afterEach, describe, expect, it } from 'vitest';
import { findOutsideHolders } from '@fdlens/core';
import { check, theFinding } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('outside holders', () => {
  it('a description inherited from the outside parent is a warning naming the outside pid:fd', async () => {
    const run = await startFixture('outside', 'file');
    const { report, facts } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_SHARED_OUTSIDE');
    expect(f.severity).toBe('warning');
    expect(f.related).toEqual([expect.objectContaining({ pid: run.num('outside'), fd: run.num('held'), relation: 'same-description' })]);
    expect(report.counts.blocker).toBe(0);
    // Efficiency: kcmp only for candidates the link text and dev:ino let through, never per fd.
    const scan = facts.outside!;
    expect(scan.processes).toBeGreaterThan(1);
    expect(scan.kcmpCalls).toBeLessThan(scan.fds / 4);
  });

  it('a pipe whose write end only the outside holds is a warning with --inherit-fd for the restore', async () => {
    const run = await startFixture('outside', 'pipe');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_PIPE_PEER_OUTSIDE');
    expect(f.severity).toBe('warning');
    expect(f.fix.criuOption).toMatch(/^--inherit-fd fd\[\d+\]:pipe:\[\d+\]$/);
    expect(f.related).toEqual([expect.objectContaining({ pid: run.num('outside'), fd: run.num('held'), relation: 'same-pipe' })]);
    expect(report.findings.filter((x) => x.code === 'FDLENS_PF_SHARED_OUTSIDE')).toEqual([]);
    expect(report.counts.blocker).toBe(0);
  });

  it('the scan finds nothing outside for a tree that shares nothing', async () => {
    const run = await startFixture('clean');
    const { graph } = check(run.root, { outside: false });
    const scan = findOutsideHolders(graph);
    expect(scan.holders).toEqual([]);
  });

  it('kcmp tells the shared description from a second open of the same inode', async () => {
    // R holds shared.txt twice: inherited from T (fd `held`, T's too) and opened again. Both have
    // one dev:ino; only kcmp can say which one T holds.
    const run = await startFixture('outside', 'file');
    const { graph, facts } = check(run.root);
    const opens = graph.files.filter((f) => f.path === `${run.dir}/shared.txt`);
    expect(opens).toHaveLength(2);
    const shared = facts.outside!.holders.filter((h) => h.relation === 'same-description');
    expect(shared).toHaveLength(1);
    const inherited = graph.tasks[0]!.fds.find((s) => s.fd === run.num('held'))!.file;
    expect(shared[0]!.file).toBe(inherited);
  });
});
