// The `show` and `dump` commands through the CLI's main(): exit codes, the scan JSON schema, crit
// JSON for one image, and live tree → `fdlens dump` → `fdlens show` = `fdlens scan`.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '@fdlens/cli';
import { GRAPH_SCHEMA, sharingPartition, type Graph } from '@fdlens/core';
import { criuRealPartition, readCriuRealTruth, startFixture } from '@fdlens/fixtures';
import { canonicalJson, crit, imgDir, tempDir } from './helpers.js';

/** Run the CLI, capturing stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        append(chunk.toString());
        cb();
      },
    });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) });
  return { code, out, err };
}

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fdlens show', () => {
  it('prints a dump as the scan JSON, file = CRIU FdinfoEntry id', async () => {
    const r = await run(['show', imgDir('S4'), '--json']);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.out) as Graph;
    expect(g.schema).toBe(GRAPH_SCHEMA);
    expect(sharingPartition(g)).toEqual(criuRealPartition(readCriuRealTruth('S4')));
    // criu-mapping.tsv (written by the fixture tooling from CRIU's run) names each fd's CRIU id.
    const rows = readFileSync(join(imgDir('S4'), '..', 'criu-mapping.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byKey = new Map<string, number>(g.tasks.flatMap((t) => t.fds.map((f) => [`${t.pid}:${f.fd}`, f.file] as const)));
    for (const [pid, , fd, , , , , id] of rows) expect(byKey.get(`${pid}:${fd}`)).toBe(Number(id));
  });

  it('prints a table by default', async () => {
    const r = await run(['show', imgDir('S2')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('19462');
  });

  it('decodes one image to the JSON crit decode prints', async () => {
    const file = join(imgDir('S5'), 'files.img');
    const r = await run(['show', file]);
    expect(r.code).toBe(0);
    expect(canonicalJson([r.out])).toEqual(canonicalJson([crit(['decode', '-i', file])]));
  });

  it('exits 2 with the code, file and offset on a damaged image', async () => {
    const dir = join(root, 'bad');
    cpSync(imgDir('S2'), dir, { recursive: true });
    writeFileSync(join(dir, 'files.img'), readFileSync(join(dir, 'files.img')).subarray(0, 30));
    const r = await run(['show', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/files\.img, entry #\d+, offset \d+: .*\[FDLENS_DUMP_BAD_LENGTH\]/);
    expect(r.err).toContain('hint:');
    expect(r.out).toBe('');
  });

  it('exits 2 on a path that is no dump', async () => {
    const r = await run(['show', join(root, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('FDLENS_DUMP_NOT_A_DUMP');
  });
});

describe('fdlens dump', () => {
  it('live tree → dump → show gives the partition scan gives', async () => {
    const fx = await startFixture('random');
    try {
      const pid = String(fx.rootPid);
      const dir = join(root, 'live');
      const d = await run(['dump', pid, '-D', dir]);
      expect(d.code, d.err).toBe(0);
      const shown = JSON.parse((await run(['show', dir, '--json'])).out) as Graph;
      const scanned = JSON.parse((await run(['scan', pid, '--json'])).out) as Graph;
      expect(sharingPartition(shown)).toEqual(sharingPartition(scanned));
      const again = await run(['dump', pid, '-D', dir]);
      expect(again.code).toBe(2);
      expect(again.err).toContain('FDLENS_DUMP_TARGET_NOT_EMPTY');
    } finally {
      await fx.stop();
    }
  });
});
