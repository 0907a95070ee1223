// A tree whose processes fork and exit and whose fds open and close while it is scanned: the
// scan never fails, reports what vanished, and still gets the stable part exactly right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTree, canonicalGroups, fdKey, holdersByFile } from '@fdlens/core';
import { startFixture, truthPartition, type RunningFixture } from '@fdlens/fixtures';

describe('a racing tree', () => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture('racer', { args: [3] });
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it.each(['none', 'ptrace', 'sigstop'] as const)('never fails the scan (freeze %s)', (freeze) => {
    expect(fixture.truth.racing).toBe(true);
    const stable = new Set(fixture.truth.fds.map((f) => fdKey(f)));
    let sawMore = false;
    for (let round = 0; round < 25; round++) {
      const graph = captureTree({ roots: [fixture.rootPid], freeze });
      if (graph.tasks.length > fixture.truth.processes.length) sawMore = true;
      // The stable fds, grouped the way the capture grouped them, equal the truth.
      const groups = [...holdersByFile(graph).values()].map((refs) => refs.map(fdKey).filter((k) => stable.has(k))).filter((g) => g.length > 0);
      expect(canonicalGroups(groups)).toEqual(truthPartition(fixture.truth));
      for (const v of graph.vanished) expect(v.reason).toMatch(/^(ENOENT|ESRCH|EBADF)$/);
    }
    expect(sawMore).toBe(true);
  });
});
