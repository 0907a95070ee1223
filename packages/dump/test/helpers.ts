// Shared test helpers: the real CRIU fixtures, their ground truth, and running crit.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalGroups } from '@fdlens/core';
import { CRIU_REAL_DIR, CRIU_REAL_SCENARIOS } from '@fdlens/fixtures';

/** The real CRIU 4.2 dumps with their ground truth. */
export const FIXTURES = CRIU_REAL_DIR;

/** The real CRIU dumps. */
export const SCENARIOS = CRIU_REAL_SCENARIOS;

/** The ground truth the fixture program recorded while building the tree. */
export interface GroundTruth {
  root_pid: number;
  processes: Array<{ pid: number; ppid: number; role: string; threads: number[] }>;
  descriptions: Array<{ name: string; members: Array<[number, number]> }>;
  fds: Array<{ pid: number; fd: number; description: string; cloexec: number; pos: number; flags_octal: string; link: string }>;
}

/** Load a scenario's ground-truth.json. */
export function groundTruth(s: string): GroundTruth {
  return JSON.parse(readFileSync(join(FIXTURES, s, 'ground-truth.json'), 'utf8')) as GroundTruth;
}

/** The image directory of a scenario. */
export function imgDir(s: string): string {
  return join(FIXTURES, s, 'img');
}

/** The sharing partition the ground truth states (one group of pid:fd per description). */
export function truthPartition(gt: GroundTruth): string[][] {
  return canonicalGroups(gt.descriptions.map((d) => d.members.map(([p, f]) => `${p}:${f}`)));
}

/**
 * The fd-table partition by construction: a clone(CLONE_FILES) child shares its parent's table;
 * every other process has its own.
 */
export function truthFdTables(gt: GroundTruth): number[][] {
  const owner = new Map<number, number>();
  for (const p of gt.processes) owner.set(p.pid, p.role === 'clonefiles_child' ? p.ppid : p.pid);
  const groups = new Map<number, number[]>();
  for (const p of gt.processes) {
    const o = owner.get(p.pid)!;
    let g = groups.get(o);
    if (g === undefined) groups.set(o, (g = []));
    g.push(p.pid);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Run crit and return its stdout. */
export function crit(args: string[]): string {
  return execFileSync('crit', args, { encoding: 'utf8', maxBuffer: 256 << 20 });
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'fdlens-dump-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Canonical JSON text (sorted keys) of a JSON text, through Python's json, which keeps 64-bit
 * integers exact on both sides of a comparison.
 */
export function canonicalJson(texts: string[]): string[] {
  const script = 'import json,sys\nfor line in sys.stdin.read().split("\\0"):\n    print(json.dumps(json.loads(line), sort_keys=True))';
  const out = execFileSync('/usr/bin/python3', ['-c', script], { input: texts.join('\0'), encoding: 'utf8', maxBuffer: 256 << 20 });
  return out.trimEnd().split('\n');
}

/**
 * `crit decode` of many files in one Python process: the same pycriu.images.load call crit's
 * decode command makes, printed as canonical JSON (sorted keys), one line per file.
 */
export function critDecodeMany(paths: string[]): string[] {
  const script = [
    'import json, sys',
    'import pycriu.images',
    'for p in sys.stdin.read().split("\\0"):',
    '    with open(p, "rb") as f:',
    '        print(json.dumps(pycriu.images.load(f, False), sort_keys=True))',
  ].join('\n');
  const out = execFileSync('/usr/bin/python3', ['-c', script], { input: paths.join('\0'), encoding: 'utf8', maxBuffer: 256 << 20 });
  return out.trimEnd().split('\n');
}

/**
 * A zstd frame that stores `data` in raw (uncompressed) blocks: valid zstd that any decoder
 * reads, made without a zstd compressor (Node 20 has none, and CI may lack the zstd tool).
 */
export function zstdStored(data: Uint8Array): Buffer {
  const BLOCK = 1 << 17;
  // Magic, then a frame header: no content size, not single-segment, window 2^17 (one block).
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3])];
  let pos = 0;
  do {
    const size = Math.min(BLOCK, data.length - pos);
    const last = pos + size >= data.length ? 1 : 0;
    const header = (size << 3) | last; // block type 0: raw
    parts.push(Buffer.from([header & 255, (header >> 8) & 255, (header >> 16) & 255]), Buffer.from(data.subarray(pos, pos + size)));
    pos += size;
  } while (pos < data.length);
  return Buffer.concat(parts);
}
