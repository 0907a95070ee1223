// Child of bench/decode.ts: times fdlens's in-process decode of every image of DIR in a fresh
// process (its own heap, like the Python side), and prints the best times as JSON.
//   node --import tsx --conditions=@fdlens/source decode-in-process.ts DIR RUNS

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImage, readImageBytes } from '@fdlens/dump';

const dir = process.argv[2]!;
const runs = Number(process.argv[3] ?? 10);
const paths = readdirSync(dir).sort().map((n) => join(dir, n));
const buffers = paths.map((p) => readFileSync(p));

/** Best time of `runs` runs after three warm-up runs (the JIT). */
function best(f: () => void): number {
  for (let i = 0; i < 3; i++) f();
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

const memory = best(() => {
  for (const b of buffers) decodeImage(b);
});
const files = best(() => {
  for (const p of paths) decodeImage(p);
});
const raw = best(() => {
  for (const b of buffers) readImageBytes(b);
});
process.stdout.write(JSON.stringify({ memory, files, raw }));
