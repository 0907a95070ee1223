// The protobuf wire format, by hand: the reader and writer the generated codecs
// (generated/codecs.ts) call. Integers past 2^53 are bigints, everything else plain numbers, so
// decoded messages are plain objects with no Long wrappers. Every read is bounds-checked.

/** A decoded message: plain fields, plus `$unknowns` (raw field bytes) when the schema lacks some. */
export type Rec = Record<string, unknown>;

/** Thrown for malformed wire data; image-read turns it into an ImageFormatError. */
export class WireError extends Error {}

const TWO32 = 4294967296;

/** Reads protobuf wire data from one buffer; `pos` moves as fields are read. */
export class WireReader {
  /** The bytes (a whole chunk: messages are decoded in place). */
  readonly buf: Uint8Array;
  /** Read position. */
  pos: number;
  private readonly text: (start: number, end: number) => string;

  constructor(buf: Uint8Array, pos = 0) {
    this.buf = buf;
    this.pos = pos;
    // Buffer's utf8Slice (undocumented but stable) decodes in place; other arrays use TextDecoder.
    const b = buf as Buffer & { utf8Slice?: (start: number, end: number) => string };
    if (typeof b.utf8Slice === 'function') {
      const slice = b.utf8Slice;
      this.text = (s, e) => slice.call(b, s, e);
    } else {
      const decoder = new TextDecoder();
      this.text = (s, e) => decoder.decode(buf.subarray(s, e));
    }
  }

  /** A varint as an unsigned 32-bit number (longer varints are truncated, as protobuf does). */
  u32(): number {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++]!;
    let v = b & 127;
    if (b >= 128) {
      b = buf[pos++]!;
      v |= (b & 127) << 7;
      if (b >= 128) {
        b = buf[pos++]!;
        v |= (b & 127) << 14;
        if (b >= 128) {
          b = buf[pos++]!;
          v |= (b & 127) << 21;
          if (b >= 128) {
            b = buf[pos++]!;
            v |= (b & 15) << 28;
            for (let i = 0; b >= 128 && i < 5; i++) b = buf[pos++]!;
            if (b >= 128) throw new WireError('varint longer than 10 bytes');
          }
        }
      }
    }
    if (pos > buf.length) throw new WireError('varint runs past the end');
    this.pos = pos;
    return v >>> 0;
  }

  /** A varint as a signed 32-bit number (int32: negatives are sign-extended 10-byte varints). */
  i32(): number {
    return this.u32() | 0;
  }

  /** A zigzag varint (sint32). */
  s32(): number {
    const n = this.u32();
    return (n >>> 1) ^ -(n & 1);
  }

  /** A varint as a 64-bit value: a number up to 2^53, a bigint past it. */
  u64(): number | bigint {
    const buf = this.buf;
    let pos = this.pos;
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 7; i++) {
      const b = buf[pos++];
      if (b === undefined) throw new WireError('varint runs past the end');
      v += (b & 127) * mul;
      if (b < 128) {
        this.pos = pos;
        return v;
      }
      mul *= 128;
    }
    // 8 bytes or more: exact arithmetic.
    let big = BigInt(v);
    let shift = 49n;
    for (let i = 7; i < 10; i++) {
      const b = buf[pos++];
      if (b === undefined) throw new WireError('varint runs past the end');
      big |= BigInt(b & 127) << shift;
      if (b < 128) {
        this.pos = pos;
        big = BigInt.asUintN(64, big);
        return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
      }
      shift += 7n;
    }
    throw new WireError('varint longer than 10 bytes');
  }

  /** 8 little-endian bytes (fixed64). */
  f64(): number | bigint {
    const pos = this.pos;
    if (pos + 8 > this.buf.length) throw new WireError('fixed64 runs past the end');
    const b = this.buf;
    const lo = (b[pos]! | (b[pos + 1]! << 8) | (b[pos + 2]! << 16) | (b[pos + 3]! << 24)) >>> 0;
    const hi = (b[pos + 4]! | (b[pos + 5]! << 8) | (b[pos + 6]! << 16) | (b[pos + 7]! << 24)) >>> 0;
    this.pos = pos + 8;
    if (hi < 0x200000) return hi * TWO32 + lo;
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** A varint bool. */
  bool(): boolean {
    return this.u32() !== 0;
  }

  /** The end of a length-delimited field that starts here, checked against `end`. */
  span(end: number): number {
    const len = this.u32();
    const stop = this.pos + len;
    if (stop > end) throw new WireError(`a ${len}-byte field runs past the end of its message`);
    return stop;
  }

  /** A length-delimited UTF-8 string. */
  string(end: number): string {
    const stop = this.span(end);
    const s = this.text(this.pos, stop);
    this.pos = stop;
    return s;
  }

  /** Length-delimited bytes, as a view into the buffer. */
  bytes(end: number): Uint8Array {
    const stop = this.span(end);
    const v = this.buf.subarray(this.pos, stop);
    this.pos = stop;
    return v;
  }

  /** Skip one field of wire type `wt` (tag already read), returning nothing. */
  skip(wt: number, end: number): void {
    switch (wt) {
      case 0:
        this.u64();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.pos = this.span(end);
        return;
      case 5:
        this.pos += 4;
        break;
      default:
        throw new WireError(`wire type ${wt} is not supported`);
    }
    if (this.pos > end) throw new WireError('a fixed-size field runs past the end of its message');
  }

  /** Keep the field that started at `start` (tag included) in `m.$unknowns`, so it is written back. */
  unknown(m: Rec, tag: number, start: number, end: number): void {
    if (tag >>> 3 === 0) throw new WireError('field number 0');
    this.skip(tag & 7, end);
    const raw = this.buf.subarray(start, this.pos);
    const list = m['$unknowns'] as Uint8Array[] | undefined;
    if (list === undefined) m['$unknowns'] = [raw];
    else list.push(raw);
  }

  /** Refuse a message whose fields overran it. */
  done(end: number): void {
    if (this.pos !== end) throw new WireError('the last field runs past the end of its message');
  }
}

/** Thrown by the generated decoders for a required field that is absent. */
export function missingField(type: string, field: string): WireError {
  return new WireError(`missing required '${field}' in ${type}`);
}

/** Builds protobuf wire data in a growing buffer. */
export class WireWriter {
  /** The bytes written so far are buf[0, pos). */
  buf: Uint8Array;
  /** Write position. */
  pos = 0;

  constructor(size = 1024) {
    this.buf = new Uint8Array(size);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** An unsigned 32-bit varint. */
  u32(v: number): void {
    this.room(5);
    let n = v >>> 0;
    while (n >= 128) {
      this.buf[this.pos++] = (n & 127) | 128;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }

  /** An int32: negatives as sign-extended 10-byte varints, as protobuf writes them. */
  i32(v: number): void {
    if (v >= 0) this.u32(v);
    else this.u64(BigInt.asUintN(64, BigInt(v | 0)));
  }

  /** A zigzag sint32. */
  s32(v: number): void {
    this.u32(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** A 64-bit varint from a number, a bigint, or protobufjs-style low/high words. */
  u64(v: number | bigint | { low: number; high: number }): void {
    this.room(10);
    if (typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v)) {
      let n = v;
      while (n >= 128) {
        this.buf[this.pos++] = (n % 128) | 128;
        n = Math.floor(n / 128);
      }
      this.buf[this.pos++] = n;
      return;
    }
    let big =
      typeof v === 'bigint' ? v : typeof v === 'number' ? BigInt(Math.trunc(v)) : (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
    big = BigInt.asUintN(64, big);
    while (big >= 128n) {
      this.buf[this.pos++] = Number(big & 127n) | 128;
      big >>= 7n;
    }
    this.buf[this.pos++] = Number(big);
  }

  /** 8 little-endian bytes. */
  f64(v: number | bigint | { low: number; high: number }): void {
    this.room(8);
    const big = BigInt.asUintN(
      64,
      typeof v === 'bigint' ? v : typeof v === 'number' ? BigInt(Math.trunc(v)) : (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0),
    );
    for (let i = 0n; i < 64n; i += 8n) this.buf[this.pos++] = Number((big >> i) & 255n);
  }

  /** A bool. */
  bool(v: boolean): void {
    this.room(1);
    this.buf[this.pos++] = v ? 1 : 0;
  }

  /** Length-delimited bytes. */
  bytes(v: Uint8Array): void {
    this.u32(v.length);
    this.raw(v);
  }

  /** A length-delimited UTF-8 string. */
  string(v: string): void {
    const n = Buffer.byteLength(v);
    this.u32(n);
    this.room(n);
    Buffer.from(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength).write(v, this.pos, 'utf8');
    this.pos += n;
  }

  /** Bytes as they are (kept unknown fields). */
  raw(v: Uint8Array): void {
    this.room(v.length);
    this.buf.set(v, this.pos);
    this.pos += v.length;
  }

  /** Start a length-delimited sub-message: 5 bytes are kept for its length. */
  fork(): number {
    this.room(5);
    const at = this.pos;
    this.pos += 5;
    return at;
  }

  /** End the sub-message started at `at`: write its length, then close the gap. */
  join(at: number): void {
    const body = at + 5;
    let len = this.pos - body;
    let p = at;
    while (len >= 128) {
      this.buf[p++] = (len & 127) | 128;
      len >>>= 7;
    }
    this.buf[p++] = len;
    if (p < body) {
      this.buf.copyWithin(p, body, this.pos);
      this.pos -= body - p;
    }
  }

  /** Keep 4 bytes for a little-endian u32 filled in later (CRIU's entry length prefix). */
  reserve4(): number {
    this.room(4);
    const at = this.pos;
    this.pos += 4;
    return at;
  }

  /** Fill the 4 bytes kept at `at` with `v`, little-endian. */
  put4(at: number, v: number): void {
    this.buf[at] = v & 255;
    this.buf[at + 1] = (v >>> 8) & 255;
    this.buf[at + 2] = (v >>> 16) & 255;
    this.buf[at + 3] = (v >>> 24) & 255;
  }

  /** The bytes written. */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/** Keep raw field bytes (an enum value the schema does not know) in `m.$unknowns`. */
export function keepRaw(m: Rec, raw: Uint8Array): void {
  const list = m['$unknowns'] as Uint8Array[] | undefined;
  if (list === undefined) m['$unknowns'] = [raw];
  else list.push(raw);
}
