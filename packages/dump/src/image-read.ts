// Decoding one image into protobufjs messages, from bytes, a file (read in bounded chunks) or a
// stream. Unknown fields are kept (`$unknowns`) so that a re-encode gives the input's bytes, and
// extra blobs are skipped unread unless asked for: their position and size are reported instead.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Type } from 'protobufjs';
import { OperationError, errnoCode } from '@fdlens/core/model';
import { DUMP_ERROR_CODES, ImageFormatError } from './errors.js';
import { FrameParser, type FrameSink } from './framing.js';
import type { ExtraKind, HeadKind, ImageKind } from './magic.js';
import { DECODERS } from './generated/codecs.js';
import { WireReader, type Rec } from './wire.js';

/**
 * A decoded message: a plain object with the fields present on the wire (64-bit integers past
 * 2^53 as bigints) and, when the schema lacks some, their raw bytes in `$unknowns`.
 */
export type PbMessage = Record<string, unknown>;

/** One entry of an image. */
export interface RawEntry {
  /** The message. */
  message: PbMessage;
  /** Byte offset of the entry's length prefix in the file. */
  offset: number;
  /** The raw blob after the message, when the image has one and it was collected. */
  extra?: Uint8Array;
  /** Where the raw blob starts and how long it is (also when it was skipped unread). */
  extraAt?: { offset: number; length: number };
}

/** One image: its magic and, when fdlens models it, its entries. */
export interface RawImage {
  /** Where it came from (path or archive member). */
  file: string;
  /** The image magic. */
  magic: number;
  /** crit's name of the magic, or `UNKNOWN`. */
  name: string;
  /** Head magic it had. */
  head: HeadKind;
  /** The image kind, when the magic is known. */
  kind?: ImageKind;
  /** False when fdlens does not model this image: entries are then not read. */
  modelled: boolean;
  /** The entries (empty for images not modelled). */
  entries: RawEntry[];
  /** Largest buffer the framing allocated (for the fuzz test's memory bound). */
  maxBuffered: number;
}

/** Options for decoding. */
export interface ReadImageOptions {
  /** Collect extra blobs (pipe data, queued packets) into memory instead of skipping them. */
  extras?: boolean;
  /** Only decode images of these kinds; others are listed like unmodelled ones. */
  only?: ReadonlySet<string>;
}

/** Size of the raw blob that follows a message, by the image's extra kind. */
function extraSize(kind: ExtraKind, m: PbMessage): number {
  return kind === 'pipe-data' ? (m['bytes'] as number) : (m['length'] as number);
}

/** A message's decoder: reads fields up to `end` from the reader's position. */
type Decoder = (r: WireReader, end: number) => Rec;

const decoders = DECODERS as unknown as Record<string, Decoder>;

/** The generated decoder of a message type. */
export function decoderOf(type: Type | string): Decoder {
  const name = typeof type === 'string' ? type : type.name;
  const d = decoders[name];
  if (d === undefined) throw new Error(`no decoder for ${name}`);
  return d;
}

/**
 * Decode `length` bytes at the reader's position; every failure becomes a typed error naming the
 * file, the entry and its offset (passed one by one: an object per message would be garbage).
 */
function decodeAt(name: string, decode: Decoder, reader: WireReader, length: number, file: string, entry: number, offset: number): PbMessage {
  try {
    return decode(reader, reader.pos + length) as PbMessage;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ImageFormatError(DUMP_ERROR_CODES.badProtobuf, { file, entry, offset }, `invalid ${name}: ${reason}`, { cause: err });
  }
}

/** Decode one message, keeping unknown fields, turning every decoder failure into a typed error. */
export function decodeMessage(type: Type, bytes: Uint8Array, where: { file: string; entry: number; offset: number }): PbMessage {
  return decodeAt(type.name, decoderOf(type), new WireReader(bytes), bytes.length, where.file, where.entry, where.offset);
}

/** The sink that builds a RawImage. */
class DecodeSink implements FrameSink {
  image: RawImage;
  private typeName = '';
  private decode: Decoder | undefined;
  private extraKind: ExtraKind | undefined;
  private reader: WireReader | undefined;

  private readonly file: string;
  private readonly options: ReadImageOptions;

  constructor(file: string, options: ReadImageOptions) {
    this.file = file;
    this.options = options;
    this.image = { file, magic: 0, name: 'UNKNOWN', head: 'none', modelled: false, entries: [], maxBuffered: 0 };
  }

  start(kind: ImageKind | undefined, magic: number, head: HeadKind): boolean {
    const img = this.image;
    img.magic = magic;
    img.head = head;
    if (kind) {
      img.kind = kind;
      img.name = kind.name;
    }
    const wanted = kind?.message !== undefined && (this.options.only === undefined || this.options.only.has(kind.name));
    if (!wanted) return false;
    img.modelled = true;
    this.typeName = kind!.message!;
    this.decode = decoderOf(this.typeName);
    this.extraKind = kind!.extra;
    return true;
  }

  entry(index: number, offset: number, buf: Uint8Array, start: number, size: number): number {
    // One reader per chunk: messages are decoded where they lie.
    if (this.reader === undefined || this.reader.buf !== buf) this.reader = new WireReader(buf);
    const reader = this.reader;
    reader.pos = start;
    const message = decodeAt(this.typeName, this.decode!, reader, size, this.file, index, offset);
    const entry: RawEntry = { message, offset };
    this.image.entries.push(entry);
    if (this.extraKind === undefined) return 0;
    const length = extraSize(this.extraKind, message);
    entry.extraAt = { offset: offset + 4 + size, length };
    // crit prints an empty blob as "extra": "", so an empty one is still there when collected.
    if (length === 0 && this.options.extras === true) entry.extra = new Uint8Array(0);
    return length;
  }

  extra(index: number, _offset: number, blob: Uint8Array): void {
    this.image.entries[index]!.extra = blob;
  }
}

/** Decode an image held in memory. */
export function readImageBytes(bytes: Uint8Array, file = '<bytes>', options: ReadImageOptions = {}): RawImage {
  const sink = new DecodeSink(file, options);
  const parser = new FrameParser(file, bytes.length, sink, options.extras === true);
  parser.push(bytes);
  parser.end();
  sink.image.maxBuffered = parser.maxBuffered;
  return sink.image;
}

/** Chunk size for file reads: small images come in one read, big ones in bounded pieces. */
const CHUNK = 1 << 20;

/** First read of every file: most images fit, and a short read of a regular file means EOF. */
const FIRST = 1 << 16;
const scratch = Buffer.allocUnsafe(FIRST);

/** Decode an image file, reading it in chunks of at most 1 MiB and skipping blobs with no read. */
export function readImageFile(path: string, options: ReadImageOptions = {}, label = path): RawImage {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw unreadable(label, err);
  }
  try {
    // One read for a small image (open, read, close: no fstat). The bytes are copied out of the
    // scratch buffer because decoded `bytes` and unknown fields keep views into them.
    const n = readSync(fd, scratch, 0, FIRST, 0);
    if (n < FIRST) {
      const bytes = Buffer.allocUnsafe(n);
      scratch.copy(bytes, 0, 0, n);
      return readImageBytes(bytes, label, options);
    }
    const size = fstatSync(fd).size;
    const sink = new DecodeSink(label, options);
    const parser = new FrameParser(label, size, sink, options.extras === true);
    let pos = 0;
    while (pos < size && !parser.stopped) {
      // A fresh buffer per chunk: decoded `bytes` fields and unknown fields are views into it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, size - pos));
      const got = readSync(fd, chunk, 0, chunk.length, pos);
      if (got === 0) break;
      parser.push(got === chunk.length ? chunk : chunk.subarray(0, got));
      pos += got;
    }
    parser.end();
    sink.image.maxBuffered = parser.maxBuffered;
    return sink.image;
  } catch (err) {
    if (err instanceof ImageFormatError) throw err;
    throw unreadable(label, err);
  } finally {
    closeSync(fd);
  }
}

/** An open or read that failed (ENOENT, EACCES, EISDIR …) as a typed error naming the file. */
function unreadable(label: string, err: unknown): OperationError {
  const code = errnoCode(err) ?? 'EIO';
  return new OperationError(DUMP_ERROR_CODES.unreadable, `${label}: cannot read the image (${code})`, {
    hint: 'check that the path names an image file of the dump and that it is readable',
    cause: err,
  });
}

/** Decode an image arriving as a stream of chunks of known total size (a tar member). */
export async function readImageStream(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
  file: string,
  options: ReadImageOptions = {},
): Promise<RawImage> {
  const sink = new DecodeSink(file, options);
  const parser = new FrameParser(file, size, sink, options.extras === true);
  for await (const chunk of chunks) {
    // Keep draining after a stop, so the stream (and the tar around it) moves on.
    if (!parser.stopped) parser.push(chunk);
  }
  parser.end();
  sink.image.maxBuffered = parser.maxBuffered;
  return sink.image;
}
