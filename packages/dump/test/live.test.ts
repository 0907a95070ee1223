// Live trees built by the fixture programs (ground truth by construction) → captureTree →
// writeDump → crit and readDump: the sharing survives the trip through CRIU's format.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureTree, fdTablePartition, sharingPartition } from '@fdlens/core';
import { startFixture, truthFdTables, truthPartition, type FixtureName } from '@fdlens/fixtures';
import { critImageText, decodeImage, readDump, writeDump } from '@fdlens/dump';
import { canonicalJson, crit, critDecodeMany, tempDir } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NAMES: FixtureName[] = ['dup', 'fork', 'scm', 'clone-files', 'kinds', 'random'];

describe.each(NAMES)('fixture %s', (name) => {
  it('live tree → writeDump → readDump keeps the ground-truth sharing, and crit reads every image', async () => {
    const fx = await startFixture(name);
    try {
      const g = captureTree({ roots: [fx.rootPid] });
      const dir = join(root, name);
      // crit 3.17 has no PIDFD type: the kinds tree holds a pidfd.
      await writeDump(g, dir, { pidfdAsExt: true });
      const back = await readDump(dir);
      expect(sharingPartition(back)).toEqual(truthPartition(fx.truth));
      expect(fdTablePartition(back)).toEqual(truthFdTables(fx.truth));
      expect(back.tasks.map((t) => t.pid)).toEqual(g.tasks.map((t) => t.pid));
      const files = readdirSync(dir).sort().map((f) => join(dir, f));
      expect(canonicalJson(files.map((f) => critImageText(decodeImage(f))))).toEqual(critDecodeMany(files));
      expect(crit(['x', dir, 'ps']).split('\n').length).toBe(g.tasks.length + 2);
      expect(crit(['x', dir, 'fds'])).toContain(`${fx.rootPid}\n`);
    } finally {
      await fx.stop();
    }
  });
});

describe('native pidfd entries', () => {
  it('are written as CRIU >= 4.1 does and read back as pidfds', async () => {
    const fx = await startFixture('kinds');
    try {
      const g = captureTree({ roots: [fx.rootPid] });
      const dir = join(root, 'kinds-native');
      await writeDump(g, dir);
      const types = decodeImage(join(dir, 'files.img')).entries.map((e) => e['type']);
      expect(types).toContain('PIDFD');
      const back = await readDump(dir);
      expect(back.files.filter((f) => f.type === 'pidfd').length).toBe(g.files.filter((f) => f.type === 'pidfd').length);
      expect(sharingPartition(back)).toEqual(sharingPartition(g));
    } finally {
      await fx.stop();
    }
  });
});
