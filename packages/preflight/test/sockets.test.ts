// Sockets. Ground truth: which end each fixture process holds and what it did with it.

import { readlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, findingsOf, theFinding } from './helpers/check.js';
import { startFixture, startFixtureInNetns, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('TCP', () => {
  it('an established loopback connection needs --tcp-established (both ends are refused)', async () => {
    const run = await startFixture('sockets', 'tcp-established');
    const { report } = check(run.root);
    const found = findingsOf(report, 'FDLENS_PF_TCP_ESTABLISHED');
    expect(found.map((f) => f.fd).sort()).toEqual([run.num('client'), run.num('server')].sort());
    for (const f of found) expect(f).toMatchObject({ severity: 'blocker', fix: { criuOption: '--tcp-established' }, criu: { message: 'Connected TCP socket, consider using --tcp-established option.' } });
    const withOpt = check(run.root, { criuOptions: ['--tcp-established'] }).report;
    expect(withOpt.counts.blocker).toBe(0);
  });

  it('a listener with an unaccepted connection needs --skip-in-flight', async () => {
    const run = await startFixture('outside', 'tcp-inflight');
    const { graph, report } = check(run.root);
    const listener = graph.tasks[0]!.fds.find((s) => graph.files.find((f) => f.id === s.file)?.socket?.state === 'listen');
    const f = theFinding(report, 'FDLENS_PF_TCP_INFLIGHT');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: listener?.fd, fix: { criuOption: '--skip-in-flight' } });
    expect(f.reason).toContain('1 connection waiting');
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_TCP_INFLIGHT']);
    expect(check(run.root, { criuOptions: ['--skip-in-flight'] }).report.counts.blocker).toBe(0);
  });
});

describe('unix sockets', () => {
  it('a stream socket whose peer is outside is a blocker naming the outside holder and --external unix[ino]', async () => {
    const run = await startFixture('outside', 'unix-stream');
    const { graph, report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_UNIX_EXTERNAL_PEER');
    const ino = graph.files.find((x) => x.id === f.file)?.socket?.ino;
    expect(f.fix.criuOption).toBe(`--external unix[${ino}]`);
    expect(f.related).toEqual([expect.objectContaining({ pid: run.num('outside'), fd: run.num('held'), relation: 'socket-peer' })]);
    expect(f.criu?.message).toBe('External socket is used. Consider using --ext-unix-sk option.');
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNIX_EXTERNAL_PEER']);
    // --ext-unix-sk does not help a stream connection; --external unix[ino] does.
    expect(check(run.root, { criuOptions: ['--ext-unix-sk'] }).report.counts.blocker).toBe(1);
    expect(check(run.root, { criuOptions: [`--external unix[${ino}]`] }).report.counts.blocker).toBe(0);
  });

  it('a dgram socket connected to a named outside socket is resolved by --ext-unix-sk', async () => {
    const run = await startFixture('outside', 'unix-dgram');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_UNIX_EXTERNAL_PEER');
    expect(f.fix.criuOption).toBe('--ext-unix-sk');
    expect(f.related?.[0]).toMatchObject({ pid: run.num('outside'), fd: run.num('held') });
    expect(check(run.root, { criuOptions: ['-x'] }).report.counts.blocker).toBe(0);
  });

  it('a pending connection from a client in the tree is info only', async () => {
    const run = await startFixture('sockets', 'unix-pending');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNIX_INFLIGHT')).toMatchObject({ severity: 'info', fd: run.num('listener') });
    expect(report.counts.blocker).toBe(0);
  });

  it('a pending connection whose client closed is a blocker', async () => {
    const run = await startFixture('sockets', 'unix-closed');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNIX_CLOSED_INFLIGHT')).toMatchObject({ severity: 'blocker', fd: run.num('listener') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNIX_CLOSED_INFLIGHT']);
  });

  it.skipIf(process.geteuid?.() !== 0)('in a network namespace of its own (a container), the closed pending connection is still found', async () => {
    // sock_diag lists the sockets of the namespace its socket was made in: fdlens makes one there.
    const run = await startFixtureInNetns('sockets', 'unix-closed');
    expect(readlinkSync(`/proc/${run.root}/ns/net`)).not.toBe(readlinkSync('/proc/self/ns/net'));
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNIX_CLOSED_INFLIGHT')).toMatchObject({ severity: 'blocker', fd: run.num('listener') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNIX_CLOSED_INFLIGHT']);
  });

  it('a pending connection with data written into it is a blocker', async () => {
    const run = await startFixture('sockets', 'unix-wqueue');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNIX_INFLIGHT_WQUEUE')).toMatchObject({ severity: 'blocker', fd: run.num('client') });
  });

  it('a dgram socket whose nameless peer reconnected elsewhere has an unreachable peer', async () => {
    // A and B are a socketpair; B then connected to the named C. A still sends to B, but B has no
    // name and its peer is C: CRIU cannot reconnect A on restore.
    const run = await startFixture('sockets', 'unix-unreachable');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_UNIX_UNREACHABLE_PEER');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('a') });
    expect(f.fix).toEqual({ action: 'close the socket before the checkpoint' });
    expect(f.reason).toContain(`connected to socket:[${run.num('b_ino')}], which has no name and is connected to socket:[${run.num('c_ino')}]`);
    // sk-unix.c: "Unix socket %u with unreachable peer %u (%u)"
    expect(f.criu?.message).toBe(`Unix socket ${run.num('a_ino')} with unreachable peer ${run.num('b_ino')} (${run.num('c_ino')})`);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNIX_UNREACHABLE_PEER']);
  });

  it('the same sockets with B still connected to A have no unreachable peer', async () => {
    const run = await startFixture('sockets', 'unix-dgram-pair');
    const { report } = check(run.root);
    expect(findingsOf(report, 'FDLENS_PF_UNIX_UNREACHABLE_PEER')).toEqual([]);
    expect(report.counts.blocker).toBe(0);
  });

  it('a connection to a listener no dumped namespace shows, not shut down, is dangling', async () => {
    // The listener lives in another network namespace (held by T, outside the tree): the client
    // is established, has no peer inode yet, and no listener in its namespace lists it.
    const run = await startFixture('outside', 'unix-dangling');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_UNIX_DANGLING');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('fd') });
    expect(f.fix.criuOption).toBeUndefined();
    expect(f.fix.action).toContain('shutdown(fd, SHUT_RDWR)');
    expect(f.reason).toContain(`socket:[${run.num('fd_ino')}]`);
    // sk-unix.c: "Dangling connection %d"
    expect(f.criu?.message).toBe(`Dangling connection ${run.num('fd_ino')}`);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNIX_DANGLING']);
  });

  it('the same connection shut down is a semi-closed connection CRIU dumps', async () => {
    const run = await startFixture('outside', 'unix-dangling-shut');
    const { report } = check(run.root);
    expect(findingsOf(report, 'FDLENS_PF_UNIX_DANGLING')).toEqual([]);
    expect(report.counts.blocker).toBe(0);
  });
});
