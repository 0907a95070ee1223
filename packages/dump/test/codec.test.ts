// The one-image codec: decode(encode(x)) = x for every message type, byte-exact re-encoding of
// every real fixture image of a fully modelled type, and the framing of extra blobs.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import type { Type } from 'protobufjs';
import { describe, expect, it } from 'vitest';
import {
  decodeImage,
  encodeImage,
  imageKinds,
  messageType,
  readImageBytes,
  reencodeImage,
  type CritObject,
  type CritValue,
} from '@fdlens/dump';
import { CRIU_REAL_SCENARIOS } from '@fdlens/fixtures';
import { imgDir } from './helpers.js';

/** A value for every field, none of them a default, 64-bit ones past 2^53. */
function sample(type: Type, depth = 0): CritObject {
  const out: CritObject = {};
  for (const f of type.fieldsArray) {
    f.resolve();
    const one = (): CritValue => {
      const rt = f.resolvedType;
      if (rt instanceof protobuf.Type) return sample(rt, depth + 1);
      if (rt instanceof protobuf.Enum) return Object.keys(rt.values).at(-1)!;
      switch (f.type) {
        case 'bool': return true;
        case 'string': return `s${f.id}-ü`;
        case 'bytes': return type.name === 'unix_sk_entry' ? '=00abstract=3Dname' : Buffer.from([0, 255, f.id]).toString('base64') + '\n';
        case 'int32': case 'sint32': return -f.id;
        case 'uint64': case 'fixed64': return 18446744073709551615n - BigInt(f.id);
        case 'int64': case 'sint64': return -9007199254740993n;
        default: return 4000000000 + f.id;
      }
    };
    out[f.name] = f.repeated ? [one(), one()] : one();
  }
  return out;
}

/** True when a decoded message (or one nested in it) kept fields its schema does not name. */
function hasUnknowns(m: unknown): boolean {
  if (m === null || typeof m !== 'object' || m instanceof Uint8Array) return false;
  if (Object.prototype.hasOwnProperty.call(m, '$unknowns')) return true;
  return Object.values(m).some((v) => (Array.isArray(v) ? v.some(hasUnknowns) : hasUnknowns(v)));
}

const MODELLED = imageKinds().filter((k) => k.message !== undefined);
const PARTIAL = new Set(['CORE', 'MM']);

describe('decode(encode(x)) = x', () => {
  it.each(MODELLED.map((k) => [k.name, k] as const))('%s with every field set', (_name, kind) => {
    const entry = sample(messageType(kind.message!));
    if (kind.extra) entry['extra'] = Buffer.from('queued data').toString('base64') + '\n';
    if (kind.extra === 'pipe-data') entry['bytes'] = 11;
    if (kind.extra === 'sk-queue') entry['length'] = 11;
    const image = { magic: kind.name, entries: [entry, entry] };
    expect(decodeImage(encodeImage(image))).toEqual(image);
  });

  it.each(['reg', 'pipe', 'usk', 'isk', 'epfd', 'memfd', 'pidfd', 'ext'])('a FILES entry holding only %s', (field) => {
    const full = sample(messageType('file_entry'));
    const entry: CritObject = { type: full['type']!, id: 9, [field]: full[field]! };
    const image = { magic: 'FILES', entries: [entry] };
    expect(decodeImage(encodeImage(image))).toEqual(image);
  });

  it('keeps 64-bit values exact and all-ones positions as all-ones', () => {
    const image = decodeImage(encodeImage({
      magic: 'FILES',
      entries: [{ type: 'REG', id: 1, reg: { id: 1, flags: 0, pos: 18446744073709551615n, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, name: '/dev/kmsg' } }],
    }));
    expect((image.entries[0]!['reg'] as CritObject)['pos']).toBe(18446744073709551615n);
  });
});

describe('real CRIU images re-encode to their own bytes', () => {
  const files = CRIU_REAL_SCENARIOS.flatMap((s) => readdirSync(imgDir(s)).map((f) => [s, f, join(imgDir(s), f)] as const));
  const modelled = files.filter(([, , path]) => {
    const img = readImageBytes(readFileSync(path), path, { only: new Set() });
    return img.kind?.message !== undefined;
  });

  it('covers every modelled kind the fixtures hold', () => {
    const kinds = new Set(modelled.map(([, , p]) => readImageBytes(readFileSync(p), p, { only: new Set() }).name));
    expect([...kinds].sort()).toEqual(['CORE', 'FDINFO', 'FILES', 'FS', 'IDS', 'INVENTORY', 'MEMFD_INODE', 'MM', 'PIPES_DATA', 'PSTREE', 'SK_QUEUES']);
  });

  it.each(modelled)('%s %s: decode then encode gives the input bytes', (_s, _f, path) => {
    const bytes = readFileSync(path);
    const kind = readImageBytes(bytes, path, { only: new Set() }).name;
    const entries = readImageBytes(bytes, path).entries;
    if (PARTIAL.has(kind)) {
      // Partly modelled: same size, but the fields fdlens does not model are kept and come last.
      expect(entries.some((e) => hasUnknowns(e.message))).toBe(true);
      expect(reencodeImage(bytes).length).toBe(bytes.length);
      return;
    }
    expect(Buffer.compare(reencodeImage(bytes), bytes)).toBe(0);
    // Fully modelled: no field is left unknown.
    for (const e of entries) expect(hasUnknowns(e.message)).toBe(false);
  });

  it.each(modelled.filter(([, , p]) => !/core-|mm-|inventory|memfd/.test(p)))('%s %s: through the JSON view too', (_s, _f, path) => {
    const bytes = readFileSync(path);
    expect(Buffer.compare(encodeImage(decodeImage(bytes)), bytes)).toBe(0);
  });
});

describe('framing', () => {
  it('skips extra blobs unread unless asked, and reports where they are', () => {
    const path = join(imgDir('S2'), 'pipes-data.img');
    const skipped = readImageBytes(readFileSync(path), path);
    expect(skipped.entries[0]!.extra).toBeUndefined();
    const at = skipped.entries[0]!.extraAt!;
    const collected = readImageBytes(readFileSync(path), path, { extras: true });
    expect(Buffer.from(collected.entries[0]!.extra!).toString()).toBe('hello\n');
    expect(readFileSync(path).subarray(at.offset, at.offset + at.length).toString()).toBe('hello\n');
  });

  it('reads the same entries whatever the chunking', async () => {
    const { readImageStream } = await import('@fdlens/dump');
    const path = join(imgDir('S5'), 'files.img');
    const bytes = readFileSync(path);
    const whole = readImageBytes(bytes, path);
    for (const size of [1, 3, 7, 64, 1000]) {
      async function* chunks(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
      }
      const img = await readImageStream(chunks(), bytes.length, path);
      expect(img.entries.length).toBe(whole.entries.length);
      expect(img.entries.map((e) => e.offset)).toEqual(whole.entries.map((e) => e.offset));
      expect(img.maxBuffered).toBeLessThanOrEqual(bytes.length);
    }
  });

  it('lists images it does not model by name and magic', async () => {
    const { listImages } = await import('@fdlens/dump');
    const listed = new Map((await listImages(imgDir('S4'))).map((l) => [l.name, l.magic]));
    expect(listed.get('seccomp.img')).toBe('SECCOMP');
    expect(listed.get('pagemap-20401.img')).toBe('PAGEMAP');
    expect(listed.get('stats-dump')).toBe('STATS');
    expect(listed.get('timens-0.img')).toBe('TIMENS');
    expect(listed.get('files.img')).toBe('FILES');
  });
});
