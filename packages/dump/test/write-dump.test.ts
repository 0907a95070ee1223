// writeDump's contract: atomic (never a half dump at the target, even on SIGKILL), refuses a
// non-empty target unless forced, and refuses files CRIU cannot represent unless allowed as EXT.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DUMP_ERROR_CODES, decodeImage, readDump, syntheticGraph, writeDump } from '@fdlens/dump';
import { FdlensError, GRAPH_SCHEMA, sharingPartition, type Graph } from '@fdlens/core';
import { critDecodeMany, tempDir } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const small = syntheticGraph({ processes: 5, seed: 2, allKinds: false });

describe('target directory', () => {
  it('writes into a missing or empty directory', async () => {
    await writeDump(small, join(root, 'new/deeper'));
    mkdirSync(join(root, 'empty'));
    await writeDump(small, join(root, 'empty'));
    expect(sharingPartition(await readDump(join(root, 'empty')))).toEqual(sharingPartition(small));
  });

  it('refuses a non-empty directory and leaves it alone', async () => {
    const dir = join(root, 'full');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const err = await writeDump(small, dir).catch((e: unknown) => e);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.targetNotEmpty);
    expect((err as FdlensError).hint).toMatch(/--force/);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('replaces it with force, leaving no temporary folder', async () => {
    const dir = join(root, 'forced');
    mkdirSync(dir);
    writeFileSync(join(dir, 'old.txt'), 'x');
    await writeDump(small, dir, { force: true });
    expect(readdirSync(dir)).not.toContain('old.txt');
    expect(readdirSync(root).filter((n) => n.includes('fdlens-tmp'))).toEqual([]);
    expect(sharingPartition(await readDump(dir))).toEqual(sharingPartition(small));
  });
});

describe('atomicity', () => {
  it('an abort midway leaves neither the target nor a temporary folder', async () => {
    const dir = join(root, 'aborted');
    const ac = new AbortController();
    const err = await writeDump(syntheticGraph({ processes: 30 }), dir, {
      signal: ac.signal,
      onImage: (_n, i) => {
        if (i === 10) ac.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.aborted);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.aborted'))).toEqual([]);
  });

  it('SIGKILL midway leaves no dump at the target', async () => {
    const dir = join(root, 'killed');
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@fdlens/source', join(import.meta.dirname, 'write-child.ts'), dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('midway')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    // Half the images exist, in the temporary sibling only.
    const tmp = readdirSync(root).find((n) => n.startsWith('.killed.fdlens-tmp-'))!;
    expect(readdirSync(join(root, tmp)).length).toBeGreaterThan(50);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(dir)).toBe(false);
  });
});

describe('files CRIU cannot represent', () => {
  const graph: Graph = {
    schema: GRAPH_SCHEMA,
    source: { kind: 'synthetic' },
    tasks: [{ pid: 10, ppid: 0, pgid: 10, sid: 10, comm: 'uffd', threads: [10], fdTable: 2, fds: [{ fd: 0, file: 1, cloexec: false }, { fd: 3, file: 2, cloexec: true }] }],
    files: [
      { id: 1, type: 'chr', path: '/dev/null', flags: 2, pos: 0, identity: 'kcmp' },
      { id: 2, type: 'anon', anon: 'userfaultfd', link: 'anon_inode:[userfaultfd]', flags: 0o2004000, pos: 0, identity: 'kcmp' },
    ],
    vanished: [],
  };

  it('refuses them, naming pid and fd', async () => {
    const err = await writeDump(graph, join(root, 'uffd')).catch((e: unknown) => e);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.unsupportedFile);
    expect((err as FdlensError).message).toMatch(/pid 10 fd 3.*userfaultfd/);
    expect(existsSync(join(root, 'uffd'))).toBe(false);
  });

  it('writes them as EXT when allowed, which crit reads', async () => {
    const dir = join(root, 'uffd-ext');
    await writeDump(graph, dir, { allowExt: true });
    const files = decodeImage(join(dir, 'files.img'));
    expect(files.entries.find((e) => e['id'] === 2)).toEqual({ type: 'EXT', id: 2, ext: { id: 2, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 } } });
    expect(JSON.parse(critDecodeMany([join(dir, 'files.img')])[0]!).entries[1].type).toBe('EXT');
    const back = await readDump(dir);
    expect(back.files.find((f) => f.id === 2)!.type).toBe('unknown');
    const fdinfo = decodeImage(join(dir, 'fdinfo-2.img'));
    expect(fdinfo.entries[1]).toEqual({ id: 2, flags: 1, type: 'EXT', fd: 3 });
  });

  it('strips O_CLOEXEC from the description flags and keeps it per fd', async () => {
    const dir = join(root, 'cloexec');
    const g = { ...graph, files: [graph.files[0]!, { id: 2, type: 'reg' as const, path: '/etc/hostname', flags: 0o2000000, pos: 0, identity: 'kcmp' as const }] };
    await writeDump(g, dir);
    const reg = decodeImage(join(dir, 'files.img')).entries.find((e) => e['id'] === 2)!['reg'] as Record<string, unknown>;
    expect(reg['flags']).toBe(0);
    const inv = decodeImage(join(dir, 'inventory.img')).entries[0]!;
    expect(inv).toMatchObject({ img_version: 2, fdinfo_per_id: true, root_ids: { files_id: 1 } });
  });
});
