// Damaged images and inconsistent dumps: each gives an ImageFormatError with a stable code that
// names the file, the entry index and the byte offset, never a crash or a partial graph.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DUMP_ERROR_CODES,
  ImageFormatError,
  decodeImage,
  encodeImage,
  readDump,
  readImageBytes,
  type CritObject,
} from '@fdlens/dump';
import { FdlensError } from '@fdlens/core';
import { imgDir, tempDir } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A copy of S2's image directory, with one file replaced (or removed when bytes is null). */
function damaged(name: string, bytes: Buffer | null): string {
  const dir = join(root, `d${n++}`);
  cpSync(imgDir('S2'), dir, { recursive: true });
  if (bytes === null) rmSync(join(dir, name));
  else writeFileSync(join(dir, name), bytes);
  return dir;
}

async function dumpError(dir: string): Promise<ImageFormatError> {
  const err = await readDump(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageFormatError);
  return err as ImageFormatError;
}

function imageError(bytes: Uint8Array): ImageFormatError {
  try {
    readImageBytes(bytes, 'x.img');
  } catch (e) {
    expect(e).toBeInstanceOf(ImageFormatError);
    return e as ImageFormatError;
  }
  throw new Error('no error');
}

const filesImg = readFileSync(join(imgDir('S2'), 'files.img'));
const entries = readImageBytes(filesImg, 'files.img').entries;
const second = entries[1]!.offset;

describe('framing errors name file, entry and offset', () => {
  it('a file cut inside a length prefix is truncated', async () => {
    const err = await dumpError(damaged('files.img', filesImg.subarray(0, second + 2)));
    expect(err.code).toBe(DUMP_ERROR_CODES.truncated);
    expect(err.file).toMatch(/files\.img$/);
    expect(err.entry).toBe(1);
    expect(err.offset).toBe(second);
    expect(err.message).toContain(`files.img, entry #1, offset ${second}`);
  });

  it('a file cut inside a message has a length prefix past its end', async () => {
    const err = await dumpError(damaged('files.img', filesImg.subarray(0, second + 10)));
    expect(err.code).toBe(DUMP_ERROR_CODES.badLength);
    expect([err.entry, err.offset]).toEqual([1, second]);
  });

  it('a huge length prefix is refused before anything is allocated', () => {
    const bytes = Buffer.from(filesImg);
    bytes.writeUInt32LE(0xfffffff0, second);
    const err = imageError(bytes);
    expect(err.code).toBe(DUMP_ERROR_CODES.badLength);
    expect([err.entry, err.offset]).toEqual([1, second]);
    expect(err.message).toContain('4294967280');
  });

  it('a wrong magic is refused', async () => {
    const bytes = Buffer.from(filesImg);
    bytes.writeUInt32LE(0x12345678, 4);
    const err = await dumpError(damaged('files.img', bytes));
    expect(err.code).toBe(DUMP_ERROR_CODES.badMagic);
    expect(err.offset).toBe(4);
    expect(err.message).toContain('0x12345678');
    const inv = Buffer.from(readFileSync(join(imgDir('S2'), 'inventory.img')));
    inv.writeUInt32LE(0xdeadbeef, 0);
    const e2 = imageError(inv);
    expect([e2.code, e2.offset]).toEqual([DUMP_ERROR_CODES.badMagic, 0]);
  });

  it('an image of another kind under a known name is refused', async () => {
    const err = await dumpError(damaged('pstree.img', readFileSync(join(imgDir('S2'), 'fdinfo-2.img'))));
    expect(err.code).toBe(DUMP_ERROR_CODES.badMagic);
    expect(err.message).toMatch(/pstree\.img holds FDINFO .* expected PSTREE/);
  });

  it('an empty file is truncated at offset 0', () => {
    const err = imageError(new Uint8Array(0));
    expect([err.code, err.offset]).toEqual([DUMP_ERROR_CODES.truncated, 0]);
  });

  it('invalid protobuf is refused with the entry', async () => {
    const bytes = Buffer.from(filesImg);
    bytes.fill(0xff, second + 4, second + 12);
    const err = await dumpError(damaged('files.img', bytes));
    expect(err.code).toBe(DUMP_ERROR_CODES.badProtobuf);
    expect([err.entry, err.offset]).toEqual([1, second]);
  });

  it('a message without a required field is invalid', () => {
    const bytes = Buffer.from([0x19, 0x43, 0x56, 0x54, 0x30, 0x30, 0x27, 0x50, 2, 0, 0, 0, 0x08, 0x64]);
    const err = imageError(bytes);
    expect(err.code).toBe(DUMP_ERROR_CODES.badProtobuf);
    expect(err.message).toMatch(/missing required/);
    expect([err.entry, err.offset]).toEqual([0, 8]);
  });
});

describe('inconsistent dumps', () => {
  const image = (name: string) => decodeImage(join(imgDir('S2'), name));

  it('no fdinfo image for a files_id', async () => {
    const err = await dumpError(damaged('fdinfo-3.img', null));
    expect(err.code).toBe(DUMP_ERROR_CODES.missingImage);
    expect(err.message).toMatch(/fdinfo-3\.img.*pid 19467/);
  });

  it('no pstree.img', async () => {
    const err = await dumpError(damaged('pstree.img', null));
    expect(err.code).toBe(DUMP_ERROR_CODES.missingImage);
  });

  it('an fd whose id is not in files.img', async () => {
    const fdinfo = image('fdinfo-3.img');
    (fdinfo.entries[2] as CritObject)['id'] = 4242;
    const bytes = encodeImage(fdinfo);
    const offset = readImageBytes(bytes).entries[2]!.offset;
    const err = await dumpError(damaged('fdinfo-3.img', bytes));
    expect(err.code).toBe(DUMP_ERROR_CODES.missingFile);
    expect([err.entry, err.offset]).toEqual([2, offset]);
    expect(err.message).toContain('file id 4242');
  });

  it('two files.img entries with one id', async () => {
    const files = image('files.img');
    files.entries.push(files.entries[0]!);
    const bytes = encodeImage(files);
    const last = readImageBytes(bytes).entries.length - 1;
    const err = await dumpError(damaged('files.img', bytes));
    expect(err.code).toBe(DUMP_ERROR_CODES.duplicateId);
    expect([err.entry, err.offset]).toEqual([last, readImageBytes(bytes).entries[last]!.offset]);
  });

  it('one fd number twice in an fd table', async () => {
    const fdinfo = image('fdinfo-2.img');
    fdinfo.entries.push(fdinfo.entries[1]!);
    const err = await dumpError(damaged('fdinfo-2.img', encodeImage(fdinfo)));
    expect(err.code).toBe(DUMP_ERROR_CODES.duplicateId);
    expect(err.entry).toBe(fdinfo.entries.length - 1);
  });

  it('a pid twice in pstree.img', async () => {
    const pstree = image('pstree.img');
    pstree.entries.push(pstree.entries[1]!);
    const err = await dumpError(damaged('pstree.img', encodeImage(pstree)));
    expect([err.code, err.entry]).toEqual([DUMP_ERROR_CODES.duplicateId, 3]);
  });

  it('parent links that loop', async () => {
    const pstree = image('pstree.img');
    const [a, b, c] = pstree.entries as Array<Record<string, number>>;
    a!['ppid'] = c!['pid']!;
    b!['ppid'] = a!['pid']!;
    const bytes = encodeImage(pstree);
    const err = await dumpError(damaged('pstree.img', bytes));
    expect(err.code).toBe(DUMP_ERROR_CODES.badTree);
    expect(err.message).toMatch(/loop/);
    expect(err.entry).toBeDefined();
    expect(err.offset).toBe(readImageBytes(bytes).entries[err.entry!]!.offset);
  });

  it('a parent that is not in the tree', async () => {
    const pstree = image('pstree.img');
    (pstree.entries[2] as Record<string, number>)['ppid'] = 99999;
    const err = await dumpError(damaged('pstree.img', encodeImage(pstree)));
    expect([err.code, err.entry]).toEqual([DUMP_ERROR_CODES.badTree, 2]);
  });

  it('a path that is no dump is a usage error', async () => {
    const err = await readDump(join(root, 'nope')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FdlensError);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.notADump);
  });

  it('an empty path is a usage error, not the working directory', async () => {
    const err = await readDump('').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FdlensError);
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.notADump);
    expect((err as FdlensError).message).toBe('empty path');
  });
});

describe('unreadable files', () => {
  it('a missing image file is a typed error naming it', () => {
    let err: unknown;
    try {
      decodeImage(join(root, 'no-such.img'));
    } catch (e) {
      err = e;
    }
    expect((err as FdlensError).code).toBe(DUMP_ERROR_CODES.unreadable);
    expect((err as FdlensError).message).toContain('no-such.img');
    expect((err as FdlensError).message).toContain('ENOENT');
  });
});
