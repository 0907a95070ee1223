// Serialising one image: head magic, magic, then u32 LE length + message (+ extra blob) per entry.

import type { Type } from 'protobufjs';
import { IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, type HeadKind } from './magic.js';

/** What serialising needs of an entry: the message (a decoded message or a plain object) and its blob. */
export interface EntryToWrite {
  /** The message, as protobufjs encodes it (unknown fields in `$unknowns` are written back). */
  message: Record<string, unknown>;
  /** Raw bytes written right after the message (pipe data, queued packets). */
  extra?: Uint8Array;
}

function u32(v: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32LE(v >>> 0, 0);
  return b;
}

/** The bytes of an image. */
export function serializeImage(head: HeadKind, magic: number, type: Type, entries: readonly EntryToWrite[]): Buffer {
  const parts: Uint8Array[] = [];
  if (head !== 'none') parts.push(u32(head === 'common' ? IMG_COMMON_MAGIC : IMG_SERVICE_MAGIC));
  parts.push(u32(magic));
  for (const e of entries) {
    const body = type.encode(e.message).finish();
    parts.push(u32(body.length), body);
    if (e.extra !== undefined && e.extra.length > 0) parts.push(e.extra);
  }
  return Buffer.concat(parts);
}
