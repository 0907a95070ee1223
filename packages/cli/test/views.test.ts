// What scan prints besides the whole graph: --type and --shared (which descriptions), and
// --format jsonl (one line per description with its holders). Ground truth: the kinds tree,
// whose program records every description it made, its kind and every pid:fd that holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@fdlens/core';
import { startFixture, truthPartition, type RunningFixture } from '@fdlens/fixtures';
import { runCli } from './run-cli.js';

/** Every pid:fd of a graph, sorted. */
function slots(graph: Graph): string[] {
  return graph.tasks.flatMap((t) => t.fds.map((s) => `${t.pid}:${s.fd}`)).sort();
}

describe('fdlens scan views: --type, --shared, --format jsonl', () => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture('kinds');
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  /** The pid:fd holders of the truth's descriptions that pass `keep`, sorted. */
  const truthSlots = (keep: (d: RunningFixture['truth']['descriptions'][number]) => boolean): string[] =>
    fixture.truth.descriptions.filter(keep).flatMap((d) => d.members.map(([pid, fd]) => `${pid}:${fd}`)).sort();

  it('--type keeps exactly the fds of descriptions of those kinds, and every process', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--type', 'pipe,fifo', '--json']);
    expect(run.stderr).toBe('');
    const graph = JSON.parse(run.stdout) as Graph;
    expect(slots(graph)).toEqual(truthSlots((d) => d.kind === 'pipe' || d.kind === 'fifo'));
    expect(graph.filter).toEqual({ types: ['pipe', 'fifo'] });
    expect(graph.tasks.map((t) => t.pid).sort()).toEqual(fixture.truth.processes.map((p) => p.pid).sort());
    expect(graph.files.every((f) => f.type === 'pipe' || f.type === 'fifo')).toBe(true);
  });

  it('--shared keeps exactly the fds of descriptions with more than one holder', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--shared', '--json']);
    expect(run.stderr).toBe('');
    const graph = JSON.parse(run.stdout) as Graph;
    expect(slots(graph)).toEqual(truthSlots((d) => d.members.length > 1));
    expect(graph.filter).toEqual({ shared: true });
  });

  it('the table lists only processes holding a shown description, and says what it shows', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--type', 'eventpoll']);
    expect(run.code).toBe(0);
    const holders = new Set(truthSlots((d) => d.kind === 'eventpoll').map((s) => s.split(':')[0]));
    const listed = [...run.stdout.matchAll(/^pid (\d+) /gm)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(holders);
    const summary = run.stdout.trimEnd().split('\n').pop()!;
    expect(summary).toContain(`${holders.size} of ${fixture.truth.processes.length} processes`);
    expect(summary).toContain('showing only: type eventpoll');
  });

  it('--format jsonl gives one line per description whose holders are the truth\'s sharing groups', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--format', 'jsonl']);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: number; type: string; holders: { pid: number; fd: number; cloexec: boolean }[] });
    expect(lines.length).toBe(fixture.truth.descriptions.length);
    const groups = lines.map((l) => l.holders.map((h) => `${h.pid}:${h.fd}`));
    const canonical = (gs: string[][]): string[][] => gs.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(canonical(groups)).toEqual(canonical(truthPartition(fixture.truth)));
    const cloexec = new Map(fixture.truth.fds.map((f) => [`${f.pid}:${f.fd}`, f.cloexec]));
    for (const h of lines.flatMap((l) => l.holders)) expect(h.cloexec, `${h.pid}:${h.fd}`).toBe(cloexec.get(`${h.pid}:${h.fd}`));
  });

  it('refuses an unknown type with a usage error naming it', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--type', 'pipe,sockets']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown file type "sockets" [FDLENS_BAD_TYPE]');
    expect(run.stderr).toContain('hint: use one or more of: reg, dir, symlink');
    expect(run.stdout).toBe('');
  });
});
