// bench:plan — plan time and peak memory on random graphs of 1k, 10k and 100k fds (each size in
// a fresh process, so peak RSS is that size's own), the SCM_RIGHTS messages and ops of `inherit`
// against `criu` on every fixture tree and CRIU dump, and the cost of one SCM_RIGHTS message
// measured on this machine in syscall units, next to the cost model's assumption. A script, not
// a test: it prints figures and ratios measured in the same run.
//
//   node --import tsx --conditions=@fdlens/source packages/restore-plan/bench/plan.ts [--quick]

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { captureTree, type Graph } from '@fdlens/core';
import { readDump } from '@fdlens/dump';
import { CRIU_REAL_DIR, CRIU_REAL_SCENARIOS, FIXTURES, startFixture, type FixtureName } from '@fdlens/fixtures';
import { executorPath, MESSAGE_COST, planRestore, randomGraph, STRATEGIES, type Plan, type Strategy } from '@fdlens/restore-plan';

const SELF = fileURLToPath(import.meta.url);
const SIZES = [1_000, 10_000, 100_000];
const GROWTH_LIMIT = 12;

interface SizeResult {
  fds: number;
  processes: number;
  files: number;
  strategy: Strategy;
  planMs: number;
  peakRssMb: number;
  graphRssMb: number;
}

/** Child mode: plan one random graph of `fds` fds; print the figures as JSON. */
function measureSize(fds: number, strategy: Strategy): void {
  const graph = randomGraph({ seed: 1, processes: Math.round(fds / 50), fds });
  const graphRss = process.memoryUsage().rss;
  const runs: number[] = [];
  // Warm the JIT on a small graph first, then take the median of three runs.
  planRestore(randomGraph({ seed: 2, processes: 20, fds: 1000 }), { strategy });
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    planRestore(graph, { strategy });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const result: SizeResult = {
    fds: graph.tasks.reduce((n, t) => n + t.fds.length, 0),
    processes: graph.tasks.length,
    files: graph.files.length,
    strategy,
    planMs: Math.round(runs[1]! * 10) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
    graphRssMb: Math.round(graphRss / 1024 / 102.4) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runSize(fds: number, strategy: Strategy): SizeResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@fdlens/source', SELF, '--size', String(fds), '--strategy', strategy], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`size ${fds} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as SizeResult;
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

function compare(name: string, graph: Graph): { name: string; inherit: Plan; criu: Plan } {
  return { name, inherit: planRestore(graph, { strategy: 'inherit' }), criu: planRestore(graph, { strategy: 'criu' }) };
}

/** Kernel cost of a dup2, a close and one SCM_RIGHTS message (send + receive), from the executor's --measure mode. */
function measureKernel(bin: string, n: number): { dup2Ns: number; closeNs: number; messageNs: number } {
  const r = spawnSync(bin, ['--measure', String(n)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--measure failed: ${r.stderr}`);
  const v = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split(' ')).map(([k, x]) => [k, Number(x)]));
  return { dup2Ns: v['dup2_ns']!, closeNs: v['close_ns']!, messageNs: v['message_ns']! };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--size');
  if (at >= 0) {
    measureSize(Number(args[at + 1]), (args[args.indexOf('--strategy') + 1] ?? 'inherit') as Strategy);
    return;
  }
  const quick = args.includes('--quick');
  console.log(`# bench:plan (node ${process.version}, ${new Date().toISOString()})\n`);

  console.log('## plan time and peak memory, random graphs (each size in a fresh process; median of 3 runs)\n');
  console.log(`${'strategy'.padEnd(9)}${pad('fds', 9)}${pad('procs', 7)}${pad('descs', 8)}${pad('plan ms', 10)}${pad('peak RSS MB', 13)}${pad('graph RSS MB', 14)}`);
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  const byStrategy = new Map<Strategy, SizeResult[]>();
  for (const strategy of STRATEGIES) {
    const list: SizeResult[] = [];
    for (const fds of sizes) {
      const r = runSize(fds, strategy);
      list.push(r);
      console.log(`${strategy.padEnd(9)}${pad(r.fds, 9)}${pad(r.processes, 7)}${pad(r.files, 8)}${pad(r.planMs, 10)}${pad(r.peakRssMb, 13)}${pad(r.graphRssMb, 14)}`);
    }
    byStrategy.set(strategy, list);
  }
  if (!quick) {
    for (const [strategy, list] of byStrategy) {
      const growth = list[2]!.planMs / list[1]!.planMs;
      console.log(`growth 10k → 100k (${strategy}): ${growth.toFixed(1)}× plan time (limit ${GROWTH_LIMIT}×: ${growth < GROWTH_LIMIT ? 'ok' : 'OVER'}), ${(list[2]!.peakRssMb / list[1]!.peakRssMb).toFixed(1)}× peak RSS`);
    }
  }

  console.log('\n## inherit against criu: SCM_RIGHTS messages and ops (forks included) per tree\n');
  const rows: ReturnType<typeof compare>[] = [];
  for (const f of FIXTURES) {
    if (f.name === 'racer') continue; // its descendants churn: no fixed tree to plan
    const fixture = await startFixture(f.name as FixtureName);
    try {
      rows.push(compare(`fixture ${f.name}`, captureTree({ roots: [fixture.rootPid] })));
    } finally {
      await fixture.stop();
    }
  }
  for (const s of CRIU_REAL_SCENARIOS) rows.push(compare(`dump ${s}`, await readDump(join(CRIU_REAL_DIR, s, 'img'))));
  console.log(`${'tree'.padEnd(22)}${pad('msgs inherit', 13)}${pad('msgs criu', 10)}${pad('ratio', 8)}${pad('ops inherit', 12)}${pad('ops criu', 10)}${pad('cost inherit', 13)}${pad('cost criu', 10)}`);
  for (const { name, inherit, criu } of rows) {
    const ratio = criu.totals.scmRightsMessages === 0 ? '-' : `${((100 * inherit.totals.scmRightsMessages) / criu.totals.scmRightsMessages).toFixed(0)}%`;
    console.log(`${name.padEnd(22)}${pad(inherit.totals.scmRightsMessages, 13)}${pad(criu.totals.scmRightsMessages, 10)}${pad(ratio, 8)}${pad(inherit.totals.ops, 12)}${pad(criu.totals.ops, 10)}${pad(inherit.totals.cost, 13)}${pad(criu.totals.cost, 10)}`);
  }
  const sum = (s: Strategy, k: 'scmRightsMessages' | 'ops'): number => rows.reduce((n, r) => n + r[s].totals[k], 0);
  console.log(`${'all trees'.padEnd(22)}${pad(sum('inherit', 'scmRightsMessages'), 13)}${pad(sum('criu', 'scmRightsMessages'), 10)}${pad(`${((100 * sum('inherit', 'scmRightsMessages')) / Math.max(1, sum('criu', 'scmRightsMessages'))).toFixed(0)}%`, 8)}${pad(sum('inherit', 'ops'), 12)}${pad(sum('criu', 'ops'), 10)}`);

  console.log('\n## what one SCM_RIGHTS message costs on this machine, in the kernel (best of 3 runs)\n');
  const bin = await executorPath();
  const runs = [0, 1, 2].map(() => measureKernel(bin, quick ? 20_000 : 200_000));
  const best = (k: 'dup2Ns' | 'closeNs' | 'messageNs'): number => Math.min(...runs.map((r) => r[k]));
  const units = best('messageNs') / best('dup2Ns');
  console.log(`dup2 ${best('dup2Ns').toFixed(0)} ns, close ${best('closeNs').toFixed(0)} ns, one fd sent and received (and closed) ${best('messageNs').toFixed(0)} ns = ${units.toFixed(1)} dup2s (cost model: MESSAGE_COST = ${MESSAGE_COST})`);
}

await main();
