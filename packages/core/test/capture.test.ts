// Live capture against fixture trees whose sharing is known by construction, on the real kernel,
// for every identity backend and freeze method this machine has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTree, sharingPartition, type BackendName } from '@fdlens/core';
import { startFixture, truthPartition, type FixtureName, type RunningFixture } from '@fdlens/fixtures';
import { threadState } from './proc-state.js';
import { compareWithTruth } from './truth-compare.js';

const TREES: { name: FixtureName; args?: (string | number)[] }[] = [
  { name: 'dup' },
  { name: 'fork' },
  { name: 'scm' },
  { name: 'clone-files' },
  { name: 'kinds' },
  { name: 'random', args: [30, 20, 7] },
];
const BACKENDS: BackendName[] = ['kcmp', 'dupfd-query'];

describe.each(TREES)('capture of the $name tree', ({ name, args }) => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture(name, args === undefined ? {} : { args });
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it.each(BACKENDS)('matches the ground truth with the %s backend (ptrace freeze)', (backend) => {
    const graph = captureTree({ roots: [fixture.rootPid], backend });
    expect(graph.source).toMatchObject({ kind: 'live', backend, freeze: 'ptrace', taskIdentity: 'kcmp' });
    expect(compareWithTruth(graph, fixture.truth)).toEqual([]);
    expect(graph.vanished).toEqual([]);
    expect(graph.files.every((f) => f.identity === backend)).toBe(true);
  });

  it('matches the ground truth frozen with SIGSTOP, and unfrozen', () => {
    for (const freeze of ['sigstop', 'none'] as const) {
      const graph = captureTree({ roots: [fixture.rootPid], freeze });
      expect(graph.source).toMatchObject({ freeze });
      expect(compareWithTruth(graph, fixture.truth)).toEqual([]);
    }
  });

  it('leaves the tree running and untraced', async () => {
    captureTree({ roots: [fixture.rootPid] });
    for (const p of fixture.truth.processes) {
      for (const tid of p.threads) expect(await threadState(p.pid, tid)).toMatchObject({ stopped: false, tracer: 0 });
    }
  });
});

describe('kcmp calls', () => {
  it('stay within CRIU scheme bounds: none for a new key, at most log2(k)+1 within a bucket', async () => {
    const fixture = await startFixture('random', { args: [40, 25, 11] });
    try {
      const graph = captureTree({ roots: [fixture.rootPid] });
      expect(sharingPartition(graph)).toEqual(truthPartition(fixture.truth));
      // The bound comes from the tree as built, not from what the capture counted.
      const fds = fixture.truth.fds.length;
      const descriptions = fixture.truth.descriptions.length;
      // Worst case per fd: a bucket holding every description (log2(D)+1), plus per task the
      // four object trees and the epoll checks, plus one fd-table check per extra thread. A
      // pairwise scheme would need ~fds²/2.
      const perFd = Math.ceil(Math.log2(descriptions + 1)) + 1;
      const tasks = fixture.truth.processes.length;
      const perTask = 4 * (Math.ceil(Math.log2(tasks + 1)) + 1);
      const extraThreads = fixture.truth.processes.reduce((n, p) => n + p.threads.length - 1, 0);
      expect(graph.stats!.kcmpCalls).toBeLessThanOrEqual(fds * perFd + tasks * perTask + extraThreads);
      expect(graph.stats!.kcmpCalls).toBeLessThan((fds * (fds - 1)) / 2 / 10);
    } finally {
      await fixture.stop();
    }
  });
});
