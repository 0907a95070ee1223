// Proof on the kernel: scan → plan → replay → scan → diff must find no difference, for every
// fixture tree, for each CRIU dump in shared/fixtures/criu-real, and for hundreds of random
// graphs, with both strategies. The scans are @fdlens/core's live capture; the fixtures and
// dumps are other packages' ground truth. Nothing here is mocked.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureTree, type Graph } from '@fdlens/core';
import { readDump } from '@fdlens/dump';
import { CRIU_REAL_DIR, startFixture, type FixtureName } from '@fdlens/fixtures';
import { checkPlan, diffGraphs, formatDifferences, planRestore, randomGraph, replayPlan, simulatedGraph, STRATEGIES, type Strategy } from '@fdlens/restore-plan';

const root = mkdtempSync(join(tmpdir(), 'fdlens-replay-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Pids of every descendant of this test process (from /proc). */
async function childPids(): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const parent = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) if (mine.has(ppid) && !mine.has(pid)) grew = mine.add(pid) !== undefined;
  }
  mine.delete(process.pid);
  return [...mine];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Plan, prove by model, replay, scan the replay, and return the differences with the original. */
async function roundTrip(graph: Graph, strategy: Strategy, opts: { threads?: boolean; content?: boolean } = {}): Promise<string> {
  const plan = planRestore(graph, { strategy });
  const checked = checkPlan(plan, graph);
  expect(checked.issues).toEqual([]);
  const handle = await replayPlan(plan, { root });
  let replayed: Graph;
  try {
    replayed = captureTree({ roots: handle.rootPids });
  } finally {
    await handle.stop();
  }
  for (const pid of handle.pids.values()) expect(alive(pid)).toBe(false);
  const diffs = diffGraphs(graph, replayed, opts);
  return diffs.length === 0 ? '' : formatDifferences(diffs);
}

const FIXTURE_TREES: FixtureName[] = ['dup', 'fork', 'scm', 'clone-files', 'kinds', 'random'];

describe.each(FIXTURE_TREES)('fixture tree %s: live scan → plan → replay → scan → diff', (name) => {
  it.each(STRATEGIES)('%s', async (strategy) => {
    const fixture = await startFixture(name);
    try {
      const original = captureTree({ roots: [fixture.rootPid] });
      expect(original.tasks.length).toBe(fixture.truth.processes.length);
      expect(await roundTrip(original, strategy, { threads: true })).toBe('');
    } finally {
      await fixture.stop();
    }
  });
});

describe.each(['S1', 'S2', 'S3', 'S4', 'S5'])('CRIU dump %s: show → plan → replay --root → scan → diff', (name) => {
  it.each(STRATEGIES)('%s', async (strategy) => {
    const dump = await readDump(join(CRIU_REAL_DIR, name, 'img'));
    expect(await roundTrip(dump, strategy, { threads: true })).toBe('');
  });
});

describe('random graphs replayed on the kernel', () => {
  it('300 graphs × 2 strategies: the scan of the replay equals the graph, content included', async () => {
    let n = 0;
    for (let seed = 1; seed <= 150; seed++) {
      for (const gen of [randomGraph, simulatedGraph]) {
        const graph = gen({ seed, processes: 1 + (seed % 10), fds: 10 + (seed % 50), cloneFilesRate: seed % 3 === 0 ? 0.4 : 0.1, maxFd: seed % 4 === 0 ? 900 : 60, pathPrefix: '/fdlens-random' });
        for (const strategy of STRATEGIES) {
          const diff = await roundTrip(graph, strategy, { threads: true, content: true });
          if (diff) throw new Error(`${gen.name} seed ${seed} ${strategy}:\n${diff}`);
          n++;
        }
      }
    }
    expect(n).toBe(600);
  }, 600_000);
});

describe('replay ends what it made', () => {
  it('on error: an op the kernel refuses stops the tree and names the process and op', async () => {
    const graph = simulatedGraph({ seed: 5, processes: 5, fds: 30 });
    const plan = planRestore(graph);
    const victim = plan.processes.at(-1)!;
    victim.ops.push({ op: 'close', fd: plan.tempBase + 500, file: null });
    const before = new Set(await childPids());
    await expect(replayPlan(plan, { root })).rejects.toMatchObject({ code: 'FDLENS_REPLAY_FAILED', message: expect.stringContaining(`pid ${victim.pid} (plan) op ${victim.ops.length - 1}: close`) });
    // Every process the replay made is gone: nothing new descends from this test process.
    expect((await childPids()).filter((p) => !before.has(p))).toEqual([]);
  });

  it('a missing path without --root is a usage error, before anything runs', async () => {
    const graph = simulatedGraph({ seed: 6, processes: 3, fds: 20, pathPrefix: '/nonexistent-fdlens' });
    await expect(replayPlan(planRestore(graph))).rejects.toMatchObject({ code: 'FDLENS_REPLAY_MISSING_PATH' });
  });

  it('stands in for what cannot be recreated, with the same sharing', async () => {
    let seed = 1;
    while (!randomGraph({ seed, processes: 6, fds: 60, standIns: true }).files.some((f) => f.type === 'inet')) seed++;
    const graph = randomGraph({ seed, processes: 6, fds: 60, standIns: true });
    const plan = planRestore(graph);
    expect(plan.unrecreatable.some((u) => u.reason === 'INET_SOCKET')).toBe(true);
    expect(await roundTrip(graph, 'inherit')).toBe('');
  });
});
