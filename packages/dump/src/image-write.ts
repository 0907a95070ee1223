// Serialising one image: head magic, magic, then u32 LE length + message (+ extra blob) per entry.

import type { Type } from 'protobufjs';
import { ENCODERS } from './generated/codecs.js';
import { IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, type HeadKind } from './magic.js';
import { WireWriter, type Rec } from './wire.js';

type Encoder = (w: WireWriter, m: Rec) => void;
const encoders = ENCODERS as unknown as Record<string, Encoder>;

/** What serialising needs of an entry: the message (a decoded message or a plain object) and its blob. */
export interface EntryToWrite {
  /** The message, as protobufjs encodes it (unknown fields in `$unknowns` are written back). */
  message: Record<string, unknown>;
  /** Raw bytes written right after the message (pipe data, queued packets). */
  extra?: Uint8Array;
}

/** The protobuf bytes of one message (no CRIU framing). */
export function serializeMessage(type: Type | string, message: Rec): Uint8Array {
  const name = typeof type === 'string' ? type : type.name;
  const encode = encoders[name];
  if (encode === undefined) throw new Error(`no encoder for ${name}`);
  const w = new WireWriter(256);
  encode(w, message);
  return w.finish().slice();
}

/** The bytes of an image. */
export function serializeImage(head: HeadKind, magic: number, type: Type | string, entries: readonly EntryToWrite[]): Buffer {
  const name = typeof type === 'string' ? type : type.name;
  const encode = encoders[name];
  if (encode === undefined) throw new Error(`no encoder for ${name}`);
  const w = new WireWriter(256 + entries.length * 64);
  if (head !== 'none') w.put4(w.reserve4(), head === 'common' ? IMG_COMMON_MAGIC : IMG_SERVICE_MAGIC);
  w.put4(w.reserve4(), magic);
  for (const e of entries) {
    const at = w.reserve4();
    encode(w, e.message);
    w.put4(at, w.pos - at - 4);
    if (e.extra !== undefined && e.extra.length > 0) w.raw(e.extra);
  }
  const out = w.finish();
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
