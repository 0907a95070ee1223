// Per-process objects shared between processes, the session, and ptrace. Ground truth: the
// clone flags each fixture used.

import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, findingsOf, theFinding } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('shared kernel objects', () => {
  it('clone(CLONE_VM) without CLONE_THREAD is a blocker, "Can\'t make VM id", as R6', async () => {
    const run = await startFixture('shared', 'vm');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_SHARED_VM');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.num('child') });
    expect(f.criu?.message).toBe(`Can't make VM id for ${run.num('child')}`);
    expect(f.fix.criuOption).toBeUndefined();
    expect(f.related).toEqual([expect.objectContaining({ pid: run.root, relation: 'sharer' })]);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_SHARED_VM']);
  });

  it('CLONE_SIGHAND (with the CLONE_VM it needs) is a blocker for both', async () => {
    const run = await startFixture('shared', 'sighand');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_SHARED_SIGHAND')).toMatchObject({ pid: run.num('child') });
    expect(blockerCodes(report).sort()).toEqual(['FDLENS_PF_SHARED_SIGHAND', 'FDLENS_PF_SHARED_VM']);
  });

  it('CLONE_FS is a blocker', async () => {
    const run = await startFixture('shared', 'fs');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_SHARED_FS')).toMatchObject({ severity: 'blocker', pid: run.num('child') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_SHARED_FS']);
  });

  it('an fd table shared by two siblings (clone CLONE_PARENT|CLONE_FILES) is a blocker', async () => {
    const run = await startFixture('shared', 'fdtable');
    const { graph, report } = check(run.root);
    const a = run.num('child');
    const b = graph.tasks.find((t) => t.pid !== run.root && t.pid !== a);
    expect(b?.ppid).toBe(run.root); // CLONE_PARENT: B is A's sibling
    expect(b?.fdTable).toBe(graph.tasks.find((t) => t.pid === a)?.fdTable);
    const f = theFinding(report, 'FDLENS_PF_SHARED_FDTABLE');
    expect(f).toMatchObject({ severity: 'blocker', pid: b!.pid });
    expect(f.related?.[0]?.pid).toBe(a);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_SHARED_FDTABLE']);
  });

  it('a CLONE_FILES child sharing its parent\'s table is allowed (as in S4)', async () => {
    const run = await startFixture('clean');
    const { graph, report } = check(run.root);
    const cf = graph.tasks.find((t) => t.pid === run.num('clonefiles'));
    expect(cf?.fdTable).toBe(graph.tasks.find((t) => t.pid === run.root)?.fdTable);
    expect(findingsOf(report, 'FDLENS_PF_SHARED_FDTABLE')).toEqual([]);
  });
});

describe('threads', () => {
  it('a thread with an fd table of its own is a warning naming it: CRIU would restore it sharing the process\'s', async () => {
    const run = await startFixture('shared', 'thread-files');
    const { graph, report } = check(run.root);
    const tid = run.num('thread');
    const root = graph.tasks.find((t) => t.pid === run.root)!;
    expect(root.threads).toContain(tid);
    expect(root.ownFdTableThreads).toEqual([tid]);
    const f = theFinding(report, 'FDLENS_PF_THREAD_OWN_FDTABLE');
    expect(f).toMatchObject({ severity: 'warning', pid: run.root });
    expect(f.reason).toContain(`thread ${tid} has an fd table of its own`);
    expect(report.counts.blocker).toBe(0);
  });
});

describe('session and ptrace', () => {
  it('a root that is not a session leader needs --shell-job', async () => {
    const run = await startFixture('clean', 'nosetsid');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_NOT_SESSION_LEADER');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fix: { criuOption: '--shell-job' } });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_NOT_SESSION_LEADER']);
    const again = check(run.root, { criuOptions: ['--shell-job'] }).report;
    expect(theFinding(again, 'FDLENS_PF_NOT_SESSION_LEADER')).toMatchObject({ severity: 'info', resolvedBy: '--shell-job' });
    expect(again.counts.blocker).toBe(0);
  });

  it('a process another tracer holds cannot be seized: blocker, and the tree is still read', async () => {
    const run = await startFixture('shared', 'traced');
    const { graph, report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_ENV_PTRACE');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.num('child') });
    expect(f.reason).toContain(`traced by pid ${run.root}`);
    expect(graph.source).toMatchObject({ kind: 'live', freeze: 'none' });
    expect(graph.tasks.map((t) => t.pid).sort()).toEqual([run.root, run.num('child')].sort());
  });
});
