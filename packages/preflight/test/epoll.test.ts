// Epoll targets. Ground truth: where each fixture moved the registered target.

import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, theFinding } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('epoll targets', () => {
  it('a target dup\'ed to another number in the same process is found: info', async () => {
    const run = await startFixture('epoll', 'moved');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_EPOLL_TARGET_MOVED');
    expect(f).toMatchObject({ severity: 'info', pid: run.root, fd: run.num('epoll') });
    expect(f.reason).toContain(`${run.root}:50`);
    expect(report.counts.blocker).toBe(0);
  });

  it('a target passed to a child and closed is a blocker (only a later task holds it)', async () => {
    const run = await startFixture('epoll', 'escaped');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_EPOLL_TARGET_ESCAPED');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('epoll') });
    expect(f.related?.map((r) => r.pid)).toEqual([run.num('child')]);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_EPOLL_TARGET_ESCAPED']);
  });

  it('a target passed outside the tree and closed is a blocker', async () => {
    const run = await startFixture('outside', 'epoll-closed');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_EPOLL_TARGET_CLOSED')).toMatchObject({ severity: 'blocker', pid: run.root });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_EPOLL_TARGET_CLOSED']);
    // The write end left in the tree has its other end outside now.
    expect(theFinding(report, 'FDLENS_PF_PIPE_PEER_OUTSIDE').related?.[0]?.pid).toBe(run.num('outside'));
  });
});
