// Every real CRIU 4.2 dump must give back exactly the tree, fd tables and sharing that the
// fixture program built (ground-truth.json), independently of CRIU's own ids.

import { describe, expect, it } from 'vitest';
import { decodeImage, readDump } from '@fdlens/dump';
import { fdTablePartition, sharingPartition } from '@fdlens/core';
import { CRIU_REAL_SCENARIOS, criuRealFdTables, criuRealPartition, readCriuRealTruth } from '@fdlens/fixtures';
import { imgDir } from './helpers.js';

const O_CLOEXEC = 0o2000000;

describe.each(CRIU_REAL_SCENARIOS)('real CRIU dump %s', (s) => {
  const gt = readCriuRealTruth(s);

  it('gives the ground-truth sharing partition (pid:fd → description)', async () => {
    const g = await readDump(imgDir(s));
    expect(sharingPartition(g)).toEqual(criuRealPartition(gt));
  });

  it('gives the ground-truth fd tables', async () => {
    const g = await readDump(imgDir(s));
    expect(fdTablePartition(g)).toEqual(criuRealFdTables(gt));
  });

  it('gives the ground-truth tree, threads included, parent before child', async () => {
    const g = await readDump(imgDir(s));
    const pids = new Set(gt.processes.map((p) => p.pid));
    const want = gt.processes
      .map((p) => ({ pid: p.pid, ppid: pids.has(p.ppid) ? p.ppid : 0, threads: [...p.threads].sort((a, b) => a - b) }))
      .sort((a, b) => a.pid - b.pid);
    const got = g.tasks.map((t) => ({ pid: t.pid, ppid: t.ppid, threads: [...t.threads].sort((a, b) => a - b) })).sort((a, b) => a.pid - b.pid);
    expect(got).toEqual(want);
    const seen = new Set<number>();
    for (const t of g.tasks) {
      if (t.ppid !== 0) expect(seen.has(t.ppid)).toBe(true);
      seen.add(t.pid);
    }
    expect(g.tasks[0]!.pid).toBe(gt.root_pid);
  });

  it('gives each fd its FD_CLOEXEC, and each description its position and flags', async () => {
    const g = await readDump(imgDir(s));
    const files = new Map(g.files.map((f) => [f.id, f]));
    const byKey = new Map(g.tasks.flatMap((t) => t.fds.map((fd) => [`${t.pid}:${fd.fd}`, fd] as const)));
    expect(byKey.size).toBe(gt.fds.length);
    for (const want of gt.fds) {
      const slot = byKey.get(`${want.pid}:${want.fd}`);
      expect(slot, `${want.pid}:${want.fd}`).toBeDefined();
      expect(slot!.cloexec, `${want.pid}:${want.fd} cloexec`).toBe(want.cloexec === 1);
      const file = files.get(slot!.file)!;
      expect(file.identity).toBe('criu');
      if (want.link.startsWith('/')) {
        expect(file.path, `${want.pid}:${want.fd} path`).toBe(want.link);
        expect(file.pos, `${want.pid}:${want.fd} pos`).toBe(want.pos);
        // CRIU keeps O_CLOEXEC per fd; the description's flags are the rest.
        expect(file.flags, `${want.pid}:${want.fd} flags`).toBe(parseInt(want.flags_octal, 8) & ~O_CLOEXEC);
      }
      if (want.link.startsWith('pipe:[')) expect(file.type).toBe('pipe');
      if (want.link.startsWith('socket:[')) expect(file.type).toBe('unix');
    }
  });

  it('keeps exe, cwd and root apart as unheld files, never as fds', async () => {
    const g = await readDump(imgDir(s));
    const unheld = new Set((g.unheld ?? []).map((f) => f.id));
    const held = new Set(g.files.map((f) => f.id));
    for (const t of g.tasks) {
      const fs = decodeImage(`${imgDir(s)}/fs-${t.pid}.img`).entries[0]!;
      const mm = decodeImage(`${imgDir(s)}/mm-${t.pid}.img`).entries[0]!;
      for (const id of [fs['cwd_id'], fs['root_id'], mm['exe_file_id']] as number[]) {
        expect(unheld.has(id), `pid ${t.pid} id ${id}`).toBe(true);
        expect(held.has(id)).toBe(false);
      }
    }
  });
});

describe('pipes and sockets', () => {
  it('links both ends of a pipe and both ends of a socketpair as peers (S5)', async () => {
    const g = await readDump(imgDir('S5'));
    const all = new Map([...g.files, ...(g.unheld ?? [])].map((f) => [f.id, f]));
    let pipes = 0;
    let pairs = 0;
    for (const f of all.values()) {
      if (f.type === 'pipe') {
        pipes++;
        for (const p of f.peers ?? []) expect(all.get(p)!.pipeIno).toBe(f.pipeIno);
      }
      if (f.type === 'unix' && f.socket?.peerIno) {
        pairs++;
        expect(f.peers).toHaveLength(1);
        expect(all.get(f.peers![0]!)!.socket!.ino).toBe(f.socket.peerIno);
      }
    }
    expect(pipes).toBeGreaterThan(0);
    expect(pairs).toBeGreaterThan(0);
  });
});
