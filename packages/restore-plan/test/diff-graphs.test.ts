// diffGraphs finds each kind of difference, and none between a graph and a renumbered copy.

import { describe, expect, it } from 'vitest';
import type { Graph } from '@fdlens/core';
import { diffGraphs, formatDifferences, simulatedGraph } from '@fdlens/restore-plan';

function base(): Graph {
  return simulatedGraph({ seed: 7, processes: 8, fds: 60, cloneFilesRate: 0.3 });
}

/** The same graph as another capture would give it: other pids, other description ids. */
function renumbered(g: Graph): Graph {
  const copy: Graph = structuredClone(g);
  const pid = (p: number): number => (p === 0 ? 0 : p + 50000);
  for (const t of copy.tasks) {
    t.pid = pid(t.pid);
    t.ppid = pid(t.ppid);
    t.fdTable += 900;
    for (const s of t.fds) s.file += 7000;
  }
  for (const f of copy.files) {
    f.id += 7000;
    if (f.peers) f.peers = f.peers.map((p) => p + 7000);
  }
  return copy;
}

describe('diffGraphs', () => {
  it('finds no difference with a renumbered copy', () => {
    const g = base();
    expect(diffGraphs(g, renumbered(g), { threads: true, content: true })).toEqual([]);
    expect(formatDifferences([])).toBe('equal\n');
  });

  it('matches processes whose pids wrapped around pid_max during the replay', () => {
    const g = base();
    const b = renumbered(g);
    // The last-born child of the root gets the smallest pid, as after a wrap.
    const root = b.tasks[0]!;
    const last = b.tasks.filter((t) => t.ppid === root.pid).at(-1)!;
    for (const t of b.tasks) if (t.ppid === last.pid) t.ppid = 2;
    last.pid = 2;
    expect(diffGraphs(g, b, { threads: true, content: true })).toEqual([]);
  });

  it('finds each kind of difference', () => {
    const g = base();
    const kinds = (mutate: (b: Graph) => void, opts = {}): string[] => {
      const b = renumbered(g);
      mutate(b);
      return [...new Set(diffGraphs(g, b, opts).map((d) => d.kind))];
    };
    const withFds = (b: Graph) => b.tasks.find((t) => t.fds.length > 3)!;
    expect(kinds((b) => void withFds(b).fds.pop())).toEqual(['fds']);
    expect(kinds((b) => void (withFds(b).fds[1]!.cloexec = !withFds(b).fds[1]!.cloexec))).toEqual(['cloexec']);
    expect(kinds((b) => {
      const t = withFds(b);
      const id = Math.max(...b.files.map((f) => f.id)) + 1;
      b.files.push({ ...b.files.find((f) => f.id === t.fds[0]!.file)!, id });
      t.fds[0]!.file = id;
    })).toEqual(['partition']);
    expect(kinds((b) => {
      const t = withFds(b);
      t.fds[1]!.file = t.fds[2]!.file === t.fds[1]!.file ? t.fds[3]!.file : t.fds[2]!.file;
    })).toContain('partition');
    expect(kinds((b) => void (b.tasks.at(-1)!.fdTable = b.tasks.at(-2)!.fdTable === b.tasks.at(-1)!.fdTable ? 123456 : b.tasks.at(-2)!.fdTable))).toEqual(['fdTable']);
    expect(kinds((b) => void b.tasks.pop())).toContain('tree');
    expect(kinds((b) => void (b.tasks[0]!.comm = 'other'))).toEqual(['comm']);
    expect(kinds((b) => void b.tasks[0]!.threads.push(99999), { threads: true })).toEqual(['threads']);
    expect(kinds((b) => void b.tasks[0]!.threads.push(99999))).toEqual([]);
    expect(kinds((b) => void (b.files.find((f) => f.type === 'reg')!.pos += 1), { content: true })).toEqual(['content']);
    expect(kinds((b) => void (b.files.find((f) => f.type === 'reg')!.pos += 1))).toEqual([]);
  });

  it('reads well', () => {
    const g = base();
    const b = renumbered(g);
    b.tasks[0]!.fds.pop();
    const text = formatDifferences(diffGraphs(g, b));
    expect(text).toMatch(/^1 difference\(s\):\n  fds: pid 1000\/51000: fd \d+ only in a\n$/);
  });
});
