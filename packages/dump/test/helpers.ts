// Shared test helpers: the real CRIU dumps' images, temporary folders, and running crit. Their
// ground truth is @fdlens/fixtures' (readCriuRealTruth).

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRIU_REAL_DIR } from '@fdlens/fixtures';

/** The image directory of a real dump (`S1` … `S5`). */
export function imgDir(s: string): string {
  return join(CRIU_REAL_DIR, s, 'img');
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
