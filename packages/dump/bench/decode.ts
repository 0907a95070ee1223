// pnpm bench:decode — decode speed against CRIU's own Python tools, measured in the same run.
//
// 1. A synthetic 1000-process graph is written with writeDump.
// 2. Whole command: `fdlens show DIR --json` against `crit x DIR fds` (wall time, best of N).
// 3. In-process decode of every image to crit's JSON view against pycriu.images.load in one
//    Python process (timed inside Python, so interpreter start-up is not counted): from bytes in
//    memory (the decoders alone) and from the files.
// 4. Codecs on the same message bytes: fdlens's generated static codecs, protobufjs reflection,
//    protobufjs static code (pbjs static-module).
// Prints the ratios; targets: command ≥ 3× faster than crit, in-process ≥ 20× faster than pycriu.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import {
  decoderOf,
  readDump,
  readImageFile,
  serializeMessage,
  syntheticGraph,
  writeDump,
  WireReader,
  PROTO_DIR,
} from '@fdlens/dump';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(import.meta.dirname, '../.bench-out');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const PROCESSES = Number(process.env['BENCH_PROCESSES'] ?? 1000);

/** Best and median of a list of times. */
function summary(times: number[]): { best: number; median: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]! };
}

/**
 * Wall time of each command, RUNS times, taking turns (A B A B …) so that both see the same
 * moments of a noisy machine. Output goes to /dev/null.
 */
function timeCommands(commands: Array<[string, string[]]>): Array<{ best: number; median: number }> {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    commands.forEach(([cmd, args], k) => {
      const t0 = performance.now();
      const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr?.toString()}`);
      times[k]!.push(ms);
    });
  }
  return times.map(summary);
}

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

mkdirSync(OUT, { recursive: true });
const dir = join(OUT, `dump-${PROCESSES}`);
const graph = syntheticGraph({ processes: PROCESSES, opensPerProcess: 8, seed: 1000 });
await writeDump(graph, dir, { force: true });
const names = readdirSync(dir).sort();
const paths = names.map((n) => join(dir, n));
const bytes = paths.reduce((s, p) => s + readFileSync(p).length, 0);
const fds = graph.tasks.reduce((s, t) => s + t.fds.length, 0);
console.log(`dump: ${PROCESSES} processes, ${fds} fds, ${graph.files.length} files → ${names.length} images, ${(bytes / 1024).toFixed(0)} KiB (${dir})`);

// Sanity: the CLI reads back what was written.
const back = await readDump(dir);
if (back.tasks.length !== PROCESSES) throw new Error('read-back mismatch');

// 2. Whole command. The CLI runs from its build (dist), as installed; build it first if missing.
const bin = join(ROOT, 'packages/cli/bin/fdlens.js');
// The bin runs the builds (dist), as installed: bring them up to date with the sources first,
// each with its own build script (tsc for declarations, esbuild bundles).
const builds = [...readdirSync(join(ROOT, 'packages')).map((p) => `packages/${p}`), 'fixtures'].filter((p) => existsSync(join(ROOT, p, 'tsconfig.build.json')));
for (const pkg of builds) {
  const script = (JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const r = spawnSync('sh', ['-c', script], { cwd: join(ROOT, pkg), stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`building ${pkg} failed: ${r.stderr.toString()}`);
}
// Where the command's time goes: start-up (every package the CLI loads) against the dump's work.
const [ours, critMs, startup] = timeCommands([
  [process.execPath, [bin, 'show', dir, '--json']],
  ['crit', ['x', dir, 'fds']],
  [process.execPath, [bin, '--help']],
]) as [{ best: number; median: number }, { best: number; median: number }, { best: number; median: number }];
console.log(`command:    fdlens show DIR --json ${fmt(ours.best)}   crit x DIR fds ${fmt(critMs.best)}   → ${(critMs.best / ours.best).toFixed(1)}× faster (best of ${RUNS}; target ≥ 3×)`);
console.log(`            medians: ${fmt(ours.median)} against ${fmt(critMs.median)} → ${(critMs.median / ours.median).toFixed(1)}×`);
console.log(`            of which start-up (fdlens --help): ${fmt(startup.best)}; reading the dump and printing it: ${fmt(ours.best - startup.best)}`);

// 3. In-process decode of every image to crit's JSON view (pycriu.images.load gives dicts, the
// same view), best of RUNS. Both from bytes already in memory (the decoders alone), and from the
// files (each side opening and reading them too).
const timeBest = (f: () => void): number => {
  for (let i = 0; i < 3; i++) f();
  let bestMs = Infinity;
  for (let i = 0; i < 2 * RUNS; i++) {
    const t0 = performance.now();
    f();
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  return bestMs;
};
const py = [
  'import io, sys, time',
  'import pycriu.images',
  'paths = sys.stdin.read().split("\\0")',
  'datas = [open(p, "rb").read() for p in paths]',
  'def best(f):',
  '    f()',
  '    b = None',
  `    for _ in range(${2 * RUNS}):`,
  '        t0 = time.perf_counter()',
  '        f()',
  '        ms = (time.perf_counter() - t0) * 1000',
  '        b = ms if b is None else min(b, ms)',
  '    return b',
  'def from_memory():',
  '    for d in datas: pycriu.images.load(io.BytesIO(d))',
  'def from_files():',
  '    for p in paths:',
  '        with open(p, "rb") as f: pycriu.images.load(f)',
  'print(best(from_memory), best(from_files))',
].join('\n');
// Each side in a fresh process with its own heap, taking turns over three rounds (a whole process
// can land on a slow moment of a shared machine), best of each.
let oursMemory = Infinity, oursFiles = Infinity, oursRaw = Infinity, pyMemory = Infinity, pyFiles = Infinity;
for (let round = 0; round < 3; round++) {
  const child = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@fdlens/source', join(import.meta.dirname, 'decode-in-process.ts'), dir, String(2 * RUNS)], { encoding: 'utf8' });
  const ours = JSON.parse(child) as { memory: number; files: number; raw: number };
  const [pm, pf] = execFileSync('/usr/bin/python3', ['-c', py], { input: paths.join('\0'), encoding: 'utf8' }).trim().split(' ').map(Number) as [number, number];
  oursMemory = Math.min(oursMemory, ours.memory);
  oursFiles = Math.min(oursFiles, ours.files);
  oursRaw = Math.min(oursRaw, ours.raw);
  pyMemory = Math.min(pyMemory, pm);
  pyFiles = Math.min(pyFiles, pf);
}
console.log(`in-process, bytes in memory: fdlens ${fmt(oursMemory)}   pycriu.images.load ${fmt(pyMemory)}   → ${(pyMemory / oursMemory).toFixed(1)}× faster (target ≥ 20×)`);
console.log(`in-process, from the files:  fdlens ${fmt(oursFiles)}   pycriu.images.load ${fmt(pyFiles)}   → ${(pyFiles / oursFiles).toFixed(1)}× faster`);
console.log(`  (fdlens to decoded messages only, no JSON view: ${fmt(oursRaw)}, ${(pyMemory / oursRaw).toFixed(1)}× pycriu)`);

// 4. Codecs: fdlens's generated static codecs, protobufjs reflection, protobufjs static (pbjs).
const staticFile = join(OUT, 'criu-static.cjs');
const protos = readdirSync(PROTO_DIR).filter((f) => f.endsWith('.proto')).map((f) => join(PROTO_DIR, f));
execFileSync(join(import.meta.dirname, '../node_modules/.bin/pbjs'), [
  '-t', 'static-module', '-w', 'commonjs', '--keep-case', '--no-create', '--no-verify', '--no-convert', '--no-delimited', '--no-service', '-o', staticFile, ...protos,
]);
const require = createRequire(join(import.meta.dirname, '../package.json'));
const staticRoot = require(staticFile) as Record<string, { decode(b: Uint8Array): unknown }>;
const pbjs = require('protobufjs') as typeof import('protobufjs');
const reflectionRoot = new pbjs.Root().loadSync(protos, { keepCase: true });
const samples: Array<{ name: string; bytes: Uint8Array[] }> = [];
for (const p of paths) {
  const img = readImageFile(p);
  if (!img.modelled) continue;
  const name = img.kind!.message!;
  samples.push({ name, bytes: img.entries.map((e) => serializeMessage(name, e.message)) });
}
const decodeWith = (pick: (name: string) => (b: Uint8Array) => unknown): number => {
  const t0 = performance.now();
  for (const s of samples) {
    const decode = pick(s.name);
    for (const b of s.bytes) decode(b);
  }
  return performance.now() - t0;
};
const codecs: Array<[string, (name: string) => (b: Uint8Array) => unknown]> = [
  ['fdlens generated', (name) => { const d = decoderOf(name); return (b) => d(new WireReader(b), b.length); }],
  ['protobufjs reflection', (name) => { const t = reflectionRoot.lookupType(name); return (b) => t.decode(b); }],
  ['protobufjs static (pbjs)', (name) => { const t = staticRoot[name]!; return (b) => t.decode(b); }],
];
const messages = samples.reduce((s, x) => s + x.bytes.length, 0);
const first = codecs.map(([label, pick]) => [label, decodeWith(pick)] as const);
const warm = codecs.map(([label, pick]) => [label, timeBest(() => decodeWith(pick))] as const);
console.log(`codecs, ${messages} messages (first run / best warm run):`);
for (let i = 0; i < codecs.length; i++) console.log(`  ${first[i]![0].padEnd(26)} ${fmt(first[i]![1]).padStart(10)} / ${fmt(warm[i]![1])}`);
