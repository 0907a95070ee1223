// The public one-image codec: crit's `decode` and `encode`, on bytes or a file.

import { readFileSync } from 'node:fs';
import { DUMP_ERROR_CODES, ImageFormatError } from './errors.js';
import { critStringify, fromCritJson, toCritJson, type CritObject, type CritValue } from './crit-json.js';
import { readImageBytes, readImageFile, type RawImage } from './image-read.js';
import { serializeImage, type EntryToWrite } from './image-write.js';
import { hexMagic, imageKindByName } from './magic.js';
import { messageType } from './schema.js';
import { encodebytes } from './crit-json.js';
import { UsageError } from '@fdlens/core/model';

/** An image as crit decode prints it: `{"magic": NAME, "entries": [...]}`. */
export interface CritImage {
  /** crit's name of the image's magic. */
  magic: string;
  /** The entries, in crit's JSON view; an entry with a blob has it base64 in `extra`. */
  entries: CritObject[];
}

/** Options of decodeImage. */
export interface DecodeImageOptions {
  /** Put each extra blob into `extra` as base64, like crit (default true); false leaves it out. */
  extras?: boolean;
}

function toCritImage(raw: RawImage, withExtras: boolean): CritImage {
  if (!raw.modelled) {
    const what = raw.kind ? `${raw.name} images are not modelled by fdlens` : `unknown magic ${hexMagic(raw.magic)}`;
    throw new ImageFormatError(DUMP_ERROR_CODES.badMagic, { file: raw.file, offset: 0 }, what, {
      hint: 'fdlens decodes the images that describe processes and files; use crit for the rest',
    });
  }
  const type = messageType(raw.kind!.message!);
  const entries = raw.entries.map((e) => {
    const obj = toCritJson(type, e.message);
    if (withExtras && e.extra !== undefined) obj['extra'] = encodebytes(e.extra);
    return obj;
  });
  return { magic: raw.name, entries };
}

/** Decode one image (bytes, or the path of an .img file) to crit's JSON view. */
export function decodeImage(input: Uint8Array | string, options: DecodeImageOptions = {}): CritImage {
  const withExtras = options.extras !== false;
  const raw = typeof input === 'string' ? readImageFile(input, { extras: withExtras }) : readImageBytes(input, '<bytes>', { extras: withExtras });
  return toCritImage(raw, withExtras);
}

/** Encode crit's JSON view of an image back to its bytes (what `crit encode` does). */
export function encodeImage(image: CritImage): Buffer {
  const kind = imageKindByName(image.magic);
  if (kind?.message === undefined) {
    throw new UsageError(DUMP_ERROR_CODES.badJson, `cannot encode "${image.magic}" images`, {
      hint: 'fdlens encodes the images it models (inventory, pstree, core, ids, fdinfo, files, fs, mm …)',
    });
  }
  const type = messageType(kind.message);
  const entries: EntryToWrite[] = image.entries.map((e, i) => {
    const { extra, ...fields } = e;
    const message = fromCritJson(type, fields, `${image.magic}[${i}]`);
    if (extra === undefined) return { message };
    if (typeof extra !== 'string') throw new UsageError(DUMP_ERROR_CODES.badJson, `${image.magic}[${i}].extra: expected base64`, { hint: 'give extra as crit prints it' });
    return { message, extra: Buffer.from(extra, 'base64') };
  });
  return serializeImage(kind.head, kind.magic, type, entries);
}

/** Decode an image (kept raw: messages with unknown fields) and encode it again, for round trips. */
export function reencodeImage(bytes: Uint8Array): Buffer {
  const raw = readImageBytes(bytes, '<bytes>', { extras: true });
  if (!raw.modelled) throw new ImageFormatError(DUMP_ERROR_CODES.badMagic, { file: raw.file, offset: 0 }, `${raw.name} is not modelled`);
  return serializeImage(raw.head, raw.magic, raw.kind!.message!, raw.entries as EntryToWrite[]);
}

/** crit's JSON text of an image: one line, or indented (crit decode --pretty without field formats). */
export function critImageText(image: CritImage, indent?: number): string {
  return critStringify(image as unknown as CritValue, indent);
}

/** Read a JSON file given to encode. */
export function readCritJsonFile(path: string): CritImage {
  return JSON.parse(readFileSync(path, 'utf8')) as CritImage;
}
