// A tree fdlens froze is resumed whatever ends the scan: an exception thrown mid-scan, a SIGTERM,
// and for ptrace even a SIGKILL of the scanner (the kernel detaches its tracees).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTree } from '@fdlens/core';
import { startFixture, type RunningFixture } from '@fdlens/fixtures';
import { exitOf, spawnHelper, waitForLine } from './helpers/run-node.js';
import { expectResumed, treeStates } from './proc-state.js';

describe('resuming a frozen tree', () => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture('clone-files');
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it.each(['ptrace', 'sigstop'] as const)('after a failure injected mid-scan (%s)', async (freeze) => {
    let frozenDuringScan = false;
    let reads = 0;
    expect(() =>
      captureTree({
        roots: [fixture.rootPid],
        freeze,
        onTaskRead: () => {
          if (++reads === 2) throw new Error('injected failure');
        },
        onProgress: () => {
          frozenDuringScan = true;
        },
      }),
    ).toThrow('injected failure');
    expect(frozenDuringScan).toBe(true);
    expect(await expectResumed(fixture.truth)).toEqual([]);
  });

  it('after SIGKILL of a ptrace scanner, by the kernel', async () => {
    const scanner = spawnHelper('hold-frozen', [String(fixture.rootPid), 'ptrace', '30000']);
    await waitForLine(scanner, 'frozen');
    const held = await treeStates(fixture.truth);
    expect(held.every((s) => s.stopped && s.tracer === scanner.pid)).toBe(true);
    scanner.kill('SIGKILL');
    expect(await exitOf(scanner)).toMatchObject({ signal: 'SIGKILL' });
    expect(await expectResumed(fixture.truth)).toEqual([]);
  });

  // SIGTERM (kill), SIGINT (Ctrl-C), SIGHUP (the terminal closed), SIGQUIT (Ctrl-\).
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT'] as const)('after %s of a SIGSTOP scanner', async (signal) => {
    const scanner = spawnHelper('hold-frozen', [String(fixture.rootPid), 'sigstop', '1500']);
    await waitForLine(scanner, 'frozen');
    const held = await treeStates(fixture.truth);
    expect(held.every((s) => s.stopped)).toBe(true);
    scanner.kill(signal);
    // The scan finishes its synchronous part, resumes the tree, then dies of the signal.
    expect(await exitOf(scanner)).toMatchObject({ signal });
    expect(await expectResumed(fixture.truth)).toEqual([]);
  });
});
