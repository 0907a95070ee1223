// When kcmp or pidfd_getfd is refused — for real, by a seccomp filter like Docker's default
// profile — the capture falls back and says so, and never guesses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fdTablePartition, sharingPartition, type Graph } from '@fdlens/core';
import { SYSCALL, seccompRunner, startFixture, truthPartition, type RunningFixture } from '@fdlens/fixtures';
import { exitOf, spawnHelper } from './helpers/run-node.js';

const SYS_KCMP = SYSCALL.kcmp;
const SYS_PIDFD_GETFD = SYSCALL.pidfdGetfd;

async function captureUnder(denied: number[], root: number, backend = 'auto'): Promise<{ graph?: Graph; stderr: string; code: number | null }> {
  const runner = await seccompRunner();
  const child = spawnHelper('capture-json', [String(root), backend], [runner, denied.join(',')]);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const { code } = await exitOf(child);
  return { ...(code === 0 ? { graph: JSON.parse(stdout) as Graph } : {}), stderr, code };
}

describe('identity backends under seccomp', () => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture('clone-files');
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it('falls back to pidfd_getfd + F_DUPFD_QUERY when kcmp is refused, with the same sharing', async () => {
    const { graph, stderr } = await captureUnder([SYS_KCMP], fixture.rootPid);
    expect(graph?.source).toMatchObject({ backend: 'dupfd-query', taskIdentity: 'unknown' });
    expect(sharingPartition(graph!)).toEqual(truthPartition(fixture.truth));
    // fd-table sharing needs kcmp: without it every process is its own table, and the log says so.
    expect(fdTablePartition(graph!)).toEqual(graph!.tasks.map((t) => [t.pid]).sort((a, b) => a[0]! - b[0]!));
    expect(stderr).toContain('kcmp unavailable');
  });

  it('marks every description unknown when no backend works, instead of guessing', async () => {
    const { graph, stderr } = await captureUnder([SYS_KCMP, SYS_PIDFD_GETFD], fixture.rootPid);
    expect(graph?.source).toMatchObject({ backend: 'unknown' });
    expect(graph!.files.every((f) => f.identity === 'unknown')).toBe(true);
    const fds = graph!.tasks.reduce((n, t) => n + t.fds.length, 0);
    expect(graph!.files).toHaveLength(fds);
    expect(stderr).toContain('no identity backend works');
  });

  it('refuses a forced backend the machine does not offer', async () => {
    const { code, stderr } = await captureUnder([SYS_KCMP], fixture.rootPid, 'kcmp');
    expect(code).not.toBe(0);
    expect(stderr).toContain('FDLENS_BACKEND_UNAVAILABLE');
  });
});
