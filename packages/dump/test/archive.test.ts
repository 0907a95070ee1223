// Container checkpoint archives (tar, tar.gz, tar.zst with the images under checkpoint/), read as
// one stream: the same graph as the image directory they were made from.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMP_ERROR_CODES, ImageFormatError, readDump } from '@fdlens/dump';
import { FdlensError, fdTablePartition, sharingPartition } from '@fdlens/core';
import { criuRealPartition, readCriuRealTruth } from '@fdlens/fixtures';
import { imgDir, tempDir, zstdStored } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  // The layout Podman and CRI-O export: metadata files beside checkpoint/ and a rootfs diff.
  const tree = join(root, 'tree');
  mkdirSync(tree);
  cpSync(imgDir('S5'), join(tree, 'checkpoint'), { recursive: true });
  writeFileSync(join(tree, 'config.dump'), '{"id":"synthetic"}');
  writeFileSync(join(tree, 'spec.dump'), '{}');
  execFileSync('tar', ['-C', tree, '-cf', join(tree, 'rootfs-diff.tar'), 'config.dump']);
  execFileSync('tar', ['-C', tree, '-cf', join(root, 'ckpt.tar'), 'config.dump', 'spec.dump', 'rootfs-diff.tar', 'checkpoint']);
  execFileSync('tar', ['-C', tree, '-czf', join(root, 'ckpt.tar.gz'), '.']);
  execFileSync('tar', ['-C', tree, '-cf', join(root, 'plain.tar'), 'checkpoint', 'config.dump']);
  writeFileSync(join(root, 'ckpt.tar.zst'), zstdStored(readFileSync(join(root, 'plain.tar'))));
  execFileSync('tar', ['-C', tree, '-cf', join(root, 'no-checkpoint.tar'), 'config.dump']);
});

describe.each(['ckpt.tar', 'ckpt.tar.gz', 'ckpt.tar.zst'])('%s', (name) => {
  it('gives the ground truth and the same graph as the directory', async () => {
    const fromArchive = await readDump(join(root, name));
    const fromDir = await readDump(imgDir('S5'));
    expect(sharingPartition(fromArchive)).toEqual(criuRealPartition(readCriuRealTruth('S5')));
    expect(fdTablePartition(fromArchive)).toEqual(fdTablePartition(fromDir));
    expect(fromArchive.tasks.map((t) => t.pid)).toEqual(fromDir.tasks.map((t) => t.pid));
    expect(fromArchive.files).toEqual(fromDir.files);
    expect(fromArchive.unheld).toEqual(fromDir.unheld);
    expect(fromArchive.source).toEqual({ kind: 'dump', path: join(root, name) });
  });
});

describe('bad archives', () => {
  it('an archive without checkpoint/ is not a dump', async () => {
    const err = await readDump(join(root, 'no-checkpoint.tar')).catch((e: unknown) => e);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.notADump);
  });

  it('a damaged image inside an archive names archive!member', async () => {
    const tree = join(root, 'bad');
    cpSync(imgDir('S2'), join(tree, 'checkpoint'), { recursive: true });
    writeFileSync(join(tree, 'checkpoint', 'files.img'), Buffer.from([0x19, 0x43, 0x56, 0x54, 0x38, 0x31, 0x30, 0x56, 200, 0, 0, 0, 1]));
    execFileSync('tar', ['-C', tree, '-czf', join(root, 'bad.tgz'), 'checkpoint']);
    const err = await readDump(join(root, 'bad.tgz')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageFormatError);
    expect((err as ImageFormatError).file).toBe(`${join(root, 'bad.tgz')}!checkpoint/files.img`);
    expect((err as ImageFormatError).code).toBe(DUMP_ERROR_CODES.badLength);
  });

  it('the zstd frame of the test is real zstd (checked with the zstd tool when it is there)', () => {
    let tool = true;
    try {
      execFileSync('zstd', ['--version']);
    } catch {
      tool = false;
    }
    if (tool) expect(execFileSync('zstd', ['-dc', join(root, 'ckpt.tar.zst')]).equals(readFileSync(join(root, 'plain.tar')))).toBe(true);
  });

  it('a cut gzip stream is a typed error', async () => {
    const bytes = execFileSync('head', ['-c', '3000', join(root, 'ckpt.tar.gz')]);
    writeFileSync(join(root, 'cut.tar.gz'), bytes);
    const err = await readDump(join(root, 'cut.tar.gz')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FdlensError);
  });
});
