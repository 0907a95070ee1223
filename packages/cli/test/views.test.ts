// What scan prints besides the whole graph: --type and --shared (which descriptions), --format
// jsonl (one line per description with its holders) and --format tree (who shares with whom).
// Ground truth: the kinds tree, whose program records every process with its parent and fd
// table, every description it made, its kind and every pid:fd that holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@fdlens/core';
import { startFixture, truthPartition, type RunningFixture } from '@fdlens/fixtures';
import { runCli } from './run-cli.js';

/** Every pid:fd of a graph, sorted. */
function slots(graph: Graph): string[] {
  return graph.tasks.flatMap((t) => t.fds.map((s) => `${t.pid}:${s.fd}`)).sort();
}

describe('fdlens scan views: --type, --shared, --format jsonl and tree', () => {
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

  it('--format tree puts each process under its parent and counts what it shares with each other fd table', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--format', 'tree']);
    expect(run.stderr).toBe('');
    const truth = fixture.truth;
    const parentOf = new Map(truth.processes.map((p) => [p.pid, p.ppid]));
    const tableOf = new Map(truth.processes.map((p) => [p.pid, p.fdTable]));
    const depth = (pid: number): number => (parentOf.has(parentOf.get(pid)!) ? 1 + depth(parentOf.get(pid)!) : 0);
    const lines = run.stdout.trimEnd().split('\n').slice(0, -1);
    expect(lines.length).toBe(truth.processes.length);
    for (const line of lines) {
      const m = /^([│├└─ ]*)(\d+) \S+ · fd table \d+ (?:\((\d+)'s\)|· (\d+) fds(?: · shares (.*?))?)(?: · \d+ threads)?$/.exec(line);
      expect(m, line).not.toBeNull();
      const pid = Number(m![2]);
      expect(m![1]!.length / 3, `depth of ${pid}`).toBe(depth(pid));
      if (m![3] !== undefined) {
        expect(tableOf.get(Number(m![3]))).toBe(tableOf.get(pid));
        continue;
      }
      expect(Number(m![4])).toBe(truth.fds.filter((f) => f.pid === pid).length);
      // From the truth: for each other fd table, how many of this process's fds it also holds.
      const counts = new Map<string, number>();
      for (const d of truth.descriptions) {
        if (!d.members.some(([p]) => p === pid)) continue;
        const mine = d.members.filter(([p]) => p === pid).length;
        const others = new Set(d.members.map(([p]) => tableOf.get(p)!).filter((t) => t !== tableOf.get(pid)));
        for (const t of others) counts.set(t, (counts.get(t) ?? 0) + mine);
      }
      const said = new Map((m![5] ?? '').split(', ').filter((x) => x !== '').map((x) => {
        const [n, pids] = x.split(' with ') as [string, string];
        return [tableOf.get(Number(pids.split('+')[0]))!, Number(n)] as const;
      }));
      expect(said).toEqual(counts);
    }
  });

  it('refuses an unknown type with a usage error naming it', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--type', 'pipe,sockets']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown file type "sockets" [FDLENS_BAD_TYPE]');
    expect(run.stderr).toContain('hint: use one or more of: reg, dir, symlink');
    expect(run.stdout).toBe('');
  });
});

describe('fdlens scan: another open of the same file is told apart from a dup', () => {
  let fixture: RunningFixture;
  beforeAll(async () => {
    fixture = await startFixture('dup');
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it('names, on each row, the other descriptions of the same file, and only those', async () => {
    // One after the other: each scan freezes the tree, and a tree has one tracer at a time.
    const table = await runCli(['scan', String(fixture.rootPid)]);
    const json = await runCli(['scan', String(fixture.rootPid), '--json']);
    expect(table.stderr).toBe('');
    const graph = JSON.parse(json.stdout) as Graph;
    const fileAt = new Map(graph.tasks[0]!.fds.map((s) => [s.fd, s.file]));
    // From the truth: the descriptions opened from one path (a.txt opened twice).
    const byPath = new Map<string, string[]>();
    for (const d of fixture.truth.descriptions) if (d.path !== undefined) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d.name]);
    const idOf = (name: string): number => fileAt.get(fixture.truth.descriptions.find((d) => d.name === name)!.members[0]![1])!;
    let reopened = 0;
    for (const d of fixture.truth.descriptions) {
      const others = (byPath.get(d.path ?? '') ?? []).filter((n) => n !== d.name).map(idOf);
      for (const [, fd] of d.members) {
        const row = table.stdout.split('\n').find((l) => new RegExp(`^\\s+${fd}\\s`).test(l))!;
        if (others.length === 0) expect(row, `fd ${fd}`).not.toContain('also opened as');
        else {
          expect(row, `fd ${fd}`).toContain(`(also opened as ${others.map((id) => `#${id}`).join(' ')})`);
          reopened++;
        }
      }
    }
    expect(reopened).toBeGreaterThan(1);
  });
});
