// Container checkpoint archives (Podman, CRI-O, kubelet): a tar, tar.gz or tar.zst whose
// checkpoint/ folder holds the CRIU images. Read as one stream, never extracted to disk: the
// images the graph needs are decoded as they stream by, everything else is drained unread.

import { createReadStream } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { Decompress } from 'fzstd';
import tar from 'tar-stream';
import { DUMP_ERROR_CODES, dumpUsageError } from './errors.js';
import { isGraphImage, type ImageSet } from './dump-graph.js';
import { readImageStream, type RawImage } from './image-read.js';
import type { ArchiveCompression } from './archive-sniff.js';

/** zstd decompression: node:zlib's when the runtime has it (Node ≥ 22.15), else fzstd (pure JS). */
function zstdStream(): Transform {
  const native = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (typeof native === 'function') return native();
  let push: ((chunk: Uint8Array) => void) | undefined;
  const dec = new Decompress((chunk) => push?.(chunk));
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      push = (c) => this.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
      try {
        dec.push(chunk);
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
    flush(cb: TransformCallback) {
      push = (c) => this.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
      try {
        dec.push(new Uint8Array(0), true);
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
  });
}

/** Where the images sit inside the archive: `checkpoint/NAME` (with or without a leading `./`). */
function imageName(member: string): string | undefined {
  const m = /^(?:\.\/)?checkpoint\/([^/]+)$/.exec(member);
  return m?.[1];
}

/** An archive's images, decoded while streaming. */
export class ArchiveImageSet implements ImageSet {
  readonly path: string;
  private readonly list: string[];
  private readonly images: Map<string, RawImage>;

  private constructor(path: string, list: string[], images: Map<string, RawImage>) {
    this.path = path;
    this.list = list;
    this.images = images;
  }

  label(name: string): string {
    return `${this.path}!checkpoint/${name}`;
  }

  names(): readonly string[] {
    return this.list;
  }

  get(name: string): RawImage | undefined {
    return this.images.get(name);
  }

  /** Stream the archive once, keeping the decoded graph images and the names of the others. */
  static async read(path: string, compression: ArchiveCompression): Promise<ArchiveImageSet> {
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    let input: Readable = file;
    if (compression === 'gzip') input = file.pipe(zlib.createGunzip());
    if (compression === 'zstd') input = file.pipe(zstdStream());
    const extract = tar.extract();
    const fail = (err: unknown): void => {
      extract.destroy(err as Error);
    };
    file.on('error', fail);
    input.on('error', fail);
    input.pipe(extract);
    const names: string[] = [];
    const images = new Map<string, RawImage>();
    try {
      for await (const entry of extract) {
        const name = entry.header.type === 'file' ? imageName(entry.header.name) : undefined;
        if (name === undefined) {
          entry.resume();
          continue;
        }
        names.push(name);
        if (isGraphImage(name)) {
          images.set(name, await readImageStream(entry as AsyncIterable<Uint8Array>, entry.header.size ?? 0, `${path}!checkpoint/${name}`));
        } else {
          entry.resume();
        }
      }
    } catch (err) {
      file.destroy();
      if (err instanceof Error && 'code' in err && typeof (err as { code: unknown }).code === 'string' && String((err as { code: string }).code).startsWith('FDLENS_')) throw err;
      throw dumpUsageError(DUMP_ERROR_CODES.notADump, `${path}: cannot read the archive: ${err instanceof Error ? err.message : String(err)}`, 'give a tar, tar.gz or tar.zst checkpoint archive (podman container checkpoint --export, kubelet checkpoint)');
    }
    if (names.length === 0) {
      throw dumpUsageError(DUMP_ERROR_CODES.notADump, `${path}: the archive has no checkpoint/ folder`, 'give a container checkpoint archive whose checkpoint/ folder holds the CRIU images');
    }
    names.sort();
    return new ArchiveImageSet(path, names, images);
  }
}
