// The machine as CRIU meets it. Ground truth: /proc and /sys read directly, and kcmp really
// refused by a seccomp filter for one run.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readEnvironment } from '@fdlens/core';
import { SYSCALL, seccompRunner } from '@fdlens/fixtures';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

const ROOT = join(import.meta.dirname, '..', '..', '..');

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

  it('kcmp refused by seccomp is a blocker', async () => {
    const run = await startFixture('clean');
    const deny = await seccompRunner();
    const script = `import { preflightLive } from '@fdlens/preflight'; const { report } = preflightLive({ roots: [${run.root}], outside: false }); console.log(JSON.stringify(report.findings.map((f) => [f.code, f.severity])));`;
    const out = execFileSync(deny, [String(SYSCALL.kcmp), process.execPath, '--import', 'tsx', '--conditions=@fdlens/source', '--input-type=module', '-e', script], { cwd: join(ROOT, 'packages', 'preflight'), encoding: 'utf8' });
    const findings = JSON.parse(out.trim().split('\n').pop()!) as [string, string][];
    expect(findings).toContainEqual(['FDLENS_PF_ENV_NO_KCMP', 'blocker']);
  });
});
