// CRIU image framing as a push parser: [head magic] magic { u32 LE size | message | [extra] }.
// Bytes arrive in chunks of any size (a file read in pieces, a tar member streaming by); entries
// are handed out as views into the chunk when they fit, so nothing is copied on the fast path.
// Every length is checked against what is left of the file before anything is allocated, so a
// corrupt image can never make the parser hold more than the file's size.

import { DUMP_ERROR_CODES, ImageFormatError } from './errors.js';
import { IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, hexMagic, imageKindByMagic, type HeadKind, type ImageKind } from './magic.js';

/** What the parser reports to. */
export interface FrameSink {
  /**
   * The magic is known. Return true to have the entries parsed, false to stop here (an image
   * fdlens does not model: it is listed, not read).
   */
  start(kind: ImageKind | undefined, magic: number, head: HeadKind): boolean;
  /**
   * One message: `length` bytes of `buf` from `start` (buf is the chunk itself when the message
   * came whole, so nothing is copied). Returns the size of the blob after it.
   */
  entry(index: number, offset: number, buf: Uint8Array, start: number, length: number): number;
  /** The blob after entry `index`, when the parser was asked to collect blobs. */
  extra?(index: number, offset: number, blob: Uint8Array): void;
}

type State = 'head' | 'magic' | 'size' | 'message' | 'extra' | 'stopped';

/** Parses one image from chunks; throws ImageFormatError on the first inconsistency. */
export class FrameParser {
  private state: State = 'head';
  private need = 4;
  private itemStart = 0;
  private offset = 0;
  private skip = 0;
  private buf: Uint8Array | null = null;
  private filled = 0;
  private index = 0;
  private messageSize = 0;
  private largest = 0;
  private headSeen: HeadKind = 'common';

  /**
   * @param file name used in errors
   * @param size total size of the image in bytes (known for files and tar members)
   * @param sink receiver of the entries
   * @param collectExtra hand extra blobs to the sink instead of skipping them unread
   */
  private readonly file: string;
  private readonly size: number;
  private readonly sink: FrameSink;
  private readonly collectExtra: boolean;

  constructor(file: string, size: number, sink: FrameSink, collectExtra = false) {
    this.file = file;
    this.size = size;
    this.sink = sink;
    this.collectExtra = collectExtra;
  }

  /** Largest buffer the parser allocated (0 when every item came whole in one chunk). */
  get maxBuffered(): number {
    return this.largest;
  }

  /** True once the sink declined the entries: the caller may stop feeding. */
  get stopped(): boolean {
    return this.state === 'stopped';
  }

  /** Number of entries seen so far. */
  get entries(): number {
    return this.index;
  }

  /** Feed the next chunk. */
  push(chunk: Uint8Array): void {
    let pos = 0;
    const end = chunk.length;
    while (pos < end && this.state !== 'stopped') {
      if (this.skip > 0) {
        const n = Math.min(this.skip, end - pos);
        this.skip -= n;
        pos += n;
        this.offset += n;
        continue;
      }
      if (this.buf === null && end - pos >= this.need) {
        const need = this.need;
        this.itemStart = this.offset;
        pos += need;
        this.offset += need;
        this.item(chunk, pos - need, need);
        continue;
      }
      if (this.buf === null) {
        this.itemStart = this.offset;
        this.buf = Buffer.allocUnsafe(this.need);
        this.filled = 0;
        if (this.need > this.largest) this.largest = this.need;
      }
      const n = Math.min(this.need - this.filled, end - pos);
      this.buf.set(chunk.subarray(pos, pos + n), this.filled);
      this.filled += n;
      pos += n;
      this.offset += n;
      if (this.filled === this.need) {
        const item = this.buf;
        this.buf = null;
        this.item(item, 0, item.length);
      }
    }
  }

  /** The input is over: check that it ended between entries. */
  end(): void {
    if (this.state === 'stopped') return;
    if (this.state === 'size' && this.buf === null && this.skip === 0) return;
    const inEntries = this.state !== 'head' && this.state !== 'magic';
    const where = { file: this.file, offset: this.itemStart, ...(inEntries ? { entry: this.index } : {}) };
    if (this.state === 'head' && this.offset === 0) {
      throw new ImageFormatError(DUMP_ERROR_CODES.truncated, { file: this.file, offset: 0 }, 'empty file: no image magic');
    }
    const what =
      this.skip > 0 || this.state === 'extra'
        ? `the extra blob of entry #${this.index - 1} is cut short`
        : this.state === 'head' || this.state === 'magic'
          ? 'the file ends inside the magic'
          : this.state === 'size'
            ? 'the file ends inside a length prefix'
            : `the file ends inside a ${this.messageSize}-byte message`;
    throw new ImageFormatError(DUMP_ERROR_CODES.truncated, where, `truncated (${this.offset} of ${this.size} bytes read): ${what}`);
  }

  private u32(b: Uint8Array, at: number): number {
    return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  }

  private item(b: Uint8Array, start: number, length: number): void {
    switch (this.state) {
      case 'head': {
        const v = this.u32(b, start);
        if (v === IMG_COMMON_MAGIC || v === IMG_SERVICE_MAGIC) {
          this.headSeen = v === IMG_COMMON_MAGIC ? 'common' : 'service';
          this.state = 'magic';
          this.need = 4;
          return;
        }
        this.begin(v, 'none');
        return;
      }
      case 'magic': {
        this.begin(this.u32(b, start), this.headSeen);
        return;
      }
      case 'size': {
        const n = this.u32(b, start);
        const left = this.size - this.offset;
        if (n > left) {
          throw new ImageFormatError(
            DUMP_ERROR_CODES.badLength,
            { file: this.file, entry: this.index, offset: this.itemStart },
            `length prefix ${n} runs past the end of the file (${left} bytes left)`,
          );
        }
        this.messageSize = n;
        this.state = 'message';
        this.need = n;
        if (n === 0) this.item(b, start, 0);
        return;
      }
      case 'message': {
        const entryOffset = this.itemStart - 4;
        const index = this.index++;
        const extra = this.sink.entry(index, entryOffset, b, start, length);
        this.state = 'size';
        this.need = 4;
        if (extra > 0) {
          const left = this.size - this.offset;
          if (extra > left) {
            throw new ImageFormatError(
              DUMP_ERROR_CODES.badLength,
              { file: this.file, entry: index, offset: entryOffset },
              `extra blob of ${extra} bytes runs past the end of the file (${left} bytes left)`,
            );
          }
          if (this.collectExtra && this.sink.extra) {
            this.state = 'extra';
            this.need = extra;
          } else {
            this.skip = extra;
          }
        }
        return;
      }
      case 'extra': {
        this.sink.extra?.(this.index - 1, this.itemStart, b.subarray(start, start + length));
        this.state = 'size';
        this.need = 4;
        return;
      }
      case 'stopped':
        return;
    }
  }


  private begin(magic: number, head: HeadKind): void {
    const kind = imageKindByMagic(magic);
    if (kind === undefined && head === 'none') {
      throw new ImageFormatError(
        DUMP_ERROR_CODES.badMagic,
        { file: this.file, offset: 0 },
        `unknown magic ${hexMagic(magic)}: not a CRIU image`,
      );
    }
    const go = this.sink.start(kind, magic, head);
    if (!go) {
      this.state = 'stopped';
      return;
    }
    this.state = 'size';
    this.need = 4;
  }
}
