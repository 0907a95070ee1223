// A process fdlens may not look at: the error names the pid and says how to get permission.
// Built for real: fdlens runs as the unprivileged user `nobody` against a process of root.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)('permission errors (needs root to drop to nobody)', () => {
  let target: ReturnType<typeof spawn>;
  beforeAll(() => {
    target = spawn('sleep', ['300'], { stdio: 'ignore' });
  });
  afterAll(() => {
    target.kill('SIGKILL');
  });

  it('explains a refused ptrace freeze', async () => {
    const run = await runCli(['scan', String(target.pid)], { prefix: asNobody });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot freeze pid ${target.pid}`);
    expect(run.stderr).toContain('[FDLENS_PTRACE_DENIED]');
    expect(run.stderr).toMatch(/hint: .*CAP_SYS_PTRACE/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when fdlens runs in a user namespace that may not look at the process', async () => {
    // As "root" of a new user namespace: uid 0 there, but nothing outside it can be traced.
    const run = await runCli(['scan', String(target.pid)], { prefix: ['unshare', '--user', '--map-root-user'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[FDLENS_PTRACE_DENIED]');
    expect(run.stderr).toMatch(/hint: fdlens runs in a user namespace/);
    expect(run.stderr).not.toContain('run as root');
  });

  it('explains unreadable fds when not freezing', async () => {
    const run = await runCli(['scan', String(target.pid), '--no-freeze'], { prefix: asNobody });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read the fds of pid ${target.pid}`);
    expect(run.stderr).toContain('[FDLENS_PERMISSION]');
  });
});
