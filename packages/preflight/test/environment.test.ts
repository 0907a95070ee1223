// The machine as CRIU meets it. Ground truth: /proc and /sys read directly, and each condition
// really built for one run: kcmp and pidfd_getfd refused by a seccomp filter, fdlens dropped to
// an unprivileged user, criu masked in a mount namespace of its own.

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAP, hasCapability, probeBackends, readEnvironment } from '@fdlens/core';
import { SYSCALL, seccompRunner } from '@fdlens/fixtures';
import { check, checkFrom, findingsOf, theFinding } from './helpers/check.js';
import { startFixture, startFixtureAs, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

const isRoot = process.geteuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const asNobody = ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups'];

/** Every criu executable readEnvironment could find: on PATH or in the directories it adds. */
function criuBinaries(): string[] {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/sbin'].filter((d) => d !== '');
  const found = new Set<string>();
  for (const dir of dirs) {
    const candidate = join(dir, 'criu');
    if (existsSync(candidate) && statSync(candidate).isFile()) found.add(realpathSync(candidate));
  }
  return [...found];
}

describe('environment facts', () => {
  it('agree with /proc on this machine', () => {
    const env = readEnvironment();
    expect(env.nrOpen).toBe(Number(readFileSync('/proc/sys/fs/nr_open', 'utf8')));
    expect(env.checkpointRestore).toBe(existsSync('/proc/sys/kernel/ns_last_pid'));
    expect(env.ptraceScope).toBe(existsSync('/proc/sys/kernel/yama/ptrace_scope') ? Number(readFileSync('/proc/sys/kernel/yama/ptrace_scope', 'utf8')) : undefined);
    expect(env.kernel).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    expect(env.euid).toBe(process.geteuid!());
    expect(env.kcmp).toBe(true);
    expect(env.criuPath === undefined).toBe(!['/usr/sbin/criu', '/usr/local/sbin/criu', '/usr/bin/criu', '/sbin/criu'].some(existsSync));
  });
});

describe('kcmp and file identity', () => {
  it('kcmp refused by seccomp is a blocker; pidfd_getfd + F_DUPFD_QUERY still decide sharing', async (ctx) => {
    const run = await startFixture('clean');
    const deny = await seccompRunner();
    const report = checkFrom([deny, String(SYSCALL.kcmp)], run.root, { outside: false });
    expect(theFinding(report, 'FDLENS_PF_ENV_NO_KCMP')).toMatchObject({ severity: 'blocker', pid: run.root });
    ctx.skip(!probeBackends().dupfdQuery, 'F_DUPFD_QUERY is missing here (Linux < 6.10): kcmp is the only identity backend');
    expect(findingsOf(report, 'FDLENS_PF_ENV_IDENTITY_UNKNOWN')).toEqual([]);
  });

  it('kcmp and pidfd_getfd both refused: which fds share a description is unknown, a warning', async () => {
    const run = await startFixture('clean');
    const deny = await seccompRunner();
    const report = checkFrom([deny, `${SYSCALL.kcmp},${SYSCALL.pidfdGetfd}`], run.root, { outside: false });
    const f = theFinding(report, 'FDLENS_PF_ENV_IDENTITY_UNKNOWN');
    expect(f).toMatchObject({ severity: 'warning', pid: run.root });
    expect(f.fd).toBeUndefined();
    expect(f.reason).toContain('neither kcmp nor pidfd_getfd + F_DUPFD_QUERY worked');
    expect(f.fix).toEqual({ action: 'run fdlens as root, or allow kcmp (e.g. --cap-add=SYS_PTRACE in a container)' });
    // The sharing-based checks say they did not run instead of reporting a clean tree.
    expect(report.skipped.map((s) => s.check)).toEqual(expect.arrayContaining(['shared-task-objects', 'epoll-targets']));
    // Run normally, the same tree has an identity backend.
    expect(findingsOf(check(run.root).report, 'FDLENS_PF_ENV_IDENTITY_UNKNOWN')).toEqual([]);
  });
});

describe.skipIf(!isRoot)('privileges (needs root to drop to nobody)', () => {
  it('an unprivileged user checking its own tree is warned that criu needs root or CAP_CHECKPOINT_RESTORE', async () => {
    const run = await startFixtureAs(NOBODY, 'clean');
    expect(statSync(`/proc/${run.root}`).uid).toBe(NOBODY.uid); // the user owns the tree
    const report = checkFrom(asNobody, run.root);
    expect(report.environment).toMatchObject({ euid: NOBODY.uid });
    expect(hasCapability(report.environment?.capEff, CAP.CHECKPOINT_RESTORE)).toBe(false);
    const f = theFinding(report, 'FDLENS_PF_ENV_PRIVILEGES');
    expect(f).toMatchObject({ severity: 'warning', pid: run.root });
    expect(f.fd).toBeUndefined();
    expect(f.reason).toContain(`euid ${NOBODY.uid}`);
    expect(f.fix).toEqual({ action: 'run criu as root, or give it CAP_CHECKPOINT_RESTORE + CAP_SYS_PTRACE and pass --unprivileged' });
    // The user owns the tree, so it could seize it: the warning is the only thing besides a clean tree.
    expect(report.findings.filter((x) => x.severity !== 'info').map((x) => x.code)).toEqual(['FDLENS_PF_ENV_PRIVILEGES']);
  });

  it('the same user holding CAP_CHECKPOINT_RESTORE is not warned, nor is root', async () => {
    const run = await startFixtureAs(NOBODY, 'clean');
    const report = checkFrom([...asNobody, '--inh-caps', '+checkpoint_restore', '--ambient-caps', '+checkpoint_restore'], run.root);
    expect(report.environment?.euid).toBe(NOBODY.uid);
    expect(hasCapability(report.environment?.capEff, CAP.CHECKPOINT_RESTORE)).toBe(true);
    expect(findingsOf(report, 'FDLENS_PF_ENV_PRIVILEGES')).toEqual([]);
    expect(findingsOf(check(run.root).report, 'FDLENS_PF_ENV_PRIVILEGES')).toEqual([]);
  });
});

describe.skipIf(!isRoot)('the criu binary and the kernel, seen from a mount namespace of its own (needs root)', () => {
  it('no criu on PATH or in the sbin directories is an info finding: install criu', async () => {
    const run = await startFixture('clean');
    // A mount namespace of its own in which every criu of this machine is covered by /dev/null:
    // to the process in it, criu is not installed.
    const masks = criuBinaries().map((path) => `mount --bind /dev/null '${path}' && `).join('');
    const report = checkFrom(['unshare', '--mount', '--propagation', 'private', 'sh', '-c', `${masks}exec "$@"`, 'sh'], run.root, { outside: false });
    expect(report.environment?.criuPath).toBeUndefined();
    const f = theFinding(report, 'FDLENS_PF_ENV_NO_CRIU');
    expect(f).toMatchObject({ severity: 'info', pid: run.root, fix: { action: 'install criu (Debian: apt-get install criu)' } });
    expect(f.fd).toBeUndefined();
  });

  it('a procfs mounted with subset=pid, as containers have it, hides /proc/sys: checkpoint/restore is still found', async () => {
    const run = await startFixture('clean');
    const script = 'mount -t proc -o subset=pid proc /proc && test ! -e /proc/sys && exec "$@"';
    const report = checkFrom(['unshare', '--mount', '--propagation', 'private', 'sh', '-c', script, 'sh'], run.root, { outside: false });
    expect(report.environment?.checkpointRestore).toBe(true);
    expect(findingsOf(report, 'FDLENS_PF_ENV_NO_CHECKPOINT_RESTORE')).toEqual([]);
  });

  it('an installed criu is found: no finding', async (ctx) => {
    ctx.skip(criuBinaries().length === 0, 'criu is not installed on this machine');
    const run = await startFixture('clean');
    const { report } = check(run.root, { outside: false });
    expect(criuBinaries()).toContain(realpathSync(report.environment!.criuPath!));
    expect(findingsOf(report, 'FDLENS_PF_ENV_NO_CRIU')).toEqual([]);
  });
});
