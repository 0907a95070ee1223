// Fuzzing: thousands of mutated real images. Every one must decode or be refused with a typed
// error; nothing may crash, hang, or make the framing hold more bytes than the file has.

import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@fdlens/core';
import { ImageFormatError, critImageText, decodeImage, readDump, readImageBytes } from '@fdlens/dump';
import { FdlensError } from '@fdlens/core';
import { CRIU_REAL_SCENARIOS } from '@fdlens/fixtures';
import { imgDir, tempDir } from './helpers.js';

const sources = CRIU_REAL_SCENARIOS.flatMap((s) =>
  readdirSync(imgDir(s))
    .filter((f) => !f.startsWith('pagemap'))
    .map((f) => readFileSync(join(imgDir(s), f))),
);

/** One random mutation: flip bits, overwrite bytes, cut, splice, or set a length prefix. */
function mutate(input: Buffer, rnd: () => number): Buffer {
  const b = Buffer.from(input);
  const at = (): number => Math.floor(rnd() * b.length);
  switch (Math.floor(rnd() * 6)) {
    case 0:
      for (let i = 0; i < 1 + rnd() * 8; i++) b[at()]! ^= 1 << Math.floor(rnd() * 8);
      return b;
    case 1:
      for (let i = 0; i < 1 + rnd() * 4; i++) b[at()] = Math.floor(rnd() * 256);
      return b;
    case 2:
      return b.subarray(0, at());
    case 3: {
      const i = at();
      return Buffer.concat([b.subarray(0, i), Buffer.from([Math.floor(rnd() * 256), Math.floor(rnd() * 256)]), b.subarray(i)]);
    }
    case 4: {
      const i = Math.min(at(), Math.max(0, b.length - 4));
      if (b.length >= 4) b.writeUInt32LE([0, 1, 0x7fffffff, 0xffffffff, Math.floor(rnd() * 2 ** 32)][Math.floor(rnd() * 5)]!, i);
      return b;
    }
    default: {
      const i = at();
      const j = at();
      return Buffer.concat([b.subarray(0, Math.min(i, j)), b.subarray(Math.max(i, j))]);
    }
  }
}

describe('fuzz', () => {
  it('5000 mutated images: decoded or refused with ImageFormatError, framing within the file size', () => {
    const rnd = seededRandom(20261126);
    let ok = 0;
    let refused = 0;
    for (let k = 0; k < 5000; k++) {
      const bytes = mutate(sources[Math.floor(rnd() * sources.length)]!, rnd);
      try {
        const img = readImageBytes(bytes, 'fuzz.img', { extras: true });
        expect(img.maxBuffered).toBeLessThanOrEqual(bytes.length);
        if (img.modelled) critImageText(decodeImage(bytes));
        ok++;
      } catch (e) {
        if (!(e instanceof ImageFormatError)) throw new Error(`mutation ${k}: ${String(e)}`, { cause: e });
        expect(e.offset).toBeGreaterThanOrEqual(0);
        expect(e.offset).toBeLessThanOrEqual(bytes.length);
        refused++;
      }
    }
    // Both outcomes happen: the mutations reach past the framing into the protobuf.
    expect(ok).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('chunked reading holds at most one entry: never more than the file', async () => {
    const { readImageStream } = await import('@fdlens/dump');
    const rnd = seededRandom(7);
    for (let k = 0; k < 300; k++) {
      const bytes = mutate(sources[Math.floor(rnd() * sources.length)]!, rnd);
      async function* chunks(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < bytes.length; i += 13) yield bytes.subarray(i, i + 13);
      }
      const img = await readImageStream(chunks(), bytes.length, 'fuzz.img').catch((e: unknown) => {
        if (!(e instanceof ImageFormatError)) throw e;
        return undefined;
      });
      if (img) expect(img.maxBuffered).toBeLessThanOrEqual(bytes.length);
    }
  });

  const root = tempDir();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('300 dumps with one mutated image: a graph or a typed error', async () => {
    const rnd = seededRandom(99);
    const base = join(root, 'base');
    cpSync(imgDir('S3'), base, { recursive: true });
    const names = readdirSync(base).filter((f) => /^(files|pstree|fdinfo-\d+|ids-\d+|core-\d+)\.img$/.test(f));
    let graphs = 0;
    for (let k = 0; k < 300; k++) {
      const name = names[Math.floor(rnd() * names.length)]!;
      const original = readFileSync(join(base, name));
      writeFileSync(join(base, name), mutate(original, rnd));
      try {
        const g = await readDump(base);
        expect(g.tasks.length).toBeGreaterThan(0);
        graphs++;
      } catch (e) {
        if (!(e instanceof FdlensError)) throw new Error(`${name}: ${String(e)}`, { cause: e });
      } finally {
        writeFileSync(join(base, name), original);
      }
    }
    expect(graphs).toBeGreaterThan(10);
  });
});
