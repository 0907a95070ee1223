// plan → replay → diff through the command line, the way a user chains them, on the real kernel.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRIU_REAL_DIR, startFixture, type RunningFixture } from '@fdlens/fixtures';
import { runCli, startReplay } from './run-cli.js';

const S2 = join(CRIU_REAL_DIR, 'S2', 'img');

describe('fdlens plan, replay and diff', () => {
  let fixture: RunningFixture;
  let dir: string;
  beforeAll(async () => {
    fixture = await startFixture('fork');
    dir = mkdtempSync(join(tmpdir(), 'fdlens-cli-plan-'));
  });
  afterAll(async () => {
    await fixture?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plan --json of a dump carries the totals of both strategies', async () => {
    const totals = async (strategy: string): Promise<Record<string, number>> => {
      const run = await runCli(['plan', S2, '--json', '--strategy', strategy]);
      expect(run.code).toBe(0);
      const plan = JSON.parse(run.stdout) as { schema: string; strategy: string; totals: Record<string, number> };
      expect(plan).toMatchObject({ schema: 'fdlens.plan/v1', strategy });
      for (const key of ['creates', 'dup2s', 'forks', 'scmRightsMessages', 'closes']) expect(typeof plan.totals[key]).toBe('number');
      return plan.totals;
    };
    const inherit = await totals('inherit');
    const criu = await totals('criu');
    // S2's sharing all comes from fork: inheritance needs no message, CRIU sends one per extra holder.
    expect(inherit['scmRightsMessages']).toBe(0);
    expect(criu['scmRightsMessages']).toBeGreaterThan(0);
    expect(inherit['forks']).toBe(criu['forks']);
  });

  it('replays a live tree, which diff finds equal, and ends it on SIGTERM', async () => {
    const plan = await runCli(['plan', String(fixture.rootPid), '--json']);
    expect(plan.code).toBe(0);
    const file = join(dir, 'plan.json');
    writeFileSync(file, plan.stdout);

    const replay = await startReplay(file);
    const newRoot = replay.rootPid;
    expect(Number.isInteger(newRoot) && newRoot > 0).toBe(true);

    const same = await runCli(['diff', String(fixture.rootPid), String(newRoot)]);
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);

    const scan = await runCli(['scan', String(newRoot), '--json']);
    const made = (JSON.parse(scan.stdout) as { tasks: { pid: number }[] }).tasks.map((t) => t.pid);
    expect(made.length).toBe(fixture.truth.processes.length);

    await replay.stop();
    for (const pid of made) expect(existsSync(`/proc/${pid}`), `pid ${pid} still exists`).toBe(false);
  });

  it('diff exits 1 with the differences, and 2 on bad input', async () => {
    const other = await startFixture('dup');
    try {
      const differ = await runCli(['diff', String(fixture.rootPid), String(other.rootPid)]);
      expect(differ.code).toBe(1);
      expect(differ.stdout.length).toBeGreaterThan(0);
    } finally {
      await other.stop();
    }
    const bad = await runCli(['diff', String(fixture.rootPid), join(dir, 'no-such-dump')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('FDLENS_NO_SUCH_INPUT');
  });
});
