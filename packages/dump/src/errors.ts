// Typed errors for CRIU images. Every corrupt-input error names the file, the entry index and the
// byte offset, so a user can open the image with a hex viewer at the right place.

import { OperationError, UsageError } from '@fdlens/core/model';

/** Stable codes of the errors @fdlens/dump throws. */
export const DUMP_ERROR_CODES = {
  /** The file ends inside the head, a length prefix, a message or an extra blob. */
  truncated: 'FDLENS_DUMP_TRUNCATED',
  /** The magic is not CRIU's, or not the one the file name calls for. */
  badMagic: 'FDLENS_DUMP_BAD_MAGIC',
  /** A length prefix (or an extra blob's length) runs past the end of the file. */
  badLength: 'FDLENS_DUMP_BAD_LENGTH',
  /** A message is not valid protobuf for its type (or misses a required field). */
  badProtobuf: 'FDLENS_DUMP_BAD_PROTOBUF',
  /** An image the dump needs is not there (pstree, ids, fdinfo, files). */
  missingImage: 'FDLENS_DUMP_MISSING_IMAGE',
  /** An fd names a file id that files.img does not have. */
  missingFile: 'FDLENS_DUMP_MISSING_FILE',
  /** Two entries claim one id (file id, pid, fd number). */
  duplicateId: 'FDLENS_DUMP_DUPLICATE_ID',
  /** pstree.img is not a tree: a parent link loops or names an unknown pid. */
  badTree: 'FDLENS_DUMP_BAD_PSTREE',
  /** The path is neither an image directory, an image file nor a checkpoint archive. */
  notADump: 'FDLENS_DUMP_NOT_A_DUMP',
  /** The target directory of a dump is not empty (and `force` was not given). */
  targetNotEmpty: 'FDLENS_DUMP_TARGET_NOT_EMPTY',
  /** The graph holds a file CRIU cannot represent (and `allowExt` was not given). */
  unsupportedFile: 'FDLENS_DUMP_UNSUPPORTED_FILE',
  /** The graph cannot be written as it is (bad ids, a task with no fd table). */
  badGraph: 'FDLENS_DUMP_BAD_GRAPH',
  /** JSON given to encodeImage does not fit the image's message type. */
  badJson: 'FDLENS_DUMP_BAD_JSON',
  /** An image file cannot be opened or read (missing, permissions, a directory). */
  unreadable: 'FDLENS_DUMP_UNREADABLE',
  /** The dump was aborted (signal) before it was complete; nothing was left at the target. */
  aborted: 'FDLENS_DUMP_ABORTED',
} as const;

/** Where in an image something went wrong. */
export interface ImageLocation {
  /** The image file (path, or `archive!member` inside a checkpoint archive). */
  file: string;
  /** Index of the entry (0-based), when the problem is in or after an entry. */
  entry?: number;
  /** Byte offset in the file. */
  offset: number;
}

/** Corrupt or inconsistent image data. Carries the file, entry index and byte offset. */
export class ImageFormatError extends OperationError {
  /** The image file. */
  readonly file: string;
  /** The entry index, when known. */
  readonly entry: number | undefined;
  /** The byte offset. */
  readonly offset: number;

  constructor(code: string, where: ImageLocation, what: string, options: { hint?: string; cause?: unknown } = {}) {
    const entry = where.entry === undefined ? '' : `, entry #${where.entry}`;
    super(code, `${where.file}${entry}, offset ${where.offset}: ${what}`, {
      hint: options.hint ?? 'the image is damaged or was not written by CRIU; compare it with `crit decode -i FILE`',
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.file = where.file;
    this.entry = where.entry;
    this.offset = where.offset;
  }
}

/** Throw a usage error with a dump code (bad arguments: a path that is not a dump, a full target). */
export function dumpUsageError(code: string, message: string, hint: string): UsageError {
  return new UsageError(code, message, { hint });
}
