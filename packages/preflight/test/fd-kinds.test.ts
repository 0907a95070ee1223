// fd kinds CRIU cannot dump. Ground truth: what each fixture opened and at which fd.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, findingsOf, theFinding } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('anon inodes CRIU cannot dump', () => {
  it('userfaultfd is a blocker with no option, as CRIU 4.2 answered R2', async () => {
    const run = await startFixture('anon', 'userfaultfd');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_USERFAULTFD');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('fd') });
    expect(f.fix.criuOption).toBeUndefined();
    // R2: "Can't dump file 3 of that type [600] (anon anon_inode:[userfaultfd])"
    expect(f.criu?.message).toBe(`Can't dump file ${run.num('fd')} of that type [600] (anon anon_inode:[userfaultfd])`);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_USERFAULTFD']);
  });

  it('io_uring is a blocker', async () => {
    const run = await startFixture('anon', 'io_uring');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_IO_URING')).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_IO_URING']);
  });

  it('a perf_event_open fd is a blocker', async () => {
    const run = await startFixture('anon', 'perf_event');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_PERF_EVENT')).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_PERF_EVENT']);
  });

  // Classes CRIU has no dumper for (files.c: anon-inode links other than eventfd, eventpoll,
  // inotify, fanotify, signalfd, timerfd, pidfd and bpf-map go to dump_unsupp_fd).
  for (const [kind, link] of [
    ['landlock', 'anon_inode:[landlock-ruleset]'],
    ['bpf-prog', 'anon_inode:bpf-prog'],
    ['seccomp-notify', 'anon_inode:seccomp notify'],
  ] as const) {
    it(`${kind} (${link}) is an unsupported anon inode: a blocker no option resolves`, async (ctx) => {
      const run = await startFixture('anon', kind);
      if (run.values.unavailable !== undefined) ctx.skip(`this kernel has no ${kind}: ${run.values.unavailable}`);
      const { graph, report } = check(run.root);
      const file = graph.files.find((f) => f.id === graph.tasks[0]!.fds.find((s) => s.fd === run.num('fd'))?.file);
      expect(file?.link).toBe(link);
      const f = theFinding(report, 'FDLENS_PF_UNSUPPORTED_ANON');
      expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('fd'), file: file!.id });
      expect(f.fix.criuOption).toBeUndefined();
      expect(f.fix.action).toContain(`close the ${link.replace(/^anon_inode:\[?(.*?)\]?$/, '$1')} fd before the checkpoint`);
      // dump_unsupp_fd: "Can't dump file %d of that type [%o] (%s %s)" with st_mode 0600.
      expect(f.criu?.message).toBe(`Can't dump file ${run.num('fd')} of that type [600] (anon ${link})`);
      expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNSUPPORTED_ANON']);
    });
  }

  it('a bpf map is not one of them: CRIU (built with libbpf) dumps bpf-map', async (ctx) => {
    const run = await startFixture('anon', 'bpf-map');
    if (run.values.unavailable !== undefined) ctx.skip(`this kernel has no bpf maps: ${run.values.unavailable}`);
    const { graph, report } = check(run.root);
    const slot = graph.tasks[0]!.fds.find((s) => s.fd === run.num('fd'));
    expect(graph.files.find((f) => f.id === slot?.file)?.link).toBe('anon_inode:bpf-map');
    expect(findingsOf(report, 'FDLENS_PF_UNSUPPORTED_ANON')).toEqual([]);
    expect(report.counts.blocker).toBe(0);
  });
});

describe('other kinds', () => {
  it('a packet-mode (O_DIRECT) pipe is a blocker on its O_DIRECT end only', async () => {
    const run = await startFixture('kinds', 'packet-pipe');
    const { report } = check(run.root);
    // pipe2(O_DIRECT) sets O_DIRECT on the write end only (fs/pipe.c): that description is refused.
    const fds = report.findings.filter((f) => f.code === 'FDLENS_PF_PACKET_PIPE').map((f) => f.fd);
    expect(fds).toEqual([run.num('wfd')]);
    expect(report.findings.find((f) => f.code === 'FDLENS_PF_PACKET_PIPE')?.criu?.message).toBe('The packetized mode for pipes is not supported yet');
  });

  it('/dev/fuse (misc 10:229) is an unsupported device; /dev/null (mem) is not', async () => {
    const run = await startFixture('kinds', 'device');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_UNSUPPORTED_DEVICE');
    expect(f).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    expect(f.reason).toContain('10:229');
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNSUPPORTED_DEVICE']);
  });

  it('a block device opened directly is unsupported', async () => {
    const run = await startFixture('kinds', 'block');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNSUPPORTED_DEVICE')).toMatchObject({ fd: run.num('fd') });
  });

  it('a memfd_secret fd lives on a mount no mountinfo lists: unsupported, "Can\'t lookup mount", not a link remap', async () => {
    const run = await startFixture('kinds', 'secretmem');
    const { graph, report } = check(run.root);
    const fd = run.num('fd');
    const file = graph.files.find((f) => f.id === graph.tasks[0]!.fds.find((s) => s.fd === fd)?.file)!;
    const mounts = readFileSync(`/proc/${run.root}/mountinfo`, 'utf8').split('\n').map((l) => Number(l.split(' ')[0]));
    expect(mounts).not.toContain(file.mntId);
    const f = theFinding(report, 'FDLENS_PF_UNSUPPORTED_FILE');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd, criu: { message: `Can't lookup mount=${file.mntId} for fd=${fd} path=/secretmem` } });
    expect(findingsOf(report, 'FDLENS_PF_LINK_REMAP')).toEqual([]);
  });

  it('an O_PATH fd on a symlink is not an unsupported file: CRIU dumps S_ISLNK as a regular file', async () => {
    // files.c takes S_ISLNK with S_ISREG and S_ISDIR; files-reg.c stats such a path with
    // AT_SYMLINK_NOFOLLOW.
    const run = await startFixture('kinds', 'opath-symlink');
    const { graph, report } = check(run.root);
    const slot = graph.tasks[0]!.fds.find((s) => s.fd === run.num('fd'));
    const file = graph.files.find((f) => f.id === slot?.file);
    expect(file).toMatchObject({ type: 'symlink', path: `${run.dir}/link` });
    expect((file!.mode ?? 0) & 0o170000).toBe(0o120000); // S_IFLNK: the fixture holds the link itself
    expect(findingsOf(report, 'FDLENS_PF_UNSUPPORTED_FILE')).toEqual([]);
    expect(report.counts.blocker).toBe(0);
  });

  it('an AF_VSOCK socket is an unsupported socket', async () => {
    const run = await startFixture('kinds', 'vsock');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_UNSUPPORTED_SOCKET')).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_UNSUPPORTED_SOCKET']);
  });
});

describe('fd numbers and fs.nr_open', () => {
  // fs.nr_open is system-wide and other work runs on this machine: instead of lowering it, the
  // check is asked about a restoring machine whose nr_open is lower, and about this one.
  it('fd 5000 is refused by a restoring machine with fs.nr_open 4096', async () => {
    const run = await startFixture('kinds', 'high-fd');
    expect(run.num('fd')).toBe(5000);
    const { report } = check(run.root, { restoreNrOpen: 4096 });
    const f = theFinding(report, 'FDLENS_PF_FD_ABOVE_NR_OPEN');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: 5000 });
    expect(f.fix.action).toContain('fs.nr_open=5001');
  });

  it('fd 5000 is fine against this machine\'s fs.nr_open, read live', async () => {
    const run = await startFixture('kinds', 'high-fd');
    const { report } = check(run.root);
    expect(report.environment?.nrOpen).toBeGreaterThan(5000);
    expect(report.findings.filter((f) => f.code === 'FDLENS_PF_FD_ABOVE_NR_OPEN')).toEqual([]);
  });

  it('an fd exactly at nr_open - 1 is accepted, at nr_open refused', async () => {
    const run = await startFixture('kinds', 'high-fd');
    expect(check(run.root, { restoreNrOpen: 5001 }).report.findings.map((f) => f.code)).not.toContain('FDLENS_PF_FD_ABOVE_NR_OPEN');
    expect(check(run.root, { restoreNrOpen: 5000 }).report.findings.map((f) => f.code)).toContain('FDLENS_PF_FD_ABOVE_NR_OPEN');
  });
});
