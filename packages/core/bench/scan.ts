// pnpm bench:scan — capture a ~200 × ~50 tree and compare with lsfd reading the same processes,
// in the same run. Prints wall time, fds/s, kcmp and FFI calls per fd, peak RSS, and how many
// kcmp calls CRIU's own scheme (genid = dev^ino^pos, rb-tree of kcmp order) would need; then the
// same for trees of 10, 100 and 1000 processes × ~10 and ~100 fds (figures nobody publishes).
//   node --import tsx --conditions=@fdlens/source packages/core/bench/scan.ts [procs] [fds] [seed]

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { captureTree, IdentityIndex, type Graph } from '@fdlens/core';
import { startFixture } from '@fdlens/fixtures';

const [procs = 200, fdsPerProc = 50, seed = 1] = process.argv.slice(2).map(Number);
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time of a command, the median of `runs`. */
function timeCommand(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.status ?? r.signal}`);
  }
  return median(times);
}

/**
 * kcmp calls CRIU would make for this graph: fds in the same order, bucketed by CRIU's genid
 * (dev ^ ino ^ pos halves, 32 bits), bisected by the true kernel order (stood in by our ids,
 * since only equal/not-equal and a consistent order matter for the count); then the four
 * per-task trees with genid 0, CRIU's own process first.
 */
function criuSchemeKcmpCalls(graph: Graph): number {
  const files = new Map(graph.files.map((f) => [f.id, f]));
  const byId = (a: { id: number }, b: { id: number }) => (a.id === b.id ? { kind: 'equal' as const } : a.id < b.id ? { kind: 'less' as const } : { kind: 'greater' as const });
  const fdTree = new IdentityIndex<{ id: number }>('ordered', byId);
  let calls = 0;
  const seenTables = new Set<number>();
  for (const task of graph.tasks) {
    if (seenTables.has(task.fdTable)) continue; // CRIU dumps a shared table once
    seenTables.add(task.fdTable);
    for (const slot of task.fds) {
      const f = files.get(slot.file)!;
      const pos = BigInt(Math.max(0, f.pos));
      const genid = (BigInt(f.dev ?? 0) ^ BigInt(f.ino ?? 0) ^ (pos >> 32n) ^ (pos & 0xffffffffn)) & 0xffffffffn;
      calls += fdTree.place(String(genid), { id: slot.file }).comparisons;
    }
  }
  for (const pick of [(t: Graph['tasks'][number]) => t.fdTable, (t: Graph['tasks'][number]) => t.vm ?? 0, (t: Graph['tasks'][number]) => t.fs ?? 0, (t: Graph['tasks'][number]) => t.sighand ?? 0]) {
    const tree = new IdentityIndex<{ id: number }>('ordered', byId);
    tree.place('0', { id: -1 }); // CRIU's own process takes id 1 in every tree
    for (const task of graph.tasks) calls += tree.place('0', { id: pick(task) }).comparisons;
  }
  return calls;
}

/** One tree measured: capture (median of `runs`), lsfd on the same pids, and the call counts. */
interface Measured {
  graph: Graph;
  oursMs: number;
  lsfdMs: number;
  criuCalls: number;
  rssBefore: number;
  rssAfter: number;
}

async function measure(nProcs: number, nFds: number, treeSeed: number, runs: number): Promise<Measured> {
  const fixture = await startFixture('random', { args: [nProcs, nFds, treeSeed], timeoutMs: 300_000 });
  try {
    const pids = fixture.truth.processes.map((p) => p.pid);
    captureTree({ roots: [fixture.rootPid] }); // warm up: JIT, ffi-rs, page cache
    const rssBefore = process.resourceUsage().maxRSS;
    const times: number[] = [];
    let graph: Graph | undefined;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      graph = captureTree({ roots: [fixture.rootPid] });
      times.push(performance.now() - t);
    }
    const rssAfter = process.resourceUsage().maxRSS;
    const lsfdMs = timeCommand('lsfd', ['-p', pids.join(' ')], runs);
    return { graph: graph!, oursMs: median(times), lsfdMs, criuCalls: criuSchemeKcmpCalls(graph!), rssBefore, rssAfter };
  } finally {
    await fixture.stop();
  }
}

const main = await measure(procs, fdsPerProc, seed, RUNS);
{
  const g = main.graph;
  const s = g.stats!;
  const ours = main.oursMs;
  const criu = main.criuCalls;
  const row = (label: string, value: string): void => console.log(`${label.padEnd(34)} ${value}`);
  console.log(`fdlens scan benchmark: random tree ${procs} processes × ~${fdsPerProc} fds (seed ${seed}), median of ${RUNS}`);
  row('processes / fds / descriptions', `${s.processes} / ${s.fds} / ${s.files} (${s.sharedFiles} shared)`);
  row('capture (freeze + read + dedupe)', `${ours.toFixed(1)} ms`);
  row('lsfd -p <same pids> (reference)', `${main.lsfdMs.toFixed(1)} ms`);
  row('ratio capture / lsfd', `${(ours / main.lsfdMs).toFixed(2)}× (target ≤ 2×)`);
  row('fds per second', `${Math.round(s.fds / (ours / 1000))}`);
  row('kcmp calls per fd', `${(s.kcmpCalls / s.fds).toFixed(3)} (${s.kcmpCalls} calls)`);
  row("CRIU's scheme, kcmp calls per fd", `${(criu / s.fds).toFixed(3)} (${criu} calls, simulated on this graph)`);
  row('ratio ours / CRIU scheme', `${(s.kcmpCalls / criu).toFixed(2)}× (target ≤ 1×)`);
  row('FFI calls per fd', `${(s.ffiCalls / s.fds).toFixed(3)} (${s.ffiCalls} calls)`);
  row('peak RSS of this process', `${(main.rssAfter / 1024).toFixed(1)} MiB (${((main.rssAfter - main.rssBefore) / 1024).toFixed(1)} MiB added by ${RUNS} captures)`);
}

// How it scales: 10, 100 and 1000 processes × about 10 and 100 fds each (BENCH_SCALE=0 skips it).
if (process.env['BENCH_SCALE'] !== '0') {
  const SCALE_RUNS = 3;
  console.log(`\nscaling (random trees, seed ${seed}, median of ${SCALE_RUNS}):`);
  const cols = ['procs × fds', 'fds', 'descs', 'capture ms', 'lsfd ms', 'ratio', 'fds/s', 'kcmp/fd', 'CRIU kcmp/fd'];
  const widths = [12, 7, 6, 11, 9, 6, 8, 8, 12];
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(cols));
  for (const nProcs of [10, 100, 1000]) {
    for (const nFds of [10, 100]) {
      const m = await measure(nProcs, nFds, seed, SCALE_RUNS);
      const s = m.graph.stats!;
      console.log(line([
        `${nProcs} × ${nFds}`,
        String(s.fds),
        String(s.files),
        m.oursMs.toFixed(1),
        m.lsfdMs.toFixed(1),
        `${(m.oursMs / m.lsfdMs).toFixed(2)}×`,
        String(Math.round(s.fds / (m.oursMs / 1000))),
        (s.kcmpCalls / s.fds).toFixed(3),
        (m.criuCalls / s.fds).toFixed(3),
      ]));
    }
  }
}
